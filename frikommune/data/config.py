"""Where the data lives and which secrets are configured: environment first, then .streamlit/secrets.toml."""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DATA_ROOT = REPO_ROOT / "data"


def _secrets() -> dict:
    # Read the TOML directly instead of st.secrets, so plain scripts and the CLI see the same settings.
    path = Path(os.environ.get("FRIKOMMUNE_SECRETS", REPO_ROOT / ".streamlit" / "secrets.toml"))
    if not path.is_file():
        return {}
    with path.open("rb") as fh:
        return tomllib.load(fh)


def setting(name: str, default: str | None = None) -> str | None:
    """A setting from the environment (FRIKOMMUNE_<NAME>) or secrets.toml (<name>), else ``default``."""
    env = os.environ.get(f"FRIKOMMUNE_{name.upper()}")
    if env:
        return env
    value = _secrets().get(name.lower())
    return str(value) if value not in (None, "") else default


def data_root() -> str:
    """The data root: a local folder (default: the repo's data/) or an object-store URL such as s3://bucket/prefix."""
    return setting("data_root", str(DEFAULT_DATA_ROOT)) or str(DEFAULT_DATA_ROOT)


def curated_dir() -> Path:
    """The reviewed, git-tracked curated tables; always the repo's own, whatever the data root."""
    return REPO_ROOT / "data" / "curated"
