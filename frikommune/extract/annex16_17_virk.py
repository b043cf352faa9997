"""Annex 16.a: Fleksibilitet i forhold til forholdstalskravene (r1-05-forholdstalskrav), 003_*.txt lines ~8092-8686.

What is in the range:
- Bilag 1: question guide (no figures).
- Bilag 2: Jobindsats extracts, five tables (one per target group), first quarter 2017-2020 per municipality
  (Jammerbugt, Thisted, Vesthimmerland, Samlet): activated persons, persons, percent activated, and the
  2017-2020 change. Regular tab-separated rows with the quarter label written once per block (filled down here).
- Bilag 3: surveys of citizens, employees and employers in Jammerbugt and Thisted. Every chart is lost (only
  the questions survive, followed by blank lines); free-text answers survive but are comments, not figures.
- Internal workflow notes of the municipalities (guidance texts, a VITAS screenshot): no result figures. The
  screenshot's cells (0/1 employees at an example company with a P-number) illustrate a form and are not taken;
  nor are the rules' own figures (target groups by §, 'mere end 18 måneder', 'forsøgsperioden på 2,5 år').
"""

from __future__ import annotations

from frikommune.extract.annex16_17_common import LostQuestion, lost_charts, lost_questions
from frikommune.extract.common import Fact, Measure, Question, Series, SourceIssue, fact
from frikommune.extract.seed_text import ANNEX, find_line, heading, line_text, numbers_in, table_municipality

EXPERIMENT = "r1-05-forholdstalskrav"

MEASURES = [
    Measure(
        "virk_aktiverede_n",
        "Antal aktiverede",
        "Number of activated persons",
        "Antal personer i målgruppen, der var aktiveret i kvartalet (Jobindsats-udtræk, Bilag 2).",
        "Number of persons in the target group who were in active measures in the quarter (Jobindsats extract, "
        "annex 2).",
        "count",
        None,
        "uptake",
    ),
    Measure(
        "virk_personer_n",
        "Antal personer i målgruppen",
        "Number of persons in the target group",
        "Antal personer på ydelsen i kvartalet (Jobindsats-udtræk, Bilag 2).",
        "Number of persons on the benefit in the quarter (Jobindsats extract, annex 2).",
        "count",
        None,
        "uptake",
    ),
    Measure(
        "virk_aktiverede_pct",
        "Andel aktiverede",
        "Share activated",
        "Procent aktiverede: antal aktiverede i procent af antal personer på ydelsen i kvartalet (Jobindsats).",
        "Percent activated: activated persons as a percentage of persons on the benefit in the quarter (Jobindsats).",
        "pct",
        True,
        "uptake",
    ),
    Measure(
        "virk_aktiverede_udvikling_n",
        "Udvikling i antal aktiverede",
        "Change in number activated",
        "Udvikling 2017-2020: antal aktiverede i 1. kvartal 2020 minus 1. kvartal 2017 (Jobindsats).",
        "Change 2017-2020: number activated in Q1 2020 minus Q1 2017 (Jobindsats).",
        "count",
        True,
        "effect",
    ),
    Measure(
        "virk_personer_udvikling_n",
        "Udvikling i antal personer",
        "Change in number of persons",
        "Udvikling 2017-2020: antal personer på ydelsen i 1. kvartal 2020 minus 1. kvartal 2017 (Jobindsats).",
        "Change 2017-2020: persons on the benefit in Q1 2020 minus Q1 2017 (Jobindsats).",
        "count",
        None,
        "effect",
    ),
    Measure(
        "virk_aktiverede_udvikling_pp",
        "Udvikling i andel aktiverede",
        "Change in share activated",
        "Udvikling 2017-2020 i procent aktiverede, procentpoint (1. kvartal 2020 minus 1. kvartal 2017, Jobindsats).",
        "Change 2017-2020 in percent activated, percentage points (Q1 2020 minus Q1 2017, Jobindsats).",
        "pp",
        True,
        "effect",
    ),
]

