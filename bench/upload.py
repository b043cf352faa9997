"""The upload path on a synthetic wide .xlsx export: the project's calamine-based validate + ingest (read, validate,
write the answers and histogram Parquet, log the batch) against merely reading the same file with openpyxl.

Each ingest goes into a fresh local data root, so the duplicate check never short-cuts it.
"""

from __future__ import annotations

import io
import shutil
from pathlib import Path

from bench.measure import median, timings
from bench.synth import wide_upload_xlsx


def read_openpyxl(data: bytes) -> int:
    """Every cell value of the first sheet with openpyxl (read-only mode, the fastest it offers)."""
    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        return len([list(row) for row in wb.worksheets[0].iter_rows(values_only=True)])
    finally:
        wb.close()


def read_calamine(data: bytes) -> int:
    """Every cell value of the first sheet with python-calamine (context: the read alone)."""
    from python_calamine import CalamineWorkbook

    return len(CalamineWorkbook.from_filelike(io.BytesIO(data)).get_sheet_by_index(0).to_python())


def run(rows: int, repeat: int, scratch: Path) -> dict:
    """Ingest ``repeat`` times and read with openpyxl about half as often; the ratio is of this run's medians."""
    from frikommune.ingest import ingest

    path = wide_upload_xlsx(rows)
    data = path.read_bytes()
    counter = iter(range(10**6))

    def one_ingest() -> None:
        root = scratch / f"upload-root-{next(counter)}"
        shutil.rmtree(root, ignore_errors=True)
        result = ingest(data, path.name, str(root), key_name="bench (SYNTETISK)")
        if not (result.accepted and result.stored and result.respondents == rows):
            raise RuntimeError(f"the synthetic upload was not stored: {[i.code for i in result.errors]}")
        shutil.rmtree(root, ignore_errors=True)

    scratch.mkdir(parents=True, exist_ok=True)
    one_ingest()  # warm-up: imports and first-call costs are not what an upload pays on a running server
    ingest_runs: list[float] = []
    openpyxl_runs: list[float] = []
    for i in range(repeat):  # interleaved, so a burst of load on the machine hits both sides alike
        ingest_runs += timings(one_ingest, 1)
        if i < (repeat + 1) // 2:  # openpyxl is the slow side: fewer runs of it
            openpyxl_runs += timings(lambda: read_openpyxl(data), 1)
    calamine_runs = timings(lambda: read_calamine(data), repeat)
    ingest_s = median(ingest_runs)
    return {
        "upload_rows": rows,
        "upload_file_mb": len(data) / 1e6,
        "upload_s": ingest_s,
        "openpyxl_read_s": median(openpyxl_runs),
        "calamine_read_s": median(calamine_runs),
        "calamine_vs_openpyxl": median(openpyxl_runs) / ingest_s,
        "upload_runs": ingest_runs,
        "openpyxl_runs": openpyxl_runs,
    }
