"""Upload keys: uploading needs one, browsing never does.

Keys come from the environment (``FRIKOMMUNE_UPLOAD_KEY``, logged under the name ``env``) and from
``.streamlit/secrets.toml``::

    [upload_keys]
    aalborg-analyse = "a long random string"
    konsulent-nord = "another long random string"

The key's *name* (never the key) is what the batch log records as the uploader.

Wrong keys are logged (the session, never what was typed) and slowed down: after ``FREE_ATTEMPTS`` wrong keys
from one session, or ``GLOBAL_FREE`` from all sessions within ``WINDOW_SECONDS``, every further attempt waits
(1, 2, 4 … up to ``MAX_WAIT_SECONDS`` seconds) before it is answered, so guessing is slow even across sessions.
"""

from __future__ import annotations

import collections
import hashlib
import hmac
import logging
import os
import threading
import time

from frikommune.data import config

log = logging.getLogger(__name__)

FREE_ATTEMPTS = 3
GLOBAL_FREE = 20
WINDOW_SECONDS = 600.0
MAX_WAIT_SECONDS = 30.0

_lock = threading.Lock()
_failures: dict[str, collections.deque] = collections.defaultdict(collections.deque)
_all_failures: collections.deque = collections.deque()


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


def _prune(q: collections.deque, now: float) -> None:
    while q and now - q[0] > WINDOW_SECONDS:
        q.popleft()


def delay_for(client: str, now: float | None = None) -> float:
    """Seconds the next attempt from ``client`` waits, given the recent wrong keys (0 for the first few)."""
    now = time.monotonic() if now is None else now
    with _lock:
        mine, everyone = _failures[client], _all_failures
        _prune(mine, now)
        _prune(everyone, now)
        over = max(len(mine) - FREE_ATTEMPTS + 1, len(everyone) - GLOBAL_FREE + 1, 0)
    return 0.0 if over <= 0 else min(2.0 ** (over - 1), MAX_WAIT_SECONDS)


def check_key(given_key: str, client: str, sleep=time.sleep) -> str | None:
    """Like :func:`upload_key_name`, but slowed down after repeated wrong keys, and every wrong key logged.

    ``client`` names the caller (the Streamlit session); it is logged as a short hash, never the key typed.
    """
    wait = delay_for(client)
    if wait:
        sleep(wait)
    name = upload_key_name(given_key)
    if given_key and name is None:
        now = time.monotonic()
        with _lock:
            _failures[client].append(now)
            _all_failures.append(now)
            count = len(_failures[client])
        log.warning(
            "wrong upload key from session %s (%d wrong in %.0f min; next attempt waits %.0f s)",
            hashlib.sha256(client.encode()).hexdigest()[:10],
            count,
            WINDOW_SECONDS / 60,
            delay_for(client),
        )
    return name
