"""Storage faults: a full disk, a read-only root, a store that stops answering, an S3 endpoint that stalls or is
gone. Each gives a clear message in both languages, releases the content claims and leaves the data root exactly
as it was - no .part file, no claim that blocks the retry as "in progress".
"""

from __future__ import annotations

import errno
import os
import socket
import stat
import threading
from pathlib import Path

import pytest

import frikommune.ingest as ingest_module
from frikommune.data import batches
from frikommune.data import storage as storage_module
from frikommune.ingest import ingest
from tests.upload_helpers import csv_bytes, rows, snapshot

SEED = csv_bytes(rows(3, seed=71))
FILE = csv_bytes(rows(6, seed=72))


@pytest.fixture(autouse=True)
def _clean_env(no_frikommune_settings):
    """No FRIKOMMUNE_* setting of the machine leaks into these tests (tests/conftest.py)."""


@pytest.fixture
def root(tmp_path):
    r = tmp_path / "data"
    r.mkdir()
    assert ingest(SEED, "seed.csv", str(r), key_name="test").accepted
    return r


def failed_store(root: Path, code: str, da: str, en: str):
    before = snapshot(root)
    result = ingest(FILE, "svar.csv", str(root), key_name="test")
    assert not result.accepted and result.batch_id is None
    assert [i.code for i in result.errors][:1] == [code], [(i.code, i.message_en) for i in result.issues]
    assert da in result.errors[0].message_da and en in result.errors[0].message_en
    assert str(root) not in result.errors[0].message_en  # no server paths
    assert snapshot(root) == before, "a failed store changed the data root"
    assert not [p for p in root.rglob("*") if p.name.endswith(".part")]
    return result


def stored_after_repair(root: Path) -> None:
    again = ingest(FILE, "svar.csv", str(root), key_name="test")
    assert again.accepted, [i.message_en for i in again.issues]  # the claim was released: no "in progress"


