"""What each upload and withdrawal changed: the batch log as a list of changes, each with the figures it moved.

A data version is a position in the ordered log (DESIGN §5): version N is the data after the first N events.
The figures compared are the uploaded-survey aggregates the Tilfredshed and Sammenlign pages read
(``surveys.uploaded_summary``, by its query), as of version N - 1 and N.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd

from frikommune.data import batches
from frikommune.data.db import FIGURE_KEY, BatchHistograms, Database

KINDS = ("upload", "withdraw")  # the events people made; recovery's own events change no figure
SUMMARY_QUERY = "satisfaction/uploaded_summary"  # the aggregates Tilfredshed and Sammenlign show (surveys.py)


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


def _count(value: object) -> int:
    try:
        return int(value or 0)
    except (TypeError, ValueError):  # a garbled count in an event: said as none, never a crash
        return 0


def _number(value: object) -> float | None:
    return None if value is None or pd.isna(value) else float(value)


Figures = dict[tuple[str, ...], tuple[int, float | None]]  # (N, mean) per figure key


def _text(value: object) -> str:
    return "" if value is None or pd.isna(value) else str(value)


def _figures(summary: pd.DataFrame) -> Figures:
    """(N, mean) per figure of an ``uploaded_summary`` frame."""
    keys = zip(*(summary[c].map(_text) for c in FIGURE_KEY))
    return {key: (_count(n), _number(mean)) for key, n, mean in zip(keys, summary["n"], summary["mean"])}


def moved_figures(before: pd.DataFrame, after: pd.DataFrame) -> tuple[Moved, ...]:
    """The figures that differ between two ``uploaded_summary`` frames (mean or N), largest move first;
    figures that appear or disappear come first."""
    old, new = _figures(before), _figures(after)
    return _moved(old, new, old.keys() | new.keys())


def _moved(old: Figures, new: Figures, keys: Iterable[tuple[str, ...]]) -> tuple[Moved, ...]:
    """The figures among ``keys`` whose N or mean differ between ``old`` and ``new``, in the order of
    :func:`moved_figures`."""
    # Plain dicts, not a pandas merge: a change moves a batch's few figures, and a merge costs more than they do.
    out = []
    for key in keys:
        n_before, mean_before = old.get(key, (0, None))
        n_after, mean_after = new.get(key, (0, None))
        same_mean = (mean_before is None and mean_after is None) or (
            mean_before is not None and mean_after is not None and math.isclose(mean_before, mean_after)
        )
        if not (same_mean and n_before == n_after):
            out.append(Moved(*key, mean_before, mean_after, n_before, n_after))

    def order(m: Moved) -> tuple:
        appeared = m.before is None or m.after is None
        size = 0.0 if appeared else abs(m.after - m.before)  # type: ignore[operator]
        return (not appeared, -size, m.experiment_id, m.question, m.wave, m.municipality_id)

    return tuple(sorted(out, key=order))


def changes(db: Database, limit: int = 50) -> list[Change]:
    """The newest ``limit`` uploads and withdrawals of the log, newest first, each with the figures it moved.

    The log is read up to the version ``db`` holds (a page run lists the changes of its own data version). The
    batches' histograms are read once, and each change compares only the figures of its own batch, before and
    after it, by the pages' own query: the cost grows with the changes listed, not with the length of the log.
    """
    events = batches.read_events(db.data_root)[: db.log_version]
    uploads = {e["batch_id"]: e for e in events if e.get("event") == "upload" and isinstance(e.get("batch_id"), str)}
    positions = [i + 1 for i, e in enumerate(events) if e.get("event") in KINDS and isinstance(e.get("batch_id"), str)][
        ::-1
    ][:limit]
    if not positions:
        return []
    moved = _moved_by_version(db, events[: positions[0]], positions)
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
                moved=moved[version],
            )
        )
    return out


def _moved_by_version(db: Database, events: list[dict], versions: list[int]) -> dict[int, tuple[Moved, ...]]:
    """For each of ``versions``: the figures its event moved, between the pages' aggregates as of the version
    before and as of it. Only the event's own batch can move a figure, so only its figures are compared; each
    version's aggregates are computed once, over the figures of the changes on either side of it."""
    active, good = batches.active_by_version(db.data_root, events)
    window = sorted({bid for version in versions for bid in active[version - 1] | active[version]})
    histograms = BatchHistograms(db.data_root, [good[bid].histogram_url for bid in window])
    # A damaged or unknown batch, or a second withdrawal, has no figures here: it moved nothing.
    touched = {version: histograms.figures_of(events[version - 1]["batch_id"]) for version in versions}
    needed: dict[int, set[tuple[str, ...]]] = {}
    for version, figures in touched.items():
        for side in (version - 1, version):
            needed.setdefault(side, set()).update(figures)
    aggregates = {
        version: _figures(histograms.query(SUMMARY_QUERY, active[version], frozenset(figures), experiment=""))
        for version, figures in needed.items()
        if figures
    }
    return {
        version: _moved(aggregates[version - 1], aggregates[version], figures) if figures else ()
        for version, figures in touched.items()
    }


def latest_version(db: Database) -> int:
    """The newest data version: the number of events in the log."""
    return batches.log_version(db.data_root)