HEADER_TAIL = "\tJammerbugt\tThisted\tVesthimmerland\tSamlet"
LEVEL_MEASURE = {
    "Antal aktiverede": ("virk_aktiverede_n", "count"),
    "Antal personer": ("virk_personer_n", "count"),
    "Procent aktiverede": ("virk_aktiverede_pct", "pct"),
}
CHANGE_MEASURE = {
    "Antal aktiverede": ("virk_aktiverede_udvikling_n", "count"),
    "Antal personer": ("virk_personer_udvikling_n", "count"),
    "Procent aktiverede": ("virk_aktiverede_udvikling_pp", "pp"),
}


# Each of the five tables is one target group; each row (measure) of a table is one series, its columns the
# municipalities and 'Samlet', its blocks the quarters. Chart labels: the row and a short name of the group.
ROW_LABEL = {
    "virk_aktiverede_n": ("Aktiverede", "Activated"),
    "virk_personer_n": ("Personer", "Persons"),
    "virk_aktiverede_pct": ("Andel aktiverede", "Share activated"),
    "virk_aktiverede_udvikling_n": ("Ændring aktiverede", "Change activated"),
    "virk_personer_udvikling_n": ("Ændring personer", "Change persons"),
    "virk_aktiverede_udvikling_pp": ("Ændring andel akt.", "Change % activated"),
}
GROUP_LABEL = {
    "kontanthjælp – aktivitetsparate": ("KH aktivitetsparate", "cash aid, not ready"),
    "ledighedsydelse": ("ledighedsydelse", "flexjob benefit"),
    "ressourceforløbsydelse": ("ressourceforløb", "resource programme"),
    "uddannelseshjælp – aktivitetsparate": ("UH aktivitetsparate", "educ. aid, not ready"),
    "selvforsørgelse og hjemrejseydelse samt overgangsydelse": ("S&H, overgangsydelse", "self-support benefit"),
}


def _series(table_name: str, group: str, measure: str) -> Series:
    row_da, row_en = ROW_LABEL[measure]
    group_da, group_en = GROUP_LABEL[group]
    return Series(
        source=f"Bilag 16.a, Jobindsats-udtræk: {table_name}",
        label_da=f"{row_da}, {group_da}",
        label_en=f"{row_en}, {group_en}",
        target_group=group,
    )


def _range() -> tuple[int, int]:
    start = heading(ANNEX, "16.a Bilag til forsøg: Flexibilitet i forhold til forholdstalskravene")
    end = heading(
        ANNEX, "17 - Nye indsatser i beskæftigelseslovgivningen – hjælp til psykologbehandling og iværksætteri", start
    )
    return start, end - 1


def _period(label: str) -> str:
    """'1. kv. 2017' -> '2017Q1'; 'Udvikling 2017-2020' -> '2017Q1-2020Q1' (the change compares first quarters)."""
    if label.startswith("Udvikling"):
        first, last = (int(x) for x in numbers_in(label.replace("Udvikling", ""))[:2])
        return f"{abs(first)}Q1-{abs(last)}Q1"
    quarter, year = numbers_in(label.replace("kv.", ""))[:2]
    return f"{int(year)}Q{int(quarter)}"


def _target_group(header_line: int) -> str:
    """The heading written above a table ('Kontanthjælp – aktivitetsparate:'), as the source names the group."""
    number = header_line - 1
    while not line_text(ANNEX, number).strip():
        number -= 1
    heading = line_text(ANNEX, number).strip().rstrip(":")
    return heading[0].lower() + heading[1:]  # lower case like the other parts' groups ('sygedagpengemodtagere')


def jobindsats_tables() -> list[Fact]:
    """Bilag 2: the five Jobindsats tables, one fact per cell (quarters x rows x 4 columns)."""
    start, _ = _range()
    bilag2 = find_line(ANNEX, "Bilag 2: Udtræk fra Jobindsats", start)
    bilag3 = find_line(ANNEX, "Bilag 3: Surveyundersøgelser", bilag2)
    facts: list[Fact] = []
    for number in range(bilag2, bilag3):
        if line_text(ANNEX, number).endswith(HEADER_TAIL):
            facts += _table(number)
    return facts


