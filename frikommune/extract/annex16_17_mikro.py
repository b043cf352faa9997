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

from frikommune.extract.common import (
    RESPONDENTS_N,
    SURVEY_MEAN,
    Fact,
    LostFigure,
    Measure,
    Question,
    Series,
    SourceIssue,
    fact,
)
from frikommune.extract.seed_text import ANNEX, find_line, heading, line_text, seed_lines

EXPERIMENT = "r1-01-mikrolaan"
MUNICIPALITY = "aalborg"  # the course and the micro-loans were run by Jobcenter Aalborg and BusinessAalborg
PERIOD = "2017-2019"
SCALE = (
    "svarskala: I meget høj grad, I høj grad, Delvist, I lav grad, I meget lav grad, Ved ikke; "
    "gennemsnit som trykt i rapporten, kodningen af skalaen er ikke angivet"
)
SCALE_UDBYTTE = (
    "svarskala: Meget stort, Stort, Moderat, Lidt, Intet udbytte, Ved ikke; gennemsnit som trykt i "
    "rapporten, kodningen af skalaen er ikke angivet"
)

MEASURES = [
    SURVEY_MEAN,
    RESPONDENTS_N,
    Measure(
        "mikro_hold_deltagere_n",
        "Deltagere pr. hold",
        "Participants per course",
        "Antal deltagere på et hold af kurset 'Fra ledig til virksomhedsejer' (grænserne er seriens statistik: min, max).",
        "Number of participants in one course 'Fra ledig til virksomhedsejer' (the bounds are the series' statistic: min, max).",
        "count",
        None,
        "uptake",
    ),
    Measure(
        "mikro_godkendt_laan_pct",
        "Andel godkendt til mikrolån",
        "Share approved for a micro-loan",
        "Andel af deltagerne på et kursus, der blev godkendt til mikrolån (nyhedsbrev).",
        "Share of a course's participants approved for a micro-loan (newsletter).",
        "pct",
        True,
        "effect",
    ),
    Measure(
        "mikro_modtog_laan_n",
        "Deltagere der modtog mikrolån",
        "Participants who received a micro-loan",
        "Antal deltagere på et kursus, der modtog et mikrolån (n = deltagere på kurset).",
        "Number of a course's participants who received a micro-loan (n = participants in the course).",
        "count",
        True,
        "effect",
    ),
    Measure(
        "mikro_laan_graense_dkk",
        "Mikrolånets størrelse",
        "Size of the micro-loan",
        "Mindste og største mikrolån, der kan bevilges til opstart af egen virksomhed (grænserne er seriens statistik: min, max).",
        "Smallest and largest micro-loan that can be granted to start one's own business (the bounds are the series' statistic: min, max).",
        "dkk",
        None,
        "price",
    ),
]


def _range() -> tuple[int, int]:
    start = heading(ANNEX, "17.c Bilag til forsøg: Mikrolån")
    return start, len(seed_lines(ANNEX))  # 17.c is the last annex: it runs to the end of the file


NEWSLETTER = "Bilag 17.c, nyhedsbrev (BusinessAalborg)"
REPORT = "Bilag 17.c, kursusevaluering 2017-2019"


def _series(source: str, label: tuple[str, str], **breakdown: str) -> Series:
    return Series(source=source, label_da=label[0], label_en=label[1], **breakdown)


def _f(line: int, quote: str, measure: str, unit: str, note: str, **kw) -> Fact:
    return fact(
        ANNEX,
        line,
        quote,
        experiment=EXPERIMENT,
        measure=measure,
        unit=unit,
        municipality=MUNICIPALITY,
        note=note,
        **kw,
    )


