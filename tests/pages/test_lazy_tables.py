"""Tables kept one click away so a page's first chart is not kept waiting: built only once opened, and then whole,
in both languages (AppTest, no browser)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("lang", ["Dansk", "English"])
def test_the_participation_grid_is_built_only_once_opened(app, lang):
    at = app("pages/experiments.py", lang="da" if lang == "Dansk" else "en")
    assert len(at.dataframe) < 3  # closed: no grid (at most the targets and nothing else)
    closed = len(at.dataframe)
    at.session_state["grid-box"] = True
    at.run()
    assert not at.exception
    assert len(at.dataframe) == closed + 1
    grid = at.dataframe[0].value
    assert len(grid) >= 15  # every experiment of the catalogue, one row each


def test_a_result_section_draws_its_chart_and_cites_it_with_the_table_closed(app):
    at = app("pages/experiments.py")
    assert len(at.get("plotly_chart")) >= 1
    assert any(c.value.startswith("**Kilde:**") for c in at.caption)


def test_the_report_means_table_opens_under_its_chart(app):
    at = app("pages/compare.py")
    assert not at.dataframe  # the report section's table is closed (nothing uploaded: no comparison table either)
    at.session_state["report-means-box"] = True
    at.run()
    assert not at.exception
    assert len(at.dataframe) == 1


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_targets_are_one_click_away_with_their_count(app, lang):
    at = app("pages/experiments.py", lang=lang)
    assert not at.table  # closed: the targets' table is not sent with the page
    label = next(e.label for e in at.expander if e.label.startswith(("Mål fra", "Targets from")))
    count = int(label.rsplit("(", 1)[1].rstrip(")"))
    at.session_state["targets-box"] = True
    at.run()
    assert not at.exception
    assert len(at.table) == 1
    assert len(at.table[0].value) == count  # the label's count is the table's rows