def _table(header: int) -> list[Fact]:
    columns = [table_municipality(c) for c in line_text(ANNEX, header).split("\t")[2:]]
    table_name = line_text(ANNEX, header).split("\t")[0]
    group = _target_group(header)
    facts: list[Fact] = []
    period_label = ""
    number = header + 1
    while line_text(ANNEX, number).strip():  # the table ends at the first blank line
        cells = line_text(ANNEX, number).split("\t")
        if cells[0]:  # the quarter label is written on the first row of its block only: fill it down
            period_label = cells[0]
        row_label = cells[1]
        changes = period_label.startswith("Udvikling")
        measure, unit = (CHANGE_MEASURE if changes else LEVEL_MEASURE)[row_label]
        for k, municipality in enumerate(columns):
            value_text = cells[2 + k]
            if value_text.strip() in {"-", "."}:  # suppressed cell: skip, never 0
                continue
            # quote: the row label through this cell, so the reader sees which row and column it is
            quote = "\t".join(cells[1 : 3 + k])
            # 'Samlet' (municipality 'network') is the sum of Jammerbugt, Thisted and Vesthimmerland; the note
            # leaves the municipality out so one row shares one note across the columns
            note = f"Jobindsats, tabel '{table_name}': {row_label}"
            if changes:
                note += f" ({period_label})"
            facts.append(
                fact(
                    ANNEX,
                    number,
                    quote,
                    experiment=EXPERIMENT,
                    measure=measure,
                    unit=unit,
                    municipality=municipality,
                    group=group,
                    period=_period(period_label),
                    value=numbers_in(value_text)[0],
                    note=note,
                    series=_series(table_name, group, measure),
                )
            )
        number += 1
    return facts


# The survey headings of Bilag 3, with the survey they open. The block after the Thisted employer survey
# (from 'Har din virksomhed iværksat særlige initiativer' on) has no heading of its own: see SOURCE_ISSUES.
SURVEY_HEADINGS = {
    "Jammerbugt – Borgersurveys": "Borgersurvey, Jammerbugt|Citizen survey, Jammerbugt",
    "Borgersurveys - Thisted": "Borgersurvey, Thisted|Citizen survey, Thisted",
    "Medarbejdersurvey – Jammerbugt": "Medarbejdersurvey, Jammerbugt|Employee survey, Jammerbugt",
    "Medarbejdersurvey - Thisted": "Medarbejdersurvey, Thisted|Employee survey, Thisted",
    "Arbejdsgiversurvey, Jammerbugt:": "Arbejdsgiversurvey, Jammerbugt|Employer survey, Jammerbugt",
    "Arbejdsgiversurvey, Thisted:": "Arbejdsgiversurvey, Thisted (kommunen er ikke angivet for de sidste "
    "spørgsmål i blokken)|Employer survey, Thisted (the municipality is not stated "
    "for the last questions of the block)",
}


