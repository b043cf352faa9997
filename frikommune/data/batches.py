"""The batch log: which uploaded batches exist, which are active, withdrawal, recovery and the data version.

Layout under the data root (see DESIGN §5, §8)::

    uploads/answers/<batch_id>.parquet      long form, one row per respondent x question
    uploads/histograms/<batch_id>.parquet   answer counts per (municipality, experiment, group, question, wave)
    uploads/hashes/<sha256>[.<n>]           content-hash claims, created exclusively (JSON: batch id, time)
    uploads/log/<utc-timestamp>-<uuid>[--<batch_id>].json  append-only, immutable events: upload, withdraw, recover
    uploads/mappings/<name>.json            saved column mappings

The log is the commit point: a batch is visible only once its ``upload`` event exists, and that event is written
after both Parquet files are in place. Readers therefore take the files named by :func:`active_batches` and never
glob the folders (which may hold withdrawn batches or leftovers of an interrupted upload).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import re
import threading
import time
import uuid
from dataclasses import dataclass, field

from frikommune.data.config import setting
from frikommune.data.roots import open_root
from frikommune.data.storage import Storage, is_temp_name

log = logging.getLogger(__name__)

UPLOADS = "uploads"
ANSWERS_DIR = "uploads/answers"
HISTOGRAMS_DIR = "uploads/histograms"
HASHES_DIR = "uploads/hashes"
LOG_DIR = "uploads/log"
MAPPINGS_DIR = "uploads/mappings"

DEFAULT_GRACE_SECONDS = 900.0  # an upload of 100,000 rows takes seconds; 15 minutes is far beyond any live one


def answers_path(batch_id: str) -> str:
    return f"{ANSWERS_DIR}/{batch_id}.parquet"


def histogram_path(batch_id: str) -> str:
    return f"{HISTOGRAMS_DIR}/{batch_id}.parquet"


def new_batch_id() -> str:
    """A sortable, unique batch id: UTC time of the upload plus a random suffix."""
    return f"{dt.datetime.now(dt.UTC):%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:10]}"


def default_grace_seconds() -> float:
    """How old a leftover must be before recovery removes it (env FRIKOMMUNE_RECOVERY_GRACE_SECONDS)."""
    value = setting("recovery_grace_seconds")
    try:
        return float(value) if value is not None else DEFAULT_GRACE_SECONDS
    except ValueError:
        return DEFAULT_GRACE_SECONDS


def _storage(root: str | Storage) -> Storage:
    return root if isinstance(root, Storage) else open_root(root)


def utc_now_iso() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


# ---------------------------------------------------------------------------------------------------------------
# The event log


_event_cache: dict[tuple[str, str], dict] = {}  # event files are immutable: read each one once per process
_cache_lock = threading.Lock()


def write_event(storage: Storage, event: dict) -> str:
    """Append one event to the log as a new immutable file; returns its path."""
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    bid = event.get("batch_id")
    # The batch id leads the file, and is in its name: an event cut short still says which batch it commits.
    ordered = {"batch_id": bid, **event} if bid else event
    body = json.dumps(ordered, ensure_ascii=False, indent=1).encode("utf-8")
    named = f"--{bid}" if isinstance(bid, str) and _SAFE_ID.fullmatch(bid) else ""
    while True:
        path = f"{LOG_DIR}/{stamp}-{uuid.uuid4().hex}{named}.json"
        if storage.create_exclusive(path, body):
            return path


_BATCH_ID_IN_TEXT = re.compile(
    rb'"batch_id"\s*:\s*"([0-9A-Za-z_.-]{1,80})"'
    rb"|uploads/(?:answers|histograms)/([0-9A-Za-z_.-]{1,80})\.parquet"
)
_BATCH_ID_IN_NAME = re.compile(r"--([0-9A-Za-z_-]{1,80})\.json$")
_SAFE_ID = re.compile(r"[0-9A-Za-z_-]{1,80}")


def _batch_id_of_damaged(path: str, raw: bytes) -> str | None:
    """The batch an unreadable event commits: from its file name, else from what is left of its text."""
    named = _BATCH_ID_IN_NAME.search(path)
    if named:
        return named.group(1)
    found = _BATCH_ID_IN_TEXT.search(raw)
    return (found.group(1) or found.group(2)).decode() if found else None


def read_events(root: str | Storage) -> list[dict]:
    """Every event in the log, oldest first (ordered by file name: UTC timestamp, then a random id).

    An event file that cannot be read or parsed (truncated, garbled) is not skipped: it comes back as
    ``{"event": "unreadable", "batch_id": <the id, if its text still names one>, "error": …}``, so its batch is
    shown as damaged and recovery treats every file it might refer to as referenced.
    """
    storage = _storage(root)
    events = []
    for path in storage.list(LOG_DIR):
        if not path.endswith(".json"):
            continue
        key = (storage.root, path)
        with _cache_lock:
            event = _event_cache.get(key)
        if event is None:
            raw = b""
            try:
                raw = storage.read_bytes(path)
                event = json.loads(raw)
                if not isinstance(event, dict):
                    raise ValueError("not a JSON object")
            except (OSError, ValueError) as exc:  # never expected: events are written atomically
                bid = _batch_id_of_damaged(path, raw)
                log.warning("unreadable log event %s (batch %s): %s", path, bid or "?", exc)
                events.append({"event": "unreadable", "batch_id": bid, "error": type(exc).__name__, "_path": path})
                continue  # not cached: a storage hiccup may read fine next time
            with _cache_lock:
                _event_cache[key] = event
        events.append({**event, "_path": path})
    return events


def _time_of(event: dict) -> dt.datetime:
    """The event's time; if the field is missing or garbled, the UTC time in its log file's name."""
    try:
        return _parse_time(str(event["time"]))
    except (KeyError, ValueError, TypeError):
        name = str(event.get("_path", "")).rsplit("/", 1)[-1]
        return dt.datetime.strptime(name[:22], "%Y%m%dT%H%M%S%fZ").replace(tzinfo=dt.UTC)


def event_time(event: dict) -> dt.datetime | None:
    """When the event was logged (UTC), or None if neither the event nor its file name says."""
    try:
        return _time_of(event)
    except ValueError:
        return None


def data_version(root: str | Storage) -> str:
    """A short hash of the log's file names: changes whenever an event (upload, withdraw, recover) is added."""
    return _version_of([p for p in _storage(root).list(LOG_DIR) if p.endswith(".json")])


