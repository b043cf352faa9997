"""Reading and validating an uploaded file in a child process with memory and time limits.

A reader that aborts (python-calamine aborts the whole process when an allocation fails), runs away or leaks
takes down only the child: the server - and every other user's session - carries on, and the upload gets one
refusal with a message. The guards in :mod:`frikommune.ingest.guard` refuse the known hostile shapes before any
reader runs; this is the net under them for the shapes nobody has thought of yet.

The children are forked from a small fork server started once per process (``multiprocessing`` "forkserver",
preloaded with the reading code), so a child costs a fork, not a Python start-up, and is never forked from the
server (or the CLI) itself, whose native threads may hold locks. Limits (environment ``FRIKOMMUNE_<NAME>`` or
secrets.toml):

- ``ingest_memory_mb`` (default 3072): address space the child may add to what it starts with (RLIMIT_AS);
- ``ingest_timeout_seconds`` (default 120): wall-clock time before the child is killed (and CPU time, RLIMIT_CPU);
- ``ingest_isolation`` = ``off`` runs everything in-process (debugging only).
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import os
import signal
import threading
from collections.abc import Callable

from frikommune.data.config import setting

log = logging.getLogger(__name__)

DEFAULT_MEMORY_MB = 3072
DEFAULT_TIMEOUT_SECONDS = 120.0
PRELOAD = [
    "frikommune.ingest.readers",
    "frikommune.ingest.validate",
    "frikommune.ingest.sandbox",
    "python_calamine",
]  # openpyxl is the rare fallback: imported by the child that needs it

M_TRIM_THRESHOLD, M_MMAP_THRESHOLD = -1, -3  # glibc's mallopt parameters (malloc.h)

_lock = threading.Lock()
_context = None


class ChildFailed(Exception):
    """The child died or ran out of time; ``code`` is 'reader_crashed' or 'reader_timeout'."""

    def __init__(self, code: str, **params: object):
        super().__init__(code)
        self.code = code
        self.params = params


def _number(name: str, default: float) -> float:
    try:
        value = setting(name)
        return float(value) if value is not None else default
    except ValueError:
        return default


def memory_bytes() -> int:
    return int(_number("ingest_memory_mb", DEFAULT_MEMORY_MB) * 1024 * 1024)


def timeout_seconds() -> float:
    return _number("ingest_timeout_seconds", DEFAULT_TIMEOUT_SECONDS)


def isolated() -> bool:
    """False only where isolation is switched off or the platform cannot fork a server."""
    if (setting("ingest_isolation") or "").lower() in ("off", "0", "false", "no"):
        return False
    return "forkserver" in multiprocessing.get_all_start_methods()


def _ctx():
    """The fork server, always: forking this process itself is unsafe whenever any thread may hold a lock, and
    ``threading`` counts only Python's threads, not DuckDB's or Arrow's (a child forked from a one-Python-thread
    process that had run queries crashed with SIGSEGV)."""
    global _context
    with _lock:
        if _context is None:
            ctx = multiprocessing.get_context("forkserver")
            ctx.set_forkserver_preload(PRELOAD)
            _context = ctx
        return _context


def prepare() -> None:
    """Start the fork server in the background (the upload page calls this), so the first file read by this
    process does not wait for its start-up. Does nothing where isolation is off."""
    if not isolated():
        return
    from multiprocessing import forkserver

    _ctx()  # the fork server's preload is set before it starts
    threading.Thread(target=forkserver.ensure_running, name="ingest-forkserver", daemon=True).start()


def _vm_size() -> int:
    """The process's current address-space size in bytes (Linux), else 0."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmSize:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return 0


def _keep_freed_memory() -> None:
    """glibc: serve large blocks from the heap and keep what is freed, instead of mapping fresh pages for each
    array and faulting them in again (the child is short-lived and under RLIMIT_AS; measured on the benchmark's
    100,000-row upload: ~0.25 s of ~2.4 s in the child). Elsewhere nothing changes."""
    try:
        import ctypes

        libc = ctypes.CDLL("libc.so.6")
        libc.mallopt(M_MMAP_THRESHOLD, 256 << 20)
        libc.mallopt(M_TRIM_THRESHOLD, 1 << 30)
    except (OSError, AttributeError):
        pass