def newsletter() -> list[Fact]:
    """The newsletter's result sentences (no names: the quotes hold none)."""
    start, _ = _range()
    letter = find_line(ANNEX, "Fra ledig til virksomhedsejer", start)
    out: list[Fact] = []
    quote = "er et koncentreret kursus på tre måneder med 8-10 deltagere"
    line = find_line(ANNEX, quote, letter)
    for value, stat, label in (
        (8, "min", ("Deltagere pr. hold, mindst", "Participants per course, min.")),
        (10, "max", ("Deltagere pr. hold, højst", "Participants per course, max.")),
    ):
        out.append(
            _f(
                line,
                quote,
                "mikro_hold_deltagere_n",
                "count",
                "Nyhedsbrev: kurset har 8-10 deltagere",
                value=value,
                series=_series(NEWSLETTER, label, statistic=stat),
            )
        )
    # The share is printed in bold over four lines ('**85% af deltagerne' / 'blev på sidste' / ...): the
    # figure stands on the first of them.
    quote = "85% af deltagerne"
    out.append(
        _f(
            find_line(ANNEX, quote, letter),
            quote,
            "mikro_godkendt_laan_pct",
            "pct",
            "Nyhedsbrev: andel af deltagerne på sidste kursus, der blev godkendt til mikrolån",
            group="borger",
            series=_series(NEWSLETTER, ("Godkendt til mikrolån", "Approved for a micro-loan")),
        )
    )
    quote = "mikrolån på mellem 1.000 og 50.000 kr."
    line = find_line(ANNEX, quote, letter)
    for value, bound, stat, label in (
        (1000, "mindste", "min", ("Mindste mikrolån", "Smallest micro-loan")),
        (50000, "største", "max", ("Største mikrolån", "Largest micro-loan")),
    ):
        out.append(
            _f(
                line,
                quote,
                "mikro_laan_graense_dkk",
                "dkk",
                f"Nyhedsbrev: {bound} mikrolån der kan bevilges",
                value=value,
                series=_series(NEWSLETTER, label, statistic=stat),
            )
        )
    quote = "modtog 6 ud af de 7 deltagere et mikrolån"
    out.append(
        _f(
            find_line(ANNEX, quote, letter),
            quote,
            "mikro_modtog_laan_n",
            "count",
            "Nyhedsbrev: deltagere på kurset startet i oktober 2017, der modtog et mikrolån",
            value=6,
            n=7,
            period="2017-10",
            group="borger",
            series=_series(NEWSLETTER, ("Deltagere der fik mikrolån", "Participants given a micro-loan")),
        )
    )
    return out


def _report_start() -> int:
    start, _ = _range()
    return find_line(
        ANNEX, "Fra ledig til virksomhedsejer, evaluering ved afslutning af kursus, perioden 2017 - 2019", start
    )


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
Q_PERSONLIG = (
    "I hvilken grad har du i undervisningsforløbet udviklet dine personlige kompetencer, som er oplyst nedenfor?"
)
Q_UDBYTTE = "Hvordan vil du alt i alt bedømme dit faglige udbytte af undervisningsforløbet"
FREE_TEXT = (
    "Beskriv med ord, hvilken udvikling din virksomhed har været i gennem de seneste tre måneder.",
    "Forklar hvordan potentialer, styrker og/eller ændret adfærdsmønstre kan komme til udtryk i din hverdag?",
    "Har målene været klare og tydelige i forbindelse med udarbejdelsen af forretningsplanen",
    "For at kunne forbedre kurset løbende, er det vigtig for os, at få dine indput og forslag til forbedringer",
)


