"""Kommuner: one printable profile per municipality: its experiments and its figures beside the network's."""

import streamlit as st

from frikommune import catalogue, charts, formatting, results, ui
from frikommune.app_data import cached

ui.through_app()

lang = ui.lang()
st.title(ui.tr("municipalities.title"))

all_units = cached(catalogue.units)()
municipalities = all_units[all_units["kind"] == "municipality"]
names = dict(zip(municipalities["municipality_id"], municipalities["name"]))
municipality = ui.municipality_picker(ui.tr("common.municipality"), names)
st.header(names[municipality])
notes = municipalities.loc[municipalities["municipality_id"] == municipality, f"note_{lang}"]
if notes.iloc[0]:
    st.info(notes.iloc[0])

counts = cached(catalogue.experiment_counts)()
counts = counts.assign(value=counts["experiments"], text=[formatting.number(v, 0, lang) for v in counts["experiments"]])
chosen = counts.loc[counts["municipality_id"] == municipality, "experiments"].iloc[0]
fig = charts.tile_map(counts, ui.tr("municipalities.map_title", name=names[municipality], count=chosen), lang,
                      highlight=municipality)
participation = cached(catalogue.participation_grid)()
ui.chart_block(fig, counts[["name", "experiments"]], ui.tr("municipalities.map_name"), "muni-map",
               definition=ui.tr("municipalities.map_definition"), sources=participation)

st.subheader(ui.tr("municipalities.experiments"))
own = cached(catalogue.municipality_participation)(municipality)
took_part = catalogue.took_part(own).drop_duplicates("experiment_id")
if took_part.empty:
    ui.empty_state(ui.tr("municipalities.no_experiments"))
else:
    for row in took_part.itertuples():
        via = f" ({ui.tr('municipalities.via_combined')})" if row.municipality_id != municipality else ""
        extended = f" — {ui.tr('experiments.extended_until')} {row.extended_until}" if row.extended_until else ""
        st.markdown(f"- {getattr(row, f'title_{lang}')}{via}{extended}")
    ui.source_caption(took_part)

st.subheader(ui.tr("municipalities.figures"))
st.caption(ui.tr("municipalities.figures_note"))
figures = cached(catalogue.municipality_facts)(municipality)
if figures.empty:
    ui.empty_state(ui.tr("municipalities.no_figures"))
elif ui.print_view():  # one sheet of paper: the key figure of each experiment; the full tables stay on screen
    key = results.key_figures(figures, lang)
    ui.table_block(key.drop(columns=["source_doc", "section", "source_line"]), f"{municipality}-noegletal",
                   "muni-key", sources=key)
else:
    for (experiment, title), part in figures.groupby(["experiment_id", f"title_{lang}"], sort=False):
        with st.expander(f"{title} ({len(part)})"):
            shown = part[[f"series_{lang}", "respondent_group", "period", "value", "network_value", "unit", "n",
                          "source_line", "source_quote"]]
            ui.table_block(shown, f"{municipality}-{experiment}", f"muni-{experiment}", sources=part)
