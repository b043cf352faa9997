"""Page open to first chart in headless chromium (every page of the app's navigation vs a minimal one-chart
Streamlit app), a widget change to re-render, and the app server's peak memory while serving the synthetic data root.

Times are taken by the browser's own clock (``performance.now()``, from navigation start), recorded by a
MutationObserver the moment the first chart is in the page, so Playwright's polling adds nothing. A page without a
chart in its first view is timed to its first table, one with neither to its first message box, and one without
any of these to its title (which kind is recorded per page). The pages are read from ``app.py``'s ``PAGES`` list
when the benchmark runs, so a new page is measured without changing the benchmark.
Every page open uses a fresh browser context (no cookies, no HTTP cache, a new Streamlit session); the first open
after a server start is reported apart ("cold": imports, the DuckDB connection, the curated tables).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from bench.measure import REPO, gb, median, peak_rss_bytes
from bench.streamlit_server import StreamlitServer
from bench.synth import QUESTIONS

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
CHART = ".js-plotly-plot .main-svg"
# What a page shows first when it has no chart: a table (the grid's canvas is drawn, or a static table), else a box.
FIRST_SHOWN = {
    "chart": CHART,
    "table": (
        '[data-testid="stMain"] [data-testid="stDataFrame"] canvas, '
        '[data-testid="stMain"] [data-testid="stTable"] table, [data-testid="stMain"] [data-testid="stHtml"] table'
    ),
    "message": '[data-testid="stMain"] [data-testid="stAlertContainer"]',
    "title": '[data-testid="stMain"] h1',
}
ERROR_BOX = '[data-testid="stException"]'
# The elements themselves, present before they are drawn: what decides a page's kind once its run has finished.
PRESENT = {
    "chart": '[data-testid="stMain"] [data-testid="stPlotlyChart"]',
    "table": (
        '[data-testid="stMain"] [data-testid="stDataFrame"], [data-testid="stMain"] [data-testid="stTable"], '
        '[data-testid="stMain"] [data-testid="stHtml"] table'
    ),
    "message": FIRST_SHOWN["message"],
    "title": FIRST_SHOWN["title"],
}


def observer(selector: str = CHART) -> str:
    """An init script that notes in ``window.__firstChart`` the moment ``selector`` first matches."""
    return """
window.__firstChart = null;
const __check = () => {
  if (window.__firstChart === null && document.querySelector(%s)) { window.__firstChart = performance.now(); }
};
new MutationObserver(__check).observe(document, {childList: true, subtree: true});
""" % repr(selector)  # noqa: UP031 - the script's own braces would all need doubling in an f-string


FIRST_CHART_OBSERVER = observer(CHART)

# True once the comparison chart shows `question` and Streamlit has finished the rerun (nothing stale, no spinner);
# the first frame it holds is noted in `window.__rerendered` by the browser's clock (Playwright's round trips to
# notice it add nothing).
RERENDERED = """
(question) => {
  const titles = Array.from(document.querySelectorAll('.js-plotly-plot .gtitle')).map(e => e.textContent);
  if (!titles.some(t => t.startsWith(question))) return false;
  if (document.querySelector('[data-stale="true"]')) return false;
  if (document.querySelector('[data-testid="stStatusWidget"]')) return false;
  if (window.__rerendered == null) window.__rerendered = performance.now();
  return true;
}
"""
# Notes in `window.__t0` the moment the pointer goes down on the option (the user's choice), by the browser's clock.
PRESSED = """
() => {
  window.__t0 = null;
  window.__rerendered = null;
  document.addEventListener('pointerdown', () => { window.__t0 = performance.now(); }, {capture: true, once: true});
}
"""


class Server(StreamlitServer):
    """The shared test server, plus the kernel's high-water mark of its memory."""

    def peak_rss_gb(self) -> float:
        return gb(peak_rss_bytes(self.process.pid))


def first_chart_s(browser, url: str, timeout_ms: float = 60_000, selector: str = CHART) -> float:
    """Seconds from navigation start to the first ``selector`` (a plotly chart), in a fresh browser context."""
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    try:
        context.add_init_script(observer(selector))
        page = context.new_page()
        page.goto(url, wait_until="commit")
        page.wait_for_function("window.__firstChart !== null", timeout=timeout_ms, polling=50)
        return page.evaluate("window.__firstChart") / 1000
    finally:
        context.close()


