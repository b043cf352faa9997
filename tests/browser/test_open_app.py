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


@pytest.mark.parametrize(
    "path",
    ["experiments", "municipalities", "uptake", "durations", "savings", "satisfaction", "compare", "sources", "upload"],
)
def test_every_page_opens_and_shows_its_first_chart_or_table_without_an_error(app_server, browser, path):
    page = browser.new_page()
    page.goto(f"{app_server.url}/{path}")
    page.wait_for_selector(
        '.js-plotly-plot .main-svg, [data-testid="stDataFrame"], [data-testid="stTable"], '
        '[data-testid="stAlertContainer"]',
        timeout=60_000,
    )
    wait_until_idle(page)
    assert_no_error_box(page)
    assert (
        page.locator(
            '[data-testid="stSidebar"] [data-testid="stSegmentedControl"], '
            '[data-testid="stSidebar"] [role="radiogroup"], [data-testid="stSidebar"] button'
        ).count()
        > 0
    )
    screenshot(page, f"page-{path}")
    page.close()
