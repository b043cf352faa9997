"""Danish (and English) display formats for numbers, money, shares, p-values and dates.

Data stays in machine format (see DESIGN §4); these functions are the only place that formats for people.
"""

from __future__ import annotations

import datetime as dt
import math

MONTHS_DA = (
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
)
MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def plotly_separators(lang: str = "da") -> str:
    """plotly's `separators` layout value: decimal mark then thousands separator."""
    return ",." if lang == "da" else ".,"


def number(value: float | None, decimals: int | None = None, lang: str = "da") -> str:
    """'6.406', '4,21' in Danish; '6,406', '4.21' in English. By default up to 2 decimals, no trailing zeros."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    trim = decimals is None
    if decimals is None:
        # Small values (p-values, shares) keep their first significant digits instead of rounding to 0.
        decimals = 2 if value == 0 or abs(value) >= 0.01 else min(6, 1 - math.floor(math.log10(abs(value))))
    text = f"{value:,.{decimals}f}"  # '6,406.50'
    if trim and "." in text:
        text = text.rstrip("0").rstrip(".")
    if lang == "da":
        text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return text.replace("-", "−") if value < 0 else text


def percent(value: float | None, decimals: int = 0, lang: str = "da") -> str:
    """'82 %' in Danish, '82%' in English; ``value`` is already in percent."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    return number(value, decimals, lang) + (" %" if lang == "da" else "%")


def dkk(value: float | None, lang: str = "da") -> str:
    """Money: '12,2 mio. kr.' from one million up, else '1.120 kr.'; English 'DKK 12.2m' / 'DKK 1,120'."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    if abs(value) >= 1_000_000:
        millions = number(value / 1_000_000, 1, lang)
        return f"{millions} mio. kr." if lang == "da" else f"DKK {millions}m"
    amount = number(round(value), 0, lang)
    return f"{amount} kr." if lang == "da" else f"DKK {amount}"


def dkk_range(low: float, high: float, lang: str = "da") -> str:
    """A money range with one unit: '4,75–4,86 mio. kr.', '1.639–1.742 kr.'; English 'DKK 4.75m–4.86m'.

    Millions get two decimals so that a narrow range does not round to one figure; equal bounds give one amount.
    """
    if round(low) == round(high):
        return dkk(low, lang)
    if abs(low) >= 1_000_000 and abs(high) >= 1_000_000:
        lo, hi = number(low / 1_000_000, 2, lang), number(high / 1_000_000, 2, lang)
        return f"{lo}–{hi} mio. kr." if lang == "da" else f"DKK {lo}m–{hi}m"
    lo, hi = number(round(low), 0, lang), number(round(high), 0, lang)
    return f"{lo}–{hi} kr." if lang == "da" else f"DKK {lo}–{hi}"


def p_value(p: float, lang: str = "da") -> str:
    """A p-value as people read it: 'p = 0,01', 'p < 0,001'."""
    if p < 0.001:
        return "p < " + number(0.001, 3, lang)
    return "p = " + number(p, 3 if p < 0.01 else 2, lang)


def date(value: dt.date, lang: str = "da") -> str:
    """'1. juli 2018' in Danish, '1 July 2018' in English."""
    if lang == "da":
        return f"{value.day}. {MONTHS_DA[value.month - 1]} {value.year}"
    return f"{value.day} {MONTHS_EN[value.month - 1]} {value.year}"


def value_with_unit(value: float | None, unit: str, lang: str = "da") -> str:
    """A curated fact's value in its unit, as text ('82 %', '12,2 mio. kr.', '4,2 uger')."""
    if unit == "pct":
        return percent(value, 0 if value is not None and float(value).is_integer() else 1, lang)
    if unit == "dkk":
        return dkk(value, lang)
    words = {
        "weeks": ("uger", "weeks"),
        "days": ("dage", "days"),
        "months": ("måneder", "months"),
        "years": ("år", "years"),
        "hours": ("timer", "hours"),
        "pp": ("procentpoint", "percentage points"),
    }
    text = number(value, None, lang)
    if unit in words:
        return f"{text} {words[unit][0 if lang == 'da' else 1]}"
    return text


UNIT_WORDS = {
    "count": ("antal", "number"),
    "pct": ("%", "%"),
    "pp": ("procentpoint", "percentage points"),
    "dkk": ("kr.", "DKK"),
    "weeks": ("uger", "weeks"),
    "days": ("dage", "days"),
    "months": ("måneder", "months"),
    "years": ("år", "years"),
    "hours": ("timer", "hours"),
    "ratio": ("forholdstal", "ratio"),
    "score": ("gennemsnit på skalaen", "mean on the scale"),
}


def unit_word(unit: str, lang: str = "da") -> str:
    """A unit as a word people read on an axis ('uger', 'antal', '%'); never the code."""
    words = UNIT_WORDS.get(unit)
    return words[0 if lang == "da" else 1] if words else ""


def names_list(names: list[str], lang: str = "da") -> str:
    """'Aalborg, Brønderslev og Hjørring' / 'Aalborg, Brønderslev and Hjørring'."""
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} {'og' if lang == 'da' else 'and'} {names[-1]}"


def lower_first(text: str) -> str:
    """``text`` to run on inside a sentence: its first letter lower-cased unless the first word is an acronym
    or a name ('Exemptions from LÆ285' -> 'exemptions from LÆ285'; 'I alt for Aalborg' -> 'i alt for Aalborg')."""
    first = text.split(" ", 1)[0]
    if not first or (len(first) > 1 and first[1:2].isupper()):
        return text
    return text[0].lower() + text[1:]
