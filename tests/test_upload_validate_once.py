"""Validate once: the upload page validates a file once per content and mapping however often it reruns, and
Store writes the batch that preview validated - unless the bytes, the name or the mapping differ from it."""

from __future__ import annotations

import pytest

import frikommune.ingest as ingest_module
from frikommune.app import upload_view
from frikommune.data import batches
from frikommune.ingest import ingest
from tests.upload_helpers import csv_bytes, rows


@pytest.fixture(autouse=True)
def _clean_env(no_frikommune_settings):
    """No FRIKOMMUNE_* setting of the machine leaks into these tests (tests/conftest.py)."""


@pytest.fixture
def root(tmp_path) -> str:
    path = tmp_path / "data"
    path.mkdir()
    return str(path)


@pytest.fixture
def validations(monkeypatch) -> list[str]:
    """The file names ``validate`` is called for, counted as it runs."""
    calls: list[str] = []
    real = ingest_module.validate

    def counted(file_bytes, file_name, *args, **kwargs):
        calls.append(file_name)
        return real(file_bytes, file_name, *args, **kwargs)

    monkeypatch.setattr(ingest_module, "validate", counted)
    return calls


def test_store_writes_the_previewed_batch_without_validating_again(root, validations):
    data = csv_bytes(rows(5, seed=131))
    preview = ingest(data, "a.csv", root, key_name="k", dry_run=True)
    assert preview.accepted and validations == ["a.csv"]
    stored = ingest(data, "a.csv", root, key_name="k", mapping=preview.mapping, validated=preview)
    assert stored.accepted and stored.stored and validations == ["a.csv"]
    [batch] = batches.active_batches(root)
    assert (batch.batch_id, batch.rows, batch.respondents) == (stored.batch_id, preview.rows, preview.respondents)


@pytest.mark.parametrize("differs", ["bytes", "name", "mapping"])
def test_a_preview_of_other_bytes_name_or_mapping_is_validated_again(root, validations, differs):
    data = csv_bytes(rows(5, seed=132))
    preview = ingest(data, "a.csv", root, key_name="k", dry_run=True)
    mapping = dict(preview.mapping)
    name = "a.csv"
    if differs == "bytes":
        data = csv_bytes(rows(5, seed=133))
    elif differs == "name":
        name = "b.csv"
    else:
        mapping["Samtalerne var relevante"] = "ignore"  # one question left out: a different batch
    stored = ingest(data, name, root, key_name="k", mapping=mapping, validated=preview)
    assert stored.accepted and len(validations) == 2
    [batch] = batches.active_batches(root)
    if differs == "mapping":
        assert batch.questions == ("Jeg blev mødt med respekt",) and batch.rows < preview.rows


def test_the_upload_page_validates_once_per_content_and_mapping_across_reruns(root, validations, monkeypatch):
    monkeypatch.setattr(upload_view.st, "session_state", {})  # one session's state, outside a Streamlit run
    data = csv_bytes(rows(4, seed=134))
    first = upload_view.preview(data, "a.csv", root, "k", None)
    for _rerun in range(3):
        assert upload_view.preview(data, "a.csv", root, "k", None) is first
    edited = {**first.mapping, "Samtalerne var relevante": "ignore"}
    for _rerun in range(3):
        upload_view.preview(data, "a.csv", root, "k", edited)
        assert upload_view.preview(data, "a.csv", root, "k", None) is first  # both mappings kept
    assert validations == ["a.csv", "a.csv"]
    upload_view.preview(csv_bytes(rows(4, seed=135)), "b.csv", root, "k", None)  # a new file: the old ones go
    assert len(upload_view.st.session_state["upload_previews"]) == 1
