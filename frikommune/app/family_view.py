"""The page body shared by the pages that browse one measure family of the report (uptake, durations).

Widgets are bound to the URL (key = query parameter), so a copied link reopens the same experiment,
measure and highlighted municipality.
"""

from __future__ import annotations

import streamlit as st

from frikommune.app import components, result_charts
from frikommune.app.cache import cached
from frikommune.domain import experiment_catalogue, result_series
from frikommune.text import result_words

experiments_with = cached(result_series.experiments_with)
measures_with = cached(result_series.measures_with)
figures = cached(result_series.figures)
units = cached(experiment_catalogue.units)


def municipality_picker() -> str | None:
    """The municipality to highlight (bound to the URL and carried across pages); None means none."""
    options = units()
    return components.municipality_picker(components.tr("common.highlight_municipality"),
                                  dict(zip(options["municipality_id"], options["name"])), optional=True)


def experiment_picker(experiments, key: str) -> str:
    """A select box of experiments by their title in the chosen language (the URL holds the id), bound to the URL."""
    titles = dict(zip(experiments["experiment_id"], experiments[f"title_{components.lang()}"]))
    # Open on the experiment with the most figures, so the first view is a rich one.
    default = int(experiments["facts"].to_numpy().argmax()) if "facts" in experiments else 0
    return st.selectbox(components.tr("common.experiment"), list(titles), index=default, format_func=titles.get, key=key,
                        bind="query-params")


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
        measure = st.selectbox(components.tr("common.measure"), list(measure_names), format_func=measure_names.get,
                               index=result_series.default_measure(measures), key=f"{prefix}_measure",
                               bind="query-params")
    with top[2]:
        highlight = municipality_picker()
    row = measures.set_index("measure_id").loc[measure]
    df = figures(measure, experiment)
    if df.empty:
        components.empty_state()
        return
    df = result_words.in_language(df, lang)
    choices = result_series.series_choices(df, lang)
    labels = dict(zip(choices["series_id"], choices["label"]))
    pickers = st.columns([3, 3, 2])
    series = pickers[0].selectbox(components.tr("common.series"), list(labels), format_func=labels.get,
                                  key=f"{prefix}_serie", bind="query-params") if len(labels) > 1 else next(iter(labels))
    shown = df[df["series_id"] == series]
    if result_series.too_many_categories(shown):
        groups = sorted(shown["respondent_group"].unique())
        group = pickers[1].selectbox(components.tr("common.group"), groups, format_func=lambda g: g or "–",
                                     key=f"{prefix}_gruppe", bind="query-params")
        shown = shown[shown["respondent_group"] == group]
    fig = result_charts.chart(shown, labels[series], row["unit"], lang, highlight)
    components.chart_block(fig, result_words.table(shown, lang), labels[series], f"{prefix}-{series}",
                   definition=row[f"definition_{lang}"], sources=shown)
    # Caveats of the source beside the figures they touch (a contradiction, a cohort before the legal start, ...).
    for issue in cached(result_series.issues_for)((series,)).itertuples():
        st.warning(f"**{components.tr('common.source_caveat')}:** {getattr(issue, f'description_{lang}')}",
                   icon=":material/report:")
