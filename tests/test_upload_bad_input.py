"""Bad uploads are rejected with a clear message in Danish and English, and change nothing under the data root.

Each case: the file is rejected, the issue names the problem in both languages, and a byte-for-byte snapshot
of the data root (which already holds one accepted batch) is identical before and after.
"""

from __future__ import annotations

import datetime as dt
import re
import tempfile
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from frikommune.data import auth
from frikommune.ingest import ingest, validate
from frikommune.ingest.mapping import key
from frikommune.ingest.validate import DONT_KNOW
from tests.upload_helpers import csv_bytes, rows, snapshot, xlsx_bytes, zip_bytes

SEED_FILE = csv_bytes(rows(4, seed=99))


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch):
    for name in (
        "FRIKOMMUNE_MAX_UPLOAD_MB",
        "FRIKOMMUNE_UPLOAD_KEY",
        "FRIKOMMUNE_TEST_PAUSE_AT",
        "FRIKOMMUNE_RECOVERY_GRACE_SECONDS",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("FRIKOMMUNE_SECRETS", str(Path(tempfile.gettempdir()) / "no-such-secrets.toml"))


@pytest.fixture
def root(tmp_path):
    """A data root that already holds one accepted batch, so 'nothing changed' is checked against real files."""
    r = tmp_path / "data"
    r.mkdir()
    assert ingest(SEED_FILE, "seed.csv", str(r), key_name="test").accepted
    return r


def rejected(
    root: Path, data: bytes, name: str, code: str, da: tuple[str, ...], en: tuple[str, ...], mapping: dict | None = None
):
    """Ingest, and check: rejected, an issue with ``code`` whose texts mention ``da``/``en``, tree unchanged."""
    before = snapshot(root)
    result = ingest(data, name, str(root), key_name="test", mapping=mapping)
    after = snapshot(root)
    assert not result.accepted and result.batch_id is None
    hits = [i for i in result.errors if i.code == code]
    assert hits, f"expected {code}, got {[(i.code, i.message_en) for i in result.issues]}"
    for word in da:
        assert word.lower() in hits[0].message_da.lower(), (word, hits[0].message_da)
    for word in en:
        assert word.lower() in hits[0].message_en.lower(), (word, hits[0].message_en)
    assert after == before, "a rejected file changed the data root"
    assert not result.report_frame().empty
    return hits


def good_xlsx() -> bytes:
    return xlsx_bytes(rows(5, seed=1))


# ---------------------------------------------------------------------------------------------------------------
# Files that are not what they claim, or are unsafe


def test_empty_file(root):
    rejected(root, b"", "svar.csv", "empty_file", ("tom",), ("empty",))
    rejected(root, b"", "svar.xlsx", "empty_file", ("tom",), ("empty",))


def test_renamed_docx(root):
    docx = zip_bytes({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document/>"})
    rejected(root, docx, "svar.xlsx", "wrong_content", ("Word",), ("Word",))


def test_pdf_renamed_and_as_pdf(root):
    pdf = b"%PDF-1.7\n1 0 obj << >> endobj\ntrailer\n%%EOF\n"
    rejected(root, pdf, "svar.xlsx", "wrong_content", ("PDF",), ("PDF",))
    rejected(root, pdf, "svar.csv", "wrong_content", ("PDF",), ("PDF",))
    rejected(root, pdf, "svar.pdf", "unsupported_type", (".pdf", "understøttes ikke"), (".pdf", "not supported"))


def test_binary_as_csv(root):
    rejected(root, b"kommune;forsog\x00\x01\x02\x00" * 20, "svar.csv", "wrong_content", ("binær",), ("binary",))


def test_truncated_workbook(root):
    data = good_xlsx()
    rejected(root, data[: len(data) // 2], "svar.xlsx", "corrupt", ("beskadiget",), ("damaged",))


def test_workbook_with_broken_sheet_xml(root):
    data = good_xlsx()
    with zipfile.ZipFile(__import__("io").BytesIO(data)) as zf:
        entries = {i.filename: zf.read(i) for i in zf.infolist()}
    sheet = next(n for n in entries if n.startswith("xl/worksheets/"))
    entries[sheet] = b"<worksheet><sheetData><row><c r='A1' t='s'><v>99</v></c></row"  # cut off mid-tag
    rejected(root, zip_bytes(entries), "svar.xlsx", "corrupt", ("beskadiget",), ("damaged",))


def test_password_protected_workbook(root):
    # An encrypted .xlsx is an OLE compound file holding EncryptionInfo and EncryptedPackage streams.
    ole = (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
        + b"\x00" * 504
        + "EncryptionInfo".encode("utf-16-le")
        + b"\x00" * 64
        + "EncryptedPackage".encode("utf-16-le")
        + b"\x00" * 1024
    )
    rejected(root, ole, "svar.xlsx", "encrypted", ("adgangskode",), ("password",))


def test_old_xls_renamed(root):
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 2048
    rejected(root, ole, "svar.xlsx", "wrong_content", (".xls",), (".xls",))


def test_macro_enabled_by_name(root):
    rejected(root, good_xlsx(), "svar.xlsm", "macro", ("makro",), ("macro",))


def test_macro_inside_xlsx(root):
    data = good_xlsx()
    with zipfile.ZipFile(__import__("io").BytesIO(data)) as zf:
        entries = {i.filename: zf.read(i) for i in zf.infolist()}
    entries["xl/vbaProject.bin"] = b"\x00VBA-macro-stand-in" * 10
    rejected(root, zip_bytes(entries), "svar.xlsx", "macro", ("makro", "vbaProject.bin"), ("macro",))


def test_zip_bomb_by_ratio(root):
    data = good_xlsx()
    with zipfile.ZipFile(__import__("io").BytesIO(data)) as zf:
        entries = {i.filename: zf.read(i) for i in zf.infolist()}
    entries["xl/worksheets/sheet1.xml"] = b"<worksheet>" + b" " * (64 << 20) + b"</worksheet>"  # 64 MB -> ~60 KB
    bomb = zip_bytes(entries)
    assert len(bomb) < 1 << 20
    rejected(root, bomb, "svar.xlsx", "zip_bomb", ("zip-bombe",), ("zip bomb",))


def test_zip_bomb_by_entry_count(root):
    entries = {f"xl/x{i}.xml": b"" for i in range(10_001)}
    entries["xl/workbook.xml"] = b"<workbook/>"
    rejected(root, zip_bytes(entries, zipfile.ZIP_STORED), "svar.xlsx", "zip_bomb", ("zip-bombe",), ("zip bomb",))


def test_file_over_the_size_limit(root, monkeypatch):
    data = csv_bytes(rows(40, seed=3))
    assert len(data) > 1024
    monkeypatch.setenv("FRIKOMMUNE_MAX_UPLOAD_MB", "0.001")  # 1 KiB
    rejected(root, data, "svar.csv", "too_large", ("for stor",), ("too large",))


@pytest.mark.parametrize("name", ["../x.csv", "a/b.xlsx", "..\\x.csv", "C:\\temp\\x.csv", "/etc/x.csv", ".."])
def test_names_with_path_parts(root, name):
    rejected(root, csv_bytes(rows(3, seed=4)), name, "bad_name", ("mappesti",), ("folder path",))


@pytest.mark.parametrize("name", ["svar.txt", "svar", "svar.xls", "svar.ods"])
def test_unsupported_extensions(root, name):
    rejected(root, csv_bytes(rows(3, seed=5)), name, "unsupported_type", ("understøttes ikke",), ("not supported",))


def test_same_content_twice_is_a_duplicate(root):
    hits = rejected(
        root, SEED_FILE, "seed-again.csv", "duplicate_file", ("dublet", "allerede"), ("duplicate", "already")
    )
    assert hits[0].row is None


# ---------------------------------------------------------------------------------------------------------------
# Tables with wrong columns or values


def table_rejected(root, table, code, da, en, row=None, column=None, fmt="csv", mapping=None):
    data = csv_bytes(table) if fmt == "csv" else xlsx_bytes(table)
    hits = rejected(root, data, f"svar.{fmt}", code, da, en, mapping=mapping)
    if row is not None:
        assert row in [h.row for h in hits], [(h.row, h.column) for h in hits]
    if column is not None:
        assert all(h.column == column for h in hits), [h.column for h in hits]
    return hits


def test_missing_required_column(root):
    table = [[c for j, c in enumerate(r) if j != 2] for r in rows(3, seed=6)]  # drop Forsøg
    table_rejected(root, table, "missing_column", ("forsøg", "mangler"), ("experiment", "missing"))


def test_missing_date_and_wave(root):
    table = [[c for j, c in enumerate(r) if j != 4] for r in rows(3, seed=7)]
    table_rejected(root, table, "missing_column", ("dato eller bølge",), ("date or wave",))


def test_unknown_municipality_with_suggestion(root):
    table = rows(4, seed=8)
    table[3][1] = "Frederikshvn"
    hits = table_rejected(
        root,
        table,
        "unknown_municipality",
        ("kommune", "Frederikshvn", "mente du", "Frederikshavn"),
        ("municipality", "did you mean", "Frederikshavn"),
        row=4,
        column="Kommune",
    )
    assert len(hits) == 1


def test_unknown_municipality_without_suggestion(root):
    table = rows(3, seed=9)
    table[1][1] = "Gotham City"
    table_rejected(root, table, "unknown_municipality", ("ukendt kommune", "Aalborg"), ("unknown municipality",), row=2)


def test_unknown_experiment(root):
    table = rows(3, seed=10)
    table[2][2] = "r9-99-findes-ikke"
    table_rejected(
        root, table, "unknown_experiment", ("forsøg", "r9-99-findes-ikke"), ("experiment",), row=3, column="Forsøg"
    )


def test_unknown_respondent_group(root):
    table = rows(3, seed=11)
    table[1][3] = "studerende"
    table_rejected(
        root,
        table,
        "unknown_group",
        ("respondentgruppe", "studerende"),
        ("respondent group",),
        row=2,
        column="Respondentgruppe",
    )


@pytest.mark.parametrize("value", [0, 6, -1, 55, "2,5", "3.5"])
def test_answer_outside_the_scale(root, value):
    table = rows(4, seed=12)
    table[2][5] = value
    table_rejected(
        root, table, "answer_out_of_scale", ("skalaen 1–5",), ("scale 1–5",), row=3, column="Jeg blev mødt med respekt"
    )


def test_answer_that_is_not_a_number(root):
    table = rows(4, seed=13)
    table[4][6] = "meget enig"
    table_rejected(
        root,
        table,
        "answer_not_number",
        ("meget enig", "ved ikke"),
        ("scale", "don't know"),
        row=5,
        column="Samtalerne var relevante",
    )


@pytest.mark.parametrize("value", ["31-02-2019", "2019-13-01", "29.02.2019", "2019-04-31"])
def test_impossible_dates(root, value):
    table = rows(3, seed=14)
    table[1][4] = value
    table_rejected(root, table, "impossible_date", ("umulig", value), ("impossible", value), row=2, column="Dato")


def test_date_in_the_future_and_long_ago(root):
    table = rows(3, seed=15)
    table[1][4] = (dt.date.today() + dt.timedelta(days=30)).isoformat()
    table[2][4] = "1999-05-01"
    hits = table_rejected(root, table, "date_out_of_range", ("umulig",), ("impossible",))
    assert {h.row for h in hits} == {2, 3}
    assert "fremtiden" in hits[0].message_da and "future" in hits[0].message_en


def test_text_that_is_not_a_date(root):
    table = rows(3, seed=16)
    table[3][4] = "i går"
    table_rejected(root, table, "bad_date", ("ikke en dato",), ("not a date",), row=4)


def test_blank_required_cell(root):
    table = rows(3, seed=17)
    table[2][3] = ""
    table_rejected(root, table, "missing_value", ("mangler",), ("no value",), row=3, column="Respondentgruppe")


def test_duplicate_respondents_in_the_file(root):
    table = rows(5, seed=18)
    table[5][0] = table[2][0]
    hits = table_rejected(
        root,
        table,
        "duplicate_respondent",
        (table[2][0], "flere gange", "række 3"),
        ("more than once", "row 3"),
        row=6,
        column="Respondent",
    )
    assert len(hits) == 1


def test_duplicate_answers_in_long_form(root):
    table = [
        ["Respondent", "Kommune", "Forsøg", "Respondentgruppe", "Dato", "Spørgsmål", "Svar"],
        ["L1", "Aalborg", "r1-04-formkrav-samtaler", "borger", "01-03-2019", "Q1", 4],
        ["L1", "Aalborg", "r1-04-formkrav-samtaler", "borger", "01-03-2019", "Q2", 3],
        ["L1", "Aalborg", "r1-04-formkrav-samtaler", "borger", "01-03-2019", "Q1", 5],
    ]
    table_rejected(root, table, "duplicate_answer", ("Q1", "række 2"), ("Q1", "row 2"), row=4)


def test_header_only(root):
    table_rejected(root, rows(0), "no_data", ("ingen datarækker",), ("no data rows",))
    table_rejected(root, rows(0), "no_data", ("ingen datarækker",), ("no data rows",), fmt="xlsx")


def test_ragged_csv(root):
    data = csv_bytes(rows(3, seed=19)) + b"T-x;Aalborg;r1-04-formkrav-samtaler;borger;01-03-2019;3;4;5;6\r\n"
    rejected(root, data, "svar.csv", "csv_malformed", ("linje 5",), ("line 5",))


def test_duplicate_column_names(root):
    table = rows(3, seed=20)
    table[0][6] = table[0][5]
    table_rejected(root, table, "duplicate_column", ("2 gange",), ("2 times",))


def test_values_under_a_blank_header(root):
    table = [r + [1] for r in rows(3, seed=21)]
    table[0][-1] = ""
    table_rejected(root, table, "unnamed_column", ("ingen overskrift", "(H)"), ("no header",), fmt="xlsx")


def test_unknown_role_in_a_given_mapping(root):
    table_rejected(
        root, rows(3, seed=22), "bad_mapping", ("ukendt rolle",), ("unknown role",), mapping={"Kommune": "town"}
    )


def test_every_problem_is_reported_at_once(root):
    table = rows(6, seed=23)
    table[1][1] = "Atlantis"
    table[2][3] = "pensionist"
    table[3][5] = 9
    table[4][4] = "30-02-2019"
    before = snapshot(root)
    result = ingest(csv_bytes(table), "svar.csv", str(root), key_name="test")
    assert snapshot(root) == before
    assert {(i.row, i.code) for i in result.errors} == {
        (2, "unknown_municipality"),
        (3, "unknown_group"),
        (4, "answer_out_of_scale"),
        (5, "impossible_date"),
    }
    report = result.report_frame()
    assert list(report.columns) == ["row", "column", "severity", "code", "message_da", "message_en"]
    assert list(report["row"]) == [2, 3, 4, 5]


def test_many_bad_rows_are_capped_with_a_summary(root):
    table = rows(250, seed=24)
    for r in table[1:]:
        r[5] = 7
    result = ingest(csv_bytes(table), "svar.csv", str(root), key_name="test")
    codes = [i.code for i in result.issues]
    assert codes.count("answer_out_of_scale") == 200
    summary = [i for i in result.issues if i.code == "more_issues"]
    assert len(summary) == 1 and "50" in summary[0].message_da and "50" in summary[0].message_en


def test_a_rejected_file_does_not_even_create_folders(tmp_path):
    empty_root = tmp_path / "fresh"
    empty_root.mkdir()
    table = rows(3, seed=25)
    table[1][1] = "Atlantis"
    assert not ingest(csv_bytes(table), "svar.csv", str(empty_root), key_name="test").accepted
    assert not ingest(csv_bytes(rows(3, seed=25)), "svar.csv", str(empty_root), key_name="t", dry_run=True).stored
    assert list(empty_root.iterdir()) == []


# ---------------------------------------------------------------------------------------------------------------
# Property tests


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(min_size=0, max_size=2048), ext=st.sampled_from([".csv", ".xlsx"]))
def test_arbitrary_bytes_never_crash_and_never_write_when_rejected(root, data, ext):
    before = snapshot(root)
    result = validate(data, "fuzz" + ext, str(root))
    assert snapshot(root) == before
    if not result.accepted:
        assert result.errors and all(i.message_da and i.message_en for i in result.errors)
        stored = ingest(data, "fuzz" + ext, str(root), key_name="fuzz")
        assert not stored.accepted and snapshot(root) == before


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    value=st.one_of(
        st.integers().filter(lambda v: not 1 <= v <= 5),
        st.floats(allow_nan=False, allow_infinity=False, min_value=-1e6, max_value=1e6).filter(
            lambda v: not (v.is_integer() and 1 <= v <= 5)
        ),
    ),
    row=st.integers(1, 4),
    col=st.sampled_from([5, 6]),
)
def test_any_number_off_the_scale_is_rejected_where_it_is(root, value, row, col):
    table = rows(4, seed=26)
    table[row][col] = value
    before = snapshot(root)
    result = ingest(xlsx_bytes(table), "svar.xlsx", str(root), key_name="test")
    assert snapshot(root) == before
    assert [(i.row, i.column, i.code) for i in result.errors] == [(row + 1, table[0][col], "answer_out_of_scale")]


@example(text="²")  # NFKC reads it as 2 (found by this test)
@example(text="4\u200b")  # a zero-width space after the digit
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    text=st.text(
        alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=12
    ).filter(lambda t: t.strip() and key(t) not in DONT_KNOW)
)
def test_any_text_answer_is_rejected_unless_it_is_a_number_on_the_scale(root, text):
    table = rows(3, seed=27)
    table[2][6] = text
    result = validate(csv_bytes(table), "svar.csv", str(root))
    if re.fullmatch(r"\+?0*[1-5]([.,]0+)?", text.strip()):
        assert result.accepted  # a valid answer spelled as text, e.g. "4" or "4,0"
        return
    assert not result.accepted
    assert [(i.row, i.column) for i in result.errors] == [(3, "Samtalerne var relevante")]
    assert result.errors[0].code in ("answer_not_number", "answer_out_of_scale")


# ---------------------------------------------------------------------------------------------------------------
# Upload keys


def test_upload_keys(monkeypatch, tmp_path):
    secrets = tmp_path / "secrets.toml"
    secrets.write_text('[upload_keys]\naalborg-analyse = "s3cret-one"\nnord = "s3cret-two"\n', encoding="utf-8")
    monkeypatch.setenv("FRIKOMMUNE_SECRETS", str(secrets))
    assert auth.upload_configured()
    assert auth.upload_key_name("s3cret-two") == "nord"
    assert auth.upload_key_name("s3cret-one") == "aalborg-analyse"
    assert auth.upload_key_name("wrong") is None
    assert auth.upload_key_name("") is None
    monkeypatch.setenv("FRIKOMMUNE_UPLOAD_KEY", "from-env")
    assert auth.upload_key_name("from-env") == "env"


def test_no_upload_key_configured(monkeypatch, tmp_path):
    monkeypatch.setenv("FRIKOMMUNE_SECRETS", str(tmp_path / "absent.toml"))
    assert not auth.upload_configured()
    assert auth.upload_key_name("anything") is None
