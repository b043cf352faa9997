"""Many sessions at once: raw WebSocket clients that speak Streamlit's protocol, as a browser does.

A browser talks to ``/_stcore/stream`` with protobuf: it sends a ``BackMsg`` whose ``rerun_script`` carries the
client state (query string, page, widget states, the hashes of the messages it has cached), and the server answers
with ``ForwardMsg``s (``new_session``, the page's deltas, ...) ending in ``script_finished``. Each client here does
the same: it connects, runs the page once (the first load), then reruns it until the phase ends, one run at a
time, like a user pressing "R" as soon as the page has finished. Like the browser it keeps the hashes of the
cacheable messages it received and sends them with every rerun, so the server may answer with references.

The app and the minimal app (``bench/minimal_app.py``) run side by side on identical server settings, bound to the
loopback interface; the phases alternate (minimal, app, minimal, app, ...) so that noise on the machine hits both.
Everything is bounded: at most ``MAX_SESSIONS`` clients, at most ``MAX_PHASE_S`` per phase, a timeout on every run.

Counted as an error: a connection that fails or closes, a run that does not finish within ``RUN_TIMEOUT_S``, a
run that ends with a compile error, and an exception element in a page (a page that crashed under load).

With ``multi`` the app is measured a second time, deployed on every core (``deploy/multi.py``: one Streamlit process
per CPU behind nginx with sticky sessions), in a third phase of each round. Its clients first fetch the page over
HTTP, as a browser does, and send the process cookie the proxy gave them with the WebSocket handshake.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from bench.measure import gb, peak_rss_bytes

MAX_SESSIONS = 100
MAX_PHASE_S = 300.0
RUN_TIMEOUT_S = 120.0
CONNECT_TIMEOUT_S = 60.0


@dataclass
class PhaseStats:
    """What one phase (one server, ``sessions`` clients, ``seconds`` long) measured."""

    server: str
    sessions: int
    seconds: float
    first_loads: list[float] = field(default_factory=list)
    reruns: list[float] = field(default_factory=list)
    completed_in_window: int = 0
    errors: list[str] = field(default_factory=list)
    messages: int = 0
    bytes: int = 0


def percentile(values: list[float], q: float) -> float | None:
    """The ``q``-th percentile (0-100) by linear interpolation between closest ranks; None when empty."""
    if not values:
        return None
    ordered = sorted(values)
    pos = (len(ordered) - 1) * q / 100
    low = int(pos)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)


def rerun_msg(query_string: str, page_name: str, url: str, cached: set[str]) -> bytes:
    """The ``BackMsg`` a browser sends to (re)run the page: client state with context and cached hashes."""
    from streamlit.proto.BackMsg_pb2 import BackMsg

    msg = BackMsg()
    state = msg.rerun_script
    state.query_string = query_string
    state.page_name = page_name
    state.page_script_hash = ""
    state.cached_message_hashes.extend(sorted(cached))
    info = state.context_info
    info.timezone = "Europe/Copenhagen"
    info.timezone_offset = -60
    info.locale = "da-DK"
    info.url = url
    info.is_embedded = False
    info.color_scheme = "light"
    return msg.SerializeToString()


class Session:
    """One simulated visitor: a WebSocket to the server and the run it is waiting for."""

    def __init__(
        self, base_url: str, page: str, query_string: str, stats: PhaseStats, fetch_page: bool = False
    ) -> None:
        self.fetch_page = fetch_page  # GET the page first and keep its cookies (a sticky proxy's process cookie)
        self.ws_url = base_url.replace("http://", "ws://") + "/_stcore/stream"
        self.origin = base_url
        self.page = page
        self.page_url = f"{base_url}/{page}" + (f"?{query_string}" if query_string else "")
        self.query_string = query_string
        self.stats = stats
        self.cached: set[str] = set()
        self.ws = None

    async def run_once(self) -> float:
        """Send a rerun and wait for the run to finish successfully; seconds from the send to ``script_finished``."""
        from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

        started = time.perf_counter()
        await self.ws.send(rerun_msg(self.query_string, self.page, self.page_url, self.cached))
        deadline = started + RUN_TIMEOUT_S
        while True:
            remaining = deadline - time.perf_counter()
            if remaining <= 0:
                raise TimeoutError(f"run not finished in {RUN_TIMEOUT_S:.0f} s")
            data = await asyncio.wait_for(self.ws.recv(), remaining)
            self.stats.messages += 1
            self.stats.bytes += len(data)
            msg = ForwardMsg()
            msg.ParseFromString(data)
            kind = msg.WhichOneof("type")
            if msg.metadata.cacheable and msg.hash:
                self.cached.add(msg.hash)
            if kind == "delta" and msg.delta.WhichOneof("type") == "new_element":
                if msg.delta.new_element.WhichOneof("type") == "exception":
                    exc = msg.delta.new_element.exception
                    self.stats.errors.append(f"exception in page: {exc.type}: {exc.message[:200]}")
            elif kind == "page_not_found":
                self.stats.errors.append(f"page not found: {self.page!r}")
            elif kind == "script_finished":
                status = msg.script_finished
                if status == ForwardMsg.FINISHED_EARLY_FOR_RERUN:
                    continue  # st.rerun() inside the script: the run goes on
                if status == ForwardMsg.FINISHED_WITH_COMPILE_ERROR:
                    self.stats.errors.append("script finished with a compile error")
                return time.perf_counter() - started

    async def run(self, window_end: float, phase_start: float) -> None:
        """Connect, first load, then rerun until ``window_end``; errors are recorded, never raised."""
        from websockets.asyncio.client import connect

        try:
            headers = {}
            if self.fetch_page:
                cookie = await asyncio.to_thread(page_cookies, self.page_url)
                if cookie:
                    headers["Cookie"] = cookie
            async with connect(
                self.ws_url,
                subprotocols=["streamlit"],
                origin=self.origin,
                additional_headers=headers,
                max_size=None,
                open_timeout=CONNECT_TIMEOUT_S,
                ping_interval=None,
                close_timeout=5,
            ) as ws:
                self.ws = ws
                first = await self.run_once()
                self.stats.first_loads.append(time.perf_counter() - phase_start)  # from "opened the link"
                if time.perf_counter() <= window_end:
                    self.stats.completed_in_window += 1
                del first
                while time.perf_counter() < window_end:
                    seconds = await self.run_once()
                    self.stats.reruns.append(seconds)
                    if time.perf_counter() <= window_end:
                        self.stats.completed_in_window += 1
        except Exception as exc:  # noqa: BLE001 - every failure is a measured error
            self.stats.errors.append(f"{type(exc).__name__}: {str(exc)[:200]}")


def page_cookies(url: str) -> str:
    """GET ``url`` as a browser opening the link does; the cookies it sets, as a ``Cookie`` header value."""
    with urllib.request.urlopen(url, timeout=CONNECT_TIMEOUT_S) as response:
        response.read()
        return "; ".join(c.split(";", 1)[0] for c in response.headers.get_all("Set-Cookie") or [])


async def _phase(
    server: str, base_url: str, page: str, sessions: int, seconds: float, fetch_page: bool = False
) -> PhaseStats:
    """``sessions`` clients open the page at once and rerun it for ``seconds``; half in Danish, half in English."""
    stats = PhaseStats(server, sessions, seconds)
    phase_start = time.perf_counter()
    window_end = phase_start + seconds
    clients = [Session(base_url, page, "" if i % 2 == 0 else "lang=en", stats, fetch_page) for i in range(sessions)]
    await asyncio.wait_for(
        asyncio.gather(*(c.run(window_end, phase_start) for c in clients)), seconds + RUN_TIMEOUT_S + CONNECT_TIMEOUT_S
    )
    return stats


def phase(server: str, base_url: str, page: str, sessions: int, seconds: float, fetch_page: bool = False) -> PhaseStats:
    """One bounded phase on the loopback interface (see ``_phase``)."""
    if not 1 <= sessions <= MAX_SESSIONS:
        raise ValueError(f"sessions must be 1..{MAX_SESSIONS}, not {sessions}")
    if not 0 < seconds <= MAX_PHASE_S:
        raise ValueError(f"a phase lasts at most {MAX_PHASE_S:.0f} s, not {seconds}")
    if not base_url.startswith("http://127.0.0.1:"):
        raise ValueError(f"the load step runs on the loopback interface only, not {base_url}")
    return asyncio.run(_phase(server, base_url, page, sessions, seconds, fetch_page))


def _summary(phases: list[PhaseStats]) -> dict:
    reruns = [x for p in phases for x in p.reruns]
    first = [x for p in phases for x in p.first_loads]
    window = sum(p.seconds for p in phases)
    completed = sum(p.completed_in_window for p in phases)
    return {
        "runs": completed,
        "throughput_per_s": completed / window,
        "rerun_p50_s": statistics.median(reruns) if reruns else None,
        "rerun_p95_s": percentile(reruns, 95),
        "first_load_p50_s": statistics.median(first) if first else None,
        "first_load_p95_s": percentile(first, 95),
        "errors": [e for p in phases for e in p.errors],
        "messages_per_run": sum(p.messages for p in phases) / max(1, len(reruns) + len(first)),
        "kb_per_run": sum(p.bytes for p in phases) / 1024 / max(1, len(reruns) + len(first)),
    }


def _ratio(a: float | None, b: float | None) -> float | None:
    return a / b if a and b else None


def run(
    data_root: Path, scratch: Path, sessions: int, seconds: float, rounds: int, page: str = "", multi: bool = False
) -> dict:
    """The app and the minimal app under ``sessions`` concurrent sessions, alternating ``rounds`` times; with
    ``multi`` also the app deployed on every core (``deploy/multi.py``) as a third phase of each round.

    Fresh servers (identical settings, loopback) so the app's peak memory is that of this load. ``page`` is the
    app's URL path (empty: the start page); the minimal app has a single page.
    """
    from bench.browser import Server

    env = {"FRIKOMMUNE_DATA_ROOT": str(data_root), "FRIKOMMUNE_SECRETS": str(scratch / "no-secrets.toml")}
    deployment, multi_error = None, None
    minimal = Server("bench/minimal_app.py", env, scratch / "load-minimal.log")
    try:
        app = Server("app.py", env, scratch / "load-app.log")
    except Exception:
        minimal.stop()
        raise
    if multi:
        try:
            from deploy.multi import Deployment

            deployment = Deployment(os.cpu_count() or 1, env, scratch / "load-multi")
        except Exception as exc:  # noqa: BLE001 - no nginx, a process that did not start: recorded, not fatal
            multi_error = f"{type(exc).__name__}: {str(exc)[:300]}"
    # (name, URL, page, clients fetch the page first)
    targets = [("minimal", minimal.url, "", False), ("app", app.url, page, False)]
    if deployment is not None:
        targets.append(("app_multi", deployment.url, page, True))
    phases: dict[str, list[PhaseStats]] = {name: [] for name, *_ in targets}
    try:
        rss_before = gb(peak_rss_bytes(app.process.pid))
        warm_errors = []
        warm = [("minimal", minimal.url, ""), ("app", app.url, page)]
        if deployment is not None:  # every process of the deployment, directly: imports, database, first cache fill
            warm += [(f"app_multi {b}", f"http://{b}", page) for b in deployment.backends]
        for name, url, path in warm:
            warm_errors += [f"{name} (warm-up): {e}" for e in phase(name, url, path, 1, 0.1).errors]
        for _ in range(rounds):
            for name, url, path, fetch_page in targets:
                phases[name].append(phase(name, url, path, sessions, seconds, fetch_page))
                time.sleep(1.0)  # let the closed sessions go before the other server's phase
        app_rss = gb(peak_rss_bytes(app.process.pid))
        minimal_rss = gb(peak_rss_bytes(minimal.process.pid))
        multi_rss = [gb(peak_rss_bytes(pid)) for pid in deployment.pids()] if deployment is not None else []
    finally:
        app.stop()
        minimal.stop()
        if deployment is not None:
            deployment.stop()
    app_s, minimal_s = _summary(phases["app"]), _summary(phases["minimal"])
    out = {
        "load_sessions": sessions,
        "load_phase_s": seconds,
        "load_rounds": rounds,
        "load_page": page or "(start page)",
        "load_app": app_s,
        "load_minimal": minimal_s,
        "load_throughput_vs_minimal": app_s["throughput_per_s"] / minimal_s["throughput_per_s"],
        "load_p95_vs_minimal": _ratio(app_s["rerun_p95_s"], minimal_s["rerun_p95_s"]),
        "load_first_load_p50_vs_minimal": _ratio(app_s["first_load_p50_s"], minimal_s["first_load_p50_s"]),
        "load_errors": len(app_s["errors"]) + len(minimal_s["errors"]) + len(warm_errors),
        "load_error_samples": (warm_errors + app_s["errors"] + minimal_s["errors"])[:10],
        "load_app_peak_rss_gb": app_rss,
        "load_app_rss_before_gb": rss_before,
        "load_minimal_peak_rss_gb": minimal_rss,
    }
    if multi:
        out.update(_multi_results(phases.get("app_multi", []), app_s, minimal_s, multi_rss, multi_error))
    return out


def _multi_results(phases: list[PhaseStats], app_s: dict, minimal_s: dict, rss: list[float], error: str | None) -> dict:
    """The keys of the multi-process deployment's phases: against the minimal app (one process) and the app in one
    process, measured in the same rounds."""
    if error is not None or not phases:
        return {"load_multi_error": error or "not measured"}
    multi_s = _summary(phases)
    return {
        "load_multi_processes": len(rss),
        "load_multi_app": multi_s,
        "load_multi_throughput_vs_minimal": multi_s["throughput_per_s"] / minimal_s["throughput_per_s"],
        "load_multi_p95_vs_minimal": _ratio(multi_s["rerun_p95_s"], minimal_s["rerun_p95_s"]),
        "load_multi_throughput_vs_single": multi_s["throughput_per_s"] / app_s["throughput_per_s"],
        "load_multi_p95_vs_single": _ratio(multi_s["rerun_p95_s"], app_s["rerun_p95_s"]),
        "load_multi_errors": len(multi_s["errors"]),
        "load_multi_error_samples": multi_s["errors"][:10],
        "load_multi_peak_rss_gb": sum(rss),
        "load_multi_process_peak_rss_gb": max(rss),
    }
