"""The deployment on every core (deploy/multi.py): two Streamlit processes behind nginx, sharing one data root.

A browser (or a load client) sticks to one process for the page, its WebSocket and its uploads, different
browsers spread over both processes, and a wave uploaded through one process shows in the other on its next
rerun. Which process served a request is read from nginx's access log (``upstream=`` and ``route=`` per line).
"""

from __future__ import annotations

import concurrent.futures
import re
import time
import urllib.error
import urllib.request
from collections import defaultdict
from pathlib import Path

import pytest

from bench import load
from deploy.multi import COOKIE, NGINX, Deployment, nginx_config

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "data" / "samples" / "SYNTETISK_tilfredshed_bred.xlsx"
LINE = re.compile(
    r'"(?P<method>\S+) (?P<path>\S+) [^"]*" (?P<status>\d+) upstream=(?P<upstream>\S+) route=(?P<route>\S+)'
)


def served(deployment: Deployment) -> list[dict[str, str]]:
    """Every request nginx has logged so far: method, path, status, upstream (the process) and route (the cookie)."""
    text = (deployment.run_dir / "access.log").read_text(encoding="utf-8")
    return [m.groupdict() for m in map(LINE.search, text.splitlines()) if m]


def process_of(deployment: Deployment, route: str) -> str:
    """The process nginx sends a browser with the cookie value ``route`` to (asked with a health check)."""
    request = urllib.request.Request(f"{deployment.url}/_stcore/health", headers={"Cookie": f"{COOKIE}={route}"})
    urllib.request.urlopen(request, timeout=10).read()
    for _ in range(100):  # nginx logs a request after answering it: the line may come a moment after the answer
        upstream = next((r["upstream"] for r in reversed(served(deployment)) if r["route"] == route), None)
        if upstream is not None:
            return upstream
        time.sleep(0.05)
    raise AssertionError(f"nginx logged no request with the route {route!r}")


def test_the_configuration_routes_by_a_cookie_and_passes_websockets_through(tmp_path):
    text = nginx_config("127.0.0.1:8501", ["127.0.0.1:8601", "127.0.0.1:8602"], tmp_path)
    assert "hash $route consistent;" in text
    assert f'"" "{COOKIE}=$request_id; Path=/; HttpOnly; SameSite=Lax";' in text  # a first visit gets its cookie
    assert "proxy_set_header Upgrade $http_upgrade;" in text and "proxy_read_timeout 3600s;" in text
    assert text.count("server 127.0.0.1:86") == 2
    assert str(tmp_path) in text  # pid, logs and temporary files in the run folder, nothing under /var


@pytest.fixture(scope="module")
def deployment(tmp_path_factory):
    """Two app processes behind nginx on an empty data root, with an upload key."""
    if not Path(NGINX).exists():
        pytest.fail(f"{NGINX} is missing: `make /usr/sbin/nginx` installs Debian's nginx")
    root = tmp_path_factory.mktemp("multi-root")
    env = {
        "FRIKOMMUNE_DATA_ROOT": str(root),
        "FRIKOMMUNE_UPLOAD_KEY": "test-key",
        "FRIKOMMUNE_SECRETS": str(root / "no-secrets.toml"),
    }
    running = Deployment(2, env, tmp_path_factory.mktemp("multi-run"))
    yield running
    running.stop()


@pytest.mark.slow
def test_each_websocket_session_sticks_to_one_process_and_sessions_spread_over_both(deployment):
    # Twenty visitors open the start page at once (each first fetches the page, as a browser does) and rerun it.
    # In a thread of its own: once a browser test has run, Playwright's sync API keeps an event loop running in
    # the test thread, and the load step's asyncio.run refuses to start inside it.
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        stats = pool.submit(load.phase, "multi", deployment.url, "", 20, 2.0, fetch_page=True).result()
    assert stats.errors == []
    assert len(stats.first_loads) == 20
    by_route: dict[str, set[str]] = defaultdict(set)
    streams = []
    for request in served(deployment):
        if request["path"] == "/" or request["path"].startswith("/_stcore/stream"):
            by_route[request["route"]].add(request["upstream"])
        if request["path"].startswith("/_stcore/stream"):
            streams.append(request)
    assert len(streams) >= 20
    assert all(len(by_route[s["route"]]) == 1 for s in streams)  # page and WebSocket in one process
    assert {s["upstream"] for s in streams} == set(deployment.backends)  # and both processes serve sessions


