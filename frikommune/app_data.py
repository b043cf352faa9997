"""The Streamlit edge of the data layer: one cached Database per process, aggregates cached per data version.

Domain functions take a ``Database`` as first argument and know nothing of Streamlit, so tests call them
directly; pages call them through ``cached`` so a rerun reuses the aggregate until the data version changes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ParamSpec, TypeVar

import streamlit as st

from frikommune import config
from frikommune.db import Database

P = ParamSpec("P")
R = TypeVar("R")
_REGISTRY: dict[str, Callable[..., object]] = {}


@st.cache_resource(show_spinner=False)
def database() -> Database:
    """The process's Database (curated tables loaded once)."""
    from frikommune import batches

    batches.recover(config.data_root())  # start-up recovery: leftovers of a crashed upload go first
    return Database()


def data_version() -> str:
    """The current data version; reloads the upload tables when the upload log changed."""
    db = database()
    db.refresh_uploads()
    return db.data_version


@st.cache_data(show_spinner=False, max_entries=512)
def _run(name: str, version: str, args: tuple, kwargs: tuple) -> object:
    # ``version`` is part of the cache key only: a new upload or withdrawal gives a new version.
    return _REGISTRY[name](database(), *args, **dict(kwargs))


def cached(fn: Callable[P, R]) -> Callable[..., R]:
    """Wrap ``fn(db, *args)`` as ``fn(*args)`` cached by Streamlit and keyed by the data version."""
    name = f"{fn.__module__}.{fn.__qualname__}"
    _REGISTRY[name] = fn

    def call(*args: object, **kwargs: object) -> R:
        return _run(name, data_version(), tuple(args), tuple(sorted(kwargs.items())))  # type: ignore[return-value]

    call.__doc__ = fn.__doc__
    call.__name__ = fn.__name__
    return call
