"""Survey answers of the uploaded waves, as answer histograms ready for the statistics (DESIGN §6, §8)."""

from __future__ import annotations

import pandas as pd

from frikommune.data.db import Database


def uploaded_choices(db: Database) -> pd.DataFrame:
    """Experiment x respondent group x question x wave combinations the active uploads hold, with N."""
    return db.query("compare/choices")


def uploaded_histogram(db: Database, experiment: str, group: str, question: str, wave: str) -> pd.DataFrame:
    """Answer counts per municipality for one question of one wave (answers 1-5; 'ved ikke' left out)."""
    return db.query("compare/histograms", experiment=experiment, group=group, question=question, wave=wave)


def uploaded_summary(db: Database, experiment: str = "") -> pd.DataFrame:
    """N, 'ved ikke', mean and sum of squares per municipality x experiment x group x question x wave."""
    return db.query("satisfaction/uploaded_summary", experiment=experiment)


def report_mean_choices(db: Database) -> pd.DataFrame:
    """Questions for which the report prints a mean per municipality."""
    return db.query("compare/report_mean_choices")


def report_means(db: Database, series: str, group: str, period: str) -> pd.DataFrame:
    """The report's mean and N per municipality for one question (no spread: no CI can be computed)."""
    return db.query("compare/report_means", series=series, group=group, period=period)


def comparison(
    db: Database, experiment: str, group: str, question: str, wave: str, peers: tuple[str, ...], correction: str
) -> pd.DataFrame:
    """Each municipality of the peer group (all when empty) against the rest, for one uploaded question."""
    from frikommune.domain import stats

    hist = uploaded_histogram(db, experiment, group, question, wave)
    if hist.empty:
        return pd.DataFrame()
    return stats.compare_histograms(hist, list(peers) or None, correction=correction)
