"""The Streamlit edge of the data layer: answers shared across sessions without being shared by mutation, the
upload log looked at every few seconds, and an upload seen at once by the session that made it."""

from __future__ import annotations

from types import SimpleNamespace

import pandas as pd
import pytest
import streamlit as st

from frikommune.app import cache
from frikommune.data import db as db_module
from frikommune.data.db import Database
from frikommune.domain import experiment_catalogue
from frikommune.ingest import ingest
from tests.upload_helpers import csv_bytes, rows


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    """app_data on an empty local data root, Streamlit's caches cleared before and after."""
    monkeypatch.setenv("FRIKOMMUNE_DATA_ROOT", str(tmp_path))
    monkeypatch.setenv("FRIKOMMUNE_SECRETS", str(tmp_path / "no-secrets.toml"))
    st.cache_data.clear()
    st.cache_resource.clear()
    yield tmp_path
    st.cache_data.clear()
    st.cache_resource.clear()


def batch_count() -> int:
    return int(cache.database().query("app/active_batch_count")["batches"].iloc[0])


def test_a_page_changing_its_answer_does_not_change_what_the_next_session_gets(fresh):
    units = cache.cached(experiment_catalogue.units)
    first = units()
    before = first.copy()
    first.loc[first.index[0], "name"] = "Ændret af en side"
    first["extra"] = 1
    again = units()
    pd.testing.assert_frame_equal(again, before)
    assert again is not first


def test_the_answer_is_computed_once_per_data_version_and_again_after_an_upload(fresh):
    calls = []

    def count_units(db: Database) -> int:
        calls.append(1)
        return int(db.query("app/active_batch_count")["batches"].iloc[0])

    count = cache.cached(count_units)
    assert [count(), count(), count()] == [0, 0, 0]
    assert len(calls) == 1
    ingest(csv_bytes(rows(4, seed=11)), "a.csv", str(fresh), key_name="uploader")
    st.cache_data.clear()  # what the upload page does after storing a batch
    assert count() == 1
    assert len(calls) == 2


def test_an_upload_elsewhere_shows_within_the_check_interval_not_on_every_call(fresh, monkeypatch):
    clock = [1000.0]  # the Database's clock, moved by hand: the test does not depend on how fast the machine is
    monkeypatch.setattr(db_module, "time", SimpleNamespace(monotonic=lambda: clock[0]))
    first = cache.data_version()
    ingest(csv_bytes(rows(4, seed=12)), "b.csv", str(fresh), key_name="another-replica")
    # Within the interval the log is not looked at again: same version, the old tables.
    clock[0] += cache.UPLOAD_CHECK_S * 0.9
    assert cache.data_version() == first
    assert batch_count() == 0
    clock[0] += cache.UPLOAD_CHECK_S * 0.2
    assert cache.data_version() != first
    assert batch_count() == 1


def test_the_uploading_session_sees_its_batch_at_once(fresh, monkeypatch):
    monkeypatch.setattr(cache, "UPLOAD_CHECK_S", 3600.0)
    first = cache.data_version()
    ingest(csv_bytes(rows(4, seed=13)), "c.csv", str(fresh), key_name="uploader")
    assert cache.data_version() == first  # an hour's interval: not yet seen
    st.cache_data.clear()
    assert cache.data_version() != first
    assert batch_count() == 1


def test_refresh_without_an_age_always_looks_at_the_log(fresh):
    db = Database(data_root=str(fresh))
    before = db.data_version
    assert db.refresh_uploads(max_age=3600.0) == db.refresh_uploads()
    ingest(csv_bytes(rows(4, seed=14)), "d.csv", str(fresh), key_name="uploader")
    db.refresh_uploads(max_age=3600.0)
    assert db.data_version == before
    db.refresh_uploads()
    assert db.data_version != before
