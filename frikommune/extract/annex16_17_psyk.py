"""Annex 17.a: Psykologbehandling (r2-02-psykologbehandling), 003_*.txt lines ~8691-9139.

What is in the range:
- Bilag 1: anonymised supplementary cases from Jammerbugt, Rebild and Thisted. They carry pseudonyms, ages and
  dates of individual citizens: none of that is taken. Taken are the few figures that describe the treatment
  (number of sessions in the Thisted cases), the waiting time at private psychologists a citizen reports, and the
  outcome 'in 2 of the 3 internships an offer of part-time employment'. Quotes are chosen to avoid the pseudonyms.
- Bilag 2: Fasit data: A) case status mid-February 2020 (Rebild, Jammerbugt, Thisted side by side, plus a total
  table), B) closing reasons per municipality, C) relapses per municipality.
- Bilag 3: citizen and adviser surveys of Thisted, Rebild and Jammerbugt: every chart is lost.
"""

from __future__ import annotations

from frikommune import vocabulary
from frikommune.extract.annex16_17_common import LostQuestion, lost_charts, lost_questions
from frikommune.extract.common import CITIZENS_N, Fact, Measure, Question, Series, SourceIssue, fact
from frikommune.extract.seed_text import ANNEX, find_line, heading, line_text, numbers_in

EXPERIMENT = "r2-02-psykologbehandling"
# The three municipalities of the experiment, in the order its tables print them: name -> id.
MUNICIPALITIES = {name: vocabulary.MUNICIPALITY_BY_NAME[name] for name in ("Rebild", "Jammerbugt", "Thisted")}

MEASURES = [
    CITIZENS_N,
    Measure(
        "psyk_status_n",
        "Antal borgere efter sagsstatus",
        "Citizens by case status",
        "Antal borgere, der har modtaget psykologbehandling, efter deres status i Fasit medio februar 2020 "
        "(status er seriens kategori).",
        "Number of citizens who received psychological treatment, by their status in Fasit in mid-February 2020 "
        "(the status is the series' category).",
        "count",
        None,
        "effect",
    ),
    Measure(
        "psyk_status_pct",
        "Andel borgere efter sagsstatus",
        "Share of citizens by case status",
        "Andel af borgerne i forsøget med den angivne status i Fasit medio februar 2020 (status er seriens kategori).",
        "Share of the citizens in the experiment with the stated status in Fasit in mid-February 2020 "
        "(the status is the series' category).",
        "pct",
        None,
        "effect",
    ),
    Measure(
        "psyk_afsluttede_sager_n",
        "Antal afsluttede sager",
        "Number of closed cases",
        "Antal sager med en afslutningsårsag i Fasit ('Afsluttet sag').",
        "Number of cases with a closing reason in Fasit ('Afsluttet sag').",
        "count",
        None,
        "effect",
    ),
    Measure(
        "psyk_afslutningsaarsag_n",
        "Antal sager efter afslutningsårsag",
        "Closed cases by closing reason",
        "Antal afsluttede sager med den angivne afslutningsårsag i Fasit (årsagen er seriens kategori).",
        "Number of closed cases with the stated closing reason in Fasit (the reason is the series' category).",
        "count",
        None,
        "effect",
    ),
    Measure(
        "psyk_aktive_sager_n",
        "Antal aktive sager",
        "Number of active cases",
        "Antal sager, der stadig er aktive (uden afslutningsårsag) i Fasit.",
        "Number of cases still active (no closing reason) in Fasit.",
        "count",
        None,
        "uptake",
    ),
    Measure(
        "psyk_tilbagefald_n",
        "Antal tilbagefald",
        "Number of relapses",
        "Antal borgere med tilbagefald (Fasit, 'Tilbagefald: Ja').",
        "Number of citizens with a relapse (Fasit, 'Tilbagefald: Ja').",
        "count",
        False,
        "effect",
    ),
    Measure(
        "psyk_tilbagefald_pct",
        "Andel med tilbagefald",
        "Share with relapse",
        "Andel borgere med tilbagefald (Fasit, 'Tilbagefald: Ja'), som kilden beregner den.",
        "Share of citizens with a relapse (Fasit, 'Tilbagefald: Ja'), as the source computes it.",
        "pct",
        False,
        "effect",
    ),
    Measure(
        "psyk_case_samtaler_n",
        "Antal samtaler i et behandlingsforløb (case)",
        "Sessions in a treatment (case)",
        "Antal samtaler hos psykolog i et enkelt anonymiseret behandlingsforløb (supplerende case).",
        "Number of sessions with the psychologist in one anonymised course of treatment (supplementary case).",
        "count",
        None,
        "duration",
    ),
    Measure(
        "psyk_case_ventetid_months",
        "Ventetid hos privatpraktiserende psykolog (case)",
        "Waiting time at private psychologists (case)",
        "Ventetid hos privatpraktiserende psykologer, som en borger i en supplerende case oplyser den.",
        "Waiting time at private psychologists as a citizen in a supplementary case reports it.",
        "months",
        False,
        "duration",
    ),
    Measure(
        "psyk_case_ansaettelsestilbud_n",
        "Praktikker med tilbud om ansættelse (case)",
        "Internships with a job offer (case)",
        "Antal praktikker i en supplerende case, der endte med tilbud om ansættelse på deltid (n = antal praktikker).",
        "Number of internships in a supplementary case that ended with an offer of part-time employment "
        "(n = number of internships).",
        "count",
        True,
        "effect",
    ),
]


