"""Hostile files cost one refusal, never the server: bounded reading, a sandboxed reader, cells that hold no answer.

Every workbook here is a few KB of hand-written XML that used to make python-calamine ask for 100-550 GB and
abort the process (before the guards), or that hid formulas, error values and macros. Each is refused with a
message in both languages; this test process (standing in for the server) keeps running; the data root is
unchanged to the byte.
"""

from __future__ import annotations

import io
import os
import re
import zipfile
from pathlib import Path

import pytest

from frikommune.ingest import guard, ingest, readers, sandbox
from tests.upload_helpers import HEADER, csv_bytes, raw_xlsx, rows, snapshot, xml_rows, zip_bytes

SEED = csv_bytes(rows(3, seed=41))


@pytest.fixture(autouse=True)
def _clean_env(no_frikommune_settings):
    """No FRIKOMMUNE_* setting of the machine leaks into these tests (tests/conftest.py)."""


@pytest.fixture
def root(tmp_path):
    r = tmp_path / "data"
    r.mkdir()
    assert ingest(SEED, "seed.csv", str(r), key_name="test").accepted
    return r


def refused(root: Path, data: bytes, name: str, code: str, *words_en: str):
    """Ingest; the file is refused with ``code`` (message mentions ``words_en``), nothing under root changed."""
    before = snapshot(root)
    result = ingest(data, name, str(root), key_name="test")
    assert snapshot(root) == before, "a refused file changed the data root"
    assert not result.accepted and result.batch_id is None
    hits = [i for i in result.errors if i.code == code]
    assert hits, [(i.code, i.message_en) for i in result.issues]
    for word in words_en:
        assert word.lower() in hits[0].message_en.lower(), (word, hits[0].message_en)
    assert hits[0].message_da and hits[0].message_da != hits[0].message_en
    assert all(len(i.message_en) < 600 and len(i.message_da) < 600 for i in result.issues)
    return result


def wide(table_rows: str) -> bytes:
    return raw_xlsx(xml_rows([HEADER]) + table_rows)


# ---------------------------------------------------------------------------------------------------------------
# Workbooks that ask a reader for more than any machine has


def test_the_only_cell_at_xfd1048576_is_refused_before_reading(root):
    result = refused(
        root,
        raw_xlsx('<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'),
        "far.xlsx",
        "too_big",
        "16,384",
        "column",
    )
    assert "16.384" in result.errors[0].message_da


def test_a_far_cell_in_row_one_is_refused(root):
    refused(
        root,
        raw_xlsx('<row r="1"><c r="A1"><v>1</v></c><c r="XFD1048576"><v>1</v></c></row>'),
        "far-in-row-one.xlsx",
        "too_big",
        "column",
    )


@pytest.mark.parametrize(
    ("ref", "words"),
    [
        ("AAAA1", "three letters"),  # one letter past XFD's three
        ("ABCDEFGHIJKLMNOPQRSTUVWXYZ1", "three letters"),  # letters past the width the guard reads at once
        ("A123456789", "row 9,999,999"),
        ("A12345678901234567890", "row 9,999,999"),  # digits past that width
    ],
)
def test_a_reference_past_every_limit_is_refused_however_long(root, ref, words):
    refused(root, raw_xlsx(f'<row r="1"><c r="{ref}"><v>1</v></c></row>'), "ref.xlsx", "too_big", words)


def test_a_lying_dimension_is_refused(root):
    refused(
        root,
        raw_xlsx('<row r="1"><c r="A1"><v>1</v></c></row>', dimension="A1:XFD1048576"),
        "dim.xlsx",
        "too_big",
        "declared",
    )


def test_many_rows_times_columns_is_refused(root):
    refused(
        root,
        raw_xlsx('<row r="1"><c r="A1"><v>1</v></c></row><row r="900000"><c r="ZZ900000"><v>1</v></c></row>'),
        "area.xlsx",
        "too_big",
        "cells",
    )


def test_a_lying_shared_string_count_is_refused(root):
    sst = (
        b'<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        b'count="4000000000" uniqueCount="4000000000"><si><t>a</t></si></sst>'
    )
    refused(
        root,
        raw_xlsx('<row r="1"><c r="A1" t="s"><v>0</v></c></row>', shared_strings=sst),
        "sst.xlsx",
        "too_big",
        "uniqueCount",
    )


