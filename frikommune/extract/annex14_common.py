"""Helpers shared by the Bilag 14 extraction modules (annex14_a, annex14_b, annex14_cd).

Bilag 14 of 003_*.txt ("Færre proceskrav – i samtale og borgermødet") is a PDF dump: tables are tab-separated
lines, some labels are written once and meant to fill down, and a few rows collapsed when the PDF was turned
into text. The functions here cut a table row into cells and build the quote of one cell, so every table
function in the part modules stays short.
"""

from __future__ import annotations

import re

from frikommune.extract.common import ANNEX, Measure, line_text, numbers_in, seed_lines

DOC = ANNEX
FORMKRAV = "r1-04-formkrav-samtaler"
LEDIGHEDSYDELSE = "r3-02-ledighedsydelse-revurdering"
UDDANNELSE = "r1-06-fleksibel-uddannelse"

# The shared survey/response measures, declared with exactly the brief's text so every part merges them.
SURVEY_MEAN = Measure(
    "survey_mean", "Gennemsnitlig besvarelse", "Mean answer",
    "Gennemsnit af besvarelserne på spørgsmålets skala (skalaen står ved spørgsmålet).",
    "Mean of the answers on the question's scale (the scale is given with the question).", "score", True, "satisfaction")
SURVEY_SHARE = Measure(
    "survey_share_pct", "Andel af besvarelser", "Share of answers",
    "Andel af respondenterne der har givet den angivne svarkategori (kategorien står ved tallet).",
    "Share of respondents giving the stated answer category (category given with the figure).", "pct", None, "satisfaction")
RESPONDENTS = Measure(
    "respondents_n", "Antal besvarelser", "Number of respondents",
    "Antal respondenter der har besvaret spørgsmålet/undersøgelsen.",
    "Number of respondents who answered the question/survey.", "count", None, "response")
RESPONSE_RATE = Measure(
    "response_rate_pct", "Svarprocent", "Response rate",
    "Andel af de adspurgte der har besvaret undersøgelsen.", "Share of those asked who answered the survey.",
    "pct", True, "response")

# The municipality names as the tables of Bilag 14 print them; 'Samlet' is the network total.
# Frederikshavn appears alone here: Læsø is not among the nine municipalities of this experiment (line 5884).
MUNICIPALITY_LABELS = {
    "Thisted": "thisted", "Rebild": "rebild", "Frederikshavn": "frederikshavn", "Hjørring": "hjoerring",
    "Brønderslev": "broenderslev", "Mariagerfjord": "mariagerfjord", "Jammerbugt": "jammerbugt",
    "Aalborg": "aalborg", "Vesthimmerland": "vesthimmerland", "Samlet": "network",
}

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "marts": 3, "apr": 4, "april": 4, "maj": 5, "jun": 6, "juni": 6,
    "jul": 7, "juli": 7, "aug": 8, "sep": 9, "okt": 10, "nov": 11, "dec": 12,
}
MONTH_CELL = re.compile(r"^(" + "|".join(MONTHS) + r") (\d{4})$", re.IGNORECASE)
# Quarters print as '2. kv 2017', '2. kv. 2017' or '2. kvartal 2017'.
QUARTER_CELL = re.compile(r"^(\d)\. kv(?:\.|artal)? (\d{4})$")
MISSING = {".", "-", "", "N/A", "Ingen data"}


def cells(line: int) -> list[str]:
    """The tab-separated cells of a source line, stripped."""
    return [c.strip() for c in line_text(DOC, line).split("\t")]


def month_period(cell: str) -> str | None:
    """'Jun 2017' -> '2017-06'; None if the cell is not a month."""
    m = MONTH_CELL.match(cell.strip())
    if not m:
        return None
    return f"{m.group(2)}-{MONTHS[m.group(1).lower()]:02d}"


def quarter_period(cell: str) -> str | None:
    """'2. kv. 2017' -> '2017Q2'; None if the cell is not a quarter."""
    m = QUARTER_CELL.match(cell.strip())
    return f"{m.group(2)}Q{m.group(1)}" if m else None


def cell_quote(line: int, index: int) -> str:
    """A verbatim piece of the line: from its first printed character to the end of cell ``index``.

    Quoting the row from its label keeps the quote readable (label + cells up to the figure) and verbatim.
    """
    text = line_text(DOC, line)
    parts = text.split("\t")
    end = len("\t".join(parts[: index + 1]))
    start = len(text) - len(text.lstrip())
    return text[start:end].rstrip()


NUMBER_CELL = re.compile(r"^(\d{1,3}(\.\d{3})+|\d+)(,\d+)?\s*%?$")


def cell_value(cell: str) -> float | None:
    """The number of a cell that is only a number ('6.406', '61,3', '68,00%'); None for labels such as '0-4 uger'
    and for the missing/suppressed marks ('.', '-', 'N/A', empty)."""
    if cell in MISSING or not NUMBER_CELL.match(cell):
        return None
    return numbers_in(cell)[0]


def is_decimal(cell: str) -> bool:
    """True for a cell printed with a decimal comma ('61,3'): only the average-duration columns print those."""
    return re.fullmatch(r"\d+,\d+", cell) is not None


def heading(text: str, start: int = 1) -> int:
    """The 1-based line that is exactly ``text``: the table of contents prints the same words plus a page number."""
    for number, line in enumerate(seed_lines(DOC)[start - 1:], start=start):
        if line.strip() == text:
            return number
    raise ValueError(f"{DOC}: no heading line {text!r}")
