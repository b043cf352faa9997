"""The domain tests run on the small dataset of tests/fixture_data.py, never on data/curated."""

from __future__ import annotations

import pytest

from frikommune.data.db import Database
from tests.fixture_data import open_database


@pytest.fixture(scope="session")
def db(tmp_path_factory) -> Database:
    """A Database over the fixture's curated tables (read-only for the tests: one per session)."""
    return open_database(tmp_path_factory.mktemp("fixture"))