def test_cells_without_references_count_by_position(root):
    # No r="…" anywhere: a reader places cells one after another, so 3,000 cells in a row are 3,000 columns.
    refused(root, raw_xlsx("<row>" + "<c><v>1</v></c>" * 3000 + "</row>"), "no-refs.xlsx", "too_big", "3,000")


def test_a_prefixed_namespace_does_not_hide_the_far_cell(root):
    sheet = (
        '<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<x:sheetData><x:row r="1"><x:c r="XFD1048576"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>'
    )
    data = raw_xlsx("", extra_parts={"xl/worksheets/sheet1.xml": sheet.encode()})
    refused(root, data, "prefixed.xlsx", "too_big", "column")


def sheet_notes(sheet_xml: str) -> list[tuple[int, int, str]]:
    """(row, column, kind) of the cells that hold no answer, as the guard finds them scanning the sheet's XML."""
    data = raw_xlsx("", extra_parts={"xl/worksheets/sheet1.xml": sheet_xml.encode()})
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        found = guard.scan_worksheet(zf, zf.getinfo("xl/worksheets/sheet1.xml"))
    return [(n.row, n.col, n.kind) for n in found]


# A cell that holds no answer, by kind: its XML (column letter, row) and the column the guard must place it in.
NOT_ANSWERS = {
    "formula": ('<{p}c r="{col}{row}"><{p}f>A1*2</{p}f></{p}c>', "C", 2),
    "error": ('<{p}c r="{col}{row}" t="e"><{p}v>#N/A</{p}v></{p}c>', "B", 1),
    "boolean": ('<{p}c r="{col}{row}" t="b"><{p}v>1</{p}v></{p}c>', "D", 3),
}


@pytest.mark.parametrize("cell_refs", [True, False])
@pytest.mark.parametrize("prefix", ["", "x:"])
def test_a_sheet_scanned_in_many_pieces_finds_what_one_piece_finds(monkeypatch, prefix, cell_refs):
    """Pieces end where a row starts and are scanned several at once: each of 1,000 rows holds a cell that is no
    answer, found once, in sheet order, in its own row (a cell without a reference is placed by the row it is in)."""
    kinds = list(NOT_ANSWERS)
    rows_xml, expected = [], []
    for r in range(1, 1001):
        kind = kinds[r % 3]
        xml, col_letter, col = NOT_ANSWERS[kind]
        cell = xml.format(p=prefix, col=col_letter, row=r)
        rows_xml.append(f'<{prefix}row r="{r}"><{prefix}c r="A{r}"><{prefix}v>{r}</{prefix}v></{prefix}c>{cell}')
        rows_xml.append(f"</{prefix}row>")
        # Without references a reader puts a row's cells side by side: the second cell is column B (1).
        expected.append((r, col if cell_refs else 1, kind))
    sheet_data = "".join(rows_xml)
    if not cell_refs:
        sheet_data = re.sub(r'(<(?:x:)?c) r="[A-Z]+[0-9]+"', r"\1", sheet_data)
    namespace = f'xmlns{":x" if prefix else ""}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    sheet = f'<?xml version="1.0"?><{prefix}worksheet {namespace}><{prefix}sheetData>{sheet_data}'
    sheet += f"</{prefix}sheetData></{prefix}worksheet>"
    assert sheet_notes(sheet) == expected  # one piece: the sheet is ~90 kB
    monkeypatch.setattr(guard, "_CHUNK", 1000)  # ~90 pieces, cut inside rows, cells and references
    assert sheet_notes(sheet) == expected
    if cell_refs:
        far = sheet.replace(f'<{prefix}c r="A999">', f'<{prefix}c r="XFD999">')
        with pytest.raises(guard.TooBig, match="16,384"):
            sheet_notes(far)


def test_a_real_workbook_is_inside_every_limit():
    table = rows(200, seed=3)
    data = raw_xlsx(xml_rows(table))
    import io
    import zipfile

    zf = zipfile.ZipFile(io.BytesIO(data))
    assert guard.inspect_workbook(zf, zf.infolist()) == {}
    assert ingest(data, "fine.xlsx", None, key_name="t", dry_run=True).accepted


# ---------------------------------------------------------------------------------------------------------------
# CSV: field counts, line and header lengths, checked before pandas


