"""A picker or slider in a section redraws that section alone (a Streamlit fragment): the rest of the page is never
marked stale, the URL still holds the choice, and a colleague opening the link sees the same view."""

from __future__ import annotations

from frikommune.text import i18n
from tests.browser.helpers import MAIN, fresh_page, go_to, nudge, open_page, query, select_option, selected

# Records whether the page's title ever turned stale (Streamlit marks every element of a full rerun stale until it
# is sent again; a fragment's rerun leaves the elements outside it alone).
TITLE_WATCH_JS = """
() => {
  window.__titleWentStale = false;
  const title = document.querySelector('[data-testid="stMain"] h1').closest('[data-testid="stElementContainer"]');
  new MutationObserver(() => {
    if (title.getAttribute('data-stale') === 'true') window.__titleWentStale = true;
  }).observe(title, {attributes: true, attributeFilter: ['data-stale']});
}
"""


def test_another_measure_redraws_its_chart_alone_and_the_link_keeps_it(app_server, browser):
    with fresh_page(browser) as page:
        open_page(page, app_server.url)
        go_to(page, "Udbredelse")
        first = selected(page, "Mål")
        chart_title = page.locator(f"{MAIN} .js-plotly-plot .gtitle").first
        before = chart_title.text_content()
        page.locator(f'{MAIN} [data-testid="stSelectbox"] input[aria-label="Mål"]').click()
        options = page.get_by_role("option").all_text_contents()
        page.keyboard.press("Escape")
        other = next(o for o in options if o != first)
        page.evaluate(TITLE_WATCH_JS)
        select_option(page, "Mål", other)
        assert chart_title.text_content() != before  # the chart is the other measure's
        assert not page.evaluate("window.__titleWentStale")  # the page around it was not run again
        assert query(page)["udb_measure"] == [other]
        link = page.url
    with fresh_page(browser) as colleague:
        open_page(colleague, link)
        assert selected(colleague, "Mål") == other


def test_a_what_if_slider_recalculates_the_calculator_alone_and_the_link_keeps_it(app_server, browser):
    with fresh_page(browser) as page:
        open_page(page, f"{app_server.url}/savings")
        total = page.locator(f'{MAIN} [data-testid="stMetric"]').nth(2)  # the what-if total, under the sliders
        before = total.inner_text()
        page.evaluate(TITLE_WATCH_JS)
        thumb = page.get_by_role("slider", name=i18n.TEXTS["savings.share_avoided"]["da"])
        nudge(page, thumb, "ArrowLeft")  # 100 % -> 95 %
        assert query(page)["andel"] == ["95"]
        assert total.inner_text() != before
        assert not page.evaluate("window.__titleWentStale")
        recalculated = total.inner_text()
        link = page.url
    with fresh_page(browser) as colleague:
        open_page(colleague, link)
        assert colleague.locator(f'{MAIN} [data-testid="stMetric"]').nth(2).inner_text() == recalculated
