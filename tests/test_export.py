"""Exports open in Danish Excel and cannot run formulas."""

import io

import pandas as pd
from openpyxl import load_workbook

from frikommune.app import export


def frame():
    return pd.DataFrame(
        {
            "kommune": ["Aalborg", '=HYPERLINK("http://x")', "+cmd", "@SUM(A1)", "-1+2"],
            "værdi": [6406.5, 4.21, -3.0, 0.0, 1.0],
            "tekst": ["-3,5", "ok", "x", "y", "z"],
        }
    )


def test_csv_is_semicolon_separated_with_decimal_comma_and_bom():
    data = export.to_csv_danish(frame())
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    header, first = text.splitlines()[:2]
    assert header == "kommune;værdi;tekst"
    assert first == "Aalborg;6406,5;-3,5"


def test_no_exported_text_cell_starts_like_a_formula():
    text = export.to_csv_danish(frame()).decode("utf-8-sig")
    cells = [cell for line in text.splitlines()[1:] for cell in line.split(";")]
    for cell in cells:
        if cell[:1] in "=+-@":
            # only numbers may start with a sign
            float(cell.replace(",", "."))


def test_xlsx_keeps_numbers_as_numbers_and_neutralises_formulas():
    sheet = load_workbook(io.BytesIO(export.to_xlsx(frame()))).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("kommune", "værdi", "tekst")
    assert rows[1][1] == 6406.5
    assert rows[2][0].startswith("'=")
    assert all(not str(r[0]).startswith(("=", "+", "@")) for r in rows[1:])
