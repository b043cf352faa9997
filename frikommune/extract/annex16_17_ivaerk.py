"""Annex 17.b: Iværksætteri for dimittender (r1-03-ivaerksaetteri-dimittender, Aalborg), 003_*.txt ~9140-9735.

The range is prose: interview guides, the 2018 interview summary (with the experiment's targets), the 2020
interviews of the coordinator and the managers, three participant interviews (pseudonyms) and four company
cases. The company cases name real founders, with their ages: no person's name or age is taken, and every quote
below is cut so that it holds none. Company names are kept in notes.

Not taken, on purpose:
- '1/3-del langsommere' (a participant's estimate that he would have been a third slower without the course):
  the value 1/3 is not printed as a number, so it cannot be stored verbatim.
- 'over 6 mdr.' in the Biogenity case: restates the 26-week course length already taken.
- '12 måneder' in the footnote on Innofounder: describes another programme, not this experiment.
- 'over 90% af den energi' in the Lyras case: a claim about the company's product, not about the experiment.
- ages, study years, 'ca. 2 år siden' and similar time references.
- Biogenity's 'en fuldtidsansat medarbejder': 'en' is far more often the article than the number one, so number
  words leave it out; its 'de to medstiftere' is taken (common.fact verifies number words).
"""

from __future__ import annotations

from frikommune.extract.common import Fact, Measure, Series, fact
from frikommune.extract.seed_text import ANNEX, find_line, heading

EXPERIMENT = "r1-03-ivaerksaetteri-dimittender"
MUNICIPALITY = "aalborg"  # the experiment ran in Jobcenter Aalborg (Jobhuset) only

MEASURES = [
    Measure(
        "ivaerk_maal_n",
        "Forventet antal (mål)",
        "Expected number (target)",
        "Forsøgets forventninger ved start: antal ledige/virksomheder, som forsøget forventes at nå (målet er "
        "seriens kategori).",
        "The experiment's expectations at the start: number of unemployed/companies the experiment is expected to "
        "reach (the target is the series' category).",
        "count",
        True,
        "target",
    ),
    Measure(
        "ivaerk_interview_n",
        "Antal interview",
        "Number of interviews",
        "Antal gruppeinterview med medarbejdere i interviewrunden 2018.",
        "Number of group interviews with staff in the 2018 interview round.",
        "count",
        None,
        "response",
    ),
    Measure(
        "ivaerk_forloeb_max_weeks",
        "Maksimal længde af forløbet Innovativ Vækst",
        "Maximum length of the course",
        "Det længste forløb på Innovativ Vækst, som deltagerne kan være fritaget for jobsøgning i (uger).",
        "The longest course on Innovativ Vækst during which participants can be exempt from job search (weeks).",
        "weeks",
        None,
        "duration",
    ),
    Measure(
        "ivaerk_medarbejdere_n",
        "Antal medarbejdere opgaven ellers ville være spredt på",
        "Staff the task would otherwise be spread over",
        "Antal medarbejdere i jobcentret, som kontaktforløbene ellers ville være fordelt på, ifølge tovholder.",
        "Number of jobcentre staff the contact courses would otherwise be spread over, according to the coordinator.",
        "count",
        None,
        "uptake",
    ),
    Measure(
        "ivaerk_deltagere_pr_aar_n",
        "Deltagere om året (skøn)",
        "Participants per year (estimate)",
        "Ledelsens skøn over antal deltagere i forsøget om året (skønnets ender er seriens statistik: min, max).",
        "Management's estimate of the number of participants in the experiment per year (the estimate's ends are the series' statistic: min, max).",
        "count",
        None,
        "uptake",
    ),
    Measure(
        "ivaerk_case_ledig_foer_start_days",
        "Ledighed før start på forløbet (deltager)",
        "Unemployment before the course (participant)",
        "Antal dage en interviewet deltager havde været ledig, da forløbet på Innovativ Vækst startede.",
        "Days an interviewed participant had been unemployed when the Innovativ Vækst course started.",
        "days",
        None,
        "duration",
    ),
    Measure(
        "ivaerk_case_forloeb_weeks",
        "Deltagerens forløb på Innovativ Vækst",
        "Participant's course length",
        "Antal uger en interviewet deltager deltog på Innovativ Vækst.",
        "Number of weeks an interviewed participant took part in Innovativ Vækst.",
        "weeks",
        None,
        "duration",
    ),
    Measure(
        "ivaerk_case_afmeldinger_n",
        "Antal gange meldt ud efter forløbet (deltager)",
        "Times deregistered after the course (participant)",
        "Antal gange en interviewet deltager er blevet meldt ud efter forløbet, fordi reglerne ikke var fulgt "
        "(skønnets ender er seriens statistik: min, max).",
        "Number of times an interviewed participant was deregistered after the course for not following the rules "
        "(the estimate's ends are the series' statistic: min, max).",
        "count",
        False,
        "effect",
    ),
    Measure(
        "ivaerk_case_stiftere_n",
        "Antal stiftere (virksomhedscase)",
        "Number of founders (company case)",
        "Antal personer, der har stiftet virksomheden i virksomhedscasen (virksomheden står i seriens kilde).",
        "Number of people who founded the company in the company case (the company is named in the series' source).",
        "count",
        None,
        "effect",
    ),
    Measure(
        "ivaerk_case_ansatte_n",
        "Antal ansatte (virksomhedscase)",
        "Number of employees (company case)",
        "Antal ansatte ud over stifterne i virksomhedscasen (virksomheden står i seriens kilde, ansættelsestypen er dens kategori).",
        "Number of employees besides the founders in the company case (the company is named in the series' source, the "
        "type of employment is its category).",
        "count",
        True,
        "effect",
    ),
    Measure(
        "ivaerk_case_faser_n",
        "Gennemførte faser af Innovativ Vækst (virksomhedscase)",
        "Phases of Innovativ Vækst completed (company case)",
        "Antal af forløbets faser, som iværksætteren i virksomhedscasen gennemførte (forløbet har 3 faser).",
        "Number of the course's phases the entrepreneur in the company case completed (the course has 3 phases).",
        "count",
        True,
        "uptake",
    ),
]


