"""Upload engine for consultants' survey exports: read, validate, and store as an immutable batch.

    result = ingest(data, "svar.xlsx", root, key_name="aalborg-analyse")
    result.accepted, result.batch_id, result.issues, result.report_frame()

Everything is validated before anything is stored; a rejected file changes nothing under the data root.
See :mod:`frikommune.ingest.store` for the all-or-nothing write and :mod:`frikommune.data.batches` for the log.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

import pandas as pd

from frikommune.data import batches
from frikommune.data.config import data_root, setting
from frikommune.data.roots import open_root
from frikommune.data.storage import Storage
from frikommune.ingest import guard
from frikommune.ingest.mapping import ROLES, detect_mapping, find_header_row, load_mappings, save_mapping
from frikommune.ingest.readers import FileProblem, check_file_name, check_size, read_grid, sniff
from frikommune.ingest.template import template_bytes
from frikommune.ingest.validate import Issue, IssueList, Prepared, make_issue, validate_grid  # noqa: F401

log = logging.getLogger(__name__)

__all__ = [
    "ingest",
    "validate",
    "IngestResult",
    "Issue",
    "detect_mapping",
    "save_mapping",
    "load_mappings",
    "template_bytes",
    "ROLES",
]

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
    fingerprint: str = ""  # of the answers (frikommune.ingest.fingerprint), set when the file is valid
    prepared: Prepared | None = field(default=None, repr=False, compare=False)

    @property
    def errors(self) -> list[Issue]:
        return [i for i in self.issues if i.severity == "error"]

    def report_frame(self) -> pd.DataFrame:
        """The validation report, one line per issue (row and column where it applies), for download."""
        rows = [
            {
                "row": i.row,
                "column": i.column,
                "severity": i.severity,
                "code": i.code,
                "message_da": i.message_da,
                "message_en": i.message_en,
            }
            for i in self.issues
        ]
        frame = pd.DataFrame(rows, columns=REPORT_COLUMNS)
        frame["row"] = frame["row"].astype("Int64")
        return frame

    def to_dict(self) -> dict:
        """A JSON-ready summary (what ``--json`` prints)."""
        return {
            "file_name": self.file_name,
            "accepted": self.accepted,
            "stored": self.stored,
            "dry_run": self.dry_run,
            "batch_id": self.batch_id,
            "rows": self.rows,
            "respondents": self.respondents,
            "file_rows": self.file_rows,
            "format": self.format,
            "waves": self.waves,
            "sha256": self.sha256,
            "mapping": self.mapping,
            "sheet": self.sheet,
            "encoding": self.encoding,
            "delimiter": self.delimiter,
            "issues": [
                {
                    "row": i.row,
                    "column": i.column,
                    "severity": i.severity,
                    "code": i.code,
                    "message_da": i.message_da,
                    "message_en": i.message_en,
                }
                for i in self.issues
            ],
        }


def _storage(root: str | Storage | None) -> Storage:
    if isinstance(root, Storage):
        return root
    return open_root(root if root is not None else data_root())


def _duplicate_issue(state: batches.ClaimState, sha: str, by_answers: bool = False) -> Issue:
    if state.blocking == "uploaded":
        when = (state.uploaded_at or "")[:19].replace("T", " ") + " UTC"
        if by_answers:
            return make_issue("duplicate_answers", batch_id=state.batch_id, when=when)
        return make_issue("duplicate_file", short=sha[:12], batch_id=state.batch_id, when=when)
    if by_answers:
        return make_issue("answers_in_progress", batch_id=state.batch_id)
    return make_issue("upload_in_progress", short=sha[:12], batch_id=state.batch_id)


def answers_claim_name(fingerprint: str) -> str:
    """The claim name under uploads/hashes/ for a fingerprint of answers (the file hash has its own claim)."""
    return f"answers-{fingerprint}"


def _read_and_check(file_bytes: bytes, kind: str, mapping: dict | None) -> tuple:
    """Read the file and validate every cell; runs in the sandbox's child process (module level: picklable)."""
    from frikommune.ingest.fingerprint import answers_fingerprint

    grid = read_grid(file_bytes, kind, find_header_row)
    issues = IssueList()
    for code, params in grid.notes:
        issues.add(code, severity="warning", **params)
    outcome = validate_grid(grid.cells, grid.cells.attrs.get("header_index", 0), mapping, issues)
    p = outcome.prepared if not issues.errors else None
    fingerprint = answers_fingerprint(p) if p is not None else None
    return grid.sheet, grid.encoding, grid.delimiter, issues.items, outcome.mapping, p, fingerprint