# The questions of the Bilag 3 surveys (citizens, employees, employers), each once for all the surveys that ask it;
# their charts are lost, so they carry no figures, only what was asked. 'Higher is better' where the question
# asks for a degree of something good for the experiment.
QUESTIONS = (
    LostQuestion(
        "virk-andre-i-praktik-samtidig",
        (
            "Har der været andre i virksomhedspraktik i virksomheden samtidig med dig?",
            "Har der været andre praktikanter i virksomheden samtidig med dig?",
        ),
        "Were there others in work placement at the company at the same time as you?",
        None,
    ),
    LostQuestion(
        "virk-praktik-med-andre-praktikanter",
        ("Hvordan har det været at være i praktik i en virksomhed, hvor",),
        "What was it like to be in a work placement at a company that also had other interns at the same time as you?",
        None,
    ),
    LostQuestion(
        "virk-rette-match",
        ("Føler du, at der har været det rette match", "Føler du der har været det rette match"),
        "Do you feel there was the right match between you and the company?",
        True,
    ),
    LostQuestion(
        "virk-tidligere-praktik",
        ("Har du tidligere været i virksomhedspraktik?",),
        "Have you been in a work placement before?",
        None,
    ),
    LostQuestion(
        "virk-anderledes-praktik",
        ("Har denne praktik været anderledes end",),
        "Was this placement different from the one(s) you have been in before?",
        None,
    ),
    LostQuestion(
        "virk-fritagelse-afgoerende",
        (
            "I hvilken grad vurderer du, at fritagelsen for forholdstalskravet er afgørende",
            "I hvilken grad vurderer du, at fritagelse for forholdstalskravet har været afgørende",
        ),
        "To what degree do you judge that the exemption from the ratio requirement was decisive for the "
        "citizen getting a work-based measure?",
        True,
    ),
    LostQuestion(
        "virk-fordelagtige-elementer",
        ("Hvilke af følgende elementer har været fordelagtige",),
        "Which of the following elements have been beneficial for a successful work-based measure for the citizen?",
        None,
    ),
    LostQuestion(
        "virk-ansatte-ordinaere",
        ("Hvor mange ansatte på ordinære timer har du?", "Hvor mange ansatte på ordinære vilkår"),
        "How many employees on ordinary hours do you have?",
        None,
    ),
    LostQuestion(
        "virk-flere-praktikanter-samtidig",
        ("Har der været flere praktikanter i virksomheden samtidig?", "Har der været flere praktikanter samtidig?"),
        "Have there been several interns at the company at the same time?",
        None,
    ),
    LostQuestion(
        "virk-mulighed-flere-praktikanter",
        ("Hvordan har det været at have mulighed for at have flere praktikanter samtidig?",),
        "What has it been like to have the option of several interns at the same time?",
        None,
    ),
    LostQuestion(
        "virk-saerlige-initiativer",
        ("Har din virksomhed iværksat særlige initiativer",),
        "Has your company taken special initiatives or measures for the citizens you have had in work placement?",
        None,
    ),
)


def questions() -> list[Question]:
    return lost_questions(lost_figures(), QUESTIONS)


def lost_figures():
    start, _ = _range()
    bilag3 = find_line(ANNEX, "Bilag 3: Surveyundersøgelser", start)
    workflows = find_line(ANNEX, "Etablering af og opfølgning på virksomhedspraktikker", bilag3)
    return lost_charts(bilag3, workflows - 1, experiment=EXPERIMENT, headings=SURVEY_HEADINGS, prefix="virk")


def source_issues() -> list[SourceIssue]:
    start, _ = _range()
    thisted = find_line(ANNEX, "Arbejdsgiversurvey, Thisted:", start)
    first = find_line(ANNEX, "Hvilke indsatser/initiativer er der iværksat?", thisted)
    repeat = find_line(ANNEX, "Hvilke indsatser/initiativer er der iværksat?", first + 1)
    unlabelled = find_line(ANNEX, "Har din virksomhed iværksat særlige initiativer", repeat)
    again = find_line(ANNEX, "Hvor mange ansatte på ordinære vilkår er der i virksomheden?", unlabelled)
    return [
        SourceIssue(
            "annex16_17-virk-survey-unlabelled",
            ANNEX,
            (first, repeat, unlabelled, again),
            "other",
            "Arbejdsgiversurveyen for Thisted gentager fritekstsvarene til 'Hvilke indsatser/initiativer er der "
            "iværksat?' to gange, og derefter følger en blok med de samme spørgsmål (antal ansatte, flere "
            "praktikanter samtidig, initiativer) uden overskrift, så det fremgår ikke, hvilken kommune den gælder "
            "(formentlig en tredje kommunes arbejdsgiversurvey). Alle diagrammer er tabt. Borger- og "
            "medarbejdersurveys findes kun for Jammerbugt og Thisted; Vesthimmerland og Frederikshavn/Læsø "
            "har ingen surveyresultater i bilaget.",
            "The Thisted employer survey repeats the free-text answers to 'Which initiatives were taken?' twice, "
            "and then a block with the same questions (number of employees, several interns at once, initiatives) "
            "follows without a heading, so it is not stated which municipality it covers (probably a third "
            "municipality's employer survey). All charts are lost. Citizen and employee surveys exist only for "
            "Jammerbugt and Thisted; Vesthimmerland and Frederikshavn/Læsø have no survey results in the annex.",
        ),
    ]


def facts() -> list[Fact]:
    return jobindsats_tables()
