"""result_series on the fixture (tests/fixture_data.py): period order, the experiment's start, the chart form,
and which measure and series a page opens on."""

from __future__ import annotations

import pandas as pd
import pytest

from frikommune.domain import experiment_catalogue, result_series
from tests.fixture_data import DUR_BEFORE_AFTER, DUR_OBS, DUR_QUARTERS, SAMTALER


@pytest.fixture(scope="module")
def durations(db):
    return result_series.figures(db, "dur_weeks", SAMTALER)


@pytest.fixture(scope="module")
def quarters(durations):
    return durations[durations["series_id"] == DUR_QUARTERS]


@pytest.fixture(scope="module")
def before_after(durations):
    return durations[durations["series_id"] == DUR_BEFORE_AFTER]


def test_ordered_periods_sorts_dates_in_time_order_whatever_the_printed_order(quarters):
    aalborg = quarters[quarters["municipality_id"] == "aalborg"]  # printed Q3, Q4, Q1, Q2
    assert result_series.ordered_periods(aalborg) == ["2017Q1", "2017Q2", "2017Q3", "2017Q4"]


def test_ordered_periods_lists_each_period_once(quarters):
    assert result_series.ordered_periods(quarters) == ["2017Q1", "2017Q2", "2017Q3", "2017Q4"]


def test_ordered_periods_keeps_the_printed_order_of_periods_that_are_not_dates(before_after):
    assert result_series.ordered_periods(before_after) == ["før", "efter"]  # not alphabetical


def test_period_start_date_of_quarter_half_month_and_year():
    assert [result_series.period_start_date(p) for p in ("2017Q3", "2017H2", "2017-06", "2017")] == [
        "2017-07-01",
        "2017-07-01",
        "2017-06-01",
        "2017-01-01",
    ]


def test_period_start_date_of_a_period_that_is_no_date_is_none():
    assert result_series.period_start_date("før") is None


def test_start_period_is_the_first_period_from_the_experiments_start(quarters):
    periods = result_series.ordered_periods(quarters)
    assert result_series.start_period(periods, quarters["period_start"].iloc[0]) == "2017Q3"  # start 2017-07-01


def test_start_period_is_none_when_the_series_has_no_period_before_the_start(quarters):
    assert result_series.start_period(["2017Q3", "2017Q4"], "2017-07-01") is None


def test_start_period_is_none_when_every_period_is_before_the_start():
    assert result_series.start_period(["2017Q1", "2017Q2"], "2017-07-01") is None


def test_start_period_is_none_without_a_start_date():
    assert result_series.start_period(["2017Q1", "2017Q3"], "") is None
    assert result_series.start_period(["2017Q1", "2017Q3"], None) is None


def test_kind_of_more_than_two_dated_periods_is_time(quarters):
    assert result_series.kind(quarters) == "time"


def test_kind_of_two_periods_is_change(before_after):
    assert result_series.kind(before_after) == "change"


def test_kind_of_one_period_is_level(db):
    obs = result_series.figures(db, "dur_obs_n", SAMTALER)
    assert result_series.kind(obs) == "level"


def test_categories_are_the_municipalities_when_there_is_one_group(quarters):
    assert sorted(set(result_series.categories(quarters))) == ["Aalborg", "Frederikshavn/Læsø"]


def test_categories_add_the_group_where_groups_differ(quarters):
    grouped = quarters.assign(respondent_group=["borger"] * 4 + [""] * 4)
    assert sorted(set(result_series.categories(grouped))) == ["Aalborg · borger", "Frederikshavn/Læsø · –"]


def test_too_many_categories_is_false_for_two_municipalities(quarters):
    assert not result_series.too_many_categories(quarters)


def test_too_many_categories_is_false_at_fifteen(quarters):
    aalborg = quarters[quarters["municipality_id"] == "aalborg"].iloc[[0]]
    fifteen = pd.concat([aalborg.assign(respondent_group=f"g{i}") for i in range(15)])
    assert not result_series.too_many_categories(fifteen)


def test_too_many_categories_is_true_above_fifteen(quarters):
    aalborg = quarters[quarters["municipality_id"] == "aalborg"].iloc[[0]]
    sixteen = pd.concat([aalborg.assign(respondent_group=f"g{i}") for i in range(16)])
    assert result_series.too_many_categories(sixteen)


def test_series_choices_put_the_series_with_most_municipalities_first(durations):
    choices = result_series.series_choices(durations, "da")
    assert list(choices["series_id"]) == [DUR_QUARTERS, DUR_BEFORE_AFTER]
    assert list(choices["label"]) == ["Varighed pr. kvartal", "Før og efter"]


def test_default_measure_prefers_a_result_in_weeks_to_the_observation_counts_behind_it():
    measures = pd.DataFrame(
        {"measure_id": ["dur_obs_n", "dur_weeks"], "unit": ["count", "weeks"], "municipalities": [3, 2]}
    )
    assert result_series.default_measure(measures) == 1


def test_default_measure_never_opens_on_counts_behind_an_analysis_even_in_weeks():
    measures = pd.DataFrame(
        {"measure_id": ["respondents_weeks", "citizens_n"], "unit": ["weeks", "count"], "municipalities": [5, 1]}
    )
    assert result_series.default_measure(measures) == 1


def test_default_measure_orders_units_weeks_points_shares_money():
    measures = pd.DataFrame(
        {"measure_id": ["a", "b", "c", "d"], "unit": ["dkk", "pct", "pp", "weeks"], "municipalities": [1, 1, 1, 1]}
    )
    assert result_series.default_measure(measures) == 3


def test_default_measure_breaks_a_tie_of_units_by_most_municipalities():
    measures = pd.DataFrame({"measure_id": ["a", "b"], "unit": ["pct", "pct"], "municipalities": [2, 4]})
    assert result_series.default_measure(measures) == 1


def test_headline_series_of_an_experiment_is_its_result_series_with_most_municipalities(db):
    facts = experiment_catalogue.experiment_facts(db, SAMTALER)
    headline = result_series.headline_series(facts, "da")
    assert set(headline["series_id"]) == {DUR_QUARTERS}
    assert len(headline) == 8


def test_headline_series_skips_a_series_of_one_figure_when_a_drawable_one_exists(db):
    facts = experiment_catalogue.experiment_facts(db, SAMTALER)
    one_weeks_figure = facts[(facts["series_id"] == DUR_BEFORE_AFTER) & (facts["period"] == "før")]
    obs = facts[facts["series_id"] == DUR_OBS]
    # The weeks figure alone cannot be drawn; the observation counts (three figures) can.
    assert set(result_series.headline_series(pd.concat([one_weeks_figure, obs]), "da")["series_id"]) == {DUR_OBS}


def test_issues_for_a_series_are_the_source_issues_naming_it(db):
    assert list(result_series.issues_for(db, (DUR_QUARTERS,))["issue_id"]) == ["durations-q3-dip"]
    assert result_series.issues_for(db, (DUR_OBS,)).empty


def test_experiments_with_a_family_are_those_with_its_figures(db):
    assert list(result_series.experiments_with(db, ("duration",))["experiment_id"]) == [SAMTALER]


def test_measures_with_a_family_carry_higher_is_better_as_a_boolean_or_none(db):
    measures = result_series.measures_with(db, ("duration",), SAMTALER).set_index("measure_id")
    assert measures["higher_is_better"].dtype == "boolean"
    assert measures.loc["dur_weeks", "higher_is_better"] == False  # noqa: E712 (a pandas boolean, not the string)
    assert pd.isna(measures.loc["dur_obs_n", "higher_is_better"])
