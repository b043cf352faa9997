"""A consultant: signs in with the upload key, uploads an export, reads the validation report, finds the new wave on
the satisfaction page, is told clearly why a broken file is refused, and withdraws the batch again."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import (
    ERROR_BOX,
    MAIN,
    assert_no_error_box,
    fresh_page,
    go_to,
    grid_rows,
    main_text,
    open_page,
    rerun_after,
    screenshot,
    select_option,
    selected,
    uploaded_count,
)

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "data" / "samples" / "SYNTETISK_tilfredshed_bred.xlsx"
KEY_LABEL = "Upload-nøgle"
EXCEPTION = '[data-testid="stException"]'


def experiment_title(experiment_id: str) -> str:
    with (REPO / "data" / "curated" / "experiments.csv").open(encoding="utf-8") as fh:
        return next(row["title_da"] for row in csv.DictReader(fh) if row["experiment_id"] == experiment_id)


def after(page, action, outcome: str) -> None:
    """Do ``action``, wait for the rerun it starts, and check the page then shows ``outcome`` (a regex)."""
    rerun_after(page, action)
    expect(page.locator(MAIN)).to_contain_text(re.compile(outcome), timeout=60_000)


def waves_section(page):
    return page.locator(f"{MAIN} summary", has_text=re.compile(r"Vis de uploadede bølger \(\d+\)"))


def open_waves(page) -> None:
    """Open the satisfaction page's uploaded waves (closed, their pickers and chart are not built); a section
    opened earlier in the session may still be open."""
    pickers = page.locator(f"{MAIN} .st-key-tilf_up_exp")
    if not pickers.count():
        rerun_after(page, waves_section(page).first.click)
    pickers.wait_for()


def sign_in(page, key: str = "test-key") -> None:
    field = page.get_by_label(KEY_LABEL)
    field.fill(key)
    after(page, lambda: field.press("Enter"), "Logget ind som|Nøglen er forkert")


def test_consultant_uploads_a_wave_sees_it_is_refused_when_broken_and_withdraws_it(app_server, browser, tmp_path):
    pytest.importorskip("frikommune.ingest")
    from frikommune import ingest
    from frikommune.data import batches

    root = str(app_server.root)
    expected = ingest.ingest(SAMPLE.read_bytes(), SAMPLE.name, root, "env", dry_run=True)
    assert expected.accepted, [i.message_en for i in expected.issues]
    with fresh_page(browser) as page:
        open_page(page, app_server.url + "/upload")
        assert page.locator('input[type="file"]').count() == 0  # nothing to upload with before the key
        before = uploaded_count(page)

        sign_in(page, "not-the-key")
        assert "Nøglen er forkert." in main_text(page)
        assert page.locator('input[type="file"]').count() == 0
        sign_in(page)
        assert "Logget ind som »env«." in main_text(page)
        assert_no_error_box(page)
        screenshot(page, "consultant-01-signed-in")

        # The sample export: validated, nothing stored yet, the report lists what the consultant should know.
        after(
            page,
            lambda: page.locator('input[type="file"]').set_input_files(str(SAMPLE)),
            "Filen er gyldig|Filen er afvist",
        )
        assert_no_error_box(page)
        text = main_text(page)
        assert (
            f"Filen er gyldig: {expected.rows} svar fra {expected.respondents} respondenter. Intet er gemt endnu."
        ) in text
        assert "Valideringsrapport" in text
        report = grid_rows(
            page.locator("xpath=//h3[contains(., 'Valideringsrapport')]/following::*[@data-testid='stDataFrame'][1]")
        )
        shown = "\n".join(" ".join(row) for row in report)
        for issue in expected.issues:
            assert issue.message_da in shown, issue.message_da
        assert len(batches.active_batches(root)) == before  # a preview stores nothing
        screenshot(page, "consultant-02-validation-report")

        after(page, page.get_by_role("button", name="Gem som ny bølge").click, "Gemt som batch")
        assert_no_error_box(page)
        mine = [b for b in batches.active_batches(root) if b.file_name == SAMPLE.name]
        assert len(mine) == 1
        batch = mine[0]
        assert f"Gemt som batch {batch.batch_id} ({expected.rows} svar)." in main_text(page)
        assert uploaded_count(page) == before + 1  # the sidebar knows at once
        sidebar = page.locator('[data-testid="stSidebar"]').inner_text()
        assert "syntetiske)" in sidebar, sidebar  # the sample is synthetic, and the sidebar says so
        screenshot(page, "consultant-03-stored")

        # The new wave on the satisfaction page, marked as uploaded.
        title = experiment_title(batch.experiments[0])
        go_to(page, "Tilfredshed")
        open_waves(page)  # one click away, its count on the label
        select_option(page, "Forsøg", title, nth=-1)
        assert selected(page, "Bølge") == expected.waves[0]
        assert page.locator(f"{MAIN} .js-plotly-plot").count() >= 1
        assert "uploadet" in main_text(page).lower()
        # Every municipality's name stands whole beside the comparison (its margin is set from the names).
        cut = page.locator(f"{MAIN} .js-plotly-plot").last.evaluate(
            """(plot) => Array.from(plot.querySelectorAll('.ytick text'))
                 .filter(t => t.getBoundingClientRect().left < plot.getBoundingClientRect().left)
                 .map(t => t.textContent)"""
        )
        assert cut == []
        screenshot(page, "consultant-04-satisfaction-with-new-wave")

        # A broken file: refused with a message that says what is wrong, and nothing changes.
        go_to(page, "Upload")
        if not page.get_by_label(KEY_LABEL).input_value():
            sign_in(page)
        broken = tmp_path / "eksport-afbrudt.xlsx"
        broken.write_bytes(SAMPLE.read_bytes()[:4000])  # a download that stopped half-way
        after(page, lambda: page.locator('input[type="file"]').set_input_files(str(broken)), "Filen er afvist")
        assert page.locator(EXCEPTION).count() == 0
        text = main_text(page)
        assert "Filen er afvist, og intet er gemt." in text
        assert "beskadiget eller ufuldstændig" in text, text[:2000]
        assert page.locator(ERROR_BOX).count() == 1  # one red box: the refusal, no traceback
        assert [b.batch_id for b in batches.active_batches(root) if b.file_name == broken.name] == []
        screenshot(page, "consultant-05-broken-file-refused")

        # Withdraw the batch: it is logged, hidden everywhere, and not deleted.
        form = page.locator(f'{MAIN} [data-testid="stForm"]')
        select_option(page, "Batch der skal trækkes tilbage", batch.batch_id, in_form=True)
        form.get_by_label("Begrundelse (logges)").fill("Forkert fil (test)")
        after(page, form.get_by_role("button", name="Træk tilbage").click, "er trukket tilbage")
        assert page.locator(EXCEPTION).count() == 0
        assert f"Batch {batch.batch_id} er trukket tilbage." in main_text(page)
        assert batch.batch_id not in {b.batch_id for b in batches.active_batches(root)}
        assert any(b.batch_id == batch.batch_id and b.withdrawn for b in batches.all_batches(root))
        assert uploaded_count(page) == before
        screenshot(page, "consultant-06-withdrawn")

        go_to(page, "Tilfredshed")
        assert_no_error_box(page)
        if waves_section(page).count():  # other uploads remain: their section opens on a click
            open_waves(page)
        # The uploaded-waves picker (its key, not its label: the report section has a "Forsøg" picker too).
        pickers = page.locator(f"{MAIN} .st-key-tilf_up_exp input")
        still_uploaded = any(batch.experiments[0] in b.experiments for b in batches.active_batches(root))
        if pickers.count() == 0:  # nothing uploaded remains
            assert "Der er endnu ikke uploadet nogen spørgeskemabølger." in main_text(page)
        elif not still_uploaded:  # other uploads remain, none of this experiment: it is no longer offered
            pickers.first.click()
            page.wait_for_selector('[role="option"]')
            assert page.get_by_role("option", name=title, exact=True).count() == 0
            page.keyboard.press("Escape")
        # (another batch of the same experiment keeps it on offer: the data and the sidebar count were checked above)
        screenshot(page, "consultant-07-satisfaction-after-withdrawal")
