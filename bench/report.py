"""The benchmark's outputs: bench/results.json, the printed table, and the table in bench/README.md."""

from __future__ import annotations

import json
import os
import platform
from dataclasses import dataclass
from pathlib import Path

BENCH = Path(__file__).resolve().parent
RESULTS = BENCH / "results.json"
README = BENCH / "README.md"
START, END = "<!-- results:start -->", "<!-- results:end -->"
PROJECT_README = BENCH.parent / "README.md"
PROJECT_START, PROJECT_END = "<!-- bench:start -->", "<!-- bench:end -->"


@dataclass(frozen=True)
class Target:
    key: str
    label: str
    unit: str
    limit: float
    higher_is_better: bool

    def met(self, value: float) -> bool:
        return value >= self.limit if self.higher_is_better else value <= self.limit

    def text(self) -> str:
        return f"{'≥' if self.higher_is_better else '≤'} {self.limit:g}{self.unit}"


TARGETS = [
    Target("aggregate_s", "satisfaction aggregates, warm (project query path)", " s", 0.05, False),
    Target("duckdb_vs_pandas", "… vs the same in pandas (read Parquet, group, aggregate)", "×", 10, True),
    Target("upload_100k_s", "upload of a 100,000-row .xlsx: validate + ingest", " s", 10, False),
    Target("calamine_vs_openpyxl", "… vs reading the file with openpyxl", "×", 5, True),
    Target("first_chart_vs_minimal", "start page: open to first chart vs a minimal one-chart app", "×", 1.3, False),
    Target("first_chart_vs_minimal_max", "slowest page: open to first chart vs the minimal app", "×", 1.2, False),
    Target("rerender_s", "widget change to re-rendered chart", " s", 0.3, False),
    Target("peak_rss_gb", "peak memory (RSS) serving the answers", " GB", 1.5, False),
    Target("load_throughput_vs_minimal", "concurrent sessions: reruns completed vs the minimal app", "×", 0.67, True),
    Target("load_p95_vs_minimal", "concurrent sessions: 95th percentile rerun vs the minimal app", "×", 1.5, False),
    Target("load_app_peak_rss_gb", "concurrent sessions: app server's peak memory (RSS)", " GB", 1.5, False),
    Target("load_errors", "concurrent sessions: errors (failed connections, runs, exceptions)", "", 0, False),
    # The deployment on every core (deploy/multi.py) under the same load, against the same one-process minimal app.
    Target(
        "load_multi_throughput_vs_minimal",
        "every core (processes behind nginx): reruns completed vs the minimal app",
        "×",
        0.67,
        True,
    ),
    Target("load_multi_p95_vs_minimal", "every core: 95th percentile rerun vs the minimal app", "×", 1.5, False),
    Target("load_multi_errors", "every core: errors", "", 0, False),
]


def load_average() -> list[float]:
    """The machine's 1, 5 and 15 minute load averages (other work on the same cores shows here)."""
    return [round(x, 2) for x in os.getloadavg()]


def environment() -> dict:
    import duckdb
    import pandas
    import streamlit

    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 1024**3
    return {
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "memory_gb": round(mem, 1),
        "duckdb": duckdb.__version__,
        "pandas": pandas.__version__,
        "streamlit": streamlit.__version__,
        "platform": platform.platform(),
    }


def _met(t: Target, results: dict) -> bool | None:
    value = results.get(t.key)
    if value is None:
        return False if t.key == "first_chart_vs_minimal_max" and results.get("first_chart_failed_pages") else None
    if t.key == "first_chart_vs_minimal_max" and results.get("first_chart_failed_pages"):
        return False  # a page that never showed its first chart is not "within the target"
    return t.met(value)


def with_targets(results: dict) -> dict:
    results["targets"] = {
        t.key: {"target": t.text(), "value": results.get(t.key), "met": _met(t, results)} for t in TARGETS
    }
    if "first_chart_vs_minimal_max_page" in results:
        results["targets"]["first_chart_vs_minimal_max"]["page"] = results["first_chart_vs_minimal_max_page"]
    return results


def write_json(results: dict) -> None:
    RESULTS.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "–"
    if unit == "":
        return f"{value:,}" if isinstance(value, int) else f"{value:.2f}"
    if unit.strip() == "×":
        return f"{value:.2f}×" if value < 10 else f"{value:.1f}×"
    if unit.strip() == "s":
        return f"{value:.3f} s" if value < 1 else f"{value:.2f} s"
    return f"{value:.2f}{unit}"