def validate(
    file_bytes: bytes, file_name: str, root: str | Storage | None = None, mapping: dict | None = None
) -> IngestResult:
    """Check a file completely without storing anything. ``root`` is needed only for the duplicate checks.

    The file is read and validated in a child process with memory and time limits (:mod:`.sandbox`), after
    the size checks of :mod:`.guard`: a hostile file costs one refusal, never the server.
    """
    from frikommune.ingest import sandbox

    result = IngestResult(file_name=file_name, accepted=False)
    storage = _storage(root) if root is not None else None
    try:
        ext = check_file_name(file_name)
        check_size(file_bytes)
        result.sha256 = hashlib.sha256(file_bytes).hexdigest()
        if storage is not None:
            state = _claim_state(storage, result.sha256)
            if state.blocking:
                result.issues = [_duplicate_issue(state, result.sha256)]
                return result
        kind = sniff(file_bytes, ext)
        try:
            sheet, encoding, delimiter, items, used_mapping, p, fingerprint = sandbox.run(
                _read_and_check, file_bytes, kind, mapping
            )
        except sandbox.ChildFailed as failed:
            raise FileProblem(failed.code, **failed.params) from None
        if p is not None and storage is not None:
            state = _claim_state(storage, answers_claim_name(fingerprint))
            if state.blocking:
                same_file = _claim_state(storage, result.sha256)  # these very bytes landed meanwhile: say so
                result.issues = [
                    _duplicate_issue(same_file, result.sha256)
                    if same_file.blocking
                    else _duplicate_issue(state, result.sha256, by_answers=True)
                ]
                return result
    except FileProblem as problem:
        result.issues = [make_issue(problem.code, **problem.params)]
        return result
    except StorageFault as fault:
        result.issues = [fault.issue]
        return result
    result.sheet, result.encoding, result.delimiter = sheet, encoding, delimiter
    if p is not None and storage is not None and p.respondent is not None and not p.respondent_from_rows:
        items = [*items, *_respondents_seen(storage, p)]
    result.issues = items
    result.mapping = used_mapping
    result.fingerprint = fingerprint or ""
    if p is not None and not any(i.severity == "error" for i in items):
        result.accepted = True
        result.prepared = p
        result.format = p.format
        result.rows = p.rows
        result.respondents = p.respondents
        result.file_rows = p.file_rows
        result.waves = [str(w) for w in p.used(p.wave)]
    return result


def _respondents_seen(storage: Storage, p: Prepared) -> list[Issue]:
    """Warnings for respondents of this file already present in an active batch for the same municipality,
    experiment and wave (the same person counted twice, unless the ids are reused numbers)."""
    import io

    import numpy as np
    import pyarrow.parquet as pq

    waves, experiments = set(p.used(p.wave)), set(p.used(p.experiment))
    try:
        earlier = [
            b
            for b in batches.active_batches(storage)
            if waves & set(b.waves) and (not b.experiments or experiments & set(b.experiments))
        ]
    except Exception:  # noqa: BLE001 - a warning only: never fail validation for it
        return []
    if not earlier:
        return []
    have = np.flatnonzero(p.respondent.codes >= 0)
    keys = np.unique(
        np.stack(
            [p.municipality.codes[have], p.experiment.codes[have], p.wave.codes[have], p.respondent.codes[have]], axis=1
        ),
        axis=0,
    )
    mine = {
        (p.municipality.values[m], p.experiment.values[e], p.wave.values[w], p.respondent.values[r])
        for m, e, w, r in keys.tolist()
        if min(m, e, w) >= 0
    }
    out = []
    for b in earlier:
        try:
            table = pq.read_table(
                io.BytesIO(storage.read_bytes(b.answers_path)),
                columns=["municipality_id", "experiment_id", "wave", "respondent_id"],
            )
        except Exception:  # noqa: BLE001
            continue
        seen = mine & set(zip(*(table.column(c).to_pylist() for c in table.column_names)))
        if seen:
            example = sorted(seen)[0]
            out.append(
                make_issue(
                    "respondent_seen",
                    severity="warning",
                    count=len(seen),
                    batch_id=b.batch_id,
                    example=guard.prefix(example[3]),
                    wave=guard.prefix(example[2]),
                )
            )
    return out


class StorageFault(Exception):
    """The data store failed (full, read-only, timed out, unreachable); ``issue`` says so in both languages."""

    def __init__(self, issue: Issue):
        super().__init__(issue.code)
        self.issue = issue


