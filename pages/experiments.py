"""Forsøg: who took part in which experiment, and one profile per experiment with every result the report has."""

import streamlit as st

from frikommune.app import components, experiment_view, family_view
from frikommune.app.cache import cached
from frikommune.app.evidence_view import render_card
from frikommune.domain import experiment_catalogue

components.through_app()

lang = components.lang()
st.title(components.tr("experiments.title"))
st.write(components.tr("experiments.intro"))

printing = components.print_view()
if not printing:  # on paper the profile alone: the grid of every experiment is a screen's overview
    # One click away and built only while open: a grid above the profile kept its first chart waiting (the browser
    # loads and draws the grid first).
    box = st.expander(components.tr("experiments.grid_title"), key="grid-box", on_change="rerun")
    with box:
        if box.open:
            st.caption(components.tr("experiments.grid_legend"))
            matrix, grid = cached(experiment_view.participation)(lang)
            components.table_block(matrix, "deltagelse", "grid", sources=grid)
experiment = family_view.experiment_picker(cached(experiment_catalogue.experiments)(), "forsog")
profile = cached(experiment_view.profile)(experiment, lang)
st.header(profile.title)
st.html(profile.html)  # the facts in two columns, the source line, who took part (curated text)
render_card(experiment)  # the "Virkede det?" card: per outcome the headline figure, direction and evidence
if printing:  # on paper the profile and its card; every chart and table stays on screen
    st.caption(components.tr("experiments.more_on_screen_all"))
    st.stop()

found = cached(experiment_view.results)(experiment, lang)
if not profile.has_results_annex and profile.status in ("evaluated", "extended"):
    st.warning(components.tr("experiments.no_annex"))
if not found.sections and found.targets.empty:
    components.empty_state(components.tr("experiments.no_results"))
if not found.targets.empty:
    # One click away with their count, like the long lists below: a screen of sentences sent with the page kept
    # its first result chart waiting (1.34x a minimal app's first chart with it, 1.21x without).
    box = st.expander(
        f"{components.tr('experiments.targets')} ({len(found.targets)})", key="targets-box", on_change="rerun"
    )
    with box:
        if box.open:
            st.caption(components.tr("experiments.targets_note"))
            # Rows of sentences: a static table wraps them (a grid cut them off) and needs no grid script.
            components.table_block(
                found.targets, "maal", f"targets-{experiment}", sources=found.target_sources, static=True
            )
if found.sections:
    st.subheader(components.tr("experiments.results"))
for i, section in enumerate(found.sections):
    # Only an open section builds its chart and grid (the first opens by itself); closed ones cost nothing.
    box = st.expander(section.title, expanded=i == 0, key=f"res-{experiment}-{section.family}-box", on_change="rerun")
    with box:
        if not box.open:
            continue
        name, key = f"{experiment}-{section.family}", f"res-{experiment}-{section.family}"
        if section.figure is None:  # nothing to draw: the table is the section
            components.table_block(section.table, name, key, sources=section.sources)
            continue
        st.plotly_chart(
            section.figure, width="stretch", theme=None, key=f"chart-{experiment}-{section.family}", alt=section.alt
        )
        components.source_caption(section.sources)  # under the chart: its table may stay closed
        # The table one click away, as under every chart: a section's grid (up to 200 kB with its quotes) sent
        # with the chart delays the chart's drawing in the browser.
        components.expander_table(components.tr("common.show_table"), section.table, name, f"{key}-table")
# Long lists (up to 50 lines each), one click away with their count: sent with the page, they delayed its first
# chart by half a second.
if found.lost:
    box = st.expander(f"{components.tr('experiments.lost')} ({found.lost_count})", key="lost-box", on_change="rerun")
    with box:
        if box.open:
            st.caption(components.tr("experiments.lost_note"))
            st.markdown("\n".join(f"- {line}" for line in found.lost), unsafe_allow_html=True)  # curated captions
if found.issues:
    box = st.expander(
        f"{components.tr('experiments.issues')} ({len(found.issues)})", key="issues-box", on_change="rerun"
    )
    with box:
        if box.open:
            st.markdown("\n".join(f"- {line}" for line in found.issues))
