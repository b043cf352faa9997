"""Sammenlign's report section: the report's survey means for one question, the chosen peers or the network,
render-ready and localised; the page keeps the pickers and draws."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go

from frikommune.app import charts
from frikommune.data.db import Database
from frikommune.domain import experiment_catalogue, stats, surveys
from frikommune.text import i18n
from frikommune.text.group_words import group_name


def unit_names(db: Database) -> dict[str, str]:
    """Every unit's id -> name (municipalities, the combined Frederikshavn/Læsø, the network)."""
    units = experiment_catalogue.units(db)
    return dict(zip(units["municipality_id"], units["name"]))


def report_questions(db: Database, lang: str) -> dict[str, str]:
    """The report's survey questions with means, as picker choices: 'series|group|period' -> label in ``lang``."""
    choices = surveys.report_mean_choices(db)
    return {
        f"{r.series_id}|{r.respondent_group}|{r.period}": f"{getattr(r, f'label_{lang}')} ({group_name(r.respondent_group, lang) or '—'}, {r.period or '—'})"
        for r in choices.itertuples()
    }


@dataclass(frozen=True)
class ReportMeans:
    """The question in full, why there is no interval, the dots chart, its table and the rows it rests on."""

    question: str
    title: str
    why_no_ci: str
    figure: go.Figure | None
    table: pd.DataFrame
    highlight: list[bool]
    sources: pd.DataFrame


def report_means(db: Database, choice: str, municipality: str, peers: tuple[str, ...], lang: str) -> ReportMeans:
    """The means of one report question per municipality, among ``peers`` (with ``municipality``) when given,
    else the whole network; the chosen municipality highlighted. ``figure`` is None when no mean is left."""
    series, group, period = choice.split("|")
    choices = surveys.report_mean_choices(db)
    row = choices[
        (choices["series_id"] == series) & (choices["respondent_group"] == group) & (choices["period"] == period)
    ].iloc[0]
    means = surveys.report_means(db, series, group, period)
    if peers:
        means = means[means["municipality_id"].isin(set(peers) | {municipality})]
    names = unit_names(db)
    question = row[f"question_{lang}"]
    if means.empty:
        return ReportMeans(question, "", "", None, means, [], means)
    shown = stats.compare_report_means(means, lang=lang)
    shown = shown.assign(municipality=shown["municipality_id"].map(names).fillna(shown["municipality_id"]))
    reference = i18n.t("surveys.group_line" if peers else "surveys.network_line", lang)
    title = i18n.t(
        "compare.report_title", lang, question=row[f"label_{lang}"], name=names.get(municipality, municipality)
    )
    figure = charts.dots(
        shown.dropna(subset=["mean"]),
        "municipality",
        "mean",
        title,
        i18n.t("surveys.report_mean_axis", lang),
        lang,
        float(shown["group_mean"].iloc[0]),
        reference,
        names.get(municipality),
    )
    return ReportMeans(
        question,
        title,
        shown["why_no_ci"].iloc[0],
        figure,
        shown[["municipality", "n", "mean"]],
        (shown["municipality_id"] == municipality).tolist(),
        means,
    )