def test_a_line_of_semicolons_is_refused_before_pandas(root, monkeypatch):
    data = b";" * 1_000_000
    refused(root, data, "semi.csv", "too_big", "fields")

    def no_pandas(*a, **k):
        raise AssertionError("pandas.read_csv must not see this file")

    monkeypatch.setattr(readers.pd, "read_csv", no_pandas)  # in this process: the refusal comes first
    with pytest.raises(readers.FileProblem) as problem:
        readers.read_csv(data)
    assert problem.value.code == "too_big"


def test_a_very_long_line_is_refused(root):
    table = rows(3, seed=5)
    table[2][5] = "x" * 1_200_000
    refused(root, csv_bytes(table), "long-line.csv", "too_big", "characters")


def test_a_huge_header_is_refused_with_a_short_quote(root):
    table = rows(3, seed=6)
    table[0][6] = "Spørgsmål " + "å" * 100_000
    result = refused(root, csv_bytes(table), "header.csv", "header_too_long", "100,")
    assert "å" * 60 not in result.errors[0].message_da  # a prefix, not the value


def test_bad_values_are_quoted_as_a_short_prefix(root):
    table = rows(3, seed=7)
    table[1][1] = "Aalborg" + "x" * 5000
    result = refused(root, csv_bytes(table), "long-value.csv", "unknown_municipality")
    assert len(result.errors[0].message_da) < 400


# ---------------------------------------------------------------------------------------------------------------
# The sandbox: a reader that dies, runs out of memory or runs away costs one refusal


def test_a_reader_that_aborts_costs_one_refusal():
    with pytest.raises(sandbox.ChildFailed) as failed:
        sandbox.run(os.abort)
    assert failed.value.code == "reader_crashed" and "SIGABRT" in failed.value.params["detail"]
    assert sandbox.run(sum, [1, 2, 3]) == 6  # and the next one works


def test_a_reader_over_its_memory_limit_is_stopped():
    with pytest.raises(sandbox.ChildFailed) as failed:
        sandbox.run(bytearray, 400 << 20, memory=50 << 20)  # 400 MB asked, 50 MB allowed
    assert failed.value.code == "reader_crashed" and "50 MB" in failed.value.params["detail"]


def test_a_reader_crash_during_an_upload_is_one_refusal(root, monkeypatch):
    real = sandbox.run
    monkeypatch.setattr(sandbox, "run", lambda fn, *args, **kw: real(os.abort))  # the reader dies mid-file
    result = refused(root, csv_bytes(rows(20, seed=8)), "crash.csv", "reader_crashed", "reader")
    assert result.errors[0].message_da.startswith("Filen fik læseren til at gå ned")
    monkeypatch.setattr(sandbox, "run", real)
    assert ingest(csv_bytes(rows(20, seed=8)), "crash.csv", str(root), key_name="test").accepted  # server lives on


def test_a_reader_past_its_time_costs_one_refusal(root, monkeypatch):
    monkeypatch.setenv("FRIKOMMUNE_INGEST_TIMEOUT_SECONDS", "0.001")  # no child can start, read and answer in 1 ms
    refused(root, csv_bytes(rows(3, seed=9)), "slow.csv", "reader_timeout", "seconds")


def test_exceptions_in_the_child_come_back_as_themselves():
    with pytest.raises(ZeroDivisionError):
        sandbox.run(divmod, 1, 0)


# ---------------------------------------------------------------------------------------------------------------
# Cells that hold no answer, and macro sheets


def test_formula_error_and_boolean_cells_are_reported_per_cell(root):
    data = wide(
        '<row r="2"><c r="A2" t="inlineStr"><is><t>R1</t></is></c><c r="B2" t="inlineStr"><is><t>Aalborg</t></is></c>'
        '<c r="C2" t="inlineStr"><is><t>r1-04-formkrav-samtaler</t></is></c><c r="D2" t="inlineStr"><is><t>borger</t>'
        '</is></c><c r="E2" t="inlineStr"><is><t>2019-03-01</t></is></c><c r="F2"><f>G2*2</f></c>'
        '<c r="G2" t="e"><v>#N/A</v></c></row>'
        '<row r="3"><c r="A3" t="inlineStr"><is><t>R2</t></is></c><c r="B3" t="e"><v>#REF!</v></c>'
        '<c r="C3" t="inlineStr"><is><t>r1-04-formkrav-samtaler</t></is></c><c r="D3" t="inlineStr"><is><t>borger</t>'
        '</is></c><c r="E3" t="inlineStr"><is><t>2019-03-01</t></is></c><c r="F3" t="b"><v>1</v></c>'
        '<c r="G3" t="e"><v>#DIV/0!</v></c></row>'
    )
    result = refused(root, data, "cells.xlsx", "cell_formula", "formula", "G2*2")
    found = {(i.row, i.column, i.code) for i in result.errors}
    assert (2, HEADER[5], "cell_formula") in found
    assert (2, HEADER[6], "cell_error") in found
    assert (3, "Kommune", "cell_error") in found  # #REF! in a required column: said as such, not "no value"
    assert (3, HEADER[5], "cell_boolean") in found
    assert (3, HEADER[6], "cell_error") in found
    messages = {i.code: i.message_en for i in result.errors}
    assert "#REF!" in [i.message_en for i in result.errors if i.row == 3 and i.column == "Kommune"][0]
    assert "TRUE" in messages["cell_boolean"]
    assert not [i for i in result.errors if i.code == "missing_value"]


