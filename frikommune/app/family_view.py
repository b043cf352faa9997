"""The page body shared by the pages that browse one measure family of the report (uptake, durations).

Widgets are bound to the URL (key = query parameter), so a copied link reopens the same experiment,
measure and highlighted municipality.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from frikommune.app import charts, components, result_charts
from frikommune.app.cache import cached
from frikommune.data.db import Database
from frikommune.domain import experiment_catalogue, result_series
from frikommune.text import result_words

experiments_with = cached(result_series.experiments_with)
measures_with = cached(result_series.measures_with)
figures = cached(result_series.figures)
units = cached(experiment_catalogue.units)
chart = charts.remembered(result_charts.chart)


def _series_labels(db: Database, measure: str, experiment: str, lang: str) -> tuple[tuple[str, str, str], ...]:
    """The series of one measure's figures as (series_id, label, picker text), most municipalities first; the
    picker text tells series of the same label apart (by target group or source)."""
    df = result_series.figures(db, measure, experiment)
    if df.empty:
        return ()
    choices = result_series.series_choices(result_words.in_language(df, lang), lang)
    return tuple(zip(choices["series_id"], choices["label"], result_words.choice_labels(choices, lang)))


@dataclass(frozen=True)
class SeriesFigures:
    """One series' figures in a language, and its respondent groups when there are too many categories to draw."""

    shown: pd.DataFrame
    groups: tuple[str, ...]  # empty: one chart for every group


def _series_figures(db: Database, measure: str, experiment: str, lang: str, series: str) -> SeriesFigures:
    df = result_words.in_language(result_series.figures(db, measure, experiment), lang)
    shown = df[df["series_id"] == series]
    groups = tuple(sorted(shown["respondent_group"].unique())) if result_series.too_many_categories(shown) else ()
    return SeriesFigures(shown, groups)


@dataclass(frozen=True)
class SeriesChart:
    """What the page draws for one series (and group): the figure, its table and the rows behind it."""

    figure: go.Figure
    table: pd.DataFrame
    sources: pd.DataFrame


def _series_chart(
    db: Database,
    measure: str,
    experiment: str,
    lang: str,
    series: str,
    group: str | None,
    label: str,
    unit: str,
    highlight: str | None,
) -> SeriesChart:
    shown = _series_figures(db, measure, experiment, lang, series).shown
    if group is not None:
        shown = shown[shown["respondent_group"] == group]
    return SeriesChart(chart(shown, label, unit, lang, highlight), result_words.table(shown, lang), shown)


# Everything below the pickers depends only on the data version, the language and the widget values: worked out
# once and shared by every session instead of on every rerun (pandas on the figures, the chart, its table).
series_labels = cached(_series_labels)
series_figures = cached(_series_figures)
series_chart = cached(_series_chart)


def municipality_picker() -> str | None:
    """The municipality to highlight (bound to the URL and carried across pages); None means none."""
    options = units()
    return components.municipality_picker(
        components.tr("common.highlight_municipality"),
        dict(zip(options["municipality_id"], options["name"])),
        optional=True,
    )


def experiment_picker(experiments, key: str) -> str:
    """A select box of experiments by their title in the chosen language (the URL holds the id), bound to the URL."""
    titles = dict(zip(experiments["experiment_id"], experiments[f"title_{components.lang()}"]))
    # Open on the experiment with the most figures, so the first view is a rich one.
    default = int(experiments["facts"].to_numpy().argmax()) if "facts" in experiments else 0
    return st.selectbox(
        components.tr("common.experiment"),
        list(titles),
        index=default,
        format_func=titles.get,
        key=key,
        bind="query-params",
    )


@components.redrawn_alone
def render(families: tuple[str, ...], prefix: str) -> None:
    """Experiment, measure and series pickers, the chart of the one chosen series, its definition, source and table.

    Each picker opens on a result (see result_series.default_measure), never on the counts behind an analysis.
    """
    lang = components.lang()
    experiments = experiments_with(families)
    if experiments.empty:
        components.empty_state()
        return
    top = st.columns([3, 3, 2])
    with top[0]:
        experiment = experiment_picker(experiments, f"{prefix}_exp")
    measures = measures_with(families, experiment)
    if measures.empty:
        components.empty_state()
        return
    measure_names = dict(zip(measures["measure_id"], measures[f"name_{lang}"]))
    with top[1]:
        measure = st.selectbox(
            components.tr("common.measure"),
            list(measure_names),
            format_func=measure_names.get,
            index=result_series.default_measure(measures),
            key=f"{prefix}_measure",
            bind="query-params",
        )
    with top[2]:
        highlight = municipality_picker()
    row = measures.loc[measures["measure_id"] == measure].iloc[0]
    choices = series_labels(measure, experiment, lang)
    if not choices:
        components.empty_state()
        return
    labels = {series_id: label for series_id, label, _ in choices}
    picker_texts = {series_id: text for series_id, _, text in choices}
    pickers = st.columns([5, 3])
    series = (
        pickers[0].selectbox(
            components.tr("common.series"),
            list(labels),
            format_func=picker_texts.get,
            key=f"{prefix}_serie",
            bind="query-params",
        )
        if len(labels) > 1
        else next(iter(labels))
    )
    groups = series_figures(measure, experiment, lang, series).groups
    group = None
    if groups:
        group = pickers[1].selectbox(
            components.tr("common.group"),
            list(groups),
            format_func=lambda g: g or "–",
            key=f"{prefix}_gruppe",
            bind="query-params",
        )
    drawn = series_chart(measure, experiment, lang, series, group, labels[series], str(row["unit"]), highlight)
    components.chart_block(
        drawn.figure,
        drawn.table,
        labels[series],
        f"{prefix}-{series}",
        definition=row[f"definition_{lang}"],
        sources=drawn.sources,
    )
    if result_series.kind(drawn.sources) == "effect":  # what the dots are, and why no interval is drawn
        st.caption(components.tr("results.effect_note"))
    # Caveats of the source beside the figures they touch (a contradiction, a cohort before the legal start, ...).
    for issue in cached(result_series.issues_for)((series,)).itertuples():
        st.warning(
            f"**{components.tr('common.source_caveat')}:** {getattr(issue, f'description_{lang}')}",
            icon=":material/report:",
        )
