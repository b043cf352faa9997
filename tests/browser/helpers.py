"""What every browser test does: open a page, wait for Streamlit to finish, and check for error boxes."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import numpy as np
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "browser"
ERROR_BOX = '[data-testid="stException"], [data-testid="stAlertContentError"]'
APP = '[data-testid="stApp"]'
MAIN = '[data-testid="stMain"]'
VIEWPORT = {"width": 1280, "height": 900}

MUNICIPALITIES = [
    "Aalborg",
    "Brønderslev",
    "Frederikshavn",
    "Hjørring",
    "Jammerbugt",
    "Læsø",
    "Mariagerfjord",
    "Morsø",
    "Rebild",
    "Thisted",
    "Vesthimmerland",
]
EXPERIMENT = "r1-04-formkrav-samtaler"
EXPERIMENT_TITLE = "Formkrav ved lovpligtige samtaler"
QUESTION = "Samtalen gav mening for mig (syntetisk)"
SYNTHETIC_FILE = "syntetisk-boelge.csv"


# Counts finished script runs: Streamlit's app element flips ``data-test-script-state`` to 'notRunning' at the end
# of every run. A widget's rerun starts only when the server answers, so the count, not the state alone, tells
# that the run an action started is over. A run can also be over before the page ever shows it running (a
# fragment's rerun answered in ~40 ms: React draws only the end state), so each burst of the server's messages
# after which the app is idle counts too.
RUN_COUNTER_JS = """
window.__streamlitRuns = 0;
window.__serverMessages = 0;
new MutationObserver(records => {
  for (const r of records) {
    if (r.target.getAttribute('data-test-script-state') === 'notRunning' && r.oldValue !== 'notRunning') {
      window.__streamlitRuns += 1;
    }
  }
}).observe(document, {attributes: true, subtree: true, attributeOldValue: true,
                      attributeFilter: ['data-test-script-state']});
