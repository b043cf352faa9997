"""Bilag 14.c and 14.d of 003_*.txt.

14.c Ledighedsydelse – fritagelse for revurdering (r3-02): a commission for the working group (it names staff
and gives phone numbers; nothing of it is kept) and "Bilag 2: Medarbejdersurvey fra kommunerne", which holds only
the employees' free-text comments and the answer categories of two questions. No answer is counted or averaged
anywhere in the section, so it yields no figures.

14.d Fleksible rammer for uddannelse (r1-06): one table with one row per education course granted under the
experiment (municipality, age group, weeks of unemployment at the grant, type of education, dates, and Ja/Nej
outcomes). The only figure per row is the number of weeks of unemployment at the grant; it is kept per course.
The Ja/Nej outcome columns and the free-text remarks are not figures and are not counted here (no count of them is
printed); the note keeps the type of education and the activity's start and end month, never the remark.
"""

from __future__ import annotations

import re

from frikommune.extract.annex14_common import DOC, UDDANNELSE
from frikommune.extract.common import Fact, Measure, Series, SourceIssue, fact
from frikommune.extract.seed_text import (
    cell_quote,
    cells,
    find_line,
    heading,
    line_text,
    table_municipality,
)


def _bounds() -> tuple[int, int, int]:
    """First lines of 14.c and 14.d and the last line of 14.d (read when needed, not at import)."""
    return (
        heading(
            DOC, "14.c Bilag til forsøg: Ledighedsydelse - fritagelse for revurdering i 12. måned indenfor 18 måneder"
        ),
        heading(DOC, "14.d Bilag til forsøg: Fleksible rammer for uddannelse"),
        heading(DOC, "Bilag 15 - Færre proceskrav – med rehabiliteringsteams og lægeattester") - 1,
    )


WEEKS_AT_GRANT = Measure(
    "flexudd_unemployment_weeks_at_grant",
    "Ledighedsuger ved bevilling af uddannelse",
    "Weeks of unemployment when the education was granted",
    "Antal ledighedsuger ved bevilling (start på aktivitet) for det enkelte uddannelsesforløb under forsøget; "
    "kommunen har taget tallet fra start på aktivitet sammenholdt med tekst på sagen, oplysninger fra a-kassen "
    "eller sagens startdato (noten til tabellen).",
    "Weeks of unemployment at the grant (start of the activity) for each education course under the experiment; "
    "the municipality took the figure from the start of the activity compared with case notes, information from "
    "the unemployment fund or the case start date (the table's note).",
    "weeks",
    None,
    "duration",
)
MEASURES = [WEEKS_AT_GRANT]

DATE = re.compile(r"^(\d{2})-(\d{2})-(\d{4})$")


def _month(cell: str) -> str:
    """'01-05-2018' -> '2018-05' (the note keeps the month only, not the exact date of one person's course)."""
    m = DATE.match(cell)
    if not m:
        raise ValueError(f"{DOC}: unexpected date {cell!r}")
    return f"{m.group(3)}-{m.group(2)}"


def _course_series(education: str) -> Series:
    """The weeks of unemployment of the courses of one type of education (a course: age group × activity months)."""
    label = education if len(education) <= 40 else education[:39] + "…"
    return Series("Bilag 14.d, tabel over uddannelsesforløb", label, label, category=education, statistic="per course")


def facts() -> list[Fact]:
    _, section_d, section_end = _bounds()
    header = find_line(DOC, "Kommune\tAlder (over / under 30 år ved bevillingsstart)", section_d, section_end)
    out: list[Fact] = []
    line = header + 1
    while not line_text(DOC, line).startswith("Note:"):
        row = cells(DOC, line, strip=True)
        municipality, age, weeks, education, start, end = row[:6]
        out.append(
            fact(
                DOC,
                line,
                cell_quote(DOC, line, 2, trim=True),
                experiment=UDDANNELSE,
                measure=WEEKS_AT_GRANT.measure_id,
                unit="weeks",
                municipality=table_municipality(municipality),
                group=age.lower(),
                period=f"{_month(start)}/{_month(end)}",  # the course's activity, as an interval of months
                value=float(weeks),
                note=f"Bilag 14.d, ét uddannelsesforløb: {education}; aktivitet {_month(start)} til {_month(end)}",
                series=_course_series(education),
            )
        )
        line += 1
    return out


def source_issues() -> list[SourceIssue]:
    """14.c: say plainly that the employee survey of the revurdering experiment has no figures to show."""
    section_c, section_d, _ = _bounds()
    survey = find_line(DOC, "Bilag 2: Medarbejdersurvey fra kommunerne", section_c, section_d)
    return [
        SourceIssue(
            "annex14-c-survey-without-figures",
            DOC,
            (survey,),
            "other",
            "Medarbejdersurveyen om fritagelse for revurdering (ledighedsydelse) er kun gengivet som fritekst-svar; "
            "der er ingen antal, andele eller gennemsnit, så forsøget har ingen tal i dette bilag.",
            "The employee survey on the exemption from reassessment (ledighedsydelse) is reproduced as free-text "
            "answers only; there are no counts, shares or means, so the experiment has no figures in this annex.",
        )
    ]
