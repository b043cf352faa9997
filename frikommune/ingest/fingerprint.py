"""The fingerprint of a batch's *answers*, so the same answers are refused again whatever file carries them.

Two files hold the same answers when they have the same multiset of (municipality, experiment, respondent group,
wave, respondent, question, answer) - row order, encoding, separator, blank lines and file type left out (the
values are the validated, normalised ones, so "Aalborg Kommune" and "aalborg" are the same municipality).
Without a respondent column a respondent is the set of answers on its row, so reordering rows changes nothing.

Computed on the integer codes with NumPy: every distinct value is hashed once, rows are combined arithmetically
(64-bit, wrapping), the row hashes are sorted and the sorted array is hashed with SHA-256.
"""

from __future__ import annotations

import hashlib
import math

import numpy as np
import pandas as pd

from frikommune.ingest.validate import Coded, Prepared

VERSION = "a1"  # bump when the definition changes: fingerprints of different versions never compare equal
_K = np.uint64(0x9E3779B97F4A7C15)
_M1 = np.uint64(0xBF58476D1CE4E5B9)
_M2 = np.uint64(0x94D049BB133111EB)

# A column as (index per row, 64-bit hash per index): the hash of row i is table[index[i]].
Part = tuple[np.ndarray, np.ndarray]


def _value_hashes(c: Coded, tag: str) -> Part:
    """A column's values as a part: index 0 is a missing value (code -1), index k+1 the value of code k.

    pandas' ``hash_array`` is SipHash with a fixed key: the same value hashes the same in every process."""
    texts = np.array([f"{tag}\x00\x00missing"] + [f"{tag}\x00{v!s}" for v in c.values], dtype=object)
    return c.codes.astype(np.int32) + 1, pd.util.hash_array(texts, categorize=False)


def _avalanche(x: np.ndarray) -> np.ndarray:
    """splitmix64's finaliser: every input bit moves every output bit."""
    with np.errstate(over="ignore"):
        x = (x ^ (x >> np.uint64(30))) * _M1
        x = (x ^ (x >> np.uint64(27))) * _M2
        return x ^ (x >> np.uint64(31))


def _fold(h: np.ndarray, *hashes: np.ndarray) -> np.ndarray:
    """Each of ``hashes`` mixed into ``h`` in turn: h = avalanche(h * K + hash)."""
    with np.errstate(over="ignore"):
        for x in hashes:
            h = _avalanche(h * _K + x)
        return h


def _combine(*parts: Part) -> np.ndarray:
    """The parts' hashes folded row by row from 0, in order.

    Folded once per combination of indexes and looked up when there are fewer combinations than rows (a few
    municipalities x experiments x groups x waves: one gather instead of four passes over a million rows)."""
    n = len(parts[0][0])
    sizes = [len(table) for _, table in parts]
    combinations = math.prod(sizes)
    if combinations >= n:
        return _fold(np.zeros(n, dtype=np.uint64), *(table[index] for index, table in parts))
    key = np.zeros(n, dtype=np.int32)  # fewer combinations than rows: it fits
    for (index, _), size in zip(parts, sizes):
        key = key * size + index
    every = np.unravel_index(np.arange(combinations), sizes)
    folded = _fold(np.zeros(combinations, dtype=np.uint64), *(table[i] for (_, table), i in zip(parts, every)))
    return folded[key]


def answers_fingerprint(p: Prepared) -> str:
    """The hex fingerprint of ``p``'s answers (see the module docstring)."""
    n = p.rows
    answer = p.answer.astype(np.int32) + np.where(p.dont_know, np.int32(6), np.int32(0))  # 6: "ved ikke"
    qa = _combine(_value_hashes(p.question, "q"), (answer, np.arange(int(answer.max(initial=0)) + 1, dtype=np.uint64)))
    if p.respondent is None:  # long form without ids: no respondent to tell answers apart
        respondent = np.zeros(n, dtype=np.uint64)
    elif p.respondent_from_rows:  # wide form without ids: a respondent is its row's answers, wherever it stands
        q = max(len(p.question.values), 1)
        with np.errstate(over="ignore"):
            per_row = qa.reshape(-1, q).sum(axis=1, dtype=np.uint64)
        respondent = np.repeat(_avalanche(per_row), q)
    else:
        index, table = _value_hashes(p.respondent, "r")
        respondent = table[index]
    where = _combine(
        _value_hashes(p.municipality, "m"),
        _value_hashes(p.experiment, "e"),
        _value_hashes(p.group, "g"),
        _value_hashes(p.wave, "w"),
    )
    rows = _fold(where, respondent, qa)
    digest = hashlib.sha256(VERSION.encode())
    digest.update(np.sort(rows).tobytes())
    return f"{VERSION}-{digest.hexdigest()}"
