"""`python -m frikommune.data.devkey`: make sure a local upload key exists for trying uploads, and print it.

Only for a local `make run`: the key goes into .streamlit/secrets.toml (never committed). A deployment sets
its own keys there or in FRIKOMMUNE_UPLOAD_KEY, and then this prints nothing new.
"""

import os
import secrets
import tomllib
from pathlib import Path

from frikommune.data.config import REPO_ROOT

SECRETS = Path(os.environ.get("FRIKOMMUNE_SECRETS", REPO_ROOT / ".streamlit" / "secrets.toml"))


def ensure_local_key() -> str:
    """The message to print: the existing configuration, or a new local key written to secrets.toml."""
    if os.environ.get("FRIKOMMUNE_UPLOAD_KEY"):
        return "Upload-nøgle: sat i FRIKOMMUNE_UPLOAD_KEY / upload key set in FRIKOMMUNE_UPLOAD_KEY."
    existing = tomllib.loads(SECRETS.read_text(encoding="utf-8")) if SECRETS.is_file() else {}
    if existing.get("upload_keys"):
        return f"Upload-nøgler findes i / upload keys are in {SECRETS.relative_to(REPO_ROOT)}."
    key = secrets.token_urlsafe(18)
    with SECRETS.open("a", encoding="utf-8") as fh:
        fh.write(f'\n[upload_keys]\nlokal = "{key}"\n')
    return f"Lokal upload-nøgle / local upload key (in .streamlit/secrets.toml): {key}"


if __name__ == "__main__":
    print(ensure_local_key())
