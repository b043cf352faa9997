"""Column mapping: which column of an upload is the municipality, the experiment, a question, ...

A mapping is a plain dict ``{column name in the file: role}`` so the upload page can show and edit it as a
two-column table, and a consultant can save it and reuse it for the next export of the same survey.
Column names are matched case- and accent-insensitively ("FORSOG", "Forsøg", "forsøg " are the same).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata

from frikommune.data.roots import open_root
from frikommune.data.storage import Storage

# Roles a column can play. Wide form: one row per respondent, one "question" column per question.
# Long form: one row per answer, with a "question_name" column (the question's text) and an "answer" column.
ROLES: dict[str, tuple[str, str]] = {
    "municipality": ("kommune", "municipality"),
    "experiment": ("forsøg", "experiment"),
    "respondent_group": ("respondentgruppe", "respondent group"),
    "date": ("dato", "date"),
    "wave": ("bølge", "wave"),
    "respondent_id": ("respondent-id", "respondent id"),
    "question": ("spørgsmål (én kolonne pr. spørgsmål)", "question (one column per question)"),
    "question_name": ("spørgsmål", "question"),
    "answer": ("svar", "answer"),
    "ignore": ("bruges ikke", "not used"),
}
SINGLE_ROLES = (
    "municipality",
    "experiment",
    "respondent_group",
    "date",
    "wave",
    "respondent_id",
    "question_name",
    "answer",
)
REQUIRED_ROLES = ("municipality", "experiment", "respondent_group")

_SYNONYMS: dict[str, tuple[str, ...]] = {
    "municipality": ("kommune", "kommunenavn", "kommunens navn", "municipality", "jobcenter"),
    "experiment": (
        "forsøg",
        "forsøgs id",
        "forsøg id",
        "forsøgsnavn",
        "frikommuneforsøg",
        "experiment",
        "experiment id",
    ),
    "respondent_group": ("respondentgruppe", "respondent gruppe", "gruppe", "målgruppe", "respondent group", "group"),
    "date": ("dato", "svardato", "besvarelsesdato", "besvaret", "date", "answered on", "answer date"),
    "wave": ("bølge", "runde", "måling", "wave", "round"),
    "respondent_id": (
        "respondent",
        "respondent id",
        "respondentid",
        "respondent nr",
        "respondentnummer",
        "id",
        "svar id",
        "løbenummer",
        "lbnr",
        "response id",
        "respondent_id",
    ),
    "question_name": ("spørgsmål", "spm", "question"),
    "answer": ("svar", "værdi", "answer", "value", "score"),
}

_DANISH = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "ae", "Ø": "oe", "Å": "aa", "ß": "ss"})


def fold(text: object) -> str:
    """Lower case, Danish letters spelled out (æ->ae, ø->oe, å->aa), accents dropped, punctuation to spaces."""
    s = unicodedata.normalize("NFKD", str(text).translate(_DANISH).lower())
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).translate(_DANISH)
    return " ".join(re.sub(r"[^0-9a-z]+", " ", s).split())


def key(text: object) -> str:
    """A loose matching key: :func:`fold` without spaces, with ae/oe/aa also matching a/o/a ("forsog" = "forsøg")."""
    s = fold(text).replace(" ", "")
    return s.replace("aa", "a").replace("oe", "o").replace("ae", "a")


_ROLE_BY_KEY = {key(syn): role for role, syns in _SYNONYMS.items() for syn in syns}


def role_of(column: str) -> str | None:
    """The role a column name suggests on its own, or None for anything else (a question, in wide form)."""
    return _ROLE_BY_KEY.get(key(column))


def detect_mapping(columns: list[str]) -> dict[str, str]:
    """Guess each column's role from its name. Unknown columns are questions (wide form) or ignored (long form)."""
    roles = {str(c): role_of(c) for c in columns}
    found = set(roles.values())
    long_form = "question_name" in found and "answer" in found
    out = {}
    for column, role in roles.items():
        if role is None:
            role = "ignore" if long_form or not str(column).strip() else "question"
        elif role in ("question_name", "answer") and not long_form:
            role = "question"  # a lone "Svar" or "Score" column in a wide file is just a question
        out[column] = role
    return out


def resolve_mapping(columns: list[str], given: dict[str, str] | None) -> dict[str, str]:
    """The mapping to use: the given one where it names a column (exactly or by loose key), detection elsewhere."""
    detected = detect_mapping(columns)
    if not given:
        return detected
    by_key = {key(c): r for c, r in given.items()}
    out = {}
    for column in detected:
        if column in given:
            out[column] = given[column]
        elif key(column) in by_key:
            out[column] = by_key[key(column)]
        else:
            out[column] = detected[column]
    # A given mapping that makes the file long form turns the remaining unknown columns into "ignore".
    if "question_name" in out.values() and "answer" in out.values():
        out = {
            c: ("ignore" if r == "question" and c not in given and key(c) not in by_key else r) for c, r in out.items()
        }
    return out


def find_header_row(first_rows: list[list[object]]) -> int:
    """Index of the header row: the first row naming two or more known columns, else the first non-empty row."""
    first_non_empty = None
    for i, row in enumerate(first_rows):
        texts = [c for c in row if isinstance(c, str) and c.strip()]
        if first_non_empty is None and any(c not in (None, "") for c in row):
            first_non_empty = i
        if sum(1 for c in texts if role_of(c) in REQUIRED_ROLES + ("date", "wave")) >= 2:
            return i
    return first_non_empty if first_non_empty is not None else 0


# ---------------------------------------------------------------------------------------------------------------
# Saved mappings


MAPPINGS_DIR = "uploads/mappings"
_NAME_RE = re.compile(r"^[\w æøåÆØÅ.-]{1,80}$")


def _mapping_path(name: str) -> str:
    slug = fold(name).replace(" ", "-")
    if not slug or not _NAME_RE.match(name):
        raise ValueError(f"invalid mapping name: {name!r} (letters, digits, space, '-', '_', '.'; at most 80)")
    return f"{MAPPINGS_DIR}/{slug}.json"


def save_mapping(root: str | Storage, name: str, mapping: dict[str, str]) -> None:
    """Save a mapping under ``name`` (replacing one of the same name) for the next export of the same survey."""
    bad = {c: r for c, r in mapping.items() if r not in ROLES}
    if bad:
        raise ValueError(f"unknown roles in mapping: {bad}")
    storage = root if isinstance(root, Storage) else open_root(root)
    body = {
        "name": name,
        "mapping": {str(c): r for c, r in mapping.items()},
        "saved_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    }
    storage.write_bytes_atomic(_mapping_path(name), json.dumps(body, ensure_ascii=False, indent=1).encode("utf-8"))


def load_mappings(root: str | Storage) -> dict[str, dict[str, str]]:
    """All saved mappings, by name."""
    storage = root if isinstance(root, Storage) else open_root(root)
    out = {}
    for path in storage.list(MAPPINGS_DIR):
        if path.endswith(".json"):
            try:
                body = json.loads(storage.read_bytes(path))
                out[body["name"]] = dict(body["mapping"])
            except (OSError, ValueError, KeyError):
                continue
    return out