def _range() -> tuple[int, int]:
    start = heading(ANNEX, "17.a Bilag til forsøg: Psykologbehandling")
    end = heading(ANNEX, "17.b Bilag til forsøg: Mulighed for at fremme iværksætterier for dimittender", start)
    return start, end - 1


def _f(line: int, quote: str, measure: str, unit: str, municipality: str, note: str, **kw) -> Fact:
    return fact(
        ANNEX,
        line,
        quote,
        experiment=EXPERIMENT,
        measure=measure,
        unit=unit,
        municipality=municipality,
        note=note,
        **kw,
    )


def _case_series(case: str, label: tuple[str, str], stat: str = "") -> Series:
    """One supplementary case is one statement of the source: its own series."""
    return Series(
        source=f"Bilag 17.a, supplerende {case.lower()}", label_da=label[0], label_en=label[1], statistic=stat
    )


def case_facts() -> list[Fact]:
    """Bilag 1: the few figures of the anonymised cases (no pseudonyms, ages or dates are taken)."""
    start, _ = _range()
    facts: list[Fact] = []
    # Thisted cases 10-12: number of sessions with the psychologist. Each quote starts after the pseudonym.
    for case, quote in (
        ("Case 10", "får efterfølgende 7 samtaler hos ut. psykolog"),
        ("Case 11", "får efterfølgende 11 samtaler hos psykolog"),
        ("Case 12", "fik efterfølgende 12 samtaler hos ut. psykolog"),
    ):
        heading = find_line(ANNEX, case, start)
        line = find_line(ANNEX, quote, heading)
        facts.append(
            _f(
                line,
                quote,
                "psyk_case_samtaler_n",
                "count",
                "thisted",
                f"Supplerende {case.lower()} (Thisted): antal samtaler hos psykolog, sygedagpengemodtager",
                group="sygedagpengemodtagere",
                series=_case_series(case, ("Samtaler hos psykolog", "Sessions with the psychologist")),
            )
        )
    # Rebild case 7: a citizen reports 4-6 months' waiting time at private psychologists (two facts: the bounds).
    quote = "ventetid på mellem 4-6 måneder"
    line = find_line(ANNEX, quote, find_line(ANNEX, "Case 7", start))
    for value, stat, label in (
        (4, "min", ("Ventetid hos psykolog, mindst", "Waiting time, psychologist, min.")),
        (6, "max", ("Ventetid hos psykolog, højst", "Waiting time, psychologist, max.")),
    ):
        facts.append(
            _f(
                line,
                quote,
                "psyk_case_ventetid_months",
                "months",
                "rebild",
                "Supplerende case 7 (Rebild): ventetid hos privatpraktiserende psykologer, som en borger "
                "oplyser den (4-6 måneder)",
                value=value,
                series=_case_series("Case 7", label, stat),
            )
        )
    # Rebild case 9: 2 of the 3 internships led to an offer of part-time employment.
    quote = "i 2 ud af de 3 praktikker, har der været et tilbud om ansættelse på deltid"
    line = find_line(ANNEX, quote, find_line(ANNEX, "Case 9", start))
    facts.append(
        _f(
            line,
            quote,
            "psyk_case_ansaettelsestilbud_n",
            "count",
            "rebild",
            "Supplerende case 9 (Rebild): praktikker med tilbud om ansættelse på deltid",
            value=2,
            n=3,
            series=_case_series("Case 9", ("Praktikker med jobtilbud", "Internships with a job offer")),
        )
    )
    return facts


