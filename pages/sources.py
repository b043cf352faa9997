"""Kilder og metode: every fact searchable with document, line and quote; contradictions, lost figures, definitions."""

import streamlit as st

from frikommune import sources, ui
from frikommune.app_data import cached

ui.through_app()

lang = ui.lang()
st.title(ui.tr("sources.title"))
st.write(ui.tr("sources.intro"))

facts_tab, issues_tab, lost_tab, measures_tab, docs_tab = st.tabs([
    ui.tr("sources.tab_facts"), ui.tr("sources.tab_issues"), ui.tr("sources.tab_lost"),
    ui.tr("sources.tab_measures"), ui.tr("sources.tab_documents"),
])

with facts_tab:
    text = st.text_input(ui.tr("sources.search"), key="q", bind="query-params",
                         placeholder=ui.tr("sources.search_placeholder"))
    found = cached(sources.search_facts)(text)
    st.caption(ui.tr("sources.found", count=len(found)))
    ui.table_block(found, "fakta", "facts")

with issues_tab:
    st.write(ui.tr("sources.issues_intro"))
    issues = cached(sources.source_issues)()
    shown = issues.drop(columns=["description_en" if lang == "da" else "description_da"])
    ui.table_block(shown, "kildeproblemer", "issues")

with lost_tab:
    st.write(ui.tr("sources.lost_intro"))
    lost = cached(sources.lost_figures)()
    shown = lost.drop(columns=["note_en" if lang == "da" else "note_da"])
    ui.table_block(shown, "tabte-figurer", "lost")

with measures_tab:
    ui.table_block(cached(sources.measures)(), "maal", "measures")

with docs_tab:
    st.write(ui.tr("sources.documents_intro"))
    ui.table_block(cached(sources.documents)(), "kilder", "documents")

from frikommune.evidence_view import render_rules  # noqa: E402 - the rules of "Virkede det?" (issue 14)

render_rules()
