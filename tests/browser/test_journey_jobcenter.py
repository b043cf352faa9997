"""A jobcenter head: compares their municipality with chosen peers, sends the link on, downloads the table.

The comparison's significance chart needs respondent-level answers, so the session server's data root gets a
synthetic wave through the upload engine first (helpers.seed_synthetic_wave: Rebild above, Morsø below the rest).
"""

from __future__ import annotations

import io
import math

import numpy as np
import pandas as pd
import pytest

from bench.browser import app_pages
from tests.browser.helpers import (
    EXPERIMENT_TITLE,
    MAIN,
    QUESTION,
    add_to_multiselect,
    fresh_page,
    go_to,
    grid_rows,
    main_text,
    multiselect_tags,
    open_page,
    query,
    screenshot,
    seed_synthetic_wave,
    select_option,
    selected,
)
from tests.conftest import AppServer

pytestmark = pytest.mark.browser

PEERS = ["Aalborg", "Mariagerfjord", "Vesthimmerland", "Morsø"]


def shows(file_value: object, shown: str) -> bool:
    """Whether the grid's text ``shown`` is ``file_value`` as the page prints it: numbers in Danish format
    ('3,48', '6.406'), rounded to the decimals shown; the file keeps every decimal."""
    if isinstance(file_value, float):
        if math.isnan(file_value):
            return shown in ("", "–", "nan")
        text = shown.replace("\u2212", "-").replace(".", "").replace(",", ".")
        try:
            number = float(text)
        except ValueError:
            return False
        decimals = len(text.split(".")[1]) if "." in text else 0
        return math.isclose(round(file_value, decimals), number, abs_tol=10 ** -(decimals + 6))
    return str(file_value).lower() == str(shown).lower()


def assert_file_matches_screen(frame: pd.DataFrame, screen: list[list[str]], what: str) -> None:
    """Every cell the grid shows is in the file, in the same row and column (the grid draws only the columns in
    view, so the file may hold more columns than the screen)."""
    header, rows = screen[0], screen[1:]
    assert set(header) <= set(frame.columns), (what, header, list(frame.columns))
    assert len(frame) == len(rows), what
    for row_number, (file_row, screen_row) in enumerate(zip(frame[header].itertuples(index=False), rows)):
        for column, file_value, shown in zip(header, file_row, screen_row):
            if isinstance(file_value, (int, float, np.number)) and not isinstance(file_value, (bool, np.bool_)):
                file_value = float(file_value)
            assert shows(file_value, shown), (
                f"{what}: row {row_number}, {column}: file {file_value!r}, screen {shown!r}"
            )


def test_jobcenter_head_compares_with_peers_shares_the_link_and_downloads_the_table(app_server, browser):
    seed_synthetic_wave(app_server.root)
    with fresh_page(browser) as page:
        open_page(page, app_server.url)
        go_to(page, "Sammenlign")
        select_option(page, "Kommune", "Rebild")
        add_to_multiselect(page, "Sammenlign med (tom = hele netværket)", PEERS)
        select_option(page, "Forsøg", EXPERIMENT_TITLE)
        select_option(page, "Spørgsmål", QUESTION)
        params = query(page)
        assert params["kommune"] == ["Rebild"] and sorted(params["peers"]) == sorted(PEERS)
        text = main_text(page)
        assert "Rebild ligger signifikant over sammenligningsgruppens gennemsnit" in text, text[:2000]
        assert page.locator(f"{MAIN} .js-plotly-plot").count() >= 1
        screenshot(page, "jobcenter-01-comparison")

        page.locator(f"{MAIN} [data-testid='stExpander'] summary", has_text="Vis tabel").first.click()
        table = page.locator(f"{MAIN} [data-testid='stExpander']", has_text="Vis tabel").first
        grid = table.locator('[data-testid="stDataFrame"]')
        screen = grid_rows(grid)
        assert "Kommune" in screen[0] and "Gennemsnit" in screen[0], screen[0]  # headings people read
        names = {row[screen[0].index("Kommune")] for row in screen[1:]}
        assert names == {"Rebild", "Aalborg", "Mariagerfjord", "Vesthimmerland", "Morsø"}, names  # the chosen group
        screenshot(page, "jobcenter-02-table")

        with page.expect_download() as csv_download:
            table.get_by_role("button", name="Hent CSV").click()
        with page.expect_download() as xlsx_download:
            table.get_by_role("button", name="Hent Excel").click()
        csv_bytes = csv_download.value.path().read_bytes()
        xlsx_bytes = xlsx_download.value.path().read_bytes()
        assert csv_download.value.suggested_filename.endswith(".csv")
        assert xlsx_download.value.suggested_filename.endswith(".xlsx")
        link = page.url

    assert csv_bytes.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM: Danish Excel opens it with æøå intact
    from_csv = pd.read_csv(io.BytesIO(csv_bytes), sep=";", decimal=",", encoding="utf-8-sig", keep_default_na=False)
    from_xlsx = pd.read_excel(io.BytesIO(xlsx_bytes), engine="openpyxl", keep_default_na=False)
    assert_file_matches_screen(from_csv, screen, "CSV")
    assert_file_matches_screen(from_xlsx, screen, "XLSX")

    # A colleague opens the link in a browser of their own: the same view.
    with fresh_page(browser) as colleague:
        open_page(colleague, link)
        assert selected(colleague, "Kommune") == "Rebild"
        assert sorted(multiselect_tags(colleague, "Sammenlign med (tom = hele netværket)")) == sorted(PEERS)
        assert selected(colleague, "Spørgsmål") == QUESTION
        assert "Rebild ligger signifikant over sammenligningsgruppens gennemsnit" in main_text(colleague)
        colleague.locator(f"{MAIN} [data-testid='stExpander'] summary", has_text="Vis tabel").first.click()
        grid = colleague.locator(f"{MAIN} [data-testid='stExpander']", has_text="Vis tabel").first.locator(
            '[data-testid="stDataFrame"]'
        )
        assert grid_rows(grid) == screen
        screenshot(colleague, "jobcenter-03-link-in-a-fresh-browser")


def test_a_deep_link_as_the_first_request_to_a_fresh_server_runs_inside_the_app(browser, tmp_path):
    """Streamlit would run pages/municipalities.py alone (no sidebar, no language) were it not for ui.through_app."""
    server = AppServer(tmp_path)
    try:
        with fresh_page(browser) as page:
            open_page(page, f"{server.url}/municipalities?kommune=Rebild&lang=English")
            sidebar = page.locator('[data-testid="stSidebar"]')
            assert sidebar.get_by_text("Sprog / Language").count() == 1
            assert sidebar.locator('[data-testid="stSidebarNavLink"]').count() == len(app_pages())  # app.PAGES
            assert page.locator("h1").first.inner_text() == "Municipalities"
            assert page.locator("h2").first.inner_text() == "Rebild"
            assert page.evaluate("document.documentElement.lang") == "en"
            screenshot(page, "jobcenter-04-deep-link-first-request")
    finally:
        server.stop()