def table(results: dict) -> str:
    """The Markdown table of the targets: measured value, target, met."""
    lines = ["| measure | measured | target | met |", "|---|---:|---:|:---:|"]
    for t in TARGETS:
        value = results.get(t.key)
        met = _met(t, results)
        label = t.label
        if t.key == "first_chart_vs_minimal_max" and results.get("first_chart_vs_minimal_max_page"):
            label += f" ({results['first_chart_vs_minimal_max_page']})"
        lines.append(
            f"| {label} | {_fmt(value, t.unit)} | {t.text()} | {'–' if met is None else ('yes' if met else '**no**')} |"
        )
    return "\n".join(lines)


def details(results: dict) -> str:
    """The numbers behind the ratios, as a second table."""
    rows = [
        (
            "answers (rows) / respondents / batches",
            f"{results['rows']:,} / {results['respondents']:,} / {results['batches']}",
        ),
        ("pandas: read + group + aggregate", _fmt(results.get("pandas_s"), " s")),
        (
            "DuckDB scan of the answers Parquet (no histograms)",
            _fmt(results.get("duckdb_scan_s"), " s") + f" ({results.get('duckdb_scan_vs_pandas', 0):.1f}× pandas)",
        ),
        ("histogram rows read by the page query", f"{results.get('histogram_rows', 0):,}"),
        ("histograms built at ingest (all batches)", _fmt(results.get("histogram_build_s"), " s")),
        ("same N, ved ikke, mean, sum of squares in every cell", str(results.get("aggregate_results_match"))),
        ("upload file: rows / MB", f"{results.get('upload_rows', 0):,} / {results.get('upload_file_mb', 0):.1f}"),
        ("upload: validate + ingest (measured)", _fmt(results.get("upload_s"), " s")),
        (
            "openpyxl read / calamine read alone",
            f"{_fmt(results.get('openpyxl_read_s'), ' s')} / {_fmt(results.get('calamine_read_s'), ' s')}",
        ),
        (
            "first chart: app overview / minimal app (median)",
            f"{_fmt(results.get('app_first_chart_s'), ' s')} / {_fmt(results.get('minimal_first_chart_s'), ' s')}",
        ),
        (
            "first chart: minimal app opened at a page's address (its other pages' baseline)",
            _fmt(results.get("minimal_first_chart_at_page_address_s"), " s"),
        ),
        *[
            (
                f"first {p.get('kind') or 'chart'}: {name} page",
                f"{_fmt(p.get('first_shown_s'), ' s')} ({p['vs_minimal']:.2f}× minimal)"
                if p.get("vs_minimal")
                else f"failed: {p.get('error', '?')[:80]}",
            )
            for name, p in results.get("first_chart_pages", {}).items()
        ],
        (
            "first chart right after server start: app / minimal",
            f"{_fmt(results.get('app_first_chart_cold_s'), ' s')} / "
            f"{_fmt(results.get('minimal_first_chart_cold_s'), ' s')}",
        ),
        (
            "re-render: median / slowest",
            f"{_fmt(results.get('rerender_s'), ' s')} / {_fmt(results.get('rerender_max_s'), ' s')}",
        ),
        (
            "peak RSS: app server / query process / pandas baseline",
            f"{results.get('app_peak_rss_gb', 0):.2f} / {results.get('project_query_peak_rss_gb', 0):.2f} / "
            f"{results.get('pandas_peak_rss_gb', 0):.2f} GB",
        ),
    ]
    app, minimal = results.get("load_app"), results.get("load_minimal")
    if app and minimal:
        rows += [
            (
                "load: sessions × seconds per phase × rounds (page)",
                f"{results['load_sessions']} × {results['load_phase_s']:.0f} s × {results['load_rounds']} "
                f"({results['load_page']})",
            ),
            (
                "load: reruns per second, app / minimal",
                f"{app['throughput_per_s']:.2f} / {minimal['throughput_per_s']:.2f}",
            ),
            (
                "load: rerun median, app / minimal",
                f"{_fmt(app['rerun_p50_s'], ' s')} / {_fmt(minimal['rerun_p50_s'], ' s')}",
            ),
            (
                "load: rerun 95th percentile, app / minimal",
                f"{_fmt(app['rerun_p95_s'], ' s')} / {_fmt(minimal['rerun_p95_s'], ' s')}",
            ),
            (
                "load: first load median (all sessions opening at once), app / minimal",
                f"{_fmt(app['first_load_p50_s'], ' s')} / {_fmt(minimal['first_load_p50_s'], ' s')}",
            ),
            (
                "load: messages and kB sent per run, app / minimal",
                f"{app['messages_per_run']:.0f}, {app['kb_per_run']:.1f} / "
                f"{minimal['messages_per_run']:.0f}, {minimal['kb_per_run']:.1f}",
            ),
            (
                "load: app server RSS before / peak; minimal app peak",
                f"{results['load_app_rss_before_gb']:.2f} / {results['load_app_peak_rss_gb']:.2f}; "
                f"{results['load_minimal_peak_rss_gb']:.2f} GB",
            ),
        ]
    multi = results.get("load_multi_app")
    if multi and app:
        rows += [
            (
                "every core: processes behind nginx; reruns per second (vs the app in one process)",
                f"{results['load_multi_processes']}; {multi['throughput_per_s']:.2f} "
                f"({results['load_multi_throughput_vs_single']:.2f}× {app['throughput_per_s']:.2f})",
            ),
            (
                "every core: rerun median / 95th percentile; first load median",
                f"{_fmt(multi['rerun_p50_s'], ' s')} / {_fmt(multi['rerun_p95_s'], ' s')}; "
                f"{_fmt(multi['first_load_p50_s'], ' s')}",
            ),
            (
                "every core: peak RSS, all processes / the largest",
                f"{results['load_multi_peak_rss_gb']:.2f} / {results['load_multi_process_peak_rss_gb']:.2f} GB",
            ),
        ]
    elif results.get("load_multi_error"):
        rows.append(("every core: not measured", str(results["load_multi_error"])[:120]))
    if results.get("load_average_at_start"):
        rows.append(
            (
                "machine load average (1 min) at start / end",
                f"{results['load_average_at_start'][0]:.1f} / {results.get('load_average_at_end', [0])[0]:.1f}",
            )
        )
    return "\n".join(["| detail | value |", "|---|---:|", *(f"| {k} | {v} |" for k, v in rows)])


