"""Chart building shortcuts make the same figure as plotly's own, slower calls (what the browser draws is the JSON)."""

from __future__ import annotations

import json

import plotly.graph_objects as go
import pytest

from frikommune.app import charts


def spec(fig: go.Figure) -> str:
    return json.dumps(fig.to_plotly_json(), sort_keys=True, default=str)


def points() -> go.Figure:
    fig = go.Figure(go.Scatter(x=[3.1, 3.5], y=["Aalborg", "Læsø"], mode="markers"))
    fig.add_hline(y=0.5)  # a shape and an annotation already there must stay
    fig.add_annotation(text="note", x=3.2, y="Læsø")
    return fig


@pytest.mark.parametrize("label", ["Netværket", "Network", ""])
def test_the_reference_line_is_what_add_vline_makes(label):
    ours = charts.reference_line(points(), 3.25, label)
    plotlys = points().add_vline(
        x=3.25, line={"color": charts.NETWORK, "dash": "dash"}, annotation_text=label, annotation_position="top"
    )
    assert spec(ours) == spec(plotlys)


def test_the_chart_look_is_one_shared_template_and_the_title_its_own():
    a = charts.styled(go.Figure(go.Bar(x=[1], y=["a"])), "Første titel", "da")
    b = charts.styled(go.Figure(go.Bar(x=[2], y=["b"])), "Second title", "en")
    assert a.layout.template == b.layout.template == charts.TEMPLATE
    assert a.layout.template.layout.colorway == charts.PALETTE
    assert (a.layout.title.text, a.layout.separators) == ("Første titel", ",.")
    assert (b.layout.title.text, b.layout.separators) == ("Second title", ".,")
    # The grid colour stays on the figure: set in a template it would not switch a category axis' grid on.
    assert a.layout.yaxis.gridcolor == "#e5e5e5"
