"""What every browser test does: open a page, wait for Streamlit to finish, and check for error boxes."""

from __future__ import annotations

from pathlib import Path

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "browser"
ERROR_BOX = '[data-testid="stException"], [data-testid="stAlertContentError"]'


def wait_until_idle(page, timeout: float = 30_000) -> None:
    """Wait until Streamlit has finished running the script (no 'running' status widget)."""
    page.wait_for_selector('[data-testid="stApp"]', timeout=timeout)
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=timeout,
    )


def screenshot(page, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def assert_no_error_box(page) -> None:
    errors = page.locator(ERROR_BOX)
    assert errors.count() == 0, errors.first.inner_text()
