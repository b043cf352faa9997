"""The report's figures of one measure family (uptake, duration, …): which series, in what order, drawn in which form."""

from __future__ import annotations

import re

import pandas as pd

from frikommune.data.db import Database


def experiments_with(db: Database, families: tuple[str, ...]) -> pd.DataFrame:
    """Experiments that have figures of the measure ``families``, in catalogue order."""
    return db.query("facts/experiments_by_family", families=list(families))


def measures_with(db: Database, families: tuple[str, ...], experiment: str) -> pd.DataFrame:
    """The measures of ``families`` that ``experiment`` has figures for, most municipalities first."""
    return db.query("facts/measures_by_family", families=list(families), experiment=experiment)


SERIES_ATTRIBUTES = ("target_group", "series_source")  # what tells two series of one label apart, in that order


def series_choices(df: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The series among ``df`` (one measure's figures), most municipalities first: series_id, label and the
    attributes that tell series of the same label apart (target group, source)."""
    attributes = {a: (a, "first") for a in SERIES_ATTRIBUTES if a in df}
    counts = (
        df.groupby(["series_id", f"series_{lang}"], sort=False)
        .agg(municipalities=("municipality_id", "nunique"), facts=("value", "size"), **attributes)
        .reset_index()
    )
    counts = counts.rename(columns={f"series_{lang}": "label"})
    return counts.sort_values(["municipalities", "facts"], ascending=False, kind="stable").reset_index(drop=True)


def figures(db: Database, measure: str, experiment: str) -> pd.DataFrame:
    """Every figure of ``measure`` in ``experiment`` with its series label and source."""
    return db.query("facts/by_measure", measure=measure, experiment=experiment)


def issues_for(db: Database, series: tuple[str, ...]) -> pd.DataFrame:
    """The source issues (contradictions, caveats) that touch any of ``series``."""
    return db.query("facts/issues_for_series", series_ids=list(series))


MAX_CATEGORIES = 15  # more categories than this do not read at 1366 px: the page offers a picker instead
TIME_PERIOD = re.compile(r"^\d{4}(?:Q\d|H\d|-\d{2})?$")  # 2019, 2019Q1, 2019H2, 2019-06


def ordered_periods(df: pd.DataFrame) -> list[str]:
    """The series' periods in time order when they are all dates, else in the order the source prints them."""
    periods = list(dict.fromkeys(df.sort_values("source_line")["period"]))
    return sorted(periods) if all(TIME_PERIOD.match(str(p)) for p in periods) else periods


def period_start_date(period: str) -> str | None:
    """The first day of a period as ISO text ('2017Q3' -> '2017-07-01', '2017H2' -> '2017-07-01'); None if no date."""
    m = re.match(r"^(\d{4})(?:Q(\d)|H(\d)|-(\d{2}))?$", str(period))
    if not m:
        return None
    year, quarter, half, month = m.groups()
    first = int(month) if month else (3 * int(quarter) - 2 if quarter else (6 * int(half) - 5 if half else 1))
    return f"{year}-{first:02d}-01"


def in_period_order(df: pd.DataFrame) -> pd.DataFrame:
    """``df``'s rows in the order of its periods (see ``ordered_periods``); rows of one period keep their order."""
    order = {p: i for i, p in enumerate(ordered_periods(df))}
    return df.iloc[df["period"].map(order).to_numpy().argsort(kind="stable")]


def start_period(periods: list[str], experiment_start: object) -> str | None:
    """The first period that begins on or after the experiment's start, when the series has periods before it too."""
    if not isinstance(experiment_start, str) or not re.match(r"^\d{4}-\d{2}-\d{2}$", experiment_start):
        return None
    dates = [period_start_date(p) for p in periods]
    after = [p for p, d in zip(periods, dates) if d is not None and d >= experiment_start]
    return after[0] if after and after[0] != periods[0] else None


def kind(df: pd.DataFrame) -> str:
    """The chart form one series calls for: 'effect' (estimates against zero), 'time' (lines), 'change' (two
    periods: dumbbell) or 'level' (bars)."""
    if "statistic" in df and (df["statistic"] == "effect").all():
        return "effect"
    periods = ordered_periods(df)
    if len(periods) > 2 and all(TIME_PERIOD.match(str(p)) for p in periods):
        return "time"
    return "change" if len(periods) == 2 else ("level" if len(periods) == 1 else "time")


def categories(df: pd.DataFrame) -> pd.Series:
    """One label per row: the municipality (or whom a total covers), with the group where groups differ; only the
    group where every row is of the same municipality (the place is then said once, under the title)."""
    label = df["municipality"].astype(str)
    if df["respondent_group"].nunique() > 1:
        group = df["respondent_group"].replace("", "–").astype(str)
        label = group if label.nunique() == 1 else label + " · " + group
    return label


def too_many_categories(df: pd.DataFrame) -> bool:
    """True when one series has more municipality × group categories than a chart can show (pick a group)."""
    return categories(df).nunique() > MAX_CATEGORIES


def headline_series(df: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The figures of the one series a profile shows first: of the measure ``default_measure`` picks, the series
    with the most municipalities (among series with more than one figure, where there are any)."""
    drawable = df.groupby("series_id")["value"].transform("size") > 1  # a chart needs two figures or more
    if drawable.any():
        df = df[drawable]
    measures = (
        df.groupby(["measure_id", "unit"], sort=False)["municipality_id"]
        .nunique()
        .rename("municipalities")
        .reset_index()
    )
    measure = measures["measure_id"].iloc[default_measure(measures)]
    chosen = series_choices(df[df["measure_id"] == measure], lang)["series_id"].iloc[0]
    return df[df["series_id"] == chosen]


def default_measure(measures: pd.DataFrame) -> int:
    """The position of the measure a page opens on: a result in weeks, points, shares or money before counts,
    never the observation or respondent counts behind an analysis."""

    def rank(row: pd.Series) -> tuple:
        behind = any(w in row["measure_id"] for w in ("obs", "respondents", "answers", "invited", "response"))
        return (
            behind,
            {"weeks": 0, "pp": 1, "pct": 2, "dkk": 3, "score": 4}.get(row["unit"], 5),
            -row["municipalities"],
        )

    return min(range(len(measures)), key=lambda i: rank(measures.iloc[i]))


def stated_significance(note: object) -> str | None:
    """What the report says of an effect estimate, as the extractor noted it beside the figure ('…; signifikant'):
    'significant', 'not_significant' or None where the note says neither."""
    text = str(note).lower() if isinstance(note, str) else ""
    if re.search(r"\bikke (?:er )?(?:statistisk )?signifikant", text):
        return "not_significant"
    return "significant" if re.search(r"\bsignifikante?\b", text) else None