# The report's questions as data (questions.csv). The answer scale of the two competence questions survives as
# the legend of the personal-skills chart ('I meget høj grad' ... 'Ved ikke'); the benefit question's scale is
# that of the course's evaluation form (Bilag 3). How the report codes the answers for its means is not stated.
_COMPETENCE_SCALE_DA = (
    "I meget høj grad, I høj grad, Delvist, I lav grad, I meget lav grad, Ved ikke; kodningen "
    "af gennemsnittet er ikke angivet"
)
_COMPETENCE_SCALE_EN = (
    "To a very high degree, to a high degree, partly, to a low degree, to a very low degree, "
    "don't know; how the mean codes the answers is not stated"
)
_FREE_DA, _FREE_EN = "Fritekst", "Free text"
QUESTIONS = [
    Question(
        "mikro-faglige-kompetencer",
        Q_FAGLIG,
        "To what degree have you developed your professional skills, as listed below, during the course?",
        _COMPETENCE_SCALE_DA,
        _COMPETENCE_SCALE_EN,
        True,
    ),
    Question(
        "mikro-personlige-kompetencer",
        Q_PERSONLIG,
        "To what degree have you developed your personal skills, as listed below, during the course?",
        _COMPETENCE_SCALE_DA,
        _COMPETENCE_SCALE_EN,
        True,
    ),
    Question(
        "mikro-fagligt-udbytte",
        Q_UDBYTTE + ' "Fra ledig til virksomhedsejer"?',
        'Overall, how would you rate your professional benefit from the course "From unemployed to business owner"?',
        "Meget stort, Stort, Moderat, Lidt, Intet udbytte, Ved ikke; kodningen af gennemsnittet er ikke angivet",
        "Very large, large, moderate, little, no benefit, don't know; how the mean codes the answers is not stated",
        True,
    ),
    Question(
        "mikro-virksomhedens-udvikling",
        FREE_TEXT[0] + " Skriv nedenfor.",
        "Describe in words how your business has developed over the last three months. Write below.",
        _FREE_DA,
        _FREE_EN,
        None,
    ),
    Question(
        "mikro-potentialer-i-hverdagen",
        FREE_TEXT[1] + " Skriv nedenfor.",
        "Explain how potentials, strengths and/or changed patterns of behaviour can show in your everyday life. "
        "Write below.",
        _FREE_DA,
        _FREE_EN,
        None,
    ),
    Question(
        "mikro-maal-og-variation",
        FREE_TEXT[2] + ", og har der været en passende variation på kurset i forhold "
        "til opgaveløsning, undervisning og mundtlig fremlæggelser? Skriv nedenfor.",
        "Were the goals clear when you drew up the business plan, and was there a suitable variety on the course "
        "between assignments, teaching and oral presentations? Write below.",
        _FREE_DA,
        _FREE_EN,
        None,
    ),
    Question(
        "mikro-forslag-til-forbedringer",
        FREE_TEXT[3] + " af kurset eller ros til elementer, som har fungeret godt i forløbet. Skriv nedenfor.",
        "To keep improving the course, we value your input and suggestions for improving it, or praise for "
        "parts that worked well. Write below.",
        _FREE_DA,
        _FREE_EN,
        None,
    ),
]
FREE_TEXT_IDS = [q.question_id for q in QUESTIONS[3:]]
# Chart labels of the free-text questions' answer counts, in the order of FREE_TEXT.
FREE_TEXT_LABELS = (
    ("Fritekstsvar: virksomhedens udvikling", "Free-text answers: business progress"),
    ("Fritekstsvar: potentialer i hverdagen", "Free-text answers: everyday potential"),
    ("Fritekstsvar: mål og variation", "Free-text answers: goals and variety"),
    ("Fritekstsvar: forslag til forbedringer", "Free-text answers: suggestions"),
)


def questions() -> list[Question]:
    """The questions of the course evaluation, each checked to stand verbatim in the report."""
    report = _report_start()
    for q in QUESTIONS:
        find_line(ANNEX, q.text_da, report)  # raises if the question is not printed as declared
    return list(QUESTIONS)


# The report's block of means over a whole group of questions.
_WHOLE_GROUP = f"{REPORT}, gennemsnit for hele gruppen af spørgsmål"


