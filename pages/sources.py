"""Kilder og metode: every fact searchable with document, line and quote; contradictions, lost figures, definitions."""

import streamlit as st

from frikommune.app import components
from frikommune.app.cache import cached
from frikommune.domain import sources

components.through_app()

lang = components.lang()
st.title(components.tr("sources.title"))
st.write(components.tr("sources.intro"))

# Lazy tabs: only the open tab's table is built and sent on a rerun (five grids of up to 2,730 rows were sent on
# every run, four of them unseen); on paper every tab is drawn, as before.
facts_tab, issues_tab, lost_tab, measures_tab, docs_tab = st.tabs(
    [
        components.tr("sources.tab_facts"),
        components.tr("sources.tab_issues"),
        components.tr("sources.tab_lost"),
        components.tr("sources.tab_measures"),
        components.tr("sources.tab_documents"),
    ],
    key="kilde_fane",
    on_change="rerun",
)
every_tab = components.print_view()

with facts_tab:
    if every_tab or facts_tab.open:
        # The search box is not drawn while another tab is open, which drops its state: kept aside and restored.
        if "q" not in st.session_state and "q" not in st.query_params and st.session_state.get("_q"):
            st.session_state["q"] = st.session_state["_q"]
        text = st.text_input(
            components.tr("sources.search"),
            key="q",
            bind="query-params",
            placeholder=components.tr("sources.search_placeholder"),
        )
        st.session_state["_q"] = text
        found = cached(sources.search_facts)(text)
        st.caption(components.tr("sources.found", count=len(found)))
        components.table_block(found, "fakta", "facts")

with issues_tab:
    if every_tab or issues_tab.open:
        st.write(components.tr("sources.issues_intro"))
        issues = cached(sources.source_issues)()
        shown = issues.drop(columns=["description_en" if lang == "da" else "description_da"])
        components.table_block(shown, "kildeproblemer", "issues")

with lost_tab:
    if every_tab or lost_tab.open:
        st.write(components.tr("sources.lost_intro"))
        lost = cached(sources.lost_figures)()
        shown = lost.drop(columns=["note_en" if lang == "da" else "note_da"])
        components.table_block(shown, "tabte-figurer", "lost")

with measures_tab:
    if every_tab or measures_tab.open:
        components.table_block(cached(sources.measures)(), "maal", "measures")

with docs_tab:
    if every_tab or docs_tab.open:
        st.write(components.tr("sources.documents_intro"))
        components.table_block(cached(sources.documents)(), "kilder", "documents")

from frikommune.app.evidence_view import render_rules  # noqa: E402 - the rules of "Virkede det?" (issue 14)

render_rules()
