"""Overblik: the headline results for politicians, readable in two minutes and printable, every figure sourced."""

import streamlit as st

from frikommune import charts, formatting, overview, provenance, results, savings, ui
from frikommune.app_data import cached

ui.through_app()

lang = ui.lang()
st.title(ui.tr("overview.title"))
st.write(ui.tr("overview.intro"))

st.subheader(ui.tr("overview.headlines"))
headlines = cached(overview.headline_figures)()
columns = st.columns(max(len(headlines), 1))
for column, fact in zip(columns, headlines.itertuples()):
    column.metric(getattr(fact, f"name_{lang}"), formatting.value_with_unit(fact.value, fact.unit, lang),
                  help=f"{provenance.cite(fact.source_doc, fact.source_line, lang, fact.section)}: »{fact.source_quote}«")
ui.source_caption(headlines)

facts = cached(savings.certificate_facts)()
steps = savings.steps(facts)
if steps:
    title = ui.tr("overview.saving_chart_title", total=formatting.dkk(savings.reported_total(facts), lang))
    fig = charts.saving_bars([s.title(lang) for s in steps],
                             [s.reported_net for s in steps], title, formatting.unit_word("dkk", lang), lang)
    table = savings.step_table(steps, lang)[["experiment", "certificate", "net_reported"]]
    ui.chart_block(fig, table, title, "overview-savings", definition=ui.tr("savings.definition"), sources=facts)

st.subheader(ui.tr("overview.reach"))
st.caption(ui.tr("overview.reach_note"))
for fact in cached(overview.reach)().itertuples():
    st.markdown(f"- **{formatting.number(fact.value, None, lang)}** {getattr(fact, f'series_{lang}').lower()} — "
                f"{getattr(fact, f'title_{lang}')} ({results.scope_label(fact.municipality_id, fact.scope_names, lang).lower()})")
    st.caption(f"{provenance.cite(fact.source_doc, fact.source_line, lang, fact.section)}: »{fact.source_quote}«")

st.subheader(ui.tr("overview.themes"))
themes = cached(overview.themes)()
for _, part in themes.groupby("theme_id", sort=False):
    with st.expander(part[f"theme_{lang}"].iloc[0], expanded=True):
        for row in part.dropna(subset=["experiment_id"]).itertuples():
            extended = f" — {ui.tr('experiments.extended_until')} {row.extended_until}" if row.extended_until else ""
            st.markdown(f"- {getattr(row, f'title_{lang}')}{extended}")

statements = cached(overview.statements)()
for kind in ("conclusion", "recommendation"):
    chosen = statements[statements["kind"] == kind]
    if chosen.empty:
        continue
    st.subheader(ui.tr(f"overview.{kind}s"))
    for row in chosen.itertuples():
        st.markdown(f"- {getattr(row, f'text_{lang}')}")
    ui.source_caption(chosen)
