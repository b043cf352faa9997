"""The change log in words: when a change was made, and each moved figure as a sentence."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from frikommune.domain.changes import Moved
from frikommune.text import formatting

try:
    from zoneinfo import ZoneInfo

    LOCAL = ZoneInfo("Europe/Copenhagen")
except Exception:  # noqa: BLE001 - no time-zone database on the machine: times are said in UTC
    LOCAL = None


def when(time: dt.datetime | None, lang: str = "da") -> str:
    """'30. november 2026 kl. 15.10' (Danish time) / '30 November 2026, 15:10'; to the minute, never microseconds."""
    if time is None:
        return "–"
    local = time.astimezone(LOCAL) if LOCAL is not None else time
    zone = "" if LOCAL is not None else " UTC"
    day = formatting.date(local.date(), lang)
    return f"{day} kl. {local:%H.%M}{zone}" if lang == "da" else f"{day}, {local:%H:%M}{zone}"


def genitive(name: str, lang: str = "da") -> str:
    """'Aalborgs' / "Aalborg's"; a name ending in s, x or z takes only an apostrophe."""
    if name[-1:].lower() in ("s", "x", "z"):
        return f"{name}'"
    return f"{name}s" if lang == "da" else f"{name}'s"


def mean_text(value: float | None, other: float | None, lang: str = "da") -> str:
    """A mean with one decimal, or two where one decimal would hide the move ('3,4' → '3,43')."""
    if value is None:
        return "–"
    if other is not None and round(value, 1) == round(other, 1):
        return formatting.number(value, 2, lang)
    return formatting.number(value, 1, lang)


def moved_sentence(
    m: Moved, municipality: str, group: str, lang: str = "da", escape: Callable[[str], str] = str
) -> str:
    """ "Aalborgs gennemsnit på »X« (borgere, bølge 2021): 3,4 → 3,6 (N 20 → 35)"; ``escape`` is applied to the
    uploaded texts (question, wave), which are data, never markup."""
    question, wave = escape(m.question), escape(m.wave)
    figures = f"{mean_text(m.before, m.after, lang)} → {mean_text(m.after, m.before, lang)}"
    counts = f"N {formatting.number(m.n_before, 0, lang)} → {formatting.number(m.n_after, 0, lang)}"
    if lang == "da":
        return (
            f"{genitive(municipality, lang)} gennemsnit på »{question}« ({group}, bølge {wave}): {figures} ({counts})"
        )
    return f"{genitive(municipality, lang)} mean on “{question}” ({group}, wave {wave}): {figures} ({counts})"
