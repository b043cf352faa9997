"""plotly figure builders with the project's look: Danish number format, colour-blind-safe colours, text titles."""

from __future__ import annotations

import base64
import copy
import functools
import hashlib
import numbers
import re
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import ParamSpec

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from frikommune.text.formatting import plotly_separators

# Okabe & Ito's colour-blind-safe palette.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
HIGHLIGHT = "#D55E00"  # the chosen municipality
OTHERS = "#0072B2"  # every other municipality
NETWORK = "#000000"  # the network average line
MUTED = "#9A9A9A"  # suppressed or not significant


P = ParamSpec("P")
MAX_FIGURES = 256  # figures remembered per process (least recently used go first)
_FIGURES: OrderedDict[tuple, go.Figure] = OrderedDict()
_FIGURES_LOCK = threading.Lock()


def figure_copy(figure: go.Figure) -> go.Figure:
    """A copy of ``figure`` built without plotly validating every property again (``copy.deepcopy`` of a figure
    goes through the validators: 30 ms for the tile map, 4 ms this way). What is set on the copy afterwards is
    validated as on any figure."""
    # From the figure's own (validated) properties: to_dict() would turn numpy arrays into base64 typed arrays.
    copied = type(figure)(
        {"data": copy.deepcopy(figure._data), "layout": copy.deepcopy(figure._layout)}, _validate=False
    )
    copied._validate = copied._layout_obj._validate = True
    for trace in copied.data:
        trace._validate = True
    return copied


def _key(value: object) -> object:
    """A hashable stand-in for an argument of a chart builder: frames by their content, containers by their parts."""
    if isinstance(value, (pd.DataFrame, pd.Series)):
        rows = pd.util.hash_pandas_object(value, index=True).to_numpy()  # TypeError for unhashable cells
        columns = tuple(value.columns) if isinstance(value, pd.DataFrame) else (value.name,)
        dtypes = tuple(map(str, value.dtypes)) if isinstance(value, pd.DataFrame) else (str(value.dtype),)
        return (type(value).__name__, columns, dtypes, hashlib.blake2b(rows.tobytes(), digest_size=16).digest())
    if isinstance(value, (list, tuple)):
        return (type(value).__name__, *(_key(v) for v in value))
    if isinstance(value, dict):
        return ("dict", *((k, _key(v)) for k, v in value.items()))
    hash(value)  # anything else must be hashable (TypeError otherwise)
    return (type(value).__name__, value)


def remembered(build: Callable[P, go.Figure]) -> Callable[P, go.Figure]:
    """``build`` with its figures remembered per process by the content of its arguments, handed out as copies.

    A chart depends only on its data, words and widget values, which repeat on every rerun of every session;
    building and validating it again costs 20-60 ms a chart, hashing the arguments about 1 ms. ``build`` must not
    change its arguments; arguments that cannot be hashed build the figure every time.
    """
    name = f"{build.__module__}.{build.__qualname__}"

    @functools.wraps(build)
    def call(*args: P.args, **kwargs: P.kwargs) -> go.Figure:
        try:
            key = (name, _key(args), _key(sorted(kwargs.items())))
        except TypeError:
            return build(*args, **kwargs)
        with _FIGURES_LOCK:
            figure = _FIGURES.get(key)
            if figure is not None:
                _FIGURES.move_to_end(key)
        if figure is None:
            figure = build(*args, **kwargs)
            with _FIGURES_LOCK:
                _FIGURES[key] = figure
                while len(_FIGURES) > MAX_FIGURES:
                    _FIGURES.popitem(last=False)
        return figure_copy(figure)

    return call


# A value and its unit ('36,2 uger', '12,2 mio. kr.', '45 %', '1.5 percentage points', 'DKK 12.2m'): one word
# to wrap, never split over two lines.
_VALUE_WITH_UNIT = re.compile(r"DKK \d\S*|(?<!\S)\(?[-−+]?\d[\d.,–-]*%? (?:mi[oa]\. kr\.|percentage points|\S+)")
_KEPT = "\x00"  # stands for a space inside a value with its unit while the title is cut into lines


def wrap(text: str, width: int = 44) -> str:
    """Break a long chart title into lines of at most ``width`` characters (plotly does not wrap titles); a value
    stays on the line of its unit."""
    guarded = _VALUE_WITH_UNIT.sub(lambda match: match.group(0).replace(" ", _KEPT), text)
    lines: list[str] = []
    for word in guarded.split(" "):
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return "<br>".join(lines).replace(_KEPT, " ")


