"""Shared helpers of the catalogue extraction: verified citations, annex anchors, municipality names.

Every cell of the catalogue tables that states something the source says carries a ``Cite`` (document, line,
verbatim quote). ``Cite`` checks its quote against the seed when it is made, so a wrong line number or a
mistyped quote fails the extraction instead of slipping into data/curated/.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from frikommune import vocabulary
from frikommune.extract.seed_text import ANNEX, STATUS, WEB, find_line, line_text, seed_lines


def require_quote(doc: str, line: int, quote: str) -> str:
    """Raise unless ``quote`` stands verbatim on the 1-based ``line`` of ``doc``; returns the quote."""
    text = line_text(doc, line)
    if not quote or quote not in text:
        raise ValueError(f"{doc}:{line}: quote {quote!r} is not on the line {text[:120]!r}")
    return quote


@dataclass(frozen=True)
class Cite:
    """A verified citation: ``quote`` stands verbatim on ``line`` of ``doc``."""

    doc: str
    line: int
    quote: str

    def __post_init__(self) -> None:
        require_quote(self.doc, self.line, self.quote)

    @property
    def ref(self) -> str:
        """Short human reference, e.g. '003:830'."""
        return f"{self.doc[:3]}:{self.line}"


def at(doc: str, text: str, start: int = 1, end: int | None = None, quote: str | None = None) -> Cite:
    """Cite the first line in [start, end] of ``doc`` containing ``text`` (quote defaults to ``text``).

    Anchoring on text rather than on a line number keeps the catalogue correct if a seed is re-dumped.
    """
    line = find_line(doc, text, start, end)
    return Cite(doc, line, quote if quote is not None else text)


def normalise_space(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def starts_on(doc: str, line: int, text: str) -> bool:
    """True when ``text`` (whitespace-normalised) stands whole on ``line``, or the line is its beginning."""
    first = normalise_space(seed_lines(doc)[line - 1]).lstrip("• ").strip()
    wanted = normalise_space(text)
    return bool(first) and (wanted in first or wanted.startswith(first))


def require_text(doc: str, line: int, text: str, max_lines: int = 40) -> str:
    """Raise unless ``text`` (whitespace-normalised) starts on ``line`` and runs on over the following lines.

    The slide deck (004) breaks one bullet over several lines with blank lines in between; a statement's
    text is the bullet joined back together, cited by the line it starts on. Returns the normalised text.
    """
    lines = seed_lines(doc)
    wanted = normalise_space(text)
    first = normalise_space(lines[line - 1]).lstrip("• ").strip()
    joined = normalise_space(" ".join(lines[line - 1 : line - 1 + max_lines])).lstrip("• ").strip()
    if not first or not (wanted in first or joined.startswith(wanted)):
        raise ValueError(f"{doc}:{line}: text {wanted[:80]!r} does not start on this line {lines[line - 1][:80]!r}")
    return wanted


# --- anchors in the annex file (003) -------------------------------------------------------------
# The table of contents (lines 12-140) repeats every heading, so body anchors search after it.
BODY_START = find_line(ANNEX, "Bilag 1 – Frikommuneansøgninger til Social og", 100)


@cache
def annex_line(heading: str) -> int:
    """First body line (after the table of contents) that starts an annex heading such as '14.a Bilag til'."""
    return find_line(ANNEX, heading, BODY_START)


# Result annexes (Bilag 14-17) in the body, in order; each runs until the next one starts.
RESULT_ANNEX_HEADINGS: dict[str, str] = {
    "Bilag 14.a": "14.a Bilag til forsøg: Formkrav ved lovpligtige samtaler – forsikrede ledige",
    "Bilag 14.b": "14.b Bilag til forsøg: Formkrav ved lovpligtige samtaler – Øvrige målgrupper",
    "Bilag 14.c": "14.c Bilag til forsøg: Ledighedsydelse",
    "Bilag 14.d": "14.d Bilag til forsøg: Fleksible rammer for uddannelse",
    "Bilag 15.a": "15.a Bilag til forsøg: Rehabiliteringsteams",
    "Bilag 15.b": "15.b Bilag til forsøg: Forenkling af bevillingsgrundlaget for revalidering",
    "Bilag 15.c": "15.c Bilag til forsøg: Differentiering i valg af lægeattester",
    "Bilag 15.d": "15.d Bilag til forsøg: Forlængelse af ressourceforløbsager",
    "Bilag 16.a": "16.a Bilag til forsøg: Flexibilitet i forhold til forholdstalskravene",
    "Bilag 17.a": "17.a Bilag til forsøg: Psykologbehandling",
    "Bilag 17.b": "17.b Bilag til forsøg: Mulighed for at fremme iværksætterier for dimittender",
    "Bilag 17.c": "17.c Bilag til forsøg: Mikrolån",
}


@cache
def result_annex_range(annex: str) -> tuple[int, int]:
    """(first line, last line) of a result annex in the body of 003."""
    keys = list(RESULT_ANNEX_HEADINGS)
    start = annex_line(RESULT_ANNEX_HEADINGS[annex])
    nxt = keys.index(annex) + 1
    end = annex_line(RESULT_ANNEX_HEADINGS[keys[nxt]]) - 1 if nxt < len(keys) else len(seed_lines(ANNEX))
    return start, end


# --- municipality names ----------------------------------------------------------------------------
_NAME_TO_ID = vocabulary.MUNICIPALITY_BY_NAME | {"Jammerbrugt": "jammerbugt"}  # a typo in application 3.c's header
_COMBINED = next(iter(vocabulary.COMBINED_UNITS))  # 'frederikshavn-laesoe'
_NAMES = sorted(_NAME_TO_ID, key=len, reverse=True)
_MUNI_RE = re.compile(r"Frederikshavn\s*/\s*Læsø|" + "|".join(map(re.escape, _NAMES)))


def municipalities_in(text: str) -> list[str]:
    """Municipality ids named in ``text``, in order, without repeats.

    'Frederikshavn/Læsø' is the combined unit (never split); a bare 'Frederikshavn' is Frederikshavn.
    Genitive forms ('Vesthimmerlands Kommune') are matched by their stem.
    """
    out: list[str] = []
    for m in _MUNI_RE.finditer(text):
        mid = _COMBINED if "/" in m.group() else _NAME_TO_ID[m.group()]
        if mid not in out:
            out.append(mid)
    return out


# Seed shortcuts re-exported for the sibling modules.
__all__ = [
    "ANNEX",
    "STATUS",
    "WEB",
    "Cite",
    "at",
    "annex_line",
    "municipalities_in",
    "normalise_space",
    "require_quote",
    "require_text",
    "result_annex_range",
    "RESULT_ANNEX_HEADINGS",
    "BODY_START",
]
