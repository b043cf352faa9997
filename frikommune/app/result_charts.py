"""The chart of one result series, in the form its kind calls for."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import plotly.graph_objects as go

from frikommune.app import charts
from frikommune.domain.result_series import (
    categories,
    in_period_order,
    kind,
    ordered_periods,
    start_period,
    stated_significance,
)
from frikommune.text import formatting, i18n
from frikommune.text.result_words import series_context, series_title, value_text


def chart(df: pd.DataFrame, label: str, unit: str, lang: str, highlight: str | None = None) -> go.Figure:
    """The chart of ONE series in the form its kind calls for: lines over time (the experiment's periods on the
    x axis), a dumbbell for two periods, bars for one, dots against zero for effect estimates; the chosen
    municipality in the highlight colour; the series' target group on a line under the title."""
    if df["series_id"].nunique() != 1:
        raise ValueError("a chart shows one series")
    return charts.with_subtitle(_chart(df, label, unit, lang, highlight), series_context(df, lang))


TICK_WIDTH = 28  # characters a category label runs before it wraps: long labels squeezed the bars on a phone


def _chart(df: pd.DataFrame, label: str, unit: str, lang: str, highlight: str | None) -> go.Figure:
    cats = categories(df).map(lambda text: charts.wrap(text, TICK_WIDTH))
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
        # A fixed range: plotly widens an automatic one to fit the start line's label, which on a phone squeezed
        # every period into the right half of the chart.
        fig.update_xaxes(
            type="category", categoryorder="array", categoryarray=periods, range=[-0.5, len(periods) - 0.5]
        )
        fig.update_yaxes(title=axis, rangemode="tozero")
        began = df["period_start"].iloc[0] if "period_start" in df else ""
        start = start_period(periods, began)
        if start is not None:  # between the last period before the rules applied and the first after, with the date
            when = formatting.date(dt.date.fromisoformat(began), lang)
            fig.add_vline(
                x=periods.index(start) - 0.5,
                line={"color": "#4d4d4d", "dash": "dot"},
                annotation_text=i18n.t("results.experiment_starts", lang, date=when),
                # The label on the side with more room, so a phone does not cut it.
                annotation_position="top left" if periods.index(start) > len(periods) / 2 else "top right",
            )
        return charts.styled(fig, title, lang, height=440)
    if form == "effect":
        return effect_chart(df, title, unit, lang)
    if form == "change":
        return charts.dumbbell(df.assign(_cat=cats), "_cat", periods, title, axis, lang, highlight)
    if unit == "score":  # survey means on the 1-5 scale: a dot per municipality (with its N) against the total
        return score_chart(df, cats, title, axis, lang, highlight)
    # Beside a bar the number, with a unit only where the axis title does not carry it: a phone has no room.
    bar_text = [
        value_text(v, unit, lang) if unit in ("pct", "dkk") else formatting.number(v, None, lang) for v in df["value"]
    ]
    shaped = df.assign(_cat=cats, text=bar_text).sort_values("value", ascending=False)
    highlighted = None
    if highlight is not None and (shaped["municipality_id"] == highlight).any():
        highlighted = shaped.loc[shaped["municipality_id"] == highlight, "_cat"].iloc[0]
    return charts.bar_chart(shaped, "_cat", "value", title, axis, lang, highlight=highlighted, text="text")


SCORE_SCALE = (1.0, 5.0)  # the surveys' answer scale (DESIGN §8): the whole of it on the axis


def score_chart(
    df: pd.DataFrame, cats: pd.Series, title: str, axis: str, lang: str, highlight: str | None
) -> go.Figure:
    """Survey means: a dot per municipality (its N in the label) on the whole 1-5 scale, the total as a line."""
    totals = df["municipality_id"].isin(["network", "total"])
    reference = float(df.loc[totals, "value"].iloc[0]) if totals.any() else None
    counts = [formatting.number(n, None, lang) if pd.notna(n) else "" for n in df["n"]] if "n" in df else [""] * len(df)
    ticks = pd.Series([f"{c} (N {n})" if n else c for c, n in zip(cats, counts)], index=df.index)
    chosen = ticks[df["municipality_id"] == highlight].iloc[0] if (df["municipality_id"] == highlight).any() else None
    return charts.dots(
        df.assign(_cat=ticks)[~totals],
        "_cat",
        "value",
        title,
        axis,
        lang,
        reference,
        ticks[totals].iloc[0] if totals.any() else "",
        chosen,
        scale=SCORE_SCALE,
    )


def effect_chart(df: pd.DataFrame, title: str, unit: str, lang: str) -> go.Figure:
    """Effect estimates as dots against a zero line, filled where the report calls them significant, open where
    it says not significant, grey where it says neither; one row per period (or category)."""
    df = in_period_order(df)
    rows = df["period"].astype(str) if df["period"].nunique() == len(df) else categories(df)
    said = [stated_significance(note) for note in df.get("note", pd.Series([None] * len(df), index=df.index))]
    words = {
        "significant": i18n.t("results.significant", lang),
        "not_significant": i18n.t("results.not_significant", lang),
        None: i18n.t("results.significance_unknown", lang),
    }
    fig = go.Figure()
    for stated in dict.fromkeys(said):  # one trace per statement, so the legend says what filled and open mean
        part = [s == stated for s in said]
        colour = charts.OTHERS if stated is not None else charts.MUTED
        fig.add_scatter(
            x=df["value"][part],
            y=rows[part],
            name=words[stated],
            mode="markers+text",
            text=[formatting.number(v, None, lang) for v in df["value"][part]],  # the unit is on the axis
            textposition=["middle left" if v > 0 else "middle right" for v in df["value"][part]],  # toward zero
            marker={
                "size": 14,
                "symbol": "circle" if stated == "significant" else "circle-open",
                "color": colour,
                "line": {"width": 2, "color": colour},
            },
            hovertemplate="%{y}: %{x} (" + words[stated] + ")<extra></extra>",
        )
    fig.update_layout(showlegend=True, legend={"y": -0.45, "yanchor": "top"})
    reach = max(1.0, float(df["value"].abs().max()) * 1.6)
    fig.update_xaxes(
        range=[-reach, reach],
        zeroline=True,
        zerolinewidth=2,
        zerolinecolor="#4d4d4d",
        title=i18n.t("results.effect_axis", lang, unit=formatting.unit_word(unit, lang)),
    )
    fig.update_yaxes(type="category", automargin=True, autorange="reversed")  # earliest on top
    fig.add_annotation(
        x=0, y=1, xref="x", yref="paper", yanchor="bottom", showarrow=False, text=i18n.t("results.no_effect", lang)
    )
    return charts.styled(fig, title, lang, height=max(300, 210 + 60 * len(df)))
