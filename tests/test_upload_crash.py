"""kill -9 at any step of an upload: no partial batch is ever visible, recovery removes the leftovers (only once
they are older than the grace period), and the same upload then succeeds.

The CLI runs in a subprocess with FRIKOMMUNE_TEST_PAUSE_AT=<step>; it announces the step on stderr and sleeps
there, so the kill lands exactly at that step.
"""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from frikommune.data import batches
from frikommune.data.storage import is_temp_name
from frikommune.ingest import ingest
from tests.upload_helpers import csv_bytes, duck, files_under, rows, snapshot, start_cli_paused


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch):
    for name in ("FRIKOMMUNE_TEST_PAUSE_AT", "FRIKOMMUNE_RECOVERY_GRACE_SECONDS", "FRIKOMMUNE_MAX_UPLOAD_MB"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("FRIKOMMUNE_SECRETS", os.devnull)


def kill_at(tmp_path: Path, point: str) -> tuple[Path, bytes]:
    """A data root with one committed batch, after a second upload was killed at ``point``."""
    root = tmp_path / "root"
    root.mkdir()
    assert ingest(csv_bytes(rows(3, seed=1)), "earlier.csv", str(root), key_name="t").accepted
    data = csv_bytes(rows(400, seed=2))
    f = tmp_path / "crash.csv"
    f.write_bytes(data)
    proc = start_cli_paused(point, str(f), "--data-root", str(root))
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    return root, data


def visible_rows_match_the_log(root: Path) -> None:
    for b in batches.active_batches(str(root)):
        ((n,),) = duck("select count(*) from read_parquet($u)", {"u": b.answers_url})
        assert n == b.rows


EXPECTED_LEFTOVERS = {
    "after-claim": (0, 0, False),  # (answers files, histogram files, a temporary file somewhere)
    "in-answers-temp": (0, 0, True),
    "after-answers": (1, 0, False),
    "in-histogram-temp": (1, 0, True),
    "after-parquet": (1, 1, False),
}


@pytest.mark.parametrize("point", list(EXPECTED_LEFTOVERS))
def test_kill_before_the_commit_leaves_nothing_visible(tmp_path, point):
    root, data = kill_at(tmp_path, point)

    # Nothing of the killed upload is visible; the earlier batch is intact.
    assert [b.file_name for b in batches.active_batches(str(root))] == ["earlier.csv"]
    assert [b.file_name for b in batches.all_batches(str(root))] == ["earlier.csv"]
    visible_rows_match_the_log(root)
    answers, hists, temp = EXPECTED_LEFTOVERS[point]
    assert len([n for n in files_under(root, "uploads/answers") if not is_temp_name(n)]) == 1 + answers
    assert len([n for n in files_under(root, "uploads/histograms") if not is_temp_name(n)]) == 1 + hists
    all_names = [p for p in snapshot(root) if not p.endswith("/")]
    assert any(is_temp_name(p) for p in all_names) == temp

    # While the claim is fresh, the same content is refused: it could be a live upload still writing.
    busy = ingest(data, "crash.csv", str(root), key_name="t")
    assert [i.code for i in busy.errors] == ["upload_in_progress"]

    # Start-up recovery with the normal grace period leaves young leftovers alone (never races a live upload) ...
    assert batches.recover(str(root)) == []
    # ... and once they are old enough (grace 0 here), removes them and logs what it did.
    removed = batches.recover(str(root), grace_seconds=0)
    assert removed
    assert sorted(files_under(root, "uploads/answers")) == sorted(
        Path(b.answers_path).name for b in batches.active_batches(str(root))
    )
    assert not any(is_temp_name(p) for p in snapshot(root))
    (event,) = [e for e in batches.read_events(str(root)) if e["event"] == "recover"]
    assert set(event["removed"] + event["retired_claims"]) == set(removed)
    assert batches.recover(str(root), grace_seconds=0) == []

    # The same upload now succeeds, completely.
    again = ingest(data, "crash.csv", str(root), key_name="t")
    assert again.accepted, [i.message_en for i in again.errors]
    assert sorted(b.file_name for b in batches.active_batches(str(root))) == ["crash.csv", "earlier.csv"]
    visible_rows_match_the_log(root)


def test_a_stale_claim_does_not_block_after_the_grace_period(tmp_path, monkeypatch):
    root, data = kill_at(tmp_path, "after-claim")
    monkeypatch.setenv("FRIKOMMUNE_RECOVERY_GRACE_SECONDS", "0")
    again = ingest(data, "crash.csv", str(root), key_name="t")
    assert again.accepted
    claims = files_under(root, "uploads/hashes")
    # earlier, the dead claim, and generation .1 - once for the file's bytes, once for its answers
    assert len([c for c in claims if not c.startswith("answers-")]) == 3
    assert len([c for c in claims if c.startswith("answers-")]) == 3
    visible_rows_match_the_log(root)


def test_kill_after_the_commit_leaves_a_complete_batch(tmp_path):
    root, data = kill_at(tmp_path, "after-log")
    active = batches.active_batches(str(root))
    assert sorted(b.file_name for b in active) == ["crash.csv", "earlier.csv"]
    visible_rows_match_the_log(root)
    assert batches.recover(str(root), grace_seconds=0) == []
    assert [i.code for i in ingest(data, "crash.csv", str(root), key_name="t").errors] == ["duplicate_file"]
