"""Every chart the result pages can draw, from the real curated data: one series, a true title, few categories.

The pages draw, for each experiment × measure × series (× group where a series has too many categories), the
chart ``result_charts.chart`` builds; this walks all of them, as a reader clicking through every picker would.
"""

from __future__ import annotations

import re

import pytest

from frikommune.app import charts, result_charts
from frikommune.data.db import Database
from frikommune.domain import result_series
from frikommune.text import formatting, result_words

FAMILIES = (("uptake",), ("duration", "effect"), ("satisfaction", "response"))
NUMBER = re.compile(r"-?\d[\d.]*(?:,\d+)?")
# One line's movement in a title: after ', ' or ': ' (the label's end) or '; ' (the line before), its place, then
# 'fra <value> (<period>) til <value> (<period>)' or its English words.
MOVES = re.compile(r"(?:^, |^: |; )([^;]+?):? (?:fra|from) (.+?) \(([^()]+)\) (?:til|to) (.+?) \(([^()]+)\)")


@pytest.fixture(scope="module")
def database(tmp_path_factory) -> Database:
    return Database(data_root=str(tmp_path_factory.mktemp("root")))


def every_chart(database: Database, lang: str):
    """(series figures, label, unit) for every chart a page can draw."""
    for families in FAMILIES:
        for experiment in result_series.experiments_with(database, families)["experiment_id"]:
            measures = result_series.measures_with(database, families, experiment)
            for measure, unit in zip(measures["measure_id"], measures["unit"]):
                df = result_words.in_language(result_series.figures(database, measure, experiment), lang)
                for series, label in result_series.series_choices(df, lang)[["series_id", "label"]].itertuples(
                    index=False
                ):
                    shown = df[df["series_id"] == series]
                    if result_series.too_many_categories(shown):
                        for _, part in shown.groupby("respondent_group"):
                            yield part, label, unit
                    else:
                        yield shown, label, unit


@pytest.mark.parametrize("lang", ["da", "en"])
def test_every_title_states_only_values_of_the_series_it_draws(database, lang):
    checked = moves = 0
    for df, label, unit in every_chart(database, lang):
        title = result_words.series_title(df, label, unit, lang)
        if checked < 25:  # the chart carries exactly this title (wrapped onto lines)
            assert result_charts.chart(df, label, unit, lang).layout.title.text.replace("<br>", " ") == title
        printed = {formatting.value_with_unit(v, unit, lang) for v in df["value"]}
        after_label = title[len(label) :]
        for match in re.finditer(r"\(([^()]*)\)", after_label):  # values stand in parentheses after their place
            inside = match.group(1)
            if NUMBER.fullmatch(inside.split(" ")[0]) and not re.fullmatch(r"\d{4}.*", inside):
                assert inside in printed, (title, inside)
        # 'fra … til …' compares one line of this series with itself: ', Place: fra …' for the chosen line or the
        # total, ': Place fra …; Other fra …' for every line when neither is drawn.
        for place, first, first_period, last, last_period in MOVES.findall(after_label):
            line = df[result_series.categories(df) == place]
            assert not line.empty, (title, place)
            by_period = dict(zip(line["period"], line["value"]))
            assert formatting.value_with_unit(by_period[first_period], unit, lang) == first, title
            assert formatting.value_with_unit(by_period[last_period], unit, lang) == last, title
            moves += 1
        checked += 1
    assert checked > 300 and moves > 100


@pytest.mark.parametrize("lang", ["da", "en"])
def test_no_title_breaks_a_line_between_a_value_and_its_unit(database, lang):
    kept = 0
    for df, label, unit in every_chart(database, lang):
        title = result_words.series_title(df, label, unit, lang)
        lines = charts.wrap(title).split("<br>")
        for value in {formatting.value_with_unit(v, unit, lang) for v in df["value"]}:
            if " " not in value:
                continue
            whole = re.compile(rf"(?<![\d.,]){re.escape(value)}")
            in_title = len(whole.findall(title))
            assert sum(len(whole.findall(line)) for line in lines) == in_title, (value, lines)  # '36,2 / uger'
            kept += in_title
    assert kept > 50  # values with a unit after a space: about 240 in Danish, 80 in English


def test_every_chart_shows_one_series_in_at_most_fifteen_categories(database):
    for df, label, _ in every_chart(database, "da"):
        assert df["series_id"].nunique() == 1
        assert result_series.categories(df).nunique() <= result_series.MAX_CATEGORIES, label
        assert len(label) <= 40


@pytest.mark.parametrize("lang", ["da", "en"])
def test_every_series_picker_names_each_series_differently(database, lang):
    pickers = 0
    for families in FAMILIES:
        for experiment in result_series.experiments_with(database, families)["experiment_id"]:
            for measure in result_series.measures_with(database, families, experiment)["measure_id"]:
                df = result_words.in_language(result_series.figures(database, measure, experiment), lang)
                texts = result_words.choice_labels(result_series.series_choices(df, lang), lang)
                assert len(set(texts)) == len(texts), (experiment, measure, texts)
                pickers += 1
    assert pickers > 50
