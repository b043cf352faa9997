"""Upload keys: uploading needs one, browsing never does.

Keys come from the environment (``FRIKOMMUNE_UPLOAD_KEY``, logged under the name ``env``) and from
``.streamlit/secrets.toml``::

    [upload_keys]
    aalborg-analyse = "a long random string"
    konsulent-nord = "another long random string"

The key's *name* (never the key) is what the batch log records as the uploader.
"""

from __future__ import annotations

import hmac
import os

from frikommune import config


def _configured_keys() -> dict[str, str]:
    keys: dict[str, str] = {}
    table = config._secrets().get("upload_keys")
    if isinstance(table, dict):
        keys.update({str(name): str(key) for name, key in table.items() if isinstance(key, (str, int)) and str(key)})
    env = os.environ.get("FRIKOMMUNE_UPLOAD_KEY", "")
    if env:
        keys["env"] = env
    return keys


def upload_configured() -> bool:
    """True if at least one upload key is configured (otherwise the upload page explains how to set one)."""
    return bool(_configured_keys())


def upload_key_name(given_key: str) -> str | None:
    """The name of the configured key equal to ``given_key``, or None (empty or wrong key)."""
    if not given_key:
        return None
    given = given_key.strip().encode("utf-8")
    match = None
    # Compare against every key in constant time, without stopping at the first match.
    for name, key in _configured_keys().items():
        if hmac.compare_digest(given, key.encode("utf-8")) and match is None:
            match = name
    return match
