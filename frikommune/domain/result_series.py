"""The report's figures of one measure family (uptake, duration, …), shaped for a chart and titled by their finding."""

from __future__ import annotations

import re

import pandas as pd
import plotly.graph_objects as go

from frikommune.app import charts
from frikommune.data.db import Database
from frikommune.text import formatting, i18n

WORDS = {
    "da": {"highest": "højest", "lowest": "lavest", "in": "i", "from": "fra", "to": "til", "only": "kun ét tal"},
    "en": {"highest": "highest", "lowest": "lowest", "in": "in", "from": "from", "to": "to", "only": "one figure"},
}


def experiments_with(db: Database, families: tuple[str, ...]) -> pd.DataFrame:
    """Experiments that have figures of the measure ``families``, in catalogue order."""
    return db.query("facts/experiments_by_family", families=list(families))


def measures_with(db: Database, families: tuple[str, ...], experiment: str) -> pd.DataFrame:
    """The measures of ``families`` that ``experiment`` has figures for, most municipalities first."""
    return db.query("facts/measures_by_family", families=list(families), experiment=experiment)


def series_choices(df: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The series among ``df`` (one measure's figures), most municipalities first: series_id and label."""
    counts = df.groupby(["series_id", f"series_{lang}"], sort=False).agg(
        municipalities=("municipality_id", "nunique"), facts=("value", "size")).reset_index()
    counts = counts.rename(columns={f"series_{lang}": "label"})
    return counts.sort_values(["municipalities", "facts"], ascending=False, kind="stable").reset_index(drop=True)


def figures(db: Database, measure: str, experiment: str) -> pd.DataFrame:
    """Every figure of ``measure`` in ``experiment`` with its series label and source."""
    return db.query("facts/by_measure", measure=measure, experiment=experiment)


def issues_for(db: Database, series: tuple[str, ...]) -> pd.DataFrame:
    """The source issues (contradictions, caveats) that touch any of ``series``."""
    return db.query("facts/issues_for_series", series_ids=list(series))


def scope_label(municipality_id: str, names: object, lang: str) -> str | None:
    """Whom a total covers, in words ('I alt for Aalborg, Brønderslev og Hjørring'); None for a municipality."""
    if municipality_id in ("network", "comparison", "general"):
        return i18n.t(f"scope.{municipality_id}", lang)
    if municipality_id != "total":
        return None
    listed = [str(n) for n in names] if names is not None else []
    if len(listed) > 3:  # a long list would crowd the chart's labels out: the count here, the names in the table
        return i18n.t("scope.total_count", lang, count=len(listed))
    members = formatting.names_list(listed, lang)
    return i18n.t("scope.total", lang, names=members) if members else i18n.t("scope.some", lang)


def in_language(df: pd.DataFrame, lang: str) -> pd.DataFrame:
    """``df`` with a ``series`` column (the series label in ``lang``) and totals named by whom they cover."""
    totals = [scope_label(m, names, lang) for m, names in zip(df["municipality_id"], df["scope_names"])]
    return df.assign(series=df[f"series_{lang}"],
                     municipality=[t or name for t, name in zip(totals, df["municipality"])])


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


def start_period(periods: list[str], experiment_start: object) -> str | None:
    """The first period that begins on or after the experiment's start, when the series has periods before it too."""
    if not isinstance(experiment_start, str) or not re.match(r"^\d{4}-\d{2}-\d{2}$", experiment_start):
        return None
    dates = [period_start_date(p) for p in periods]
    after = [p for p, d in zip(periods, dates) if d is not None and d >= experiment_start]
    return after[0] if after and after[0] != periods[0] else None


def kind(df: pd.DataFrame) -> str:
    """The chart form one series calls for: 'time' (lines), 'change' (two periods: dumbbell) or 'level' (bars)."""
    periods = ordered_periods(df)
    if len(periods) > 2 and all(TIME_PERIOD.match(str(p)) for p in periods):
        return "time"
    return "change" if len(periods) == 2 else ("level" if len(periods) == 1 else "time")


def categories(df: pd.DataFrame) -> pd.Series:
    """One label per row: the municipality (or whom a total covers), with the group where groups differ."""
    label = df["municipality"].astype(str)
    if df["respondent_group"].nunique() > 1:
        label = label + " · " + df["respondent_group"].replace("", "–").astype(str)
    return label


def too_many_categories(df: pd.DataFrame) -> bool:
    """True when one series has more municipality × group categories than a chart can show (pick a group)."""
    return categories(df).nunique() > MAX_CATEGORIES


def _value(value: float, unit: str, lang: str) -> str:
    return formatting.value_with_unit(value, unit, lang)


def _focus(df: pd.DataFrame, cats: pd.Series, highlight: str | None) -> str:
    """The category a title speaks of: the highlighted municipality, else the total, else the first."""
    if highlight is not None and (df["municipality_id"] == highlight).any():
        return cats[df["municipality_id"] == highlight].iloc[0]
    totals = df["municipality_id"].isin(["network", "total"])
    return cats[totals].iloc[0] if totals.any() else cats.iloc[0]


def series_title(df: pd.DataFrame, label: str, unit: str, lang: str, highlight: str | None = None) -> str:
    """The chart's title from the one series drawn: its first and last value for one category, or where it is
    highest and lowest. Every number in it is a value of ``df``."""
    w = WORDS[lang]
    cats = categories(df)
    form = kind(df)
    if len(df) == 1:
        return f"{label}, {cats.iloc[0]}: {_value(df['value'].iloc[0], unit, lang)} ({df['period'].iloc[0]})"
    if form in ("time", "change"):
        focus = _focus(df, cats, highlight)
        line = df[cats == focus]
        order = {p: i for i, p in enumerate(ordered_periods(df))}
        line = line.assign(_o=line["period"].map(order)).sort_values("_o")
        if len(line) >= 2:
            first, last = line.iloc[0], line.iloc[-1]
            return (f"{label}, {focus}: {w['from']} {_value(first['value'], unit, lang)} ({first['period']}) "
                    f"{w['to']} {_value(last['value'], unit, lang)} ({last['period']})")
    top, bottom = df["value"].idxmax(), df["value"].idxmin()
    return (f"{label}: {w['highest']} {w['in']} {cats[top]} ({_value(df['value'][top], unit, lang)}), "
            f"{w['lowest']} {w['in']} {cats[bottom]} ({_value(df['value'][bottom], unit, lang)})")


def chart(df: pd.DataFrame, label: str, unit: str, lang: str, highlight: str | None = None) -> go.Figure:
    """The chart of ONE series in the form its kind calls for: lines over time (the experiment's periods on the
    x axis), a dumbbell for two periods, bars for one; the chosen municipality in the highlight colour."""
    if df["series_id"].nunique() != 1:
        raise ValueError("a chart shows one series")
    cats = categories(df)
    axis = formatting.unit_word(unit, lang)
    title = series_title(df, label, unit, lang, highlight)
    form = kind(df)
    periods = ordered_periods(df)
    if form == "time":
        fig = go.Figure()
        colours = [c for c in charts.PALETTE if c != charts.HIGHLIGHT]
        dashes = ("solid", "dash", "dot", "dashdot")
        for i, (name, part) in enumerate(df.assign(_cat=cats).groupby("_cat", sort=False)):
            part = part.set_index("period").reindex([p for p in periods if p in set(part["period"])]).reset_index()
            is_focus = highlight is not None and highlight in set(part["municipality_id"])
            is_total = part["municipality_id"].isin(["network", "total"]).all()
            fig.add_scatter(
                x=part["period"], y=part["value"], name=str(name), mode="lines+markers",
                line={"width": 4 if is_focus else (3 if is_total else 2),
                      "color": charts.HIGHLIGHT if is_focus else (charts.NETWORK if is_total
                                                                    else colours[i % len(colours)]),
                      "dash": "solid" if is_focus or is_total else dashes[(i // len(colours)) % len(dashes)]},
                hovertemplate="%{x}: %{y}<extra>" + str(name) + "</extra>",
            )
        fig.update_xaxes(type="category", categoryorder="array", categoryarray=periods)
        fig.update_yaxes(title=axis, rangemode="tozero")
        start = start_period(periods, df["period_start"].iloc[0] if "period_start" in df else "")
        if start is not None:  # where the experiment's rules began to apply
            fig.add_vline(x=periods.index(start), line={"color": "#4d4d4d", "dash": "dot"},
                          annotation_text=i18n.t("results.experiment_starts", lang), annotation_position="top left")
        return charts.styled(fig, title, lang, height=440)
    if form == "change":
        return charts.dumbbell(df.assign(_cat=cats), "_cat", periods, title, axis, lang, highlight)
    if unit == "score":  # survey means: a dot per municipality against the total's mark
        totals = df["municipality_id"].isin(["network", "total"])
        reference = float(df.loc[totals, "value"].iloc[0]) if totals.any() else None
        chosen = cats[df["municipality_id"] == highlight].iloc[0] if (df["municipality_id"] == highlight).any() else None
        return charts.dots(df.assign(_cat=cats)[~totals], "_cat", "value", title, axis, lang, reference,
                           cats[totals].iloc[0] if totals.any() else "", chosen)
    shaped = df.assign(_cat=cats, text=[_value(v, unit, lang) for v in df["value"]]).sort_values("value",
                                                                                                ascending=False)
    highlighted = None
    if highlight is not None and (shaped["municipality_id"] == highlight).any():
        highlighted = shaped.loc[shaped["municipality_id"] == highlight, "_cat"].iloc[0]
    return charts.bar_chart(shaped, "_cat", "value", title, axis, lang, highlight=highlighted, text="text")


def headline_series(df: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The figures of the one series a profile shows first: of the measure ``default_measure`` picks, the series
    with the most municipalities (among series with more than one figure, where there are any)."""
    drawable = df.groupby("series_id")["value"].transform("size") > 1  # a chart needs two figures or more
    if drawable.any():
        df = df[drawable]
    measures = df.groupby(["measure_id", "unit"], sort=False)["municipality_id"].nunique().rename(
        "municipalities").reset_index()
    measure = measures["measure_id"].iloc[default_measure(measures)]
    chosen = series_choices(df[df["measure_id"] == measure], lang)["series_id"].iloc[0]
    return df[df["series_id"] == chosen]


def key_figures(figures: pd.DataFrame, lang: str) -> pd.DataFrame:
    """One line per experiment for a printed profile: the headline series' latest figure beside its total.

    ``figures`` are one municipality's facts with ``network_value`` (queries/municipalities/facts_with_network).
    """
    rows = []
    for _, part in figures.groupby("experiment_id", sort=False):
        headline = headline_series(part, lang)
        order = {p: i for i, p in enumerate(ordered_periods(headline))}
        last = headline.assign(_o=headline["period"].map(order)).sort_values("_o").iloc[-1]
        rows.append({
            "experiment": last[f"title_{lang}"], "series": last[f"series_{lang}"], "period": last["period"],
            "value": formatting.value_with_unit(last["value"], last["unit"], lang),
            "total": "" if pd.isna(last["network_value"])
            else formatting.value_with_unit(last["network_value"], last["unit"], lang),
            "source_doc": last["source_doc"], "section": last["section"], "source_line": last["source_line"],
        })
    return pd.DataFrame(rows)


def default_measure(measures: pd.DataFrame) -> int:
    """The position of the measure a page opens on: a result in weeks, points, shares or money before counts,
    never the observation or respondent counts behind an analysis."""
    def rank(row: pd.Series) -> tuple:
        behind = any(w in row["measure_id"] for w in ("obs", "respondents", "answers", "invited", "response"))
        return (behind, {"weeks": 0, "pp": 1, "pct": 2, "dkk": 3, "score": 4}.get(row["unit"], 5),
                -row["municipalities"])
    return min(range(len(measures)), key=lambda i: rank(measures.iloc[i]))


def table(df: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The figures as a table for people: readable column names, source columns kept."""
    names = {
        "da": {"municipality": "Kommune", "series": "Serie", "respondent_group": "Gruppe", "period": "Periode",
               "note": "Note",
               "value": "Værdi", "n": "N", "source_doc": "Kilde", "source_line": "Linje", "source_quote": "Citat"},
        "en": {"municipality": "Municipality", "series": "Series", "respondent_group": "Group", "period": "Period",
               "note": "Note",
               "value": "Value", "n": "N", "source_doc": "Source", "source_line": "Line", "source_quote": "Quote"},
    }[lang]
    return df[list(names)].rename(columns=names)
