"""Building blocks shared by every extraction module: seeds, Danish numbers, and the curated row types.

An extraction module (one per part of the source) exposes ``MEASURES``, ``facts()``, ``SOURCE_ISSUES`` and
``LOST_FIGURES``. ``fact()`` refuses a row whose quote is not on its line or does not contain its value, so a
mistake fails at extraction time, not in a reviewer's head.
"""

from __future__ import annotations

import math
import os
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from frikommune import vocabulary

REPO_ROOT = Path(__file__).resolve().parents[2]


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


# Seed file names, so modules need not repeat the hashes.
WEB = "000_71766aee2a796972.txt"
WISHES = "001_8aed834aa35d5a3e.txt"
STATUS = "002_43ed0633f447e672.txt"
ANNEX = "003_dd6b408d530566e6.txt"
SLIDES = "004_3012870ef777511f.txt"

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


# Numbers the source writes as words ("fire af jeres syv ansøgninger", "ti forsøg"). 'en'/'et' are left out:
# they are the indefinite article far more often than the number one.
NUMBER_WORDS: dict[str, int] = {
    "én": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "syv": 7, "otte": 8, "ni": 9, "ti": 10,
    "elleve": 11, "tolv": 12, "tretten": 13, "fjorten": 14, "femten": 15, "seksten": 16, "sytten": 17,
    "atten": 18, "nitten": 19, "tyve": 20,
}
_WORD = re.compile(r"(?<![\w-])(" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")(?![\w-])",
                   re.IGNORECASE)


def number_words_in(text: str) -> list[int]:
    """Every number written as a Danish word in ``text`` ('fire af jeres syv' -> [4, 7]), in order."""
    return [NUMBER_WORDS[m.group(1).lower()] for m in _WORD.finditer(text)]


def value_is_printed(value: float, quote: str) -> bool:
    """True when ``value`` is printed in ``quote``, in digits (sign-insensitive for dashes used as bullets) or as a
    Danish number word."""
    return (any(math.isclose(abs(value), abs(n), rel_tol=1e-9, abs_tol=1e-9) for n in numbers_in(quote))
            or value in number_words_in(quote))


@dataclass(frozen=True)
class Measure:
    """One measure: what a fact's number means, as the source defines it."""

    measure_id: str
    name_da: str
    name_en: str
    definition_da: str
    definition_en: str
    unit: str
    higher_is_better: bool | None
    family: str

    def __post_init__(self) -> None:
        if self.unit not in vocabulary.UNITS:
            raise ValueError(f"{self.measure_id}: unknown unit {self.unit!r}")
        if self.family not in vocabulary.FAMILIES:
            raise ValueError(f"{self.measure_id}: unknown family {self.family!r}")


@dataclass(frozen=True)
class Series:
    """What a figure *is*: one row or column of one source table or figure, or one statement (DESIGN §4).

    ``source`` names the table/figure/section as the source does ("Bilag 14.a, Tabel 0-14"); the breakdown
    fields say which row/column of it; the labels (at most 40 characters) are what a chart prints. Within one
    series, municipality × respondent group × period identifies one value.
    """

    source: str
    label_da: str
    label_en: str
    target_group: str = ""  # who the figure is about, where the table splits by it ("jobparate kontanthjælpsmodtagere")
    band: str = ""  # a duration band of a distribution ("0-4 uger")
    question: str = ""  # a question_id of questions.csv
    instrument: str = ""  # the rule or document the figure is about, where one table covers several ("LÆ265")
    window: str = ""  # time after start ("1-3 mdr. efter opstart")
    cohort: str = ""  # start cohort ("2017H2")
    statistic: str = ""  # what the number is of its population: mean, min, max, share, total, count, ...
    category: str = ""  # an answer or status category ("Ja", "Ingen aktiv sag")

    BREAKDOWN = ("target_group", "band", "question", "instrument", "window", "cohort", "statistic", "category")

    def __post_init__(self) -> None:
        for label in (self.label_da, self.label_en):
            if not label or len(label) > 40:
                raise ValueError(f"series label must be 1-40 characters: {label!r} ({self.source})")


@dataclass(frozen=True)
class Question:
    """A survey question as the source prints it, with an English translation and its scale."""

    question_id: str
    text_da: str
    text_en: str
    scale_da: str  # '1-5, 5 = "I meget høj grad", 1 = "Slet ikke"'
    scale_en: str
    higher_is_better: bool | None  # False for the negatively worded items the report marks


@dataclass(frozen=True)
class Fact:
    """One figure of the source with the line and verbatim quote it is printed in."""

    experiment_id: str
    municipality_id: str
    measure_id: str
    respondent_group: str
    period: str
    value: float
    unit: str
    n: float | None
    source_doc: str
    source_line: int
    source_quote: str
    note: str = ""
    series: Series | None = None


def fact(
    doc: str,
    line: int,
    quote: str,
    *,
    experiment: str,
    measure: str,
    unit: str,
    municipality: str = vocabulary.NETWORK,
    group: str = "",
    period: str = "",
    value: float | None = None,
    n: float | None = None,
    note: str = "",
    series: Series | None = None,
) -> Fact:
    """A verified Fact: ``quote`` must stand on ``line`` of ``doc`` and print ``value`` (parsed from it if None)."""
    text = line_text(doc, line)
    if quote not in text:
        raise ValueError(f"{doc}:{line}: quote {quote!r} is not on the line {text[:120]!r}")
    if value is None:
        value = parse_number(quote)
        if value is None:
            raise ValueError(f"{doc}:{line}: no number in quote {quote!r}")
    elif not value_is_printed(value, quote):
        raise ValueError(f"{doc}:{line}: value {value} is not printed in quote {quote!r}")
    _check_ids(experiment, municipality, unit, f"{doc}:{line}")
    return Fact(experiment, municipality, measure, group, period, float(value), unit, n, doc, line, quote, note, series)


def _check_ids(experiment: str, municipality: str, unit: str, where: str) -> None:
    if experiment not in vocabulary.EXPERIMENT_IDS and experiment != vocabulary.ALL_EXPERIMENTS:
        raise ValueError(f"{where}: unknown experiment id {experiment!r}")
    if not vocabulary.known_municipality(municipality):
        raise ValueError(f"{where}: unknown municipality id {municipality!r}")
    if unit not in vocabulary.UNITS:
        raise ValueError(f"{where}: unknown unit {unit!r}")


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


@dataclass(frozen=True)
class SourceIssue:
    """A contradiction or oddity in the source, with the lines it concerns."""

    issue_id: str
    source_doc: str
    lines: tuple[int, ...]
    kind: str  # 'sum-mismatch', 'two-figures', 'denominator', 'shifted-table', 'other'
    description_da: str
    description_en: str


@dataclass(frozen=True)
class LostFigure:
    """A chart or table that survives only as a caption: its values are lost and never filled in."""

    lost_id: str
    experiment_id: str
    source_doc: str
    source_line: int
    caption: str  # verbatim piece of the caption line
    note_da: str
    note_en: str


@dataclass
class Part:
    """What one extraction module contributes to the curated tables."""

    name: str
    measures: list[Measure] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    source_issues: list[SourceIssue] = field(default_factory=list)
    lost_figures: list[LostFigure] = field(default_factory=list)
    questions: list[Question] = field(default_factory=list)