def _version_of(names: list[str]) -> str:
    return hashlib.sha256("\n".join(names).encode()).hexdigest()[:12]


# ---------------------------------------------------------------------------------------------------------------
# Batches


@dataclass(frozen=True)
class Batch:
    """One uploaded batch as its log events describe it."""

    batch_id: str
    file_name: str
    sha256: str
    rows: int  # answer rows in the answers Parquet file (respondents x questions, long form)
    respondents: int
    uploaded_at: dt.datetime
    key_name: str
    waves: tuple[str, ...]
    answers_url: str
    histogram_url: str
    answers_path: str
    histogram_path: str
    municipalities: tuple[str, ...] = ()
    experiments: tuple[str, ...] = ()
    respondent_groups: tuple[str, ...] = ()
    questions: tuple[str, ...] = ()
    file_rows: int = 0
    format: str = ""
    mapping: dict = field(default_factory=dict, compare=False, hash=False)
    withdrawn: bool = False
    withdrawn_at: dt.datetime | None = None
    withdrawn_by: str | None = None
    withdraw_reason: str | None = None


def _parse_time(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))


@dataclass(frozen=True)
class Damaged:
    """A batch (or a log event) that cannot be shown: quarantined from every page and said on the upload page."""

    batch_id: str | None
    path: str  # the log event or the file that failed
    reason_da: str
    reason_en: str


