"""The chart of one result series, in the form its kind calls for."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import plotly.graph_objects as go

from frikommune.app import charts
from frikommune.domain.result_series import categories, kind, ordered_periods, start_period
from frikommune.text import formatting, i18n
from frikommune.text.result_words import series_title, value_text


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
                x=part["period"],
                y=part["value"],
                name=str(name),
                mode="lines+markers",
                line={
                    "width": 4 if is_focus else (3 if is_total else 2),
                    "color": charts.HIGHLIGHT
                    if is_focus
                    else (charts.NETWORK if is_total else colours[i % len(colours)]),
                    "dash": "solid" if is_focus or is_total else dashes[(i // len(colours)) % len(dashes)],
                },
                hovertemplate="%{x}: %{y}<extra>" + str(name) + "</extra>",
            )
        fig.update_xaxes(type="category", categoryorder="array", categoryarray=periods)
        fig.update_yaxes(title=axis, rangemode="tozero")
        began = df["period_start"].iloc[0] if "period_start" in df else ""
        start = start_period(periods, began)
        if start is not None:  # between the last period before the rules applied and the first after, with the date
            when = formatting.date(dt.date.fromisoformat(began), lang)
            fig.add_vline(
                x=periods.index(start) - 0.5,
                line={"color": "#4d4d4d", "dash": "dot"},
                annotation_text=i18n.t("results.experiment_starts", lang, date=when),
                annotation_position="top left",
            )
        return charts.styled(fig, title, lang, height=440)
    if form == "change":
        return charts.dumbbell(df.assign(_cat=cats), "_cat", periods, title, axis, lang, highlight)
    if unit == "score":  # survey means: a dot per municipality against the total's mark
        totals = df["municipality_id"].isin(["network", "total"])
        reference = float(df.loc[totals, "value"].iloc[0]) if totals.any() else None
        chosen = (
            cats[df["municipality_id"] == highlight].iloc[0] if (df["municipality_id"] == highlight).any() else None
        )
        return charts.dots(
            df.assign(_cat=cats)[~totals],
            "_cat",
            "value",
            title,
            axis,
            lang,
            reference,
            cats[totals].iloc[0] if totals.any() else "",
            chosen,
        )
    shaped = df.assign(_cat=cats, text=[value_text(v, unit, lang) for v in df["value"]]).sort_values(
        "value", ascending=False
    )
    highlighted = None
    if highlight is not None and (shaped["municipality_id"] == highlight).any():
        highlighted = shaped.loc[shaped["municipality_id"] == highlight, "_cat"].iloc[0]
    return charts.bar_chart(shaped, "_cat", "value", title, axis, lang, highlight=highlighted, text="text")