@pytest.mark.parametrize("nth", [1, 2, 3, 4, 5])  # claim of the bytes, of the answers, answers, histogram, event
def test_disk_full_at_any_write(root, monkeypatch, nth):
    real = os.fsync
    calls = {"files": 0}

    def fsync(fd):
        if stat.S_ISREG(os.fstat(fd).st_mode):
            calls["files"] += 1
            if calls["files"] == nth:
                raise OSError(errno.ENOSPC, "No space left on device")
        return real(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    failed_store(root, "storage_full", "ikke mere plads", "full")
    monkeypatch.setattr(os, "fsync", real)
    stored_after_repair(root)


@pytest.mark.parametrize("number", [errno.EROFS, errno.EACCES])
def test_a_read_only_root_says_so(root, monkeypatch, number):
    def refuse(*args, **kwargs):
        raise OSError(number, os.strerror(number))

    monkeypatch.setattr(storage_module, "open", refuse, raising=False)  # every file the storage would create
    failed_store(root, "storage_read_only", "skrivebeskyttet", "read-only")
    monkeypatch.delattr(storage_module, "open")
    stored_after_repair(root)


def test_a_store_that_stops_answering_times_out_and_undoes_itself(root, monkeypatch):
    gate = threading.Event()
    real = storage_module.LocalStorage.write_bytes_atomic

    def stalled(self, path, data, before_rename=None):
        gate.wait(60)  # the disk hangs until the test lets it go
        return real(self, path, data, before_rename)

    monkeypatch.setattr(storage_module.LocalStorage, "write_bytes_atomic", stalled)
    monkeypatch.setenv("FRIKOMMUNE_STORE_TIMEOUT_SECONDS", "0.5")
    before = snapshot(root)
    result = ingest(FILE, "svar.csv", str(root), key_name="test")
    assert [i.code for i in result.errors][:1] == ["storage_timeout"]
    assert "svarede ikke i tide" in result.errors[0].message_da and "in time" in result.errors[0].message_en
    gate.set()  # the disk wakes up: the abandoned store must not commit, and must undo its claims and files
    for worker in [t for t in threading.enumerate() if t.name.startswith("store-")]:
        worker.join(30)
    assert snapshot(root) == before
    monkeypatch.setattr(storage_module.LocalStorage, "write_bytes_atomic", real)
    monkeypatch.delenv("FRIKOMMUNE_STORE_TIMEOUT_SECONDS")
    stored_after_repair(root)


def test_a_temporary_file_is_removed_when_its_write_fails(tmp_path, monkeypatch):
    store = storage_module.LocalStorage(tmp_path)

    def fail(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", fail)
    with pytest.raises(OSError):
        store.write_bytes_atomic("uploads/x/a.bin", b"data")
    with pytest.raises(OSError):
        store.create_exclusive("uploads/x/b.bin", b"data")
    assert list((tmp_path / "uploads" / "x").iterdir()) == []


# ---------------------------------------------------------------------------------------------------------------
# An S3 endpoint that stalls or is not there: a message after seconds, never a hang or a botocore traceback


@pytest.fixture
def silent_endpoint():
    """A TCP server that accepts connections and never answers."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(16)
    accepted: list[socket.socket] = []
    stop = threading.Event()

    def serve():
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                conn, _ = server.accept()
                accepted.append(conn)
            except OSError:
                continue

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.getsockname()[1]}"
    stop.set()
    thread.join(5)
    for conn in accepted:
        conn.close()
    server.close()


def s3_settings(monkeypatch, endpoint: str) -> None:
    for key, value in {
        "FRIKOMMUNE_S3_ENDPOINT_URL": endpoint,
        "FRIKOMMUNE_S3_REGION": "us-east-1",
        "FRIKOMMUNE_S3_ACCESS_KEY_ID": "testing",
        "FRIKOMMUNE_S3_SECRET_ACCESS_KEY": "testing",
        "FRIKOMMUNE_S3_CONNECT_TIMEOUT": "1",
        "FRIKOMMUNE_S3_READ_TIMEOUT": "1",
        "FRIKOMMUNE_S3_MAX_ATTEMPTS": "1",
    }.items():
        monkeypatch.setenv(key, value)


def test_a_stalled_s3_endpoint_gives_a_message_not_a_hang(monkeypatch, silent_endpoint):
    s3_settings(monkeypatch, silent_endpoint)
    result = ingest(FILE, "svar.csv", "s3://frikommune-test/stalled", key_name="test")
    assert not result.accepted
    (issue,) = result.errors
    assert issue.code in ("storage_timeout", "storage_unavailable"), issue
    assert "127.0.0.1" not in issue.message_en and "Traceback" not in issue.message_en


def test_an_s3_endpoint_that_is_down_gives_a_message(monkeypatch):
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()  # nothing listens here now
    s3_settings(monkeypatch, f"http://127.0.0.1:{port}")
    result = ingest(FILE, "svar.csv", "s3://frikommune-test/down", key_name="test")
    (issue,) = result.errors
    assert issue.code in ("storage_unavailable", "storage_timeout"), issue
    assert "kan ikke læses" in issue.message_da or "svarede ikke" in issue.message_da
    assert str(port) not in issue.message_en


# ---------------------------------------------------------------------------------------------------------------
# The other writes of the upload page: a withdrawal and a saved mapping, under the same deadline and in words


def withdraw_seed(root: Path) -> str | None:
    [batch] = batches.active_batches(str(root))
    return ingest_module.timed_write(lambda: batches.withdraw(str(root), batch.batch_id, "test", "fejl"), "withdraw")


def test_a_withdrawal_on_a_full_disk_says_so_and_changes_nothing(root, monkeypatch):
    real = os.fsync

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    before = snapshot(root)
    monkeypatch.setattr(os, "fsync", full)
    assert withdraw_seed(root) == "storage_full"
    assert snapshot(root) == before
    monkeypatch.setattr(os, "fsync", real)
    assert withdraw_seed(root) is None and batches.active_batches(str(root)) == []


def test_a_mapping_saved_to_a_read_only_root_says_so_and_saves_nothing(root, monkeypatch):
    def refuse(*args, **kwargs):
        raise OSError(errno.EROFS, os.strerror(errno.EROFS))

    monkeypatch.setattr(storage_module, "open", refuse, raising=False)
    save = ingest_module.timed_write(
        lambda: ingest_module.save_mapping(str(root), "m", {"Kommune": "municipality"}), "m"
    )
    assert save == "storage_read_only"
    assert ingest_module.load_mappings(str(root)) == {}


def test_a_write_that_stalls_is_told_in_time(root, monkeypatch):
    gate = threading.Event()
    monkeypatch.setenv("FRIKOMMUNE_STORE_TIMEOUT_SECONDS", "0.3")
    try:
        assert ingest_module.timed_write(lambda: gate.wait(60), "stalled") == "storage_timeout"
    finally:
        gate.set()


@pytest.mark.parametrize("code", ["storage_full", "storage_read_only", "storage_timeout", "storage_failed"])
def test_every_write_problem_has_words_on_the_upload_page(code):
    from frikommune.app import upload_view  # noqa: F401 - registers the page's texts
    from frikommune.text import i18n

    da, en = i18n.t(f"upload.write_{code}", "da"), i18n.t(f"upload.write_{code}", "en")
    assert da and en and da != en and "storage" not in da