def _range() -> tuple[int, int]:
    start = heading(ANNEX, "17.b Bilag til forsøg: Mulighed for at fremme iværksætterier for dimittender")
    end = heading(ANNEX, "17.c Bilag til forsøg: Mikrolån", start)
    return start, end - 1


SUMMARY_2018 = "Bilag 17.b, interviewopsamling 2018 (Bilag 1c)"
COORDINATOR_2020 = "Bilag 17.b, interview med tovholder 2020"
MANAGER_2020 = "Bilag 17.b, interview med teamleder 2020"


def _series(source: str, label: tuple[str, str], *, category: str = "", statistic: str = "") -> Series:
    """Each passage of the annex (an interview summary, a participant, a company case) is its own source."""
    return Series(source=source, label_da=label[0], label_en=label[1], category=category, statistic=statistic)


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


def _at(quote: str, after: int) -> int:
    return find_line(ANNEX, quote, after, _range()[1])


def targets_and_interviews() -> list[Fact]:
    """Bilag 1c (interview summary 2018): the expectations (targets) and the number of interviews."""
    start, _ = _range()
    summary = _at("Bilag 1c: Interviewopsamling, 2018", start)
    out = []
    for quote, value, note, category, label in (
        (
            "At 100 motiverede ledige",
            100,
            "Forventning: ledige med en iværksætter-ide får udarbejdet Min Iværksætterplan",
            "får udarbejdet Min Iværksætterplan",
            ("Får udarbejdet en iværksætterplan", "Get a start-up plan"),
        ),
        (
            "At de 100 ledige deltager i konkrete iværksætterforløb",
            100,
            "Forventning: ledige deltager i konkrete iværksætterforløb (Væksthus Nordjylland/Innovativ Vækst)",
            "deltager i iværksætterforløb",
            ("Deltager i iværksætterforløb", "Take part in start-up courses"),
        ),
        (
            "At 55 ledige etablerer virksomhed",
            55,
            "Forventning: ledige etablerer virksomhed (aktivt cvr-nummer)",
            "etablerer virksomhed (aktivt cvr-nummer)",
            ("Etablerer virksomhed", "Start a business"),
        ),
        (
            "At 40 af disse virksomheder stadig eksisterer efter 2 år",
            40,
            "Forventning: virksomheder eksisterer stadig efter 2 år",
            "virksomheder aktive efter 2 år",
            ("Virksomheder aktive efter 2 år", "Firms still active after 2 years"),
        ),
    ):
        out.append(
            _f(
                _at(quote, summary),
                quote,
                "ivaerk_maal_n",
                "count",
                note,
                value=value,
                series=_series(SUMMARY_2018, label, category=category),
            )
        )
    quote = "I alt har der været afholdt 7 interview"
    out.append(
        _f(
            _at(quote, summary),
            quote,
            "ivaerk_interview_n",
            "count",
            "Interviewrunde med medarbejdere, august-november 2018",
            period="2018",
            group="medarbejder",
            series=_series(SUMMARY_2018, ("Gruppeinterview med medarbejdere", "Group interviews with staff")),
        )
    )
    quote = "i en periode på op til 26 uger"
    out.append(
        _f(
            _at(quote, summary),
            quote,
            "ivaerk_forloeb_max_weeks",
            "weeks",
            "Interviewopsamling 2018: jobcentret tror på iværksætterideen i op til 26 uger",
            period="2018",
            series=_series(SUMMARY_2018, ("Forløbets længde, højst", "Course length, max"), statistic="max"),
        )
    )
    return out