def storage_issue(exc: BaseException, reading: bool = False) -> Issue:
    """The message for a storage failure: disk full, read-only, timeout, else the kind of error (never a path,
    a URL or a traceback: those go to the server log)."""
    import errno
    import socket

    text = f"{type(exc).__name__} {exc!r} {exc.__cause__!r}"
    number = getattr(exc, "errno", None)
    if number in (errno.ENOSPC, errno.EDQUOT) or "No space left" in text or "QuotaExceeded" in text:
        return make_issue("storage_full")
    if (
        number in (errno.EROFS, errno.EACCES, errno.EPERM)
        or isinstance(exc, PermissionError)
        or "AccessDenied" in text
        or "Read-only file system" in text
    ):
        return make_issue("storage_read_only")
    if isinstance(exc, (TimeoutError, socket.timeout)) or "Timeout" in text or "timed out" in text:
        return make_issue("storage_timeout")
    if reading:
        return make_issue("storage_unavailable", detail=type(exc).__name__)
    return make_issue("storage_failed", detail=type(exc).__name__)


def _claim_state(storage: Storage, name: str) -> batches.ClaimState:
    try:
        return batches.claim_state(storage, name)
    except (OSError, TimeoutError) as exc:
        log.warning("data store unreadable while checking claim %s: %r", name, exc)
        raise StorageFault(storage_issue(exc, reading=True)) from None
    except Exception as exc:  # noqa: BLE001 - botocore and friends: said in words, logged in full
        log.warning("data store unreadable while checking claim %s: %r", name, exc)
        raise StorageFault(storage_issue(exc, reading=True)) from None


def _take(storage: Storage, name: str, batch_id: str, sha: str, file_name: str) -> batches.ClaimState:
    """Claim ``name`` for ``batch_id``; the blocking state if another upload holds it (then nothing is taken)."""
    while True:
        state = batches.claim_state(storage, name)
        if state.blocking:
            return state
        if batches.take_claim(storage, state.free_path, batch_id, sha, file_name):
            return state


def ingest(
    file_bytes: bytes,
    file_name: str,
    root: str | Storage | None,
    key_name: str,
    mapping: dict | None = None,
    dry_run: bool = False,
    validated: IngestResult | None = None,
) -> IngestResult:
    """Validate a file and, if it passes and this is not a dry run, store it as a new batch.

    ``key_name`` is the name of the upload key that authorised the upload (see :mod:`frikommune.data.auth`);
    the log records it. A rejected file - and a dry run, and a store that fails - changes nothing under the data
    root. ``validated``: the result of an earlier dry run of these same bytes and mapping (the upload page
    validates once and stores what it showed); the duplicate checks are still made, under the claims.
    """
    storage = _storage(root)
    if (
        validated is not None
        and validated.accepted
        and validated.prepared is not None
        and validated.sha256 == hashlib.sha256(file_bytes).hexdigest()
        and validated.file_name == file_name
        and (mapping is None or dict(mapping) == validated.mapping)  # a mapping edited since is validated anew
    ):
        result = validated
    else:
        result = validate(file_bytes, file_name, storage, mapping)
    result.dry_run = dry_run
    if not result.accepted or dry_run:
        return result
    batch_id = batches.new_batch_id()
    # Every write has a deadline: the store runs in a worker thread; past the deadline the upload is told
    # "timed out", and the worker, once the store answers, stops before the commit and undoes what it wrote.
    cancel = threading.Event()
    outcome: dict[str, object] = {}
    worker = threading.Thread(
        target=_store_worker,
        name=f"store-{batch_id}",
        daemon=True,
        args=(storage, result, batch_id, key_name, len(file_bytes), cancel, outcome),
    )
    worker.start()
    worker.join(store_timeout_seconds())
    if worker.is_alive():
        cancel.set()
        log.warning(
            "store of %s (batch %s) still running after %.0f s: abandoned", file_name, batch_id, store_timeout_seconds()
        )
        result.accepted = False
        result.issues = [make_issue("storage_timeout"), *result.issues]
        return result
    issues = outcome.get("issues")
    if issues:
        result.accepted = False
        result.issues = [*issues, *result.issues]
        return result
    result.batch_id = batch_id
    result.stored = True
    result.prepared = None  # the arrays are on disk now; do not keep them alive in page state
    return result


def store_timeout_seconds() -> float:
    """The deadline of one store (env FRIKOMMUNE_STORE_TIMEOUT_SECONDS, default 180 s)."""
    try:
        return float(setting("store_timeout_seconds") or 180.0)
    except ValueError:
        return 180.0


