"""Every page renders in both languages with real figures and their sources (AppTest, no browser)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from frikommune.text import formatting
from tests.pages.conftest import texts

CURATED = Path(__file__).resolve().parents[2] / "data" / "curated"
PAGES = [
    "overview",
    "experiments",
    "municipalities",
    "uptake",
    "durations",
    "savings",
    "satisfaction",
    "compare",
    "sources",
    "upload",
    "aendringer",
]


def curated(table: str) -> list[dict[str, str]]:
    with (CURATED / f"{table}.csv").open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


@pytest.mark.parametrize("lang", ["Dansk", "English"])
@pytest.mark.parametrize("page", PAGES)
def test_every_page_renders_without_an_error_in_both_languages(app, page, lang):
    at = app(f"pages/{page}.py", lang=lang)
    assert at.title, page  # every page states what it is


def test_the_language_toggle_switches_the_overview_to_english(app):
    # Bound widgets keep their shown label in the URL: ?lang=English
    assert app().title[0].value == "Frikommuneforsøg II i Nordjylland"
    assert app(lang="English").title[0].value == "Free-municipality experiments II in North Jutland"


def test_the_overview_shows_the_headline_figures_of_the_web_page_with_their_source(app):
    at = app()
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Antal aktive forsøg"] == "17"
    assert "12,2 mio. kr." in metrics.values()
    assert "000_71766aee2a796972.txt" in texts(at)  # the source is named under the figures


def test_the_savings_page_default_total_equals_the_curated_total(app):
    total = next(float(f["value"]) for f in curated("facts") if f["measure_id"] == "cert_saving_total_dkk")
    at = app("pages/savings.py")
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Samlet besparelse pr. medio 2020"] == formatting.dkk(total)
    # The what-if calculator's defaults reproduce the report's total at the report's precision.
    assert metrics["Beregnet samlet besparelse"] == formatting.dkk(total)
    assert "giver beregningen rapportens samlede besparelse" in texts(at)


def test_the_what_if_calculator_reacts_to_the_share_of_certificates_avoided(app):
    at = app("pages/savings.py")
    at.slider(key="andel").set_value(50).run()
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Beregnet samlet besparelse"] == "6,1 mio. kr."  # half of 12,19 mio. computed


def test_a_municipality_profile_lists_exactly_its_experiments_from_the_participation_table(app):
    experiments = {r["experiment_id"]: r["title_da"] for r in curated("experiments")}
    expected = {
        experiments[r["experiment_id"]]
        for r in curated("participation")
        if r["municipality_id"] == "rebild" and r["took_part"] == "true"
    }
    at = app("pages/municipalities.py", kommune="Rebild")
    assert at.selectbox(key="kommune").value == "rebild"  # the URL chose the municipality
    listed = {
        line.removeprefix("- ").split(" — ")[0]
        for m in at.markdown
        for line in m.value.splitlines()
        if line.startswith("- ")
    }
    assert expected and expected <= listed
    other = {experiments[r["experiment_id"]] for r in curated("participation") if r["took_part"] == "true"} - expected
    assert not (other & listed)


def title_of(experiment_id: str) -> str:
    return next(r["title_da"] for r in curated("experiments") if r["experiment_id"] == experiment_id)


def test_the_url_reopens_the_same_experiment_profile(app):
    at = app("pages/experiments.py", forsog=title_of("r1-05-forholdstalskrav"))
    assert at.selectbox(key="forsog").value == "r1-05-forholdstalskrav"
    assert at.header[0].value == title_of("r1-05-forholdstalskrav")


def test_the_sources_page_finds_every_fact_with_a_search_word(app):
    at = app("pages/sources.py", q="LÆ265")
    expected = sum("LÆ265" in " ".join(f.values()) for f in curated("facts"))
    assert f"{expected} tal fundet" in texts(at)


def test_an_experiment_without_results_says_so_instead_of_drawing_an_empty_chart(app):
    at = app("pages/experiments.py", forsog=title_of("r3-04-sanktionering"))  # rejected in round 3: no results
    assert "Rapporten har ingen talresultater for dette forsøg." in texts(at)
