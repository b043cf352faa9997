"""Table exports people open in Excel: Danish CSV (';', decimal comma, UTF-8 BOM) and XLSX, formula-safe."""

from __future__ import annotations

import io
import re

import pandas as pd

# A cell starting with one of these is run as a formula by spreadsheet programs (CSV/formula injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"^[-+]?\d+([.,]\d+)?$")


def neutralise(value: object) -> object:
    """A text cell that would run as a formula gets a leading apostrophe; numbers and other values pass."""
    if isinstance(value, str) and value.startswith(_FORMULA_START) and not _NUMBER.match(value):
        return "'" + value
    return value


def safe_frame(df: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``df`` with every text cell neutralised (column names included)."""
    out = df.copy()
    out.columns = [neutralise(str(c)) for c in out.columns]
    for column in out.columns:
        if out[column].dtype == object or pd.api.types.is_string_dtype(out[column]):
            out[column] = out[column].map(neutralise)
    return out


def to_csv_danish(df: pd.DataFrame) -> bytes:
    """CSV as Danish Excel reads it: ';' separated, decimal comma, UTF-8 with BOM."""
    return safe_frame(df).to_csv(sep=";", decimal=",", index=False).encode("utf-8-sig")


def to_xlsx(df: pd.DataFrame, sheet_name: str = "data") -> bytes:
    """An XLSX workbook with one sheet holding ``df``; numbers stay numbers."""
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        safe_frame(df).to_excel(writer, index=False, sheet_name=sheet_name[:31])
    return buffer.getvalue()
