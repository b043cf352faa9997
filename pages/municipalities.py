"""Kommuner: one printable profile per municipality: its experiments and its figures beside the network's."""

import streamlit as st

from frikommune.app import charts, components
from frikommune.app.cache import cached
from frikommune.domain import experiment_catalogue
from frikommune.text import formatting, result_words

components.through_app()

lang = components.lang()
st.title(components.tr("municipalities.title"))

all_units = cached(experiment_catalogue.units)()
municipalities = all_units[all_units["kind"] == "municipality"]
names = dict(zip(municipalities["municipality_id"], municipalities["name"]))
municipality = components.municipality_picker(components.tr("common.municipality"), names)
st.header(names[municipality])
notes = municipalities.loc[municipalities["municipality_id"] == municipality, f"note_{lang}"]
if notes.iloc[0]:
    st.info(notes.iloc[0])

counts = cached(experiment_catalogue.experiment_counts)()
counts = counts.assign(value=counts["experiments"], text=[formatting.number(v, 0, lang) for v in counts["experiments"]])
chosen = counts.loc[counts["municipality_id"] == municipality, "experiments"].iloc[0]
fig = charts.tile_map(counts, components.tr("municipalities.map_title", name=names[municipality], count=chosen), lang,
                      highlight=municipality)
participation = cached(experiment_catalogue.participation_grid)()
components.chart_block(fig, counts[["name", "experiments"]], components.tr("municipalities.map_name"), "muni-map",
               definition=components.tr("municipalities.map_definition"), sources=participation)

st.subheader(components.tr("municipalities.experiments"))
own = cached(experiment_catalogue.municipality_participation)(municipality)
took_part = experiment_catalogue.took_part(own).drop_duplicates("experiment_id")
if took_part.empty:
    components.empty_state(components.tr("municipalities.no_experiments"))
else:
    for row in took_part.itertuples():
        via = f" ({components.tr('municipalities.via_combined')})" if row.municipality_id != municipality else ""
        extended = f" — {components.tr('experiments.extended_until')} {row.extended_until}" if row.extended_until else ""
        st.markdown(f"- {getattr(row, f'title_{lang}')}{via}{extended}")
    components.source_caption(took_part)

st.subheader(components.tr("municipalities.figures"))
st.caption(components.tr("municipalities.figures_note"))
figures = cached(experiment_catalogue.municipality_facts)(municipality)
if figures.empty:
    components.empty_state(components.tr("municipalities.no_figures"))
elif components.print_view():  # one sheet of paper: the key figure of each experiment; the full tables stay on screen
    key = result_words.key_figures(figures, lang)
    components.table_block(key.drop(columns=["source_doc", "section", "source_line"]), f"{municipality}-noegletal",
                   "muni-key", sources=key)
else:
    for (experiment, title), part in figures.groupby(["experiment_id", f"title_{lang}"], sort=False):
        with st.expander(f"{title} ({len(part)})"):
            shown = part[[f"series_{lang}", "respondent_group", "period", "value", "network_value", "unit", "n",
                          "source_line", "source_quote"]]
            components.table_block(shown, f"{municipality}-{experiment}", f"muni-{experiment}", sources=part)
