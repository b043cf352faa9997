"""The report's figures as charts: titles true to the one line they describe, totals named by whom they cover."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from frikommune.app import charts, result_charts
from frikommune.domain import result_series
from frikommune.text import result_words


def _quarters(values: list[float], municipality: str, name: str) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "series_id": "s",
            "municipality_id": municipality,
            "municipality": name,
            "respondent_group": "",
            "period": ["2017Q1", "2018Q1", "2019Q1", "2020Q1"][: len(values)],
            "value": values,
            "source_line": range(len(values)),
        }
    )


def test_a_chart_refuses_two_series():
    df = pd.concat([_quarters([1, 2, 3], "aalborg", "Aalborg"), _quarters([4, 5, 6], "rebild", "Rebild")])
    df.loc[df["municipality_id"] == "rebild", "series_id"] = "other"
    with pytest.raises(ValueError):
        result_charts.chart(df, "x", "count", "da")


def test_a_time_series_title_follows_the_total_from_its_first_to_its_last_quarter():
    df = pd.concat(
        [_quarters([30, 25, 20, 12], "jammerbugt", "Jammerbugt"), _quarters([205, 190, 240, 249], "total", "I alt")],
        ignore_index=True,
    )
    assert result_series.kind(df) == "time"
    title = result_words.series_title(df, "Aktiverede, kontanthjælp", "count", "da")
    assert re.search(r"I alt: fra 205 \(2017Q1\) til 249 \(2020Q1\)", title), title
    assert "Jammerbugt" not in title
    assert "Jammerbugt: fra 30" in result_words.series_title(df, "Aktiverede", "count", "da", highlight="jammerbugt")


def test_two_lines_without_a_total_are_both_followed_in_the_title_unless_one_is_chosen():
    df = pd.concat(
        [
            _quarters([61.3, 62, 45.8], "frederikshavn", "Frederikshavn"),
            _quarters([36, 192, 40], "vhim", "Vesthimmerland"),
        ],
        ignore_index=True,
    )
    title = result_words.series_title(df, "Varighed", "weeks", "da")
    assert title == (
        "Varighed: Frederikshavn fra 61,3 uger (2017Q1) til 45,8 uger (2019Q1); "
        "Vesthimmerland fra 36 uger (2017Q1) til 40 uger (2019Q1)"
    )
    chosen = result_words.series_title(df, "Varighed", "weeks", "da", highlight="vhim")
    assert chosen == "Varighed, Vesthimmerland: fra 36 uger (2017Q1) til 40 uger (2019Q1)"


def test_two_periods_are_a_change_and_one_period_a_level():
    two = _quarters([61.3, 45.8], "frederikshavn", "Frederikshavn")
    assert result_series.kind(two) == "change"
    assert "fra 61,3 uger (2017Q1) til 45,8 uger (2018Q1)" in result_words.series_title(two, "Varighed", "weeks", "da")
    one = pd.concat([_quarters([4.1], "aalborg", "Aalborg"), _quarters([3.7], "rebild", "Rebild")])
    assert result_series.kind(one) == "level"
    assert (
        result_words.series_title(one.reset_index(drop=True), "Tilfredshed", "score", "en")
        == "Tilfredshed: highest in Aalborg (4.1), lowest in Rebild (3.7)"
    )


def test_a_page_opens_on_a_result_not_on_the_counts_behind_it():
    measures = pd.DataFrame(
        {
            "measure_id": ["samtale_dagpenge_observations_n", "rehab_weeks", "respondents_n"],
            "unit": ["count", "weeks", "count"],
            "municipalities": [9, 3, 9],
        }
    )
    assert result_series.default_measure(measures) == 1


def test_a_total_is_named_by_the_municipalities_it_covers():
    assert (
        result_words.scope_label("total", ["Aalborg", "Brønderslev", "Hjørring"], "da")
        == "I alt for Aalborg, Brønderslev og Hjørring"
    )
    assert result_words.scope_label("total", ["Aalborg", "Rebild"], "en") == "Total for Aalborg and Rebild"
    assert result_words.scope_label("network", [], "da") == "Hele netværket"
    assert result_words.scope_label("aalborg", None, "da") is None


def test_the_time_axis_marks_the_first_period_after_the_experiment_started():
    periods = ["2017Q1", "2017Q2", "2017Q3", "2018Q1"]
    assert result_series.start_period(periods, "2017-07-01") == "2017Q3"
    assert result_series.start_period(periods, "2016-01-01") is None  # no period before the start: nothing to mark
    assert result_series.start_period(["2017-06", "2018-06"], "2018-01-01") == "2018-06"
    assert result_series.start_period(periods, "") is None


def test_the_start_line_falls_between_the_last_period_before_and_the_first_after_with_its_date():
    df = pd.DataFrame(
        {
            "series_id": "s",
            "municipality_id": "frederikshavn",
            "municipality": "Frederikshavn",
            "respondent_group": "",
            "period": ["2017-06", "2018-06", "2019-06"],
            "value": [61.3, 62.0, 37.0],
            "source_line": [1, 2, 3],
            "period_start": "2017-07-01",
        }
    )
    fig = result_charts.chart(df, "Varighed", "weeks", "da")
    line = next(s for s in fig.layout.shapes if s.type == "line")
    assert line.x0 == line.x1 == 0.5  # between 2017-06 (before the rules applied) and 2018-06 (after)
    assert any(a.text == "forsøget starter 1. juli 2017" for a in fig.layout.annotations)


def test_every_chart_has_a_text_alternative_naming_its_largest_and_smallest_value():
    df = pd.concat(
        [
            _quarters([4.1], "aalborg", "Aalborg"),
            _quarters([3.7], "rebild", "Rebild"),
            _quarters([3.9], "morsoe", "Morsø"),
        ]
    ).reset_index(drop=True)
    text = charts.describe(result_charts.chart(df, "Tilfredshed", "pct", "da"), "da")
    assert text.startswith("Diagram: Tilfredshed: højest i Aalborg")
    assert "Største værdi: Aalborg (4,1); mindste: Rebild (3,7); 3 værdier i alt." in text
    lines = pd.concat([_quarters([30, 25, 20, 12], "jammerbugt", "Jammerbugt")])
    english = charts.describe(result_charts.chart(lines, "Activated", "count", "en"), "en")
    assert "Largest value: 2017Q1 (30); smallest: 2020Q1 (12); 4 values in all." in english


def _effects(values: list[float], notes: list[str], periods: list[str]) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "series_id": "e",
            "municipality_id": "total",
            "municipality": "I alt",
            "respondent_group": "",
            "period": periods,
            "value": values,
            "statistic": "effect",
            "note": notes,
            "source_line": range(len(values)),
        }
    )


def test_an_effect_estimate_is_a_dot_against_zero_filled_only_where_the_report_calls_it_significant():
    df = _effects([4.4, -3.6, 1.9], ["7-9 mdr.; signifikant", "negativ effekt", "ikke signifikant"], ["A", "B", "C"])
    assert result_series.kind(df) == "effect"
    fig = result_charts.chart(df, "Beskæftigelsesgrad", "pp", "da")
    drawn = {trace.name: (list(trace.x), trace.marker.symbol, trace.marker.color) for trace in fig.data}
    assert drawn == {
        "signifikant": ([4.4], "circle", charts.OTHERS),
        "signifikans ikke oplyst": ([-3.6], "circle-open", charts.MUTED),  # the report says neither: grey
        "ikke signifikant": ([1.9], "circle-open", charts.OTHERS),
    }
    low, high = fig.layout.xaxis.range
    assert low < -4.4 and high > 4.4 and fig.layout.xaxis.zeroline  # zero is on the axis, drawn, and centred


def test_the_significance_the_extractor_noted_is_read_as_the_report_said_it():
    assert result_series.stated_significance("Figur 0.12 (tekst): 1-3 mdr. efter opstart; ikke signifikant") == (
        "not_significant"
    )
    assert result_series.stated_significance("igen resultater, der ikke er statistisk signifikante") == (
        "not_significant"
    )
    assert result_series.stated_significance("Figur 0.14 (tekst): 7-9 mdr. efter opstart; signifikant") == (
        "significant"
    )
    assert result_series.stated_significance("negativ effekt (teksten skriver 'procent')") is None
    assert result_series.stated_significance(None) is None


def test_one_place_with_a_few_estimates_titles_each_value_with_its_period():
    df = _effects([-4.3, -3.6], ["", ""], ["2018H2", "2019H2"])
    title = result_words.series_title(df, "Beskæftigelsesgrad", "pp", "da")
    assert title == "Beskæftigelsesgrad, I alt: −4,3 procentpoint (2018H2) og −3,6 procentpoint (2019H2)"


def test_survey_means_use_the_whole_answer_scale_and_carry_their_n():
    df = pd.DataFrame(
        {
            "series_id": "q",
            "municipality_id": ["aalborg", "rebild", "total"],
            "municipality": ["Aalborg", "Rebild", "I alt"],
            "respondent_group": "",
            "period": "2019",
            "value": [4.6, 4.4, 4.5],
            "n": [120, 7, 127],
            "source_line": [1, 2, 3],
        }
    )
    fig = result_charts.chart(df, "Tilfreds", "score", "da")
    assert fig.layout.xaxis.range[0] <= 1 and fig.layout.xaxis.range[1] >= 5
    assert set(fig.data[0].y) == {"Aalborg (N 120)", "Rebild (N 7)"}


def test_the_target_group_a_series_counts_stands_under_the_title_in_the_readers_language():
    df = _quarters([61.3, 45.8], "frederikshavn", "Frederikshavn").assign(
        target_group="jobparate kontanthjælpsmodtagere"
    )
    assert result_charts.chart(df, "Varighed", "weeks", "da").layout.title.subtitle.text == (
        "Målgruppe: jobparate kontanthjælpsmodtagere"
    )
    english = result_charts.chart(df, "Duration", "weeks", "en").layout.title.subtitle.text
    assert english.startswith("Target group: ") and "kontanthjælp" not in english


def test_series_that_share_a_label_are_told_apart_in_the_picker():
    choices = pd.DataFrame(
        {
            "series_id": ["a", "b", "c", "d"],
            "label": ["Varighed", "Varighed", "Observationer", "Observationer"],
            "target_group": ["jobparate kontanthjælpsmodtagere", "sygedagpengemodtagere", None, None],
            "series_source": ["Bilag 4", "Bilag 4", "Bilag 14.a, Tabel 0-14", "Bilag 14.a, Figur 0.18"],
        }
    )
    assert result_words.choice_labels(choices, "da") == [
        "Varighed · jobparate kontanthjælpsmodtagere",
        "Varighed · sygedagpengemodtagere",
        "Observationer · Bilag 14.a, Tabel 0-14",
        "Observationer · Bilag 14.a, Figur 0.18",
    ]
    assert result_words.choice_labels(choices, "en")[2] == "Observationer · Annex 14.a, Table 0-14"
