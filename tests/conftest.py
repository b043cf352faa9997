"""Shared fixtures: the seeds' location, an empty data root, and a running app server for browser tests."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SEEDS = Path(os.environ.get("FRIKOMMUNE_SEEDS", REPO.parent / "shared" / "seeds"))
ARTIFACTS = REPO / "test-artifacts"


@pytest.fixture
def seeds() -> Path:
    """The source documents; tests that verify provenance skip with a clear message where they are absent."""
    if not SEEDS.is_dir():
        pytest.skip(f"the source documents are not here ({SEEDS}); put ../shared/seeds beside the repo")
    return SEEDS


@pytest.fixture
def data_root(tmp_path, monkeypatch) -> Path:
    """An empty data root for uploads, used by the app instead of the repo's data/."""
    root = tmp_path / "data-root"
    root.mkdir()
    monkeypatch.setenv("FRIKOMMUNE_DATA_ROOT", str(root))
    return root


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class AppServer:
    """`streamlit run app.py` on a free port with its own data root and upload key."""

    def __init__(self, root: Path, upload_key: str = "test-key") -> None:
        self.port = _free_port()
        self.root = root
        self.upload_key = upload_key
        env = {**os.environ, "FRIKOMMUNE_DATA_ROOT": str(root), "FRIKOMMUNE_UPLOAD_KEY": upload_key,
               "FRIKOMMUNE_SECRETS": str(root / "no-secrets.toml")}
        # The server's output goes to a file: an unread pipe fills up (64 KB) and then blocks the server mid-suite.
        # No file watcher: others editing the tree flood inotify, and a test server never reloads anyway.
        self.log_path = root / "server.log"
        self._log = self.log_path.open("wb")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(self.port),
             "--server.headless", "true", "--browser.gatherUsageStats", "false",
             "--server.fileWatcherType", "none"],
            cwd=REPO, env=env, stdout=self._log, stderr=subprocess.STDOUT,
        )
        self.url = f"http://127.0.0.1:{self.port}"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if urllib.request.urlopen(f"{self.url}/_stcore/health", timeout=2).status == 200:
                    return
            except OSError:
                time.sleep(0.3)
        self.stop()
        raise RuntimeError("the app server did not start within 60 s")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self._log.close()


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
            args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        )
        yield browser
        browser.close()