def app_pages(app_py: Path = REPO / "app.py") -> list[tuple[str, str]]:
    """(name, URL path) of every page in the app's navigation, read from ``PAGES`` (and ``URL_PATHS``, the pages
    whose address is not their file name) in ``app.py``; the name is the file's (``pages/overview.py`` ->
    ``overview``), and the default page's URL path is empty (the root)."""
    tree = ast.parse(app_py.read_text(encoding="utf-8"))
    found: dict[str, object] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name) and target.id in ("PAGES", "URL_PATHS"):
                    found[target.id] = ast.literal_eval(node.value)
    if "PAGES" not in found:
        raise ValueError(f"no PAGES list in {app_py}")
    url_paths: dict = found.get("URL_PATHS", {})  # type: ignore[assignment]
    out = []
    for path, _title, _icon, default in found["PAGES"]:  # type: ignore[union-attr]
        name = path.split("/")[-1][:-3]
        out.append((name, "" if default else url_paths.get(path, name)))
    return out


def first_shown_kind(browser, url: str, timeout_ms: float = 60_000) -> tuple[str, float]:
    """Open ``url`` once, let the run finish, and say what its first view shows: a chart, else a table (a grid,
    a static or an HTML table), else a message box, else its title (the kind the timed opens wait for); also the
    seconds to that element in this open. A page showing an exception raises."""
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    try:
        context.add_init_script(observer(", ".join(FIRST_SHOWN.values())))
        page = context.new_page()
        page.goto(url, wait_until="commit")
        page.wait_for_function("window.__firstChart !== null", timeout=timeout_ms, polling=50)
        idle = '[data-testid="stApp"][data-test-script-state="notRunning"]'
        for _ in range(30):  # finished and still finished a second later (a first run may rerun itself at once)
            page.wait_for_selector(idle, timeout=timeout_ms)
            page.wait_for_timeout(1_000)  # charts and grids draw after the run has finished
            if page.locator(idle).count():
                break
        if page.locator(ERROR_BOX).count():
            raise RuntimeError(
                f"{url}: the page shows an exception: {page.locator(ERROR_BOX).first.inner_text()[:300]}"
            )
        try:  # a chart or a table may come after a first run that reran itself: give it time to show
            page.wait_for_selector(f"{PRESENT['chart']}, {PRESENT['table']}", timeout=15_000)
        except Exception:  # noqa: BLE001 - a page without either: a message box or its title
            pass
        for kind, selector in PRESENT.items():
            if page.locator(selector).count():
                page.wait_for_selector(FIRST_SHOWN[kind], timeout=timeout_ms)  # drawn, so the timed opens can wait
                return kind, page.evaluate("window.__firstChart") / 1000
        raise RuntimeError(f"{url}: nothing to time")
    finally:
        context.close()


def _choose(page, label: str, option: str) -> None:
    """Open the selectbox labelled ``label`` and click ``option``; ``window.__t0`` is the moment the pointer goes
    down on it."""
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
    page.evaluate(PRESSED)
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)


def rerender_times(browser, url: str, changes: int, timeout_ms: float = 60_000) -> tuple[float, list[float]]:
    """Open the satisfaction page (seconds to its first chart), then choose another question ``changes`` times:
    seconds from each press on an option to the first frame that shows its comparison chart, the run finished."""
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    context.add_init_script(FIRST_CHART_OBSERVER)
    page = context.new_page()
    try:
        # With its uploaded waves open, as a link to them opens them (closed, the page builds none of their pickers).
        page.goto(f"{url}/satisfaction?tilf_up_vis=true", wait_until="commit")
        page.wait_for_function("window.__firstChart !== null", timeout=timeout_ms, polling=50)
        first_chart = page.evaluate("window.__firstChart") / 1000
        page.wait_for_function(RERENDERED, arg=sorted(QUESTIONS)[0], timeout=timeout_ms, polling="raf")
        out = []
        for i in range(changes):
            question = sorted(QUESTIONS)[(i + 1) % len(QUESTIONS)]
            _choose(page, "Spørgsmål", question)
            page.wait_for_function(RERENDERED, arg=question, timeout=timeout_ms, polling="raf")
            out.append(page.evaluate("window.__rerendered - window.__t0") / 1000)
        return first_chart, out
    finally:
        context.close()


