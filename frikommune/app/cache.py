"""The Streamlit edge of the data layer: one cached Database per process, aggregates cached per data version.

Domain functions take a ``Database`` as first argument and know nothing of Streamlit, so tests call them
directly; pages call them through ``cached`` so a rerun reuses the aggregate until the data version changes.

A page run sees one data version: app.py calls :func:`pin_run` first, and every cached call of that run uses
the Database and version pinned there. ``?v=N`` pins the run to data version N (a position in the upload log):
a Database of its own, kept in a small least-recently-used set, since batches are immutable and N never changes.

What a rerun costs is what a room full of sessions multiplies (bench/README.md, the load step), so the path
of a cached call is short: the data version is looked up at most every ``UPLOAD_CHECK_S`` seconds per process
(not listed per query per rerun), and an answer is shared by every session of the process instead of being
unpickled per call. DataFrames are handed out as shallow copies: pandas' copy-on-write keeps whatever a page does
to its copy out of the shared answer.
"""

from __future__ import annotations

import atexit
import copy
import dataclasses
import gc
import sys
import threading
import time
import weakref
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import ParamSpec, TypeVar

import pandas as pd
import streamlit as st

from frikommune.data import config
from frikommune.data.db import Database

P = ParamSpec("P")
R = TypeVar("R")
_REGISTRY: dict[str, Callable[..., object]] = {}

UPLOAD_CHECK_S = 2.0  # a new or withdrawn batch (from any replica) shows within this many seconds
MAX_ENTRIES = 512  # answers kept per process (least recently used go first)
MAX_PINNED = 3  # databases of earlier versions (?v=N) kept per process: each holds the curated tables again


@st.cache_resource(show_spinner=False)
def database() -> Database:
    """The process's Database (curated tables loaded once)."""
    from frikommune.data import batches

    batches.recover(config.data_root())  # start-up recovery: leftovers of a crashed upload go first
    db = Database()
    import plotly.graph_objects  # noqa: F401 - every page draws with it: loaded before the first freeze

    if not _frozen_at_modules:
        _freeze_long_lived()
    return db


_frozen_at_modules = 0
_FREEZE_LOCK = threading.Lock()


def _freeze_long_lived() -> None:
    """Move what lives as long as the process (modules, the curated tables) out of the garbage collector's sight.

    Streamlit runs a full ``gc.collect()`` after every script run (``runner.postScriptGC``). In this process it
    walks the objects of pandas, pyarrow, plotly, scipy and DuckDB each time: 0.1 s and more, about a quarter of
    a rerun's server time under load. Frozen objects are still freed when nothing refers to them; only reference
    cycles among them are never collected, which is right for modules. Called again when a page has imported
    many more modules (scipy and statsmodels come with the statistics pages); objects made later are collected
    as before.
    """
    global _frozen_at_modules
    with _FREEZE_LOCK:
        if not _frozen_at_modules:
            atexit.register(gc.unfreeze)  # a normal collection at exit (extensions check for leaks there)
        gc.collect()
        gc.freeze()
        _frozen_at_modules = len(sys.modules)


@st.cache_data(show_spinner=False)
def _cleared_marker() -> float:
    # Recomputed after ``st.cache_data.clear()`` (the upload page calls it after a store or a withdrawal), which
    # makes the next data_version() look at the upload log at once: the uploader sees the batch immediately.
    return time.monotonic()


_last_marker: list[float] = []


def data_version() -> str:
    """The current data version; reloads the upload tables when the upload log changed (looked at every few s)."""
    db = database()
    if len(sys.modules) > _frozen_at_modules + 50:
        _freeze_long_lived()
    marker = _cleared_marker()
    forced = _last_marker != [marker]
    _last_marker[:] = [marker]
    db.refresh_uploads(max_age=0.0 if forced else UPLOAD_CHECK_S)
    return db.data_version