TRACE_TYPES = ("bar", "scatter")  # every trace type the app draws


def _template() -> go.layout.Template:
    """plotly's default template with the project's look added: what every chart has in common, built once.

    Setting a template on a figure is cheap when it is not validated again (it was validated when built here),
    whereas each property set on a figure is validated on every call: about 20 ms per chart, on every rerun of
    every session. What plotly.js reads differently from a template (an axis' grid colour also switches its grid
    on when set on the figure) stays on the figure.
    """
    import plotly.io as pio

    plotly = pio.templates["plotly"]
    # Only the defaults of the trace types drawn here: the template travels in every chart's JSON (and every copy
    # of a figure walks it); the other 22 types' defaults were 60 % of it. A new trace type: add it to TRACE_TYPES.
    template = go.layout.Template(layout=plotly.layout, data={kind: plotly.data[kind] for kind in TRACE_TYPES})
    template.layout.update(
        # Titles wrap at 44 characters so they fit a phone's width too (plotly does not wrap them itself). Hung
        # from the top: plotly centres a title's first line in the margin, so a third line ran into a line's label.
        title={
            "x": 0,
            "xanchor": "left",
            "y": 1,
            "yref": "container",
            "yanchor": "top",
            "pad": {"t": 12},
            "font": {"size": 15},
        },
        colorway=list(PALETTE),
        font={"family": "Source Sans Pro, Arial, sans-serif", "size": 14, "color": "#1b1b1b"},
        margin={"l": 10, "r": 20, "b": 40},
        plot_bgcolor="white",
        legend={"orientation": "h", "y": -0.15},
    )
    return template


TEMPLATE = _template()
_AXES = {"gridcolor": "#e5e5e5", "zerolinecolor": "#bdbdbd"}


def styled(fig: go.Figure, title: str, lang: str = "da", height: int | None = None) -> go.Figure:
    """Apply the common layout: the finding as title, Danish separators, readable fonts, palette."""
    text = wrap(title)
    lines = text.count("<br>") + 1
    layout = fig.layout
    validate, layout._validate = layout._validate, False  # TEMPLATE was validated when it was built
    try:
        layout.template = TEMPLATE
    finally:
        layout._validate = validate
    fig.update_layout(title_text=text, separators=plotly_separators(lang), margin_t=36 + 21 * lines)
    if height:
        fig.update_layout(height=height)
    fig.update_xaxes(_AXES)
    fig.update_yaxes(_AXES)
    return fig


def with_subtitle(fig: go.Figure, subtitle: str) -> go.Figure:
    """``fig`` with a smaller grey line under its title (whom the figures count), the top margin grown to fit."""
    if not subtitle:
        return fig
    below = wrap(subtitle, 56)
    fig.update_layout(
        title_subtitle={"text": below, "font": {"size": 13, "color": "#4d4d4d"}},
        margin_t=fig.layout.margin.t + 16 + 21 * (below.count("<br>") + 1),
    )
    return fig


def _label_anchor(fig: go.Figure, x: float, span: tuple[float, float] | None) -> str:
    """Which side of a line at ``x`` its label runs to, so a long label near an edge stays inside the chart."""
    if span is None:
        values = [v for trace in fig.data for v in np.ravel(_plain(trace.x)) if isinstance(v, numbers.Real)]
        if not values:
            return "center"
        span = (min(min(values), x), max(max(values), x))
    low, high = span
    where = (x - low) / (high - low) if high > low else 0.5
    return "right" if where > 2 / 3 else ("left" if where < 1 / 3 else "center")


def reference_line(fig: go.Figure, x: float, label: str = "", span: tuple[float, float] | None = None) -> go.Figure:
    """A dashed vertical line at ``x`` with ``label`` above the plot: what ``fig.add_vline(x, line=…,
    annotation_text=label, annotation_position="top")`` makes, written as the layout entries themselves (the same
    figure; add_vline works out subplot references on every call, about 20 ms a chart). Near an edge of ``span``
    (the axis range; the plotted values when not given) the label runs inward."""
    shape = {
        "type": "line",
        "x0": x,
        "x1": x,
        "xref": "x",
        "y0": 0,
        "y1": 1,
        "yref": "y domain",
        "line": {"color": NETWORK, "dash": "dash"},
    }
    annotation = {
        "showarrow": False,
        "text": label,
        "x": x,
        "xanchor": _label_anchor(fig, x, span) if label else "center",
        "xref": "x",
        "y": 1,
        "yanchor": "bottom",
        "yref": "y domain",
    }  # added even when empty, as add_vline does
    fig.update_layout(shapes=[*fig.layout.shapes, shape], annotations=[*fig.layout.annotations, annotation])
    return fig


