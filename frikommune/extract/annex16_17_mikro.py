"""Annex 17.c: Mikrolån (r1-01-mikrolaan, Aalborg), 003_*.txt lines ~9736-10438.

What is in the range:
- Bilag 1: week schedule of the course 'Fra ledig til virksomhedsejer' (times of day only: no figures).
- A newsletter (BusinessAalborg) with a participant's story and the project leader's contact details. The story
  and contact details are not taken. Its result sentences are: 8-10 participants per course, 85 % of the
  participants of the last course approved for a micro-loan, 6 of 7 participants of the October 2017 course
  received one, and loans of 1.000-50.000 kr.
- Bilag 3-4: the blank evaluation forms (question texts and empty checkboxes: no figures; the forms' '5-10
  minutter' and '6 måneders mentor- og opstartsforløb' describe the form and the course, not results).
- The Enalyzer report 'evaluering ved afslutning af kursus, perioden 2017 - 2019': its frequency and
  per-question charts are lost; what survives is each block's 'Total' and 'Gennemsnit'. Free-text answers follow
  (respondents' comments: not taken; they also name the course staff).
"""

from __future__ import annotations

from frikommune.extract.annex16_17_util import RESPONDENTS_N, SURVEY_MEAN, heading_line
from frikommune.extract.common import (
    ANNEX, Fact, LostFigure, Measure, SourceIssue, fact, find_line, line_text, seed_lines,
)

EXPERIMENT = "r1-01-mikrolaan"
MUNICIPALITY = "aalborg"  # the course and the micro-loans were run by Jobcenter Aalborg and BusinessAalborg
PERIOD = "2017-2019"
SCALE = ("svarskala: I meget høj grad, I høj grad, Delvist, I lav grad, I meget lav grad, Ved ikke; "
         "gennemsnit som trykt i rapporten, kodningen af skalaen er ikke angivet")
SCALE_UDBYTTE = ("svarskala: Meget stort, Stort, Moderat, Lidt, Intet udbytte, Ved ikke; gennemsnit som trykt i "
                 "rapporten, kodningen af skalaen er ikke angivet")

MEASURES = [
    SURVEY_MEAN,
    RESPONDENTS_N,
    Measure(
        "mikro_hold_deltagere_n", "Deltagere pr. hold", "Participants per course",
        "Antal deltagere på et hold af kurset 'Fra ledig til virksomhedsejer' (grænse står i note).",
        "Number of participants in one course 'Fra ledig til virksomhedsejer' (bound in the note).",
        "count", None, "uptake",
    ),
    Measure(
        "mikro_godkendt_laan_pct", "Andel godkendt til mikrolån", "Share approved for a micro-loan",
        "Andel af deltagerne på et kursus, der blev godkendt til mikrolån (nyhedsbrev).",
        "Share of a course's participants approved for a micro-loan (newsletter).", "pct", True, "effect",
    ),
    Measure(
        "mikro_modtog_laan_n", "Deltagere der modtog mikrolån", "Participants who received a micro-loan",
        "Antal deltagere på et kursus, der modtog et mikrolån (n = deltagere på kurset).",
        "Number of a course's participants who received a micro-loan (n = participants in the course).",
        "count", True, "effect",
    ),
    Measure(
        "mikro_laan_graense_dkk", "Mikrolånets størrelse", "Size of the micro-loan",
        "Mindste og største mikrolån, der kan bevilges til opstart af egen virksomhed (grænse står i note).",
        "Smallest and largest micro-loan that can be granted to start one's own business (bound in the note).",
        "dkk", None, "price",
    ),
]


def _range() -> tuple[int, int]:
    start = heading_line("17.c Bilag til forsøg: Mikrolån")
    return start, len(seed_lines(ANNEX))  # 17.c is the last annex: it runs to the end of the file


