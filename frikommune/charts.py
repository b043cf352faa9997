"""plotly figure builders with the project's look: Danish number format, colour-blind-safe colours, text titles."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from frikommune.formatting import plotly_separators

# Okabe & Ito's colour-blind-safe palette.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
HIGHLIGHT = "#D55E00"   # the chosen municipality
OTHERS = "#0072B2"      # every other municipality
NETWORK = "#000000"     # the network average line
MUTED = "#9A9A9A"       # suppressed or not significant


def styled(fig: go.Figure, title: str, lang: str = "da", height: int | None = None) -> go.Figure:
    """Apply the common layout: the finding as title, Danish separators, readable fonts, palette."""
    fig.update_layout(
        title={"text": title, "x": 0, "xanchor": "left", "font": {"size": 17}},
        separators=plotly_separators(lang),
        colorway=list(PALETTE),
        font={"family": "Source Sans Pro, Arial, sans-serif", "size": 14, "color": "#1b1b1b"},
        margin={"l": 10, "r": 20, "t": 60, "b": 40},
        plot_bgcolor="white",
        legend={"orientation": "h", "y": -0.15},
    )
    if height:
        fig.update_layout(height=height)
    fig.update_xaxes(gridcolor="#e5e5e5", zerolinecolor="#bdbdbd")
    fig.update_yaxes(gridcolor="#e5e5e5", zerolinecolor="#bdbdbd")
    return fig


def bar_chart(
    df: pd.DataFrame,
    label: str,
    value: str,
    title: str,
    value_title: str,
    lang: str = "da",
    highlight: str | None = None,
    text: str | None = None,
) -> go.Figure:
    """Horizontal bars of ``value`` per ``label``, the ``highlight`` label in the highlight colour."""
    colours = [HIGHLIGHT if highlight is not None and x == highlight else OTHERS for x in df[label]]
    fig = go.Figure(go.Bar(
        y=df[label], x=df[value], orientation="h", marker_color=colours,
        text=df[text] if text else None, textposition="auto", hovertemplate="%{y}: %{x}<extra></extra>",
    ))
    fig.update_yaxes(autorange="reversed", automargin=True)
    fig.update_xaxes(title=value_title)
    return styled(fig, title, lang, height=max(260, 60 + 38 * len(df)))


def grouped_bar_chart(
    df: pd.DataFrame, label: str, value: str, series: str, title: str, value_title: str, lang: str = "da",
) -> go.Figure:
    """Grouped horizontal bars: one bar per ``series`` value for each ``label``."""
    fig = go.Figure()
    for i, (name, part) in enumerate(df.groupby(series, sort=False)):
        fig.add_bar(y=part[label], x=part[value], name=str(name), orientation="h",
                    marker_color=PALETTE[i % len(PALETTE)])
    fig.update_layout(barmode="group")
    fig.update_yaxes(autorange="reversed", automargin=True)
    fig.update_xaxes(title=value_title)
    return styled(fig, title, lang, height=max(300, 80 + 30 * len(df)))
