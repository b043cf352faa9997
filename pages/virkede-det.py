"""Virkede det?: every experiment that ran, per outcome a direction and an evidence strength by published rules,
and what happened to it since; below, the applications that never ran, with why."""

import streamlit as st

from frikommune.app import components, evidence_view
from frikommune.app.cache import cached
from frikommune.domain.experiment_catalogue import units as all_units
from frikommune.text import citations, evidence_words

components.through_app()

lang = components.lang()
st.title(components.tr("evidence.title"))
st.write(components.tr("evidence.intro"))

ev = evidence_view.load()
table = evidence_words.matrix(ev, lang)
units = cached(all_units)()
unit_names = dict(zip(units["municipality_id"], units["name"]))
themes = table.drop_duplicates("theme_id").set_index("theme_id")["theme"].to_dict()

left, middle, right = st.columns(3)
theme = left.selectbox(
    components.tr("evidence.filter_theme"),
    [None, *themes],
    key="tema",
    bind="query-params",
    format_func=lambda t: themes.get(t) or components.tr("evidence.all_themes"),
)
municipality = middle.selectbox(
    components.tr("evidence.filter_municipality"),
    [None, *unit_names],
    key="kommune",
    bind="query-params",
    format_func=lambda m: unit_names.get(m) or components.tr("evidence.all_municipalities"),
)
sort = right.selectbox(
    components.tr("evidence.sort"),
    ["catalogue", "evidence", "title", "status"],
    key="sorter",
    bind="query-params",
    format_func=lambda s: components.tr(f"evidence.sort.{s}"),
)

shown = evidence_view.filter_and_sort(table, ev, theme, municipality, units, sort)
st.caption(components.tr("evidence.shown", count=len(shown), total=len(table)))
if shown.empty:
    components.empty_state(components.tr("evidence.none_shown"))
else:
    st.html(evidence_view.matrix_html(shown, lang))
    st.caption(components.tr("evidence.merged_note"))
    components.downloads(evidence_view.download_table(shown, lang), components.tr("evidence.download_name"), "evidence")

st.subheader(components.tr("evidence.never_ran"))
st.write(components.tr("evidence.never_ran_intro"))
for row in evidence_words.never_ran(ev, lang).itertuples():
    cite = citations.cite(row.source_doc, row.source_line, lang, row.section) if row.source_doc else ""
    st.markdown(f"- **{row.title}** — {row.kind}. {row.why}" + (f" ({cite})" if cite else ""))
