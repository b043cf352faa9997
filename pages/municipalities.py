"""Kommuner: one printable profile per municipality: its experiments and its figures beside the network's."""

import streamlit as st

from frikommune.app import components, municipality_view
from frikommune.app.cache import cached

components.through_app()

lang = components.lang()
st.title(components.tr("municipalities.title"))

names = cached(municipality_view.names)()
municipality = components.municipality_picker(components.tr("common.municipality"), names)
st.header(names[municipality])
note = cached(municipality_view.note)(municipality, lang)
if note:
    st.info(note)

tiles = cached(municipality_view.experiment_map)(municipality, lang)
components.chart_block(
    tiles.figure,
    tiles.table,
    components.tr("municipalities.map_name"),
    "muni-map",
    definition=components.tr("municipalities.map_definition"),
    sources=tiles.sources,
)

st.subheader(components.tr("municipalities.experiments"))
listed, took_part = cached(municipality_view.experiments_taken_part)(municipality, lang)
if not listed:
    components.empty_state(components.tr("municipalities.no_experiments"))
else:
    st.markdown(listed)
    components.source_caption(took_part)

st.subheader(components.tr("municipalities.figures"))
st.caption(components.tr("municipalities.figures_note"))
groups = cached(municipality_view.figure_groups)(municipality, lang)
if not groups:
    components.empty_state(components.tr("municipalities.no_figures"))
elif components.print_view():  # one sheet of paper: the key figure of each experiment; the full tables stay on screen
    key, key_sources = cached(municipality_view.key_figures)(municipality, lang)
    components.table_block(key, f"{municipality}-noegletal", "muni-key", sources=key_sources)
else:
    for group in groups:  # closed expanders send no grid: the page's first chart is not kept waiting
        components.expander_table(
            group.title,
            group.table,
            f"{municipality}-{group.experiment_id}",
            f"muni-{group.experiment_id}",
            sources=group.sources,
        )