def _batch(storage: Storage, event: dict, withdrawal: dict | None) -> Batch:
    bid = event["batch_id"]
    a_path = event.get("answers_path") or answers_path(bid)
    h_path = event.get("histogram_path") or histogram_path(bid)
    return Batch(
        batch_id=bid,
        file_name=event.get("file_name", ""),
        sha256=event.get("sha256", ""),
        rows=int(event.get("rows", 0)),
        respondents=int(event.get("respondents", 0)),
        uploaded_at=_time_of(event),
        key_name=event.get("key_name", ""),
        waves=tuple(event.get("waves", ())),
        answers_url=storage.url(a_path),
        histogram_url=storage.url(h_path),
        answers_path=a_path,
        histogram_path=h_path,
        municipalities=tuple(event.get("municipalities", ())),
        experiments=tuple(event.get("experiments", ())),
        respondent_groups=tuple(event.get("respondent_groups", ())),
        questions=tuple(event.get("questions", ())),
        file_rows=int(event.get("file_rows", 0)),
        format=event.get("format", ""),
        mapping=dict(event.get("mapping") or {}),
        withdrawn=withdrawal is not None,
        withdrawn_at=_time_of(withdrawal) if withdrawal else None,
        withdrawn_by=withdrawal.get("key_name") if withdrawal else None,
        withdraw_reason=withdrawal.get("reason") if withdrawal else None,
    )


def _index(events: list[dict]) -> tuple[dict[str, dict], dict[str, dict], set[str]]:
    """(upload event per batch, first withdrawal per batch, batch ids abandoned by recovery).

    Unreadable events and events without a batch id are left out here (see :func:`_unreadable`)."""
    uploads: dict[str, dict] = {}
    withdrawals: dict[str, dict] = {}
    abandoned: set[str] = set()
    for event in events:
        kind = event.get("event")
        bid = event.get("batch_id")
        if kind == "upload" and isinstance(bid, str) and bid:
            uploads.setdefault(bid, event)
        elif kind == "withdraw" and isinstance(bid, str) and bid:
            withdrawals.setdefault(bid, event)
        elif kind == "recover":
            abandoned.update(b for b in event.get("batch_ids", ()) if isinstance(b, str))
    return uploads, withdrawals, abandoned


def _unreadable(events: list[dict]) -> list[dict]:
    """Events that cannot be understood: unreadable files, and upload/withdraw events without a batch id."""
    return [
        e
        for e in events
        if e.get("event") == "unreadable"
        or (e.get("event") in ("upload", "withdraw") and not (isinstance(e.get("batch_id"), str) and e["batch_id"]))
    ]


_health_cache: dict[tuple[str, str, float], str | None] = {}


def _file_problem(storage: Storage, path: str, expected_rows: object = None) -> str | None:
    """None if the Parquet file at ``path`` reads completely (and has ``expected_rows``), else what is wrong.

    Batch files are immutable: the verdict is kept per file and modification time."""
    try:
        stamp = storage.modified(path)
    except FileNotFoundError:
        return "missing"
    except Exception as exc:  # noqa: BLE001 - the store cannot say: treat as unreadable for now, do not cache
        return f"unreadable ({type(exc).__name__})"
    key = (storage.root, path, stamp)
    with _cache_lock:
        if key in _health_cache:
            return _health_cache[key]
    import io

    import pyarrow.parquet as pq

    problem = None
    try:
        table = pq.read_table(io.BytesIO(storage.read_bytes(path)))
        if expected_rows is not None and table.num_rows != int(expected_rows):
            problem = f"{table.num_rows} rows, the log says {expected_rows}"
    except Exception as exc:  # noqa: BLE001 - truncated, garbled, not Parquet at all
        problem = f"unreadable ({type(exc).__name__})"
    with _cache_lock:
        _health_cache[key] = problem
    return problem


def all_batches(root: str | Storage) -> list[Batch]:
    """Every uploaded batch, withdrawn ones included (``withdrawn`` and the withdrawal's time/key/reason set).

    A batch whose upload event is incomplete beyond repair is left out here and listed by :func:`damaged`."""
    storage = _storage(root)
    uploads, withdrawals, _ = _index(read_events(storage))
    out = []
    for bid, ev in uploads.items():
        try:
            out.append(_batch(storage, ev, withdrawals.get(bid)))
        except Exception as exc:  # noqa: BLE001 - a garbled field: the batch is damaged, the others are not
            log.warning("upload event %s of batch %s cannot be used: %r", ev.get("_path"), bid, exc)
    return out


