"""Storage faults on an S3 data root (moto's server): a PUT that fails at any write of a store - either claim,
either Parquet file, the commit event - gives a message in both languages, leaves the bucket exactly as it was and
releases the claims, so the same file stores on the next try."""

from __future__ import annotations

import errno

import pytest

from frikommune.data import storage_s3
from frikommune.data.roots import open_root
from frikommune.ingest import ingest
from tests.test_s3_data_root import s3_root, s3_server  # noqa: F401 - the bucket fixtures
from tests.upload_helpers import csv_bytes, rows

FOLDERS = ("uploads/answers", "uploads/histograms", "uploads/hashes", "uploads/log")


def bucket(root: str) -> dict[str, bytes]:
    """Every object under the data root, temporary ones included, with its bytes."""
    storage = open_root(root)
    return {path: storage.read_bytes(path) for folder in FOLDERS for path in storage.list(folder, include_temp=True)}


@pytest.mark.parametrize("nth", [1, 2, 3, 4, 5])  # claim of the bytes, of the answers, answers, histogram, event
def test_a_failed_put_at_any_write_leaves_the_bucket_as_it_was(s3_root, monkeypatch, nth):  # noqa: F811
    assert ingest(csv_bytes(rows(3, seed=141)), "seed.csv", s3_root, key_name="test").accepted
    before = bucket(s3_root)
    fs = storage_s3.filesystem()
    real = fs.call_s3
    puts = {"n": 0}

    def failing(method, *args, **kwargs):
        if method == "put_object":
            puts["n"] += 1
            if puts["n"] == nth:
                raise OSError(errno.EIO, "We encountered an internal error. Please try again.")
        return real(method, *args, **kwargs)

    monkeypatch.setattr(fs, "call_s3", failing)
    data = csv_bytes(rows(6, seed=142))
    result = ingest(data, "svar.csv", s3_root, key_name="test")
    assert not result.accepted and result.batch_id is None and puts["n"] >= nth
    [issue] = result.errors
    assert issue.code == "storage_failed" and issue.message_da and issue.message_en
    assert s3_root not in issue.message_en and "Traceback" not in issue.message_en
    assert bucket(s3_root) == before, "a failed store changed the bucket"
    monkeypatch.setattr(fs, "call_s3", real)
    again = ingest(data, "svar.csv", s3_root, key_name="test")
    assert again.accepted, [i.message_en for i in again.issues]  # no claim left to say "in progress"
