"""Forsøg's sections as the page draws them: every label in the reader's language, no code, quotes handled."""

from __future__ import annotations

import pandas as pd
import pytest

from frikommune.app import experiment_view
from frikommune.data.config import curated_dir
from frikommune.domain import experiment_catalogue

CATALOGUE = pd.read_csv(curated_dir() / "experiments.csv", dtype=str)


@pytest.mark.parametrize("lang", ["da", "en"])
def test_a_profile_says_its_status_in_words_never_as_a_code(db, lang):
    for experiment, status in zip(CATALOGUE["experiment_id"], CATALOGUE["status"]):
        about = experiment_view.profile(db, experiment, lang).about
        status_line = next(line for line in about.splitlines() if line.startswith("**Status"))
        assert "_" not in status_line, status_line  # not_approved, partially_approved, not_started
        if lang == "da":
            assert status not in status_line, status_line
        assert "nan" not in about and "None" not in about


def test_in_english_the_legal_basis_is_english(db):
    with_basis = CATALOGUE.dropna(subset=["legal_basis"])["experiment_id"]
    for experiment in with_basis:
        rules = experiment_view.profile(db, experiment, "en").rules
        assert "Hjemles" not in rules and "Søges" not in rules, rules


def test_who_took_part_lists_the_municipalities_the_grid_marks(db):
    grid = experiment_catalogue.participation_grid(db)
    took_part = experiment_catalogue.took_part(grid[grid["experiment_id"] == "r2-01-rehabiliteringsteams"])
    text = experiment_view.profile(db, "r2-01-rehabiliteringsteams", "da").participants
    assert len(took_part) >= 3 and all(name in text for name in took_part["municipality"])


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_profile_element_holds_the_facts_then_the_source_then_who_took_part(db, lang):
    profile = experiment_view.profile(db, "r2-01-rehabiliteringsteams", lang)
    body = profile.html.split("</style>", 1)[1]
    source = {"da": "Kilde:", "en": "Source:"}[lang]
    theme, rules = profile.about.split(":**")[0][2:], profile.rules.split(":**")[0][2:]
    took_part = profile.participants.split(":**")[0][2:]
    assert body.index(theme) < body.index(rules) < body.index(source) < body.index(took_part)
    assert "**" not in body  # rendered, not shown as markdown


def test_results_come_in_sections_whose_charts_show_at_most_15_categories(db):
    found = experiment_view.results(db, "r1-04-formkrav-samtaler", "en")
    assert found.sections
    for section in found.sections:
        assert section.table["value"].notna().all()
        if section.figure is not None:
            for trace in section.figure.data:
                assert len(set(trace.y if trace.orientation == "h" else trace.x)) <= 15


def test_lost_figures_are_quoted_in_danish_and_a_hover_marker_in_english(db):
    lost = pd.read_csv(curated_dir() / "lost_figures.csv", dtype=str)
    experiment = lost["experiment_id"].dropna().iloc[0]
    danish = experiment_view.results(db, experiment, "da").lost
    english = experiment_view.results(db, experiment, "en").lost
    assert danish and len(english) == 1
    assert all(line.startswith("»") for line in danish)
    assert english[0].startswith(f"{len(danish)} figures survive only as their captions")
    assert english[0].count("<abbr title=") == len(danish) and "»" not in english[0]


def test_the_lost_figures_are_counted_alike_in_both_languages(db):
    # Their section's label carries the count: in English the one summary line must not count as one figure.
    lost = pd.read_csv(curated_dir() / "lost_figures.csv", dtype=str)
    experiment = lost["experiment_id"].dropna().iloc[0]
    expected = int((lost["experiment_id"] == experiment).sum())
    assert experiment_view.results(db, experiment, "da").lost_count == expected
    assert experiment_view.results(db, experiment, "en").lost_count == expected
