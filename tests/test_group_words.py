"""Every target and respondent group in the report has an English name."""

import re

import pandas as pd
import pytest

from frikommune.data.config import curated_dir
from frikommune.text.group_words import ENGLISH, group_name, period_name

FACTS = pd.read_csv(curated_dir() / "facts.csv", dtype=str)
WORDED_PERIODS = sorted(
    p
    for p in FACTS["period"].dropna().unique()
    if re.search("[a-zæøå]", p) and not re.fullmatch(r"\d{4}(Q\d|H\d)?-\d{4}(Q\d|H\d)?", p)
)
GROUPS = sorted(pd.read_csv(curated_dir() / "facts.csv", dtype=str)["respondent_group"].dropna().unique())


def test_the_report_has_groups():
    assert len(GROUPS) > 40


@pytest.mark.parametrize("group", GROUPS)
def test_every_group_has_an_english_name_without_danish_letters(group):
    assert group in ENGLISH, f"add an English name for {group!r} to frikommune/text/group_words.py"
    assert not set("æøåÆØÅ") & set(group_name(group, "en").replace("LÆ", ""))


def test_danish_mode_keeps_the_reports_words():
    assert group_name("sygedagpengemodtagere", "da") == "sygedagpengemodtagere"
    assert group_name("sygedagpengemodtagere", "en") == "sickness-benefit recipients"


def test_no_group_and_an_unknown_group_are_shown_as_they_are():
    assert group_name(None, "en") == "" and group_name(float("nan"), "en") == ""
    assert group_name("ukendt gruppe", "en") == "ukendt gruppe"


@pytest.mark.parametrize("period", WORDED_PERIODS)
def test_every_worded_period_has_an_english_name(period):
    assert period_name(period, "en") != period and not set("æøå") & set(period_name(period, "en"))


def test_dated_periods_stay_as_they_are():
    assert period_name("2019Q2", "en") == "2019Q2" and period_name("2017H2-2019H2", "en") == "2017H2-2019H2"
