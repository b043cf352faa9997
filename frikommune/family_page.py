"""The page body shared by the pages that browse one measure family of the report (uptake, durations).

Widgets are bound to the URL (key = query parameter), so a copied link reopens the same experiment,
measure and highlighted municipality.
"""

from __future__ import annotations

import streamlit as st

from frikommune import catalogue, results, ui
from frikommune.app_data import cached

experiments_with = cached(results.experiments_with)
measures_with = cached(results.measures_with)
figures = cached(results.figures)
units = cached(catalogue.units)


def municipality_picker(key: str) -> str | None:
    """A select box of the municipalities (bound to the URL); None means no highlight."""
    options = units()
    names = dict(zip(options["municipality_id"], options["name"]))
    return st.selectbox(
        ui.tr("common.highlight_municipality"), [None, *names], format_func=lambda m: names.get(m, "—"),
        key=key, bind="query-params",
    )


def experiment_picker(experiments, key: str) -> str:
    """A select box of experiments by their official (Danish) title, bound to the URL."""
    titles = dict(zip(experiments["experiment_id"], experiments["title_da"]))
    # Open on the experiment with the most figures, so the first view is a rich one.
    default = int(experiments["facts"].to_numpy().argmax()) if "facts" in experiments else 0
    chosen = st.selectbox(ui.tr("common.experiment"), list(titles), index=default, format_func=titles.get, key=key,
                          bind="query-params")
    if ui.lang() == "en":
        english = experiments.loc[experiments["experiment_id"] == chosen, "title_en"]
        if not english.empty:
            st.caption(english.iloc[0])
    return chosen


def render(families: tuple[str, ...], prefix: str) -> None:
    """Experiment and measure pickers, the chart of the chosen figures, its definition, source and table."""
    lang = ui.lang()
    experiments = experiments_with(families)
    if experiments.empty:
        ui.empty_state()
        return
    left, middle, right = st.columns([3, 3, 2])
    with left:
        experiment = experiment_picker(experiments, f"{prefix}_exp")
    measures = measures_with(families, experiment)
    if measures.empty:
        ui.empty_state()
        return
    measure_names = dict(zip(measures["measure_id"], measures[f"name_{lang}"]))
    with middle:
        measure = st.selectbox(ui.tr("common.measure"), list(measure_names), format_func=measure_names.get,
                               key=f"{prefix}_measure", bind="query-params")
    with right:
        highlight = municipality_picker(f"{prefix}_kommune")
    row = measures.set_index("measure_id").loc[measure]
    df = results.in_language(figures(measure, experiment), lang)
    if df.empty:
        ui.empty_state()
        return
    fig = results.chart(df, measure_names[measure], row["unit"], lang, highlight)
    ui.chart_block(fig, results.table(df, lang), measure_names[measure], f"{prefix}-{measure}",
                   definition=row[f"definition_{lang}"], sources=df)
    # Caveats of the source beside the figures they touch (a contradiction, a cohort before the legal start, ...).
    for issue in cached(results.issues_for)(tuple(sorted(df["series_id"].unique()))).itertuples():
        st.warning(f"**{ui.tr('common.source_caveat')}:** {getattr(issue, f'description_{lang}')}",
                   icon=":material/report:")
