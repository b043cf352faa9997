"""A data root in an S3-compatible bucket (``s3://bucket/prefix``), so several app replicas serve the same data.

The same guarantees as the local folder (see :mod:`frikommune.data.storage`), from S3's own semantics:

- ``write_bytes_atomic`` is one PUT: S3 makes an object visible only once it is complete, so a reader sees the
  old object, no object, or the whole new one - never half a batch. Nothing temporary is ever left behind.
- ``create_exclusive`` is a PUT with ``If-None-Match: *`` (S3 conditional writes): of several replicas claiming
  the same content hash or log name at once exactly one succeeds, the others get 412 Precondition Failed.
  The store must support conditional writes (AWS S3 since 2024, MinIO, moto); on one that silently ignores the
  header two simultaneous uploads of the same file could both land - see README "Deployment".

DuckDB reads the batches through the same s3fs filesystem, registered on its connection with
:func:`register_duckdb` (DuckDB's own httpfs extension is not needed, so nothing is downloaded at run time).

Settings (environment ``FRIKOMMUNE_<NAME>`` or ``.streamlit/secrets.toml`` ``<name>``): ``s3_endpoint_url``
(for MinIO, Ceph, moto, ...; empty for AWS), ``s3_region``, ``s3_access_key_id`` and ``s3_secret_access_key``.
Without explicit keys botocore's usual chain applies (``AWS_ACCESS_KEY_ID``/``AWS_SECRET_ACCESS_KEY``,
``~/.aws``, an instance or pod role).
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable

from frikommune.data.config import setting
from frikommune.data.storage import Storage, _clean, is_temp_name

_S3_ROOT = re.compile(r"^s3a?://(?P<bucket>[a-z0-9][a-z0-9.\-]{1,61}[a-z0-9])(?:/(?P<prefix>.*))?$")


def is_s3_root(root: object) -> bool:
    """True for a data root that names a bucket (``s3://bucket`` or ``s3://bucket/prefix``)."""
    return str(root).startswith(("s3://", "s3a://"))


def _seconds(name: str, default: float) -> float:
    try:
        value = setting(name)
        return float(value) if value is not None else default
    except ValueError:
        return default


def s3_options() -> dict:
    """The s3fs options from the settings; credentials only when configured, else botocore's chain decides."""
    options: dict = {"use_listings_cache": False}  # other replicas add files: every list must ask the store
    # Every request has a deadline: a stalled endpoint costs one clear message after seconds, never a hung page.
    # s3fs retries timeouts itself (5 times by default, with backoff): one layer of retries, s3fs's, bounded.
    options["config_kwargs"] = {
        "connect_timeout": _seconds("s3_connect_timeout", 5.0),
        "read_timeout": _seconds("s3_read_timeout", 20.0),
        "retries": {"max_attempts": 1, "mode": "standard"},
    }
    options["_attempts"] = max(1, int(_seconds("s3_max_attempts", 2)))
    endpoint = setting("s3_endpoint_url")
    region = setting("s3_region")
    key, secret = setting("s3_access_key_id"), setting("s3_secret_access_key")
    if endpoint:
        options["endpoint_url"] = endpoint
    if region:
        options["client_kwargs"] = {"region_name": region}
    if key and secret:
        options["key"], options["secret"] = key, secret
    return options


@functools.lru_cache(maxsize=8)
def _filesystem(frozen_options: str):
    import s3fs  # only a deployment on S3 needs it

    options = json.loads(frozen_options)
    attempts = options.pop("_attempts", None)
    fs = s3fs.S3FileSystem(**options)
    if attempts:
        fs.retries = attempts
    return fs


def filesystem():
    """One s3fs filesystem per process and configuration (creating a client costs tens of milliseconds)."""
    return _filesystem(json.dumps(s3_options(), sort_keys=True))


class S3Storage(Storage):
    """A data root in a bucket: ``s3://bucket/prefix``; relative paths become keys under the prefix."""

    def __init__(self, root: str, fs=None):
        match = _S3_ROOT.match(str(root).rstrip("/"))
        if not match:
            raise ValueError(f"not an S3 data root (expected s3://bucket/prefix): {root!r}")
        self.bucket = match["bucket"]
        self.prefix = (match["prefix"] or "").strip("/")
        if self.prefix:
            _clean(self.prefix)
        self.root = f"s3://{self.bucket}/{self.prefix}" if self.prefix else f"s3://{self.bucket}"
        self.fs = fs if fs is not None else filesystem()

    def _key(self, path: str) -> str:
        path = _clean(path)
        return f"{self.prefix}/{path}" if self.prefix else path

    def _fs_path(self, path: str) -> str:
        return f"{self.bucket}/{self._key(path)}"

    def read_bytes(self, path: str) -> bytes:
        return self.fs.cat_file(self._fs_path(path))

    def write_bytes_atomic(self, path: str, data: bytes, before_rename: Callable[[], None] | None = None) -> None:
        # There is no temporary name on S3: the hook runs before the single PUT that makes the object appear.
        key = self._key(path)
        if before_rename is not None:
            before_rename()
        self.fs.call_s3("put_object", Bucket=self.bucket, Key=key, Body=bytes(data))

    def create_exclusive(self, path: str, data: bytes = b"") -> bool:
        try:
            self.fs.call_s3("put_object", Bucket=self.bucket, Key=self._key(path), Body=bytes(data), IfNoneMatch="*")
        except FileExistsError:  # s3fs's translation of 412 Precondition Failed: the key already exists
            return False
        except OSError as exc:
            # 409 ConditionalRequestConflict: another conditional PUT of this key is in flight and will win.
            if "ConditionalRequestConflict" in repr(exc) or "ConditionalRequestConflict" in repr(exc.__cause__):
                return False
            raise
        return True

    def list(self, prefix: str, include_temp: bool = False) -> list[str]:
        folder = prefix.strip("/")
        base = (
            f"{self.bucket}/{self._key(folder)}"
            if folder
            else (f"{self.bucket}/{self.prefix}" if self.prefix else self.bucket)
        )
        try:
            found = self.fs.find(base, detail=False)
        except FileNotFoundError:
            return []
        strip = f"{self.bucket}/{self.prefix}/" if self.prefix else f"{self.bucket}/"
        out = []
        for name in found:
            rel = name[len(strip) :] if name.startswith(strip) else name
            if not rel or rel.endswith("/"):
                continue
            if not include_temp and is_temp_name(rel):
                continue
            out.append(rel)
        return sorted(out)

    def exists(self, path: str) -> bool:
        try:
            return self.fs.info(self._fs_path(path)).get("type") == "file"
        except FileNotFoundError:
            return False

    def remove(self, path: str) -> None:
        try:
            self.fs.rm_file(self._fs_path(path))
        except FileNotFoundError:
            pass

    def modified(self, path: str) -> float:
        return self.fs.info(self._fs_path(path))["LastModified"].timestamp()

    def url(self, path: str) -> str:
        return f"s3://{self._fs_path(path)}"


def register_duckdb(con, data_root: str | None) -> None:
    """Let DuckDB's ``read_parquet('s3://…')`` on ``con`` go through s3fs; a no-op for a local data root."""
    if data_root is None or not is_s3_root(data_root):
        return
    if not con.filesystem_is_registered("s3"):
        con.register_filesystem(filesystem())
