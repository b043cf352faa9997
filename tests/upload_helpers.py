"""Shared pieces of the upload tests: small files built in code, tree snapshots, process workers.

Every fixture is synthetic and tiny; nothing here resembles a real respondent.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import select
import subprocess
import sys
import time
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PYTHON = sys.executable

HEADER = [
    "Respondent",
    "Kommune",
    "Forsøg",
    "Respondentgruppe",
    "Dato",
    "Jeg blev mødt med respekt",
    "Samtalerne var relevante",
]
EXPERIMENT = "r1-04-formkrav-samtaler"


def rows(
    n: int = 6,
    seed: int = 0,
    municipality: str = "Aalborg",
    group: str = "borger",
    start: dt.date = dt.date(2019, 3, 1),
) -> list[list[object]]:
    """A valid wide-form table (header + n respondents) whose content depends on ``seed``."""
    out: list[list[object]] = [list(HEADER)]
    for i in range(n):
        out.append(
            [
                f"T{seed}-{i + 1}",
                municipality,
                EXPERIMENT,
                group,
                start + dt.timedelta(days=i + seed % 50),
                (i + seed) % 5 + 1,
                "Ved ikke" if i % 4 == 3 else (i * 3 + seed) % 5 + 1,
            ]
        )
    return out


def csv_bytes(
    table: list[list[object]], sep: str = ";", encoding: str = "utf-8-sig", date_format: str = "%d-%m-%Y"
) -> bytes:
    def cell(v: object) -> str:
        if v is None:
            return ""
        if isinstance(v, dt.date):
            return v.strftime(date_format)
        text = str(v)
        if sep in text or '"' in text or "\n" in text or "\r" in text:
            return '"' + text.replace('"', '""') + '"'
        return text

    return ("\r\n".join(sep.join(cell(v) for v in r) for r in table) + "\r\n").encode(encoding)


def xlsx_bytes(table: list[list[object]], sheet: str = "Svar", extra_sheets: list | None = None) -> bytes:
    from frikommune.ingest.template import workbook_bytes

    return workbook_bytes([(sheet, table)] + (extra_sheets or []))


def zip_bytes(entries: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    return buf.getvalue()


def snapshot(root: Path) -> dict[str, bytes | None]:
    """Every file (with its bytes) and every folder under ``root``: compare before/after for 'not one byte'."""
    out: dict[str, bytes | None] = {}
    for dirpath, _dirnames, filenames in os.walk(root):
        rel = Path(dirpath).relative_to(root).as_posix()
        out[rel + "/"] = None
        for name in filenames:
            p = Path(dirpath, name)
            out[p.relative_to(root).as_posix()] = p.read_bytes()
    return out


def files_under(root: Path, sub: str) -> list[str]:
    folder = root / sub
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


def cli_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FRIKOMMUNE_")}
    env["PYTHONPATH"] = str(REPO)
    env["FRIKOMMUNE_SECRETS"] = os.devnull
    env.update(extra)
    return env


def run_cli(*args: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [PYTHON, "-m", "frikommune.ingest", *args],
        cwd=REPO,
        env=cli_env(**env),
        capture_output=True,
        text=True,
        timeout=120,
    )


def start_cli_paused(point: str, *args: str, timeout: float = 60.0) -> subprocess.Popen:
    """Start the CLI with the pause hook at ``point``; return once it reports being paused there."""
    proc = subprocess.Popen(
        [PYTHON, "-m", "frikommune.ingest", *args],
        cwd=REPO,
        env=cli_env(FRIKOMMUNE_TEST_PAUSE_AT=point, FRIKOMMUNE_TEST_PAUSE_SECONDS="120"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + timeout
    seen = b""
    while time.monotonic() < deadline:
        ready, _, _ = select.select([proc.stderr], [], [], 0.5)
        if ready:
            line = proc.stderr.readline()
            seen += line
            if line.strip() == f"FRIKOMMUNE_PAUSED {point}".encode():
                return proc
            if not line and proc.poll() is not None:
                break
    proc.kill()
    proc.wait()
    raise AssertionError(f"CLI never paused at {point}: {seen.decode(errors='replace')}")


# ---------------------------------------------------------------------------------------------------------------
# Process workers (spawned: module-level functions, arguments picklable)


def upload_worker(
    root: str, data: bytes, name: str, barrier, results, pause_at: str | None = None, resume_file: str | None = None
) -> None:
    os.environ["FRIKOMMUNE_SECRETS"] = os.devnull
    if pause_at:  # wait at that step until resume_file exists
        os.environ["FRIKOMMUNE_TEST_PAUSE_AT"] = pause_at
        os.environ["FRIKOMMUNE_TEST_PAUSE_SECONDS"] = "60"
        os.environ["FRIKOMMUNE_TEST_RESUME_FILE"] = resume_file or ""
    from frikommune.ingest import ingest

    if barrier is not None:
        barrier.wait(timeout=60)
    try:
        r = ingest(data, name, root, key_name=f"worker-{name}")
        results.put((name, r.accepted, r.batch_id, r.rows, [i.code for i in r.errors]))
    except Exception as exc:  # noqa: BLE001 - report, never hang the parent
        results.put((name, False, None, 0, [f"exception: {exc!r}"]))


def reader_worker(root: str, stop, results) -> None:
    """Read the active batches through DuckDB until told to stop; report every mismatch with the log."""
    os.environ["FRIKOMMUNE_SECRETS"] = os.devnull
    import duckdb

    from frikommune.data.batches import active_batches

    con = duckdb.connect()
    looks = 0
    seen: set[str] = set()
    problems: list[str] = []
    while True:
        stopping = stop.is_set()
        try:
            for b in active_batches(root):
                n = con.execute("select count(*) from read_parquet($u)", {"u": b.answers_url}).fetchone()[0]
                h = con.execute("select coalesce(sum(n), 0) from read_parquet($u)", {"u": b.histogram_url}).fetchone()[
                    0
                ]
                looks += 1
                seen.add(b.batch_id)
                if n != b.rows:
                    problems.append(f"{b.batch_id}: {n} rows read, log says {b.rows}")
                if h > n or h == 0:
                    problems.append(f"{b.batch_id}: histogram total {h} vs {n} rows")
        except Exception as exc:  # noqa: BLE001
            problems.append(f"read failed: {exc!r}")
        if stopping:
            break
        time.sleep(0.01)  # leave the two cores to the uploaders
    results.put(("reader", looks, sorted(seen), problems))


def duck(sql: str, params: dict | None = None, frame: bool = False):
    """Run one query on a fresh DuckDB connection (never the shared default one) and fetch everything."""
    import duckdb

    with duckdb.connect() as con:
        cur = con.execute(sql, params or {})
        return cur.df() if frame else cur.fetchall()


# ---------------------------------------------------------------------------------------------------------------
# Hand-written workbooks: the XML a hostile or odd tool may write, byte for byte


_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>{extra}</Types>'
)
_RELS = (
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
_WORKBOOK = (
    '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
    '<sheet name="Svar" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WORKBOOK_RELS = (
    '<?xml version="1.0"?><Relationships '
    'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
    'Target="worksheets/sheet1.xml"/></Relationships>'
)


def xml_cell(ref: str, value: object) -> str:
    """One <c> element: text as an inline string, numbers as numbers; a value starting with '<c' is used as is."""
    if isinstance(value, str) and value.startswith("<c"):
        return value
    if isinstance(value, str):
        text = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'
    return f'<c r="{ref}"><v>{value}</v></c>'


def xml_rows(table: list[list[object]]) -> str:
    """<row> elements for ``table`` (dates as ISO text), references A1, B1, …"""
    out = []
    for r, values in enumerate(table, start=1):
        cells = "".join(
            xml_cell(f"{chr(65 + c)}{r}", v.isoformat() if isinstance(v, dt.date) else v)
            for c, v in enumerate(values)
            if v is not None
        )
        out.append(f'<row r="{r}">{cells}</row>')
    return "".join(out)


def raw_xlsx(
    sheet_data: str,
    dimension: str | None = None,
    shared_strings: bytes | None = None,
    extra_parts: dict[str, bytes] | None = None,
    extra_types: str = "",
) -> bytes:
    """A minimal .xlsx whose one worksheet holds ``sheet_data`` (the XML inside <sheetData>)."""
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    sheet = (
        '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f"{dim}<sheetData>{sheet_data}</sheetData></worksheet>"
    )
    parts = {
        "[Content_Types].xml": _CONTENT_TYPES.format(extra=extra_types).encode(),
        "_rels/.rels": _RELS.encode(),
        "xl/workbook.xml": _WORKBOOK.encode(),
        "xl/_rels/workbook.xml.rels": _WORKBOOK_RELS.encode(),
        "xl/worksheets/sheet1.xml": sheet.encode(),
    }
    if shared_strings is not None:
        parts["xl/sharedStrings.xml"] = shared_strings
    parts.update(extra_parts or {})
    return zip_bytes(parts)


# ---------------------------------------------------------------------------------------------------------------
# A long synthetic change log, written straight to a data root (no file is validated: fast enough for hundreds)

SYNTHETIC_MUNICIPALITIES = ("aalborg", "hjoerring", "thisted", "viborg", "holbaek")
SYNTHETIC_QUESTIONS = ("Jeg blev mødt med respekt", "Samtalerne var relevante", "Jeg fik hjælp")


def synthetic_log(root: Path, events: int = 200, withdraw_every: int = 4) -> list[tuple[str, str]]:
    """Write ``events`` log events under ``root``: uploads of tiny answer histograms, every ``withdraw_every``-th
    event a withdrawal of the oldest batch still active. Returns (event kind, batch id) in log order.

    The histograms are built in code (answers 1-5 with counts from the event's number), the answers file is a stub
    (only its existence is checked), and event file names carry increasing times so the log order is exact.
    """
    import json

    import pyarrow as pa
    import pyarrow.parquet as pq

    for folder in ("uploads/log", "uploads/histograms", "uploads/answers"):
        (root / folder).mkdir(parents=True, exist_ok=True)
    start = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    active: list[str] = []
    written: list[tuple[str, str]] = []
    for number in range(1, events + 1):
        at = start + dt.timedelta(minutes=number)
        if number % withdraw_every == 0 and active:
            kind, batch_id = "withdraw", active.pop(0)
            body = {"batch_id": batch_id, "event": "withdraw", "key_name": "syntetisk", "reason": "test"}
        else:
            kind, batch_id = "upload", f"{at:%Y%m%dT%H%M%S}-syn{number:05d}"
            municipality = SYNTHETIC_MUNICIPALITIES[number % len(SYNTHETIC_MUNICIPALITIES)]
            histogram = pa.table(
                {
                    "batch_id": [batch_id] * 15,
                    "municipality_id": [municipality] * 15,
                    "experiment_id": [EXPERIMENT] * 15,
                    "respondent_group": ["borger"] * 15,
                    "question": [q for q in SYNTHETIC_QUESTIONS for _ in range(5)],
                    "wave": [str(2019 + number % 3)] * 15,
                    "answer": pa.array([a for _ in SYNTHETIC_QUESTIONS for a in range(1, 6)], pa.int8()),
                    "n": pa.array([(number * a) % 7 + 1 for _ in SYNTHETIC_QUESTIONS for a in range(1, 6)], pa.int64()),
                }
            )
            pq.write_table(histogram, root / f"uploads/histograms/{batch_id}.parquet")
            pq.write_table(pa.table({"batch_id": [batch_id]}), root / f"uploads/answers/{batch_id}.parquet")
            body = {
                "batch_id": batch_id,
                "event": "upload",
                "key_name": "syntetisk",
                "file_name": f"syntetisk-{number}.csv",
                "rows": int(sum(histogram["n"].to_pylist())),
                "respondents": int(sum(histogram["n"].to_pylist()) // len(SYNTHETIC_QUESTIONS)),
                "waves": [str(2019 + number % 3)],
                "histogram_rows": histogram.num_rows,
            }
            active.append(batch_id)
        body["time"] = at.isoformat().replace("+00:00", "Z")
        name = f"{at:%Y%m%dT%H%M%S%f}Z-{number:032d}--{batch_id}.json"
        (root / "uploads/log" / name).write_text(json.dumps(body), encoding="utf-8")
        written.append((kind, batch_id))
    return written
