"""Open a data root by its address: a local folder, a file:// URL or an S3-compatible bucket."""

from __future__ import annotations

import os
import re

from frikommune.data.storage import LocalStorage, Storage
from frikommune.data.storage_s3 import S3Storage


def open_root(root: str | os.PathLike[str]) -> Storage:
    """The storage for a data root: a local folder now; ``s3://bucket/prefix`` is reserved for the object store."""
    text = str(root)
    if text.startswith(("s3://", "s3a://")):  # an S3-compatible bucket: frikommune/data/storage_s3.py
        return S3Storage(text)
    if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", text) and not text.startswith("file://"):
        raise NotImplementedError(f"object-store data roots are not supported yet: {text}")
    if text.startswith("file://"):
        text = text[len("file://") :]
    return LocalStorage(text)
