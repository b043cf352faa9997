"""Helpers shared by the annex13_15 modules (Bilag 13 and 15 of 003_*.txt): table extents, anchors, half-years.

Cells, cell quotes, headings and numbers are read with :mod:`frikommune.extract.seed_text`.
"""

from __future__ import annotations

import re

from frikommune.extract.seed_text import ANNEX, find_line, seed_lines

DOC = ANNEX


def table_lines(caption_line: int, max_gap: int = 3) -> list[int]:
    """The lines of the tab-separated table below a caption (blank lines inside the table are skipped).

    Stops at the first non-blank line without a tab once rows have begun, or after ``max_gap``
    consecutive blank lines: the dump sometimes puts a blank line inside a table (e.g. Tabel 0.4).
    """
    lines = seed_lines(DOC)
    rows: list[int] = []
    gap = 0
    number_ = caption_line + 1
    while number_ <= len(lines):
        text = lines[number_ - 1]
        if "\t" in text:
            rows.append(number_)
            gap = 0
        elif text.strip():
            if rows:
                break
        else:
            gap += 1
            if rows and gap > max_gap:
                break
        number_ += 1
    return rows


def anchor(text: str, start: int = 1, end: int | None = None) -> int:
    """find_line on the annex seed."""
    return find_line(DOC, text, start, end)


def half_year(label: str) -> str:
    """'2016, 1' or '2017-2' -> '2016H1' / '2017H2'."""
    m = re.fullmatch(r"\s*(\d{4})\s*[,-]\s*([12])\s*", label)
    if not m:
        raise ValueError(f"not a half-year label: {label!r}")
    return f"{m[1]}H{m[2]}"
