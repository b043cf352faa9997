"""AppTest fixtures: the app on an empty data root, with Streamlit's caches cleared between tests."""

from __future__ import annotations

from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

APP = str(Path(__file__).resolve().parents[2] / "app.py")


@pytest.fixture
def app(data_root, monkeypatch):
    """A function that opens a page of the app (optionally with URL query parameters) and runs it."""
    monkeypatch.setenv("FRIKOMMUNE_SECRETS", str(data_root / "no-secrets.toml"))
    st.cache_data.clear()
    st.cache_resource.clear()

    def open_page(page: str = "pages/overview.py", **query: str) -> AppTest:
        at = AppTest.from_file(APP, default_timeout=60)
        for key, value in query.items():
            at.query_params[key] = value
        at.run()
        if page != "pages/overview.py":
            at.switch_page(page)
            at.run()
        assert not at.exception, [e.value for e in at.exception]
        return at

    yield open_page
    st.cache_data.clear()
    st.cache_resource.clear()


def texts(at: AppTest) -> str:
    """Everything the page wrote as text (markdown, captions, headers, metrics), for content checks."""
    parts = [
        e.value
        for kind in ("markdown", "caption", "title", "header", "subheader", "info", "success", "warning", "error")
        for e in getattr(at, kind)
    ]
    parts += [f"{m.label} {m.value}" for m in at.metric]
    return "\n".join(str(p) for p in parts)
