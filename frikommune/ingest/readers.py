"""Reading an uploaded file into a grid of cells, after checking that it is safe and what it says it is.

Nothing here writes anywhere. Every refusal is a :class:`FileProblem` carrying an issue code (the messages in
both languages live in :mod:`frikommune.ingest.validate`).
"""

from __future__ import annotations

import io
import os
import re
import tomllib
import zipfile
import zlib
from dataclasses import dataclass, field

import pandas as pd

from frikommune.data.config import REPO_ROOT, setting
from frikommune.ingest import guard
from frikommune.ingest.mapping import REQUIRED_ROLES, role_of

ACCEPTED_EXTENSIONS = (".xlsx", ".csv")
MACRO_EXTENSIONS = (".xlsm", ".xltm", ".xlam", ".docm", ".pptm")
DEFAULT_MAX_UPLOAD_MB = 50.0

# Zip-bomb limits, checked on the zip's declared sizes before anything is decompressed. A real 100,000-row
# export unpacks to ~90 MB at a ratio of ~11; these limits leave a wide margin above that.
MAX_ZIP_ENTRIES = 10_000
MAX_UNPACKED_BYTES = 1 << 30  # 1 GiB in total
MAX_RATIO = 100  # per entry, for entries above RATIO_MIN_BYTES
RATIO_MIN_BYTES = 1 << 20

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


class FileProblem(Exception):
    """The file cannot be taken in; ``code`` names the problem, ``params`` fill in its message."""

    def __init__(self, code: str, **params: object):
        super().__init__(code)
        self.code = code
        self.params = params


@dataclass
class Grid:
    """The cells of the first table in the file: object values, positional columns, index = file row numbers."""

    cells: pd.DataFrame
    kind: str  # 'xlsx' or 'csv'
    sheet: str | None = None
    encoding: str | None = None
    delimiter: str | None = None
    notes: list[tuple[str, dict]] = field(default_factory=list)  # (warning code, params)


def max_upload_bytes() -> int:
    """The size limit: env FRIKOMMUNE_MAX_UPLOAD_MB, else .streamlit/config.toml server.maxUploadSize, else 50 MB."""
    value = setting("max_upload_mb")
    if value is None:
        try:
            with open(REPO_ROOT / ".streamlit" / "config.toml", "rb") as fh:
                value = tomllib.load(fh).get("server", {}).get("maxUploadSize")
        except (OSError, tomllib.TOMLDecodeError):
            value = None
    try:
        mb = float(value) if value is not None else DEFAULT_MAX_UPLOAD_MB
    except (TypeError, ValueError):
        mb = DEFAULT_MAX_UPLOAD_MB
    return int(mb * 1024 * 1024)


def check_file_name(name: str) -> str:
    """The file's extension (lower case) if the name is a plain file name; FileProblem otherwise."""
    if (
        not name
        or "/" in name
        or "\\" in name
        or "\x00" in name
        or name.strip() in (".", "..")
        or re.match(r"^[A-Za-z]:", name)
    ):
        raise FileProblem("bad_name", name=name)
    ext = os.path.splitext(name)[1].lower()
    if ext in MACRO_EXTENSIONS:
        raise FileProblem("macro", detail_da=f"filtypen {ext}", detail_en=f"file type {ext}")
    if ext not in ACCEPTED_EXTENSIONS:
        raise FileProblem("unsupported_type", ext=ext or "(ingen/none)")
    return ext


def check_size(data: bytes) -> None:
    if len(data) == 0:
        raise FileProblem("empty_file")
    limit = max_upload_bytes()
    if len(data) > limit:
        raise FileProblem("too_large", **_mb("size", len(data)), **_mb("limit", limit))


def _mb(name: str, n: int) -> dict[str, str]:
    """{name_da: '1,5', name_en: '1.5'}: a size in MB for the Danish and the English message."""
    mb = n / (1024 * 1024)
    text = f"{mb:.1f}" if mb >= 0.1 else f"{mb:.3f}"
    return {f"{name}_da": text.replace(".", ","), f"{name}_en": text}


