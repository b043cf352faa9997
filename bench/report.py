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
    Target("first_chart_vs_minimal", "page open to first chart vs a minimal one-chart app", "×", 1.3, False),
    Target("rerender_s", "widget change to re-rendered chart", " s", 0.5, False),
    Target("peak_rss_gb", "peak memory (RSS) serving the answers", " GB", 1.5, False),
]


def environment() -> dict:
    import duckdb
    import pandas
    import streamlit

    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 1024**3
    return {"python": platform.python_version(), "cpus": os.cpu_count(), "memory_gb": round(mem, 1),
            "duckdb": duckdb.__version__, "pandas": pandas.__version__, "streamlit": streamlit.__version__,
            "platform": platform.platform()}


def with_targets(results: dict) -> dict:
    results["targets"] = {t.key: {"target": t.text(), "value": results.get(t.key),
                                  "met": t.met(results[t.key]) if results.get(t.key) is not None else None}
                          for t in TARGETS}
    return results


def write_json(results: dict) -> None:
    RESULTS.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "–"
    if unit.strip() == "×":
        return f"{value:.1f}×"
    if unit.strip() == "s":
        return f"{value:.3f} s" if value < 1 else f"{value:.2f} s"
    return f"{value:.2f}{unit}"


def table(results: dict) -> str:
    """The Markdown table of the targets: measured value, target, met."""
    lines = ["| measure | measured | target | met |", "|---|---:|---:|:---:|"]
    for t in TARGETS:
        value = results.get(t.key)
        met = "–" if value is None else ("yes" if t.met(value) else "**no**")
        lines.append(f"| {t.label} | {_fmt(value, t.unit)} | {t.text()} | {met} |")
    return "\n".join(lines)


def details(results: dict) -> str:
    """The numbers behind the ratios, as a second table."""
    rows = [
        ("answers (rows) / respondents / batches", f"{results['rows']:,} / {results['respondents']:,} / "
                                                    f"{results['batches']}"),
        ("pandas: read + group + aggregate", _fmt(results.get("pandas_s"), " s")),
        ("DuckDB scan of the answers Parquet (no histograms)", _fmt(results.get("duckdb_scan_s"), " s")
         + f" ({results.get('duckdb_scan_vs_pandas', 0):.1f}× pandas)"),
        ("histogram rows read by the page query", f"{results.get('histogram_rows', 0):,}"),
        ("histograms built at ingest (all batches)", _fmt(results.get("histogram_build_s"), " s")),
        ("same N, ved ikke, mean, sum of squares in every cell", str(results.get("aggregate_results_match"))),
        ("upload file: rows / MB", f"{results.get('upload_rows', 0):,} / {results.get('upload_file_mb', 0):.1f}"),
        ("upload: validate + ingest (measured)", _fmt(results.get("upload_s"), " s")),
        ("openpyxl read / calamine read alone", f"{_fmt(results.get('openpyxl_read_s'), ' s')} / "
                                                f"{_fmt(results.get('calamine_read_s'), ' s')}"),
        ("first chart: app overview / minimal app (median)", f"{_fmt(results.get('app_first_chart_s'), ' s')} / "
                                                             f"{_fmt(results.get('minimal_first_chart_s'), ' s')}"),
        ("first chart: satisfaction page", _fmt(results.get("satisfaction_first_chart_s"), " s")
         + f" ({results.get('satisfaction_first_chart_vs_minimal', 0):.2f}× minimal)"),
        ("first chart right after server start: app / minimal",
         f"{_fmt(results.get('app_first_chart_cold_s'), ' s')} / "
         f"{_fmt(results.get('minimal_first_chart_cold_s'), ' s')}"),
        ("re-render: median / slowest", f"{_fmt(results.get('rerender_s'), ' s')} / "
                                        f"{_fmt(results.get('rerender_max_s'), ' s')}"),
        ("peak RSS: app server / query process / pandas baseline",
         f"{results.get('app_peak_rss_gb', 0):.2f} / {results.get('project_query_peak_rss_gb', 0):.2f} / "
         f"{results.get('pandas_peak_rss_gb', 0):.2f} GB"),
    ]
    return "\n".join(["| detail | value |", "|---|---:|", *(f"| {k} | {v} |" for k, v in rows)])


def update_readme(results: dict) -> None:
    """Replace the block between the result markers in bench/README.md with this run's tables."""
    env = results["environment"]
    block = "\n".join([
        START,
        f"Full run of {results['finished'][:16].replace('T', ' ')} UTC on {env['cpus']} CPUs / "
        f"{env['memory_gb']} GB (Python {env['python']}, DuckDB {env['duckdb']}, pandas {env['pandas']}, "
        f"Streamlit {env['streamlit']}); every number from that one run.",
        "",
        table(results),
        "",
        details(results),
        END,
    ])
    text = README.read_text(encoding="utf-8") if README.exists() else f"# Benchmark\n\n{START}\n{END}\n"
    if START not in text or END not in text:
        text = text.rstrip() + f"\n\n{START}\n{END}\n"
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    README.write_text(head + block + tail, encoding="utf-8")