def timed_write(write: Callable[[], object], what: str) -> str | None:
    """Run one small write to the data store (a withdrawal, a saved mapping) under the store's deadline.

    None when it landed; else why not, as an issue code: ``storage_full``, ``storage_read_only``,
    ``storage_timeout`` or ``storage_failed`` (the details, never shown, go to the server log). Both writes it is
    for are single atomic files that may be made again, so one landing after the deadline does no harm.
    """
    outcome: dict[str, Exception] = {}

    def run() -> None:
        try:
            write()
        except Exception as exc:  # noqa: BLE001 - said in words below, logged with its traceback
            outcome["error"] = exc

    worker = threading.Thread(target=run, name=f"write-{what}", daemon=True)
    worker.start()
    worker.join(store_timeout_seconds())
    if worker.is_alive():
        log.warning("%s: the data store did not answer within %.0f s", what, store_timeout_seconds())
        return "storage_timeout"
    error = outcome.get("error")
    if error is None:
        return None
    log.warning("%s failed: %r", what, error, exc_info=error)
    return storage_issue(error).code


class _Cancelled(Exception):
    """The caller gave up waiting (the store timed out): do not commit."""


def _store_worker(
    storage: Storage,
    result: IngestResult,
    batch_id: str,
    key_name: str,
    size: int,
    cancel: threading.Event,
    outcome: dict,
) -> None:
    """Claim the content, write the batch, commit; on any failure undo it all. Reports via ``outcome``."""
    from frikommune.ingest.store import pause_at, write_batch

    p = result.prepared
    taken: list[str] = []
    file_name = result.file_name
    try:
        # Claim the file's bytes, then its answers. If another upload claimed either since validation, it wins.
        state = _take(storage, result.sha256, batch_id, result.sha256, file_name)
        if state.blocking:
            outcome["issues"] = [_duplicate_issue(state, result.sha256)]
            return
        taken.append(state.free_path)
        answers_state = _take(storage, answers_claim_name(result.fingerprint), batch_id, result.sha256, file_name)
        if answers_state.blocking:
            _release(storage, batch_id, taken)
            outcome["issues"] = [_duplicate_issue(answers_state, result.sha256, by_answers=True)]
            return
        taken.append(answers_state.free_path)
        pause_at("after-claim")
        event = {
            "key_name": key_name,
            "file_name": file_name,
            "sha256": result.sha256,
            "answers_fingerprint": result.fingerprint,
            "size_bytes": size,
            "claim_path": state.free_path,
            "answers_claim_path": answers_state.free_path,
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

        def before_commit() -> None:
            if cancel.is_set():
                raise _Cancelled("the upload stopped waiting")

        write_batch(storage, batch_id, p, event, before_commit=before_commit)
    except Exception as exc:  # noqa: BLE001 - a storage fault: undo, say it in words, log the details
        log.warning("store of %s (batch %s) failed: %r", file_name, batch_id, exc, exc_info=True)
        if not isinstance(exc, _Cancelled) and _committed(storage, batch_id):
            log.warning("batch %s was committed despite the error; kept", batch_id)  # the commit itself landed
            return
        _release(storage, batch_id, taken)
        outcome["issues"] = [make_issue("storage_timeout") if isinstance(exc, _Cancelled) else storage_issue(exc)]


def _committed(storage: Storage, batch_id: str) -> bool:
    """True if the upload event of ``batch_id`` is in the log (False when the log cannot be read either)."""
    try:
        return any(e.get("event") == "upload" and e.get("batch_id") == batch_id for e in batches.read_events(storage))
    except Exception:  # noqa: BLE001
        return False


def _release(storage: Storage, batch_id: str, claims: list[str]) -> None:
    """Undo an uncommitted store: its Parquet files (and their temporary files), then its claims."""
    from frikommune.data.storage import is_temp_name

    paths = [batches.answers_path(batch_id), batches.histogram_path(batch_id)]
    for folder in (batches.ANSWERS_DIR, batches.HISTOGRAMS_DIR, batches.HASHES_DIR, batches.LOG_DIR):
        try:
            paths += [p for p in storage.list(folder, include_temp=True) if is_temp_name(p) and batch_id in p]
        except Exception:  # noqa: BLE001
            pass
    for path in [*paths, *reversed(claims)]:
        try:
            storage.remove(path)
        except Exception as exc:  # noqa: BLE001 - recovery retires what is left after the grace period
            log.warning("could not remove %s after a failed store: %r", path, exc)
