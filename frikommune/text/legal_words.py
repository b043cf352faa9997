"""The legal basis and the extension of an experiment in English.

The catalogue records both in Danish, as the sources word them, in a handful of fixed phrasings (``Hjemles på
bekendtgørelsesniveau``, ``§ 18 i Bek. nr. 529 af 23. maj 2018`` …). English mode translates those phrasings
rule by rule; text no rule covers is returned as it is, and ``fully_translated`` says whether that happened.
"""

from __future__ import annotations

import re

MONTHS = {
    "januar": "January",
    "februar": "February",
    "marts": "March",
    "april": "April",
    "maj": "May",
    "juni": "June",
    "juli": "July",
    "august": "August",
    "september": "September",
    "oktober": "October",
    "november": "November",
    "december": "December",
}

# (Danish pattern, English replacement), applied in order; the longer phrasings first.
RULES: list[tuple[str, str]] = [
    (
        r"Bekendtgørelse om frikommuneforsøg 2 på beskæftigelses- og sygedagpengeområdet nummer (\d+)",
        r"Executive Order no. \1 on free-municipality experiments 2 in employment and sickness benefit",
    ),
    (r"Bekendtgørelse af lov om frikommunenetværk nummer (\d+)", r"Consolidated Free Municipality Network Act no. \1"),
    (r"Bek\. af lov om frikommunenetværk nr\. (\d+)", r"Consolidated Free Municipality Network Act no. \1"),
    (r"Bek\. nr\. (\d+)", r"Executive Order no. \1"),
    (
        r"Søges hjemlet i lov om ændring af Lov om Fri-?kommune-?netværk",
        "Authority sought in an amendment of the Free Municipality Network Act",
    ),
    (r"Søges hjemlet i [Ll]ov om [Ff]ri-?kommune-?netværk", "Authority sought in the Free Municipality Network Act"),
    (r"Hjemles på bekendtgørelsesniveau", "Authorised by executive order"),
    (r"Hjemles i eksisterende forsøgsbestemmelser?", "Authorised by existing experiment provisions"),
    (r"Forlænget af regeringen til udgangen af (\d{4})", r"Extended by the government to the end of \1"),
    (r"Forlænget indtil udgangen af (\d{4})", r"Extended to the end of \1"),
    (r"oversigtens titel", "the overview's title"),
    (
        r"kommunerne ønsker forsøget permanentgjort eller forlænget",
        "the municipalities want the experiment made permanent or extended",
    ),
    (r"Aalborg Kommunes frikommunevedtægt", "Aalborg Municipality's free-municipality statute"),
    (r"\(tilsagn\)", "(approval)"),
    (r"§§ (\d+) og (\d+) i", r"§§ \1 and \2 of"),
    (r"§ (\w+) i", r"§ \1 of"),
    (r"hjemmel:", "legal basis:"),
    (r" af (\d{1,2})\. (" + "|".join(MONTHS) + r") (\d{4})", lambda m: f" of {m[1]} {MONTHS[m[2]]} {m[3]}"),
]
DANISH_LEFT = re.compile(r"[æøåÆØÅ]|\b(af|og|i|til|om|hjemles|søges|forlænget|nummer|udgangen)\b")


def in_english(text: str) -> str:
    """``text`` (a legal basis or an extension as the catalogue records it) with every known phrasing in English."""
    for pattern, replacement in RULES:
        text = re.sub(pattern, replacement, text)
    return text


def fully_translated(text: str) -> bool:
    """True when ``in_english(text)`` has no Danish word left."""
    return not DANISH_LEFT.search(in_english(text))


def legal_text(text: object, lang: str) -> str:
    """The catalogue's legal text for a page in ``lang``: English where every phrase is known, else the Danish."""
    value = "" if text is None or (isinstance(text, float) and text != text) else str(text)
    if lang == "da" or not value or not fully_translated(value):
        return value
    return in_english(value)
