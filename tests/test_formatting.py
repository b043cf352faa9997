"""Danish display formats: what a politician reads must look like Danish numbers."""

import datetime as dt

import pytest

from frikommune.text import formatting as f


@pytest.mark.parametrize(
    "value, decimals, expected",
    [
        (6406, None, "6.406"),
        (4.21, None, "4,21"),
        (1234567.891, 1, "1.234.567,9"),
        (0, None, "0"),
        (0.0004, None, "0,0004"),  # a small p-value keeps its digits instead of showing 0
        (-3.5, 1, "−3,5"),
    ],
)
def test_danish_numbers_use_dot_for_thousands_and_comma_for_decimals(value, decimals, expected):
    assert f.number(value, decimals) == expected


def test_english_numbers_use_comma_for_thousands_and_dot_for_decimals():
    assert f.number(6406.5, 1, "en") == "6,406.5"


@pytest.mark.parametrize(
    "value, expected",
    [
        (12_200_000, "12,2 mio. kr."),
        (1120, "1.120 kr."),
        (225_000, "225.000 kr."),
    ],
)
def test_money_in_danish(value, expected):
    assert f.dkk(value) == expected


def test_money_in_english():
    assert f.dkk(12_200_000, "en") == "DKK 12.2m"


def test_percent_has_a_space_before_the_sign_in_danish_only():
    assert f.percent(82) == "82 %"
    assert f.percent(82, lang="en") == "82%"


@pytest.mark.parametrize("p, expected", [(0.0123, "p = 0,01"), (0.0004, "p < 0,001"), (0.004, "p = 0,004")])
def test_p_values(p, expected):
    assert f.p_value(p) == expected


def test_dates_in_danish_and_english():
    assert f.date(dt.date(2018, 7, 1)) == "1. juli 2018"
    assert f.date(dt.date(2018, 7, 1), "en") == "1 July 2018"


def test_missing_values_show_a_dash_not_zero():
    assert f.number(None) == "–"
    assert f.number(float("nan")) == "–"


def test_values_carry_their_unit():
    assert f.value_with_unit(4.5, "weeks") == "4,5 uger"
    assert f.value_with_unit(4.5, "weeks", "en") == "4.5 weeks"
    assert f.value_with_unit(87, "pct") == "87 %"


def test_plotly_separators_put_the_decimal_mark_first():
    assert f.plotly_separators("da") == ",."
    assert f.plotly_separators("en") == ".,"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Exemptions from LÆ285", "exemptions from LÆ285"),
        ("I alt for Aalborg, Brønderslev og Hjørring", "i alt for Aalborg, Brønderslev og Hjørring"),
        ("LÆ265 exemptions", "LÆ265 exemptions"),  # an acronym keeps its capitals
        ("", ""),
    ],
)
def test_lower_first_lowers_only_the_first_letter_and_never_an_acronym(text, expected):
    assert f.lower_first(text) == expected
