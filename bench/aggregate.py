"""Satisfaction aggregates (N, "ved ikke", mean, sum of squares by municipality x experiment x group x question x
wave) over every synthetic answer: the project's query path against the same computation in pandas.

- project: ``Database(root).query("satisfaction/uploaded_summary", experiment="")``, which reads the ingest-time
  answer histograms (DESIGN §8) - warm = repeated after the first run, as a page rerun with the app's cache empty;
- pandas: read the answers Parquet (only the columns needed), group, aggregate - what one would write without
  the project;
- duckdb_scan: the same aggregate by DuckDB straight over the answers Parquet (context: what DuckDB alone gives).

Each side runs in its own process, so its peak memory is its own. ``python -m bench.aggregate <side> ...``.
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

import pandas as pd

from bench.measure import emit, gb, median, peak_rss_bytes, run_child, timings
from bench.synth import SurveyRoot

KEYS = ["municipality_id", "experiment_id", "respondent_group", "question", "wave"]

SCAN_SQL = """
SELECT municipality_id, experiment_id, respondent_group, question, wave,
       count(answer) AS n, count(*) FILTER (WHERE dont_know) AS dont_know,
       avg(CAST(answer AS DOUBLE)) AS mean, sum(CAST(answer AS DOUBLE) * answer) AS sum_sq
FROM read_parquet($files)
GROUP BY ALL
ORDER BY experiment_id, respondent_group, question, wave, municipality_id
"""


def pandas_summary(files: list[str]) -> pd.DataFrame:
    """The satisfaction summary in plain pandas: read the answers, group, aggregate."""
    df = pd.concat([pd.read_parquet(f, columns=[*KEYS, "answer", "dont_know"]) for f in files], ignore_index=True)
    answer = df["answer"].astype("float64")  # missing = no number: "ved ikke" (dont_know) or blank
    df = df.assign(answer=answer, answer_sq=answer * answer)
    return (
        df.groupby(KEYS, sort=True)
        .agg(
            n=("answer", "count"), dont_know=("dont_know", "sum"), mean=("answer", "mean"), sum_sq=("answer_sq", "sum")
        )
        .reset_index()
    )


def _project(root: str, repeat: int, out: str | None) -> dict:
    from frikommune.data.db import Database

    started = time.perf_counter()
    db = Database(data_root=root)  # curated tables + the active batches' histograms
    open_s = time.perf_counter() - started
    first = timings(lambda: db.query("satisfaction/uploaded_summary", experiment=""), 1)[0]
    warm = timings(lambda: db.query("satisfaction/uploaded_summary", experiment=""), repeat)
    refresh = timings(db.refresh_uploads, repeat)  # what every page run pays to notice new uploads
    result = db.query("satisfaction/uploaded_summary", experiment="")
    if out:
        result.to_parquet(out)
    return {
        "open_s": open_s,
        "first_s": first,
        "warm_s": median(warm),
        "warm_runs": warm,
        "refresh_check_s": median(refresh),
        "cells": len(result),
        "peak_rss_gb": gb(peak_rss_bytes()),
    }


def _pandas(files: list[str], repeat: int, out: str | None) -> dict:
    runs = timings(lambda: pandas_summary(files), repeat)
    if out:
        pandas_summary(files).to_parquet(out)
    return {"s": median(runs), "runs": runs, "peak_rss_gb": gb(peak_rss_bytes())}


def _scan(files: list[str], repeat: int) -> dict:
    import duckdb

    con = duckdb.connect()
    first = timings(lambda: con.execute(SCAN_SQL, {"files": files}).df(), 1)[0]
    runs = timings(lambda: con.execute(SCAN_SQL, {"files": files}).df(), repeat)
    return {"first_s": first, "s": median(runs), "runs": runs, "peak_rss_gb": gb(peak_rss_bytes())}


def _same(project: pd.DataFrame, baseline: pd.DataFrame) -> bool:
    """True when both give the same N, "ved ikke" and mean in every cell."""
    merged = project.merge(baseline, on=KEYS, how="outer", suffixes=("_p", "_b"), indicator=True)
    if not (merged["_merge"] == "both").all():
        return False
    return bool(
        (merged["n_p"] == merged["n_b"]).all()
        and (merged["dont_know_p"] == merged["dont_know_b"]).all()
        and ((merged["mean_p"] - merged["mean_b"]).abs() < 1e-9).all()
        and ((merged["sum_sq_p"] - merged["sum_sq_b"]).abs() < 1e-6).all()
    )


def _histogram_rows(root: Path) -> int:
    import pyarrow.parquet as pq

    return sum(pq.ParquetFile(p).metadata.num_rows for p in (root / "uploads" / "histograms").glob("*.parquet"))


def run(survey: SurveyRoot, repeat: int, scratch: Path) -> dict:
    """The three sides, each in its own process; ratios computed from this run's numbers."""
    scratch.mkdir(parents=True, exist_ok=True)
    p_out, b_out = scratch / "project.parquet", scratch / "pandas.parquet"
    files = ",".join(survey.answer_files)
    project = run_child(
        "bench.aggregate", "project", "--root", str(survey.root), "--repeat", str(repeat * 5), "--out", str(p_out)
    )
    baseline = run_child("bench.aggregate", "pandas", "--files", files, "--repeat", str(repeat), "--out", str(b_out))
    scan = run_child("bench.aggregate", "scan", "--files", files, "--repeat", str(repeat))
    same = _same(pd.read_parquet(p_out), pd.read_parquet(b_out))
    for path in (p_out, b_out):
        os.remove(path)
    return {
        "aggregate_s": project["warm_s"],
        "aggregate_first_s": project["first_s"],
        "aggregate_open_s": project["open_s"],
        "aggregate_refresh_check_s": project["refresh_check_s"],
        "pandas_s": baseline["s"],
        "duckdb_scan_s": scan["s"],
        "duckdb_vs_pandas": baseline["s"] / project["warm_s"],
        "duckdb_scan_vs_pandas": baseline["s"] / scan["s"],
        "aggregate_results_match": same,
        "aggregate_cells": project["cells"],
        "histogram_rows": _histogram_rows(survey.root),
        "histogram_build_s": survey.histogram_build_s,
        "project_query_peak_rss_gb": project["peak_rss_gb"],
        "pandas_peak_rss_gb": baseline["peak_rss_gb"],
        "duckdb_scan_peak_rss_gb": scan["peak_rss_gb"],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("side", choices=["project", "pandas", "scan"])
    parser.add_argument("--root")
    parser.add_argument("--files")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--out")
    args = parser.parse_args()
    if args.side == "project":
        emit(_project(args.root, args.repeat, args.out))
    elif args.side == "pandas":
        emit(_pandas(args.files.split(","), args.repeat, args.out))
    else:
        emit(_scan(args.files.split(","), args.repeat))


if __name__ == "__main__":
    main()
