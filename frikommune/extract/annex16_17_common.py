"""Helpers shared by the annex 16-17 extraction modules (annex16_17_*.py).

Annexes 16-17 of Bilagsmappe 2 (003_*.txt) are mostly survey reports whose charts were lost in the PDF dump:
a question line is followed by a run of blank lines where the chart stood. ``lost_charts`` finds those runs
in a given line range, so every lost chart is recorded without hand-listing ~60 captions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from frikommune.extract.common import LostFigure, Question
from frikommune.extract.seed_text import ANNEX, seed_lines

PART = "annex16_17"

# Lines that are residue of a lost chart (an axis label), not text: they count as blank when looking for charts.
CHART_RESIDUE = {"Respondenter"}

# A chart stood where a caption is followed by at least this many blank lines. Free-text answer lists follow
# their question after only one or two blank lines, so 3 separates the two cases in annexes 16-17.
MIN_BLANK_RUN = 3


def _blank(text: str) -> bool:
    return not text.strip() or text.strip() in CHART_RESIDUE


def lost_charts(
    start: int,
    end: int,
    *,
    experiment: str,
    headings: dict[str, str],
    prefix: str,
    skip: tuple[int, ...] = (),
) -> list[LostFigure]:
    """Every caption in lines [start, end] of the annex followed by >= MIN_BLANK_RUN blank lines.

    ``headings`` maps a heading line's text (verbatim, stripped) to a Danish|English label of the survey it opens
    (e.g. 'Borgersurvey, Thisted|Citizen survey, Thisted'); the label of the latest heading above a caption goes into
    the note. ``skip`` lists caption lines that are not charts (checked by the tests).
    """
    lines = seed_lines(ANNEX)
    out: list[LostFigure] = []
    label_da, label_en = "", ""
    number = start
    while number <= end:
        text = lines[number - 1].strip()
        if text in headings:
            label_da, label_en = headings[text].split("|")
        if not _blank(text) and number not in skip:
            run = 0
            while number + run + 1 <= end and _blank(lines[number + run]):
                run += 1
            if run >= MIN_BLANK_RUN and text not in headings:
                out.append(
                    LostFigure(
                        lost_id=f"{PART}-{prefix}-{number}",
                        experiment_id=experiment,
                        source_doc=ANNEX,
                        source_line=number,
                        caption=caption_piece(text),
                        note_da=f"{label_da}: diagrammet er tabt i PDF-udtrækket; kun spørgsmålet/overskriften "
                        "står tilbage.",
                        note_en=f"{label_en}: the chart is lost in the PDF dump; only the question/caption survives.",
                    )
                )
        number += 1
    return out


def caption_piece(text: str, limit: int = 160) -> str:
    """A verbatim piece of a caption line, cut at a word boundary when the line is long."""
    if len(text) <= limit:
        return text
    return text[: text.rfind(" ", 0, limit)]


# --- questions of the lost charts ----------------------------------------------------------------------------
_NUMBERING = re.compile(r"^\d+\.\s+")
NOT_ASKED = ("Samlet status",)  # chart captions that are not questions
LOST_SCALE_DA = "Svarkategorierne er ikke gengivet (diagrammet er tabt i PDF-udtrækket)"
LOST_SCALE_EN = "The answer categories are not shown (the chart is lost in the PDF dump)"


@dataclass(frozen=True)
class LostQuestion:
    """A survey question whose chart is lost: ``starts`` are the beginnings of its wordings in the surveys."""

    question_id: str
    starts: tuple[str, ...]
    text_en: str
    higher_is_better: bool | None


def question_text(caption_line: int) -> str:
    """The question printed on a caption line, without the survey's own numbering ('1. ')."""
    return _NUMBERING.sub("", seed_lines(ANNEX)[caption_line - 1].strip())


def question_of(lost: LostFigure, specs: tuple[LostQuestion, ...]) -> str | None:
    """The question id a lost chart asked (None for captions in NOT_ASKED); raises if none or two match."""
    text = question_text(lost.source_line)
    if text in NOT_ASKED:
        return None
    found = [q.question_id for q in specs if text.startswith(q.starts)]
    if len(found) != 1:
        raise ValueError(f"{ANNEX}:{lost.source_line}: caption {text[:60]!r} matches questions {found}")
    return found[0]


def lost_questions(lost: list[LostFigure], specs: tuple[LostQuestion, ...]) -> list[Question]:
    """One Question per spec, its Danish text verbatim from the first survey that asks it.

    The surveys of the municipalities word some questions slightly differently ('andetsteds'/'andensteds',
    'jobcentret'/'jobcenteret'); one question stands for all its wordings, so the charts can be compared.
    """
    first: dict[str, str] = {}
    for x in lost:
        qid = question_of(x, specs)
        if qid is not None:
            first.setdefault(qid, question_text(x.source_line))
    missing = [q.question_id for q in specs if q.question_id not in first]
    if missing:
        raise ValueError(f"questions asked by no lost chart: {missing}")
    return [
        Question(q.question_id, first[q.question_id], q.text_en, LOST_SCALE_DA, LOST_SCALE_EN, q.higher_is_better)
        for q in specs
    ]