def _f(line: int, quote: str, measure: str, unit: str, note: str, **kw) -> Fact:
    return fact(ANNEX, line, quote, experiment=EXPERIMENT, measure=measure, unit=unit,
                municipality=MUNICIPALITY, note=note, **kw)


def newsletter() -> list[Fact]:
    """The newsletter's result sentences (no names: the quotes hold none)."""
    start, _ = _range()
    letter = find_line(ANNEX, "Fra ledig til virksomhedsejer", start)
    out = []
    quote = "er et koncentreret kursus på tre måneder med 8-10 deltagere"
    line = find_line(ANNEX, quote, letter)
    for value, bound in ((8, "nedre"), (10, "øvre")):
        out.append(_f(line, quote, "mikro_hold_deltagere_n", "count",
                      f"Nyhedsbrev: kurset har 8-10 deltagere ({bound} grænse)", value=value))
    # The share is printed in bold over four lines ('**85% af deltagerne' / 'blev på sidste' / ...): the
    # figure stands on the first of them.
    quote = "85% af deltagerne"
    out.append(_f(find_line(ANNEX, quote, letter), quote, "mikro_godkendt_laan_pct", "pct",
                  "Nyhedsbrev: andel af deltagerne på sidste kursus, der blev godkendt til mikrolån",
                  group="borger"))
    quote = "mikrolån på mellem 1.000 og 50.000 kr."
    line = find_line(ANNEX, quote, letter)
    for value, bound in ((1000, "mindste"), (50000, "største")):
        out.append(_f(line, quote, "mikro_laan_graense_dkk", "dkk",
                      f"Nyhedsbrev: {bound} mikrolån der kan bevilges", value=value))
    quote = "modtog 6 ud af de 7 deltagere et mikrolån"
    out.append(_f(find_line(ANNEX, quote, letter), quote, "mikro_modtog_laan_n", "count",
                  "Nyhedsbrev: deltagere på kurset startet i oktober 2017, der modtog et mikrolån",
                  value=6, n=7, period="2017-10", group="borger"))
    return out


def _report_start() -> int:
    start, _ = _range()
    return find_line(ANNEX, "Fra ledig til virksomhedsejer, evaluering ved afslutning af kursus, perioden 2017 - 2019",
                     start)


def _next_number(after: int, label: str) -> tuple[int, str]:
    """The first line after the line holding ``label`` that is a bare number: (line, text)."""
    number = find_line(ANNEX, label, after)
    number += 1
    while not line_text(ANNEX, number).strip().replace(",", "").isdigit():
        number += 1
    return number, line_text(ANNEX, number).strip()


# The chart blocks of the Enalyzer report: (question text as printed, what survives). The survey was answered by
# the course participants (cash-benefit recipients and rehabilitation clients): group 'borger'.
Q_FAGLIG = "I hvilken grad har du i undervisningsforløbet udviklet dine faglige kompetencer, som er oplyst nedenfor?"
Q_PERSONLIG = ("I hvilken grad har du i undervisningsforløbet udviklet dine personlige kompetencer, som er oplyst "
               "nedenfor?")
Q_UDBYTTE = "Hvordan vil du alt i alt bedømme dit faglige udbytte af undervisningsforløbet"
FREE_TEXT = (
    "Beskriv med ord, hvilken udvikling din virksomhed har været i gennem de seneste tre måneder.",
    "Forklar hvordan potentialer, styrker og/eller ændret adfærdsmønstre kan komme til udtryk i din hverdag?",
    "Har målene været klare og tydelige i forbindelse med udarbejdelsen af forretningsplanen",
    "For at kunne forbedre kurset løbende, er det vigtig for os, at få dine indput og forslag til forbedringer",
)


