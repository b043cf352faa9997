"""One DuckDB database per process over the curated CSVs and the uploaded survey batches.

Queries live in ``queries/**/*.sql``, one statement per file, with named ``$parameters`` that are always bound,
never pasted into the SQL text. The curated tables are loaded once; the upload tables are reloaded whenever the
upload log's data version changes, so a new or withdrawn batch shows up on the next page run.
"""

from __future__ import annotations

import re
import threading
import time
from functools import cache
from pathlib import Path

import duckdb
import pandas as pd

from frikommune.data import config, storage_s3

QUERIES_DIR = config.REPO_ROOT / "queries"
_QUERY_NAME = re.compile(r"^[a-z0-9_]+(/[a-z0-9_]+)*$")

# Curated table name -> its CSV file in data/curated/ (a staging query of the same name types it).
CURATED_TABLES = (
    "facts",
    "measures",
    "sources",
    "source_issues",
    "lost_figures",
    "experiments",
    "municipalities",
    "participation",
    "themes",
    "statements",
    "series",
    "questions",
    "evidence_inputs",
)


@cache
def sql_text(name: str) -> str:
    """The SQL of ``queries/<name>.sql``; the name is checked so it can never point outside queries/."""
    if not _QUERY_NAME.match(name):
        raise ValueError(f"not a query name: {name!r}")
    path = QUERIES_DIR / f"{name}.sql"
    if not path.is_file():
        raise FileNotFoundError(f"no query file queries/{name}.sql")
    return path.read_text(encoding="utf-8")


def query_names() -> list[str]:
    """Every query under queries/, as the names ``sql_text`` takes."""
    return sorted(p.relative_to(QUERIES_DIR).with_suffix("").as_posix() for p in QUERIES_DIR.rglob("*.sql"))


class Database:
    """The process's DuckDB connection; every query runs on its own cursor, so threads never share one."""

    def __init__(
        self,
        data_root: str | None = None,
        curated_dir: Path | None = None,
        as_of: int | None = None,
        curated: bool = True,
    ) -> None:
        """``as_of`` N pins the upload tables to data version N (the first N log events) for good: such a
        Database never refreshes. ``curated=False`` leaves the curated tables out (upload queries only)."""
        self.data_root = data_root or config.data_root()
        self.curated_dir = curated_dir or config.curated_dir()
        self.as_of = as_of
        self._con = duckdb.connect(":memory:")
        storage_s3.register_duckdb(self._con, self.data_root)  # s3:// data roots: DuckDB reads through s3fs
        self._lock = threading.Lock()
        self._upload_version: str | None = None
        self._checked_at = float("-inf")  # time.monotonic() of the last look at the upload log
        for table in CURATED_TABLES if curated else ():
            self._con.execute(sql_text(f"staging/{table}"), {"path": str(self.curated_dir / f"{table}.csv")})
        if as_of is None:
            self.refresh_uploads()
        else:
            from frikommune.data import batches

            self._load_uploads(batches.active_batches(self.data_root, as_of))
            self._upload_version = f"v{as_of}"

    def query(self, name: str, **params: object) -> pd.DataFrame:
        """Run ``queries/<name>.sql`` with ``params`` bound by name; returns a DataFrame."""
        cursor = self._con.cursor()
        try:
            return cursor.execute(sql_text(name), params).df()
        finally:
            cursor.close()

    def refresh_uploads(self, max_age: float = 0.0) -> str:
        """Reload the uploaded-batch tables if the upload log changed; returns the current data version.

        The log is listed (one LIST request on S3) unless it was looked at less than ``max_age`` seconds ago:
        pages pass a short age, so a new or withdrawn batch shows within that many seconds while a room full of
        sessions costs one listing per interval instead of one per query per rerun.
        """
        from frikommune.data import batches  # the upload engine; imported late so the curated data never needs it

        if self.as_of is not None:  # pinned to one version: it never changes
            return self._upload_version or ""
        if max_age > 0 and self._upload_version is not None and time.monotonic() - self._checked_at < max_age:
            return self._upload_version
        version = batches.data_version(self.data_root)
        if version == self._upload_version:
            self._checked_at = time.monotonic()
            return version
        with self._lock:
            if version != self._upload_version:
                self._load_uploads(batches.active_batches(self.data_root))
                self._upload_version = version
                self._checked_at = time.monotonic()
        return version

    def _load_uploads(self, active: list) -> None:
        """Replace the upload tables by those of the ``active`` batches."""
        cursor = self._con.cursor()
        try:
            # One transaction: a query running meanwhile sees the old tables or the new ones, never
            # histograms of one version beside the batch list of another.
            cursor.execute("BEGIN TRANSACTION")
            histogram_urls = [b.histogram_url for b in active]
            if histogram_urls:
                cursor.execute(sql_text("staging/upload_histograms"), {"paths": histogram_urls})
            else:
                cursor.execute(sql_text("staging/upload_histograms_empty"))
            cursor.execute(sql_text("staging/upload_batches_empty"))
            for b in active:
                cursor.execute(
                    sql_text("staging/upload_batch_insert"),
                    {
                        "batch_id": b.batch_id,
                        "file_name": b.file_name,
                        "rows": b.rows,
                        "respondents": b.respondents,
                        "uploaded_at": str(b.uploaded_at),
                        "key_name": b.key_name,
                        "waves": ", ".join(b.waves),
                    },
                )
            cursor.execute("COMMIT")
        except Exception:
            try:
                cursor.execute("ROLLBACK")
            except duckdb.Error:
                pass
            raise
        finally:
            cursor.close()

    @property
    def data_version(self) -> str:
        """The version of the data the tables hold now: curated tables plus the upload log (``v<N>`` if pinned)."""
        return f"{curated_version(self.curated_dir)}-{self._upload_version}"


@cache
def curated_version(curated_dir: Path) -> str:
    """A short fingerprint of the curated tables (their checksums), shown in the sidebar."""
    import hashlib

    digest = hashlib.sha256()
    for table in CURATED_TABLES:
        digest.update((curated_dir / f"{table}.csv").read_bytes())
    return digest.hexdigest()[:8]