def coordinator_and_managers() -> list[Fact]:
    """The 2020 interviews with the coordinator and the managers (the second 'tovholder' guide with answers)."""
    start, _ = _range()
    answers = _at("Processen med at tilmelde deltagere til Innovativ Vækst har ikke ændret sig", start)
    out = []
    quote = "i stedet for at være spredt ud på omkring 20 medarbejdere"
    out.append(
        _f(
            _at(quote, answers),
            quote,
            "ivaerk_medarbejdere_n",
            "count",
            "Tovholder: ekspertisen samles hos én i stedet for omkring 20 medarbejdere",
            series=_series(
                COORDINATOR_2020,
                ("Medarbejdere opgaven ellers fordeles på", "Staff it would be spread over"),
                statistic="approx",
            ),
        )
    )
    quote = "efter de maks. 26 uger på Innovativ Vækst"
    out.append(
        _f(
            _at(quote, answers),
            quote,
            "ivaerk_forloeb_max_weeks",
            "weeks",
            "Interview med tovholder: maksimal længde af Innovativ Vækst",
            series=_series(COORDINATOR_2020, ("Forløbets længde, højst", "Course length, max"), statistic="max"),
        )
    )
    # 'ikke ... mere end 30-40 deltagere om året': a ceiling given as a range; its two ends are min and max.
    quote = "ikke taler om mere end 30-40 deltagere om året"
    line = _at(quote, answers)
    for value, stat, label in (
        (30, "min", ("Deltagere pr. år, nedre skøn", "Participants a year, low estimate")),
        (40, "max", ("Deltagere pr. år, øvre skøn", "Participants a year, high estimate")),
    ):
        out.append(
            _f(
                line,
                quote,
                "ivaerk_deltagere_pr_aar_n",
                "count",
                "Interview med teamleder: ikke mere end 30-40 deltagere om året",
                value=value,
                series=_series(MANAGER_2020, label, statistic=stat),
            )
        )
    return out


def participants() -> list[Fact]:
    """Bilag 2f-2h: three participant interviews (pseudonyms). Quotes start after the pseudonym."""
    start, _ = _range()
    first = _at("Bilag 2f: Interviewopsamling, deltager 1", start)
    second = _at("Bilag 2g: Interviewopsamling, deltager 2", first)
    out = []
    one, two = "Bilag 17.b, deltagerinterview 1 (Bilag 2f)", "Bilag 17.b, deltagerinterview 2 (Bilag 2g)"
    course = ("Deltagerens forløb", "Participant's course")
    quote = "kun været ledig i 14 dage, da han startede på forløbet"
    out.append(
        _f(
            _at(quote, first),
            quote,
            "ivaerk_case_ledig_foer_start_days",
            "days",
            "Deltager 1: ledig før start på Innovativ Vækst",
            group="borger",
            series=_series(one, ("Ledig før forløbet", "Unemployed before the course")),
        )
    )
    quote = "deltaget i et helt innovativ Vækst forløb – alle 26 uger"
    out.append(
        _f(
            _at(quote, first),
            quote,
            "ivaerk_case_forloeb_weeks",
            "weeks",
            "Deltager 1: helt forløb på Innovativ Vækst",
            group="borger",
            series=_series(one, course),
        )
    )
    quote = "blevet meldt ud 4-5 gange"
    line = _at(quote, first)
    for value, stat, label in (
        (4, "min", ("Meldt ud efter forløbet, mindst", "Deregistered after, min.")),
        (5, "max", ("Meldt ud efter forløbet, højst", "Deregistered after, max.")),
    ):
        out.append(
            _f(
                line,
                quote,
                "ivaerk_case_afmeldinger_n",
                "count",
                "Deltager 1: meldt ud 4-5 gange efter forløbet",
                value=value,
                group="borger",
                series=_series(one, label, statistic=stat),
            )
        )
    quote = "fik lov til at deltage i alle 26 uger på Innovativ Vækst"
    out.append(
        _f(
            _at(quote, second),
            quote,
            "ivaerk_case_forloeb_weeks",
            "weeks",
            "Deltager 2: helt forløb på Innovativ Vækst",
            group="borger",
            series=_series(two, course),
        )
    )
    return out


