"""The values an upload may name: municipalities, experiments, respondent groups; with near-miss suggestions.

Lookups work on distinct values only (a column of 100,000 rows has a handful of municipality names), so
matching and the fuzzy suggestion cost nothing per row.
"""

from __future__ import annotations

import csv
import functools
import os
import unicodedata

from frikommune.data.config import curated_dir
from frikommune.ingest.mapping import fold, key
from frikommune.ingest.text import clean
from frikommune.vocabulary import COMBINED_NAMES, EXPERIMENT_IDS, MUNICIPALITY_IDS

_DANISH_LETTERS = str.maketrans(
    {
        "æ": "ae",
        "ø": "oe",
        "å": "aa",
        "Æ": "AE",
        "Ø": "OE",
        "Å": "AA",
        "ß": "ss",
        "ð": "d",
        "Ð": "D",
        "þ": "th",
        "Þ": "TH",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "œ": "oe",
        "Œ": "OE",
        "ı": "i",
    }
)

# The five groups an upload may name (DESIGN §5, the issue), stored as these ids. "leder" is also a curated
# respondent group (vocabulary.RESPONDENT_GROUPS), so an upload may use it too.
GROUP_LABELS: dict[str, str] = {
    "borger": "borger",
    "medarbejder": "medarbejder",
    "virksomhed": "virksomhed",
    "laege": "læge",
    "a-kasse": "a-kasse",
    "leder": "leder",
}
_GROUP_WORDS: dict[str, tuple[str, ...]] = {
    "borger": ("borger", "borgere", "borgerne", "citizen", "citizens"),
    "medarbejder": (
        "medarbejder",
        "medarbejdere",
        "medarbejderne",
        "sagsbehandler",
        "sagsbehandlere",
        "employee",
        "employees",
        "staff",
    ),
    "virksomhed": (
        "virksomhed",
        "virksomheder",
        "virksomhederne",
        "arbejdsgiver",
        "arbejdsgivere",
        "company",
        "companies",
        "employer",
        "employers",
    ),
    "laege": ("læge", "læger", "lægerne", "praktiserende læge", "praktiserende læger", "gp", "doctor", "doctors"),
    "a-kasse": (
        "a-kasse",
        "a-kasser",
        "a-kasserne",
        "akasse",
        "a kasse",
        "arbejdsløshedskasse",
        "unemployment fund",
        "unemployment funds",
    ),
    "leder": ("leder", "ledere", "lederne", "manager", "managers"),
}

# Words around a municipality's name that do not change which one it is ("Frederikshavn Kommune").
_MUNICIPALITY_NOISE = {"kommune", "kommunes", "kommunen", "jobcenter", "municipality"}


def _foreign_letters(value: object) -> bool:
    """True if ``value`` (normalised) holds a letter that no Danish or Latin name has: a Cyrillic 'А' or a Greek
    'ο' that looks like a Latin one. :func:`fold` would drop it silently and 'Аalborg' would match Aalborg."""
    text = unicodedata.normalize("NFKD", clean(value).translate(_DANISH_LETTERS))
    return any(ch.isalpha() and not ch.isascii() and not unicodedata.combining(ch) for ch in text)


def _strip_noise(value: object) -> str:
    if _foreign_letters(value):
        return "\x00" + clean(value)  # matches nothing, and is not near anything either
    words = [w for w in fold(clean(value)).split() if w not in _MUNICIPALITY_NOISE]
    return key(" ".join(words))


@functools.lru_cache(maxsize=1)
def _municipality_keys() -> dict[str, str]:
    out = {}
    for mid, name in MUNICIPALITY_IDS.items():
        out[key(mid)] = mid
        out[_strip_noise(name)] = mid
    # An upload naming Frederikshavn and Læsø together means the combined unit, never one of the two.
    for unit, names in COMBINED_NAMES.items():
        out[key(unit)] = unit
        for name in names:
            out[_strip_noise(name)] = unit
    return out


def experiment_titles() -> dict[str, tuple[str, str]]:
    """{experiment id: (Danish title, English title)} from data/curated/experiments.csv, if that file exists."""
    path = curated_dir() / "experiments.csv"
    try:
        stamp = os.stat(path).st_mtime_ns
    except OSError:
        return {}
    return _read_titles(str(path), stamp)


@functools.lru_cache(maxsize=4)
def _read_titles(path: str, _stamp: int) -> dict[str, tuple[str, str]]:
    try:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.DictReader(fh))
    except (OSError, UnicodeDecodeError, csv.Error):
        return {}
    out = {}
    for row in rows:
        eid = (row.get("experiment_id") or row.get("id") or "").strip()
        if eid:
            out[eid] = ((row.get("title_da") or "").strip(), (row.get("title_en") or "").strip())
    return out


def _experiment_keys() -> dict[str, str]:
    out: dict[str, str] = {}
    titles = experiment_titles()
    for eid in (*EXPERIMENT_IDS, *titles):
        out[key(eid)] = eid
        parts = eid.split("-", 2)
        if len(parts) == 3:
            out.setdefault(key(f"{parts[0]}-{parts[1]}"), eid)  # "r1-04"
            out.setdefault(key(parts[2]), eid)  # "formkrav-samtaler"
    for eid, (title_da, title_en) in titles.items():
        for title in (title_da, title_en):
            if title:
                out.setdefault(key(title), eid)
    return out


def _group_keys() -> dict[str, str]:
    return {key(word): gid for gid, words in _GROUP_WORDS.items() for word in words}


def _suggest(value: object, choices: dict[str, str]) -> str | None:
    """The display name nearest to ``value`` among ``choices`` ({matching key: display}), if near enough."""
    from rapidfuzz import fuzz, process

    probe = key(value)
    if not probe:
        return None
    hit = process.extractOne(probe, list(choices), scorer=fuzz.ratio, score_cutoff=70)
    return choices[hit[0]] if hit else None


def resolve_municipalities(values: list[object]) -> dict[object, tuple[str | None, str | None]]:
    """{value: (municipality id or None, suggestion or None)} for distinct values."""
    keys = _municipality_keys()
    names = {_strip_noise(n): n for n in MUNICIPALITY_IDS.values()}
    names.update({_strip_noise(n[0]): n[0] for n in COMBINED_NAMES.values()})
    out = {}
    for v in values:
        mid = keys.get(_strip_noise(v))
        if mid or _foreign_letters(v):
            out[v] = (mid, None)  # a look-alike letter is not a near miss to be nudged towards a municipality
            continue
        out[v] = (mid, _suggest(" ".join(w for w in fold(clean(v)).split() if w not in _MUNICIPALITY_NOISE), names))
    return out


def resolve_experiments(values: list[object]) -> dict[object, tuple[str | None, str | None]]:
    keys = _experiment_keys()
    titles = experiment_titles()
    display = {key(eid): eid for eid in keys.values()}
    for eid, (title_da, _) in titles.items():
        if title_da:
            display[key(title_da)] = f"{title_da} ({eid})"
    out = {}
    for v in values:
        eid = keys.get(key(v))
        out[v] = (eid, None if eid else _suggest(v, display))
    return out


def resolve_groups(values: list[object]) -> dict[object, tuple[str | None, str | None]]:
    keys = _group_keys()
    display = {k: GROUP_LABELS[g] for k, g in keys.items()}
    out = {}
    for v in values:
        gid = keys.get(key(v))
        out[v] = (gid, None if gid else _suggest(v, display))
    return out
