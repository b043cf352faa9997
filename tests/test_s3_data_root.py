"""The data root in an S3-compatible bucket: several app replicas behind a load balancer share one set of uploads.

Runs against a real S3 server on loopback - moto in server mode, started here - so every request goes over HTTP
exactly as it would to AWS S3 or MinIO: single-PUT atomic writes, ``If-None-Match: *`` exclusive claims,
listing, and DuckDB reading the batches through s3fs.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import threading
import time
import urllib.request
import uuid
from pathlib import Path

import pytest

from bench.streamlit_server import StreamlitServer, free_port
from frikommune.data import batches, storage_s3
from frikommune.data.db import Database
from frikommune.data.roots import open_root
from frikommune.ingest import ingest
from tests.upload_helpers import csv_bytes, rows

REPO = Path(__file__).resolve().parents[1]
BUCKET = "frikommune-test"


@pytest.fixture(scope="module")
def s3_server():
    """moto's S3 server on a free loopback port, with one bucket; yields the settings a replica needs."""
    port = free_port()
    endpoint = f"http://127.0.0.1:{port}"
    process = subprocess.Popen(
        [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(f"{endpoint}/moto-api/", timeout=1)
                break
            except OSError:
                if time.monotonic() > deadline or process.poll() is not None:
                    pytest.fail("moto's S3 server did not start")
                time.sleep(0.2)
        env = {
            "FRIKOMMUNE_S3_ENDPOINT_URL": endpoint,
            "FRIKOMMUNE_S3_REGION": "us-east-1",
            "FRIKOMMUNE_S3_ACCESS_KEY_ID": "testing",
            "FRIKOMMUNE_S3_SECRET_ACCESS_KEY": "testing",
        }
        with pytest.MonkeyPatch.context() as mp:
            for key, value in env.items():
                mp.setenv(key, value)
            storage_s3.filesystem().call_s3("create_bucket", Bucket=BUCKET)
            yield env
    finally:
        process.terminate()
        process.wait(10)


@pytest.fixture
def s3_root(s3_server, monkeypatch, tmp_path) -> str:
    """A fresh prefix in the bucket, used as the data root (no secrets.toml of the developer's)."""
    for key, value in s3_server.items():
        monkeypatch.setenv(key, value)
    monkeypatch.setenv("FRIKOMMUNE_SECRETS", str(tmp_path / "no-secrets.toml"))
    return f"s3://{BUCKET}/{uuid.uuid4().hex[:12]}"


def upload_file(seed: int, municipality: str = "Aalborg", n: int = 8) -> tuple[bytes, str]:
    return csv_bytes(rows(n, seed=seed, municipality=municipality)), f"SYNTETISK-s3-{seed}.csv"


def test_an_s3_data_root_opens_as_bucket_storage(s3_root):
    storage = open_root(s3_root)
    assert isinstance(storage, storage_s3.S3Storage)
    assert storage.url("uploads/answers/b.parquet") == f"{s3_root}/uploads/answers/b.parquet"
    with pytest.raises(ValueError):
        storage.read_bytes("../outside")


def test_files_are_written_whole_listed_and_removed(s3_root):
    storage = open_root(s3_root)
    calls = []
    storage.write_bytes_atomic("uploads/log/a.json", b'{"a": 1}', before_rename=lambda: calls.append("hook"))
    storage.write_bytes_atomic("uploads/log/a.json", b'{"a": 2}')  # replacing is one PUT as well
    assert calls == ["hook"]
    assert storage.read_bytes("uploads/log/a.json") == b'{"a": 2}'
    assert storage.exists("uploads/log/a.json") and not storage.exists("uploads/log")
    assert storage.list("uploads") == ["uploads/log/a.json"]
    assert storage.list("nothing/here") == []
    assert abs(storage.modified("uploads/log/a.json") - time.time()) < 300
    storage.remove("uploads/log/a.json")
    storage.remove("uploads/log/a.json")  # a missing file is not an error
    with pytest.raises(FileNotFoundError):
        storage.read_bytes("uploads/log/a.json")


def test_of_many_simultaneous_claims_exactly_one_wins(s3_root):
    """create_exclusive is a conditional PUT (If-None-Match: *): the content-hash claim works across replicas."""
    storage = open_root(s3_root)
    results: list[bool] = []
    barrier = threading.Barrier(8)

    def claim(i: int) -> None:
        barrier.wait()
        results.append(storage.create_exclusive("uploads/hashes/abc", f"claimant {i}".encode()))

    threads = [threading.Thread(target=claim, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(results) == [False] * 7 + [True]
    winner = storage.read_bytes("uploads/hashes/abc").decode()
    assert winner.startswith("claimant ")


def test_an_upload_through_the_bucket_is_read_by_duckdb_in_another_process(s3_root):
    data, name = upload_file(seed=1)
    result = ingest(data, name, s3_root, key_name="replica-a")
    assert result.accepted and result.stored, [i.code for i in result.issues]

    # This process: the batch is in the log, and DuckDB reads its histogram straight from the bucket.
    [batch] = batches.active_batches(s3_root)
    assert batch.histogram_url.startswith(f"{s3_root}/uploads/histograms/")
    summary = Database(data_root=s3_root).query("satisfaction/uploaded_summary", experiment="")
    expected = summary.groupby("question")["n"].sum().to_dict()
    assert sum(expected.values()) > 0

    # Another process (another replica): the same numbers, from nothing but the bucket.
    code = (
        "import json, sys; from frikommune.data.db import Database; "
        "s = Database(data_root=sys.argv[1]).query('satisfaction/uploaded_summary', experiment=''); "
        "print(json.dumps({k: int(v) for k, v in s.groupby('question')['n'].sum().items()}))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, s3_root],
        cwd=REPO,
        capture_output=True,
        text=True,
        env=os.environ.copy(),
        timeout=60,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    assert json.loads(out.stdout.strip().splitlines()[-1]) == expected

    # The same file again is refused (the hash claim lives in the bucket), whoever uploads it.
    again = ingest(data, name, s3_root, key_name="replica-b")
    assert not again.accepted and again.issues[0].code == "duplicate_file"


def test_a_withdrawal_in_one_replica_hides_the_batch_in_another(s3_root):
    data, name = upload_file(seed=2)
    result = ingest(data, name, s3_root, key_name="replica-a")
    assert result.stored
    db = Database(data_root=s3_root)
    before = db.data_version
    assert len(db.query("satisfaction/uploaded_summary", experiment="")) > 0
    batches.withdraw(open_root(s3_root), result.batch_id, key_name="replica-b", reason="test")
    db.refresh_uploads()
    assert db.data_version != before
    assert db.query("satisfaction/uploaded_summary", experiment="").empty


# ---------------------------------------------------------------------------------------------------------------
# Two app processes behind one bucket


def uploaded_batches_shown(browser, url: str) -> int:
    """The sidebar's count of uploaded batches, as a visitor of this replica sees it."""
    page = browser.new_page()
    try:
        page.goto(url)
        caption = page.locator('[data-testid="stSidebar"] [data-testid="stCaptionContainer"]').filter(
            has_text=re.compile(r"Uploadede")
        )
        caption.first.wait_for(timeout=60_000)
        return int(re.search(r"Uploadede bølger: (\d+)", caption.first.inner_text()).group(1))
    finally:
        page.close()


def shown_within(browser, url: str, expected: int) -> int:
    """The count a visitor sees once the replica has looked at the upload log again (every UPLOAD_CHECK_S s)."""
    from frikommune.app.cache import UPLOAD_CHECK_S

    deadline = time.monotonic() + 3 * UPLOAD_CHECK_S + 5
    while (shown := uploaded_batches_shown(browser, url)) != expected and time.monotonic() < deadline:
        time.sleep(0.5)
    return shown


@pytest.mark.browser
@pytest.mark.slow
def test_two_app_replicas_see_each_others_uploads(s3_root, s3_server, browser, tmp_path):
    env = {**s3_server, "FRIKOMMUNE_SECRETS": str(tmp_path / "no-secrets.toml"), "FRIKOMMUNE_UPLOAD_KEY": "test-key"}
    # Both replicas start at once and are waited for together: the bucket is their data root.
    replicas = [
        StreamlitServer("app.py", {**env, "FRIKOMMUNE_DATA_ROOT": s3_root}, tmp_path / f"replica-{i}.log", wait=False)
        for i in range(2)
    ]
    try:
        for replica in replicas:
            replica.wait_ready()
        a, b = replicas
        assert [uploaded_batches_shown(browser, r.url) for r in replicas] == [0, 0]

        # An upload through replica A's data root (the ingest API the upload page calls) shows up on both,
        # within the few seconds between two looks at the upload log.
        data, name = upload_file(seed=3)
        assert ingest(data, name, s3_root, key_name="replica-a").stored
        assert shown_within(browser, b.url, 1) == 1
        assert shown_within(browser, a.url, 1) == 1

        # And one through B's shows on A.
        data, name = upload_file(seed=4, municipality="Thisted")
        assert ingest(data, name, s3_root, key_name="replica-b").stored
        assert shown_within(browser, a.url, 2) == 2
        assert shown_within(browser, b.url, 2) == 2
    finally:
        for replica in replicas:
            replica.stop()
