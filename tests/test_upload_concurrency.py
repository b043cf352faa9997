"""Uploads at the same time: all land, each exactly once; readers never see half a batch."""

from __future__ import annotations

import multiprocessing as mp
import os
import time

import pytest

from frikommune.data import batches
from frikommune.ingest import ingest
from tests.upload_helpers import csv_bytes, files_under, reader_worker, rows, upload_worker, xlsx_bytes

CTX = mp.get_context("spawn")  # fresh interpreters: no state shared with the test process


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch):
    for name in ("FRIKOMMUNE_TEST_PAUSE_AT", "FRIKOMMUNE_RECOVERY_GRACE_SECONDS", "FRIKOMMUNE_MAX_UPLOAD_MB"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("FRIKOMMUNE_SECRETS", os.devnull)


def collect(queue, count: int, timeout: float = 300.0) -> list:  # a guard against a hang, not a time limit
    out = []
    deadline = time.monotonic() + timeout
    while len(out) < count:
        out.append(queue.get(timeout=max(1.0, deadline - time.monotonic())))
    return out


def test_eight_uploads_at_once_with_a_reader(tmp_path):
    root = str(tmp_path)
    files = []
    for i in range(8):
        table = rows(300 + 40 * i, seed=100 + i)  # different sizes, different content
        files.append((f"svar-{i}.xlsx", xlsx_bytes(table)) if i % 2 else (f"svar-{i}.csv", csv_bytes(table)))
    barrier = CTX.Barrier(len(files))
    results = CTX.Queue()
    stop = CTX.Event()
    reader = CTX.Process(target=reader_worker, args=(root, stop, results))
    reader.start()
    workers = [CTX.Process(target=upload_worker, args=(root, data, name, barrier, results)) for name, data in files]
    for w in workers:
        w.start()
    uploads = collect(results, len(files))
    time.sleep(0.3)  # let the reader look at the finished state at least once more
    stop.set()
    (reader_report,) = collect(results, 1)
    for p in workers + [reader]:
        p.join(timeout=30)
        assert p.exitcode == 0

    assert all(ok for _, ok, _, _, _ in uploads), uploads
    ids = [bid for _, _, bid, _, _ in uploads]
    assert len(set(ids)) == 8
    active = batches.active_batches(root)
    assert sorted(b.batch_id for b in active) == sorted(ids)
    assert sorted(b.file_name for b in active) == sorted(name for name, _ in files)
    rows_by_id = {bid: n for _, _, bid, n, _ in uploads}
    assert all(b.rows == rows_by_id[b.batch_id] for b in active)
    uploads_logged = [e for e in batches.read_events(root) if e["event"] == "upload"]
    assert sorted(e["batch_id"] for e in uploads_logged) == sorted(ids)  # exactly once each
    claims = files_under(tmp_path, "uploads/hashes")
    assert len(files_under(tmp_path, "uploads/answers")) == 8
    assert len([c for c in claims if not c.startswith("answers-")]) == 8  # one claim on each file's bytes
    assert len([c for c in claims if c.startswith("answers-")]) == 8  # and one on each file's answers

    _, looks, seen, problems = reader_report
    assert problems == []
    assert looks >= 8 and set(seen) == set(ids)
    assert batches.recover(root, grace_seconds=0) == []  # nothing left behind


def test_same_content_twice_at_once_lands_once(tmp_path):
    root = str(tmp_path)
    data = csv_bytes(rows(2000, seed=7))
    barrier = CTX.Barrier(2)
    results = CTX.Queue()
    workers = [CTX.Process(target=upload_worker, args=(root, data, f"copy{i}.csv", barrier, results)) for i in (1, 2)]
    for w in workers:
        w.start()
    outcomes = collect(results, 2)
    for w in workers:
        w.join(timeout=30)
    assert sorted(ok for _, ok, _, _, _ in outcomes) == [False, True], outcomes
    (loser,) = [o for o in outcomes if not o[1]]
    assert loser[4] in (["duplicate_file"], ["upload_in_progress"])
    assert len(batches.active_batches(root)) == 1
    assert len(files_under(tmp_path, "uploads/answers")) == 1
    assert len(files_under(tmp_path, "uploads/hashes")) == 2  # the bytes and the answers of the one that landed


def test_same_content_while_the_first_is_still_writing(tmp_path):
    """Deterministic version of the race: the first upload holds its claim (paused) while the second arrives."""
    root = tmp_path / "root"
    root.mkdir()
    resume = tmp_path / "resume"
    data = xlsx_bytes(rows(50, seed=8))
    results = CTX.Queue()
    first = CTX.Process(
        target=upload_worker, args=(str(root), data, "first.xlsx", None, results, "after-claim", str(resume))
    )
    first.start()
    deadline = time.monotonic() + 60
    while not files_under(root, "uploads/hashes") and time.monotonic() < deadline:
        time.sleep(0.05)
    assert files_under(root, "uploads/hashes"), "first upload never claimed its hash"

    second = ingest(data, "second.xlsx", str(root), key_name="t")  # while the first holds its claim
    assert not second.accepted and [i.code for i in second.errors] == ["upload_in_progress"]
    assert "i gang" in second.errors[0].message_da and "in progress" in second.errors[0].message_en

    resume.touch()
    (outcome,) = collect(results, 1)
    first.join(timeout=30)
    assert outcome[1] is True, outcome
    assert [b.file_name for b in batches.active_batches(str(root))] == ["first.xlsx"]
    third = ingest(data, "third.xlsx", str(root), key_name="t")
    assert [i.code for i in third.errors] == ["duplicate_file"]
