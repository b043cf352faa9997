"""One DuckDB database per process over the curated CSVs and the uploaded survey batches.

Queries live in ``queries/**/*.sql``, one statement per file, with named ``$parameters`` that are always bound,
never pasted into the SQL text. The curated tables are loaded once; the upload tables of each data version are
loaded into a schema of their own whenever the upload log changes, so a new or withdrawn batch shows up on the
next page run while a run already going on keeps reading the version it started with (:class:`Snapshot`).
"""

from __future__ import annotations

import itertools
import re
import threading
import time
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb
import pandas as pd

from frikommune.data import config, storage_s3

if TYPE_CHECKING:
    from frikommune.data import batches

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


class Snapshot:
    """One data version: the curated tables and the upload tables of one position in the upload log, for good.

    A page run takes one Snapshot and runs every query on it, so it reads one data version even while another
    session's upload lands: a refresh loads the newer version's upload tables into a schema of their own and
    then swaps the Database's reference; the tables a Snapshot reads are never replaced under it. Its schema
    is dropped once nothing holds it any more (see :meth:`Database.refresh_uploads`).
    """

    def __init__(self, database: Database, schema: str, upload_version: str, log_version: int) -> None:
        # No reference back to the Database (a weak one only): without a cycle a Database nobody holds is freed at
        # once, never by a later garbage collection - which could run in a forked child and close DuckDB there.
        self._database = weakref.ref(database)
        self._con = database._con
        self.data_root = database.data_root
        self.curated_dir = database.curated_dir
        self.as_of = database.as_of
        self.schema = schema  # uploads_<n>: made by the Database, never from outside text
        self.upload_version = upload_version
        self.log_version = log_version  # how many log events this version holds
        self._idle: list[duckdb.DuckDBPyConnection] = []
        self._lock = threading.Lock()

    @property
    def database(self) -> Database | None:
        """The Database this version was loaded by, while it lives."""
        return self._database()

    @property
    def data_version(self) -> str:
        """The version string answers are cached under: curated tables plus the upload log (``v<N>`` if pinned)."""
        return f"{curated_version(self.curated_dir)}-{self.upload_version}"

    @contextmanager
    def cursor(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A cursor of its own that finds this version's upload tables first, then the curated ones."""
        with self._lock:
            cursor = self._idle.pop() if self._idle else None
        if cursor is None:
            cursor = self._con.cursor()
            # Setting the path costs about as much as a small query, so cursors are kept for the next query.
            cursor.execute(f"SET search_path = '{self.schema},main'")
        try:
            yield cursor
        except BaseException:
            cursor.close()  # whatever state an error left it in, it is not reused
            raise
        with self._lock:
            if len(self._idle) < IDLE_CURSORS:
                self._idle.append(cursor)
                return
        cursor.close()

    def query(self, name: str, **params: object) -> pd.DataFrame:
        """Run ``queries/<name>.sql`` on this version with ``params`` bound by name; returns a DataFrame."""
        with self.cursor() as cursor:
            return cursor.execute(sql_text(name), params).df()


IDLE_CURSORS = 8  # per data version: about the number of queries running at once in one process


class Database:
    """The process's DuckDB connection: the curated tables, and the upload tables of the newest data version
    (plus those of older versions a page run still reads). Every query runs on its own cursor."""

    def __init__(
        self,
        data_root: str | None = None,
        curated_dir: Path | None = None,
        as_of: int | None = None,
        curated: bool = True,
    ) -> None:
        """``as_of`` N pins the upload tables to data version N (the first N log events) for good: such a
        Database never refreshes. ``curated=False`` leaves the curated tables out (upload queries only)."""
        from frikommune.data import batches

        self.data_root = data_root or config.data_root()
        self.curated_dir = curated_dir or config.curated_dir()
        self.as_of = as_of
        self._con = duckdb.connect(":memory:")
        storage_s3.register_duckdb(self._con, self.data_root)  # s3:// data roots: DuckDB reads through s3fs
        self._lock = threading.Lock()
        self._schemas = itertools.count(1)
        self._retired: dict[str, weakref.ref[Snapshot]] = {}  # older versions' schemas, dropped when unused
        self._snapshot: Snapshot | None = None
        self._checked_at = float("-inf")  # time.monotonic() of the last look at the upload log
        for table in CURATED_TABLES if curated else ():
            self._con.execute(sql_text(f"staging/{table}"), {"path": str(self.curated_dir / f"{table}.csv")})
        if as_of is None:
            self.refresh_uploads()
        else:
            self._install(batches.log_state(self.data_root, as_of), f"v{as_of}")

    def snapshot(self) -> Snapshot:
        """The newest loaded data version, for good: later refreshes never change what it reads."""
        assert self._snapshot is not None  # installed by __init__
        return self._snapshot

    def query(self, name: str, **params: object) -> pd.DataFrame:
        """Run ``queries/<name>.sql`` on the newest loaded data version with ``params`` bound by name."""
        return self.snapshot().query(name, **params)

    def refresh_uploads(self, max_age: float = 0.0) -> str:
        """Load the newest data version if the upload log changed; returns the current upload version.

        The log is listed (one LIST request on S3) unless it was looked at less than ``max_age`` seconds ago:
        pages pass a short age, so a new or withdrawn batch shows within that many seconds while a room full of
        sessions costs one listing per interval instead of one per query per rerun.
        """
        from frikommune.data import batches  # the upload engine; imported late so the curated data never needs it

        # The version's name only, not its Snapshot: holding that here would keep its tables past the swap below.
        current = self._snapshot.upload_version if self._snapshot is not None else None
        if current is not None and self.as_of is not None:  # pinned to one version: it never changes
            return current
        if current is not None and max_age > 0 and time.monotonic() - self._checked_at < max_age:
            return current
        if current is not None and batches.data_version(self.data_root) == current:
            self._checked_at = time.monotonic()
            return current
        with self._lock:
            state = batches.log_state(self.data_root)  # version, length and batches from one listing
            if self._snapshot is None or state.version != self._snapshot.upload_version:
                self._install(state, state.version)
            self._checked_at = time.monotonic()
            return self.snapshot().upload_version

    def _install(self, state: batches.LogState, upload_version: str) -> None:
        """Load ``state``'s batches into a new schema, make it the newest version, drop schemas nothing reads."""
        schema = f"uploads_{next(self._schemas)}"
        self._load_uploads(schema, state.active)
        old, self._snapshot = self._snapshot, Snapshot(self, schema, upload_version, state.count)
        if old is not None:
            self._retired[old.schema] = weakref.ref(old)
            del old  # not held here: a version no run reads any more goes below, at once
        for name, held in list(self._retired.items()):
            if held() is None:  # no page run, cached answer store or caller holds that version any more
                self._drop(name)
                del self._retired[name]

    def _load_uploads(self, schema: str, active: list) -> None:
        """Create ``schema`` with the upload tables of the ``active`` batches; nothing reads it before it is whole."""
        cursor = self._con.cursor()
        try:
            cursor.execute(f"CREATE SCHEMA {schema}")
            cursor.execute(f"SET search_path = '{schema},main'")  # the staging queries create in the first schema
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
        except Exception:
            self._drop(schema)  # the current version stays as it was
            raise
        finally:
            cursor.close()

    def _drop(self, schema: str) -> None:
        cursor = self._con.cursor()  # a cursor of its own: other threads run queries on the connection meanwhile
        try:
            cursor.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
        finally:
            cursor.close()

    @property
    def data_version(self) -> str:
        """The version of the data the newest snapshot holds: curated tables plus the upload log (``v<N>``
        if pinned)."""
        return self.snapshot().data_version

    @property
    def log_version(self) -> int:
        """How many upload-log events the newest loaded version holds."""
        return self.snapshot().log_version


@cache
def curated_version(curated_dir: Path) -> str:
    """A short fingerprint of the curated tables (their checksums), shown in the sidebar."""
    import hashlib

    digest = hashlib.sha256()
    for table in CURATED_TABLES:
        digest.update((curated_dir / f"{table}.csv").read_bytes())
    return digest.hexdigest()[:8]


class BatchHistograms:
    """The answer histograms of some batches, read once into a DuckDB connection of its own, on which the pages'
    own upload queries run over any subset of those batches and figures. The change log compares many data
    versions with it without building a database per version."""

    def __init__(self, data_root: str, histogram_urls: list[str]) -> None:
        import pyarrow as pa
        import pyarrow.compute as pc

        self._con = duckdb.connect(":memory:")
        storage_s3.register_duckdb(self._con, data_root)
        cursor = self._con.cursor()
        try:
            # Typed by the same staging query the pages' tables come from, in a schema the queries never see.
            cursor.execute("CREATE SCHEMA loaded")
            cursor.execute("SET search_path = 'loaded'")
            if histogram_urls:
                cursor.execute(sql_text("staging/upload_histograms"), {"paths": histogram_urls})
            else:
                cursor.execute(sql_text("staging/upload_histograms_empty"))
            rows = cursor.sql("SELECT * FROM upload_histograms").to_arrow_table()
            cursor.execute("DROP SCHEMA loaded CASCADE")
        finally:
            cursor.close()
        self._rows = rows
        self._keys = pa.table({c: rows[c].cast(pa.string()).fill_null("") for c in FIGURE_KEY})
        self._figure = pc.binary_join_element_wise(*self._keys.columns, _SEPARATOR)

    def figures_of(self, batch_id: str) -> frozenset[tuple[str, ...]]:
        """The figures (municipality, experiment, group, question, wave; '' for none) a batch holds answers for."""
        import pyarrow.compute as pc

        mine = self._keys.filter(pc.equal(self._rows["batch_id"], batch_id))
        return frozenset(zip(*(mine[c].to_pylist() for c in FIGURE_KEY)))

    def query(
        self, name: str, batch_ids: frozenset[str], figures: frozenset[tuple[str, ...]], **params: object
    ) -> pd.DataFrame:
        """Run ``queries/<name>.sql`` as if ``upload_histograms`` held only these batches' rows of these figures."""
        import pyarrow as pa
        import pyarrow.compute as pc

        wanted = pa.array(sorted(_SEPARATOR.join(f) for f in figures), pa.string())
        keep = pc.and_(
            pc.is_in(self._rows["batch_id"], value_set=pa.array(sorted(batch_ids), pa.string())),
            pc.is_in(self._figure, value_set=wanted),
        )
        cursor = self._con.cursor()
        try:
            cursor.register("upload_histograms", self._rows.filter(keep))
            return cursor.execute(sql_text(name), params).df()
        finally:
            cursor.close()


_SEPARATOR = "\x1f"  # joins a figure's key into one text to select rows by (a near miss only selects more rows)
# The columns that name one figure of the uploaded surveys (the grain of satisfaction/uploaded_summary).
FIGURE_KEY = ("municipality_id", "experiment_id", "respondent_group", "question", "wave")