def batch_health(root: str | Storage, version: int | None = None) -> tuple[list[Batch], list[Damaged]]:
    """(active batches whose files read completely, damaged batches and events), as of data ``version`` if given.

    A damaged batch is quarantined: no page shows it, so one truncated file or garbled event never takes the
    other batches - or any report page - down. The upload page lists it, so whoever uploaded it can withdraw it
    and upload it again. Nothing is deleted. ``version`` N (see :func:`log_version`) takes only the first N events
    of the log: the batches committed up to then, the withdrawals up to then applied.
    """
    storage = _storage(root)
    events = read_events(storage)
    if version is not None:
        events = events[: max(version, 0)]
    return _health(storage, events)


def _health(storage: Storage, events: list[dict]) -> tuple[list[Batch], list[Damaged]]:
    """(good active batches, damaged batches and events) of these events (see :func:`batch_health`)."""
    uploads, withdrawals, _ = _index(events)
    good: list[Batch] = []
    damaged: list[Damaged] = []
    for event in _unreadable(events):
        damaged.append(
            Damaged(
                event.get("batch_id") if isinstance(event.get("batch_id"), str) else None,
                event["_path"],
                "loghændelsen kan ikke læses",
                "the log event cannot be read",
            )
        )
    for bid, ev in uploads.items():
        if bid in withdrawals:
            continue
        try:
            batch = _batch(storage, ev, None)
        except Exception:  # noqa: BLE001
            damaged.append(
                Damaged(bid, ev.get("_path", ""), "loghændelsen er ufuldstændig", "the log event is incomplete")
            )
            continue
        problem = _file_problem(storage, batch.histogram_path, ev.get("histogram_rows"))
        if problem is None and not storage.exists(batch.answers_path):
            problem = "missing"
        if problem is not None:
            log.warning("batch %s quarantined: %s (%s)", bid, problem, batch.histogram_path)
            damaged.append(
                Damaged(
                    bid,
                    batch.histogram_path,
                    f"batchens filer kan ikke læses ({problem})",
                    f"the batch's files cannot be read ({problem})",
                )
            )
            continue
        good.append(batch)
    return good, damaged


@dataclass(frozen=True)
class LogState:
    """The upload log as one listing saw it: what a Database loads as one data version."""

    version: str  # the hash :func:`data_version` gives for this listing
    count: int  # how many events: the numbered data version (see :func:`log_version`)
    active: list[Batch]  # the batches every page shows at this version (see :func:`active_batches`)


def log_state(root: str | Storage, version: int | None = None) -> LogState:
    """The log's version hash, length and active batches from one listing, so the three always agree (two
    listings could fall either side of an upload). ``version`` N: as of the first N events, counted as N."""
    storage = _storage(root)
    events = read_events(storage)
    if version is not None:
        events = events[: max(version, 0)]
    return LogState(_version_of([e["_path"] for e in events]), len(events), _health(storage, events)[0])


def active_by_version(root: str | Storage, events: list[dict]) -> tuple[list[frozenset[str]], dict[str, Batch]]:
    """Walk ``events`` (the start of the log) once: element N of the list holds the ids of the batches active at
    version N (N = 0 … len(events)), as :func:`active_batches` ``(root, N)`` names them; the dict holds every batch
    active at some version. Each batch's files are checked once, not once per version."""
    storage = _storage(root)
    uploaded: set[str] = set()
    withdrawn: set[str] = set()
    good: dict[str, Batch] = {}
    active: set[str] = set()
    out = [frozenset()]
    for event in events:
        kind, bid = event.get("event"), event.get("batch_id")
        if kind == "upload" and isinstance(bid, str) and bid and bid not in uploaded:
            uploaded.add(bid)  # as in _index: the first upload event of a batch is the one that counts
            batch = None if bid in withdrawn else _healthy(storage, event)
            if batch is not None:
                good[bid] = batch
                active.add(bid)
        elif kind == "withdraw" and isinstance(bid, str) and bid:
            withdrawn.add(bid)
            active.discard(bid)
        out.append(frozenset(active))
    return out, good


