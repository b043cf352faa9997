"""Small measuring helpers shared by the benchmarks: repeat-and-median timing, peak memory, child runs."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def timings(fn: Callable[[], object], repeat: int) -> list[float]:
    """Wall-clock seconds of ``repeat`` calls of ``fn``."""
    out = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        out.append(time.perf_counter() - started)
    return out


def median(values: list[float]) -> float:
    return float(statistics.median(values))


def peak_rss_bytes(pid: int | str = "self") -> int:
    """The process's peak resident set size (the kernel's high-water mark VmHWM), in bytes."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    raise RuntimeError("no VmHWM in /proc/<pid>/status")


def gb(n_bytes: float) -> float:
    return n_bytes / 1024**3


def run_child(module: str, *args: str, timeout: float = 900) -> dict:
    """Run ``python -m <module> <args>`` in a fresh process (so its peak memory is its own); its last line is JSON."""
    proc = subprocess.run(
        [sys.executable, "-m", module, *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "PYTHONHASHSEED": "0"},
    )
    if proc.returncode != 0:
        raise RuntimeError(f"{module} {' '.join(args)} failed:\n{proc.stderr[-4000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def emit(result: dict) -> None:
    """What a child run prints last, for :func:`run_child`."""
    print(json.dumps(result), flush=True)
