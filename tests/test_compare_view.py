"""Sammenlign's report section: the means follow the chosen peers, name municipalities and mark the chosen one."""

from __future__ import annotations

import pytest

from frikommune.app import compare_view


@pytest.fixture(scope="module")
def question(db):
    """The report question with means for the most municipalities."""
    questions = compare_view.report_questions(db, "en")
    return max(questions, key=lambda q: len(compare_view.report_means(db, q, "aalborg", (), "en").table))


def test_every_question_label_is_in_the_readers_language(db):
    labels = compare_view.report_questions(db, "en").values()
    assert labels and not any("medarbejder" in label or "borger)" in label for label in labels)


def test_without_peers_every_municipality_with_a_mean_is_shown_and_the_chosen_one_marked(db, question):
    found = compare_view.report_means(db, question, "aalborg", (), "en")
    assert len(found.table) >= 3 and sum(found.highlight) == 1
    assert found.table["municipality"].iloc[found.highlight.index(True)] == "Aalborg"


def test_peers_narrow_the_table_to_them_and_the_chosen_municipality(db, question):
    everyone = compare_view.report_means(db, question, "aalborg", (), "en").table["municipality"].tolist()
    peer = next(name for name in everyone if name != "Aalborg")
    ids = {v: k for k, v in compare_view.unit_names(db).items()}
    found = compare_view.report_means(db, question, "aalborg", (ids[peer],), "en")
    assert set(found.table["municipality"]) <= {"Aalborg", peer}
    assert found.figure is not None and "Aalborg" in found.title