def _healthy(storage: Storage, event: dict) -> Batch | None:
    """The batch of this upload event if its event is complete and its files read, else None (as :func:`_health`)."""
    try:
        batch = _batch(storage, event, None)
    except Exception:  # noqa: BLE001 - an incomplete event: damaged
        return None
    if _file_problem(storage, batch.histogram_path, event.get("histogram_rows")) is not None:
        return None
    return batch if storage.exists(batch.answers_path) else None


def active_batches(root: str | Storage, version: int | None = None) -> list[Batch]:
    """The batches every page shows: uploaded, not withdrawn and not damaged, oldest first (as of ``version``)."""
    return batch_health(root, version)[0]


def log_version(root: str | Storage) -> int:
    """The newest numbered data version: how many events the log holds.

    Events are immutable files ordered by name (UTC time first) and only ever added, so version N - the first N
    events - names the same data for good: a link with ``?v=N`` shows the same figures after later uploads.
    """
    return sum(1 for p in _storage(root).list(LOG_DIR) if p.endswith(".json"))


def damaged(root: str | Storage) -> list[Damaged]:
    """Batches and log events quarantined because they cannot be read (see :func:`batch_health`)."""
    return batch_health(root)[1]


def withdraw(root: str | Storage, batch_id: str, key_name: str, reason: str) -> None:
    """Hide a batch from every page by logging a withdrawal; its files stay. Withdrawing twice is a no-op."""
    storage = _storage(root)
    events = read_events(storage)
    uploads, withdrawals, _ = _index(events)
    known = set(uploads) | {e.get("batch_id") for e in _unreadable(events)}  # a damaged batch can be withdrawn
    if batch_id not in known:
        raise KeyError(f"no uploaded batch with id {batch_id!r}")
    if batch_id in withdrawals:
        return
    write_event(
        storage,
        {
            "event": "withdraw",
            "batch_id": batch_id,
            "key_name": key_name,
            "time": utc_now_iso(),
            "reason": (reason or "").strip(),
        },
    )


# ---------------------------------------------------------------------------------------------------------------
# Content-hash claims
#
# The first upload of some content claims uploads/hashes/<sha256> with create_exclusive, so of two simultaneous
# uploads of the same file exactly one proceeds. Claims are never removed: a claim whose batch was withdrawn or
# abandoned (an interrupted upload, retired by recovery or older than the grace period) no longer blocks, and the
# next upload of that content claims the next generation, <sha256>.1, <sha256>.2, ... Because names are only
# ever added, two uploaders always compete for the same next name.


@dataclass(frozen=True)
class ClaimState:
    """What stands in the way of uploading some content, and which claim name to take if nothing does."""

    free_path: str | None  # the claim to create, None when blocked
    blocking: str | None  # 'uploaded' (an active batch has this content) or 'in_progress'
    batch_id: str | None = None  # the blocking batch
    uploaded_at: str | None = None


def claim_path(sha256: str, generation: int) -> str:
    return f"{HASHES_DIR}/{sha256}" if generation == 0 else f"{HASHES_DIR}/{sha256}.{generation}"


def _read_claim(storage: Storage, path: str) -> dict:
    try:
        return json.loads(storage.read_bytes(path))
    except (OSError, ValueError):
        return {}


def claim_state(root: str | Storage, sha256: str, grace: float | None = None, now: float | None = None) -> ClaimState:
    """Whether content with this hash may be uploaded now, and under which claim name."""
    storage = _storage(root)
    grace = default_grace_seconds() if grace is None else grace
    now = time.time() if now is None else now
    events = read_events(storage)
    uploads, withdrawals, abandoned = _index(events)
    damaged_ids = {e.get("batch_id") for e in _unreadable(events)} - {None}
    generation = 0
    while True:
        path = claim_path(sha256, generation)
        if not storage.exists(path):
            return ClaimState(free_path=path, blocking=None)
        bid = _read_claim(storage, path).get("batch_id")
        if bid in uploads and bid not in withdrawals:
            return ClaimState(None, "uploaded", bid, uploads[bid].get("time"))
        if bid in damaged_ids and bid not in withdrawals:  # committed, event damaged: withdraw it to upload again
            return ClaimState(None, "uploaded", bid, None)
        if bid not in uploads and bid not in withdrawals and bid not in damaged_ids and bid not in abandoned:
            try:
                age = now - storage.modified(path)
            except FileNotFoundError:
                age = 0.0
            if age <= grace:
                return ClaimState(None, "in_progress", bid)
        generation += 1  # withdrawn, abandoned or stale: this claim no longer blocks


