"""The same answers are refused again whatever file carries them - order, encoding, separator, line ends, blank
lines, file type - and the refusal names the batch that already holds them. Different answers still land."""

from __future__ import annotations

import pytest

from frikommune.data import batches
from frikommune.ingest import ingest
from tests.upload_helpers import HEADER, csv_bytes, rows, snapshot, xlsx_bytes

TABLE = rows(8, seed=81)


@pytest.fixture(autouse=True)
def _clean_env(no_frikommune_settings):
    """No FRIKOMMUNE_* setting of the machine leaks into these tests (tests/conftest.py)."""


@pytest.fixture
def root(tmp_path):
    r = tmp_path / "data"
    r.mkdir()
    first = ingest(csv_bytes(TABLE), "first.csv", str(r), key_name="test")
    assert first.accepted
    r.joinpath("first-batch").write_text(first.batch_id)
    return r


def variants() -> dict[str, bytes]:
    reordered = [TABLE[0], *reversed(TABLE[1:])]
    columns_moved = [[r[0], r[2], r[1], r[3], r[4], r[6], r[5]] for r in TABLE]
    lf = csv_bytes(TABLE).replace(b"\r\n", b"\n")
    return {
        "reordered.csv": csv_bytes(reordered),
        "no-bom.csv": csv_bytes(TABLE, encoding="utf-8"),
        "cp1252.csv": csv_bytes(TABLE, encoding="cp1252"),
        "lf.csv": lf,
        "comma.csv": csv_bytes(TABLE, sep=","),
        "iso-dates.csv": csv_bytes(TABLE, date_format="%Y-%m-%d"),
        "blank-line.csv": lf + b"\n\n",
        "columns-moved.csv": csv_bytes(columns_moved),
        "as-excel.xlsx": xlsx_bytes(reordered),
        "municipality-spelled-out.csv": csv_bytes([TABLE[0]] + [[r[0], "Aalborg Kommune", *r[2:]] for r in TABLE[1:]]),
    }


@pytest.mark.parametrize("name", list(variants()))
def test_the_same_answers_in_another_form_are_refused(root, name):
    before = snapshot(root)
    result = ingest(variants()[name], name, str(root), key_name="test")
    assert not result.accepted
    (issue,) = result.errors
    assert issue.code == "duplicate_answers", (issue.code, issue.message_en)
    first = root.joinpath("first-batch").read_text()
    assert first in issue.message_da and first in issue.message_en
    assert "samme svar" in issue.message_da and "same answers" in issue.message_en
    assert snapshot(root) == before
    assert len(batches.active_batches(str(root))) == 1


def test_a_byte_identical_file_is_still_called_the_same_file(root):
    result = ingest(csv_bytes(TABLE), "again.csv", str(root), key_name="test")
    assert [i.code for i in result.errors] == ["duplicate_file"]


def test_one_answer_changed_is_new_answers(root):
    changed = [list(r) for r in TABLE]
    changed[3][5] = 1 if changed[3][5] != 1 else 2
    assert ingest(csv_bytes(changed), "changed.csv", str(root), key_name="test").accepted


def test_the_same_answers_from_another_municipality_are_new_answers(root):
    other = [TABLE[0]] + [[r[0], "Thisted", *r[2:]] for r in TABLE[1:]]
    assert ingest(csv_bytes(other), "thisted.csv", str(root), key_name="test").accepted


def test_without_respondent_ids_row_order_is_still_left_out(tmp_path):
    no_ids = [r[1:] for r in TABLE]
    assert ingest(csv_bytes(no_ids), "a.csv", str(tmp_path), key_name="test").accepted
    again = ingest(csv_bytes([no_ids[0], *reversed(no_ids[1:])]), "b.csv", str(tmp_path), key_name="test")
    assert [i.code for i in again.errors] == ["duplicate_answers"]
    swapped = [list(r) for r in no_ids]  # two respondents swap one answer each: other answers, not a duplicate
    swapped[1][4], swapped[2][4] = swapped[2][4], swapped[1][4]
    if swapped[1][4] != swapped[2][4]:
        assert ingest(csv_bytes(swapped), "c.csv", str(tmp_path), key_name="test").accepted


def test_after_a_withdrawal_the_same_answers_may_come_again(root):
    first = root.joinpath("first-batch").read_text()
    batches.withdraw(str(root), first, "test", "forkert fil")
    assert ingest(variants()["comma.csv"], "comma.csv", str(root), key_name="test").accepted


def test_the_fingerprint_is_logged_with_the_batch(root):
    (event,) = [e for e in batches.read_events(str(root)) if e.get("event") == "upload"]
    assert event["answers_fingerprint"].startswith("a1-") and HEADER


def test_a_respondent_already_present_for_the_wave_is_flagged(root):
    first = root.joinpath("first-batch").read_text()
    changed = [list(r) for r in TABLE[:4]]  # three respondents of the first file again, with other answers
    for r in changed[1:]:
        r[5] = 1 if r[5] != 1 else 2
    result = ingest(csv_bytes(changed), "again-people.csv", str(root), key_name="test")
    assert result.accepted  # a warning: reused numbering is possible, so it is said, not refused
    (seen,) = [i for i in result.issues if i.code == "respondent_seen"]
    assert seen.severity == "warning" and first in seen.message_en and "3 respondent" in seen.message_en
    other_wave = [list(r) for r in changed]
    for r in other_wave[1:]:
        r[4] = r[4].replace(year=2021)
    assert not [
        i
        for i in ingest(csv_bytes(other_wave), "w.csv", str(root), key_name="test").issues
        if i.code == "respondent_seen"
    ]
