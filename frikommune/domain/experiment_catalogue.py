"""The experiment catalogue, who took part, and the profiles of one experiment and one municipality."""

from __future__ import annotations

import pandas as pd

from frikommune.data.db import Database


def experiments(db: Database) -> pd.DataFrame:
    """All applications of the three rounds with theme, status and period."""
    return db.query("experiments/catalogue")


def participation_grid(db: Database) -> pd.DataFrame:
    """Experiment x municipality: applied, approved, took part (where the source says)."""
    return db.query("experiments/participation_grid")


def is_true(flags: pd.Series) -> pd.Series:
    """A participation flag as a plain mask: true only where the sources say yes (not stated counts as not known)."""
    return flags.astype("boolean").fillna(False).astype(bool)


def took_part(rows: pd.DataFrame) -> pd.DataFrame:
    """The participation rows whose municipality took part according to the sources."""
    return rows[is_true(rows["took_part"])]


def participation_matrix(grid: pd.DataFrame, catalogue: pd.DataFrame, lang: str = "da") -> pd.DataFrame:
    """One row per experiment, one column per municipality: '●' took part, '○' approved/applied only."""

    def yes(value: object) -> bool:
        return bool(pd.notna(value) and value)

    def mark(row: pd.Series) -> str:
        if yes(row["took_part"]):
            return "●"
        if yes(row["approved"]) or yes(row["applied"]):
            return "○"
        return ""

    marks = grid.assign(mark=grid.apply(mark, axis=1))
    wide = marks.pivot_table(
        index="experiment_id", columns="municipality", values="mark", aggfunc="first", fill_value=""
    )
    titles = catalogue.set_index("experiment_id")[[f"title_{lang}", "status", "extended_until"]]
    return titles.join(wide, how="left").fillna("").reset_index(drop=True)


def experiment_facts(db: Database, experiment: str) -> pd.DataFrame:
    """Every figure the report has for ``experiment``."""
    return db.query("experiments/facts", experiment=experiment)


def experiment_lost_figures(db: Database, experiment: str) -> pd.DataFrame:
    """Figures of ``experiment`` that survive only as a caption."""
    return db.query("experiments/lost_figures", experiment=experiment)


def experiment_source_issues(db: Database, experiment: str) -> pd.DataFrame:
    """Contradictions in the source that touch ``experiment``'s figures."""
    return db.query("experiments/source_issues", experiment=experiment)


def units(db: Database) -> pd.DataFrame:
    """The municipalities and combined reporting units a user can choose."""
    return db.query("municipalities/units")


def unit_ids(all_units: pd.DataFrame, municipality: str) -> list[str]:
    """``municipality`` and every combined unit it belongs to (Frederikshavn -> frederikshavn-laesoe)."""
    combined = all_units[all_units["members"].fillna("").str.split(";").apply(lambda ms: municipality in ms)]
    return [municipality, *combined["municipality_id"]]


def municipality_participation(db: Database, municipality: str) -> pd.DataFrame:
    """The experiments ``municipality`` (or a combined unit it is part of) is named in."""
    return db.query("municipalities/participation", units=unit_ids(units(db), municipality))


def municipality_facts(db: Database, municipality: str) -> pd.DataFrame:
    """The municipality's figures, each beside the network's figure for the same thing where the report has one."""
    return db.query("municipalities/facts_with_network", units=unit_ids(units(db), municipality))


def experiment_counts(db: Database) -> pd.DataFrame:
    """The number of experiments each municipality took part in, combined units counted for their members."""
    return db.query("municipalities/experiment_counts")
