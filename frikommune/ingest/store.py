"""Writing an accepted batch: claim the content hash, write two immutable Parquet files, commit with a log event.

Order matters; a crash (kill -9) between any two steps leaves nothing visible:

1. claim ``uploads/hashes/<sha256>`` exclusively (of two identical uploads exactly one gets past this);
2. answers Parquet: temporary name, fsync, rename into place;
3. histogram Parquet: the same;
4. the ``upload`` event in the log - the commit point. Before it, the batch is invisible; after it, complete.

Recovery (:func:`frikommune.data.batches.recover`) removes what steps 1-3 leave behind when step 4 never happens.
"""

from __future__ import annotations

import io
import os
import sys
import time

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from frikommune.data import batches
from frikommune.data.storage import Storage
from frikommune.ingest.validate import Coded, Prepared

ANSWERS_SCHEMA = pa.schema(
    [
        ("batch_id", pa.string()),
        ("row_no", pa.int32()),
        ("respondent_id", pa.string()),
        ("municipality_id", pa.string()),
        ("experiment_id", pa.string()),
        ("respondent_group", pa.string()),
        ("wave", pa.string()),
        ("answered_on", pa.date32()),
        ("question", pa.string()),
        ("answer", pa.int8()),
        ("dont_know", pa.bool_()),
    ]
)
HISTOGRAM_SCHEMA = pa.schema(
    [
        ("batch_id", pa.string()),
        ("municipality_id", pa.string()),
        ("experiment_id", pa.string()),
        ("respondent_group", pa.string()),
        ("question", pa.string()),
        ("wave", pa.string()),
        ("answer", pa.int8()),
        ("n", pa.int64()),
    ]
)
HISTOGRAM_KEYS = ["municipality_id", "experiment_id", "respondent_group", "question", "wave", "answer"]

PAUSE_POINTS = ("after-claim", "in-answers-temp", "after-answers", "in-histogram-temp", "after-parquet", "after-log")


def pause_at(point: str) -> None:
    """Test hook: with FRIKOMMUNE_TEST_PAUSE_AT=<point>, announce the point on stderr and wait there, so a crash
    test can kill -9 the process at a known step. The wait lasts FRIKOMMUNE_TEST_PAUSE_SECONDS (default 60),
    or until the file named by FRIKOMMUNE_TEST_RESUME_FILE exists."""
    if os.environ.get("FRIKOMMUNE_TEST_PAUSE_AT") != point:
        return
    print(f"FRIKOMMUNE_PAUSED {point}", file=sys.stderr, flush=True)
    deadline = time.monotonic() + float(os.environ.get("FRIKOMMUNE_TEST_PAUSE_SECONDS", "60"))
    resume = os.environ.get("FRIKOMMUNE_TEST_RESUME_FILE")
    while time.monotonic() < deadline:
        if resume and os.path.exists(resume):
            return
        time.sleep(0.05)


def _dictionary(coded: Coded, value_type: pa.DataType) -> pa.Array:
    """Codes (-1 = null) plus their dictionary as a dictionary-encoded Arrow column.

    Written to Parquet as is (dictionary pages, no per-row strings built in Python); without the Arrow schema
    stored in the file, every reader sees plain ``value_type`` columns.
    """
    indices = pa.array(coded.codes.astype(np.int32, copy=False), mask=coded.codes < 0)
    return pa.DictionaryArray.from_arrays(indices, pa.array(coded.values, type=value_type))