def _share(text: str) -> float:
    return numbers_in(text)[0]


def status_tables() -> list[Fact]:
    """Bilag 2 A) case status mid-February 2020: three municipalities side by side, then a total table."""
    start, _ = _range()
    caption = find_line(ANNEX, "A) Sagsstatus medio februar 2020", start)
    header = caption + 2  # 'Rebild\t\t\tJammerbugt\t\t\tThisted'
    names = [c for c in line_text(ANNEX, header).split("\t") if c]
    facts: list[Fact] = []
    number = header + 2  # skip the 'Status pr. d.d. / Antal / Andel' line
    while line_text(ANNEX, number).strip():
        cells = line_text(ANNEX, number).split("\t")
        for k, name in enumerate(names):
            facts += _status_cells(number, cells[3 * k : 3 * k + 3], MUNICIPALITIES[name])
        number += 1
    total = find_line(ANNEX, "Total", number)
    number = total + 2
    while line_text(ANNEX, number).strip():
        # the 'Total' table sums Rebild, Jammerbugt and Thisted: municipality 'network'
        facts += _status_cells(number, line_text(ANNEX, number).split("\t"), "network")
        number += 1
    return facts


# Fasit's categories in English, for the chart labels (status in table A, closing reason in table B).
STATUS_EN = {
    "Ingen aktiv sag": "no active case",
    "Dagpengemodtagere": "unemployment benefit",
    "Sygedagpengemodtagere": "sickness benefit",
    "Borgere i jobafklaring": "job clarification",
    "Kontanthjælp (jobparate)": "cash benefit (job-ready)",
    "Fleksjobansatte": "in a flexjob",
    "Revalidender": "vocational rehabilitation",
    "Fast Track": "fast track",
    "Ledighedsydelse": "flexjob benefit",
    "Arbejdsfastholdelse": "job retention",
    "I alt": "total",
}
REASON_EN = {
    "Afsluttet sag": "closed case",
    "Raskmeldt til job": "fit, to a job",
    "Raskmeldt til A-kasse/ledighed": "fit, to unemployment",
    "Overgået til jobafklaring": "to job clarification",
    "Fraflyttet kommunen": "moved away",
    "Raskmeldt": "declared fit",
    "Fastholdelse – uden ydelse": "retained, no benefit",
    "Fleksjobberettigelse": "eligible for flexjob",
    "Ord. Uddannelse": "ordinary education",
    "Førtidspension": "disability pension",
    "Mangl. Medvirken": "lack of cooperation",
    "Øvrig/ andet": "other",
    "Død": "died",
    "Aktiv sag": "active case",
    "I alt": "total",
}
SOURCE_STATUS = "Bilag 17.a, Fasit-opgørelse A) sagsstatus medio februar 2020"
SOURCE_REASON = "Bilag 17.a, Fasit-opgørelse B) afslutningsårsag"
SOURCE_RELAPSE = "Bilag 17.a, Fasit-opgørelse C) tilbagefald"


