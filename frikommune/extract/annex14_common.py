"""Helpers shared by the Bilag 14 extraction modules (annex14_a, annex14_b, annex14_cd).

Bilag 14 of 003_*.txt ("Færre proceskrav – i samtale og borgermødet") is a PDF dump: tables are tab-separated
lines, some labels are written once and meant to fill down, and a few rows collapsed when the PDF was turned
into text. The shared measure and the month and quarter labels of its tables are here; cells, cell quotes, headings and
numbers are read with :mod:`frikommune.extract.seed_text`.
"""

from __future__ import annotations

import re

from frikommune.extract.common import Measure
from frikommune.extract.seed_text import ANNEX

DOC = ANNEX
FORMKRAV = "r1-04-formkrav-samtaler"
UDDANNELSE = "r1-06-fleksibel-uddannelse"

# The survey share measure of Bilag 14, declared with exactly the brief's text so every part merges it (the generic
# survey measures are in :mod:`frikommune.extract.common`).
SURVEY_SHARE = Measure(
    "survey_share_pct",
    "Andel af besvarelser",
    "Share of answers",
    "Andel af respondenterne der har givet den angivne svarkategori (kategorien står ved tallet).",
    "Share of respondents giving the stated answer category (category given with the figure).",
    "pct",
    None,
    "satisfaction",
)

MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "marts": 3,
    "apr": 4,
    "april": 4,
    "maj": 5,
    "jun": 6,
    "juni": 6,
    "jul": 7,
    "juli": 7,
    "aug": 8,
    "sep": 9,
    "okt": 10,
    "nov": 11,
    "dec": 12,
}
MONTH_CELL = re.compile(r"^(" + "|".join(MONTHS) + r") (\d{4})$", re.IGNORECASE)
# Quarters print as '2. kv 2017', '2. kv. 2017' or '2. kvartal 2017'.
QUARTER_CELL = re.compile(r"^(\d)\. kv(?:\.|artal)? (\d{4})$")


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