def take_claim(storage: Storage, path: str, batch_id: str, sha256: str, file_name: str) -> bool:
    """Create the claim exclusively; False if another upload got there first."""
    body = json.dumps(
        {"batch_id": batch_id, "sha256": sha256, "file_name": file_name, "claimed_at": utc_now_iso()},
        ensure_ascii=False,
    ).encode("utf-8")
    return storage.create_exclusive(path, body)


# ---------------------------------------------------------------------------------------------------------------
# Recovery


def recover(root: str | Storage, grace_seconds: float | None = None) -> list[str]:
    """Clean up after interrupted uploads; returns the paths removed (and the claims retired).

    Removes temporary files and batch files that have no upload event, and retires content-hash claims of
    batches that never committed - but only leftovers older than the grace period, so it never races a live
    upload. What it did is logged as a ``recover`` event (nothing is deleted silently). Run it at start-up.
    """
    storage = _storage(root)
    grace = default_grace_seconds() if grace_seconds is None else grace_seconds
    now = time.time()

    def old(path: str) -> bool:
        try:
            return now - storage.modified(path) > grace
        except FileNotFoundError:
            return False

    # List the files before reading the log: a batch that commits in between is then known as committed.
    batch_files = storage.list(ANSWERS_DIR, include_temp=True) + storage.list(HISTOGRAMS_DIR, include_temp=True)
    other_temps = [
        p for d in (LOG_DIR, HASHES_DIR, MAPPINGS_DIR) for p in storage.list(d, include_temp=True) if is_temp_name(p)
    ]
    claims = [p for p in storage.list(HASHES_DIR) if not is_temp_name(p)]
    events = read_events(storage)
    uploads, _, abandoned = _index(events)
    # A committed event that cannot be read still commits its batch: its files are never orphans. If such an
    # event does not even say which batch it is, no batch file is removed and no claim retired at all.
    unreadable = _unreadable(events)
    referenced = set(uploads) | {e["batch_id"] for e in unreadable if isinstance(e.get("batch_id"), str)}
    blind = [e["_path"] for e in unreadable if not isinstance(e.get("batch_id"), str)]
    if blind:
        log.warning(
            "recovery: %d log event(s) unreadable and naming no batch (%s): no batch file is removed and "
            "no claim retired until they are repaired",
            len(blind),
            ", ".join(blind),
        )

    removed: list[str] = []
    orphans: set[str] = set()
    for path in batch_files + other_temps:
        name = path.rsplit("/", 1)[-1]
        if is_temp_name(name):
            if old(path):
                removed.append(path)
            continue
        bid = name.removesuffix(".parquet")
        if bid not in referenced and not blind and old(path):
            removed.append(path)
            orphans.add(bid)
    retired: list[str] = []
    for path in claims:
        bid = _read_claim(storage, path).get("batch_id")
        if bid and bid not in referenced and bid not in abandoned and not blind and old(path):
            retired.append(path)
            orphans.add(bid)
    if not removed and not retired:
        return []
    for path in removed:
        storage.remove(path)
    log.warning(
        "recovery: removed %d leftover file(s) of uncommitted uploads (%s); retired %d claim(s) (%s)",
        len(removed),
        ", ".join(removed) or "-",
        len(retired),
        ", ".join(retired) or "-",
    )
    write_event(
        storage,
        {
            "event": "recover",
            "key_name": "recovery",
            "time": utc_now_iso(),
            "batch_ids": sorted(orphans),
            "removed": removed,
            "retired_claims": retired,
        },
    )
    return removed + retired
