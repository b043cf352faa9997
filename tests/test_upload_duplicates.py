"""The same answers are refused again whatever file carries them - order, encoding, separator, line ends, blank
lines, file type - and the refusal names the batch that already holds them. Different answers still land."""

from __future__ import annotations

import hashlib

import numpy as np
import pandas as pd
import pytest

from frikommune.data import batches
from frikommune.ingest import ingest
from frikommune.ingest.fingerprint import VERSION, answers_fingerprint
from frikommune.ingest.validate import Coded, Prepared
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


MASK = (1 << 64) - 1


def _avalanche(h: int) -> int:
    """splitmix64's finaliser, in Python integers."""
    h = ((h ^ (h >> 30)) * 0xBF58476D1CE4E5B9) & MASK
    h = ((h ^ (h >> 27)) * 0x94D049BB133111EB) & MASK
    return h ^ (h >> 31)


def _mix(h: int, x: int) -> int:
    """One step of the fingerprint's definition: the finaliser of h * K + x (64-bit, wrapping)."""
    return _avalanche((h * 0x9E3779B97F4A7C15 + x) & MASK)


def _value_hash(tag: str, coded: Coded, i: int) -> int:
    code = int(coded.codes[i])
    text = f"{tag}\x00\x00missing" if code < 0 else f"{tag}\x00{coded.values[code]}"
    return int(pd.util.hash_array(np.array([text], dtype=object), categorize=False)[0])


def _fingerprint_row_by_row(p: Prepared, questions: int) -> str:
    """The module docstring's definition, one answer row at a time."""
    qa = [
        _mix(_mix(0, _value_hash("q", p.question, i)), int(p.answer[i]) + (6 if p.dont_know[i] else 0))
        for i in range(p.rows)
    ]
    rows = []
    for i in range(p.rows):
        if p.respondent is None:
            respondent = 0
        elif p.respondent_from_rows:
            first = i - i % questions  # the row's answers, in any order
            respondent = _avalanche(sum(qa[first : first + questions]) & MASK)
        else:
            respondent = _value_hash("r", p.respondent, i)
        h = 0
        for tag, coded in (("m", p.municipality), ("e", p.experiment), ("g", p.group), ("w", p.wave)):
            h = _mix(h, _value_hash(tag, coded, i))
        rows.append(_mix(_mix(h, respondent), qa[i]))
    digest = hashlib.sha256(VERSION.encode())
    digest.update(np.array(sorted(rows), dtype=np.uint64).tobytes())
    return f"{VERSION}-{digest.hexdigest()}"


def _random_prepared(respondents: int, questions: int, ids: str, seed: int) -> Prepared:
    """Wide-form answers (``questions`` per respondent) with some values missing; ``ids``: 'column', 'rows'
    (each row its own respondent) or 'none' (long form without a respondent)."""
    rng = np.random.default_rng(seed)
    n = respondents * questions
    dont_know = rng.random(n) < 0.25

    def per_respondent(values: list) -> Coded:
        return Coded(np.repeat(rng.integers(-1, len(values), respondents), questions).astype(np.int8), values)

    return Prepared(
        format="wide",
        row_no=np.arange(n),
        respondent=(
            Coded(np.repeat(np.arange(respondents, dtype=np.int32), questions), [f"R{k}" for k in range(respondents)])
            if ids == "column"
            else None
        ),
        municipality=per_respondent(["Aalborg", "Brønderslev", "Thisted", "Morsø"]),
        experiment=per_respondent(["r1-04", "r2-01"]),
        group=per_respondent(["borger", "medarbejder", "virksomhed"]),
        wave=per_respondent(["2019", "2020"]),
        question=Coded(np.tile(np.arange(questions, dtype=np.int8), respondents), [f"Q{k}" for k in range(questions)]),
        answered_on=Coded(np.full(n, -1, dtype=np.int8), []),
        answer=np.where(dont_know, 0, rng.integers(0, 6, n)).astype(np.int8),  # 0: blank or "ved ikke"
        dont_know=dont_know,
        respondents=respondents,
        file_rows=respondents,
        respondent_from_rows=ids == "rows",
    )


@pytest.mark.parametrize("ids", ["column", "rows", "none"])
@pytest.mark.parametrize("respondents", [4, 400])  # fewer rows than combinations of values, and more
def test_the_fingerprint_is_its_definition_computed_row_by_row(ids, respondents):
    p = _random_prepared(respondents, questions=5, ids=ids, seed=respondents)
    assert answers_fingerprint(p) == _fingerprint_row_by_row(p, questions=5)


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
