"""The forms Danish tools export are all read the same way: xlsx, csv with ; or , and decimal comma,
UTF-8 with or without BOM, cp1252, wide or long form, headers in any case and with or without accents."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from frikommune.data.batches import active_batches
from frikommune.ingest import (
    detect_mapping,
    ingest,
    load_mappings,
    save_mapping,
    template_bytes,
    validate,
    vocab,
)
from frikommune.ingest.store import ANSWERS_SCHEMA, HISTOGRAM_SCHEMA
from tests.upload_helpers import REPO, csv_bytes, duck, xlsx_bytes

SAMPLES = REPO / "data" / "samples"


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch):
    for name in ("FRIKOMMUNE_MAX_UPLOAD_MB", "FRIKOMMUNE_TEST_PAUSE_AT"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("FRIKOMMUNE_SECRETS", str(Path(tempfile.gettempdir()) / "no-such-secrets.toml"))


@pytest.fixture
def root(tmp_path):
    return tmp_path


def stored_answers(root: Path, batch_id: str) -> list[tuple]:
    """(row_no, respondent, municipality, experiment, group, wave, date, question, answer, dont_know) per answer."""
    (b,) = [b for b in active_batches(str(root)) if b.batch_id == batch_id]
    return duck(
        "select row_no, respondent_id, municipality_id, experiment_id, respondent_group, wave, answered_on, "
        "question, answer, dont_know from read_parquet($u) order by row_no, question",
        {"u": b.answers_url},
    )


def accepted(root: Path, data: bytes, name: str, **kw):
    result = ingest(data, name, str(root), key_name="test", **kw)
    assert result.accepted, [(i.row, i.column, i.code, i.message_en) for i in result.errors]
    return result


TABLE = [
    ["Respondent", "Kommune", "Forsøg", "Respondentgruppe", "Dato", "Q1", "Q2"],
    ["A", "Aalborg", "r1-04-formkrav-samtaler", "Borgere", dt.date(2019, 3, 15), 4, "Ved ikke"],
    ["B", "Frederikshavn Kommune", "r1-04-formkrav-samtaler", "borger", dt.date(2019, 4, 1), 5, None],
    ["C", "Hjørring", "R1-04-FORMKRAV-SAMTALER", "BORGER", dt.date(2020, 5, 1), 2, 3],
]
EXPECTED = [
    (2, "A", "aalborg", "r1-04-formkrav-samtaler", "borger", "2019", dt.date(2019, 3, 15), "Q1", 4, False),
    (2, "A", "aalborg", "r1-04-formkrav-samtaler", "borger", "2019", dt.date(2019, 3, 15), "Q2", None, True),
    (3, "B", "frederikshavn", "r1-04-formkrav-samtaler", "borger", "2019", dt.date(2019, 4, 1), "Q1", 5, False),
    (3, "B", "frederikshavn", "r1-04-formkrav-samtaler", "borger", "2019", dt.date(2019, 4, 1), "Q2", None, False),
    (4, "C", "hjoerring", "r1-04-formkrav-samtaler", "borger", "2020", dt.date(2020, 5, 1), "Q1", 2, False),
    (4, "C", "hjoerring", "r1-04-formkrav-samtaler", "borger", "2020", dt.date(2020, 5, 1), "Q2", 3, False),
]


@pytest.mark.parametrize(
    "form",
    [
        "xlsx",
        "csv-semicolon-bom",
        "csv-semicolon-utf8",
        "csv-comma",
        "csv-cp1252",
        "csv-latin1",
        "csv-iso-dates",
        "csv-decimal-comma",
        "csv-tab-utf16",
    ],
)
def test_every_form_gives_the_same_batch(root, form):
    table = [list(r) for r in TABLE]
    if form == "xlsx":
        data, name = xlsx_bytes(table), "svar.xlsx"
    elif form == "csv-semicolon-bom":
        data, name = csv_bytes(table, ";", "utf-8-sig"), "svar.csv"
    elif form == "csv-semicolon-utf8":
        data, name = csv_bytes(table, ";", "utf-8"), "svar.csv"
    elif form == "csv-comma":
        data, name = csv_bytes(table, ",", "utf-8"), "svar.csv"
    elif form == "csv-cp1252":
        data, name = csv_bytes(table, ";", "cp1252"), "svar.csv"
        assert "Hjørring".encode("cp1252") in data
    elif form == "csv-latin1":
        data, name = csv_bytes(table, ";", "latin-1"), "svar.csv"
    elif form == "csv-iso-dates":
        data, name = csv_bytes(table, ";", "utf-8", date_format="%Y-%m-%d"), "svar.csv"
    elif form == "csv-decimal-comma":
        for r in table[1:]:
            r[5] = f"{r[5]},0"
        data, name = csv_bytes(table, ";", "utf-8-sig"), "svar.csv"
        assert b"4,0" in data
        comma = csv_bytes(table, ",", "utf-8")
        assert b'"4,0"' in comma
        assert validate(comma, "svar.csv").accepted
    else:
        data, name = csv_bytes(table, "\t", "utf-16"), "svar.csv"
    result = accepted(root, data, name)
    assert (result.rows, result.respondents, result.file_rows) == (6, 3, 3)
    assert result.waves == ["2019", "2020"]
    assert stored_answers(root, result.batch_id) == EXPECTED


def test_excel_sep_line(root):
    table = [list(r) for r in TABLE]
    table[2][1] = "Atlantis"
    bad = validate(b"sep=,\r\n" + csv_bytes(table, ",", "utf-8"), "svar.csv")
    assert [(i.row, i.code) for i in bad.errors] == [(4, "unknown_municipality")]  # line 4 of the file
    result = accepted(root, b"sep=;\r\n" + csv_bytes(TABLE, ";", "utf-8"), "svar.csv")
    assert stored_answers(root, result.batch_id) == [(r[0] + 1, *r[1:]) for r in EXPECTED]


def test_parquet_files_follow_the_contract(root):
    import pyarrow.parquet as pq

    result = accepted(root, xlsx_bytes(TABLE), "svar.xlsx")
    (b,) = active_batches(str(root))
    assert pq.read_schema(b.answers_url).remove_metadata() == ANSWERS_SCHEMA
    assert pq.read_schema(b.histogram_url).remove_metadata() == HISTOGRAM_SCHEMA
    hist = duck(
        "select municipality_id, question, answer, n from read_parquet($u) order by all", {"u": b.histogram_url}
    )
    # Blank answers are not in the histogram; "Ved ikke" is, with answer null.
    assert hist == [
        ("aalborg", "Q1", 4, 1),
        ("aalborg", "Q2", None, 1),
        ("frederikshavn", "Q1", 5, 1),
        ("hjoerring", "Q1", 2, 1),
        ("hjoerring", "Q2", 3, 1),
    ]
    assert result.batch_id in b.answers_url


@pytest.mark.parametrize(
    "headers",
    [
        ["RESPONDENT", "KOMMUNE", "FORSØG", "RESPONDENTGRUPPE", "DATO"],
        ["respondent", "kommune", "forsog", "respondent gruppe", "dato"],
        [" Respondent-id ", "Kommunenavn", "Forsoeg", "Gruppe", "Svardato"],
        ["ID", "Municipality", "Experiment", "Respondent group", "Date"],
    ],
)
def test_header_names_in_any_case_and_spelling(root, headers):
    table = [list(r) for r in TABLE]
    table[0][:5] = headers
    result = accepted(root, csv_bytes(table), "svar.csv")
    assert list(result.mapping.values()) == [  # in file order
        "respondent_id",
        "municipality",
        "experiment",
        "respondent_group",
        "date",
        "question",
        "question",
    ]
    assert [r[2:] for r in stored_answers(root, result.batch_id)] == [e[2:] for e in EXPECTED]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(style=st.lists(st.sampled_from(["upper", "lower", "title", "strip-accents", "pad"]), min_size=5, max_size=5))
def test_header_case_and_accents_never_matter(style):
    names = ["Kommune", "Forsøg", "Respondentgruppe", "Dato", "Bølge"]
    styled = []
    for name, s in zip(names, style):
        styled.append(
            {
                "upper": name.upper(),
                "lower": name.lower(),
                "title": name.title(),
                "strip-accents": name.replace("ø", "o"),
                "pad": f"  {name} ",
            }[s]
        )
    roles = detect_mapping(styled + ["Hvor tilfreds er du?"])
    assert list(roles.values()) == ["municipality", "experiment", "respondent_group", "date", "wave", "question"]


def test_groups_plurals_and_capitals_stored_as_ids(root):
    spellings = {
        "Borgere": "borger",
        "MEDARBEJDERE": "medarbejder",
        "Virksomheder": "virksomhed",
        "Læger": "laege",
        "læge": "laege",
        "A-kasser": "a-kasse",
        "a-kasse": "a-kasse",
        "Akasse": "a-kasse",
    }
    table = [list(TABLE[0])]
    for i, spelling in enumerate(spellings):
        table.append([f"G{i}", "Aalborg", "r1-04-formkrav-samtaler", spelling, dt.date(2019, 3, 1), 3, 3])
    result = accepted(root, csv_bytes(table), "svar.csv")
    got = {r[1]: r[4] for r in stored_answers(root, result.batch_id)}
    assert got == {f"G{i}": gid for i, gid in enumerate(spellings.values())}


def test_municipality_names_and_ids(root):
    spellings = {
        "Frederikshavn Kommune": "frederikshavn",
        "Hjorring": "hjoerring",
        "hjoerring": "hjoerring",
        "LÆSØ": "laesoe",
        "Jobcenter Aalborg": "aalborg",
        "Brønderslev kommune": "broenderslev",
        "Morsø": "morsoe",
    }
    table = [list(TABLE[0])]
    for i, spelling in enumerate(spellings):
        table.append([f"M{i}", spelling, "r1-04-formkrav-samtaler", "borger", dt.date(2019, 3, 1), 3, 3])
    result = accepted(root, csv_bytes(table, encoding="cp1252"), "svar.csv")
    got = {r[1]: r[2] for r in stored_answers(root, result.batch_id)}
    assert got == {f"M{i}": mid for i, mid in enumerate(spellings.values())}


def test_experiment_by_danish_title(root, monkeypatch):
    monkeypatch.setenv("FRIKOMMUNE_INGEST_ISOLATION", "off")  # the patched titles live in this process only
    monkeypatch.setattr(
        vocab,
        "experiment_titles",
        lambda: {
            "r1-04-formkrav-samtaler": ("Færre formkrav til samtaler", "Fewer formal requirements for interviews")
        },
    )
    table = [list(r) for r in TABLE]
    table[1][2] = "Færre formkrav til samtaler"
    table[2][2] = "færre FORMKRAV til samtaler "
    table[3][2] = "r1-04"
    result = accepted(root, csv_bytes(table), "svar.csv")
    assert {r[3] for r in stored_answers(root, result.batch_id)} == {"r1-04-formkrav-samtaler"}


def test_wave_from_column_as_text_else_year_of_date(root):
    table = [
        ["Kommune", "Forsøg", "Respondentgruppe", "Dato", "Bølge", "Q1"],
        ["Aalborg", "r1-04-formkrav-samtaler", "borger", "01-03-2019", "Førmåling", 3],
        ["Aalborg", "r1-04-formkrav-samtaler", "borger", "01-03-2019", 2021, 4],
        ["Aalborg", "r1-04-formkrav-samtaler", "borger", "01-03-2019", "", 5],
        ["Aalborg", "r1-04-formkrav-samtaler", "borger", "", "Eftermåling", 5],
    ]
    result = accepted(root, xlsx_bytes(table), "svar.xlsx")
    assert [(r[5], r[6]) for r in stored_answers(root, result.batch_id)] == [
        ("Førmåling", dt.date(2019, 3, 1)),
        ("2021", dt.date(2019, 3, 1)),
        ("2019", dt.date(2019, 3, 1)),
        ("Eftermåling", None),
    ]
    assert result.waves == ["2019", "2021", "Eftermåling", "Førmåling"]


def test_wave_only_without_date(root):
    table = [
        ["Kommune", "Forsøg", "Respondentgruppe", "Bølge", "Q1"],
        ["Rebild", "r1-04-formkrav-samtaler", "borger", "2018", 2],
    ]
    result = accepted(root, csv_bytes(table), "svar.csv")
    # Without a respondent column every row is its own respondent, numbered by its row in the file.
    assert stored_answers(root, result.batch_id) == [
        (2, "row-2", "rebild", "r1-04-formkrav-samtaler", "borger", "2018", None, "Q1", 2, False)
    ]


def test_excel_date_serials_and_datetimes(root):
    table = [list(r) for r in TABLE]
    table[1][4] = 43539.0  # 2019-03-15 as Excel stores it in a cell without date format
    table[2][4] = dt.datetime(2019, 4, 1, 10, 30)
    table[3][4] = "01-05-2020 14:02"
    result = accepted(root, xlsx_bytes(table), "svar.xlsx")
    assert stored_answers(root, result.batch_id) == EXPECTED


def test_long_form(root):
    table = [["Respondent", "Kommune", "Forsøg", "Respondentgruppe", "Dato", "Spørgsmål", "Svar", "Kommentar"]]
    for rid, town, d, q1, q2 in (
        ("A", "Aalborg", "15-03-2019", 4, "Ved ikke"),
        ("B", "Frederikshavn Kommune", "01-04-2019", 5, ""),
        ("C", "Hjørring", "01-05-2020", 2, 3),
    ):
        table.append([rid, town, "r1-04-formkrav-samtaler", "borger", d, "Q1", q1, "fri tekst"])
        table.append([rid, town, "r1-04-formkrav-samtaler", "borger", d, "Q2", q2, ""])
    result = accepted(root, csv_bytes(table, encoding="cp1252"), "lang.csv")
    assert result.format == "long" and result.respondents == 3 and result.rows == 6
    assert result.mapping["Kommentar"] == "ignore"
    assert [i.code for i in result.issues] == ["ignored_column"]
    got = stored_answers(root, result.batch_id)
    assert [g[1:] for g in got] == [e[1:] for e in EXPECTED]


def test_a_panel_respondent_may_repeat_across_waves(root):
    table = [
        ["Respondent", "Kommune", "Forsøg", "Respondentgruppe", "Dato", "Q1"],
        ["P1", "Thisted", "r1-04-formkrav-samtaler", "borger", "01-03-2019", 2],
        ["P1", "Thisted", "r1-04-formkrav-samtaler", "borger", "01-03-2020", 4],
    ]
    result = accepted(root, csv_bytes(table), "panel.csv")
    assert result.waves == ["2019", "2020"] and result.respondents == 2


def test_header_below_title_rows_and_trailing_blank_rows(root):
    table = [["Tilfredshedsmåling 2019"], [], list(TABLE[0])] + [list(r) for r in TABLE[1:]] + [[], [None] * 7]
    result = accepted(root, xlsx_bytes(table), "svar.xlsx")
    assert [r[0] for r in stored_answers(root, result.batch_id)] == [4, 4, 5, 5, 6, 6]  # sheet row numbers


def test_first_sheet_with_a_header_is_used(root):
    about = [["Om filen"], ["SYNTETISKE DATA"]]
    data = xlsx_bytes([["Note"], ["intet her"]], sheet="Forside", extra_sheets=[("Svar", TABLE), ("Om", about)])
    result = accepted(root, data, "svar.xlsx")
    assert result.sheet == "Svar" and [i.code for i in result.issues] == ["other_sheets"]


def test_mapping_given_and_saved(root):
    table = [list(r) for r in TABLE]
    table[0] = ["Løbenr", "Sted", "Projekt", "Hvem", "Hvornår", "Q1", "Q2"]
    first = validate(csv_bytes(table), "svar.csv")
    assert not first.accepted and {i.code for i in first.errors} == {"missing_column"}
    mapping = {
        "Løbenr": "respondent_id",
        "Sted": "municipality",
        "Projekt": "experiment",
        "Hvem": "respondent_group",
        "Hvornår": "date",
    }
    save_mapping(str(root), "Borgerundersøgelse 2019", mapping)
    saved = load_mappings(str(root))
    assert saved == {"Borgerundersøgelse 2019": mapping}
    result = accepted(root, csv_bytes(table), "svar.csv", mapping=saved["Borgerundersøgelse 2019"])
    assert stored_answers(root, result.batch_id) == EXPECTED
    with pytest.raises(ValueError):
        save_mapping(str(root), "../evil", mapping)
    with pytest.raises(ValueError):
        save_mapping(str(root), "ok", {"Sted": "town"})


def test_mapping_can_ignore_a_column(root):
    table = [r + ["x@example.invalid" if i else "E-mail"] for i, r in enumerate(TABLE)]
    assert not validate(csv_bytes(table), "svar.csv").accepted  # an e-mail column is not a question
    result = accepted(root, csv_bytes(table), "svar.csv", mapping={"E-mail": "ignore"})
    assert "x@example.invalid" not in str(stored_answers(root, result.batch_id))


def test_samples_are_synthetic_labelled_and_accepted(root):
    samples = sorted(SAMPLES.glob("SYNTETISK_*"))
    assert {p.suffix for p in samples} == {".xlsx", ".csv"} and len(samples) >= 3
    for path in samples:
        data = path.read_bytes()
        result = validate(data, path.name, str(root))
        assert result.accepted, (path.name, [i.message_en for i in result.errors])
        if path.suffix == ".csv":
            assert b"SYNTETISK-" in data
        else:
            import io

            import openpyxl  # noqa: E401

            wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
            text = " ".join(str(c) for ws in wb.worksheets for r in ws.iter_rows(values_only=True) for c in r)
            assert "SYNTETISK" in text and "SYNTHETIC" in text
    assert not any(root.iterdir())


def test_templates(root):
    for kind in ("xlsx", "csv"):
        data = template_bytes(kind)
        assert (SAMPLES / f"SKABELON_upload.{kind}").read_bytes() == data
        result = validate(data, f"skabelon.{kind}")
        assert [i.code for i in result.errors] == ["no_data"]  # the right columns, no rows yet
        assert {"municipality", "experiment", "respondent_group", "date", "wave", "respondent_id"} <= set(
            result.mapping.values()
        )