def evaluation_report() -> list[Fact]:
    """Totals (N) and means that survive in the evaluation report 2017-2019."""
    report = _report_start()
    out = []
    # Faglige kompetencer: the group mean block prints 'Total 98' and 'Gennemsnit 4,21'.
    block = find_line(ANNEX, "Gennemsnit fra hele gruppen af spørgsmål", find_line(ANNEX, Q_FAGLIG, report))
    total_line, total = _next_number(block, "Total")
    mean_line, mean = _next_number(total_line, "Gennemsnit")
    note = "Faglige kompetencer (7 delspørgsmål), gennemsnit for hele gruppen af spørgsmål"
    out.append(_f(total_line, total, "respondents_n", "count", f"{note}: Total", period=PERIOD, group="borger"))
    out.append(_f(mean_line, mean, "survey_mean", "score", f"{note}; {SCALE}", period=PERIOD, group="borger",
                  n=float(total)))
    # Personlige kompetencer: the frequency block prints 'Total 98', the group mean block 'Total 86' and
    # 'Gennemsnit 4,14' (two N for one question: see SOURCE_ISSUES).
    personal = find_line(ANNEX, Q_PERSONLIG, report)
    freq_total_line, freq_total = _next_number(find_line(ANNEX, "Frekvensfordeling for hvert spørgsmål", personal),
                                               "Total")
    out.append(_f(freq_total_line, freq_total, "respondents_n", "count",
                  "Personlige kompetencer (5 delspørgsmål), frekvensfordeling: Total", period=PERIOD, group="borger"))
    block = find_line(ANNEX, "Gennemsnit for hele gruppen af spørgsmål", personal)
    total_line, total = _next_number(block, "Total")
    mean_line, mean = _next_number(total_line, "Gennemsnit")
    note = "Personlige kompetencer (5 delspørgsmål), gennemsnit for hele gruppen af spørgsmål"
    out.append(_f(total_line, total, "respondents_n", "count", f"{note}: Total", period=PERIOD, group="borger"))
    out.append(_f(mean_line, mean, "survey_mean", "score", f"{note}; {SCALE}", period=PERIOD, group="borger",
                  n=float(total)))
    # Overall benefit ('faglige udbytte'): Total 36, Gennemsnit 4,31.
    block = find_line(ANNEX, "Gennemsnit", find_line(ANNEX, Q_UDBYTTE, report))
    total_line, total = _next_number(block, "Total")
    mean_line, mean = _next_number(total_line, "Gennemsnit")
    note = "Alt i alt fagligt udbytte af undervisningsforløbet"
    out.append(_f(total_line, total, "respondents_n", "count", f"{note}: Total", period=PERIOD, group="borger"))
    out.append(_f(mean_line, mean, "survey_mean", "score", f"{note}; {SCALE_UDBYTTE}", period=PERIOD,
                  group="borger", n=float(total)))
    # Free-text questions: only the number of answers. Two of them also print the N as a bar label above
    # 'Total' (the same figure twice): only the 'Total' line is taken.
    for question in FREE_TEXT:
        total_line, total = _next_number(find_line(ANNEX, question, report), "Total")
        out.append(_f(total_line, total, "respondents_n", "count", f"Fritekstspørgsmål: {question}",
                      period=PERIOD, group="borger"))
    return out


def lost_figures() -> list[LostFigure]:
    """The report's frequency distributions and per-question means (their values are lost)."""
    report = _report_start()
    out = []
    for question, chart, what_da, what_en in (
        (Q_FAGLIG, "Frekvenfordeling", "Faglige kompetencer: frekvensfordeling",
         "Professional skills: frequency distribution"),
        (Q_FAGLIG, "Gennemsnit for hvert spørgsmål", "Faglige kompetencer: gennemsnit for hvert delspørgsmål",
         "Professional skills: mean per sub-question"),
        (Q_PERSONLIG, "Frekvensfordeling for hvert spørgsmål", "Personlige kompetencer: frekvensfordeling",
         "Personal skills: frequency distribution"),
        (Q_PERSONLIG, "Gennemsnit for hvert spørgsmål", "Personlige kompetencer: gennemsnit for hvert delspørgsmål",
         "Personal skills: mean per sub-question"),
        (Q_UDBYTTE, "Frekvensfordeling", "Alt i alt fagligt udbytte: frekvensfordeling",
         "Overall professional benefit: frequency distribution"),
    ):
        line = find_line(ANNEX, chart, find_line(ANNEX, question, report))
        out.append(LostFigure(
            lost_id=f"annex16_17-mikro-{line}", experiment_id=EXPERIMENT, source_doc=ANNEX, source_line=line,
            caption=line_text(ANNEX, line).strip(),
            note_da=f"Kursusevaluering 2017-2019, {what_da}: diagrammet er tabt i PDF-udtrækket (kun "
                    f"signaturforklaring og Total står tilbage); svarfordelingen kan ikke gengives.",
            note_en=f"Course evaluation 2017-2019, {what_en}: the chart is lost in the PDF dump (only the legend and "
                    f"the total survive); the answer distribution cannot be shown.",
        ))
    return out


