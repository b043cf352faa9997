"""Besparelser's sections as the page draws them: localised, true to the report's figures, quotes handled."""

from __future__ import annotations

import re

from frikommune.app import savings_view
from frikommune.domain.certificate_savings import Span


def amounts(text: str) -> list[float]:
    """Danish amounts in ``text`` as numbers ('1.742 kr.' -> 1742.0; '4,8 mio.' -> 4.8)."""
    return [float(n.replace(".", "").replace(",", ".")) for n in re.findall(r"\d[\d.]*(?:,\d+)?", text)]


def test_the_first_screen_has_the_reports_total_and_a_range_around_it(db):
    head = savings_view.headline(db, "da")
    assert head.total == "12,2 mio. kr."  # Bilag 13's total, as the report prints it
    low, high = amounts(head.total_range)[:2]
    assert low <= 12.2 <= high


def test_there_is_one_per_exemption_line_per_experiment_with_a_saving_each_with_sources(db):
    head = savings_view.headline(db, "en")
    steps = savings_view.step_lines(db, "en")
    assert len(head.per_case) == len(steps) >= 3
    assert all(line.sources.startswith("Source:") for line in head.per_case)


def kroner(text: str) -> tuple[float, float]:
    """A Danish amount ('6,2 mio.' or '1.120') and how far the printed rounding may be from the exact value."""
    number = float(text.split()[0].replace(".", "").replace(",", "."))
    return (number * 1e6, 0.05e6) if "mio" in text else (number, 0.5)


def test_each_step_line_states_arithmetic_that_holds(db):
    for line in savings_view.step_lines(db, "da"):
        calc = re.search(r"\): ([\d.]+) × ([\d.,]+(?: mio\.)?) kr\. = ([\d.,]+(?: mio\.)?) kr\.", line.text)
        assert calc, line.text
        count = float(calc[1].replace(".", ""))
        price, _ = kroner(calc[2])
        gross, rounding = kroner(calc[3])
        assert abs(count * price - gross) <= rounding, line.text


def test_quotes_are_danish_in_danish_and_a_hover_marker_in_english(db):
    danish = savings_view.step_lines(db, "da")
    english = savings_view.step_lines(db, "en")
    assert all("»" in line.sources for line in danish)
    assert all("»" not in line.sources and "<abbr title=" in line.sources for line in english)


def test_the_chart_table_has_column_names_in_the_readers_language(db):
    chart = savings_view.saving_chart(db, "en")
    assert "Experiment" in chart.table.columns and "net_reported" not in chart.table.columns
    assert "DKK 12.2m" in chart.figure.layout.title.text


def test_what_if_adds_the_points_and_the_ranges():
    result = savings_view.what_if([Span(1000, 2000, 3000), Span(10_000, 20_000, 30_000)], 22_000, "da")
    assert amounts(result.total) == [22000] and result.matches_report and result.difference is None
    assert amounts(result.total_range) == [11000, 33000]


def test_what_if_says_how_far_it_is_from_the_report():
    result = savings_view.what_if([Span(0, 5_000_000, 6_000_000)], 12_200_000, "da")
    assert not result.matches_report and result.difference == "−7,2 mio. kr."