# The figures each company case prints after its heading: (quote, measure, value, note, category, chart label).
_CASE_FIGURES = {
    "MOTI": (
        (
            "Virksomheden har ud over medstifterne 2 deltidsansatte",
            "ivaerk_case_ansatte_n",
            2,
            "MOTI ApS: deltidsansatte ud over medstifterne",
            "deltidsansatte",
            ("Deltidsansatte", "Part-time staff"),
        ),
        (
            "stiftet af i alt 5 personer",
            "ivaerk_case_stiftere_n",
            5,
            "MOTI ApS: stiftere i alt",
            "i alt",
            ("Stiftere i alt", "Founders in all"),
        ),
        (
            "Derudover er 3 forskere fra Aalborg Universitet medstiftere",
            "ivaerk_case_stiftere_n",
            3,
            "MOTI ApS: heraf forskere fra Aalborg Universitet (indgår i de 5 stiftere)",
            "heraf forskere fra Aalborg Universitet",
            ("Heraf forskere fra AAU", "Of whom AAU researchers"),
        ),
        (
            "igennem alle 3 faser af Innovativ Vækst",
            "ivaerk_case_faser_n",
            3,
            "MOTI ApS: gennemførte faser af Innovativ Vækst",
            "",
            ("Gennemførte faser", "Phases completed"),
        ),
    ),
    "Lyras": (
        (
            "Lyras har i dag 8 fuldtidsansatte",
            "ivaerk_case_ansatte_n",
            8,
            "Lyras: fuldtidsansatte",
            "fuldtidsansatte",
            ("Fuldtidsansatte", "Full-time staff"),
        ),
        (
            "udvides de næste måneder med yderligere 4 ansatte",
            "ivaerk_case_ansatte_n",
            4,
            "Lyras: planlagte nye ansatte de næste måneder",
            "planlagte nye ansatte",
            ("Planlagte nye ansatte", "Planned new staff"),
        ),
        (
            "virksomheden har 4 studerende ansat i studiejob",
            "ivaerk_case_ansatte_n",
            4,
            "Lyras: studerende i studiejob",
            "studerende i studiejob",
            ("Studerende i studiejob", "Students in student jobs"),
        ),
    ),
    "Entomass": (
        (
            "samt 3 medarbejdere og 2 praktikanter",
            "ivaerk_case_ansatte_n",
            3,
            "Entomass: medarbejdere",
            "medarbejdere",
            ("Medarbejdere", "Employees"),
        ),
        (
            "samt 3 medarbejdere og 2 praktikanter",
            "ivaerk_case_ansatte_n",
            2,
            "Entomass: praktikanter",
            "praktikanter",
            ("Praktikanter", "Interns"),
        ),
    ),
}


def company_cases() -> list[Fact]:
    """The four company cases (Biogenity, MOTI, Lyras, Entomass; Biogenity writes its founders in words)."""
    start, _ = _range()
    moti = _at("MOTI: Fra øjemål til digital løsning", start)
    lyras = _at("LYRAS: Grøn idé vækster", moti)
    entomass = _at("Entomass: Fra larve til foder", lyras)
    biogenity = _at("Biogenity består i dag af", start)
    quote = "Biogenity består i dag af de to medstiftere"
    out = [
        fact(
            ANNEX,
            biogenity,
            quote,
            value=2,
            experiment=EXPERIMENT,
            measure="ivaerk_case_stiftere_n",
            unit="count",
            municipality=MUNICIPALITY,
            note="Biogenity: medstiftere (skrevet med ord)",
            series=_series(
                "Bilag 17.b, virksomhedscase Biogenity", ("Stiftere i alt", "Founders in all"), category="i alt"
            ),
        )
    ]
    headings = {"MOTI": moti, "Lyras": lyras, "Entomass": entomass}
    for company, figures in _CASE_FIGURES.items():
        for quote, measure, value, note, category, label in figures:
            out.append(
                _f(
                    _at(quote, headings[company]),
                    quote,
                    measure,
                    "count",
                    note,
                    value=value,
                    series=_series(f"Bilag 17.b, virksomhedscase {company}", label, category=category),
                )
            )
    return out


def facts() -> list[Fact]:
    return targets_and_interviews() + coordinator_and_managers() + participants() + company_cases()


def lost_figures():
    return []  # the range has no charts (the company cases had photos only)


def source_issues():
    return []