def source_issues() -> list[SourceIssue]:
    report = _report_start()
    personal = find_line(ANNEX, Q_PERSONLIG, report)
    freq_total, _ = _next_number(find_line(ANNEX, "Frekvensfordeling for hvert spørgsmål", personal), "Total")
    mean_total, _ = _next_number(find_line(ANNEX, "Gennemsnit for hele gruppen af spørgsmål", personal), "Total")
    faglig_total, _ = _next_number(find_line(ANNEX, "Gennemsnit fra hele gruppen af spørgsmål",
                                             find_line(ANNEX, Q_FAGLIG, report)), "Total")
    udbytte_total, _ = _next_number(find_line(ANNEX, "Gennemsnit", find_line(ANNEX, Q_UDBYTTE, report)), "Total")
    letter = find_line(ANNEX, "Fra ledig til virksomhedsejer", _range()[0])
    share = find_line(ANNEX, "85% af deltagerne", letter)
    count = find_line(ANNEX, "modtog 6 ud af de 7 deltagere et mikrolån", letter)
    return [
        SourceIssue(
            "annex16_17-mikro-eval-totals", ANNEX, (faglig_total, freq_total, mean_total, udbytte_total), "two-figures",
            "Kursusevalueringen 2017-2019 angiver Total 98 for de personlige kompetencer under frekvensfordelingen, "
            "men Total 86 under gennemsnittet for samme spørgsmål. De faglige kompetencer har Total 98, mens "
            "spørgsmålet om samlet udbytte og fritekstspørgsmålene kun har 34-36 besvarelser; det fremgår ikke, "
            "om 'Total' tæller respondenter eller besvarelser, eller om begge evalueringsskemaer (ved afslutning "
            "og efter 9 måneder) indgår.",
            "The course evaluation 2017-2019 gives Total 98 for personal skills under the frequency distribution but "
            "Total 86 under the mean of the same question. Professional skills have Total 98, while the overall "
            "benefit question and the free-text questions have only 34-36 answers; it is not stated whether "
            "'Total' counts respondents or answers, or whether both evaluation forms (end of course and after 9 "
            "months) are included.",
        ),
        SourceIssue(
            "annex16_17-mikro-85pct", ANNEX, (share, count), "denominator",
            "Nyhedsbrevet: '85% af deltagerne blev på sidste kursus godkendt til mikrolån' og 'På sidste kursus ... "
            "modtog 6 ud af de 7 deltagere et mikrolån'; 6 af 7 er 85,7 %, dvs. 86 % afrundet. Det er uklart, om "
            "de to tal gælder samme hold og samme forhold (godkendt hhv. modtaget).",
            "Newsletter: '85% of the participants of the last course were approved for a micro-loan' and 'in the "
            "last course ... 6 of the 7 participants received a micro-loan'; 6 of 7 is 85.7 %, i.e. 86 % rounded. "
            "It is unclear whether the two figures concern the same course and the same thing (approved vs "
            "received).",
        ),
    ]


def facts() -> list[Fact]:
    return newsletter() + evaluation_report()