def _plain(data: object) -> object:
    """Plotted values as a list: a copied figure may hold them as plotly's typed array ({'dtype', 'bdata'})."""
    if isinstance(data, dict) and "bdata" in data:
        values = np.frombuffer(base64.b64decode(data["bdata"]), dtype=data["dtype"])
        return values.reshape(data["shape"]).tolist() if "shape" in data else values.tolist()
    return data


def describe(fig: go.Figure, lang: str = "da") -> str:
    """A text alternative generated from the plotted data: what the chart shows, its largest and smallest value.

    Used as the chart's accessible description (WCAG 2.1 AA) and as its caption on paper.
    """
    from frikommune.text.formatting import number

    title = re.sub(r"<[^>]+>", " ", fig.layout.title.text or "").strip()
    title = re.sub(r"\s+", " ", title)
    points: list[tuple[str, float]] = []
    for trace in fig.data:
        xs, ys = _plain(trace.x), _plain(trace.y)
        horizontal = getattr(trace, "orientation", None) == "h" or (
            trace.type == "scatter"
            and xs is not None
            and ys is not None
            and all(isinstance(v, str) for v in ys)
            and not all(isinstance(v, str) for v in xs)
        )
        values, labels = (xs, ys) if horizontal else (ys, xs)
        if values is None or labels is None or getattr(trace, "mode", None) == "text":
            continue
        series = f"{trace.name}, " if trace.name and len(fig.data) > 1 else ""
        points += [
            (f"{series}{re.sub(r'<br>', ' ', str(label))}", float(value))
            for label, value in zip(labels, values)
            if isinstance(value, numbers.Real) and value == value
        ]
    if not points:
        return title
    top = max(points, key=lambda p: p[1])
    bottom = min(points, key=lambda p: p[1])
    if lang == "da":
        return (
            f"Diagram: {title}. Største værdi: {top[0]} ({number(top[1], None, lang)}); "
            f"mindste: {bottom[0]} ({number(bottom[1], None, lang)}); {len(points)} værdier i alt."
        )
    return (
        f"Chart: {title}. Largest value: {top[0]} ({number(top[1], None, lang)}); "
        f"smallest: {bottom[0]} ({number(bottom[1], None, lang)}); {len(points)} values in all."
    )


@remembered
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
    fig = go.Figure(
        go.Bar(
            y=df[label],
            x=df[value],
            orientation="h",
            marker_color=colours,
            text=df[text] if text else None,
            textposition="auto",
            hovertemplate="%{y}: %{x}<extra></extra>",
        )
    )
    fig.update_yaxes(autorange="reversed", automargin=True)
    fig.update_xaxes(title=value_title)
    if text:  # room beyond the longest bars for a number placed outside them (else it is cut at the edge)
        low, high = min(0.0, float(df[value].min())), max(0.0, float(df[value].max()))
        fig.update_xaxes(range=[low * 1.35, high * 1.35] if high > low else None)
    return styled(fig, title, lang, height=max(260, 60 + 38 * len(df)))


@remembered
def saving_bars(experiments: list[str], nets: list[float], title: str, axis_title: str, lang: str = "da") -> go.Figure:
    """The net certificate saving per experiment as horizontal bars with the amount on each (Bilag 13)."""
    from frikommune.text.formatting import dkk

    # Titles wrapped short so that on a phone (390 px) the bars keep most of the width; the full title on hover.
    amounts = [dkk(v, lang) for v in nets]
    fig = go.Figure(
        go.Bar(
            y=[wrap(e, 26) for e in experiments],
            x=nets,
            orientation="h",
            marker_color=OTHERS,
            text=amounts,
            textposition="auto",
            cliponaxis=False,
            customdata=experiments,
            hovertemplate="%{customdata}: %{text}<extra></extra>",
        )
    )
    fig.update_yaxes(autorange="reversed", automargin=True)
    # Every bar carries its amount: an axis of 2.000.000-ticks adds nothing and tilts on a phone.
    fig.update_xaxes(title=axis_title, showticklabels=False, showgrid=False)
    return styled(fig, title, lang, height=max(320, 90 * len(experiments)))


