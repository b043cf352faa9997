"""Virkede det?: every experiment that ran, per outcome a direction and an evidence strength by published rules,
and what happened to it since; below, the applications that never ran, with why."""

import streamlit as st

from frikommune import evidence, evidence_view, provenance, ui
from frikommune.app_data import cached
from frikommune.catalogue import units as all_units

ui.through_app()

lang = ui.lang()
st.title(ui.tr("evidence.title"))
st.write(ui.tr("evidence.intro"))

ev = evidence_view.load()
table = evidence.matrix(ev, lang)
units = cached(all_units)()
unit_names = dict(zip(units["municipality_id"], units["name"]))
themes = table.drop_duplicates("theme_id").set_index("theme_id")["theme"].to_dict()

left, middle, right = st.columns(3)
theme = left.selectbox(ui.tr("evidence.filter_theme"), [None, *themes], key="tema", bind="query-params",
                       format_func=lambda t: themes.get(t) or ui.tr("evidence.all_themes"))
municipality = middle.selectbox(ui.tr("evidence.filter_municipality"), [None, *unit_names], key="kommune",
                                bind="query-params",
                                format_func=lambda m: unit_names.get(m) or ui.tr("evidence.all_municipalities"))
sort = right.selectbox(ui.tr("evidence.sort"), ["catalogue", "evidence", "title", "status"], key="sorter",
                       bind="query-params", format_func=lambda s: ui.tr(f"evidence.sort.{s}"))

shown = evidence_view.filter_and_sort(table, ev, theme, municipality, units, sort)
st.caption(ui.tr("evidence.shown", count=len(shown), total=len(table)))
if shown.empty:
    ui.empty_state(ui.tr("evidence.none_shown"))
else:
    st.html(evidence_view.matrix_html(shown, lang))
    st.caption(ui.tr("evidence.merged_note"))
    ui.downloads(evidence_view.download_table(shown, lang), ui.tr("evidence.download_name"), "evidence")

st.subheader(ui.tr("evidence.never_ran"))
st.write(ui.tr("evidence.never_ran_intro"))
for row in evidence.never_ran(ev, lang).itertuples():
    cite = provenance.cite(row.source_doc, row.source_line, lang, row.section) if row.source_doc else ""
    st.markdown(f"- **{row.title}** — {row.kind}. {row.why}" + (f" ({cite})" if cite else ""))