def test_a_formula_with_its_cached_value_is_an_answer(root):
    data = wide(
        '<row r="2"><c r="A2" t="inlineStr"><is><t>R1</t></is></c><c r="B2" t="inlineStr"><is><t>Aalborg</t></is></c>'
        '<c r="C2" t="inlineStr"><is><t>r1-04-formkrav-samtaler</t></is></c><c r="D2" t="inlineStr"><is><t>borger</t>'
        '</is></c><c r="E2" t="inlineStr"><is><t>2019-03-01</t></is></c><c r="F2"><f>1+3</f><v>4</v></c>'
        '<c r="G2"><v>2</v></c></row>'
    )
    assert ingest(data, "cached.xlsx", str(root), key_name="test").accepted


def test_a_date_in_an_answer_column_is_reported(root):
    table = rows(3, seed=10)
    import datetime as dt

    table[2][5] = dt.datetime(2019, 5, 1)
    from tests.upload_helpers import xlsx_bytes

    result = refused(root, xlsx_bytes(table), "date-answer.xlsx", "answer_is_date", "date")
    assert result.errors[0].row == 3


@pytest.mark.parametrize("where", ["folder", "content-type", "relationship"])
def test_an_excel_4_macro_sheet_is_refused(root, where):
    macro = (
        b'<?xml version="1.0"?><xm:macrosheet xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">'
        b'<sheetData><row r="1"><c r="A1"><f>EXEC("calc")</f></c></row></sheetData></xm:macrosheet>'
    )
    table = xml_rows(rows(3, seed=11))
    if where == "folder":
        data = raw_xlsx(table, extra_parts={"xl/macrosheets/sheet2.xml": macro})
    elif where == "content-type":
        data = raw_xlsx(
            table,
            extra_parts={"xl/worksheets/sheet2.xml": macro},
            extra_types='<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/'
            'vnd.ms-excel.macrosheet+xml"/>',
        )
    else:
        rels = (
            b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
            b'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            b'relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://'
            b'schemas.microsoft.com/office/2006/relationships/xlMacrosheet" Target="other/m.xml"/></Relationships>'
        )
        data = raw_xlsx(table, extra_parts={"xl/_rels/workbook.xml.rels": rels, "xl/other/m.xml": macro})
    refused(root, data, "macro.xlsx", "macro", "macro")


def test_a_zip_that_is_not_a_workbook_inside_is_still_told_apart(root):
    refused(root, zip_bytes({"hello.txt": b"hi"}), "x.xlsx", "wrong_content")


def test_a_report_of_thousands_of_bad_cells_stays_bounded(root):
    header = HEADER[:5] + [f"Spørgsmål {i}" for i in range(400)]
    table = [header] + [
        [f"R{r}", "Aalborg", "r1-04-formkrav-samtaler", "borger", "2019-03-01"] + ["x"] * 400 for r in range(30)
    ]  # 12,000 bad answers
    result = refused(root, csv_bytes(table), "bad-everywhere.csv", "answer_not_number")
    row_issues = [i for i in result.issues if i.row is not None]
    assert len(row_issues) <= 2000 + 400  # the cap, plus the first bad cell of every column
    summaries = [i for i in result.issues if i.code == "more_issues"]
    assert summaries  # what is not shown is counted
    shown_per_column = {i.column for i in row_issues}
    assert len(shown_per_column) == 400  # every bad column is named at least once
    import json

    assert len(json.dumps(result.to_dict(), ensure_ascii=False)) < 3_000_000
