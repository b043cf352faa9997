"""Kommuner, section by section: render-ready, localised content for one municipality's profile; the page draws it.

Each function takes the database first, so ``cached`` shares its answer across sessions per data version,
municipality and language.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go

from frikommune.app import charts
from frikommune.data.db import Database
from frikommune.domain import experiment_catalogue
from frikommune.text import formatting, i18n, result_words
from frikommune.text.group_words import group_name

FIGURE_COLUMNS = [
    "series_{lang}",
    "respondent_group",
    "period",
    "value",
    "network_value",
    "unit",
    "n",
    "source_line",
    "source_quote",
]


def names(db: Database) -> dict[str, str]:
    """Municipality id -> name, the eleven in the catalogue's order (the picker's choices)."""
    units = experiment_catalogue.units(db)
    municipalities = units[units["kind"] == "municipality"]
    return dict(zip(municipalities["municipality_id"], municipalities["name"]))


def note(db: Database, municipality: str, lang: str) -> str:
    """What a reader must know about the municipality's figures (e.g. Frederikshavn/Læsø reported together)."""
    units = experiment_catalogue.units(db)
    found = units.loc[units["municipality_id"] == municipality, f"note_{lang}"]
    return str(found.iloc[0]) if len(found) and found.iloc[0] else ""


@dataclass(frozen=True)
class ExperimentMap:
    """The tile map of how many experiments each municipality took part in, the chosen one framed."""

    figure: go.Figure
    table: pd.DataFrame
    sources: pd.DataFrame


def experiment_map(db: Database, municipality: str, lang: str) -> ExperimentMap:
    """The tile map titled by the chosen municipality's count, its table and the participation rows behind it."""
    counts = experiment_catalogue.experiment_counts(db)
    counts = counts.assign(
        value=counts["experiments"], text=[formatting.number(v, 0, lang) for v in counts["experiments"]]
    )
    chosen = counts.loc[counts["municipality_id"] == municipality, "experiments"].iloc[0]
    title = i18n.t("municipalities.map_title", lang, name=names(db)[municipality], count=chosen)
    figure = charts.tile_map(counts, title, lang, highlight=municipality)
    return ExperimentMap(figure, counts[["name", "experiments"]], experiment_catalogue.participation_grid(db))


def experiments_taken_part(db: Database, municipality: str, lang: str) -> tuple[str, pd.DataFrame]:
    """The experiments the municipality took part in as one markdown list ('' if none), and the rows behind it."""
    own = experiment_catalogue.municipality_participation(db, municipality)
    took_part = experiment_catalogue.took_part(own).drop_duplicates("experiment_id")
    lines = []
    for row in took_part.itertuples():
        via = f" ({i18n.t('municipalities.via_combined', lang)})" if row.municipality_id != municipality else ""
        extended = f" — {i18n.t('experiments.extended_until', lang)} {row.extended_until}" if row.extended_until else ""
        lines.append(f"- {getattr(row, f'title_{lang}')}{via}{extended}")
    return "\n".join(lines), took_part


@dataclass(frozen=True)
class FigureGroup:
    """One experiment's figures for the municipality beside the network's, as a table with its sources."""

    experiment_id: str
    title: str
    table: pd.DataFrame
    sources: pd.DataFrame


def figure_groups(db: Database, municipality: str, lang: str) -> tuple[FigureGroup, ...]:
    """Per experiment, the municipality's figures with the network's value beside each (empty if none)."""
    figures = experiment_catalogue.municipality_facts(db, municipality)
    columns = [c.format(lang=lang) for c in FIGURE_COLUMNS]
    figures = figures.assign(respondent_group=[group_name(g, lang) for g in figures["respondent_group"]])
    return tuple(
        FigureGroup(experiment, f"{title} ({len(part)})", part[columns], part)
        for (experiment, title), part in figures.groupby(["experiment_id", f"title_{lang}"], sort=False)
    )


def key_figures(db: Database, municipality: str, lang: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """For paper: one line per experiment with the headline figure and the total beside it, and its sources."""
    key = result_words.key_figures(experiment_catalogue.municipality_facts(db, municipality), lang)
    if key.empty:
        return key, key
    return key.drop(columns=["source_doc", "section", "source_line"]), key
