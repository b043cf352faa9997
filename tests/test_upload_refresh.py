"""One page run reads one data version: a refresh loads the newer version beside the older one and swaps one
reference, so a run (a Snapshot) that started before an upload reads the batch list and the histograms of its own
version to the end, and caches what it computed under that version's key - never another's."""

from __future__ import annotations

import gc
import threading

import pytest
import streamlit as st

from frikommune.app import cache
from frikommune.data.db import Database
from frikommune.ingest import ingest
from tests.upload_helpers import csv_bytes, rows

AGREE = "select (select count(distinct batch_id) from upload_histograms), (select count(*) from upload_batches)"


@pytest.fixture(autouse=True)
def _clean_env(no_frikommune_settings):
    """No FRIKOMMUNE_* setting of the machine leaks into these tests (tests/conftest.py)."""


@pytest.fixture
def root(tmp_path) -> str:
    path = tmp_path / "data"
    path.mkdir()
    return str(path)


@pytest.fixture
def app_root(root, monkeypatch):
    """The app's data root, with Streamlit's caches (the process's Database among them) cleared around the test."""
    monkeypatch.setenv("FRIKOMMUNE_DATA_ROOT", root)
    st.cache_data.clear()
    st.cache_resource.clear()
    yield root
    st.cache_data.clear()
    st.cache_resource.clear()


def upload(root: str, seed: int) -> None:
    assert ingest(csv_bytes(rows(3, seed=seed)), f"b{seed}.csv", root, key_name="t").accepted


def seen(snapshot) -> tuple[int, int]:
    with snapshot.cursor() as cursor:
        return cursor.execute(AGREE).fetchone()


def loaded_versions(db: Database) -> int:
    """How many versions' upload tables the Database holds now."""
    with db.snapshot().cursor() as cursor:
        return cursor.execute(
            "select count(*) from information_schema.schemata where schema_name like 'uploads_%'"
        ).fetchone()[0]


def test_runs_during_refreshes_each_see_one_version(root):
    upload(root, 100)
    db = Database(root)
    stop = threading.Event()
    runs: list[tuple[tuple[int, int], tuple[int, int]]] = []

    def reader():
        while not stop.is_set():  # each turn is a page run: one snapshot, two queries
            snapshot = db.snapshot()
            runs.append((seen(snapshot), seen(snapshot)))

    thread = threading.Thread(target=reader)
    thread.start()
    try:
        for seed in range(101, 109):
            upload(root, seed)
            db.refresh_uploads()
    finally:
        stop.set()
        thread.join(30)
    mixed = [r for r in runs if r[0] != r[1] or r[0][0] != r[0][1]]
    assert runs and not mixed, mixed[:5]
    assert seen(db.snapshot()) == (9, 9)


def test_a_snapshot_keeps_its_version_after_a_refresh_and_goes_when_released(root):
    upload(root, 110)
    db = Database(root)
    held = db.snapshot()
    upload(root, 111)
    db.refresh_uploads()
    assert seen(held) == (1, 1) and held.log_version == 1  # the run that started before the upload
    assert seen(db.snapshot()) == (2, 2) and db.log_version == 2
    assert held.data_version != db.data_version
    assert loaded_versions(db) == 2
    del held
    gc.collect()
    upload(root, 112)
    db.refresh_uploads()
    assert loaded_versions(db) == 1  # versions 1 and 2 are dropped once nothing reads them


def test_an_upload_by_another_session_mid_run_reaches_neither_the_run_nor_its_cache_key(app_root):
    def batch_count(db) -> int:
        return int(db.query("app/active_batch_count")["batches"].iloc[0])

    def ten_times(db) -> int:
        return batch_count(db) * 10

    first_query = cache.cached(batch_count)
    second_query = cache.cached(ten_times)
    upload(app_root, 120)
    run = cache.pin_run(None)  # a page run starts: one batch
    assert first_query() == 1

    def other_session() -> None:
        upload(app_root, 121)
        st.cache_data.clear()  # what the upload page does after a store: the next look at the log is at once
        cache.pin_run(None)  # the uploading session's next run loads the new version

    thread = threading.Thread(target=other_session)
    thread.start()
    thread.join(60)
    assert cache.database().log_version == 2  # the process's newest version has the new batch
    assert second_query() == 10  # the rest of the first run still reads its own version
    assert cache.pin_run(None).key != run.key  # the next run of this session reads the new one
    assert first_query() == 2 and second_query() == 20  # and nothing computed mid-run was kept under its key


def test_a_fragment_rerun_reads_the_version_its_page_was_opened_on(app_root):
    """A fragment reruns in a thread app.py did not pin: it pins itself to ?v=N (or the newest) as a page run would,
    and a run that app.py pinned keeps its version."""

    def batch_count(db) -> int:
        return int(db.query("app/active_batch_count")["batches"].iloc[0])

    count = cache.cached(batch_count)
    upload(app_root, 130)
    upload(app_root, 131)  # version 2 has two batches, version 1 one
    seen_in: dict[str, int] = {}

    def fragment_rerun(name: str, requested: str | None) -> None:
        cache.pin_unpinned_run(requested)
        seen_in[name] = count()

    def page_run_then_fragment() -> None:
        cache.pin_run("1")  # app.py pinned this run to version 1
        cache.pin_unpinned_run(None)  # a fragment inside the same run asks for nothing: the run keeps version 1
        seen_in["inside the page run"] = count()

    for target, args in (
        (fragment_rerun, ("pinned link", "1")),
        (fragment_rerun, ("newest", None)),
        (page_run_then_fragment, ()),
    ):
        thread = threading.Thread(target=target, args=args)  # each rerun in a thread of its own
        thread.start()
        thread.join(60)
    assert seen_in == {"pinned link": 1, "newest": 2, "inside the page run": 1}