class _Answers:
    """A bounded, thread-safe least-recently-used store of computed answers, one per Database."""

    def __init__(self) -> None:
        self._items: OrderedDict[tuple, object] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple, compute: Callable[[], object]) -> object:
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                return self._items[key]
        value = compute()  # outside the lock: two sessions may compute the same answer once each, never wait
        with self._lock:
            self._items[key] = value
            while len(self._items) > MAX_ENTRIES:
                self._items.popitem(last=False)
        return value


# Kept beside (not inside) each Database, and only as long as it lives: a new Database (tests clear
# st.cache_resource, an old version leaves the pinned set) starts empty and an earlier one's answers go with it.
_STORES: weakref.WeakKeyDictionary[Database, _Answers] = weakref.WeakKeyDictionary()
_STORES_LOCK = threading.Lock()


def _answers(db: Database) -> _Answers:
    with _STORES_LOCK:
        store = _STORES.get(db)
        if store is None:
            store = _STORES[db] = _Answers()
        return store


@dataclass(frozen=True)
class RunVersion:
    """The data version one page run sees."""

    db: Database
    key: str  # the data version string answers are cached under
    pinned: int | None = None  # N of ``?v=N``; None: the newest data
    pinned_at: object = None  # the time (datetime, UTC) of change N
    invalid: bool = False  # a ``v`` was given but names no version: the newest data is shown


_PINNED: OrderedDict[tuple[str, str, int], tuple[Database, object]] = OrderedDict()
_PINNED_LOCK = threading.Lock()
_run = threading.local()  # a script run runs in one thread, and app.py pins it first


def _database_at(version: int) -> tuple[Database, object] | None:
    """The Database of data version ``version`` and the time of that change; None if there is no such version."""
    from frikommune.data import batches

    root = config.data_root()
    key = (root, str(config.curated_dir()), version)
    with _PINNED_LOCK:
        if key in _PINNED:
            _PINNED.move_to_end(key)
            return _PINNED[key]
    events = batches.read_events(root)  # a version once valid stays valid: only a miss looks at the log
    if not 1 <= version <= len(events):
        return None
    held = (Database(root, as_of=version), batches.event_time(events[version - 1]))
    with _PINNED_LOCK:
        held = _PINNED.setdefault(key, held)
        while len(_PINNED) > MAX_PINNED:
            _PINNED.popitem(last=False)
    return held


def pin_run(requested: str | None) -> RunVersion:
    """Pin this page run to one data version: version N for ``requested`` = "N", else the newest.

    A ``requested`` that is not a version of the log (not a number, 0, negative, beyond the newest) is reported
    as ``invalid`` and the newest data is shown. Never raises for any text.
    """
    version: RunVersion | None = None
    if requested is not None:
        text = str(requested).strip()
        number = int(text) if text.isdigit() and len(text) < 10 else 0
        held = _database_at(number) if number else None
        if held is not None:
            db, at = held
            version = RunVersion(db, db.data_version, pinned=number, pinned_at=at)
    if version is None:
        data_version()  # loads the newest version if the log changed; the run then holds that one version
        snapshot = database().snapshot()  # refreshes by other sessions during the run never reach it
        version = RunVersion(snapshot, snapshot.data_version, invalid=requested is not None)  # type: ignore[arg-type]
    _run.pin = version
    return version


def pin_unpinned_run(requested: str | None) -> None:
    """Pin a run that app.py did not start (a fragment's rerun, in a thread of its own) as ``pin_run`` would; a
    run that app.py pinned keeps its version."""
    if getattr(_run, "pin", None) is None:
        pin_run(requested)


def _current() -> tuple[Database, str]:
    pin: RunVersion | None = getattr(_run, "pin", None)
    if pin is not None and (pin.pinned is not None or getattr(pin.db, "database", None) is database()):
        return pin.db, pin.key
    data_version()  # outside a page run (tests, a fragment's own thread): the newest, as one snapshot
    snapshot = database().snapshot()
    return snapshot, snapshot.data_version  # type: ignore[return-value]