def _table_series(source: str, category: str, label_da: str, label_en: str) -> Series:
    """One row of a Fasit table: the municipalities (and the total table of A) are its columns."""
    return Series(source=source, label_da=label_da, label_en=label_en, category=category)


def _status_cells(line: int, cells: list[str], municipality: str) -> list[Fact]:
    label, count, share = cells
    quote = "\t".join(cells)
    # the note leaves out the municipality (a column of its own) so one status shares one note everywhere
    note = f"Fasit, sagsstatus medio februar 2020: {label}"
    if label == "I alt":
        # The 100 % of the total row carries no information: only the count is taken.
        return [
            _f(
                line,
                quote,
                "citizens_n",
                "count",
                municipality,
                note,
                period="2020-02",
                value=numbers_in(count)[0],
                series=_table_series(SOURCE_STATUS, label, "Borgere i alt, feb. 2020", "Citizens in all, Feb 2020"),
            )
        ]
    en = STATUS_EN[label]
    return [
        _f(
            line,
            quote,
            "psyk_status_n",
            "count",
            municipality,
            note,
            period="2020-02",
            value=numbers_in(count)[0],
            series=_table_series(SOURCE_STATUS, label, f"Status: {label}", f"Status: {en}"),
        ),
        _f(
            line,
            quote,
            "psyk_status_pct",
            "pct",
            municipality,
            note,
            period="2020-02",
            value=_share(share),
            series=_table_series(SOURCE_STATUS, label, f"Andel: {label}", f"Share: {en}"),
        ),
    ]


# The municipalities spell two reasons differently; the note uses one spelling so a reason shares one note.
REASON_SPELLING = {"Raskmeldt – til job": "Raskmeldt til job", "Overgået til Jobafklaring": "Overgået til jobafklaring"}
CLOSING_MEASURE = {
    "Afsluttet sag": "psyk_afsluttede_sager_n",
    "Aktiv sag": "psyk_aktive_sager_n",
    "I alt": "citizens_n",
}


def closing_reasons() -> list[Fact]:
    """Bilag 2 B) closing reasons: one small table per municipality ('Afsluttet sag' is the sum of the reasons)."""
    start, _ = _range()
    caption = find_line(ANNEX, "B) Afslutningsårsag", start)
    end = find_line(ANNEX, "C) Tilbagefald", caption)
    facts: list[Fact] = []
    for name, municipality in MUNICIPALITIES.items():
        heading = find_line(ANNEX, name, caption, end)
        number = find_line(ANNEX, "Afslutningsårsag\tAntal", heading, end) + 1
        while line_text(ANNEX, number).strip():
            label, count = line_text(ANNEX, number).split("\t")
            measure = CLOSING_MEASURE.get(label, "psyk_afslutningsaarsag_n")
            reason = REASON_SPELLING.get(label, label)
            if label in CLOSING_MEASURE:  # the table's sums: closed, active, all cases
                label_da, label_en = {"I alt": ("Sager i alt", "Cases in all")}.get(
                    reason, (reason, REASON_EN[reason].capitalize())
                )
            else:
                label_da, label_en = f"Årsag: {reason}", f"Reason: {REASON_EN[reason]}"
            facts.append(
                _f(
                    number,
                    f"{label}\t{count}",
                    measure,
                    "count",
                    municipality,
                    f"Fasit, afslutningsårsag: {reason}",
                    value=numbers_in(count)[0],
                    series=_table_series(SOURCE_REASON, reason, label_da, label_en),
                )
            )
            number += 1
    return facts


