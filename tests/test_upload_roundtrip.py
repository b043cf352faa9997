"""From sample file to dashboard numbers: what DuckDB reads from the stored histograms equals what pandas
computes straight from the sample. Also withdrawal, the data version, and the command line."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pandas as pd
import pytest

from frikommune.data import batches
from frikommune.ingest import ingest
from tests.upload_helpers import REPO, csv_bytes, duck, rows, run_cli, snapshot

SAMPLES = REPO / "data" / "samples"
# Written out here, not taken from the package, so the check does not reuse the code under test.
TOWN_IDS = {
    "Aalborg": "aalborg",
    "Frederikshavn Kommune": "frederikshavn",
    "Hjørring": "hjoerring",
    "Thisted": "thisted",
    "Brønderslev Kommune": "broenderslev",
    "Mariagerfjord": "mariagerfjord",
    "Rebild": "rebild",
}
META = ["Respondent", "Kommune", "Forsøg", "Respondentgruppe", "Dato", "Bølge"]


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch):
    for name in ("FRIKOMMUNE_MAX_UPLOAD_MB", "FRIKOMMUNE_TEST_PAUSE_AT", "FRIKOMMUNE_DATA_ROOT"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("FRIKOMMUNE_SECRETS", str(Path(tempfile.gettempdir()) / "no-such-secrets.toml"))


def expected_from_sample(path: Path) -> pd.DataFrame:
    """N, mean and "ved ikke" count per (municipality, question), computed with pandas from the raw file."""
    if path.suffix == ".xlsx":
        raw = pd.read_excel(path, sheet_name="Svar", engine="openpyxl", dtype=object)
    elif "lang" in path.name:
        raw = pd.read_csv(path, sep=";", encoding="cp1252", dtype=str, keep_default_na=False)
    else:
        raw = pd.read_csv(path, sep=";", encoding="utf-8-sig", dtype=str, keep_default_na=False)
    if "Spørgsmål" in raw.columns:
        long = raw.rename(columns={"Spørgsmål": "question", "Svar": "value"})
    else:
        long = raw.melt(id_vars=[c for c in raw.columns if c in META], var_name="question", value_name="value")
    long["municipality_id"] = long["Kommune"].map(TOWN_IDS)
    assert long["municipality_id"].notna().all()
    text = long["value"].astype(str)
    long["dont_know"] = text.eq("Ved ikke")
    long["answer"] = pd.to_numeric(long["value"].where(~long["dont_know"]), errors="coerce")
    return (
        long.groupby(["municipality_id", "question"])
        .agg(n=("answer", "count"), mean=("answer", "mean"), dont_know=("dont_know", "sum"))
        .reset_index()
        .sort_values(["municipality_id", "question"], ignore_index=True)
    )


def from_histograms(urls: list[str]) -> pd.DataFrame:
    return duck(
        """
        select municipality_id, question,
               coalesce(sum(n) filter (where answer is not null), 0) as n,
               sum(answer * n) filter (where answer is not null) / sum(n) filter (where answer is not null) as mean,
               coalesce(sum(n) filter (where answer is null), 0) as dont_know
        from read_parquet($urls) group by all order by municipality_id, question
    """,
        {"urls": urls},
        frame=True,
    )


@pytest.mark.parametrize(
    "sample", ["SYNTETISK_tilfredshed_bred.xlsx", "SYNTETISK_tilfredshed_bred.csv", "SYNTETISK_tilfredshed_lang.csv"]
)
def test_histograms_give_the_samples_n_and_means(tmp_path, sample):
    path = SAMPLES / sample
    result = ingest(path.read_bytes(), path.name, str(tmp_path), key_name="test")
    assert result.accepted, [i.message_en for i in result.errors]
    (batch,) = batches.active_batches(str(tmp_path))
    got = from_histograms([batch.histogram_url])
    want = expected_from_sample(path)
    assert list(got["municipality_id"]) == list(want["municipality_id"])
    assert list(got["question"]) == list(want["question"])
    assert list(got["n"].astype(int)) == list(want["n"].astype(int))
    assert list(got["dont_know"].astype(int)) == list(want["dont_know"].astype(int))
    assert got["mean"].round(9).tolist() == want["mean"].round(9).tolist()
    # The answers file agrees with the histogram and with the log.
    ((n_answers,),) = duck("select count(*) from read_parquet($u)", {"u": batch.answers_url})
    assert n_answers == batch.rows == result.rows


def test_all_samples_together(tmp_path):
    for path in sorted(SAMPLES.glob("SYNTETISK_*")):
        assert ingest(path.read_bytes(), path.name, str(tmp_path), key_name="test").accepted
    active = batches.active_batches(str(tmp_path))
    assert len(active) == 3
    got = from_histograms([b.histogram_url for b in active])
    want = pd.concat([expected_from_sample(p) for p in sorted(SAMPLES.glob("SYNTETISK_*"))])
    assert int(got["n"].sum()) == int(want["n"].sum())
    assert {b.respondent_groups for b in active} == {("borger",), ("medarbejder",), ("laege",)}


def test_withdraw(tmp_path):
    root = str(tmp_path)
    a = ingest(csv_bytes(rows(4, seed=1)), "a.csv", root, key_name="uploader")
    b = ingest(csv_bytes(rows(4, seed=2)), "b.csv", root, key_name="uploader")
    version = batches.data_version(root)
    before_files = {k: v for k, v in snapshot(tmp_path).items() if "/log/" not in k}

    batches.withdraw(root, a.batch_id, key_name="reviewer", reason="Forkert bølge")

    assert [x.batch_id for x in batches.active_batches(root)] == [b.batch_id]
    (gone,) = [x for x in batches.all_batches(root) if x.batch_id == a.batch_id]
    assert gone.withdrawn and gone.withdrawn_by == "reviewer" and gone.withdraw_reason == "Forkert bølge"
    assert gone.withdrawn_at >= gone.uploaded_at
    events = batches.read_events(root)
    assert [(e["event"], e["batch_id"]) for e in events if e["batch_id"] == a.batch_id] == [
        ("upload", a.batch_id),
        ("withdraw", a.batch_id),
    ]
    assert batches.data_version(root) != version
    # Nothing deleted: every file except the new log event is byte-for-byte where it was.
    assert {k: v for k, v in snapshot(tmp_path).items() if "/log/" not in k} == before_files

    v2 = batches.data_version(root)
    batches.withdraw(root, a.batch_id, key_name="reviewer", reason="again")  # already withdrawn: no-op
    assert batches.data_version(root) == v2
    with pytest.raises(KeyError):
        batches.withdraw(root, "no-such-batch", key_name="reviewer", reason="x")

    # A withdrawn file's content may be uploaded again (it is no longer in the dashboards).
    again = ingest(csv_bytes(rows(4, seed=1)), "a.csv", root, key_name="uploader")
    assert again.accepted and again.batch_id != a.batch_id
    dup = ingest(csv_bytes(rows(4, seed=1)), "a.csv", root, key_name="uploader")
    assert [i.code for i in dup.errors] == ["duplicate_file"]


def test_upload_event_records_the_audit_trail(tmp_path):
    data = csv_bytes(rows(4, seed=3))
    result = ingest(data, "audit.csv", str(tmp_path), key_name="aalborg-analyse")
    (event,) = [e for e in batches.read_events(str(tmp_path)) if e["event"] == "upload"]
    import hashlib

    assert event["batch_id"] == result.batch_id
    assert event["key_name"] == "aalborg-analyse"
    assert event["file_name"] == "audit.csv"
    assert event["sha256"] == hashlib.sha256(data).hexdigest()
    assert event["rows"] == 8 and event["respondents"] == 4
    assert event["mapping"]["Kommune"] == "municipality"
    assert event["waves"] == ["2019"] and event["time"].endswith("Z")


def test_dry_run_and_data_version(tmp_path):
    root = str(tmp_path)
    v0 = batches.data_version(root)
    dry = ingest(csv_bytes(rows(3, seed=4)), "x.csv", root, key_name="t", dry_run=True)
    assert dry.accepted and not dry.stored and dry.batch_id is None and dry.rows == 6
    assert list(tmp_path.iterdir()) == [] and batches.data_version(root) == v0
    ingest(csv_bytes(rows(3, seed=4)), "x.csv", root, key_name="t")
    assert batches.data_version(root) != v0


# ---------------------------------------------------------------------------------------------------------------
# Command line


def test_cli_accepts_and_prints_batch_and_rows(tmp_path):
    f = tmp_path / "in.csv"
    f.write_bytes(csv_bytes(rows(5, seed=5)))
    root = tmp_path / "root"
    root.mkdir()
    done = run_cli(str(f), "--data-root", str(root))
    assert done.returncode == 0, done.stdout + done.stderr
    (batch,) = batches.active_batches(str(root))
    assert batch.batch_id in done.stdout and "10 rækker/rows" in done.stdout
    assert batch.key_name.startswith("cli:")


def test_cli_rejects_with_every_reason_in_both_languages(tmp_path):
    table = rows(3, seed=6)
    table[1][1] = "Frederikshvn"
    table[3][5] = 8
    f = tmp_path / "bad.csv"
    f.write_bytes(csv_bytes(table))
    root = tmp_path / "root"
    root.mkdir()
    done = run_cli(str(f), "--data-root", str(root))
    assert done.returncode == 1
    out = done.stdout
    assert "række/row 2" in out and "kolonne/column »Kommune«" in out and "mente du »Frederikshavn«" in out
    assert "did you mean 'Frederikshavn'" in out and "række/row 4" in out and "skalaen 1–5" in out
    assert "scale 1–5" in out
    assert list(root.iterdir()) == []


def test_cli_json_and_mixed_results(tmp_path):
    good, bad = tmp_path / "good.csv", tmp_path / "bad.xlsx"
    good.write_bytes(csv_bytes(rows(3, seed=7)))
    bad.write_bytes(b"%PDF-1.4 not a workbook")
    root = tmp_path / "root"
    root.mkdir()
    done = run_cli(str(good), str(bad), "--data-root", str(root), "--json")
    assert done.returncode == 1
    report = json.loads(done.stdout)
    assert report["accepted"] is False
    first, second = report["files"]
    assert first["accepted"] and first["batch_id"] and first["rows"] == 6
    assert not second["accepted"] and second["issues"][0]["code"] == "wrong_content"
    assert "PDF" in second["issues"][0]["message_da"] and "PDF" in second["issues"][0]["message_en"]


def test_cli_dry_run_writes_nothing(tmp_path):
    f = tmp_path / "in.csv"
    f.write_bytes(csv_bytes(rows(3, seed=8)))
    root = tmp_path / "root"
    root.mkdir()
    done = run_cli(str(f), "--data-root", str(root), "--dry-run", "--json")
    assert done.returncode == 0 and json.loads(done.stdout)["files"][0]["batch_id"] is None
    assert list(root.iterdir()) == []


@pytest.mark.parametrize(
    "args", [[], ["--no-such-option", "x.csv"], ["missing-file.csv"], ["IN", "--data-root", "/no/such/folder"]]
)
def test_cli_usage_errors_exit_2(tmp_path, args):
    f = tmp_path / "in.csv"
    f.write_bytes(csv_bytes(rows(2, seed=9)))
    args = [str(f) if a == "IN" else a for a in args]
    if args and "--data-root" not in args:
        args += ["--data-root", str(tmp_path)]
    done = run_cli(*args)
    assert done.returncode == 2, done.stdout + done.stderr
    assert done.stderr