def update_readme(results: dict) -> None:
    """Replace the block between the result markers in bench/README.md with this run's tables."""
    env = results["environment"]
    block = "\n".join(
        [
            START,
            f"{'Full' if results['mode'] == 'full' else 'Quick'} run (`make bench"
            f"{'' if results['mode'] == 'full' else '-quick'}`) of {results['finished'][:16].replace('T', ' ')} UTC on "
            f"{env['cpus']} CPUs / {env['memory_gb']} GB (Python {env['python']}, DuckDB {env['duckdb']}, "
            f"pandas {env['pandas']}, Streamlit {env['streamlit']}); every number from that one run"
            + (f", on a {results['measured_tree']}" if results.get("measured_tree") else "")
            + ". Machine load "
            f"average (1 min) {results.get('load_average_at_start', ['?'])[0]} at the start and "
            f"{results.get('load_average_at_end', ['?'])[0]} at the end"
            # The load at the end is mostly the benchmark's own load step: only the start tells of other work.
            + (
                " (other work on the same cores: the browser and load ratios are noisier)."
                if results.get("load_average_at_start", [0])[0] > 1.5
                else "."
            ),
            "",
            table(results),
            "",
            details(results),
            END,
        ]
    )
    text = README.read_text(encoding="utf-8") if README.exists() else f"# Benchmark\n\n{START}\n{END}\n"
    if START not in text or END not in text:
        text = text.rstrip() + f"\n\n{START}\n{END}\n"
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    README.write_text(head + block + tail, encoding="utf-8")
    # The project's README carries the targets table (between its own markers), the details stay here.
    if PROJECT_README.exists():
        text = PROJECT_README.read_text(encoding="utf-8")
        if PROJECT_START in text and PROJECT_END in text:
            head, rest = text.split(PROJECT_START, 1)
            _, tail = rest.split(PROJECT_END, 1)
            summary = block.split("\n\n")[0].removeprefix(START + "\n")
            PROJECT_README.write_text(
                "\n".join([head + PROJECT_START, summary, "", table(results), PROJECT_END]) + tail, encoding="utf-8"
            )