def relapses() -> list[Fact]:
    """Bilag 2 C) relapses: one row 'Ja' with count and share per municipality."""
    start, _ = _range()
    caption = find_line(ANNEX, "C) Tilbagefald", start)
    end = find_line(ANNEX, "Bilag 3:", caption)
    facts: list[Fact] = []
    for name, municipality in MUNICIPALITIES.items():
        heading = find_line(ANNEX, name, caption, end)
        number = find_line(ANNEX, "Ja\t", heading, end)
        quote = line_text(ANNEX, number)
        _, count, share = quote.split("\t")
        note = "Fasit, tilbagefald: Ja"
        facts.append(
            _f(
                number,
                quote,
                "psyk_tilbagefald_n",
                "count",
                municipality,
                note,
                value=numbers_in(count)[0],
                series=_table_series(SOURCE_RELAPSE, "Ja", "Borgere med tilbagefald", "Citizens with a relapse"),
            )
        )
        facts.append(
            _f(
                number,
                quote,
                "psyk_tilbagefald_pct",
                "pct",
                municipality,
                note,
                value=_share(share),
                series=_table_series(SOURCE_RELAPSE, "Ja", "Andel med tilbagefald", "Share with a relapse"),
            )
        )
    return facts


SURVEY_HEADINGS = {
    "Bilag 3: Resultater af spørgeskemaundersøgelse Borgersurvey Thisted": "Borgersurvey, Thisted|Citizen survey, Thisted",
    "Rådgiversurvey Thisted": "Rådgiversurvey, Thisted|Adviser survey, Thisted",
    "Borgersurvey – Rebild": "Borgersurvey, Rebild|Citizen survey, Rebild",
    "Rådgiversurvey - Rebild": "Rådgiversurvey, Rebild|Adviser survey, Rebild",
    "Borgersurvey Jammerbugt": "Borgersurvey, Jammerbugt|Citizen survey, Jammerbugt",
    "Rådgiversurvey – Jammerbugt": "Rådgiversurvey, Jammerbugt|Adviser survey, Jammerbugt",
}


# The questions of the Bilag 3 citizen and adviser surveys, each once for the three municipalities that ask it
# (the wordings differ slightly); their charts are lost, so they carry no figures, only what was asked.
QUESTIONS = (
    LostQuestion(
        "psyk-tilfredshed",
        ("I hvor høj grad har du været tilfreds med psykologforløbet?",),
        "To what degree have you been satisfied with the course of psychological treatment?",
        True,
    ),
    LostQuestion(
        "psyk-oplevelse-udsagn",
        ("Hvilke af følgende udsagn beskriver din oplevelse af psykologforløbet",),
        "Which of the following statements describe your experience of the course of treatment? Feel "
        "free to tick more than one:",
        None,
    ),
    LostQuestion(
        "psyk-forkortet-sygemelding",
        ("I hvor høj grad vurderer du, at psykologforløbet har forkortet din sygemeldingsperiode?",),
        "To what degree do you judge that the course of treatment has shortened your sick leave?",
        True,
    ),
    LostQuestion(
        "psyk-ellers-privat-psykolog",
        ("Hvis ikke du havde fået tilbudt",),
        "Had you not been offered a course of treatment at the jobcentre, would you have started one with "
        "a private psychologist?",
        None,
    ),
    LostQuestion(
        "psyk-tvaerfagligt-samarbejde",
        ("I hvor høj grad har frikommuneforsøget om psykologbehandling i kommunalt regi forbedret",),
        "To what degree has the experiment with psychological treatment run by the municipality improved "
        "the scope for interdisciplinary cooperation in this case, compared with a case where the citizen "
        "is treated by a private psychologist?",
        True,
    ),
    LostQuestion(
        "psyk-betydning-for-borgeren",
        ("I hvor høj grad vurderer du, at indsatsen ved behandlende psykolog har haft betydning",),
        "To what degree do you judge that the treating psychologist's work has mattered to the citizen?",
        True,
    ),
    LostQuestion(
        "psyk-forkorter-sygemelding-raadgiver",
        ("I hvor høj grad vurderer du, at psykologforbehandlingen forkorter",),
        "To what degree do you judge that the psychological treatment shortens the citizen's sick leave?",
        True,
    ),
    LostQuestion(
        "psyk-ellers-soegt-andetsteds",
        ("Vurderer du, at borgeren ville have søgt psykologbehandling",),
        "Do you judge that the citizen would have sought psychological treatment elsewhere, had it not "
        "been offered at the jobcentre?",
        None,
    ),
    LostQuestion(
        "psyk-grund-ikke-soegt",
        ("Hvis nej, hvad vurderer du grunden er", "Hvad vurderer du grunden er?"),
        "If not, what do you judge the reason to be? (Choose one or more answers)",
        None,
    ),
)


