"""Where uploaded batches live: a small storage interface over the data root.

Everything the upload engine and the batch log touch goes through :class:`Storage`, so the local folder used
today can be swapped for an object store (S3) without touching ingest or the pages. Paths are always relative,
'/'-separated and free of '..'.

The guarantees the rest of the code relies on:

- ``write_bytes_atomic``: a reader sees either no file or the whole file, never a half-written one
  (local: write a hidden temporary file in the same folder, fsync, rename; S3: a single PUT).
- ``create_exclusive``: atomic *and* exclusive; exactly one of several concurrent callers gets True
  (local: temporary file + ``os.link``, which fails if the name exists; S3: PUT with ``If-None-Match: *``).
- ``list`` never returns temporary files unless asked to (recovery asks).
"""

from __future__ import annotations

import os
import re
import uuid
from abc import ABC, abstractmethod
from collections.abc import Callable
from pathlib import Path, PurePosixPath

# Temporary files are hidden and never end in .parquet/.json, so no glob over the data root picks them up.
TEMP_PREFIX = ".tmp-"
TEMP_SUFFIX = ".part"
_TEMP_RE = re.compile(r"^\.tmp-[0-9a-f]{32}-.*\.part$")


def is_temp_name(path: str) -> bool:
    """True for the name of a temporary file left by ``write_bytes_atomic``/``create_exclusive``."""
    return bool(_TEMP_RE.match(PurePosixPath(path).name))


def _clean(path: str) -> str:
    # Refuse anything that could leave the data root: absolute paths, '..', backslashes, empty parts.
    if not path or path.startswith("/") or "\\" in path or "\x00" in path:
        raise ValueError(f"invalid storage path: {path!r}")
    parts = path.split("/")
    if any(p in ("", ".", "..") for p in parts[:-1]) or parts[-1] in (".", ".."):
        raise ValueError(f"invalid storage path: {path!r}")
    return path


class Storage(ABC):
    """The operations the upload engine needs from a data root."""

    root: str

    @abstractmethod
    def read_bytes(self, path: str) -> bytes:
        """The whole file; FileNotFoundError if it does not exist."""

    @abstractmethod
    def write_bytes_atomic(self, path: str, data: bytes, before_rename: Callable[[], None] | None = None) -> None:
        """Write (or replace) ``path`` so that readers never see a partial file.

        ``before_rename`` runs after the data is durable under a temporary name and before it appears under
        ``path`` (a test hook for crash tests; backends without temporary files call it before the write).
        """

    @abstractmethod
    def create_exclusive(self, path: str, data: bytes = b"") -> bool:
        """Create ``path`` with ``data`` unless it exists; False if it already existed. Atomic and exclusive."""

    @abstractmethod
    def list(self, prefix: str, include_temp: bool = False) -> list[str]:
        """Sorted relative paths of the files under the folder ``prefix`` (recursively)."""

    @abstractmethod
    def exists(self, path: str) -> bool:
        """True if the file exists."""

    @abstractmethod
    def remove(self, path: str) -> None:
        """Remove a file (recovery only); a missing file is not an error."""

    @abstractmethod
    def modified(self, path: str) -> float:
        """Last-modified time of the file, seconds since the epoch (recovery's grace period uses it)."""

    @abstractmethod
    def url(self, path: str) -> str:
        """What DuckDB's ``read_parquet`` can open for ``path`` (a local path, or an ``s3://`` URL)."""


class LocalStorage(Storage):
    """A data root in a local folder."""

    def __init__(self, root: str | os.PathLike[str]):
        self.root = str(Path(root).resolve())
        self._base = Path(self.root)

    def _path(self, path: str) -> Path:
        return self._base / _clean(path)

    def _temp_for(self, target: Path) -> Path:
        return target.with_name(f"{TEMP_PREFIX}{uuid.uuid4().hex}-{target.name}{TEMP_SUFFIX}")

    def _write_temp(self, target: Path, data: bytes) -> Path:
        target.parent.mkdir(parents=True, exist_ok=True)
        temp = self._temp_for(target)
        try:
            with open(temp, "xb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
        except BaseException:
            # Disk full, quota, I/O error: never leave a half-written temporary file behind.
            try:
                temp.unlink(missing_ok=True)
            except OSError:
                pass
            raise
        return temp

    def _fsync_dir(self, folder: Path) -> None:
        # Make the rename itself durable; not every platform can open a directory.
        try:
            fd = os.open(folder, os.O_RDONLY)
        except OSError:
            return
        try:
            os.fsync(fd)
        except OSError:
            pass
        finally:
            os.close(fd)

    def read_bytes(self, path: str) -> bytes:
        return self._path(path).read_bytes()

    def write_bytes_atomic(self, path: str, data: bytes, before_rename: Callable[[], None] | None = None) -> None:
        target = self._path(path)
        temp = self._write_temp(target, data)
        try:
            if before_rename is not None:
                before_rename()
            os.replace(temp, target)
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
        self._fsync_dir(target.parent)

    def create_exclusive(self, path: str, data: bytes = b"") -> bool:
        target = self._path(path)
        if target.exists():
            return False
        temp = self._write_temp(target, data)
        try:
            os.link(temp, target)  # fails if target exists: atomic and exclusive, content complete
            created = True
        except FileExistsError:
            created = False
        finally:
            temp.unlink(missing_ok=True)
        if created:
            self._fsync_dir(target.parent)
        return created

    def list(self, prefix: str, include_temp: bool = False) -> list[str]:
        folder = self._base / _clean(prefix.rstrip("/")) if prefix.strip("/") else self._base
        if not folder.is_dir():
            return []
        out = []
        for dirpath, _dirnames, filenames in os.walk(folder):
            for name in filenames:
                if not include_temp and is_temp_name(name):
                    continue
                out.append(Path(dirpath, name).relative_to(self._base).as_posix())
        return sorted(out)

    def exists(self, path: str) -> bool:
        return self._path(path).is_file()

    def remove(self, path: str) -> None:
        self._path(path).unlink(missing_ok=True)

    def modified(self, path: str) -> float:
        return self._path(path).stat().st_mtime

    def url(self, path: str) -> str:
        return str(self._path(path))