@remembered
def dumbbell(
    df: pd.DataFrame,
    label: str,
    periods: list[str],
    title: str,
    value_title: str,
    lang: str = "da",
    highlight: str | None = None,
) -> go.Figure:
    """Two periods per ``label`` as two dots joined by a line (before/after); the chosen municipality highlighted."""
    first, last = periods
    wide = df.pivot_table(index=label, columns="period", values="value", aggfunc="first", sort=False)
    chosen = set(df.loc[df["municipality_id"] == highlight, label]) if highlight else set()
    fig = go.Figure()
    for name, row in wide.iterrows():
        colour = HIGHLIGHT if name in chosen else "#7f7f7f"
        fig.add_scatter(
            x=[row.get(first), row.get(last)],
            y=[name, name],
            mode="lines",
            showlegend=False,
            line={"color": colour, "width": 3 if name in chosen else 2},
            hoverinfo="skip",
        )
    for period, colour, symbol in ((first, MUTED, "circle"), (last, OTHERS, "diamond")):
        if period in wide:
            fig.add_scatter(
                x=wide[period],
                y=list(wide.index),
                mode="markers",
                name=str(period),
                marker={"size": 13, "color": colour, "symbol": symbol, "line": {"width": 1, "color": "#1b1b1b"}},
                hovertemplate="%{y}: %{x}<extra>" + str(period) + "</extra>",
            )
    fig.update_yaxes(autorange="reversed", automargin=True)
    fig.update_xaxes(title=value_title)
    return styled(fig, title, lang, height=max(280, 110 + 40 * len(wide)))


@remembered
def dots(
    df: pd.DataFrame,
    label: str,
    value: str,
    title: str,
    value_title: str,
    lang: str = "da",
    reference: float | None = None,
    reference_label: str = "",
    highlight: str | None = None,
    scale: tuple[float, float] | None = None,
    counts: str | None = None,
) -> go.Figure:
    """One dot per ``label`` (no interval: for report means without a spread), the reference as a dashed line;
    ``scale`` fixes the axis to the whole answer scale (a cut axis makes small gaps look large), ``counts`` names
    the column of N shown on hover."""
    shown = df.sort_values(value)
    colours = [HIGHLIGHT if x == highlight else OTHERS for x in shown[label]]
    hover = "%{y}: %{x}" + ("<br>N = %{customdata}" if counts else "") + "<extra></extra>"
    fig = go.Figure(
        go.Scatter(
            x=shown[value],
            y=shown[label],
            mode="markers",
            marker={"size": 13, "color": colours, "line": {"width": 1, "color": "#1b1b1b"}},
            customdata=shown[counts] if counts else None,
            hovertemplate=hover,
        )
    )
    if reference is not None:
        reference_line(fig, reference, reference_label, scale)
    fig.update_xaxes(title=value_title)
    if scale is not None:
        fig.update_xaxes(range=[scale[0] - 0.1, scale[1] + 0.1], dtick=1)
    fig.update_yaxes(automargin=True)
    return styled(fig, title, lang, height=max(280, 100 + 34 * len(shown)))


# Tile-grid map: each municipality a square placed roughly where it lies in North Jutland (column, row).
TILES = {
    "hjoerring": (2, 0),
    "frederikshavn": (3, 0),
    "laesoe": (4, 0),
    "thisted": (0, 1),
    "jammerbugt": (1, 1),
    "broenderslev": (2, 1),
    "morsoe": (0, 2),
    "vesthimmerland": (1, 2),
    "aalborg": (2, 2),
    "rebild": (1, 3),
    "mariagerfjord": (2, 3),
}


# Long names break where the compound does, so they fit a tile on a phone.
TILE_NAMES = {
    "Vesthimmerland": "Vest-<br>himmerland",
    "Frederikshavn": "Frederiks-<br>havn",
    "Mariagerfjord": "Mariager-<br>fjord",
    "Jammerbugt": "Jammer-<br>bugt",
    "Brønderslev": "Brønder-<br>slev",
}


