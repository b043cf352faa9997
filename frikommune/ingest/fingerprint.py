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

import numpy as np
import pandas as pd

from frikommune.ingest.validate import Coded, Prepared

VERSION = "a1"  # bump when the definition changes: fingerprints of different versions never compare equal
_K = np.uint64(0x9E3779B97F4A7C15)
_M1 = np.uint64(0xBF58476D1CE4E5B9)
_M2 = np.uint64(0x94D049BB133111EB)


def _value_hashes(c: Coded, tag: str) -> np.ndarray:
    """A 64-bit hash per row: of its value (slot -1, a missing value, has a hash of its own).

    pandas' ``hash_array`` is SipHash with a fixed key: the same value hashes the same in every process."""
    texts = np.array([f"{tag}\x00{v!s}" for v in c.values] + [f"{tag}\x00\x00missing"], dtype=object)
    table = pd.util.hash_array(texts, categorize=False)
    return table[c.codes]  # code -1 -> the last slot


def _avalanche(x: np.ndarray) -> np.ndarray:
    """splitmix64's finaliser: every input bit moves every output bit."""
    with np.errstate(over="ignore"):
        x = (x ^ (x >> np.uint64(30))) * _M1
        x = (x ^ (x >> np.uint64(27))) * _M2
        return x ^ (x >> np.uint64(31))


def _combine(*parts: np.ndarray) -> np.ndarray:
    with np.errstate(over="ignore"):
        h = np.zeros(len(parts[0]), dtype=np.uint64)
        for p in parts:
            h = _avalanche(h * _K + p)
        return h


def answers_fingerprint(p: Prepared) -> str:
    """The hex fingerprint of ``p``'s answers (see the module docstring)."""
    n = p.rows
    answer = p.answer.astype(np.uint64) + np.where(p.dont_know, np.uint64(6), np.uint64(0))
    question = _value_hashes(p.question, "q")
    qa = _combine(question, answer)
    if p.respondent is None:  # long form without ids: no respondent to tell answers apart
        respondent = np.zeros(n, dtype=np.uint64)
    elif p.respondent_from_rows:  # wide form without ids: a respondent is its row's answers, wherever it stands
        q = max(len(p.question.values), 1)
        with np.errstate(over="ignore"):
            per_row = qa.reshape(-1, q).sum(axis=1, dtype=np.uint64)
        respondent = np.repeat(_avalanche(per_row), q)
    else:
        respondent = _value_hashes(p.respondent, "r")
    rows = _combine(
        _value_hashes(p.municipality, "m"),
        _value_hashes(p.experiment, "e"),
        _value_hashes(p.group, "g"),
        _value_hashes(p.wave, "w"),
        respondent,
        qa,
    )
    digest = hashlib.sha256(VERSION.encode())
    digest.update(np.sort(rows).tobytes())
    return f"{VERSION}-{digest.hexdigest()}"
