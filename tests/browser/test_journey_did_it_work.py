"""A KKR politician asks "did it work?": opens the page, sorts by evidence, opens one experiment's card and prints it."""

from __future__ import annotations

import re
import unicodedata

import pytest

from tests.browser.helpers import (
    ARTIFACTS,
    MAIN,
    assert_no_error_box,
    fresh_page,
    go_to,
    main_text,
    open_page,
    query,
    rerun_after,
    screenshot,
    select_option,
    wait_until_idle,
)

pytestmark = pytest.mark.browser


def squeeze(text: str) -> str:
    """Text without whitespace and with the PDF's ligatures undone ('ﬀ' -> 'ff')."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def matrix_rows(page):
    return page.locator(f"{MAIN} table.fk-evidence tbody tr")


def test_politician_sorts_by_evidence_opens_the_strongest_card_and_prints_it(app_server, browser):
    pypdf = pytest.importorskip("pypdf", reason="pypdf is in requirements-test.txt")
    with fresh_page(browser) as page:
        open_page(page, app_server.url)
        go_to(page, "Virkede det?")
        assert page.locator("h1").first.inner_text() == "Virkede det?"
        assert "/virkede-det" in page.url
        assert matrix_rows(page).count() == 17
        screenshot(page, "did-it-work-01-matrix")

        select_option(page, "Sortér efter", "Evidens (stærkest først)")
        assert query(page).get("sorter") == ["Evidens (stærkest først)"]
        first = matrix_rows(page).first
        assert "5 af 5" in first.inner_text() and "Rehabiliteringsteams" in first.inner_text()
        effect_cell = first.locator("td").nth(2)
        effect_text = effect_cell.inner_text().splitlines()[0]
        assert effect_text == "≈ Ingen klar forskel"
        screenshot(page, "did-it-work-02-sorted-by-evidence")

        # The cell opens the experiment's card at that outcome, on the experiment profile.
        effect_cell.locator("a").click()
        page.wait_for_url(re.compile(r"/experiments\?forsog=Rehabiliteringsteams#udfald-effect"))
        page.wait_for_selector("h1")
        wait_until_idle(page)
        assert_no_error_box(page)
        text = main_text(page)
        assert "Virkede det? – forsøgets kort" in text
        assert page.locator(f"{MAIN} #udfald-effect").count() == 1  # the anchor the link points at is there
        assert f"Effekt eller sagsvarighed: {effect_text}" in text  # the card says what the matrix said
        assert "Samlet evidens: ●●●●● 5 af 5" in text
        assert "Bilag 15.a, linje" in text or "Bilag 15.a, linjer" in text  # the lines behind it
        screenshot(page, "did-it-work-03-card")

        rerun_after(
            page,
            page.locator('[data-testid="stSidebar"] [data-testid="stCheckbox"]')
            .filter(has_text="Udskriftsvenlig visning")
            .locator("label")
            .click,
        )
        page.wait_for_url(re.compile(r"print=true"))
        assert_no_error_box(page)
        assert query(page).get("forsog") == ["Rehabiliteringsteams"]
        screenshot(page, "did-it-work-04-card-print-view")
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        pdf_path = ARTIFACTS / "did-it-work-05-rehabiliteringsteams.pdf"
        page.pdf(
            path=str(pdf_path),
            format="A4",
            print_background=True,
            margin={"top": "1cm", "bottom": "1cm", "left": "1cm", "right": "1cm"},
        )

    pages = [p.extract_text() for p in pypdf.PdfReader(pdf_path).pages]
    while pages and not pages[-1].strip():  # chromium may add an empty sheet after the page's bottom padding
        pages.pop()
    assert all(p.strip() for p in pages), "a blank page inside the print"
    assert len(pages) <= 2, f"the experiment profile prints on {len(pages)} A4 pages, not at most two"
    card = [
        i
        for i, p in enumerate(pages)
        if "Virkede det?" in unicodedata.normalize("NFKC", p) or "Hvad skete der siden" in p
    ]
    assert card and card[-1] - card[0] <= 2, f"the card spans pages {card}"
    text = squeeze("\n".join(pages))
    for expected in (
        "Virkededet?–forsøgetskort",
        "Effektellersagsvarighed:≈Ingenklarforskel",
        "5af5",
        "Hvadsketedersiden",
        "Forlængettiludgangenaf2023",
    ):
        assert expected in text, expected


RAW = re.compile(
    r"\b(None|nan|NaN|not_measured|no_difference|did_parallel|register_count|survey_mean|"
    r"r\d-\d\d-[a-z-]+)\b"
)
DANISH_WORDS = ("Ikke målt", "Kun optalt", "Bedre", "Ingen klar forskel", "Forlænget", "Sluttede", "Kilde:")


@pytest.mark.parametrize("width", [1366, 390])
@pytest.mark.parametrize("language", ["Dansk", "English"])
def test_the_page_reads_in_words_and_fits_a_laptop_and_a_phone(app_server, browser, language, width):
    with fresh_page(browser, viewport={"width": width, "height": 900}) as page:
        open_page(page, f"{app_server.url}/virkede-det?lang={language}")
        text = main_text(page)
        assert not RAW.findall(text), RAW.findall(text)[:5]
        if language == "English":
            assert not [w for w in DANISH_WORDS if w in text], [w for w in DANISH_WORDS if w in text]
        assert matrix_rows(page).count() == 17
        # On a phone every experiment is a block of labelled lines: nothing reaches past the screen's edge.
        box = page.locator(f"{MAIN} table.fk-evidence").bounding_box()
        assert box["x"] + box["width"] <= width + 1, f"the matrix is {box['x'] + box['width']} px wide at {width}"
        screenshot(page, f"did-it-work-{language}-{width}")


def test_a_link_to_virkede_det_opens_the_page_without_a_page_not_found_dialog(app_server, browser):
    """The address sent to politicians is the page's file name, so the first run finds it (no Streamlit dialog)."""
    with fresh_page(browser) as page:
        open_page(page, f"{app_server.url}/virkede-det")
        assert page.locator("h1").first.inner_text() == "Virkede det?"
        assert "does not seem to exist" not in page.inner_text("body")
        assert page.get_by_text("Page not found").count() == 0
