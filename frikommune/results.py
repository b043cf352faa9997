"""The report's figures of one measure family (uptake, duration, …), shaped for a chart and titled by their finding."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from frikommune import charts, formatting, i18n
from frikommune.db import Database

# The dimensions a set of figures can vary over, in the order they are preferred as the chart's categories.
DIMENSIONS = ("municipality", "series", "respondent_group", "period")
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
    members = formatting.names_list([str(n) for n in names], lang) if names is not None and len(names) else ""
    return i18n.t("scope.total", lang, names=members) if members else i18n.t("scope.some", lang)


def in_language(df: pd.DataFrame, lang: str) -> pd.DataFrame:
    """``df`` with a ``series`` column (the series label in ``lang``) and totals named by whom they cover."""
    totals = [scope_label(m, names, lang) for m, names in zip(df["municipality_id"], df["scope_names"])]
    return df.assign(series=df[f"series_{lang}"],
                     municipality=[t or name for t, name in zip(totals, df["municipality"])])


def varying(df: pd.DataFrame) -> list[str]:
    """The dimensions along which the figures differ."""
    return [d for d in DIMENSIONS if df[d].nunique(dropna=False) > 1]


def is_time_series(df: pd.DataFrame) -> bool:
    """More than two periods that look like dates (years, quarters, halves): draw a line, not bars."""
    periods = df["period"].dropna().unique()
    return len(periods) > 2 and all(str(p)[:4].isdigit() for p in periods)


def label_column(df: pd.DataFrame, dims: list[str]) -> pd.Series:
    """One readable category label per row from the varying dimensions."""
    if not dims:
        return df["municipality"]
    return df[dims].astype(str).agg(" · ".join, axis=1)


def finding_title(df: pd.DataFrame, labels: pd.Series, measure_name: str, unit: str, lang: str) -> str:
    """A title that states what the chart shows: the highest and lowest value and where."""
    w = WORDS[lang]
    if len(df) == 1:
        return f"{measure_name}: {formatting.value_with_unit(df['value'].iloc[0], unit, lang)} ({w['only']})"
    top, bottom = df["value"].idxmax(), df["value"].idxmin()
    return (f"{measure_name}: {w['highest']} {w['in']} {labels[top]} "
            f"({formatting.value_with_unit(df['value'][top], unit, lang)}), {w['lowest']} {w['in']} {labels[bottom]} "
            f"({formatting.value_with_unit(df['value'][bottom], unit, lang)})")


def time_series_title(df: pd.DataFrame, lines: pd.Series, measure_name: str, unit: str, lang: str) -> str:
    """A title for lines over time: first and last value of one line (one series, unit and group), never of two.

    The line is the total's where the chart has one, else the first line drawn; ``lines`` labels each row's line.
    """
    w = WORDS[lang]
    totals = df["municipality_id"].isin(["network", "total"])
    label = lines[totals].iloc[0] if totals.any() else lines.iloc[0]
    focus = df[lines == label].sort_values("period")
    first, last = focus.iloc[0], focus.iloc[-1]
    return (f"{measure_name}, {label}: {w['from']} {formatting.value_with_unit(first['value'], unit, lang)} "
            f"({first['period']}) {w['to']} {formatting.value_with_unit(last['value'], unit, lang)} ({last['period']})")


def chart(df: pd.DataFrame, measure_name: str, unit: str, lang: str, highlight: str | None = None) -> go.Figure:
    """The chart that fits the figures: a line over time, grouped bars for two or three periods/groups, else bars."""
    dims = varying(df)
    if is_time_series(df):
        series_dims = [d for d in dims if d != "period"]
        series = label_column(df, series_dims) if series_dims else df["municipality"]
        fig = go.Figure()
        # The highlight colour is reserved for the chosen municipality; other lines cycle colours and dashes,
        # so many series stay apart without colour alone.
        colours = [c for c in charts.PALETTE if c != charts.HIGHLIGHT]
        dashes = ("solid", "dash", "dot", "dashdot")
        for i, (name, part) in enumerate(df.assign(series=series).groupby("series", sort=False)):
            part = part.sort_values("period")
            is_focus = highlight is not None and highlight in set(part["municipality_id"])
            fig.add_scatter(
                x=part["period"], y=part["value"], name=str(name), mode="lines+markers",
                line={"width": 4 if is_focus else 2,
                      "color": charts.HIGHLIGHT if is_focus else colours[i % len(colours)],
                      "dash": "solid" if is_focus else dashes[(i // len(colours)) % len(dashes)]},
            )
        fig.update_yaxes(title=measure_name)
        return charts.styled(fig, time_series_title(df, series, measure_name, unit, lang), lang, height=420)
    # Two or three periods or groups side by side (e.g. before/after) read best as grouped bars.
    for series_dim in ("period", "respondent_group"):
        if series_dim in dims and df[series_dim].nunique() <= 4 and len(dims) > 1:
            label_dims = [d for d in dims if d != series_dim]
            shaped = df.assign(label=label_column(df, label_dims))
            title = finding_title(df, label_column(df, dims), measure_name, unit, lang)
            return charts.grouped_bar_chart(shaped, "label", "value", series_dim, title, measure_name, lang)
    labels = label_column(df, dims)
    shaped = df.assign(label=labels, text=[formatting.value_with_unit(v, unit, lang) for v in df["value"]])
    highlighted = None
    if highlight is not None and (shaped["municipality_id"] == highlight).any():
        highlighted = shaped.loc[shaped["municipality_id"] == highlight, "label"].iloc[0]
    title = finding_title(df, labels, measure_name, unit, lang)
    return charts.bar_chart(shaped, "label", "value", title, measure_name, lang, highlight=highlighted, text="text")


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
