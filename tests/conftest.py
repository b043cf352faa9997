"""Shared fixtures: the seeds' location, an empty data root, the curated database, and a running app server for
browser tests."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

from bench.streamlit_server import StreamlitServer
from frikommune.data.config import curated_dir
from frikommune.data.db import Database

REPO = Path(__file__).resolve().parents[1]
SEEDS = Path(os.environ.get("FRIKOMMUNE_SEEDS", REPO.parent / "shared" / "seeds"))
ARTIFACTS = REPO / "test-artifacts"


@pytest.fixture
def seeds() -> Path:
    """The source documents; tests that verify provenance skip with a clear message where they are absent."""
    if not SEEDS.is_dir():
        pytest.skip(f"the source documents are not here ({SEEDS}); put ../shared/seeds beside the repo")
    return SEEDS


@pytest.fixture(scope="session")
def db(tmp_path_factory) -> Database:
    """The committed curated data with no uploads (tests/domain/ overrides it with its small fixture dataset)."""
    return Database(data_root=str(tmp_path_factory.mktemp("no-uploads")), curated_dir=curated_dir())


@pytest.fixture
def no_frikommune_settings(monkeypatch) -> None:
    """Every FRIKOMMUNE_* setting of the environment removed, and no secrets file: the code's defaults only."""
    for name in [n for n in os.environ if n.startswith("FRIKOMMUNE_")]:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("FRIKOMMUNE_SECRETS", str(Path(tempfile.gettempdir()) / "no-such-secrets.toml"))


@pytest.fixture
def data_root(tmp_path, monkeypatch) -> Path:
    """An empty data root for uploads, used by the app instead of the repo's data/."""
    root = tmp_path / "data-root"
    root.mkdir()
    monkeypatch.setenv("FRIKOMMUNE_DATA_ROOT", str(root))
    return root


class AppServer(StreamlitServer):
    """`streamlit run app.py` with its own data root and upload key (no secrets file)."""

    def __init__(self, root: Path, upload_key: str = "test-key") -> None:
        self.root = root
        self.upload_key = upload_key
        env = {
            "FRIKOMMUNE_DATA_ROOT": str(root),
            "FRIKOMMUNE_UPLOAD_KEY": upload_key,
            "FRIKOMMUNE_SECRETS": str(root / "no-secrets.toml"),
        }
        super().__init__("app.py", env, root / "server.log")


@pytest.fixture(scope="session")
def app_server(tmp_path_factory):
    server = AppServer(tmp_path_factory.mktemp("browser-root"))
    yield server
    server.stop()


@pytest.fixture(scope="session")
def browser():
    """Debian's headless chromium driven by Playwright (never a downloaded browser); a fresh profile per run."""
    chromium = Path("/usr/bin/chromium")
    if not chromium.exists():
        pytest.fail("/usr/bin/chromium is missing: `make test` installs Debian's chromium with apt-get")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=str(chromium),
            args=[
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
            ],
        )
        yield browser
        browser.close()
