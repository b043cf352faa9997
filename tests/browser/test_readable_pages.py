"""Every page as its reader meets it, on a laptop and a phone, in Danish and English: no codes, no cut charts.

The pages' charts are checked for their truth in tests/test_result_charts.py; here the browser shows what reaches a
person: no raw code, id, ``None`` or ``nan``; no chart wider than the screen or with more than 15 categories, no
label cut off or over a title; and in English mode none of the Danish interface words.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path
from urllib.parse import quote

import pytest

from tests.browser.helpers import MAIN, fresh_page, open_page, screenshot

pytestmark = pytest.mark.browser

PAGES = [
    "",
    "virkede-det",
    "experiments",
    "municipalities",
    "uptake",
    "durations",
    "savings",
    "satisfaction",
    "compare",
    "sources",
    "aendringer",
]
# Codes of the data that must never reach a reader (status and unit codes, ids, missing values).
RAW = re.compile(
    r"\b(None|nan|NaN|not_approved|not_started|partially_approved|network_value|"
    r"frederikshavn-laesoe|r\d-\d\d-[a-z-]+|[a-z]+_[a-z_]+_(?:n|pct|dkk))\b"
)
DANISH_INTERFACE = ("Fremhæv kommune", "Vis tabel", "Kilde:", "Ingen valgt", "Tal fra", "Udskriftsvenlig")
# Catalogue texts that were Danish only (legal basis, extension) and Danish quotation marks around source quotes,
# which English mode shows as a marker with the original on hover.
DANISH_CONTENT = ("Hjemles", "Søges hjemlet", "Forlænget", "»", "«")


# The texts of one plotly chart that reach beyond its box (2 px of slack for anti-aliasing).
CUT_TEXTS = """chart => {
    const box = chart.getBoundingClientRect();
    return [...chart.querySelectorAll("svg text")].filter(t => t.textContent.trim()).filter(t => {
        const r = t.getBoundingClientRect();
        return r.width > 0 && (r.left < box.left - 2 || r.right > box.right + 2 ||
                               r.top < box.top - 2 || r.bottom > box.bottom + 2);
    }).map(t => t.textContent);
}"""

# The texts of one plotly chart that run into its title: a line's label under a title of three lines on a phone.
INTO_TITLE = """chart => {
    const titles = [...chart.querySelectorAll(".gtitle, .gtitle-subtitle")].map(t => t.getBoundingClientRect());
    return [...chart.querySelectorAll(".annotation-text")].filter(t => t.textContent.trim()).filter(t => {
        const r = t.getBoundingClientRect();
        return titles.some(b => r.width > 0 && r.left < b.right && r.right > b.left &&
                                r.top < b.bottom - 1 && r.bottom > b.top + 1);
    }).map(t => t.textContent);
}"""


def assert_readable(page, where: str, language: str, width: int) -> None:
    """No raw code, no Danish in English mode, no chart wider than the screen or with more than 15 categories, no
    label of a chart cut off or over its title."""
    page.wait_for_timeout(500)  # plotly draws after the script has finished
    text = page.locator(MAIN).inner_text()
    # Source quotes are verbatim Danish by design; they sit in tables, which are not in the visible text here.
    found = RAW.findall(text)
    assert not found, f"raw codes on {where}: {sorted(set(found))[:5]}"
    assert "Choose an option" not in text
    if language == "English":
        danish = [w for w in DANISH_INTERFACE + DANISH_CONTENT if w in text]
        assert not danish, f"Danish words on {where} in English mode: {danish}"
    for chart in page.locator(f"{MAIN} .js-plotly-plot").all():
        box = chart.bounding_box()
        assert box is None or box["x"] + box["width"] <= width + 1, f"a chart on {where} is wider than the screen"
        ticks = chart.locator(".yaxislayer-above .ytick text").count()
        assert ticks <= 15, f"a chart on {where} has {ticks} categories"
        # Every word of the chart (title, ticks, labels, legend) inside the chart: none cut off at an edge.
        cut = chart.evaluate(CUT_TEXTS)
        assert not cut, f"labels cut off in a chart on {where}: {cut[:3]}"
        crossing = chart.evaluate(INTO_TITLE)
        assert not crossing, f"labels over the title of a chart on {where}: {crossing[:3]}"


@pytest.mark.parametrize("width", [1366, 390])
@pytest.mark.parametrize("language", ["Dansk", "English"])
@pytest.mark.parametrize("path", PAGES)
def test_a_page_reads_in_words_and_fits_the_screen(app_server, browser, path, language, width):
    with fresh_page(browser, viewport={"width": width, "height": 900}) as page:
        open_page(page, f"{app_server.url}/{path}?lang={language}")
        assert_readable(page, f"/{path}", language, width)
        if width == 390:  # the laptop views are shot by the journeys
            screenshot(page, f"readable-{path or 'overview'}-{language}-{width}")


@pytest.mark.parametrize("width", [1366, 390])
def test_effect_estimates_read_and_fit_on_a_laptop_and_a_phone(app_server, browser, width):
    with fresh_page(browser, viewport={"width": width, "height": 900}) as page:
        open_page(page, f"{app_server.url}/durations?var_exp=Rehabiliteringsteams")
        page.wait_for_selector(f"{MAIN} .js-plotly-plot text:has-text('ingen effekt')")  # the zero line is drawn
        assert_readable(page, "the effect estimates", "Dansk", width)


# Every experiment's profile as it opens (its default result per family), in Danish on a laptop and in English on
# a phone: the two combinations that have failed before (long labels; untranslated catalogue text).
EXPERIMENTS = [
    (e["title_da"], e["title_en"])
    for e in csv.DictReader(
        (Path(__file__).resolve().parents[2] / "data" / "curated" / "experiments.csv").open(encoding="utf-8")
    )
]


@pytest.mark.parametrize("language, width", [("Dansk", 1366), ("English", 390)])
@pytest.mark.parametrize("titles", EXPERIMENTS, ids=[da[:30] for da, _ in EXPERIMENTS])
def test_every_experiment_profile_reads_in_words_and_fits(app_server, browser, titles, language, width):
    title = titles[0] if language == "Dansk" else titles[1]
    with fresh_page(browser, viewport={"width": width, "height": 900}) as page:
        open_page(page, f"{app_server.url}/experiments?lang={language}&forsog={quote(title)}")
        assert page.locator("h2").first.inner_text() == title  # the link opened this experiment
        assert_readable(page, f"the profile of {title}", language, width)


def test_on_a_phone_the_menu_closes_once_a_page_is_chosen(app_server, browser):
    with fresh_page(browser, viewport={"width": 390, "height": 800}) as page:
        open_page(page, app_server.url)
        page.locator('[data-testid="stExpandSidebarButton"]').click()
        page.locator('[data-testid="stSidebarNav"] a').filter(has_text="Udbredelse").click()
        page.wait_for_selector("h1:has-text('Udbredelse')")
        # The menu slides out: wait (at most 10 s) until its right edge has left the screen.
        page.wait_for_function(
            """() => { const s = document.querySelector('[data-testid="stSidebar"]');
            return !s || s.getBoundingClientRect().right <= 1; }""",
            timeout=10_000,
        )
