"""Upload engine for consultants' survey exports: read, validate, and store as an immutable batch.

    result = ingest(data, "svar.xlsx", root, key_name="aalborg-analyse")
    result.accepted, result.batch_id, result.issues, result.report_frame()

Everything is validated before anything is stored; a rejected file changes nothing under the data root.
See :mod:`frikommune.ingest.store` for the all-or-nothing write and :mod:`frikommune.batches` for the log.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field

import pandas as pd

from frikommune import batches
from frikommune.config import data_root
from frikommune.ingest.mapping import ROLES, detect_mapping, find_header_row, load_mappings, save_mapping
from frikommune.ingest.readers import FileProblem, check_file_name, check_size, read_grid, sniff
from frikommune.ingest.template import template_bytes
from frikommune.ingest.validate import Issue, IssueList, Prepared, make_issue, validate_grid
from frikommune.storage import Storage, open_root

__all__ = ["ingest", "validate", "IngestResult", "Issue", "detect_mapping", "save_mapping", "load_mappings",
           "template_bytes", "ROLES"]

REPORT_COLUMNS = ["row", "column", "severity", "code", "message_da", "message_en"]


@dataclass
class IngestResult:
    """The outcome of validating (and, if accepted and not a dry run, storing) one file."""

    file_name: str
    accepted: bool
    batch_id: str | None = None
    rows: int = 0  # answer rows (long form): what the answers Parquet file holds
    respondents: int = 0
    issues: list[Issue] = field(default_factory=list)
    mapping: dict[str, str] = field(default_factory=dict)
    sha256: str = ""
    format: str | None = None  # 'wide' or 'long'
    waves: list[str] = field(default_factory=list)
    file_rows: int = 0  # data rows in the file
    dry_run: bool = False
    stored: bool = False
    sheet: str | None = None
    encoding: str | None = None
    delimiter: str | None = None
    prepared: Prepared | None = field(default=None, repr=False, compare=False)

    @property
    def errors(self) -> list[Issue]:
        return [i for i in self.issues if i.severity == "error"]

    def report_frame(self) -> pd.DataFrame:
        """The validation report, one line per issue (row and column where it applies), for download."""
        rows = [{"row": i.row, "column": i.column, "severity": i.severity, "code": i.code,
                 "message_da": i.message_da, "message_en": i.message_en} for i in self.issues]
        frame = pd.DataFrame(rows, columns=REPORT_COLUMNS)
        frame["row"] = frame["row"].astype("Int64")
        return frame

    def to_dict(self) -> dict:
        """A JSON-ready summary (what ``--json`` prints)."""
        return {
            "file_name": self.file_name, "accepted": self.accepted, "stored": self.stored,
            "dry_run": self.dry_run, "batch_id": self.batch_id, "rows": self.rows,
            "respondents": self.respondents, "file_rows": self.file_rows, "format": self.format,
            "waves": self.waves, "sha256": self.sha256, "mapping": self.mapping, "sheet": self.sheet,
            "encoding": self.encoding, "delimiter": self.delimiter,
            "issues": [{"row": i.row, "column": i.column, "severity": i.severity, "code": i.code,
                        "message_da": i.message_da, "message_en": i.message_en} for i in self.issues],
        }


def _storage(root: str | Storage | None) -> Storage:
    if isinstance(root, Storage):
        return root
    return open_root(root if root is not None else data_root())


def _duplicate_issue(state: batches.ClaimState, sha: str) -> Issue:
    if state.blocking == "uploaded":
        when = (state.uploaded_at or "")[:19].replace("T", " ")
        return make_issue("duplicate_file", short=sha[:12], batch_id=state.batch_id, when=when + " UTC")
    return make_issue("upload_in_progress", short=sha[:12], batch_id=state.batch_id)


def validate(file_bytes: bytes, file_name: str, root: str | Storage | None = None,
             mapping: dict | None = None) -> IngestResult:
    """Check a file completely without storing anything. ``root`` is needed only for the duplicate check."""
    result = IngestResult(file_name=file_name, accepted=False)
    issues = IssueList()
    try:
        ext = check_file_name(file_name)
        check_size(file_bytes)
        result.sha256 = hashlib.sha256(file_bytes).hexdigest()
        if root is not None:
            state = batches.claim_state(_storage(root), result.sha256)
            if state.blocking:
                result.issues = [_duplicate_issue(state, result.sha256)]
                return result
        kind = sniff(file_bytes, ext)
        grid = read_grid(file_bytes, kind, find_header_row)
    except FileProblem as problem:
        result.issues = [make_issue(problem.code, **problem.params)]
        return result
    result.sheet, result.encoding, result.delimiter = grid.sheet, grid.encoding, grid.delimiter
    for code, params in grid.notes:
        issues.add(code, severity="warning", **params)
    outcome = validate_grid(grid.cells, grid.cells.attrs.get("header_index", 0), mapping, issues)
    result.issues = issues.items
    result.mapping = outcome.mapping
    p = outcome.prepared
    if p is not None and not issues.errors:
        result.accepted = True
        result.prepared = p
        result.format = p.format
        result.rows = p.rows
        result.respondents = p.respondents
        result.file_rows = p.file_rows
        result.waves = [str(w) for w in p.used(p.wave)]
    return result


def ingest(file_bytes: bytes, file_name: str, root: str | Storage | None, key_name: str,
           mapping: dict | None = None, dry_run: bool = False) -> IngestResult:
    """Validate a file and, if it passes and this is not a dry run, store it as a new batch.

    ``key_name`` is the name of the upload key that authorised the upload (see :mod:`frikommune.auth`);
    the log records it. A rejected file - and a dry run - changes nothing under the data root.
    """
    storage = _storage(root)
    result = validate(file_bytes, file_name, storage, mapping)
    result.dry_run = dry_run
    if not result.accepted or dry_run:
        return result
    p = result.prepared
    batch_id = batches.new_batch_id()
    # Claim the content. If another upload of the same bytes claimed it since validation, it wins.
    while True:
        state = batches.claim_state(storage, result.sha256)
        if state.blocking:
            result.accepted = False
            result.issues = [_duplicate_issue(state, result.sha256), *result.issues]
            return result
        if batches.take_claim(storage, state.free_path, batch_id, result.sha256, file_name):
            break
    from frikommune.ingest.store import pause_at, write_batch

    pause_at("after-claim")
    event = {
        "key_name": key_name,
        "file_name": file_name,
        "sha256": result.sha256,
        "size_bytes": len(file_bytes),
        "claim_path": state.free_path,
        "respondents": p.respondents,
        "file_rows": p.file_rows,
        "format": p.format,
        "mapping": result.mapping,
        "waves": result.waves,
        "municipalities": [str(v) for v in p.used(p.municipality)],
        "experiments": [str(v) for v in p.used(p.experiment)],
        "respondent_groups": [str(v) for v in p.used(p.group)],
        "questions": list(dict.fromkeys(str(v) for v in p.question.values)),
        "sheet": result.sheet,
        "encoding": result.encoding,
        "delimiter": result.delimiter,
        "warnings": [i.code for i in result.issues if i.severity == "warning"],
        "validated_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    }
    write_batch(storage, batch_id, p, event)
    result.batch_id = batch_id
    result.stored = True
    result.prepared = None  # the arrays are on disk now; do not keep them alive in page state
    return result