def _total_and_mean(
    block: int, note: str, scale: str, source: str, question: str, answers: tuple[str, str], mean: tuple[str, str]
) -> list[Fact]:
    """The 'Total' after ``block`` and the 'Gennemsnit' after that: the question's N and its mean (with that N)."""
    total_line, total = _next_number(block, "Total")
    mean_line, mean_value = _next_number(total_line, "Gennemsnit")
    return [
        _f(
            total_line,
            total,
            "respondents_n",
            "count",
            f"{note}: Total",
            period=PERIOD,
            group="borger",
            series=_series(source, answers, question=question),
        ),
        _f(
            mean_line,
            mean_value,
            "survey_mean",
            "score",
            f"{note}; {scale}",
            period=PERIOD,
            group="borger",
            n=float(total),
            series=_series(source, mean, question=question, statistic="mean"),
        ),
    ]


def _professional_skills(report: int) -> list[Fact]:
    """Faglige kompetencer: the group mean block prints 'Total 98' and 'Gennemsnit 4,21'."""
    return _total_and_mean(
        find_line(ANNEX, "Gennemsnit fra hele gruppen af spørgsmål", find_line(ANNEX, Q_FAGLIG, report)),
        "Faglige kompetencer (7 delspørgsmål), gennemsnit for hele gruppen af spørgsmål",
        SCALE,
        _WHOLE_GROUP,
        "mikro-faglige-kompetencer",
        ("Svar, faglige kompetencer", "Answers, professional skills"),
        ("Faglige kompetencer, gennemsnit", "Professional skills, mean"),
    )


def _personal_skills(report: int) -> list[Fact]:
    """Personlige kompetencer: the frequency block's 'Total 98', then the group mean block's 'Total 86' and
    'Gennemsnit 4,14'."""
    # Two N for one question (see SOURCE_ISSUES): two blocks of the report, two series.
    personal = find_line(ANNEX, Q_PERSONLIG, report)
    q = "mikro-personlige-kompetencer"
    freq_total_line, freq_total = _next_number(
        find_line(ANNEX, "Frekvensfordeling for hvert spørgsmål", personal), "Total"
    )
    frequencies = _f(
        freq_total_line,
        freq_total,
        "respondents_n",
        "count",
        "Personlige kompetencer (5 delspørgsmål), frekvensfordeling: Total",
        period=PERIOD,
        group="borger",
        series=_series(
            f"{REPORT}, frekvensfordeling for hvert spørgsmål",
            ("Svar, personlige komp. (fordeling)", "Answers, personal skills (distribution)"),
            question=q,
        ),
    )
    return [
        frequencies,
        *_total_and_mean(
            find_line(ANNEX, "Gennemsnit for hele gruppen af spørgsmål", personal),
            "Personlige kompetencer (5 delspørgsmål), gennemsnit for hele gruppen af spørgsmål",
            SCALE,
            _WHOLE_GROUP,
            q,
            ("Svar, personlige komp. (gennemsnit)", "Answers, personal skills (mean)"),
            ("Personlige kompetencer, gennemsnit", "Personal skills, mean"),
        ),
    ]


def _overall_benefit(report: int) -> list[Fact]:
    """Overall benefit ('faglige udbytte'): Total 36, Gennemsnit 4,31."""
    return _total_and_mean(
        find_line(ANNEX, "Gennemsnit", find_line(ANNEX, Q_UDBYTTE, report)),
        "Alt i alt fagligt udbytte af undervisningsforløbet",
        SCALE_UDBYTTE,
        f"{REPORT}, gennemsnit",
        "mikro-fagligt-udbytte",
        ("Svar, fagligt udbytte", "Answers, professional benefit"),
        ("Fagligt udbytte, gennemsnit", "Professional benefit, mean"),
    )


def _free_text_answers(report: int) -> list[Fact]:
    """The free-text questions: only the number of answers."""
    # Two of them also print the N as a bar label above 'Total' (the same figure twice): only the 'Total' line is
    # taken.
    out: list[Fact] = []
    for question, q, label in zip(FREE_TEXT, FREE_TEXT_IDS, FREE_TEXT_LABELS):
        total_line, total = _next_number(find_line(ANNEX, question, report), "Total")
        out.append(
            _f(
                total_line,
                total,
                "respondents_n",
                "count",
                f"Fritekstspørgsmål: {question}",
                period=PERIOD,
                group="borger",
                series=_series(f"{REPORT}, fritekstbesvarelser", label, question=q),
            )
        )
    return out


