"""The seed documents as text, and the helpers every extraction module reads them with.

The seeds are PDF dumps: a table row is one line whose cells are separated by tabs, a heading stands on a line
of its own (and again, with a page number, in a table of contents), and numbers are printed the Danish way
('6.406', '4,21', '12,2 mio.'). The helpers here find headings, cut rows into cells, build the verbatim quote
of one cell, and read the numbers, so the part modules hold only what is particular to their tables.
"""

from __future__ import annotations

import math
import os
import re
from functools import cache
from pathlib import Path

from frikommune import vocabulary

REPO_ROOT = Path(__file__).resolve().parents[2]

# Seed file names, so modules need not repeat the hashes.
WEB = "000_71766aee2a796972.txt"
WISHES = "001_8aed834aa35d5a3e.txt"
STATUS = "002_43ed0633f447e672.txt"
ANNEX = "003_dd6b408d530566e6.txt"
SLIDES = "004_3012870ef777511f.txt"
# What each seed is, as sources.csv names it.
SEED_TITLES: dict[str, str] = {
    WEB: "Aalborg Kommune: Frikommuneforsøg (webside med sammenfatning/Pixi)",
    WISHES: "Oversigt over forsøg der ønskes permanentgjort eller forlænget",
    STATUS: "Status på frikommuneforsøg, Beskæftigelsesudvalget 2017",
    ANNEX: "Bilagsmappe 2: Evalueringer af frikommuneforsøg 2020",
    SLIDES: "Præsentation: konklusioner og anbefalinger",
}


# --- lines and headings ---------------------------------------------------------------------------------------


def seeds_dir() -> Path:
    """The folder holding the source documents: $FRIKOMMUNE_SEEDS, else ``../shared/seeds`` beside the repo."""
    return Path(os.environ.get("FRIKOMMUNE_SEEDS", REPO_ROOT.parent / "shared" / "seeds"))


@cache
def seed_lines(doc: str) -> tuple[str, ...]:
    """The lines of one seed file (index 0 is line 1)."""
    return tuple((seeds_dir() / doc).read_text(encoding="utf-8").split("\n"))


def line_text(doc: str, line: int) -> str:
    """The text of the 1-based ``line`` of seed ``doc``."""
    return seed_lines(doc)[line - 1]


def find_line(doc: str, text: str, start: int = 1, end: int | None = None) -> int:
    """The 1-based number of the first line in [start, end] containing ``text``; raises if absent.

    Lets a module anchor on a table's caption instead of hard-coding shifting line numbers.
    """
    lines = seed_lines(doc)
    stop = len(lines) if end is None else end
    for number in range(start, stop + 1):
        if text in lines[number - 1]:
            return number
    raise ValueError(f"{doc}: {text!r} not found in lines {start}-{stop}")


def heading(doc: str, text: str, start: int = 1) -> int:
    """The first line from ``start`` that is exactly ``text`` (stripped); raises if there is none.

    A heading also stands in the table of contents, followed by a tab and a page number, so :func:`find_line`
    would hit the table of contents; a whole-line match finds the heading in the body.
    """
    for number, line in enumerate(seed_lines(doc)[start - 1 :], start=start):
        if line.strip() == text:
            return number
    raise ValueError(f"{doc}: no heading line {text!r} from line {start}")


# --- table rows -----------------------------------------------------------------------------------------------


def cells(doc: str, line: int, *, strip: bool = False) -> list[str]:
    """The tab-separated cells of ``line``; unstripped by default, so they can be re-joined into a verbatim quote."""
    parts = line_text(doc, line).split("\t")
    return [c.strip() for c in parts] if strip else parts


def cell_quote(doc: str, line: int, index: int, *, trim: bool = False, label_words: int | None = None) -> str:
    """The verbatim run of ``line`` from its first non-empty cell to the end of cell ``index``.

    Quoting from the row label keeps the quote readable (label + cells up to the figure) and a real substring of
    the line, so ``fact()`` can verify it. Leading empty cells (a label written once above, meant to fill down)
    are left out. ``trim`` also drops white space around the run; ``label_words`` keeps only the last words of a
    long row label (a whole survey question).
    """
    text = line_text(doc, line)
    parts = text.split("\t")
    first = next((i for i, c in enumerate(parts) if c.strip()), len(parts))
    quote = "\t".join(parts[first : index + 1])
    if trim:
        quote = quote.strip()
    if label_words is not None and first == 0:
        label, rest = quote.split("\t", 1)
        quote = " ".join(label.split(" ")[-label_words:]) + "\t" + rest
    if quote not in text:
        raise ValueError(f"{doc}:{line}: quote {quote!r} is not verbatim")
    return quote


# What the tables print for a figure that is missing or suppressed for discretion: never 0.
MISSING_MARKS = frozenset({"", "-", "–", ".", "N/A", "Ingen data"})