def _child(conn, fn: Callable, args: tuple, memory: int, cpu_seconds: float, env: dict[str, str]) -> None:
    """In the child: set the limits, run ``fn(*args)``, send ('ok', result) or ('raised', exception)."""
    # The fork server started with the environment of its time: take the caller's settings as they are now.
    for name in [n for n in os.environ if n.startswith("FRIKOMMUNE_")]:
        del os.environ[name]
    os.environ.update(env)
    try:
        import resource

        base = _vm_size()
        if base and memory > 0:
            resource.setrlimit(resource.RLIMIT_AS, (base + memory, base + memory))
        cpu = int(cpu_seconds) + 1
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 5))
    except (ImportError, ValueError, OSError) as exc:  # no limits: still isolated from the server
        log.warning("ingest sandbox: limits not set: %s", exc)
    _keep_freed_memory()
    # No cyclic garbage collection: the child lives for one file and its memory goes back whole when it exits
    # (RLIMIT_AS bounds it meanwhile), while the collector would walk the reader's millions of new objects
    # again and again as they are made.
    gc.disable()
    try:
        out = ("ok", fn(*args))
    except MemoryError:
        out = ("memory", None)
    except BaseException as exc:  # noqa: BLE001 - everything goes back to the parent to be judged there
        out = ("raised", exc)
    try:
        conn.send(out)
    except MemoryError:
        conn.send(("memory", None))
    except Exception as exc:  # noqa: BLE001 - an exception that cannot be pickled
        conn.send(("raised", RuntimeError(f"{type(exc).__name__}: {exc}")))
    finally:
        conn.close()


def run(fn: Callable, *args: object, memory: int | None = None, timeout: float | None = None):
    """``fn(*args)`` in a limited child process; its exceptions are raised here, a crash as :class:`ChildFailed`.

    ``fn`` must be a module-level function and its arguments and result picklable.
    """
    memory = memory_bytes() if memory is None else memory
    timeout = timeout_seconds() if timeout is None else timeout
    if not isolated():
        return fn(*args)
    ctx = _ctx()
    receiver, sender = ctx.Pipe(duplex=False)
    env = {k: v for k, v in os.environ.items() if k.startswith("FRIKOMMUNE_")}
    proc = ctx.Process(target=_child, args=(sender, fn, args, memory, timeout, env), daemon=True)
    proc.start()
    sender.close()
    out = None
    try:
        if receiver.poll(timeout):
            try:
                out = receiver.recv()
            except (EOFError, OSError):
                out = None
        else:
            proc.kill()
            proc.join(5)
            log.warning("ingest sandbox: child %s killed after %.0f s", proc.pid, timeout)
            raise ChildFailed("reader_timeout", seconds=f"{timeout:.0f}")
    finally:
        receiver.close()
        proc.join(10)
        if proc.is_alive():
            proc.kill()
            proc.join(5)
    if out is None:
        code = proc.exitcode
        name = (
            signal.Signals(-code).name
            if code is not None and code < 0 and -code in signal.valid_signals()
            else f"exit {code}"
        )
        log.warning("ingest sandbox: child %s died (%s)", proc.pid, name)
        if code is not None and -code in (signal.SIGXCPU, signal.SIGKILL):
            raise ChildFailed("reader_timeout", seconds=f"{timeout:.0f}")
        raise ChildFailed("reader_crashed", detail=name)
    kind, value = out
    if kind == "memory":
        log.warning("ingest sandbox: child %s ran out of memory (limit %d MB)", proc.pid, memory >> 20)
        raise ChildFailed("reader_crashed", detail=f"> {memory >> 20} MB")
    if kind == "raised":
        raise value
    return value
