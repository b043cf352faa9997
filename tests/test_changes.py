"""The change log in domain terms: every upload and withdrawal is a numbered data version, newest first, with the
figures it moved on the pages; a Database as of version N holds exactly the batches of the first N events.

The data roots are built in code from tiny synthetic answers (respondent ids start with SYNTETISK)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from frikommune.data import batches
from frikommune.data import db as db_module
from frikommune.data.db import Database
from frikommune.domain import changes, surveys
from frikommune.ingest import ingest
from frikommune.text import change_words
from tests.upload_helpers import EXPERIMENT, csv_bytes, synthetic_log

QUESTION = "Jeg blev mødt med respekt"


def answers(municipality: str, values: list[int], wave: str = "2021", tag: str = "a") -> bytes:
    """A synthetic wide-form CSV: one respondent per value, one question, one wave."""
    table: list[list[object]] = [["Respondent", "Kommune", "Forsøg", "Respondentgruppe", "Dato", "Bølge", QUESTION]]
    for i, value in enumerate(values):
        table.append(
            [f"SYNTETISK-{tag}-{i + 1}", municipality, EXPERIMENT, "borger", dt.date(2021, 3, 1 + i), wave, value]
        )
    return csv_bytes(table)


@pytest.fixture
def root(tmp_path, no_frikommune_settings) -> str:
    """An empty data root; no FRIKOMMUNE_* setting of the machine leaks in (tests/conftest.py)."""
    path = tmp_path / "data"
    path.mkdir()
    return str(path)


def upload(root: str, data: bytes, name: str, key: str = "konsulent-nord") -> str:
    result = ingest(data, name, root, key_name=key)
    assert result.accepted, [e.message_en for e in result.errors]
    return result.batch_id


def aalborg_mean(db: Database) -> float:
    summary = surveys.uploaded_summary(db)
    return float(summary.loc[summary["municipality_id"] == "aalborg", "mean"].iloc[0])


def test_an_upload_is_change_one_and_names_the_figure_it_created(root):
    upload(root, answers("Aalborg", [3, 4, 3, 4, 3]), "first.csv")
    [change] = changes.changes(Database(root))
    assert (change.version, change.kind, change.key_name, change.file_name) == (
        1,
        "upload",
        "konsulent-nord",
        "first.csv",
    )
    assert change.waves == ("2021",) and change.respondents == 5 and change.answers == 5
    assert change.time is not None and change.time.tzinfo is not None
    [moved] = change.moved
    assert (moved.municipality_id, moved.question, moved.wave) == ("aalborg", QUESTION, "2021")
    assert (moved.before, moved.after, moved.n_before, moved.n_after) == (None, pytest.approx(3.4), 0, 5)


def test_a_second_upload_moves_the_mean_and_a_withdrawal_moves_it_back(root):
    first = upload(root, answers("Aalborg", [3, 4, 3, 4, 3], tag="a"), "first.csv")
    upload(root, answers("Aalborg", [4, 4, 4, 4, 4], tag="b"), "second.csv")  # 10 answers, mean 3,7
    batches.withdraw(root, first, "konsulent-nord", "wrong wave")
    log = changes.changes(Database(root))
    assert [(c.version, c.kind) for c in log] == [(3, "withdraw"), (2, "upload"), (1, "upload")]  # newest first
    withdrawal, second, _ = log
    [moved] = second.moved
    assert (moved.before, moved.after, moved.n_before, moved.n_after) == (pytest.approx(3.4), pytest.approx(3.7), 5, 10)
    [back] = withdrawal.moved
    assert (back.before, back.after, back.n_after) == (pytest.approx(3.7), pytest.approx(4.0), 5)
    assert withdrawal.reason == "wrong wave" and withdrawal.file_name == "first.csv"
    assert withdrawal.answers == 5  # the withdrawn batch's answers


def test_an_upload_for_another_municipality_moves_only_its_figures(root):
    upload(root, answers("Aalborg", [3, 4, 3, 4, 3], tag="a"), "first.csv")
    upload(root, answers("Hjørring", [2, 2, 3, 3, 5], tag="h"), "second.csv")
    newest = changes.changes(Database(root))[0]
    assert [m.municipality_id for m in newest.moved] == ["hjoerring"]


def test_a_database_as_of_a_version_holds_the_batches_of_that_version_for_good(root):
    upload(root, answers("Aalborg", [3, 4, 3, 4, 3], tag="a"), "first.csv")
    assert aalborg_mean(Database(root, as_of=1)) == pytest.approx(3.4)
    upload(root, answers("Aalborg", [4, 4, 4, 4, 4], tag="b"), "second.csv")
    pinned = Database(root, as_of=1)
    pinned.refresh_uploads()  # a pinned Database never follows the log
    assert aalborg_mean(pinned) == pytest.approx(3.4)
    assert aalborg_mean(Database(root)) == pytest.approx(3.7)
    assert surveys.uploaded_summary(Database(root, as_of=0)).empty
    assert batches.log_version(root) == 2


def test_the_change_list_as_of_a_version_stops_at_that_version(root):
    upload(root, answers("Aalborg", [3, 4, 3, 4, 3], tag="a"), "first.csv")
    upload(root, answers("Aalborg", [4, 4, 4, 4, 4], tag="b"), "second.csv")
    assert [c.version for c in changes.changes(Database(root, as_of=1))] == [1]


def test_moved_figures_are_said_in_danish_and_english():
    moved = changes.Moved("aalborg", EXPERIMENT, "borger", "Mødt med *respekt*", "2021", 3.4, 3.6, 20, 35)
    assert change_words.moved_sentence(moved, "Aalborg", "borgere", "da") == (
        "Aalborgs gennemsnit på »Mødt med *respekt*« (borgere, bølge 2021): 3,4 → 3,6 (N 20 → 35)"
    )
    assert (
        change_words.moved_sentence(moved, "Aalborg", "citizens", "en", escape=lambda s: s.replace("*", r"\*"))
        == r"Aalborg's mean on “Mødt med \*respekt\*” (citizens, wave 2021): 3.4 → 3.6 (N 20 → 35)"
    )
    new = changes.Moved("aalborg", EXPERIMENT, "borger", "Q", "2021", None, 3.44, 0, 5)
    assert "– → 3,4 (N 0 → 5)" in change_words.moved_sentence(new, "Aalborg", "borgere")
    close = changes.Moved("aalborg", EXPERIMENT, "borger", "Q", "2021", 3.41, 3.44, 50, 51)
    assert "3,41 → 3,44" in change_words.moved_sentence(close, "Aalborg", "borgere")  # one decimal would hide it


def test_when_is_danish_local_time_to_the_minute():
    time = dt.datetime(2026, 11, 30, 14, 10, 5, 123456, tzinfo=dt.UTC)
    assert change_words.when(time, "da") == "30. november 2026 kl. 15.10"
    assert change_words.when(time, "en") == "30 November 2026, 15:10"


def oracle(root: str, version: int) -> tuple[changes.Moved, ...]:
    """What change ``version`` moved, the slow way: the pages' aggregates of two whole databases, as of the
    version before and as of it."""
    before = surveys.uploaded_summary(Database(root, as_of=version - 1, curated=False))
    after = surveys.uploaded_summary(Database(root, as_of=version, curated=False))
    return changes.moved_figures(before, after)


def test_a_long_log_moves_the_same_figures_as_whole_databases_per_version(root):
    log = synthetic_log(Path(root), events=24, withdraw_every=3)
    damaged = log[4][1]  # an upload whose histogram is cut short: quarantined, it moves nothing
    path = Path(root) / batches.histogram_path(damaged)
    path.write_bytes(path.read_bytes()[:-30])
    listed = changes.changes(Database(root), limit=12)
    assert [c.version for c in listed] == list(range(24, 12, -1))
    for change in listed:
        assert change.moved == oracle(root, change.version), change.version
    assert sum(bool(c.moved) for c in listed) >= 10  # the comparison is not between empty lists
    full = changes.changes(Database(root), limit=100)
    assert len(full) == 24 and full[-5].batch_id == damaged and full[-5].moved == ()


def test_the_change_list_reads_each_batch_once_and_queries_once_per_version_however_long_the_log(root, monkeypatch):
    synthetic_log(Path(root), events=120)
    db = Database(root)
    connections: list[object] = []
    queries: list[str] = []
    real_connect, real_query = db_module.duckdb.connect, db_module.BatchHistograms.query
    monkeypatch.setattr(db_module.duckdb, "connect", lambda *a, **k: connections.append(a) or real_connect(*a, **k))
    monkeypatch.setattr(
        db_module.BatchHistograms,
        "query",
        lambda self, name, *a, **k: queries.append(name) or real_query(self, name, *a, **k),
    )
    listed = changes.changes(db, limit=50)
    assert len(listed) == 50 and all(c.moved for c in listed)
    assert len(connections) == 1  # one workspace, not a database per version
    assert len(queries) == 51  # the aggregates of each version from 70 to 120, once each
