"""Page open to first chart in headless chromium (the app vs a minimal one-chart Streamlit app), a widget change
to re-render, and the app server's peak memory while serving the synthetic data root.

Times are taken by the browser's own clock (``performance.now()``, from navigation start), recorded by a
MutationObserver the moment the first plotly SVG is in the page, so Playwright's polling adds nothing.
Every page open uses a fresh browser context (no cookies, no HTTP cache, a new Streamlit session); the first open
after a server start is reported apart ("cold": imports, the DuckDB connection, the curated tables).
"""

from __future__ import annotations

import re
from pathlib import Path

from bench.measure import gb, median, peak_rss_bytes
from bench.synth import QUESTIONS
from tests.streamlit_server import StreamlitServer

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]
CHART = ".js-plotly-plot .main-svg"

FIRST_CHART_OBSERVER = """
window.__firstChart = null;
const __check = () => {
  if (window.__firstChart === null && document.querySelector('%s')) { window.__firstChart = performance.now(); }
};
new MutationObserver(__check).observe(document, {childList: true, subtree: true});
""" % CHART

# True once the comparison chart shows `question` and Streamlit has finished the rerun (nothing stale, no spinner).
RERENDERED = """
(question) => {
  const titles = Array.from(document.querySelectorAll('.js-plotly-plot .gtitle')).map(e => e.textContent);
  if (!titles.some(t => t.startsWith(question))) return false;
  if (document.querySelector('[data-stale="true"]')) return false;
  return !document.querySelector('[data-testid="stStatusWidget"]');
}
"""


class Server(StreamlitServer):
    """The shared test server, plus the kernel's high-water mark of its memory."""

    def peak_rss_gb(self) -> float:
        return gb(peak_rss_bytes(self.process.pid))


def first_chart_s(browser, url: str, timeout_ms: float = 60_000) -> float:
    """Seconds from navigation start to the first plotly chart, in a fresh browser context."""
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    try:
        context.add_init_script(FIRST_CHART_OBSERVER)
        page = context.new_page()
        page.goto(url, wait_until="commit")
        page.wait_for_function("window.__firstChart !== null", timeout=timeout_ms, polling=50)
        return page.evaluate("window.__firstChart") / 1000
    finally:
        context.close()


def _choose(page, label: str, option: str) -> None:
    """Open the selectbox labelled ``label`` and click ``option``; ``window.__t0`` is the moment of the click."""
    combobox = page.get_by_role("combobox", name=label)
    listbox = page.locator('[role="listbox"]')
    combobox.click()
    try:
        listbox.wait_for(state="visible", timeout=2_000)
    except Exception:  # the first click may only focus it
        combobox.press("ArrowDown")
        listbox.wait_for(state="visible")
    target = listbox.locator('[role="option"]').filter(has_text=re.compile(f"^{re.escape(option)}$"))
    target.wait_for(state="visible")
    box = target.bounding_box()
    page.evaluate("window.__t0 = performance.now()")
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)


def rerender_times(browser, url: str, changes: int, timeout_ms: float = 60_000) -> tuple[float, list[float]]:
    """Open the satisfaction page (seconds to its first chart), then choose another question ``changes`` times:
    seconds from each click to the redrawn comparison chart."""
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    context.add_init_script(FIRST_CHART_OBSERVER)
    page = context.new_page()
    try:
        page.goto(f"{url}/satisfaction", wait_until="commit")
        page.wait_for_function("window.__firstChart !== null", timeout=timeout_ms, polling=50)
        first_chart = page.evaluate("window.__firstChart") / 1000
        page.wait_for_function(RERENDERED, arg=sorted(QUESTIONS)[0], timeout=timeout_ms, polling="raf")
        out = []
        for i in range(changes):
            question = sorted(QUESTIONS)[(i + 1) % len(QUESTIONS)]
            _choose(page, "Spørgsmål", question)
            page.wait_for_function(RERENDERED, arg=question, timeout=timeout_ms, polling="raf")
            out.append(page.evaluate("performance.now() - window.__t0") / 1000)
        return first_chart, out
    finally:
        context.close()


def run(data_root: Path, loads: int, changes: int, scratch: Path, satisfaction_loads: int | None = None) -> dict:
    """First chart (app overview, app satisfaction page, minimal app), re-render, and the app's peak memory.

    Both servers start together before anything is timed, then are measured one after the other while idle.
    """
    from concurrent.futures import ThreadPoolExecutor

    from playwright.sync_api import sync_playwright

    env = {"FRIKOMMUNE_DATA_ROOT": str(data_root), "FRIKOMMUNE_SECRETS": str(scratch / "no-secrets.toml")}
    result: dict = {}
    with ThreadPoolExecutor(2) as pool:
        futures = [pool.submit(Server, "bench/minimal_app.py", env, scratch / "minimal.log"),
                   pool.submit(Server, "app.py", env, scratch / "app.log")]
    failed = [f.exception() for f in futures if f.exception() is not None]
    if failed:  # stop the one that did start before giving up
        for f in futures:
            if f.exception() is None:
                f.result().stop()
        raise failed[0]
    servers = [f.result() for f in futures]
    minimal, app = servers
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            try:
                result["minimal_first_chart_cold_s"] = first_chart_s(browser, minimal.url)
                result["app_first_chart_cold_s"] = first_chart_s(browser, app.url)
                minimal_runs, app_runs = [], []
                for _ in range(loads):  # interleaved, so a burst of noise on the machine hits both alike
                    minimal_runs.append(first_chart_s(browser, minimal.url))
                    app_runs.append(first_chart_s(browser, app.url))
                satisfaction_runs = [first_chart_s(browser, f"{app.url}/satisfaction")
                                     for _ in range((satisfaction_loads or loads) - 1)]
                satisfaction_first, rerender = rerender_times(browser, app.url, changes)
                satisfaction_runs.append(satisfaction_first)
                result["app_peak_rss_gb"] = app.peak_rss_gb()
            finally:
                browser.close()
    finally:
        for server in servers:
            server.stop()
    result.update({
        "minimal_first_chart_s": median(minimal_runs),
        "app_first_chart_s": median(app_runs),
        "satisfaction_first_chart_s": median(satisfaction_runs),
        "first_chart_vs_minimal": median(app_runs) / median(minimal_runs),
        "satisfaction_first_chart_vs_minimal": median(satisfaction_runs) / median(minimal_runs),
        "rerender_s": median(rerender),
        "rerender_max_s": max(rerender),
        "first_chart_runs": {"minimal": minimal_runs, "app": app_runs, "satisfaction": satisfaction_runs},
        "rerender_runs": rerender,
    })
    return result