def questions() -> list[Question]:
    return lost_questions(lost_figures(), QUESTIONS)


def lost_figures():
    start, end = _range()
    bilag3 = find_line(ANNEX, "Bilag 3: Resultater af spørgeskemaundersøgelse", start)
    return lost_charts(bilag3, end, experiment=EXPERIMENT, headings=SURVEY_HEADINGS, prefix="psyk")


def source_issues() -> list[SourceIssue]:
    start, _ = _range()
    status = find_line(ANNEX, "A) Sagsstatus medio februar 2020", start)
    no_case = find_line(ANNEX, "Ingen aktiv sag\t44\t68,00 %", status)
    relapse = find_line(ANNEX, "C) Tilbagefald", status)
    rebild_relapse = find_line(ANNEX, "Ja\t6\t10,34%", relapse)
    rebild_total = find_line(ANNEX, "I alt\t65", status)
    case9 = find_line(ANNEX, "Case 9", start)
    case14 = find_line(ANNEX, "borgere i case 14", case9)
    return [
        SourceIssue(
            "annex16_17-psyk-status-share",
            ANNEX,
            (no_case,),
            "denominator",
            "Sagsstatus medio februar 2020: 'Ingen aktiv sag' står som 68,00 % i Rebild (44 af 65 = 67,7 %) og "
            "53,00 % i Jammerbugt (43 af 81 = 53,1 %), mens de øvrige andele er afrundet til én decimal. Rebilds "
            "andele summerer derfor til 100,2 %.",
            "Case status mid-February 2020: 'Ingen aktiv sag' is given as 68.00 % in Rebild (44 of 65 = 67.7 %) and "
            "53.00 % in Jammerbugt (43 of 81 = 53.1 %), while the other shares are rounded to one decimal. "
            "Rebild's shares therefore add up to 100.2 %.",
        ),
        SourceIssue(
            "annex16_17-psyk-relapse-denominator",
            ANNEX,
            (rebild_relapse, rebild_total),
            "denominator",
            "Tilbagefald i Rebild: 6 borgere = 10,34 % svarer til en nævner på 58, men Rebild har 65 borgere i "
            "Fasit-opgørelsen (6 af 65 = 9,2 %). For Jammerbugt (2 af 81) og Thisted (5 af 85) passer andelene.",
            "Relapses in Rebild: 6 citizens = 10.34 % implies a denominator of 58, but Rebild has 65 citizens in the "
            "Fasit tables (6 of 65 = 9.2 %). For Jammerbugt (2 of 81) and Thisted (5 of 85) the shares match.",
        ),
        SourceIssue(
            "annex16_17-psyk-case-number",
            ANNEX,
            (case9, case14),
            "other",
            "Supplerende case 9 (Rebild) omtaler 'samtlige tre borgere i case 14'; der er ingen case 14 i bilaget, "
            "og teksten handler formentlig om de tre kvinder i case 8.",
            "Supplementary case 9 (Rebild) speaks of 'all three citizens in case 14'; there is no case 14 in the "
            "annex, and the text is probably about the three women of case 8.",
        ),
    ]


def facts() -> list[Fact]:
    return case_facts() + status_tables() + closing_reasons() + relapses()
