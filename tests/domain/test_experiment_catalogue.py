"""experiment_catalogue on the fixture (tests/fixture_data.py): combined units, who took part, the matrix."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from frikommune.domain import experiment_catalogue
from tests.fixture_data import ATTESTER, REHAB, SAMTALER


@pytest.fixture(scope="module")
def units(db):
    return experiment_catalogue.units(db)


@pytest.fixture(scope="module")
def grid(db):
    return experiment_catalogue.participation_grid(db)


@pytest.fixture(scope="module")
def matrix(db, grid):
    return experiment_catalogue.participation_matrix(grid, experiment_catalogue.experiments(db)).set_index("title_da")


def test_units_are_the_municipalities_then_the_combined_unit_without_network_or_total(units):
    assert list(units["municipality_id"]) == ["aalborg", "frederikshavn", "laesoe", "frederikshavn-laesoe"]


def test_unit_ids_expand_frederikshavn_to_the_combined_unit(units):
    assert experiment_catalogue.unit_ids(units, "frederikshavn") == ["frederikshavn", "frederikshavn-laesoe"]


def test_unit_ids_expand_laesoe_to_the_combined_unit(units):
    assert experiment_catalogue.unit_ids(units, "laesoe") == ["laesoe", "frederikshavn-laesoe"]


def test_unit_ids_of_a_municipality_in_no_combined_unit_is_itself(units):
    assert experiment_catalogue.unit_ids(units, "aalborg") == ["aalborg"]


def test_unit_ids_of_the_combined_unit_is_itself(units):
    assert experiment_catalogue.unit_ids(units, "frederikshavn-laesoe") == ["frederikshavn-laesoe"]


def test_participation_flags_are_booleans_with_none_where_the_sources_do_not_say(grid):
    row = grid.set_index(["experiment_id", "municipality_id"]).loc[(ATTESTER, "frederikshavn")]
    assert isinstance(row["applied"], bool | np.bool_) and row["applied"]
    assert pd.isna(row["took_part"])
    refused = grid.set_index(["experiment_id", "municipality_id"]).loc[(REHAB, "laesoe")]
    assert not refused["approved"] and not pd.isna(refused["approved"])


def test_took_part_keeps_only_rows_the_sources_say_took_part(grid):
    kept = experiment_catalogue.took_part(grid)
    assert sorted(zip(kept["experiment_id"], kept["municipality_id"])) == [
        (SAMTALER, "aalborg"),
        (SAMTALER, "frederikshavn-laesoe"),
        (ATTESTER, "aalborg"),
    ]


def test_took_part_treats_not_stated_as_not_taking_part(grid):
    kept = experiment_catalogue.took_part(grid)
    assert (ATTESTER, "frederikshavn") not in set(zip(kept["experiment_id"], kept["municipality_id"]))


def test_is_true_is_false_for_false_and_missing():
    flags = pd.Series([True, False, None], dtype="boolean")
    assert list(experiment_catalogue.is_true(flags)) == [True, False, False]


def test_participation_matrix_has_one_row_per_experiment_in_catalogue_order(matrix):
    assert list(matrix.index) == [
        "Færre formkrav til samtaler",
        "Rehabiliteringsteams",
        "Lægeattester i sygedagpengesager",
    ]


def test_participation_matrix_has_one_column_per_named_unit_after_title_status_and_extension(db, grid):
    matrix = experiment_catalogue.participation_matrix(grid, experiment_catalogue.experiments(db))
    assert list(matrix.columns) == [
        "title_da",
        "status",
        "extended_until",
        "Aalborg",
        "Frederikshavn",
        "Frederikshavn/Læsø",
        "Læsø",
    ]


def test_participation_matrix_marks_taking_part_with_a_full_dot(matrix):
    assert matrix.loc["Færre formkrav til samtaler", "Aalborg"] == "●"
    assert matrix.loc["Færre formkrav til samtaler", "Frederikshavn/Læsø"] == "●"


def test_participation_matrix_marks_approved_without_taking_part_with_a_ring(matrix):
    assert matrix.loc["Lægeattester i sygedagpengesager", "Frederikshavn"] == "○"


def test_participation_matrix_marks_applied_but_refused_with_a_ring(matrix):
    assert matrix.loc["Rehabiliteringsteams", "Læsø"] == "○"


def test_participation_matrix_leaves_blank_a_unit_named_without_any_flag(matrix):
    assert matrix.loc["Rehabiliteringsteams", "Aalborg"] == ""


def test_participation_matrix_leaves_blank_a_unit_not_named(matrix):
    assert matrix.loc["Færre formkrav til samtaler", "Frederikshavn"] == ""


def test_participation_matrix_titles_follow_the_language(db, grid):
    matrix = experiment_catalogue.participation_matrix(grid, experiment_catalogue.experiments(db), lang="en")
    assert matrix["title_en"].iloc[0] == "Færre formkrav til samtaler (en)"


def test_municipality_participation_includes_the_combined_units_experiments(db):
    named = experiment_catalogue.municipality_participation(db, "laesoe")
    assert sorted(named["experiment_id"]) == [SAMTALER, REHAB]


def test_experiment_counts_count_a_combined_units_participation_for_both_members(db):
    counts = experiment_catalogue.experiment_counts(db).set_index("municipality_id")["experiments"]
    assert counts.to_dict() == {"aalborg": 2, "frederikshavn": 1, "laesoe": 1}


def test_experiment_source_issues_are_those_touching_its_facts(db):
    assert list(experiment_catalogue.experiment_source_issues(db, SAMTALER)["issue_id"]) == ["durations-q3-dip"]
    assert experiment_catalogue.experiment_source_issues(db, ATTESTER).empty


def test_catalogue_flags_are_booleans_not_strings(db):
    catalogue = experiment_catalogue.experiments(db)
    assert list(catalogue["counted_as_active"]) == [True, True, False]
