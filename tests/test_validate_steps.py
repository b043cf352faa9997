"""The named steps of ``validate_grid``, one behaviour a test, on grids built in code."""

from __future__ import annotations

import importlib

import pandas as pd

from frikommune.ingest import guard
from frikommune.ingest.validate import IssueList

# The module itself: `frikommune.ingest.validate` as an attribute is the package's validate() function.
steps = importlib.import_module("frikommune.ingest.validate")


def _codes(issues: IssueList) -> list[str]:
    return [i.code for i in issues.items]


def test_a_header_longer_than_the_limit_is_reported():
    issues = IssueList()
    assert steps._header_too_long(["kommune", "x" * (guard.MAX_HEADER_CHARS + 1)], issues)
    assert _codes(issues) == ["header_too_long"]


def test_headers_within_the_limit_pass():
    issues = IssueList()
    assert not steps._header_too_long(["kommune", "forsøg"], issues)
    assert _codes(issues) == []


def test_rows_without_any_value_are_not_data():
    body = pd.DataFrame([["Aalborg", "1"], [None, ""], ["Rebild", "2"]], index=[2, 3, 4], dtype=object)
    rows, keep = steps._data_rows_and_named_columns(body, ["kommune", "spm"], set(), IssueList())
    assert rows.index.tolist() == [2, 4]
    assert keep == [0, 1]


def test_an_unnamed_column_with_values_is_reported_and_dropped():
    body = pd.DataFrame([["Aalborg", "x"]], index=[2], dtype=object)
    issues = IssueList()
    _, keep = steps._data_rows_and_named_columns(body, ["kommune", "(B)"], {1}, issues)
    assert keep == [0]
    assert _codes(issues) == ["unnamed_column"]


def test_a_column_name_used_twice_is_reported():
    body = pd.DataFrame([["1", "2"]], index=[2], dtype=object)
    issues = IssueList()
    steps._data_rows_and_named_columns(body, ["spm", "spm"], set(), issues)
    assert _codes(issues) == ["duplicate_column"]


def test_a_question_name_or_answer_column_makes_the_upload_long_form():
    assert steps._is_long_form({"question_name": ["spørgsmål"]})
    assert steps._is_long_form({"answer": ["svar"]})
    assert not steps._is_long_form({"question": ["Q1", "Q2"]})


def test_the_roles_check_asks_for_a_date_or_a_wave():
    mapping = {"kommune": "municipality", "forsøg": "experiment", "gruppe": "respondent_group", "Q1": "question"}
    issues = IssueList()
    by_role = steps._check_roles(mapping, list(mapping), issues)
    assert by_role["question"] == ["Q1"]
    assert _codes(issues) == ["missing_column"]
    assert "date or wave" in issues.items[0].message_en


def test_the_wave_is_the_year_of_the_date_where_no_wave_column_is_given():
    body = pd.DataFrame([["2019-03-15"], ["2020-01-02"]], index=[2, 3], dtype=object)
    grid = steps._Grid(body, {"dato": 0}, {"date": ["dato"]}, IssueList())
    dates, status = steps._check_dates(grid)
    wave = steps._wave_per_row(grid, dates, status)
    assert [wave.values[c] for c in wave.codes] == ["2019", "2020"]