@pytest.mark.slow
def test_visitors_reach_the_app_but_not_streamlits_metrics(deployment):
    assert urllib.request.urlopen(f"{deployment.url}/_stcore/health", timeout=10).status == 200
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(f"{deployment.url}/_stcore/metrics", timeout=10)
    assert refused.value.code == 404
    backend = deployment.backends[0]  # behind the proxy each process still serves them, to the machine only
    assert urllib.request.urlopen(f"http://{backend}/_stcore/metrics", timeout=10).status == 200


@pytest.mark.browser
@pytest.mark.slow
def test_a_wave_uploaded_through_one_process_shows_through_the_other(deployment, browser):
    from playwright.sync_api import expect

    from frikommune.app.cache import UPLOAD_CHECK_S
    from tests.browser.helpers import MAIN, fresh_page, open_page, rerun_after, uploaded_count

    with fresh_page(browser) as uploader:
        open_page(uploader, f"{deployment.url}/upload")
        route = next(c["value"] for c in uploader.context.cookies() if c["name"] == COOKIE)
        mine = process_of(deployment, route)
        assert uploaded_count(uploader) == 0
        key = uploader.get_by_label("Upload-nøgle")
        key.fill("test-key")
        rerun_after(uploader, lambda: key.press("Enter"))
        rerun_after(uploader, lambda: uploader.locator('input[type="file"]').set_input_files(str(SAMPLE)))
        expect(uploader.locator(MAIN)).to_contain_text("Filen er gyldig", timeout=60_000)
        rerun_after(uploader, uploader.get_by_role("button", name="Gem som ny bølge").click)
        expect(uploader.locator(MAIN)).to_contain_text("Gemt som batch", timeout=60_000)
        assert uploaded_count(uploader) == 1

    # Everything of that browser - page, scripts, WebSocket, the file upload - went to one process.
    requests = [r for r in served(deployment) if r["route"] == route]
    assert any(r["path"].startswith("/_stcore/upload_file") for r in requests)
    assert {r["upstream"] for r in requests} == {mine}

    # A colleague whose browser is routed to the other process sees the wave within a few seconds.
    other = next(f"colleague-{i}" for i in range(200) if process_of(deployment, f"colleague-{i}") != mine)
    with fresh_page(browser) as colleague:
        colleague.context.add_cookies([{"name": COOKIE, "value": other, "url": deployment.url}])
        deadline = time.monotonic() + 3 * UPLOAD_CHECK_S + 10
        open_page(colleague, deployment.url)
        while uploaded_count(colleague) != 1 and time.monotonic() < deadline:
            time.sleep(0.5)
            open_page(colleague, deployment.url)
        assert uploaded_count(colleague) == 1
    theirs = {r["upstream"] for r in served(deployment) if r["route"] == other}
    assert theirs == set(deployment.backends) - {mine}


def test_the_benchmark_reports_the_deployment_on_every_core_against_the_same_targets():
    from bench import report

    targets = report.with_targets({"load_multi_throughput_vs_minimal": 0.9, "load_multi_errors": 1})["targets"]
    assert targets["load_multi_throughput_vs_minimal"]["met"] is True
    assert targets["load_multi_errors"]["met"] is False
    assert report.with_targets({})["targets"]["load_multi_p95_vs_minimal"]["met"] is None  # not measured: no verdict
