"""The upload template consultants download: the expected columns, and a sheet explaining them (da/en)."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile

TEMPLATE_COLUMNS = [
    "Respondent",
    "Kommune",
    "Forsøg",
    "Respondentgruppe",
    "Dato",
    "Bølge",
    "Spørgsmål 1 (erstat med spørgsmålets tekst)",
    "Spørgsmål 2 (erstat med spørgsmålets tekst)",
]

GUIDE: list[tuple[str, str, str]] = [
    ("Kolonne / column", "Dansk", "English"),
    (
        "Respondent",
        "Valgfri. Entydigt id pr. respondent; samme id må ikke stå to gange.",
        "Optional. A unique id per respondent; an id may not appear twice.",
    ),
    (
        "Kommune",
        "Kommunens navn (fx Aalborg eller »Frederikshavn Kommune«).",
        "The municipality's name (e.g. Aalborg or 'Frederikshavn Kommune').",
    ),
    (
        "Forsøg",
        "Forsøgets id (fx r1-04-formkrav-samtaler) eller dets danske titel.",
        "The experiment's id (e.g. r1-04-formkrav-samtaler) or its Danish title.",
    ),
    (
        "Respondentgruppe",
        "borger, medarbejder, virksomhed, læge eller a-kasse (flertal og store bogstaver går).",
        "borger, medarbejder, virksomhed, læge or a-kasse (plurals and capitals are fine).",
    ),
    (
        "Dato",
        "Besvarelsesdato, fx 2019-03-15 eller 15-03-2019. Bølgen er datoens år, hvis Bølge er tom.",
        "Date answered, e.g. 2019-03-15 or 15-03-2019. The wave is the date's year when Bølge is empty.",
    ),
    (
        "Bølge",
        "Valgfri. Bølgens navn som tekst (fx 2019 eller »Eftermåling«).",
        "Optional. The wave's name as text (e.g. 2019 or 'Eftermåling').",
    ),
    (
        "Spørgsmål …",
        "Én kolonne pr. spørgsmål: svar 1–5, »Ved ikke« eller tom.",
        "One column per question: answers 1–5, 'Ved ikke' (don't know) or blank.",
    ),
    (
        "Lang form / long form",
        "Alternativt én række pr. svar med kolonnerne Spørgsmål og Svar.",
        "Alternatively one row per answer with the columns Spørgsmål (question) and Svar (answer).",
    ),
]

_FIXED_TIME = (2024, 1, 1, 0, 0, 0)


def reproducible_zip(data: bytes) -> bytes:
    """The same workbook with fixed timestamps in the zip, so regenerating a file gives the same bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=_FIXED_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = info.external_attr
            body = src.read(info)
            if info.filename == "docProps/core.xml":  # openpyxl stamps the save time here
                body = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2024-01-01T00:00:00Z", body)
            dst.writestr(fixed, body)
    return out.getvalue()


def workbook_bytes(sheets: list[tuple[str, list[list]]]) -> bytes:
    """An .xlsx with the given sheets (name, rows), written with openpyxl, reproducibly."""
    import openpyxl

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets:
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
    stamp = dt.datetime(2024, 1, 1)
    wb.properties.created = wb.properties.modified = stamp
    wb.properties.creator = "frikommune"
    buf = io.BytesIO()
    wb.save(buf)
    return reproducible_zip(buf.getvalue())


def template_bytes(kind: str = "xlsx") -> bytes:
    """The empty upload template as .xlsx (with a guide sheet) or as .csv (';', UTF-8 with BOM, as Excel likes)."""
    if kind == "csv":
        return ("\ufeff" + ";".join(TEMPLATE_COLUMNS) + "\r\n").encode("utf-8")
    if kind != "xlsx":
        raise ValueError("kind must be 'xlsx' or 'csv'")
    return workbook_bytes([("Svar", [TEMPLATE_COLUMNS]), ("Vejledning", [list(r) for r in GUIDE])])
