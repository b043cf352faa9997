"""Visitors see results, not internals: no error details, no file or key names without a key; wrong keys are
logged (never the key typed) and slowed down."""

from __future__ import annotations

import logging
import os
import tempfile
import tomllib
from pathlib import Path

import pytest

from frikommune.data import auth
from frikommune.ingest import ingest
from tests.upload_helpers import csv_bytes, rows

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def _clean(monkeypatch):
    for name in [n for n in os.environ if n.startswith("FRIKOMMUNE_")]:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("FRIKOMMUNE_SECRETS", str(Path(tempfile.gettempdir()) / "no-such-secrets.toml"))
    monkeypatch.setenv("FRIKOMMUNE_UPLOAD_KEY", "the-right-key-1234")
    auth._failures.clear()
    auth._all_failures.clear()
    yield
    auth._failures.clear()
    auth._all_failures.clear()


def test_error_details_are_off_for_visitors():
    with open(REPO / ".streamlit" / "config.toml", "rb") as fh:
        config = tomllib.load(fh)
    assert config["client"]["showErrorDetails"] == "none"


def test_wrong_keys_are_logged_and_slowed_down(caplog):
    waits: list[float] = []
    with caplog.at_level(logging.WARNING, logger="frikommune.data.auth"):
        for attempt in range(6):
            assert auth.check_key(f"guess-{attempt}", "session-a", sleep=waits.append) is None
    assert waits == [1.0, 2.0, 4.0]  # three free attempts, then 1, 2, 4 seconds before each answer
    assert caplog.text.count("wrong upload key") == 6
    assert "guess-" not in caplog.text and "session-a" not in caplog.text  # neither the key nor the raw session
    assert auth.check_key("the-right-key-1234", "session-a", sleep=waits.append) == "env"  # slow, still right
    assert waits[-1] == 8.0


def test_many_sessions_guessing_are_slowed_down_together():
    waits: list[float] = []
    for client in range(auth.GLOBAL_FREE):
        auth.check_key("nope", f"session-{client}", sleep=waits.append)
    assert waits == []
    auth.check_key("nope", "a-fresh-session", sleep=waits.append)
    assert waits == [1.0]


def test_batch_owners_and_file_names_only_for_key_holders(tmp_path, monkeypatch):
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    root = tmp_path / "data"
    root.mkdir()
    assert ingest(csv_bytes(rows(3, seed=95)), "kunde-navn-fil.csv", str(root), key_name="aalborg-analyse").accepted
    monkeypatch.setenv("FRIKOMMUNE_DATA_ROOT", str(root))
    st.cache_data.clear()
    st.cache_resource.clear()
    try:
        at = AppTest.from_file(str(REPO / "app.py"), default_timeout=60)
        at.run()
        at.switch_page("pages/upload.py")
        at.run()
        assert not at.exception
        (table,) = at.dataframe
        shown = table.value.to_string()
        assert "kunde-navn-fil.csv" not in shown and "aalborg-analyse" not in shown
        at.text_input(key="upload_key").input("the-right-key-1234").run()
        assert not at.exception
        shown = at.dataframe[-1].value.to_string()
        assert "kunde-navn-fil.csv" in shown and "aalborg-analyse" in shown
    finally:
        st.cache_data.clear()
        st.cache_resource.clear()
