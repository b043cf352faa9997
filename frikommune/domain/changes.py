"""What each upload and withdrawal changed: the batch log as a list of changes, each with the figures it moved.

A data version is a position in the ordered log (DESIGN §5): version N is the data after the first N events.
The figures compared are the uploaded-survey aggregates the Tilfredshed and Sammenlign pages read
(:func:`surveys.uploaded_summary`), as of version N - 1 and N.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

import pandas as pd

from frikommune.data import batches
from frikommune.data.db import Database
from frikommune.domain import surveys

KINDS = ("upload", "withdraw")  # the events people made; recovery's own events change no figure
FIGURE_KEY = ["municipality_id", "experiment_id", "respondent_group", "question", "wave"]


@dataclass(frozen=True)
class Moved:
    """One figure of the pages before and after a change: a municipality's mean on one question of one wave.

    ``before``/``after`` is None where the figure did not exist (no answers)."""

    municipality_id: str
    experiment_id: str
    respondent_group: str
    question: str
    wave: str
    before: float | None
    after: float | None
    n_before: int
    n_after: int


@dataclass(frozen=True)
class Change:
    """One entry of the log: an upload or a withdrawal, as data version ``version``."""

    version: int
    kind: str  # 'upload' or 'withdraw'
    time: dt.datetime | None  # UTC
    batch_id: str
    key_name: str  # who made the change (the key's name; never shown to visitors)
    file_name: str  # the uploaded file (key holders only)
    waves: tuple[str, ...]
    answers: int  # answer rows the batch holds (respondents x questions)
    respondents: int
    reason: str  # why it was withdrawn ('' for uploads)
    moved: tuple[Moved, ...]


def _summary(db: Database, version: int) -> pd.DataFrame:
    """The uploaded-survey aggregates as of ``version``, by the pages' own query."""
    snapshot = Database(db.data_root, db.curated_dir, as_of=version, curated=False)
    return surveys.uploaded_summary(snapshot)


def _count(value: object) -> int:
    try:
        return int(value or 0)
    except (TypeError, ValueError):  # a garbled count in an event: said as none, never a crash
        return 0


def _number(value: object) -> float | None:
    return None if value is None or pd.isna(value) else float(value)


def moved_figures(before: pd.DataFrame, after: pd.DataFrame) -> tuple[Moved, ...]:
    """The figures that differ between two ``uploaded_summary`` frames (mean or N), largest move first;
    figures that appear or disappear come first."""
    columns = [*FIGURE_KEY, "n", "mean"]
    joined = before[columns].merge(after[columns], on=FIGURE_KEY, how="outer", suffixes=("_before", "_after"))
    out = []
    for row in joined.itertuples(index=False):
        mean_before, mean_after = _number(row.mean_before), _number(row.mean_after)
        n_before = 0 if pd.isna(row.n_before) else int(row.n_before)
        n_after = 0 if pd.isna(row.n_after) else int(row.n_after)
        same_mean = (mean_before is None and mean_after is None) or (
            mean_before is not None and mean_after is not None and math.isclose(mean_before, mean_after)
        )
        if same_mean and n_before == n_after:
            continue
        out.append(
            Moved(
                str(row.municipality_id),
                str(row.experiment_id),
                str(row.respondent_group),
                str(row.question),
                str(row.wave),
                mean_before,
                mean_after,
                n_before,
                n_after,
            )
        )

    def order(m: Moved) -> tuple:
        appeared = m.before is None or m.after is None
        size = 0.0 if appeared else abs(m.after - m.before)  # type: ignore[operator]
        return (not appeared, -size, m.experiment_id, m.question, m.wave, m.municipality_id)

    return tuple(sorted(out, key=order))


def changes(db: Database, limit: int = 50) -> list[Change]:
    """The newest ``limit`` uploads and withdrawals of the log, newest first, each with the figures it moved.

    Each version's aggregates are computed once (a change's "after" is the next one's "before")."""
    events = batches.read_events(db.data_root)
    if db.as_of is not None:  # a page as of version N lists the changes up to N
        events = events[: db.as_of]
    uploads = {e["batch_id"]: e for e in events if e.get("event") == "upload" and isinstance(e.get("batch_id"), str)}
    positions = [i + 1 for i, e in enumerate(events) if e.get("event") in KINDS and isinstance(e.get("batch_id"), str)][
        ::-1
    ][:limit]
    summaries: dict[int, pd.DataFrame] = {}

    def summary(version: int) -> pd.DataFrame:
        if version not in summaries:
            summaries[version] = _summary(db, version)
        return summaries[version]

    out = []
    for version in positions:
        event = events[version - 1]
        upload = uploads.get(event["batch_id"], {})
        out.append(
            Change(
                version=version,
                kind=event["event"],
                time=batches.event_time(event),
                batch_id=event["batch_id"],
                key_name=str(event.get("key_name") or ""),
                file_name=str(upload.get("file_name") or ""),
                waves=tuple(str(w) for w in upload.get("waves", ())),
                answers=_count(upload.get("rows")),
                respondents=_count(upload.get("respondents")),
                reason=str(event.get("reason") or "") if event["event"] == "withdraw" else "",
                moved=moved_figures(summary(version - 1), summary(version)),
            )
        )
    return out


def latest_version(db: Database) -> int:
    """The newest data version: the number of events in the log."""
    return batches.log_version(db.data_root)
