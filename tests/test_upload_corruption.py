"""One damaged batch is quarantined and said; every other batch and every page keeps working; nothing is lost.

Damage is made by hand the way a disk, a copy or an operator makes it: a Parquet file cut short, a log event cut
short or garbled, a field dropped from an event. Recovery never deletes what a committed event refers to.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

import pytest

from frikommune.data import batches
from frikommune.data.db import Database
from frikommune.ingest import ingest
from tests.upload_helpers import csv_bytes, files_under, rows


@pytest.fixture(autouse=True)
def _clean_env(no_frikommune_settings):
    """No FRIKOMMUNE_* setting of the machine leaks into these tests (tests/conftest.py)."""


@pytest.fixture
def two(tmp_path):
    """A data root with two batches: (root, good batch id, victim batch id)."""
    root = tmp_path / "data"
    root.mkdir()
    good = ingest(csv_bytes(rows(5, seed=61)), "good.csv", str(root), key_name="test")
    victim = ingest(csv_bytes(rows(5, seed=62, municipality="Thisted")), "victim.csv", str(root), key_name="test")
    assert good.accepted and victim.accepted
    return root, good.batch_id, victim.batch_id


def event_path(root: Path, batch_id: str) -> Path:
    (path,) = [
        root / e["_path"]
        for e in batches.read_events(str(root))
        if e.get("event") == "upload" and e.get("batch_id") == batch_id
    ]
    return path


def fresh_log_cache():
    batches._event_cache.clear()  # another process would read the damaged file afresh
    batches._health_cache.clear()


def pages_still_work(root: Path, good: str) -> None:
    """The data layer loads, queries every upload table, and shows the good batch."""
    db = Database(str(root))
    assert db.query("satisfaction/uploaded_summary", experiment="").shape[0] > 0
    with db.snapshot().cursor() as cursor:
        shown = cursor.execute("select batch_id from upload_batches").fetchall()
    assert shown == [(good,)]


def test_a_truncated_histogram_quarantines_its_batch_only(two):
    root, good, victim = two
    path = root / batches.histogram_path(victim)
    path.write_bytes(path.read_bytes()[:-40])
    fresh_log_cache()
    assert [b.batch_id for b in batches.active_batches(str(root))] == [good]
    (damage,) = batches.damaged(str(root))
    assert damage.batch_id == victim and "cannot be read" in damage.reason_en and "kan ikke læses" in damage.reason_da
    pages_still_work(root, good)


def test_a_missing_answers_file_quarantines_its_batch(two):
    root, good, victim = two
    (root / batches.answers_path(victim)).unlink()
    fresh_log_cache()
    assert [b.batch_id for b in batches.active_batches(str(root))] == [good]
    assert [d.batch_id for d in batches.damaged(str(root))] == [victim]


def test_an_event_without_its_time_still_shows_with_the_time_of_its_file_name(two):
    root, good, victim = two
    path = event_path(root, victim)
    event = json.loads(path.read_bytes())
    del event["time"]
    path.write_text(json.dumps(event))
    fresh_log_cache()
    shown = {b.batch_id: b for b in batches.active_batches(str(root))}
    assert set(shown) == {good, victim}
    assert shown[victim].uploaded_at.strftime("%Y%m%dT%H%M%S") == path.name[:15]
    Database(str(root)).query("satisfaction/uploaded_summary", experiment="")


def test_a_truncated_event_is_damaged_not_silently_gone_and_recovery_keeps_its_files(two, caplog):
    root, good, victim = two
    path = event_path(root, victim)
    path.write_bytes(path.read_bytes()[:30])  # its name and first line still say which batch it commits
    fresh_log_cache()
    assert [b.batch_id for b in batches.active_batches(str(root))] == [good]
    (damage,) = batches.damaged(str(root))
    assert damage.batch_id == victim
    pages_still_work(root, good)
    with caplog.at_level(logging.WARNING, logger="frikommune.data.batches"):
        removed = batches.recover(str(root), grace_seconds=0)
    assert removed == []
    assert f"{victim}.parquet" in files_under(root, "uploads/answers")
    assert f"{victim}.parquet" in files_under(root, "uploads/histograms")
    # The same file again is still refused: its batch is committed, only its event is damaged.
    again = ingest(csv_bytes(rows(5, seed=62, municipality="Thisted")), "victim.csv", str(root), key_name="test")
    assert [i.code for i in again.errors] == ["duplicate_file"]


def test_an_event_naming_no_batch_stops_recovery_from_deleting_any_batch_file(two, caplog):
    root, good, victim = two
    path = event_path(root, victim)
    path.rename(path.with_name(path.name.split("--")[0] + ".json"))  # an event named the older way: no id
    path.with_name(path.name.split("--")[0] + ".json").write_bytes(b"\x00\x01garbled")
    orphan = root / batches.answers_path("20200101T000000-0123456789")  # a real leftover, old enough
    orphan.write_bytes(b"leftover")
    os.utime(orphan, (1, 1))
    fresh_log_cache()
    with caplog.at_level(logging.WARNING, logger="frikommune.data.batches"):
        removed = batches.recover(str(root), grace_seconds=0)
    assert removed == [] and orphan.exists()
    assert f"{victim}.parquet" in files_under(root, "uploads/answers")
    assert "naming no batch" in caplog.text
    (damage,) = batches.damaged(str(root))
    assert damage.batch_id is None
    pages_still_work(root, good)


def test_recovery_logs_what_it_removes(tmp_path, caplog):
    root = tmp_path / "data"
    root.mkdir()
    assert ingest(csv_bytes(rows(3, seed=63)), "a.csv", str(root), key_name="test").accepted
    orphan = root / batches.histogram_path("20200101T000000-aaaaaaaaaa")
    orphan.write_bytes(b"leftover")
    os.utime(orphan, (1, 1))
    with caplog.at_level(logging.WARNING, logger="frikommune.data.batches"):
        removed = batches.recover(str(root), grace_seconds=0)
    assert removed == [batches.histogram_path("20200101T000000-aaaaaaaaaa")]
    assert "recovery: removed 1" in caplog.text and "aaaaaaaaaa" in caplog.text


def test_a_damaged_batch_can_be_withdrawn_and_uploaded_again(two):
    root, good, victim = two
    path = event_path(root, victim)
    path.write_bytes(path.read_bytes()[:120])
    fresh_log_cache()
    batches.withdraw(str(root), victim, "test", "beskadiget")
    again = ingest(csv_bytes(rows(5, seed=62, municipality="Thisted")), "victim.csv", str(root), key_name="test")
    assert again.accepted, [i.message_en for i in again.issues]
    assert {b.batch_id for b in batches.active_batches(str(root))} == {good, again.batch_id}


def test_every_page_renders_with_a_damaged_batch(two, monkeypatch):
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    root, good, victim = two
    path = root / batches.histogram_path(victim)
    path.write_bytes(b"PAR1 not really")
    event = event_path(root, good)
    body = json.loads(event.read_bytes())
    del body["time"]
    event.write_text(json.dumps(body))
    fresh_log_cache()
    monkeypatch.setenv("FRIKOMMUNE_DATA_ROOT", str(root))
    st.cache_data.clear()
    st.cache_resource.clear()
    app = str(Path(__file__).resolve().parents[1] / "app.py")
    try:
        for page in ("overview", "satisfaction", "compare", "upload"):
            at = AppTest.from_file(app, default_timeout=60)
            at.run()
            if page != "overview":
                at.switch_page(f"pages/{page}.py")
                at.run()
            assert not at.exception, (page, [e.value for e in at.exception])
            if page == "upload":
                shown = "\n".join(str(w.value) for w in at.warning)
                assert victim.replace("-", "\\-") in shown  # said, with the id escaped as all file text is
    finally:
        st.cache_data.clear()
        st.cache_resource.clear()