def answers_table(batch_id: str, p: Prepared) -> pa.Table:
    """The long-form answers of one batch (layout: ANSWERS_SCHEMA)."""
    n = p.rows
    return pa.table(
        {
            "batch_id": _dictionary(Coded(np.zeros(n, dtype=np.int32), [batch_id]), pa.string()),
            "row_no": pa.array(p.row_no.astype(np.int32, copy=False)),
            "respondent_id": (
                _dictionary(p.respondent, pa.string()) if p.respondent is not None else pa.nulls(n, pa.string())
            ),
            "municipality_id": _dictionary(p.municipality, pa.string()),
            "experiment_id": _dictionary(p.experiment, pa.string()),
            "respondent_group": _dictionary(p.group, pa.string()),
            "wave": _dictionary(p.wave, pa.string()),
            "answered_on": _dictionary(p.answered_on, pa.date32()),
            "question": _dictionary(p.question, pa.string()),
            "answer": pa.array(p.answer, type=pa.int8(), mask=p.answer == 0),
            "dont_know": pa.array(p.dont_know, type=pa.bool_()),
        }
    )


def histogram_table(batch_id: str, p: Prepared) -> pa.Table:
    """Answer counts per (municipality, experiment, group, question, wave, answer); answer null = "ved ikke".

    Blank answers (not answered) are left out: they are neither a scale value nor "ved ikke". Computed on the
    integer codes with one np.unique over a combined key, so it costs one sort of the answers, no Python loop.
    """
    answered = (p.answer > 0) | p.dont_know
    parts = [p.municipality, p.experiment, p.group, p.question, p.wave]
    sizes = [max(len(c.values), 1) for c in parts] + [6]  # answer slot: 0 = ved ikke, 1..5
    combined = np.zeros(int(answered.sum()), dtype=np.int64)
    for c, size in zip(parts, sizes[:-1]):
        combined = combined * size + c.codes[answered]
    combined = combined * 6 + p.answer[answered]
    keys, counts = np.unique(combined, return_counts=True)
    digits = []
    for size in reversed(sizes):
        keys, digit = np.divmod(keys, size)
        digits.append(digit)
    answer_code, wave_c, question_c, group_c, experiment_c, municipality_c = digits
    m = len(counts)

    def column(c: Coded, codes: np.ndarray) -> pa.Array:
        return _dictionary(Coded(codes.astype(np.int32), c.values), pa.string())

    return pa.table(
        {
            "batch_id": pa.array([batch_id] * m, type=pa.string()),
            "municipality_id": column(p.municipality, municipality_c),
            "experiment_id": column(p.experiment, experiment_c),
            "respondent_group": column(p.group, group_c),
            "question": column(p.question, question_c),
            "wave": column(p.wave, wave_c),
            "answer": pa.array(answer_code.astype(np.int8), type=pa.int8(), mask=answer_code == 0),
            "n": pa.array(counts.astype(np.int64)),
        }
    )


def parquet_bytes(table: pa.Table) -> bytes:
    buf = io.BytesIO()
    # store_schema=False: plain string columns for every reader (no Arrow dictionary types coming back).
    pq.write_table(table, buf, compression="zstd", store_schema=False)
    return buf.getvalue()


def write_batch(storage: Storage, batch_id: str, prepared: Prepared, event: dict, before_commit=None) -> None:
    """Steps 2-4 above (the caller has claimed the content hash). ``before_commit()`` runs just before the log
    event is written and may raise to stop the commit (the caller's deadline has passed)."""
    answers = answers_table(batch_id, prepared)
    histogram = histogram_table(batch_id, prepared)
    a_bytes, h_bytes = parquet_bytes(answers), parquet_bytes(histogram)
    storage.write_bytes_atomic(
        batches.answers_path(batch_id), a_bytes, before_rename=lambda: pause_at("in-answers-temp")
    )
    pause_at("after-answers")
    storage.write_bytes_atomic(
        batches.histogram_path(batch_id), h_bytes, before_rename=lambda: pause_at("in-histogram-temp")
    )
    pause_at("after-parquet")
    if before_commit is not None:
        before_commit()
    batches.write_event(
        storage,
        {
            **event,
            "event": "upload",
            "batch_id": batch_id,
            "answers_path": batches.answers_path(batch_id),
            "histogram_path": batches.histogram_path(batch_id),
            "rows": answers.num_rows,
            "histogram_rows": histogram.num_rows,
            "time": batches.utc_now_iso(),
        },
    )
    pause_at("after-log")