def evaluation_report() -> list[Fact]:
    """Totals (N) and means that survive in the evaluation report 2017-2019."""
    report = _report_start()
    return [
        *_professional_skills(report),
        *_personal_skills(report),
        *_overall_benefit(report),
        *_free_text_answers(report),
    ]


def lost_figures() -> list[LostFigure]:
    """The report's frequency distributions and per-question means (their values are lost)."""
    report = _report_start()
    out: list[Fact] = []
    for question, chart, what_da, what_en in (
        (
            Q_FAGLIG,
            "Frekvenfordeling",
            "Faglige kompetencer: frekvensfordeling",
            "Professional skills: frequency distribution",
        ),
        (
            Q_FAGLIG,
            "Gennemsnit for hvert spørgsmål",
            "Faglige kompetencer: gennemsnit for hvert delspørgsmål",
            "Professional skills: mean per sub-question",
        ),
        (
            Q_PERSONLIG,
            "Frekvensfordeling for hvert spørgsmål",
            "Personlige kompetencer: frekvensfordeling",
            "Personal skills: frequency distribution",
        ),
        (
            Q_PERSONLIG,
            "Gennemsnit for hvert spørgsmål",
            "Personlige kompetencer: gennemsnit for hvert delspørgsmål",
            "Personal skills: mean per sub-question",
        ),
        (
            Q_UDBYTTE,
            "Frekvensfordeling",
            "Alt i alt fagligt udbytte: frekvensfordeling",
            "Overall professional benefit: frequency distribution",
        ),
    ):
        line = find_line(ANNEX, chart, find_line(ANNEX, question, report))
        out.append(
            LostFigure(
                lost_id=f"annex16_17-mikro-{line}",
                experiment_id=EXPERIMENT,
                source_doc=ANNEX,
                source_line=line,
                caption=line_text(ANNEX, line).strip(),
                note_da=f"Kursusevaluering 2017-2019, {what_da}: diagrammet er tabt i PDF-udtrækket (kun "
                f"signaturforklaring og Total står tilbage); svarfordelingen kan ikke gengives.",
                note_en=f"Course evaluation 2017-2019, {what_en}: the chart is lost in the PDF dump (only the legend and "
                f"the total survive); the answer distribution cannot be shown.",
            )
        )
    return out


def source_issues() -> list[SourceIssue]:
    report = _report_start()
    personal = find_line(ANNEX, Q_PERSONLIG, report)
    freq_total, _ = _next_number(find_line(ANNEX, "Frekvensfordeling for hvert spørgsmål", personal), "Total")
    mean_total, _ = _next_number(find_line(ANNEX, "Gennemsnit for hele gruppen af spørgsmål", personal), "Total")
    faglig_total, _ = _next_number(
        find_line(ANNEX, "Gennemsnit fra hele gruppen af spørgsmål", find_line(ANNEX, Q_FAGLIG, report)), "Total"
    )
    udbytte_total, _ = _next_number(find_line(ANNEX, "Gennemsnit", find_line(ANNEX, Q_UDBYTTE, report)), "Total")
    letter = find_line(ANNEX, "Fra ledig til virksomhedsejer", _range()[0])
    share = find_line(ANNEX, "85% af deltagerne", letter)
    count = find_line(ANNEX, "modtog 6 ud af de 7 deltagere et mikrolån", letter)
    return [
        SourceIssue(
            "annex16_17-mikro-eval-totals",
            ANNEX,
            (faglig_total, freq_total, mean_total, udbytte_total),
            "two-figures",
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
            "annex16_17-mikro-85pct",
            ANNEX,
            (share, count),
            "denominator",
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
