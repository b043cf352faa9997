"""Overblik: the headline results for politicians, readable in two minutes and printable, every figure sourced."""

import streamlit as st

from frikommune.app import components, overview_view
from frikommune.app.cache import cached

components.through_app()

lang = components.lang()
st.title(components.tr("overview.title"))
st.write(components.tr("overview.intro"))
st.info(cached(overview_view.verdict)(lang))
st.page_link("pages/virkede-det.py", label=components.tr("overview.verdict_link"), icon=":material/fact_check:")

st.subheader(components.tr("overview.headlines"))
figures, figure_rows = cached(overview_view.key_figures)(lang)
for column, figure in zip(st.columns(max(len(figures), 1)), figures):
    column.metric(figure.name, figure.value, help=figure.source)
components.source_caption(figure_rows)

saving = cached(overview_view.saving)(lang)
if saving is not None:
    components.chart_block(
        saving.figure,
        saving.table,
        saving.title,
        "overview-savings",
        definition=components.tr("savings.definition"),
        sources=saving.sources,
    )

st.subheader(components.tr("overview.reach"))
st.caption(components.tr("overview.reach_note"))
st.html(cached(overview_view.reach_text)(lang))  # one element: curated quotes, in English <abbr> with the original

st.subheader(components.tr("overview.themes"))
for theme, listed in cached(overview_view.themes)(lang):
    with st.expander(theme, expanded=True):
        st.markdown(listed)

for heading, body in cached(overview_view.statement_texts)(lang):
    st.subheader(heading)
    st.html(body)
