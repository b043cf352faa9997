"""The app opens in a real browser and draws its first chart."""

import pytest

from tests.browser.helpers import assert_no_error_box, screenshot, wait_until_idle

pytestmark = pytest.mark.browser


def test_overview_opens_in_headless_chromium_and_draws_a_chart(app_server, browser):
    page = browser.new_page()
    page.goto(app_server.url)
    page.wait_for_selector(".js-plotly-plot .main-svg", timeout=60_000)
    wait_until_idle(page)
    assert page.locator("h1").first.inner_text().startswith("Frikommuneforsøg II")
    assert_no_error_box(page)
    screenshot(page, "overview")
    page.close()