def is_missing(cell: str) -> bool:
    """True for a cell that prints no figure: empty, '-', '–', '.', 'N/A' or 'Ingen data'."""
    return cell.strip() in MISSING_MARKS


# Row labels the tables print for the total of the municipalities in the table.
TOTAL_LABELS = ("Samlet",)
_WITH_N = re.compile(r"\s*\(N=[\d.]+\)\s*$")


def table_municipality(label: str, *, drop_n: bool = False) -> str | None:
    """The municipality id of a table's row or column label ('Hjørring' -> 'hjoerring', 'Samlet' -> 'network').

    None when the label names no municipality. ``drop_n`` first removes a respondent count after the name
    ('Aalborg (N=101)') and surrounding white space.
    """
    name = _WITH_N.sub("", label).strip() if drop_n else label
    if name in TOTAL_LABELS:
        return vocabulary.NETWORK
    return vocabulary.municipality_id(name)


# --- numbers --------------------------------------------------------------------------------------------------

_SCALE = {"mio": 1e6, "millioner": 1e6, "million": 1e6, "mia": 1e9, "milliarder": 1e9, "tusind": 1e3}
# A number as Danish text prints it: optional sign, digits with '.' thousands groups or plain, optional
# ',' decimals; an optional scale word after it. English-style decimals ("2.5") also occur in the tables.
_NUMBER = re.compile(
    r"(?<![\w.,])([-−–]?)(\d{1,3}(?:\.\d{3})+|\d+)(?:([,.])(\d+))?(?:\s*(millioner|million|milliarder|mio|mia|tusind)\b\.?)?",
    re.IGNORECASE,
)


def parse_number(text: str) -> float | None:
    """Parse one Danish-formatted number ('6.406', '4,21', '12,2 mio.', '-3,5', '82 %'); None if there is none."""
    found = numbers_in(text)
    return found[0] if found else None


def numbers_in(text: str) -> list[float]:
    """Every number printed in ``text``, normalised (thousands dots removed, decimal comma, mio./mia. applied)."""
    out: list[float] = []
    for m in _NUMBER.finditer(text):
        sign, whole, sep, frac, scale = m.groups()
        whole_digits = whole.replace(".", "")
        if frac is not None:
            number = float(f"{whole_digits}.{frac}")
        else:
            number = float(whole_digits)
        if sign:
            number = -number
        if scale:
            out.append(number)  # the printed figure itself ('12,2') also counts as printed
            number *= _SCALE[scale.lower()]
        out.append(number)
    return out


def cell_number(cell: str) -> float:
    """The first number printed in a cell ('1.102' -> 1102, '4,4' -> 4.4, '74 % (N=40)' -> 74); raises if none."""
    found = numbers_in(cell)
    if not found:
        raise ValueError(f"no number in cell {cell!r}")
    return found[0]


_ONLY_NUMBER = re.compile(r"^(\d{1,3}(\.\d{3})+|\d+)(,\d+)?\s*%?$")


def only_number(cell: str) -> float | None:
    """The number of a cell that holds nothing but a number ('6.406', '61,3', '68,00%'); None for anything else,
    such as a label ('0-4 uger') or a missing mark ('.', '-', 'N/A')."""
    if is_missing(cell) or not _ONLY_NUMBER.match(cell):
        return None
    return numbers_in(cell)[0]


def is_decimal(cell: str) -> bool:
    """True for a cell printed as a number with a decimal comma ('61,3'), and nothing else."""
    return re.fullmatch(r"\d+,\d+", cell) is not None


# Numbers the source writes as words ("fire af jeres syv ansøgninger", "ti forsøg"). 'en'/'et' are left out:
# they are the indefinite article far more often than the number one.
NUMBER_WORDS: dict[str, int] = {
    "én": 1,
    "to": 2,
    "tre": 3,
    "fire": 4,
    "fem": 5,
    "seks": 6,
    "syv": 7,
    "otte": 8,
    "ni": 9,
    "ti": 10,
    "elleve": 11,
    "tolv": 12,
    "tretten": 13,
    "fjorten": 14,
    "femten": 15,
    "seksten": 16,
    "sytten": 17,
    "atten": 18,
    "nitten": 19,
    "tyve": 20,
}
_WORD = re.compile(
    r"(?<![\w-])(" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")(?![\w-])", re.IGNORECASE
)


def number_words_in(text: str) -> list[int]:
    """Every number written as a Danish word in ``text`` ('fire af jeres syv' -> [4, 7]), in order."""
    return [NUMBER_WORDS[m.group(1).lower()] for m in _WORD.finditer(text)]


def value_is_printed(value: float, quote: str) -> bool:
    """True when ``value`` is printed in ``quote``, in digits (sign-insensitive for dashes used as bullets) or as a
    Danish number word."""
    return any(
        math.isclose(abs(value), abs(n), rel_tol=1e-9, abs_tol=1e-9) for n in numbers_in(quote)
    ) or value in number_words_in(quote)
