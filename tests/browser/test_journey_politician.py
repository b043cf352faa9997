"""A KKR politician: reads the overview in Danish, tries English, opens a theme's experiment, prints a municipality."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from tests.browser.helpers import (
    ARTIFACTS,
    MAIN,
    assert_no_error_box,
    choose_language,
    fresh_page,
    go_to,
    main_text,
    open_page,
    query,
    rerun_after,
    screenshot,
    select_option,
)

pytestmark = pytest.mark.browser

CURATED = Path(__file__).resolve().parents[2] / "data" / "curated"


def curated(table: str) -> list[dict[str, str]]:
    with (CURATED / f"{table}.csv").open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def squeeze(text: str) -> str:
    """Text without any whitespace: a PDF wraps long words and table cells anywhere."""
    return re.sub(r"\s+", "", text)


def test_politician_reads_the_overview_in_both_languages_and_opens_an_experiment_of_a_theme(app_server, browser):
    with fresh_page(browser) as page:
        open_page(page, app_server.url)
        assert page.locator("h1").first.inner_text() == "Frikommuneforsøg II i Nordjylland"
        assert page.evaluate("document.documentElement.lang") == "da"
        text = main_text(page)
        assert "Nøgletal" in text and "12,2 mio. kr." in text and "Antal aktive forsøg" in text
        assert "Kilde:" in text  # every figure block names its source
        screenshot(page, "politician-01-overview-da")

        choose_language(page, "English")
        assert query(page).get("lang") == ["English"]
        assert page.locator("h1").first.inner_text() == "Free-municipality experiments II in North Jutland"
        assert page.evaluate("document.documentElement.lang") == "en"
        text = main_text(page)
        assert "Key figures" in text and "DKK 12.2m" in text and "Number of active experiments" in text, text[:600]
        screenshot(page, "politician-02-overview-en")

        choose_language(page, "Dansk")
        assert page.locator("h1").first.inner_text() == "Frikommuneforsøg II i Nordjylland"
        assert page.evaluate("document.documentElement.lang") == "da"

        # A theme on the overview lists its experiments; the politician opens one of them.
        themes = curated("themes")
        experiments = {e["experiment_id"]: e for e in curated("experiments")}
        theme = page.locator('[data-testid="stExpander"]').filter(has_text=themes[0]["title_da"])
        listed = theme.locator("li").all_inner_texts()
        assert listed, "the theme lists no experiments"
        title = listed[-1].split(" — ")[0]  # not the first: Forsøg opens on that one already
        assert title in {e["title_da"] for e in experiments.values()}

        go_to(page, "Forsøg")
        select_option(page, "Forsøg", title)
        assert page.locator("h2").filter(has_text=title).count() == 1
        assert query(page).get("forsog") == [title]
        text = main_text(page)
        assert "Regler der fritages fra" in text and "Deltagende kommuner" in text and "Kilde:" in text
        screenshot(page, "politician-03-experiment-profile")


def test_politician_prints_the_municipality_profile_to_a_pdf_with_filters_sources_and_figures(app_server, browser):
    pypdf = pytest.importorskip("pypdf", reason="pypdf is in requirements-test.txt")
    with fresh_page(browser) as page:
        open_page(page, app_server.url)
        go_to(page, "Kommuner")
        select_option(page, "Kommune", "Rebild")
        assert query(page).get("kommune") == ["Rebild"]
        rerun_after(
            page,
            page.locator('[data-testid="stSidebar"] [data-testid="stCheckbox"]')
            .filter(has_text="Udskriftsvenlig visning")
            .locator("label")
            .click,
        )
        page.wait_for_url(re.compile(r"print=true"))
        assert_no_error_box(page)
        # The print view shows static tables with every section open: no scrolling grid hides a row.
        assert page.locator(f'{MAIN} [data-testid="stDataFrame"]').count() == 0
        headers = [
            squeeze(h)
            for h in page.locator(f'{MAIN} [data-testid="stTable"] thead tr').evaluate_all(
                "rows => rows.map(r => r.lastElementChild.innerText)"
            )
        ]
        assert headers, "the print view has no tables"
        chart_titles = page.locator(f"{MAIN} .js-plotly-plot .gtitle").all_text_contents()
        assert chart_titles, "the profile has no chart"
        screenshot(page, "politician-04-municipality-print-view")

        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        pdf_path = ARTIFACTS / "politician-05-rebild-profile.pdf"
        page.pdf(
            path=str(pdf_path),
            format="A4",
            print_background=True,
            margin={"top": "1cm", "bottom": "1cm", "left": "1cm", "right": "1cm"},
        )

    reader = pypdf.PdfReader(pdf_path)
    pages = [p.extract_text() for p in reader.pages]
    assert len(pages) <= 2, f"the profile prints on {len(pages)} A4 pages, not at most two"
    # No page is left blank by a table pushed whole onto the next page.
    assert all(p.strip() for p in pages), [i for i, p in enumerate(pages) if not p.strip()]
    text = squeeze("\n".join(pages))
    assert squeeze("Kommune") in text and "Rebild" in text  # the filter is on the print
    assert squeeze("Kilde:") in text and "003_dd6b408d530566e6.txt" in text  # and so are the sources
    for title in chart_titles:  # the figures are there, with their titles
        assert squeeze(title) in text, title
    for name in ("Hjørring", "Læsø", "Morsø", "Thisted"):  # the map's tiles, left and right edges too
        assert name in text
    # Not cut off: the right-most column of every table is on the paper (a clipped table loses it).
    for header in headers:
        assert header in text, f"the column {header!r} is cut off in the PDF"