// A burst of server messages counts once, when the app is not running 150 ms after the last of them.
let settling = null;
const settle = () => {
  const app = document.querySelector('[data-testid="stApp"]');
  if (app && app.getAttribute('data-test-script-state') !== 'notRunning') {
    settling = setTimeout(settle, 50);
    return;
  }
  settling = null;
  window.__serverMessages += 1;
};
const NativeWebSocket = window.WebSocket;
window.WebSocket = class extends NativeWebSocket {
  constructor(...args) {
    super(...args);
    this.addEventListener('message', () => {
      clearTimeout(settling);
      settling = setTimeout(settle, 150);
    });
  }
};
"""

_COUNT_JS = "(window.__streamlitRuns ?? -1) + (window.__serverMessages ?? 0)"


def runs(page) -> int:
    """A count that grows with every script run the page sees finish and every answer of the server after which
    the app is idle (-1 without the counter: a page not from fresh_page); compared before and after an action."""
    return page.evaluate(f"() => {_COUNT_JS}")


def wait_until_idle(page, timeout: float = 60_000, since: int | None = None) -> None:
    """Wait until Streamlit has finished running the script and drawn what it sent.

    With ``since`` (a count from :func:`runs` taken before an action), wait for a run after it to finish;
    without, pause briefly for a rerun to start. Elements of the previous run are marked stale until replaced,
    and plotly charts draw after the script has finished, so both are waited for too.
    """
    if since is None or since < 0:
        page.wait_for_timeout(250)
    else:
        page.wait_for_function(f"() => {_COUNT_JS} > {since}", timeout=timeout)
    page.wait_for_selector(f'{APP}[data-test-connection-state="CONNECTED"]', timeout=timeout)
    page.wait_for_selector(f'{APP}[data-test-script-state="notRunning"]', timeout=timeout)
    page.wait_for_function(
        """() => !document.querySelector('[data-stale="true"], [data-testid="stSkeleton"]')
                 && [...document.querySelectorAll('[data-testid="stPlotlyChart"]')]
                      .every(c => c.querySelector('.main-svg'))""",
        timeout=timeout,
    )


def rerun_after(page, action, timeout: float = 60_000) -> None:
    """Do ``action`` (a function: a click, a key, a file) and wait until the script run it starts has finished."""
    before = runs(page)
    action()
    wait_until_idle(page, timeout, since=before)


def nudge(page, slider, key: str) -> None:
    """Press ``key`` on ``slider`` (Streamlit's ``<input type="range">``) and wait for the run the new value starts.

    A press while the slider is drawn again (a late part of the page arriving) can be lost: the value does not move
    and nothing runs. Such a press is repeated. A value that moved is never pressed again: its run is slow, or was
    a fragment's run so quick that the page never showed it running and the run counter did not see it.
    """
    start = slider.input_value()
    for _ in range(3):
        before = runs(page)
        slider.press(key)  # focuses the slider and presses in one action
        try:
            wait_until_idle(page, 10_000, since=before)
            return
        except PlaywrightTimeoutError:
            if slider.input_value() != start:  # it moved: its run is slow, or was too quick to count
                wait_until_idle(page)
                return
    raise AssertionError(f"{key} did not move the slider from {start}")


@contextmanager
def fresh_page(browser, **options) -> Iterator:
    """A page in a fresh browser context (no cookies, no session), as a new visitor or a colleague opening a link."""
    context = browser.new_context(**{"viewport": VIEWPORT, "accept_downloads": True, **options})
    context.add_init_script(RUN_COUNTER_JS)
    context.set_default_timeout(60_000)  # two cores shared with the app server: be patient, not flaky
    try:
        yield context.new_page()
    finally:
        context.close()


def open_page(page, url: str, timeout: float = 60_000) -> None:
    """Go to ``url`` and wait until the page has run, with no error box on it."""
    page.goto(url, timeout=timeout)
    page.wait_for_selector("h1", timeout=timeout)
    wait_until_idle(page, timeout, since=0 if runs(page) >= 0 else None)
    assert_no_error_box(page)


def screenshot(page, name: str) -> Path:
    """A screenshot of the whole page under test-artifacts/browser/.

    Streamlit scrolls inside its main element, so a full-page screenshot alone shows one screen: the viewport is
    made as tall as the content for the shot (at most 12,000 px) and then put back.
    """
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    size = page.viewport_size or VIEWPORT
    height = page.evaluate(f"() => document.querySelector('{MAIN}')?.scrollHeight || 0")
    if height > size["height"]:
        page.set_viewport_size({"width": size["width"], "height": min(height, 12_000)})
        page.wait_for_timeout(300)  # plotly redraws on resize
    page.screenshot(path=str(path), full_page=True)
    if height > size["height"]:
        page.set_viewport_size(size)
    return path


def assert_no_error_box(page) -> None:
    errors = page.locator(ERROR_BOX)
    assert errors.count() == 0, errors.first.inner_text()


def main_text(page) -> str:
    """The text of the page's main area (not the sidebar)."""
    return page.locator(MAIN).inner_text()


def query(page) -> dict[str, list[str]]:
    """The current URL's query parameters."""
    return parse_qs(urlsplit(page.url).query)


def click_and_wait(locator) -> None:
    """Click ``locator`` and wait for the rerun it starts."""
    rerun_after(locator.page, locator.click)
    assert_no_error_box(locator.page)


def choose_language(page, label: str) -> None:
    """Click 'Dansk' or 'English' in the sidebar's language toggle."""
    click_and_wait(page.locator('[data-testid="stSidebar"] [data-testid="stButtonGroup"] button', has_text=label))


def go_to(page, nav_label: str) -> None:
    """Open a page through the sidebar navigation, as a user does."""
    click_and_wait(page.locator(f'[data-testid="stSidebarNavLink"]:has(span[label="{nav_label}"])'))


def widget_input(page, label: str, kind: str = "stSelectbox", nth: int = 0):
    """The text input of the ``nth`` select box (or multiselect) labelled ``label``."""
    return page.locator(f'{MAIN} [data-testid="{kind}"] input[aria-label="{label}"]').nth(nth)


def select_option(page, label: str, option: str, nth: int = 0, in_form: bool = False) -> None:
    """Choose ``option`` in the select box labelled ``label``: type it to filter the list, then pick it.

    A select box inside a form (``in_form``) does not rerun the script until the form is submitted.
    """
    box = widget_input(page, label, nth=nth)
    if box.input_value() == option:
        return  # already chosen (typing the same text would not even open the list)
    box.click()
    box.fill(option)
    choice = page.get_by_role("option", name=option, exact=True)
    choice.wait_for()
    if in_form:
        choice.click()
    else:
        rerun_after(page, choice.click)
        assert_no_error_box(page)
    assert selected(page, label, nth) == option


def selected(page, label: str, nth: int = 0) -> str:
    """What the select box labelled ``label`` shows."""
    return widget_input(page, label, nth=nth).input_value()


def add_to_multiselect(page, label: str, options: list[str]) -> None:
    """Type each of ``options`` into the multiselect labelled ``label`` and press Enter (keyboard only)."""
    for option in options:
        box = widget_input(page, label, "stMultiSelect")
        box.click()
        page.keyboard.type(option)
        page.get_by_role("option", name=option, exact=True).wait_for()
        rerun_after(page, lambda: page.keyboard.press("Enter"))
        assert_no_error_box(page)
    page.keyboard.press("Escape")


def multiselect_tags(page, label: str) -> list[str]:
    """The chosen options of the multiselect labelled ``label``."""
    tags = page.locator(
        f'{MAIN} [data-testid="stMultiSelectTagsContainer"]:has(input[aria-label="{label}"]) [data-tag]'
    )
    return [t.get_attribute("aria-label") for t in tags.all()]


def grid_rows(grid) -> list[list[str]]:
    """The cells of an st.dataframe as its accessible grid (header row first): what a screen reader reads.

    The grid draws on a canvas and keeps an invisible table of the rows and columns in view for assistive
    technology.
    """
    grid.scroll_into_view_if_needed()  # the grid draws (and fills that table) only when it is on screen
    grid.locator('[role="row"]').first.wait_for(state="attached")
    return grid.locator('[role="row"]').evaluate_all(
        "rows => rows.map(r => [...r.querySelectorAll('th, td')].map(c => c.innerText.trim()))"
    )


def synthetic_wave(question: str = QUESTION, wave: str = "2021", per_municipality: int = 40, seed: int = 7) -> bytes:
    """A SurveyXact-style CSV export (';', one row per respondent) of made-up answers; no real person in it.

    Rebild answers clearly higher and Morsø clearly lower than the others, so both differ significantly.
    """
    rng = np.random.default_rng(seed)
    lines = [f"Respondent;Kommune;Forsøg;Respondentgruppe;Dato;Bølge;{question}"]
    shares = {"Rebild": [0.0, 0.02, 0.1, 0.38, 0.5], "Morsø": [0.3, 0.3, 0.2, 0.1, 0.1]}
    number = 0
    for municipality in MUNICIPALITIES:
        for answer in rng.choice(
            [1, 2, 3, 4, 5], size=per_municipality, p=shares.get(municipality, [0.05, 0.1, 0.3, 0.35, 0.2])
        ):
            number += 1
            lines.append(f"S{number};{municipality};{EXPERIMENT};borger;{wave}-03-15;{wave};{answer}")
    return ("\n".join(lines) + "\n").encode("utf-8")


def seed_synthetic_wave(root: Path) -> str:
    """Store the synthetic wave under the server's data root through the upload engine, once; its batch id."""
    from frikommune import ingest
    from frikommune.data import batches

    for batch in batches.active_batches(str(root)):
        if batch.file_name == SYNTHETIC_FILE:
            return batch.batch_id
    result = ingest.ingest(synthetic_wave(), SYNTHETIC_FILE, str(root), "test")
    assert result.accepted, [issue.message_en for issue in result.issues]
    return result.batch_id


# The sidebar's count of uploaded waves; when some are synthetic it says how many ("… (heraf 1 syntetiske)").
UPLOADED = re.compile(r"^Uploadede bølger: (\d+)(?: \(heraf \d+ syntetiske\))?$")


def uploaded_count(page) -> int:
    """The sidebar's count of active uploaded batches, synthetic or not."""
    text = page.locator('[data-testid="stSidebar"]').get_by_text(UPLOADED).inner_text()
    return int(UPLOADED.match(text.strip()).group(1))
