"""Small helpers shared by the annex13_15 modules: table rows, verbatim cell quotes, municipality names.

The PDF dump keeps table cells separated by single tabs, so a table row is a line with tabs, and the
verbatim quote for one cell is the tab-joined run of cells from the row label up to that cell (a real
substring of the line, so ``fact()`` can verify it and a reader can see which cell is meant).
"""

from __future__ import annotations

import re

from frikommune import vocabulary
from frikommune.extract.common import ANNEX, find_line, line_text, numbers_in, seed_lines

DOC = ANNEX

# Source spelling -> municipality id; 'Samlet' (all participating municipalities) -> 'network'.
MUNICIPALITY_BY_NAME: dict[str, str] = {name: mid for mid, name in vocabulary.MUNICIPALITY_IDS.items()}
MUNICIPALITY_BY_NAME["Samlet"] = vocabulary.NETWORK


def municipality_id(label: str) -> str:
    """The id for a row label such as 'Aalborg' or 'Aalborg (N=101)'."""
    name = re.sub(r"\s*\(N=[\d.]+\)\s*$", "", label).strip()
    return MUNICIPALITY_BY_NAME[name]


def cells(line: int) -> list[str]:
    """The tab-separated cells of a line (1-based), unstripped so they can be re-joined verbatim."""
    return line_text(DOC, line).split("\t")


def cell_quote(line: int, k: int, label_words: int | None = None) -> str:
    """Verbatim quote for cell ``k`` of ``line``: the cells from the first non-empty one up to ``k``.

    Leading empty cells (a label written once above and meant to fill down) are dropped so the quote
    does not start with a tab; the rest is the line's own text. ``label_words`` keeps only the last words of
    a long row label (a whole survey question), which is still a verbatim piece of the line.
    """
    parts = cells(line)
    first = next(i for i, c in enumerate(parts) if c.strip())
    quote = "\t".join(parts[first : k + 1])
    if label_words is not None and first == 0:
        label, rest = quote.split("\t", 1)
        tail = " ".join(label.split(" ")[-label_words:])
        quote = f"{tail}\t{rest}"
    if quote not in line_text(DOC, line):
        raise AssertionError(f"{DOC}:{line}: quote {quote!r} is not verbatim")
    return quote


def is_missing(cell: str) -> bool:
    """'-', '.' and empty cells are missing or discretion-suppressed: never 0."""
    return cell.strip() in {"", "-", ".", "–"}


def number(cell: str) -> float:
    """The single number printed in a cell ('1.102' -> 1102, '4,4' -> 4.4, '74 % (N=40)' -> 74)."""
    found = numbers_in(cell)
    if not found:
        raise ValueError(f"no number in cell {cell!r}")
    return found[0]


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


def heading(text: str, start: int = 1) -> int:
    """The first line from ``start`` that is exactly ``text``: an annex heading in the body, not its entry in
    the table of contents (which carries dots and a page number after a tab)."""
    lines = seed_lines(DOC)
    for number_ in range(start, len(lines) + 1):
        if lines[number_ - 1].strip() == text:
            return number_
    raise ValueError(f"{DOC}: no heading line {text!r}")
