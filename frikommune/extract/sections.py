"""The sections of the source documents (Bilag 1-17 of the annex folder), found by their headings.

The extractor writes each fact's section as a column, so no code outside the extractor needs to know which
lines belong to which annex. Headings are found by their text, never by line number.
"""

from __future__ import annotations

import bisect
import re
from functools import cache

from frikommune.extract.seed_text import ANNEX, seed_lines

# (section, heading text, how many matching lines to skip after the previous section's heading).
# Bilag 3, 7 and 9 have no 'Bilag N –' heading in the body: Bilag 3 opens with its first application, Bilag 7 and
# 9 with an 'EVALUERINGSDESIGN' title page (Bilag 8 prints its own heading *and* such a title page, hence skip 1).
_HEADINGS = (
    ("Bilag 1", "Bilag 1 – Frikommuneansøgninger", 0),
    ("Bilag 2", "Bilag 2 – Frikommuneansøgninger", 0),
    ("Bilag 3", "<u>Ansøgning nr. 1: Forenkling af bevillingsgrundlaget for revalidering</u>", 0),
    ("Bilag 4", "Bilag 4 – Tilsagnsskrivelse", 0),
    ("Bilag 5", "Bilag 5 – Tilsagnsskrivelse", 0),
    ("Bilag 6", "Bilag 6 – Tilsagnsskrivelse", 0),
    ("Bilag 7", "EVALUERINGSDESIGN", 0),
    ("Bilag 8", "Bilag 8 – Evalueringsdesign", 0),
    ("Bilag 9", "EVALUERINGSDESIGN", 1),
    ("Bilag 10", "Bilag 10 – Opsamling", 0),
    ("Bilag 11", "Bilag 11 – Opsamling", 0),
    ("Bilag 12", "Bilag 12 – Opsamling", 0),
    ("Bilag 13", "Bilag 13– Tværgående besparelse", 0),
    ("Bilag 14.a", "14.a Bilag til forsøg", 0),
    ("Bilag 14.b", "14.b Bilag til forsøg", 0),
    ("Bilag 14.c", "14.c Bilag til forsøg", 0),
    ("Bilag 14.d", "14.d Bilag til forsøg", 0),
    ("Bilag 15.a", "15.a Bilag til forsøg", 0),
    ("Bilag 15.b", "15.b Bilag til forsøg", 0),
    ("Bilag 15.c", "15.c Bilag til forsøg", 0),
    ("Bilag 15.d", "15.d Bilag til forsøg", 0),
    ("Bilag 16.a", "16.a Bilag til forsøg", 0),
    ("Bilag 17.a", "17.a Bilag til forsøg", 0),
    ("Bilag 17.b", "17.b Bilag til forsøg", 0),
    ("Bilag 17.c", "17.c Bilag til forsøg", 0),
)
_TOC_ENTRY = re.compile(
    r"\t\d+\s*$"
)  # the table of contents prints the headings with page numbers; once past it, Bilag 3's body heading does too


@cache
def _starts() -> tuple[list[int], list[str]]:
    lines = seed_lines(ANNEX)
    starts: list[int] = []
    after = 0
    for section, text, skip in _HEADINGS:
        matches = (
            i
            for i in range(after, len(lines))
            if lines[i].startswith(text) and not (after == 0 and _TOC_ENTRY.search(lines[i]))
        )
        for _ in range(skip):
            next(matches)
        found = next(matches, None)
        if found is None:
            raise ValueError(f"{ANNEX}: heading of {section} ({text!r}) not found")
        starts.append(found + 1)
        after = found + 1
    return starts, [section for section, _, _ in _HEADINGS]


def section_of(doc: str, line: int) -> str:
    """The annex section of the annex folder a line belongs to ('Bilag 13'), '' before Bilag 1 and in other documents."""
    if doc != ANNEX:
        return ""
    starts, names = _starts()
    i = bisect.bisect_right(starts, line) - 1
    return names[i] if i >= 0 else ""
