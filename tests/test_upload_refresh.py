"""A refresh of the upload tables is one transaction: a query running meanwhile sees the batch list and the
histograms of one data version, never of two."""

from __future__ import annotations

import threading

import pytest

from frikommune.data.db import Database
from frikommune.ingest import ingest
from tests.upload_helpers import csv_bytes, rows

AGREE = "select (select count(distinct batch_id) from upload_histograms), (select count(*) from upload_batches)"


@pytest.fixture(autouse=True)
def _clean_env(no_frikommune_settings):
    """No FRIKOMMUNE_* setting of the machine leaks into these tests (tests/conftest.py)."""


def test_queries_during_refreshes_see_one_version(tmp_path):
    root = tmp_path / "data"
    root.mkdir()
    assert ingest(csv_bytes(rows(3, seed=100)), "first.csv", str(root), key_name="t").accepted
    db = Database(str(root))
    stop = threading.Event()
    seen: list[tuple[int, int]] = []

    def reader():
        cursor = db._con.cursor()
        try:
            while not stop.is_set():
                seen.append(cursor.execute(AGREE).fetchone())
        finally:
            cursor.close()

    thread = threading.Thread(target=reader)
    thread.start()
    try:
        for seed in range(101, 109):
            assert ingest(csv_bytes(rows(3, seed=seed)), f"b{seed}.csv", str(root), key_name="t").accepted
            db.refresh_uploads()
    finally:
        stop.set()
        thread.join(30)
    assert seen and all(h == b for h, b in seen), [s for s in seen if s[0] != s[1]][:5]
    assert db._con.execute(AGREE).fetchone() == (9, 9)
