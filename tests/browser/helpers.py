"""What every browser test does: open a page, wait for Streamlit to finish, and check for error boxes."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs, urlsplit

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "browser"
ERROR_BOX = '[data-testid="stException"], [data-testid="stAlertContentError"]'
APP = '[data-testid="stApp"]'
MAIN = '[data-testid="stMain"]'
VIEWPORT = {"width": 1280, "height": 900}


def wait_until_idle(page, timeout: float = 60_000) -> None:
    """Wait until Streamlit has finished running the script and drawn what it sent.

    The app element carries the script's run state (``data-test-script-state``); a rerun starts a moment after
    a click, hence the short pause first. Elements of the previous run are marked stale until replaced, and
    plotly charts draw after the script has finished, so both are waited for too.
    """
    page.wait_for_timeout(250)
    page.wait_for_selector(f'{APP}[data-test-connection-state="CONNECTED"]', timeout=timeout)
    page.wait_for_selector(f'{APP}[data-test-script-state="notRunning"]', timeout=timeout)
    page.wait_for_function(
        """() => !document.querySelector('[data-stale="true"], [data-testid="stSkeleton"]')
                 && [...document.querySelectorAll('[data-testid="stPlotlyChart"]')]
                      .every(c => c.querySelector('.main-svg'))""",
        timeout=timeout,
    )


def open_page(page, url: str, timeout: float = 60_000) -> None:
    """Go to ``url`` and wait until the page has run, with no error box on it."""
    page.goto(url)
    page.wait_for_selector("h1", timeout=timeout)
    wait_until_idle(page, timeout)
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
    locator.click()
    wait_until_idle(locator.page)
    assert_no_error_box(locator.page)


def choose_language(page, label: str) -> None:
    """Click 'Dansk' or 'English' in the sidebar's language toggle."""
    click_and_wait(page.locator('[data-testid="stSidebar"] [data-testid="stButtonGroup"] button', has_text=label))


def go_to(page, nav_label: str) -> None:
    """Open a page through the sidebar navigation, as a user does."""
    click_and_wait(page.locator(f'[data-testid="stSidebarNavLink"]:has(span[label="{nav_label}"])'))


def select_option(page, label: str, option: str) -> None:
    """Choose ``option`` in the select box whose label is ``label`` (typing into it, as keyboard users do)."""
    box = page.locator('[data-testid="stSelectbox"]', has=page.get_by_text(label, exact=True))
    box.locator("input").click()
    box.locator("input").fill(option)
    page.get_by_role("option", name=option, exact=True).click()
    wait_until_idle(page)
    assert_no_error_box(page)