def run(data_root: Path, loads: int, changes: int, scratch: Path) -> dict:
    """First chart of every page of the app and of the minimal app, re-render, and the app's peak memory.

    Both servers start together before anything is timed, then are measured one after the other while idle: every
    page is opened ``loads`` times, each open right after one of the minimal app at the same address, so noise on
    the machine hits both alike. A page is compared with the minimal app's median at its kind of address: the root
    for the start page, a page's address (over as many opens as all other pages together) for the others.
    """
    from concurrent.futures import ThreadPoolExecutor

    from playwright.sync_api import sync_playwright

    env = {"FRIKOMMUNE_DATA_ROOT": str(data_root), "FRIKOMMUNE_SECRETS": str(scratch / "no-secrets.toml")}
    pages = app_pages()
    result: dict = {"pages": [name for name, _ in pages]}
    with ThreadPoolExecutor(2) as pool:
        futures = [
            pool.submit(Server, "bench/minimal_app.py", env, scratch / "minimal.log"),
            pool.submit(Server, "app.py", env, scratch / "app.log"),
        ]
    failed = [f.exception() for f in futures if f.exception() is not None]
    if failed:  # stop the one that did start before giving up
        for f in futures:
            if f.exception() is None:
                f.result().stop()
        raise failed[0]
    servers = [f.result() for f in futures]
    minimal, app = servers
    kinds: dict[str, str] = {}
    page_runs: dict[str, list[float]] = {name: [] for name, _ in pages}
    page_errors: dict[str, str] = {}
    # The minimal app opened at the same address as the page it is paired with. At an address below the root,
    # Streamlit's frontend first asks <address>/_stcore/health, gets 404 and asks the root 100 ms later: a cost of
    # every deep link into any Streamlit app, which the minimal app opened at its root never paid.
    minimal_runs: dict[str, list[float]] = {"root": [], "page_address": []}
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            try:
                result["minimal_first_chart_cold_s"] = first_chart_s(browser, minimal.url)
                try:
                    result["app_first_chart_cold_s"] = first_chart_s(browser, app.url)
                except Exception as exc:  # noqa: BLE001 - the start page without a chart: its kind is found below
                    result["app_first_chart_cold_error"] = f"{type(exc).__name__}: {str(exc)[:300]}"
                for name, path in pages:  # one untimed open each: what the page shows first, its imports
                    try:
                        kinds[name], _ = first_shown_kind(browser, f"{app.url}/{path}")
                    except Exception as exc:  # noqa: BLE001 - a page that shows nothing is a result
                        page_errors[name] = f"{type(exc).__name__}: {str(exc)[:300]}"
                for _ in range(loads):
                    for name, path in pages:
                        if name in page_errors:
                            continue
                        minimal_runs["page_address" if path else "root"].append(
                            first_chart_s(browser, f"{minimal.url}/{path}")
                        )
                        try:
                            page_runs[name].append(
                                first_chart_s(browser, f"{app.url}/{path}", selector=FIRST_SHOWN[kinds[name]])
                            )
                        except Exception as exc:  # noqa: BLE001
                            page_errors[name] = f"{type(exc).__name__}: {str(exc)[:300]}"
                try:
                    satisfaction_first, rerender = rerender_times(browser, app.url, changes)
                except Exception as exc:  # noqa: BLE001 - reported, the other measurements stand
                    satisfaction_first, rerender = None, []
                    result["rerender_error"] = f"{type(exc).__name__}: {str(exc)[:300]}"
                result["app_peak_rss_gb"] = app.peak_rss_gb()
            finally:
                browser.close()
    finally:
        for server in servers:
            server.stop()
    minimal_median = {where: median(runs) if runs else float("nan") for where, runs in minimal_runs.items()}
    address = {name: "page_address" if path else "root" for name, path in pages}
    per_page = {
        name: {
            "kind": kinds.get(name),
            "first_shown_s": median(runs) if runs else None,
            "vs_minimal": median(runs) / minimal_median[address[name]] if runs else None,
            "runs": runs,
            **({"error": page_errors[name]} if name in page_errors else {}),
        }
        for name, runs in page_runs.items()
    }
    measured = {name: p["vs_minimal"] for name, p in per_page.items() if p["vs_minimal"] is not None}
    worst = max(measured, key=measured.get) if measured else None
    default_page = next(name for name, path in pages if path == "")
    result.update(
        {
            "minimal_first_chart_s": minimal_median["root"],
            "minimal_first_chart_at_page_address_s": minimal_median["page_address"],
            "app_first_chart_s": per_page[default_page]["first_shown_s"],
            "first_chart_vs_minimal": per_page[default_page]["vs_minimal"],
            "first_chart_vs_minimal_max": measured[worst] if worst else None,
            "first_chart_vs_minimal_max_page": worst,
            "first_chart_failed_pages": sorted(page_errors),
            "first_chart_pages": per_page,
            "satisfaction_first_chart_s": per_page.get("satisfaction", {}).get("first_shown_s"),
            "satisfaction_first_chart_vs_minimal": per_page.get("satisfaction", {}).get("vs_minimal"),
            "satisfaction_first_chart_after_rerender_open_s": satisfaction_first,
            "rerender_s": median(rerender) if rerender else None,
            "rerender_max_s": max(rerender) if rerender else None,
            "first_chart_runs": {
                "minimal": minimal_runs["root"],
                "minimal_at_page_address": minimal_runs["page_address"],
                **page_runs,
            },
            "rerender_runs": rerender,
        }
    )
    return result