class _CopiesOnRead(dict):
    """A caller's own dict over a shared answer's values: each value is handed out (copied) when it is read.

    A cached answer such as the evidence holds hundreds of cells, each with its frames, of which a page reads a
    few: copying all of them on every call was 15 % of Forsøg's rerun. The dict itself is the caller's (adding or
    removing keys changes nothing shared); every way of reading a value goes through ``_handed_out``, and iterating
    is overridden so that ``dict(d)``, ``{**d}`` and ``update`` read through it as well instead of CPython's fast
    copy of the raw values.
    """

    def __getitem__(self, key: object) -> object:
        return _handed_out(dict.__getitem__(self, key))

    def get(self, key: object, default: object = None) -> object:
        return self[key] if key in self else default

    def __iter__(self):  # noqa: ANN204 - a key iterator, as dict's
        return iter(list(dict.keys(self)))

    def values(self):  # noqa: ANN201 - a list, where dict gives a view: reading each value copies it
        return [self[k] for k in dict.keys(self)]

    def items(self):  # noqa: ANN201
        return [(k, self[k]) for k in dict.keys(self)]

    def copy(self) -> dict:
        return dict(self.items())

    def pop(self, key: object, *default: object) -> object:
        return _handed_out(dict.pop(self, key, *default))

    def popitem(self) -> tuple:
        key, value = dict.popitem(self)
        return key, _handed_out(value)

    def setdefault(self, key: object, default: object = None) -> object:
        return _handed_out(dict.setdefault(self, key, default))

    def __reduce__(self):  # noqa: ANN204 - pickled (st.cache_data, deepcopy) as the plain dict it stands for
        return (dict, (self.items(),))


def _handed_out(value: R) -> R:
    """What a caller gets: a shallow copy of a frame (copy-on-write), immutables as they are, a figure rebuilt
    without validation, the parts of tuples, lists and dataclasses handed out one by one, a dict of its own whose
    values are handed out as they are read (``_CopiesOnRead``), anything else copied."""
    if isinstance(value, (pd.DataFrame, pd.Series)):
        return value.copy(deep=False)  # type: ignore[return-value]
    if isinstance(value, (str, int, float, bool, bytes, type(None), frozenset)):
        return value
    if isinstance(value, tuple):
        parts = [_handed_out(v) for v in value]
        return type(value)(*parts) if hasattr(value, "_fields") else tuple(parts)  # type: ignore[return-value]
    if isinstance(value, list):
        return [_handed_out(v) for v in value]  # type: ignore[return-value]
    if isinstance(value, dict) and type(value) in (dict, _CopiesOnRead):
        return _CopiesOnRead(dict.items(value))  # type: ignore[return-value]  # values copied when read
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        copied = copy.copy(value)
        for field in dataclasses.fields(value):
            object.__setattr__(copied, field.name, _handed_out(getattr(value, field.name)))
        return copied
    figure_type = getattr(sys.modules.get("plotly.basedatatypes"), "BaseFigure", None)
    if figure_type is not None and isinstance(value, figure_type):
        from frikommune.app.charts import figure_copy

        return figure_copy(value)
    return copy.deepcopy(value)


def cached(fn: Callable[P, R]) -> Callable[..., R]:
    """Wrap ``fn(db, *args)`` as ``fn(*args)``, its answer shared by every session until the data version changes.

    Arguments are part of the key, so they must be hashable (strings, numbers, tuples).
    """
    name = f"{fn.__module__}.{fn.__qualname__}"
    _REGISTRY[name] = fn

    def call(*args: object, **kwargs: object) -> R:
        db, version = _current()
        key = (name, version, args, tuple(sorted(kwargs.items())))
        return _handed_out(_answers(db).get(key, lambda: fn(db, *args, **kwargs)))  # type: ignore[return-value]

    call.__doc__ = fn.__doc__
    call.__name__ = fn.__name__
    return call


def _active_batch_count(db: Database) -> tuple[int, int]:
    """Uploaded batches not withdrawn, and how many of them are synthetic (a file named SYNTETISK…)."""
    counts = db.query("app/active_batch_count").iloc[0]
    return int(counts["batches"]), int(counts["synthetic"])


active_batch_count = cached(_active_batch_count)