@remembered
def tile_map(
    values: pd.DataFrame,
    title: str,
    lang: str = "da",
    highlight: str | None = None,
) -> go.Figure:
    """The 11 municipalities as a tile grid; ``values`` has municipality_id, name, value and text columns.

    A municipality without a value is drawn grey with '–', so a missing figure is never read as zero.
    """
    known = values.set_index("municipality_id")
    xs, ys, labels, hovers = [], [], [], []
    present = known["value"].dropna()
    low, high = (present.min(), present.max()) if not present.empty else (0, 1)
    fig = go.Figure()
    shapes: list[dict] = []  # one validated list, not a call per tile: 11 add_shape calls cost ~10x more
    for municipality, (col, row) in TILES.items():
        has = municipality in known.index and pd.notna(known.at[municipality, "value"])
        share = (known.at[municipality, "value"] - low) / (high - low) if has and high > low else 0.5
        chosen = municipality == highlight
        # Tiles are shapes in data coordinates, so they shrink with the chart on a phone instead of overlapping.
        shapes.append(
            {
                "type": "rect",
                "layer": "below",
                "xref": "x",
                "yref": "y",
                "x0": col - 0.47,
                "x1": col + 0.47,
                "y0": -row - 0.47,
                "y1": -row + 0.47,
                "fillcolor": _blue_scale(share) if has else "#E0E0E0",
                "line": {"width": 4 if chosen else 1, "color": HIGHLIGHT if chosen else "white"},
            }
        )
        name = known.at[municipality, "name"] if municipality in known.index else municipality
        xs.append(col)
        ys.append(-row)
        text = known.at[municipality, "text"] if has else "–"
        labels.append(f"<b>{TILE_NAMES.get(name, name)}</b><br>{text}")
        hovers.append(f"{name}: {text}")
    fig.add_scatter(
        x=xs,
        y=ys,
        mode="text",
        text=labels,
        textfont={"size": 11, "color": "#1b1b1b"},
        hoverinfo="text",
        hovertext=hovers,
    )
    fig.update_layout(shapes=shapes)
    fig.update_xaxes(visible=False, range=[-0.6, 4.6])
    fig.update_yaxes(visible=False, range=[-3.6, 0.6], scaleanchor="x")
    return styled(fig, title, lang, height=480)


def _blue_scale(share: float) -> str:
    # From a pale to a dark blue; text stays readable on both ends (dark text on the palest tiles).
    pale, dark = (222, 235, 247), (107, 174, 214)
    rgb = [round(p + (d - p) * share) for p, d in zip(pale, dark)]
    return f"rgb({rgb[0]},{rgb[1]},{rgb[2]})"


@remembered
def dot_whisker(
    df: pd.DataFrame,
    names: dict[str, str],
    group_mean: float,
    title: str,
    value_title: str,
    lang: str = "da",
    highlight: str | None = None,
    reference_label: str = "",
) -> go.Figure:
    """Mean and 95 % CI per municipality against the group's line; significant ones marked, chosen one highlighted.

    ``df`` has municipality_id, mean, ci_low, ci_high, significant and suppressed (suppressed rows are left out).
    """
    shown = df[~df["suppressed"]].sort_values("mean")
    colours = [
        HIGHLIGHT if m == highlight else (OTHERS if sig else MUTED)
        for m, sig in zip(shown["municipality_id"], shown["significant"])
    ]
    symbols = ["diamond" if sig else "circle" for sig in shown["significant"]]
    labels = [names.get(m, m) + (" *" if sig else "") for m, sig in zip(shown["municipality_id"], shown["significant"])]
    fig = go.Figure(
        go.Scatter(
            x=shown["mean"],
            y=labels,
            mode="markers",
            marker={"size": 13, "color": colours, "symbol": symbols, "line": {"width": 1, "color": "#1b1b1b"}},
            error_x={
                "type": "data",
                "symmetric": False,
                "array": shown["ci_high"] - shown["mean"],
                "arrayminus": shown["mean"] - shown["ci_low"],
                "color": "#4d4d4d",
                "thickness": 1.5,
            },
            hovertemplate="%{y}: %{x:.2f}<extra></extra>",
        )
    )
    # The axis spans the whiskers, not only the means: the line's label runs inward from where it stands on it.
    span = (float(shown["ci_low"].min()), float(shown["ci_high"].max())) if len(shown) else None
    reference_line(fig, group_mean, reference_label, span)
    # Margins from the labels, not plotly's automargin: that measures the drawn labels and draws the chart again,
    # about half of the browser's work each time another question redraws it. 7.5 px a character is wider than the
    # labels' font gives them (at most 7.2) and 12 px the ticks' gap.
    fig.update_xaxes(title=value_title, automargin=False)
    fig.update_yaxes(automargin=False)
    fig.update_layout(margin_l=round(12 + 7.5 * max((len(label) for label in labels), default=0)), margin_b=60)
    styled(fig, title, lang, height=max(300, 90 + 34 * len(shown)))
    # The line's label stands in the top margin, under the title's last line: room for it (on a phone they met).
    return fig.update_layout(margin_t=fig.layout.margin.t + 14)