def _looks_like(data: bytes) -> tuple[str, str] | None:
    """(Danish, English) description of a recognisably non-table file, else None."""
    head = data[:8]
    if head.startswith(b"%PDF"):
        return "en PDF-fil", "a PDF file"
    if head.startswith(OLE_MAGIC):
        return "en gammel Office-fil (.xls/.doc)", "an old Office file (.xls/.doc)"
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return "en zip-fil (fx .xlsx eller .docx)", "a zip file (e.g. .xlsx or .docx)"
    if head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8")):
        return "et billede", "an image"
    if head.startswith(b"{\\rtf"):
        return "et RTF-dokument", "an RTF document"
    return None


def sniff(data: bytes, ext: str) -> str:
    """'xlsx' or 'csv' once the content matches the extension and passes the safety checks."""
    if ext == ".xlsx":
        if data.startswith(OLE_MAGIC):
            # Password-protected .xlsx files are stored as an OLE container holding the encrypted package.
            if "EncryptionInfo".encode("utf-16-le") in data or "EncryptedPackage".encode("utf-16-le") in data:
                raise FileProblem("encrypted")
            raise FileProblem(
                "wrong_content",
                ext="xlsx",
                actual_da="en gammel Excel 97-2003-fil (.xls)",
                actual_en="an old Excel 97-2003 file (.xls)",
            )
        if not data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
            actual = _looks_like(data) or ("ikke en Excel-projektmappe", "not an Excel workbook")
            raise FileProblem("wrong_content", ext="xlsx", actual_da=actual[0], actual_en=actual[1])
        check_workbook_zip(data)
        return "xlsx"
    actual = _looks_like(data)
    if actual or (b"\x00" in data[:65536] and not data.startswith((b"\xff\xfe", b"\xfe\xff"))):
        actual = actual or ("en binær fil", "a binary file")
        raise FileProblem("wrong_content", ext="csv", actual_da=actual[0], actual_en=actual[1])
    return "csv"


