"""Overblik: the headline results for politicians, readable in two minutes and printable, every figure sourced."""

import streamlit as st

from frikommune.app import charts, components
from frikommune.app.cache import cached
from frikommune.domain import certificate_savings, overview
from frikommune.text import citations, formatting, result_words

components.through_app()

lang = components.lang()
st.title(components.tr("overview.title"))
st.write(components.tr("overview.intro"))

st.subheader(components.tr("overview.headlines"))
headlines = cached(overview.headline_figures)()
columns = st.columns(max(len(headlines), 1))
for column, fact in zip(columns, headlines.itertuples()):
    column.metric(getattr(fact, f"name_{lang}"), formatting.value_with_unit(fact.value, fact.unit, lang),
                  help=f"{citations.cite(fact.source_doc, fact.source_line, lang, fact.section)}: "
                       f"{components.tr('common.danish_original')}»{fact.source_quote}«")
components.source_caption(headlines)

facts = cached(certificate_savings.certificate_facts)()
steps = certificate_savings.steps(facts)
if steps:
    title = components.tr("overview.saving_chart_title", total=formatting.dkk(certificate_savings.reported_total(facts), lang))
    fig = charts.saving_bars([s.title(lang) for s in steps],
                             [s.reported_net for s in steps], title, formatting.unit_word("dkk", lang), lang)
    table = certificate_savings.step_table(steps, lang)[["experiment", "certificate", "net_reported"]]
    components.chart_block(fig, table, title, "overview-savings", definition=components.tr("savings.definition"), sources=facts)

st.subheader(components.tr("overview.reach"))
st.caption(components.tr("overview.reach_note"))
for fact in cached(overview.reach)().itertuples():
    st.markdown(f"- **{formatting.number(fact.value, None, lang)}** {formatting.lower_first(getattr(fact, f'series_{lang}'))} — "
                f"{getattr(fact, f'title_{lang}')} ({formatting.lower_first(result_words.scope_label(fact.municipality_id, fact.scope_names, lang))})")
    st.caption(f"{citations.cite(fact.source_doc, fact.source_line, lang, fact.section)}: "
               f"{citations.quoted(fact.source_quote, lang)}", unsafe_allow_html=True)

st.subheader(components.tr("overview.themes"))
themes = cached(overview.themes)()
for _, part in themes.groupby("theme_id", sort=False):
    with st.expander(part[f"theme_{lang}"].iloc[0], expanded=True):
        for row in part.dropna(subset=["experiment_id"]).itertuples():
            extended = f" — {components.tr('experiments.extended_until')} {row.extended_until}" if row.extended_until else ""
            st.markdown(f"- {getattr(row, f'title_{lang}')}{extended}")

statements = cached(overview.statements)()
for kind in ("conclusion", "recommendation"):
    chosen = statements[statements["kind"] == kind]
    if chosen.empty:
        continue
    st.subheader(components.tr(f"overview.{kind}s"))
    for row in chosen.itertuples():
        st.markdown(f"- {getattr(row, f'text_{lang}')}")
    components.source_caption(chosen)