def check_workbook_zip(data: bytes) -> None:
    """Refuse zip bombs, macros, encrypted entries and zips that are not workbooks, reading only the directory."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise FileProblem("corrupt", detail=f"zip: {exc}") from None
    if len(infos) > MAX_ZIP_ENTRIES:
        raise FileProblem(
            "zip_bomb",
            **_mb("unpacked", sum(i.file_size for i in infos)),
            detail_da=f"{len(infos)} filer i arkivet",
            detail_en=f"{len(infos)} files in the archive",
        )
    total = sum(i.file_size for i in infos)
    if total > MAX_UNPACKED_BYTES:
        raise FileProblem(
            "zip_bomb", **_mb("unpacked", total), detail_da="over 1 GB udpakket", detail_en="over 1 GB unpacked"
        )
    for info in infos:
        if info.file_size > RATIO_MIN_BYTES and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            ratio = info.file_size // max(info.compress_size, 1)
            raise FileProblem(
                "zip_bomb",
                **_mb("unpacked", total),
                detail_da=f"{info.filename} pakkes {ratio}:1",
                detail_en=f"{info.filename} packs {ratio}:1",
            )
    names = {i.filename.lower(): i for i in infos}
    if any(n.endswith("vbaproject.bin") for n in names):
        raise FileProblem("macro", detail_da="vbaProject.bin", detail_en="vbaProject.bin")
    if any(n.startswith("xl/macrosheets/") for n in names):
        raise FileProblem("macro", detail_da="et Excel 4.0-makroark", detail_en="an Excel 4.0 macro sheet")
    if any(i.flag_bits & 0x1 for i in infos):
        raise FileProblem("encrypted")
    ct = names.get("[content_types].xml")
    if ct is not None and ct.file_size < 1 << 20:
        try:
            types = zf.read(ct).lower()
            if b"macroenabled" in types:
                raise FileProblem(
                    "macro", detail_da="makroaktiveret indholdstype", detail_en="macro-enabled content type"
                )
            if b"macrosheet" in types:  # Excel 4.0 macro sheets (XLM), wherever the part lives
                raise FileProblem("macro", detail_da="et Excel 4.0-makroark", detail_en="an Excel 4.0 macro sheet")
        except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
            raise FileProblem("corrupt", detail=f"zip: {exc}") from None
    if "xl/workbook.xml" not in names:
        if "word/document.xml" in names:
            actual = ("et Word-dokument (.docx)", "a Word document (.docx)")
        elif "ppt/presentation.xml" in names:
            actual = ("en PowerPoint-præsentation (.pptx)", "a PowerPoint presentation (.pptx)")
        elif "xl/workbook.bin" in names:
            actual = ("en binær Excel-projektmappe (.xlsb)", "a binary Excel workbook (.xlsb)")
        elif "content.xml" in names and "mimetype" in names:
            actual = ("et OpenDocument-dokument (.ods/.odt)", "an OpenDocument file (.ods/.odt)")
        else:
            actual = ("en zip-fil, men ikke en Excel-projektmappe", "a zip file, but not an Excel workbook")
        raise FileProblem("wrong_content", ext="xlsx", actual_da=actual[0], actual_en=actual[1])


# ---------------------------------------------------------------------------------------------------------------
# xlsx


def read_xlsx(data: bytes, pick_header) -> Grid:
    """The first visible worksheet with a recognisable header (else the first with data), via calamine.

    ``pick_header(rows) -> int`` scores candidate header rows (from the mapping module); openpyxl is the
    fallback only where calamine cannot read a workbook that openpyxl can.
    """
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        cell_notes = guard.inspect_workbook(zf, zf.infolist())
        rels = [i for i in zf.infolist() if i.filename.lower().endswith(".rels")]
        for info in rels:  # a macro sheet can hide under any part name; its relationship type names it
            if b"macrosheet" in guard._read_small(zf, info).lower():
                raise FileProblem("macro", detail_da="et Excel 4.0-makroark", detail_en="an Excel 4.0 macro sheet")
    except guard.TooBig as big:
        raise FileProblem("too_big", detail_da=big.detail_da, detail_en=big.detail_en) from None
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, RuntimeError, zlib.error) as exc:
        raise FileProblem("corrupt", detail=f"zip: {_short(exc)}") from None
    try:
        sheets = _calamine_sheets(data)
    except FileProblem:
        raise
    except Exception as calamine_error:  # noqa: BLE001 - any calamine failure: try openpyxl before giving up
        try:
            sheets = _openpyxl_sheets(data)
        except Exception:  # noqa: BLE001
            raise FileProblem("corrupt", detail=_short(calamine_error)) from None
    chosen = None
    for name, rows in sheets:
        if not any(any(c not in (None, "") for c in r) for r in rows):
            continue
        h = pick_header(rows[:30])
        if chosen is None:
            chosen = (name, rows, h)
        if _has_known_header(rows[h]):
            chosen = (name, rows, h)
            break
    if chosen is None:
        raise FileProblem("no_sheet")
    name, rows, h = chosen
    for note in cell_notes.get(name, ()):  # cells a reader shows as blank or TRUE/FALSE that hold no answer
        while len(rows) < note.row:
            rows.append([])
        row = rows[note.row - 1]
        if len(row) <= note.col:
            row.extend([None] * (note.col + 1 - len(row)))
        row[note.col] = guard.NotAnswer(note.kind, note.text)
    width = max((len(r) for r in rows), default=0)
    cells = pd.DataFrame(rows, dtype=object)
    if cells.shape[1] < width:
        cells = cells.reindex(columns=range(width))
    cells.index = pd.RangeIndex(1, len(rows) + 1)  # sheet row numbers (skip_empty_area=False keeps A1 at row 1)
    notes = []
    if len(sheets) > 1:
        notes.append(("other_sheets", {"sheet": name, "count": len(sheets) - 1}))
    grid = Grid(cells=cells, kind="xlsx", sheet=name, notes=notes)
    grid.cells.attrs["header_index"] = h
    return grid


def _has_known_header(row: list) -> bool:
    return sum(1 for c in row if isinstance(c, str) and role_of(c) in REQUIRED_ROLES) >= 2


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:160]


def _calamine_sheets(data: bytes) -> list[tuple[str, list[list]]]:
    import python_calamine as pc

    try:
        wb = pc.CalamineWorkbook.from_filelike(io.BytesIO(data))
    except pc.PasswordError:
        raise FileProblem("encrypted") from None
    out = []
    try:
        for meta in wb.sheets_metadata:
            if meta.visible != pc.SheetVisibleEnum.Visible or meta.typ != pc.SheetTypeEnum.WorkSheet:
                continue
            out.append((meta.name, wb.get_sheet_by_name(meta.name).to_python(skip_empty_area=False)))
    finally:
        wb.close()
    return out


def _openpyxl_sheets(data: bytes) -> list[tuple[str, list[list]]]:
    import openpyxl

    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        return [
            (ws.title, [list(r) for r in ws.iter_rows(values_only=True)])
            for ws in wb.worksheets
            if ws.sheet_state == "visible"
        ]
    finally:
        wb.close()


# ---------------------------------------------------------------------------------------------------------------
# csv


def decode_text(data: bytes) -> tuple[str, str]:
    """(text, encoding): UTF-8 with or without BOM, UTF-16 with BOM, else cp1252 (latin-1 for its gaps)."""
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError:
            pass
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def sniff_delimiter(text: str) -> str:
    """';', ',' or tab: whichever occurs most often outside quotes in the first non-empty line."""
    for line in text.splitlines():
        if line.strip():
            outside = re.sub(r'"[^"]*"', "", line)
            counts = {d: outside.count(d) for d in (";", ",", "\t")}
            best = max(counts, key=lambda d: counts[d])
            return best if counts[best] else ","
    return ","


def read_csv(data: bytes) -> Grid:
    text, encoding = decode_text(data)
    if "\x00" in text:
        raise FileProblem("wrong_content", ext="csv", actual_da="en binær fil", actual_en="a binary file")
    first, _, rest = text.partition("\n")
    hint = re.fullmatch(r'"?sep=(.)"?\s*', first)
    skipped = 0
    if hint:  # Excel's "sep=;" first line names the delimiter
        delimiter, text, skipped = hint.group(1), rest, 1
    else:
        delimiter = sniff_delimiter(text)
    try:
        guard.check_csv_text(text, delimiter)
    except guard.TooBig as big:
        raise FileProblem("too_big", detail_da=big.detail_da, detail_en=big.detail_en) from None
    try:
        cells = pd.read_csv(
            io.StringIO(text),
            sep=delimiter,
            header=None,
            dtype=str,
            keep_default_na=False,
            na_filter=False,
            skip_blank_lines=False,
            quotechar='"',
            engine="c",
        )
    except pd.errors.EmptyDataError:
        raise FileProblem("no_data") from None
    except (pd.errors.ParserError, ValueError) as exc:
        m = re.search(r"Expected (\d+) fields in line (\d+), saw (\d+)", str(exc))
        if m:
            raise FileProblem(
                "csv_malformed", line=int(m.group(2)) + skipped, expected=m.group(1), found=m.group(3)
            ) from None
        raise FileProblem("corrupt", detail=_short(exc)) from None
    cells = cells.astype(object)
    # Line numbers (exact unless a quoted cell spans lines).
    cells.index = pd.RangeIndex(1 + skipped, len(cells) + 1 + skipped)
    cells.columns = range(cells.shape[1])
    return Grid(cells=cells, kind="csv", encoding=encoding, delimiter=delimiter)


def read_grid(data: bytes, kind: str, pick_header) -> Grid:
    """The grid of cells; for csv the header row is also found by ``pick_header``."""
    if kind == "xlsx":
        return read_xlsx(data, pick_header)
    grid = read_csv(data)
    first = grid.cells.head(30).values.tolist()
    grid.cells.attrs["header_index"] = pick_header(first)
    return grid
