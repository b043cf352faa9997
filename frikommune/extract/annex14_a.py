"""Bilag 14.a of 003_*.txt: Formkrav ved lovpligtige samtaler – forsikrede ledige (experiment r1-04).

What survives as text: the survey data basis (response rates and N per municipality and wave, citizens and
employees), the municipality tables of mean answers for 2018-2020, the observation counts of the register
analysis, and the a-kasse survey note (delrapport on postponing the first joint conversation). Every chart of
the section – the parallel-trend tests, the descriptive outcome charts and all effect estimates per half-year –
survives only as a caption; those are recorded as lost figures, never filled in.
"""

from __future__ import annotations

import re
from functools import cache

from frikommune.extract.annex14_common import DOC, FORMKRAV, SURVEY_SHARE
from frikommune.extract.common import (
    RESPONDENTS_N,
    RESPONSE_RATE_PCT,
    SURVEY_MEAN,
    Fact,
    LostFigure,
    Measure,
    Question,
    Series,
    SourceIssue,
    fact,
)
from frikommune.extract.seed_text import (
    cell_quote,
    cells,
    find_line,
    heading,
    line_text,
    table_municipality,
)


@cache
def _start() -> int:
    """First line of 14.a (looked up when needed, so importing the module does not read the seeds)."""
    return heading(DOC, "14.a Bilag til forsøg: Formkrav ved lovpligtige samtaler – forsikrede ledige")


@cache
def _end() -> int:
    return heading(DOC, "14.b Bilag til forsøg: Formkrav ved lovpligtige samtaler – Øvrige målgrupper") - 1


REGISTER_GROUP = "forsikrede ledige"  # the register analysis covers dagpenge recipients (forsikrede ledige)

OBSERVATIONS = Measure(
    "samtale_dagpenge_observations_n",
    "Antal observationer i registeranalysen",
    "Observations in the register analysis",
    "Antal observationer (dagpengeforløb blandt forsikrede ledige i frikommunerne og sammenligningskommunerne) som "
    "Rambølls registeranalyse på DREAM bygger på, for det angivne halvår og udfaldsmål (står ved tallet).",
    "Number of observations (unemployment-benefit spells of insured unemployed in the free municipalities and the "
    "comparison municipalities) behind Rambøll's register analysis on DREAM, for the half-year and outcome given with the figure.",
    "count",
    None,
    "effect",
)
POSTPONED_MEAN = Measure(
    "samtale_postponed_conversations_mean",
    "Udskudte fællessamtaler pr. a-kassemedarbejder (gennemsnit)",
    "Postponed joint conversations per unemployment-fund employee (mean)",
    "Gennemsnitligt antal af den enkelte a-kassemedarbejders samtaler, der er blevet udskudt under forsøget, blandt "
    "medarbejdere der har oplevet at fællessamtalen er blevet rykket.",
    "Mean number of an unemployment-fund employee's conversations that were postponed under the experiment, among "
    "employees who experienced a moved joint conversation.",
    "count",
    None,
    "uptake",
)
POSTPONED_MIN = Measure(
    "samtale_postponed_conversations_min",
    "Udskudte fællessamtaler pr. a-kassemedarbejder (færrest)",
    "Postponed joint conversations per unemployment-fund employee (fewest)",
    "Det laveste antal udskudte samtaler angivet af en a-kassemedarbejder.",
    "The lowest number of postponed conversations given by one unemployment-fund employee.",
    "count",
    None,
    "uptake",
)
POSTPONED_MAX = Measure(
    "samtale_postponed_conversations_max",
    "Udskudte fællessamtaler pr. a-kassemedarbejder (flest)",
    "Postponed joint conversations per unemployment-fund employee (most)",
    "Det højeste antal udskudte samtaler angivet af en a-kassemedarbejder.",
    "The highest number of postponed conversations given by one unemployment-fund employee.",
    "count",
    None,
    "uptake",
)
INVITED = Measure(
    "samtale_survey_invited_n",
    "Antal inviterede til spørgeskemaundersøgelsen",
    "Number invited to the survey",
    "Antal personer der modtog en invitation til at besvare spørgeskemaet.",
    "Number of people who received an invitation to answer the questionnaire.",
    "count",
    None,
    "response",
)

MEASURES = [
    SURVEY_MEAN,
    SURVEY_SHARE,
    RESPONDENTS_N,
    RESPONSE_RATE_PCT,
    OBSERVATIONS,
    POSTPONED_MEAN,
    POSTPONED_MIN,
    POSTPONED_MAX,
    INVITED,
]

# The wave columns of Tabel 0-8/0-9. The zero-point survey was run before the experiment started; the later
# columns are headed 'Februar <year>' but the text says the last one was run in June (see the source issue), so
# the waves are kept as years.
WAVES = {"Nulpunktsmåling": "før forsøget", "Februar 2018": "2018", "Februar 2019": "2019", "Februar 2020": "2020"}
RATE_CELL = re.compile(r"^(?:(\d+) %|N/A) \(N=([\d.]+)\)(\*?)$")


def _response_table(caption: str, group: str, survey: str) -> list[Fact]:
    """Tabel 0-8 (citizens) / 0-9 (employees): '62 % (N=343)' per municipality and wave."""
    start = find_line(DOC, caption, _start(), _end())
    header = find_line(DOC, "Kommune\tNulpunktsmåling", start, start + 4)
    periods = [WAVES[c] for c in cells(DOC, header, strip=True)[1:]]
    out: list[Fact] = []
    line = header + 1
    while not line_text(DOC, line).startswith(("*", "Som det fremgår")):  # the footnote or the text ends it
        row = cells(DOC, line, strip=True)
        municipality = table_municipality(row[0])
        if municipality:  # blank lines and the '--------' rule inside the table carry no row
            for index, (cell, period) in enumerate(zip(row[1:], periods), start=1):
                out += _rate_and_n(line, index, cell, municipality, period, group, survey)
        line += 1
    return out


def _rate_and_n(
    line: int, index: int, cell: str, municipality: str, period: str, group: str, survey: str
) -> list[Fact]:
    m = RATE_CELL.match(cell)
    if not m:
        raise ValueError(f"{DOC}:{line}: unexpected cell {cell!r}")
    rate, n, star = m.group(1), m.group(2), m.group(3)
    note = f"{survey}: datagrundlag (svarprocent og antal besvarelser)"
    if star:
        # Aalborg and Brønderslev used the same link in the zero-point survey (footnote under Tabel 0-8): the one
        # printed figure covers both municipalities together and is printed on both rows; never add the two.
        note += "; tallet dækker Aalborg og Brønderslev tilsammen (fælles link i nulpunktsmålingen)"
    quote = cell_quote(DOC, line, index, trim=True)
    n_value = float(n.replace(".", ""))
    table = survey.split("(")[-1].rstrip(")")  # 'Tabel 0-8'
    source = f"Bilag 14.a, {table}"
    common = dict(experiment=FORMKRAV, municipality=municipality, group=group, period=period, note=note)
    out = [
        fact(
            DOC,
            line,
            quote,
            measure="respondents_n",
            unit="count",
            value=n_value,
            series=Series(source, "Besvarelser", "Respondents", statistic="count"),
            **common,
        )
    ]
    if rate is not None:  # 'N/A (N=0)': Thisted had no respondents in the last wave, so no rate
        out.append(
            fact(
                DOC,
                line,
                quote,
                measure="response_rate_pct",
                unit="pct",
                value=float(rate),
                n=n_value,
                series=Series(source, "Svarprocent", "Response rate", statistic="share"),
                **common,
            )
        )
    return out


# Tables 0-10 to 0-13: mean answers 2018-2020 per municipality. The question stem is printed in each table's note.
SURVEY_TABLES = (
    (
        "Tablet 0-10: Medarbejdernes vurdering af deres samtaler",
        "medarbejder",
        "I hvor høj grad vurderer du, at de samtaler du gennemfører...",
    ),
    (
        "Tablet 0-11: Medarbejdernes vurdering af borgernes tilfredshed",
        "medarbejder",
        "Hvor enig er du i udsagnet om, at borgerne...",
    ),
    (
        "Tabel 0-12: Borgernes vurdering af deres møde med jobcenteret",
        "borger",
        "Hvordan oplever du generelt mødet med jobcenteret? Jeg bliver mødt med...",
    ),
    (
        "Tablet 0-13: Borgernes vurdering af deres samtaler på jobcenteret",
        "borger",
        "I hvor høj grad vurderer du, at dine samtaler i jobcenteret...",
    ),
)
ROW_LABEL = re.compile(r"^(\w+) \(N=([\d.]+)\)\*?$")
SCALE_DA = '1-5, 5 = "I meget høj grad", 1 = "Slet ikke"'
SCALE_EN = '1-5, 5 = "To a very high degree", 1 = "Not at all"'
# The items of Tabel 0-10 to 0-13 in the order of their columns: (question id, English text, short labels da/en).
# The Danish text is the stem plus the column heading, as printed.
SURVEY_ITEMS = {
    "Tablet 0-10": (
        (
            "samtale-med-kontaktform",
            "To what degree do you find that the conversations you hold ... have a form of "
            "contact organised individually and flexibly around the citizen's needs?",
            "Individuel og fleksibel kontaktform",
            "Individual, flexible contact",
        ),
        (
            "samtale-med-indflydelse",
            "... are adapted so that the citizen gains influence on the content?",
            "Borgeren får indflydelse",
            "Citizen has influence",
        ),
        (
            "samtale-med-fokus-job",
            "... focus on relevant and concrete education and job opportunities for the citizen?",
            "Fokus på job og uddannelse",
            "Focus on jobs and education",
        ),
        (
            "samtale-med-planlaegning",
            "... are planned flexibly around the citizen's concrete needs?",
            "Fleksibel planlægning",
            "Flexible planning",
        ),
        ("samtale-med-hyppighed", "... are held at a suitable frequency?", "Passende hyppighed", "Suitable frequency"),
    ),
    "Tablet 0-11": (
        (
            "samtale-med-borger-bidrager",
            "How much do you agree that citizens ... contribute actively to their course of conversations?",
            "Borgerne bidrager aktivt",
            "Citizens contribute actively",
        ),
        (
            "samtale-med-borger-positiv",
            "... are positive about the content of their conversations?",
            "Borgerne er positive",
            "Citizens are positive",
        ),
        (
            "samtale-med-borger-planlaegning",
            "... are satisfied with the planning of their course of conversations?",
            "Borgerne er tilfredse med planlægning",
            "Citizens satisfied with planning",
        ),
        (
            "samtale-med-borger-motivation",
            "... find that their conversations add to their motivation for education and work?",
            "Samtaler giver motivation",
            "Conversations motivate",
        ),
    ),
    "Tabel 0-12": (
        (
            "samtale-bo-moede-fleksibelt",
            "How do you generally experience meeting the jobcentre? I am met by ... a "
            "flexible system adapted to my individual needs?",
            "Fleksibelt system",
            "A flexible system",
        ),
        (
            "samtale-bo-moede-engagerede",
            "... committed caseworkers?",
            "Engagerede sagsbehandlere",
            "Committed caseworkers",
        ),
        (
            "samtale-bo-moede-meningsfuldt",
            "... a meaningful course of conversations and measures?",
            "Meningsfuldt forløb",
            "A meaningful course",
        ),
        (
            "samtale-bo-moede-muligheder",
            "... a course focused on improving my job and education opportunities?",
            "Fokus på mine muligheder",
            "Focus on my opportunities",
        ),
        (
            "samtale-bo-moede-tro-paa-job",
            "... a belief that I can get a job?",
            "Tro på at jeg kan få job",
            "Belief that I can get a job",
        ),
    ),
    "Tablet 0-13": (
        (
            "samtale-bo-samtale-kontaktform",
            "To what degree do you find that your conversations at the jobcentre "
            "... have a form of contact organised individually and flexibly around your needs?",
            "Individuel og fleksibel kontaktform",
            "Individual, flexible contact",
        ),
        (
            "samtale-bo-samtale-indflydelse",
            "... are adapted so that you gain influence on their content?",
            "Jeg får indflydelse",
            "I have influence",
        ),
        (
            "samtale-bo-samtale-fokus-job",
            "... focus on relevant and concrete education and job opportunities?",
            "Fokus på job og uddannelse",
            "Focus on jobs and education",
        ),
        (
            "samtale-bo-samtale-hyppighed",
            "... are held at a suitable frequency?",
            "Passende hyppighed",
            "Suitable frequency",
        ),
        (
            "samtale-bo-samtale-tro-paa-job",
            "... give you a stronger belief that you can get a job?",
            "Større tro på at få job",
            "Stronger belief in getting a job",
        ),
    ),
}


def _items(caption: str) -> tuple[list[str], tuple]:
    start = find_line(DOC, caption, _start(), _end())
    header = find_line(DOC, "Kommuner\t", start, start + 4)
    items = cells(DOC, header, strip=True)[1:]
    declared = SURVEY_ITEMS[caption.split(":")[0]]
    if len(items) != len(declared):
        raise ValueError(f"{DOC}:{header}: {len(items)} items, {len(declared)} declared")
    return items, declared


def questions() -> list[Question]:
    """The questions of Tabel 0-10 to 0-13: the stem and the column heading as printed, with a translation."""
    out = []
    for caption, _, stem in SURVEY_TABLES:
        items, declared = _items(caption)
        for item, (qid, text_en, _, _) in zip(items, declared):
            out.append(Question(qid, f"{stem} {item}", text_en, SCALE_DA, SCALE_EN, True))
    return out


def _survey_means(caption: str, group: str, stem: str) -> list[Fact]:
    start = find_line(DOC, caption, _start(), _end())
    header = find_line(DOC, "Kommuner\t", start, start + 4)
    items, declared = _items(caption)
    table = caption.split(":")[0].replace("Tablet", "Tabel")  # the dump prints 'Tablet' for 'Tabel'
    source = f"Bilag 14.a, {table}"
    out: list[Fact] = []
    line = header + 1
    while not line_text(DOC, line).startswith("Note:"):
        row = cells(DOC, line, strip=True)
        m = ROW_LABEL.match(row[0])
        if m:  # the blank line inside Tabel 0-11 (before Brønderslev) is skipped
            municipality = table_municipality(m.group(1))
            n = float(m.group(2).replace(".", ""))
            # The N in the row label is a figure of its own: the respondents behind the row's means.
            out.append(
                fact(
                    DOC,
                    line,
                    row[0].rstrip("*"),
                    experiment=FORMKRAV,
                    measure="respondents_n",
                    unit="count",
                    municipality=municipality,
                    group=group,
                    period="2018-2020",
                    value=n,
                    note=f"{table}: antal besvarelser bag kommunens gennemsnit, samlede besvarelser 2018-2020",
                    series=Series(source, "Besvarelser", "Respondents", statistic="count"),
                )
            )
            for index, (cell, item, (qid, _, label_da, label_en)) in enumerate(zip(row[1:], items, declared), start=1):
                out.append(
                    fact(
                        DOC,
                        line,
                        cell_quote(DOC, line, index, trim=True),
                        experiment=FORMKRAV,
                        measure="survey_mean",
                        unit="score",
                        municipality=municipality,
                        group=group,
                        period="2018-2020",
                        n=n,
                        value=float(cell.replace(",", ".")),
                        note=f'"{stem}" {item} (skala 1-5, 5 = "I meget høj grad", 1 = "Slet ikke"); {table}, '
                        "samlede besvarelser 2018-2020",
                        series=Series(source, label_da, label_en, question=qid, statistic="mean"),
                    )
                )
        line += 1
    return out


def _observation_counts() -> list[Fact]:
    """Tabel 0-14 (per municipality) and Tabel 0.15 (per half-year of the experiment): observations per outcome."""
    out: list[Fact] = []
    start = find_line(DOC, "Tabel 0-14 Antal observationer", _start(), _end())
    header = find_line(DOC, "Kommuner\t1-3 mdr. efter opstart", start, start + 4)
    horizons = cells(DOC, header, strip=True)[1:]
    line = header + 1
    while not line_text(DOC, line).startswith("Kilde:"):
        row = cells(DOC, line, strip=True)
        if table_municipality(row[0]):
            for index, (cell, horizon) in enumerate(zip(row[1:], horizons), start=1):
                out.append(
                    fact(
                        DOC,
                        line,
                        cell_quote(DOC, line, index, trim=True),
                        experiment=FORMKRAV,
                        measure=OBSERVATIONS.measure_id,
                        unit="count",
                        municipality=table_municipality(row[0]),
                        group=REGISTER_GROUP,
                        period="under forsøget",
                        value=float(cell.replace(".", "")),
                        note=f"Tabel 0-14: observationer bag de deskriptive resultater (Figur 0.2-0.4), {horizon}",
                        series=_window_series("Bilag 14.a, Tabel 0-14", horizon),
                    )
                )
        line += 1
    # Tabel 0.15 heads its first column 'Kommuner' but its rows are the half-years of the experiment ('2017, 2').
    start = find_line(DOC, "Table 0.15: Antal observationer", line)
    header = find_line(DOC, "Kommuner\t1-3 mdr. efter opstart", start, start + 4)
    line = header + 1
    while not line_text(DOC, line).startswith("Kilde:"):
        row = cells(DOC, line, strip=True)
        m = re.match(r"^(\d{4}), (\d)$", row[0])
        if m:
            for index, (cell, horizon) in enumerate(zip(row[1:], horizons), start=1):
                out.append(
                    fact(
                        DOC,
                        line,
                        cell_quote(DOC, line, index, trim=True),
                        experiment=FORMKRAV,
                        measure=OBSERVATIONS.measure_id,
                        unit="count",
                        group=REGISTER_GROUP,
                        period=f"{m.group(1)}H{m.group(2)}",
                        value=float(cell.replace(".", "")),
                        note=f"Tabel 0.15: observationer bag effektanalyserne pr. halvår (Figur 0.5-0.10), {horizon}",
                        series=_window_series("Bilag 14.a, Tabel 0.15", horizon),
                    )
                )
        line += 1
    return out


def _window_series(source: str, horizon: str) -> Series:
    """Observations of the register analysis at one outcome window ('1-3 mdr. efter opstart')."""
    months = horizon.split(" ")[0]
    return Series(
        source,
        f"Observationer, {months} mdr. efter start",
        f"Observations, {months} months after start",
        window=horizon,
        statistic="count",
    )


# The N lines under the four parallel-trend charts: 'N: 2015, 1 (N=29.686), ...' per half-year of entry.
PARALLEL_CHARTS = (
    ("Figur 0.18. Parallele udviklingsforløb", "Figur 0.18", "1-3 mdr. efter opstart"),
    ("Figur 0.19. Parallele udviklingsforløb", "Figur 0.19", "4-6 mdr. efter opstart"),
    ("Figur 0.20. Parallele udviklingsforløb", "Figur 0.20", "7-9 mdr. efter opstart"),
    ("Figur 0.1 Parallelle udviklingsforløb", "Figur 0.1", "10-12 mdr. efter opstart"),
)
HALF_YEAR_N = re.compile(r"(\d{4}), (\d) \(N=([\d.]+)\)")


def _parallel_trend_ns() -> list[Fact]:
    out: list[Fact] = []
    for caption, figure, horizon in PARALLEL_CHARTS:
        start = find_line(DOC, caption, _start(), _end())
        line = find_line(DOC, "N: 2015, 1", start, start + 8)
        for m in HALF_YEAR_N.finditer(line_text(DOC, line)):
            # 'N=0' for 2019 2nd half at 7-12 months is printed: no spell had yet run that long. Kept as printed.
            out.append(
                fact(
                    DOC,
                    line,
                    m.group(0),
                    experiment=FORMKRAV,
                    measure=OBSERVATIONS.measure_id,
                    unit="count",
                    group=REGISTER_GROUP,
                    period=f"{m.group(1)}H{m.group(2)}",
                    value=float(m.group(3).replace(".", "")),
                    note=f"{figure}: test af parallelle udviklingsforløb, halvår for opstart på dagpenge, "
                    f"udfaldsmål {horizon}",
                    series=_window_series(f"Bilag 14.a, {figure}", horizon),
                )
            )
    return out


# The N notes under the charts of sub-groups and robustness analyses whose values are lost.
CHART_NS = (
    (
        "Figur 0-22: De sæsonlediges vurdering",
        "borger",
        "network",
        "sæsonledige i Thisted og Mariagerfjord samlet",
        "Hvordan oplever du generelt mødet med jobcenteret? Jeg bliver mødt med...",
    ),
    (
        "Figur 0-23: De sæsonlediges vurdering",
        "borger",
        "network",
        "sæsonledige i Thisted og Mariagerfjord samlet",
        "I hvor høj grad vurderer du, at dine samtaler i jobcenteret...",
    ),
    (
        "Figur 0-24: Vurderinger af mødet",
        "borger",
        "mariagerfjord",
        "ledige over 50 år med skånehensyn i Mariagerfjord",
        "Hvordan oplever du generelt mødet med jobcenteret? Jeg bliver mødt med...",
    ),
    (
        "Figur 0-25: Vurderinger af samtaler",
        "borger",
        "mariagerfjord",
        "ledige over 50 år med skånehensyn i Mariagerfjord",
        "I hvor høj grad vurderer du, at dine samtaler i jobcenteret...",
    ),
    (
        "Figur 0-25: Medarbejdernes vurdering",
        "medarbejder",
        "network",
        "robusthedsanalyse: kun medarbejdere inviteret til alle fire målinger",
        "I hvor høj grad vurderer du, at de samtaler du gennemfører...",
    ),
    (
        "Figur 0-26: Medarbejdernes vurdering",
        "medarbejder",
        "network",
        "robusthedsanalyse: kun medarbejdere inviteret til alle fire målinger",
        "Hvor enig er du i udsagnet om, at borgerne...",
    ),
)
WAVE_N = re.compile(r"N=(\d+) \((Nulpunktsmåling|\d{4})\)")


def _chart_ns() -> list[Fact]:
    out: list[Fact] = []
    for caption, group, municipality, who, stem in CHART_NS:
        start = find_line(DOC, caption, _start(), _end())
        line = next(n for n in range(start + 1, start + 8) if WAVE_N.search(line_text(DOC, n)))
        for m in WAVE_N.finditer(line_text(DOC, line)):
            period = "før forsøget" if m.group(2) == "Nulpunktsmåling" else m.group(2)
            out.append(
                fact(
                    DOC,
                    line,
                    m.group(0),
                    experiment=FORMKRAV,
                    measure="respondents_n",
                    unit="count",
                    municipality=municipality,
                    group=group,
                    period=period,
                    value=float(m.group(1)),
                    note=f'{caption.split(":")[0]} (figuren er tabt): {who}; "{stem}"',
                    series=Series(
                        f"Bilag 14.a, {caption.split(':')[0]}",
                        "Besvarelser",
                        "Respondents",
                        target_group=who,
                        statistic="count",
                    ),
                )
            )
    return out


AKASSE = "Bilag 14.a, a-kasseundersøgelsen"
AKASSE_SCALE_DA = '"Slet ikke", "I mindre grad", "I nogen grad", "I høj grad", "I meget høj grad", "Ved ikke"'
AKASSE_SCALE_EN = (
    '"Not at all", "To a small degree", "To some degree", "To a high degree", "To a very high degree", "Don\'t know"'
)
# The a-kasse survey's questions. Its questionnaire is not printed; the statements are worded as the text reports them.
AKASSE_QUESTIONS = {
    "akasse-deltaget": (
        "Har du deltaget i fællessamtaler, der er blevet rykket som en del af frikommuneforsøget?",
        "Have you taken part in joint conversations that were moved as part of the experiment?",
        "Ja / Nej",
        "Yes / No",
        None,
    ),
    "akasse-udskudt": (
        "Hvor mange af dine samtaler er blevet udskudt?",
        "How many of your conversations have been postponed?",
        "antal",
        "number",
        None,
    ),
    "akasse-samarbejde": (
        "Muligheden for at flytte den fælles samtale gavner samarbejdet mellem a-kasse og jobcenter",
        "The option of moving the joint conversation benefits the cooperation between unemployment fund and jobcentre",
        AKASSE_SCALE_DA,
        AKASSE_SCALE_EN,
        True,
    ),
    "akasse-placering": (
        "Muligheden for at flytte den fælles samtale giver mulighed for at placere samtalen, hvor det giver mening",
        "The option of moving the joint conversation makes it possible to place the conversation where it makes sense",
        AKASSE_SCALE_DA,
        AKASSE_SCALE_EN,
        True,
    ),
    "akasse-borgerne": (
        "Muligheden for at flytte den fælles samtale gavner borgerne",
        "The option of moving the joint conversation benefits the citizens",
        AKASSE_SCALE_DA,
        AKASSE_SCALE_EN,
        True,
    ),
    "akasse-hurtigere-job": (
        "Muligheden for at flytte den fælles samtale får borgerne hurtigere i beskæftigelse",
        "The option of moving the joint conversation gets citizens into work faster",
        AKASSE_SCALE_DA,
        AKASSE_SCALE_EN,
        True,
    ),
}
STATEMENT_QUESTION = {
    "gavner samarbejdet mellem a-kasse og jobcenter": "akasse-samarbejde",
    "giver mulighed for at placere samtalen, hvor det giver mening": "akasse-placering",
    "gavner borgerne": "akasse-borgerne",
    "får borgerne hurtigere i beskæftigelse": "akasse-hurtigere-job",
}
QUESTION_LABELS = {
    "akasse-deltaget": ("Har deltaget i rykkede samtaler", "Took part in moved conversations"),
    "akasse-udskudt": ("Udskudte samtaler", "Postponed conversations"),
    "akasse-samarbejde": ("Gavner samarbejdet", "Benefits cooperation"),
    "akasse-placering": ("Samtalen placeres, hvor det giver mening", "Conversation placed where it makes sense"),
    "akasse-borgerne": ("Gavner borgerne", "Benefits citizens"),
    "akasse-hurtigere-job": ("Hurtigere i job", "Into work faster"),
}
CATEGORY_EN = {
    "Ja": "Yes",
    "Slet ikke/I mindre grad": "Not at all/small degree",
    "I høj grad/I meget høj grad": "High/very high degree",
    "Ved ikke": "Don't know",
    "vurderer at det giver mulighed": "Find that it does",
}


def akasse_questions() -> list[Question]:
    return [
        Question(qid, da, en, scale_da, scale_en, better)
        for qid, (da, en, scale_da, scale_en, better) in AKASSE_QUESTIONS.items()
    ]


def _akasse_series(qid: str, category: str = "", statistic: str = "share", source: str = AKASSE) -> Series:
    da, en = QUESTION_LABELS[qid]
    if category:
        short = category.split(" (")[0]
        da, en = f"{da}: {short}"[:40], f"{en}: {CATEGORY_EN[short]}"[:40]
    return Series(source, da, en, question=qid, category=category, statistic=statistic)


def _akasse_basis(start: int, survey: str, common: dict) -> list[Fact]:
    """The survey's data basis: invited, respondents and response rate."""
    basis_series = dict(source=f"{AKASSE}, datagrundlag")
    basis = find_line(DOC, "Spørgeskemaet blev udsendt til 111", start)
    return [
        fact(
            DOC,
            basis,
            "Spørgeskemaet blev udsendt til 111 a-kassemedarbejdere",
            measure=INVITED.measure_id,
            unit="count",
            note=survey,
            series=Series(**basis_series, label_da="Inviterede", label_en="Invited", statistic="count"),
            **common,
        ),
        fact(
            DOC,
            basis,
            "valgte 54 at gennemføre en besvarelse",
            measure="respondents_n",
            unit="count",
            note=survey,
            series=Series(**basis_series, label_da="Besvarelser", label_en="Respondents", statistic="count"),
            **common,
        ),
        fact(
            DOC,
            basis,
            "svarprocent på 49",
            measure="response_rate_pct",
            unit="pct",
            n=54,
            note=survey,
            series=Series(**basis_series, label_da="Svarprocent", label_en="Response rate", statistic="share"),
            **common,
        ),
    ]


def _akasse_participated(start: int, survey: str, common: dict) -> list[Fact]:
    """Figur 1: the share who took part in postponed joint conversations, and its N."""
    line = find_line(DOC, "62 pct. af medarbejderne svarer", start)
    n_line = find_line(DOC, "Note: N=34", line)
    question = '"Har du deltaget i fællessamtaler, der er blevet rykket som en del af frikommuneforsøget?"'
    return [
        fact(
            DOC,
            line,
            "62 pct. af medarbejderne svarer, at de har deltaget i fællessamtaler",
            measure="survey_share_pct",
            unit="pct",
            n=34,
            note=f"{survey}: {question} – svar: ja (Figur 1)",
            series=_akasse_series("akasse-deltaget", "Ja"),
            **common,
        ),
        fact(
            DOC,
            n_line,
            "N=34",
            measure="respondents_n",
            unit="count",
            note=f"{survey}: {question} (Figur 1)",
            series=_akasse_series("akasse-deltaget", statistic="count"),
            **common,
        ),
    ]


def _akasse_postponed(start: int, survey: str, common: dict) -> list[Fact]:
    """The table of postponed conversations per employee (mean, fewest, most) and its N."""
    out: list[Fact] = []
    table = find_line(DOC, "Hvor mange af dine samtaler er blevet udskudt?", start)
    question = '"Hvor mange af dine samtaler er blevet udskudt?"'
    for label, measure, statistic in (
        ("Gennemsnit", POSTPONED_MEAN, "mean"),
        ("Færrest", POSTPONED_MIN, "min"),
        ("Flest", POSTPONED_MAX, "max"),
    ):
        row = find_line(DOC, f"{label}\t", table, table + 6)
        out.append(
            fact(
                DOC,
                row,
                line_text(DOC, row),
                measure=measure.measure_id,
                unit="count",
                n=21,
                note=f"{survey}: {question}",
                series=_akasse_series("akasse-udskudt", statistic=statistic),
                **common,
            )
        )
    n_line = find_line(DOC, "Note: N=21", table)
    out.append(
        fact(
            DOC,
            n_line,
            "N=21 (hvoraf 2 personer har angivet et ugyldigt tal)",
            value=21,
            measure="respondents_n",
            unit="count",
            note=f"{survey}: {question}",
            series=_akasse_series("akasse-udskudt", statistic="count"),
            **common,
        )
    )
    return out


def _akasse_survey() -> list[Fact]:
    """The a-kasse survey (May-June 2019): data basis, the postponed-conversations table and result sentences.

    The summary bullets at the start of the note and the sentences after the charts restate some results in other
    words; they are kept as series of their own (source '..., sammenfatning'), so every printed figure is traceable.
    """
    start = find_line(DOC, "SPØRGESKEMAUNDERSØGELSE I A_KASSERNE", _start(), _end())
    common = dict(experiment=FORMKRAV, group="a-kasse", period="2019")
    survey = "Spørgeskema blandt a-kassemedarbejdere om at rykke den første fællessamtale"
    return [
        *_akasse_basis(start, survey, common),
        *_akasse_participated(start, survey, common),
        *_akasse_postponed(start, survey, common),
        *_akasse_shares(start, survey, common),
        *_akasse_restated(start, survey, common),
    ]


def _akasse_shares(start: int, survey: str, common: dict) -> list[Fact]:
    """Shares read from the text under the lost Figur 2 and 3 ('ca.' figures; the charts themselves are lost)."""
    rows = (
        (
            "Det er således kun ca. 15 pct. af respondenterne, der 'Slet ikke' eller 'I mindre grad' vurderer, at "
            "muligheden for at flytte den fælles samtale gavner samarbejdet",
            (
                "kun ca. 15 pct. af respondenterne, der 'Slet ikke' eller 'I mindre grad'",
                "gavner samarbejdet mellem a-kasse og jobcenter",
                "Slet ikke/I mindre grad",
                "Figur 2",
            ),
        ),
        (
            "Det er således kun ca. 15 pct. af respondenterne, der 'Slet ikke' eller 'I mindre grad' vurderer, at "
            "muligheden for at flytte den fælles samtale gavner samarbejdet",
            (
                "ca. 50 pct., der 'I høj grad' eller 'I meget høj grad'",
                "gavner samarbejdet mellem a-kasse og jobcenter",
                "I høj grad/I meget høj grad",
                "Figur 2",
            ),
        ),
        (
            "Derfor er det også særligt positivt, at ca. 80 pct.",
            (
                "ca. 80 pct. vurderer, at det giver mulighed for at placere samtalen",
                "giver mulighed for at placere samtalen, hvor det giver mening",
                "vurderer at det giver mulighed (svarkategorien er ikke angivet)",
                "Figur 2",
            ),
        ),
        (
            "Derfor er det også særligt positivt, at ca. 80 pct.",
            (
                "ca. 7 pct., der 'slet ikke' eller 'i mindre grad'",
                "giver mulighed for at placere samtalen, hvor det giver mening",
                "Slet ikke/I mindre grad",
                "Figur 2",
            ),
        ),
        (
            "Det er således kun ca. 15 pct. af respondenterne, der 'Slet ikke' eller 'I mindre grad' vurderer, at "
            "muligheden for at flytte den fælles samtale gavner borgerne",
            (
                "kun ca. 15 pct. af respondenterne, der 'Slet ikke' eller 'I mindre grad'",
                "gavner borgerne",
                "Slet ikke/I mindre grad",
                "Figur 3",
            ),
        ),
        (
            "Det er således kun ca. 15 pct. af respondenterne, der 'Slet ikke' eller 'I mindre grad' vurderer, at "
            "muligheden for at flytte den fælles samtale gavner borgerne",
            (
                "ca. 70 pct., der 'I høj grad' eller 'I meget høj grad'",
                "gavner borgerne",
                "I høj grad/I meget høj grad",
                "Figur 3",
            ),
        ),
        (
            "Det er således ca. 20 pct.",
            (
                "ca. 20 pct. af respondenterne, der 'I høj grad' eller 'I meget grad'",
                "får borgerne hurtigere i beskæftigelse",
                "I høj grad/I meget høj grad",
                "Figur 3",
            ),
        ),
        (
            "Det er således ca. 20 pct.",
            ("ca. 33 pct., der svarer 'Ved ikke'", "får borgerne hurtigere i beskæftigelse", "Ved ikke", "Figur 3"),
        ),
        (
            "Det er således ca. 20 pct.",
            (
                "ca. 25 pct. der svarer 'Slet ikke' og 'I mindre grad'",
                "får borgerne hurtigere i beskæftigelse",
                "Slet ikke/I mindre grad",
                "Figur 3",
            ),
        ),
    )
    out = []
    for anchor, (quote, statement, category, chart) in rows:
        line = find_line(DOC, anchor, start)
        out.append(
            fact(
                DOC,
                line,
                quote,
                measure="survey_share_pct",
                unit="pct",
                value=float(re.search(r"ca\. (\d+) pct", quote).group(1)),
                note=f"{survey}: muligheden for at flytte den fælles samtale {statement} – svar: {category} "
                f"(ca.-tal fra teksten; {chart} er tabt)",
                series=_akasse_series(STATEMENT_QUESTION[statement], category, source=f"{AKASSE}, tekst til {chart}"),
                **common,
            )
        )
    return out


def _akasse_restated(start: int, survey: str, common: dict) -> list[Fact]:
    """The figures the note restates in its summary and its discussion, each where it is printed."""
    summary = f"{AKASSE}, sammenfatning"
    opening = find_line(DOC, "A-kassernes holdninger til forsøget", _start(), start)  # the summary precedes the note
    basis = find_line(DOC, "som Rambøll har gennemført blandt 111 a-kassemedarbejdere", opening, start)
    placing = find_line(DOC, "Ca. 80 pct. af de a-kasemedarbejdere", opening, start)
    citizens = find_line(DOC, "Ca. 70 pct. af medarbejderne vurderer", opening, start)
    mean = find_line(DOC, "er det i gennemsnit 29 af deres samtaler", start)
    faster = find_line(DOC, "Når ca. 25 pct. vurderer", start)
    return [
        fact(
            DOC,
            basis,
            "blandt 111 a-kassemedarbejdere",
            measure=INVITED.measure_id,
            unit="count",
            note=f"{survey} (sammenfatningen)",
            series=Series(summary, "Inviterede", "Invited", statistic="count"),
            **common,
        ),
        fact(
            DOC,
            placing,
            "Ca. 80 pct. af de a-kasemedarbejdere",
            measure="survey_share_pct",
            unit="pct",
            note=f"{survey} (sammenfatningen gentager resultatet under Figur 2)",
            series=_akasse_series("akasse-placering", "vurderer at det giver mulighed", source=summary),
            **common,
        ),
        fact(
            DOC,
            citizens,
            "Ca. 70 pct. af medarbejderne vurderer",
            measure="survey_share_pct",
            unit="pct",
            note=f"{survey} (sammenfatningen gentager resultatet under Figur 3)",
            series=_akasse_series("akasse-borgerne", "I høj grad/I meget høj grad", source=summary),
            **common,
        ),
        fact(
            DOC,
            mean,
            "er det i gennemsnit 29 af deres samtaler",
            measure=POSTPONED_MEAN.measure_id,
            unit="count",
            n=21,
            note=f"{survey} (teksten gentager tabellens gennemsnit)",
            series=_akasse_series("akasse-udskudt", statistic="mean", source=f"{AKASSE}, tekst"),
            **common,
        ),
        fact(
            DOC,
            faster,
            "Når ca. 25 pct. vurderer",
            measure="survey_share_pct",
            unit="pct",
            note=f"{survey} (diskussionen gentager resultatet under Figur 3)",
            series=_akasse_series("akasse-hurtigere-job", "Slet ikke/I mindre grad", source=f"{AKASSE}, tekst"),
            **common,
        ),
    ]


def facts() -> list[Fact]:
    out = _response_table(
        "Datagrundlaget i spørgeskemaundersøgelser blandt forsikrede ledige",
        "borger",
        "Spørgeskema blandt forsikrede ledige i forsøget (Tabel 0-8)",
    )
    out += _response_table(
        "Tabel 0-9: Datagrundlaget i spørgeskemaundersøgelser blandt medarbejdere",
        "medarbejder",
        "Spørgeskema blandt jobcentermedarbejdere (Tabel 0-9)",
    )
    for caption, group, stem in SURVEY_TABLES:
        out += _survey_means(caption, group, stem)
    out += _parallel_trend_ns() + _chart_ns() + _observation_counts() + _akasse_survey()
    return out


# Captions of the charts whose values did not survive the PDF dump.
LOST_CAPTIONS = (
    ("Figur 0.18. Parallele udviklingsforløb for udfaldsmålene 1-3 mdr. efter opstart", "parallel"),
    ("Figur 0.19. Parallele udviklingsforløb for udfaldsmålene 4-6 mdr. efter opstart", "parallel"),
    ("Figur 0.20. Parallele udviklingsforløb for udfaldsmålene 7-9 mdr. efter opstart", "parallel"),
    ("Figur 0.1 Parallelle udviklingsforløb for udfaldsmålene 10-12 mdr. efter opstart", "parallel"),
    ("Figur 0-22: De sæsonlediges vurdering af deres møde med jobcenteret", "survey"),
    ("Figur 0-23: De sæsonlediges vurdering af deres samtaler på jobcenteret", "survey"),
    ("Figur 0-24: Vurderinger af mødet med jobcenteret foretaget af ledige over 50 år med skånehensyn", "survey"),
    ("Figur 0-25: Vurderinger af samtaler med jobcenteret foretaget af ledige over 50 år med skånehensyn", "survey"),
    ("Figur 0-25: Medarbejdernes vurdering af deres samtaler med de forsikrede ledige", "survey"),
    ("Figur 0-26: Medarbejdernes vurdering af borgernes tilfredshed med samtalerne", "survey"),
    ("Figur 0.2. Deskriptive resultater for beskæftigelse fordelt på frikommunerne", "descriptive"),
    ("Figur 0.3. Deskriptive resultater for dagpenge fordelt på frikommunerne", "descriptive"),
    ("Figur 0.4. Deskriptive resultater for aktivering fordelt på frikommunerne", "descriptive"),
    ("Figur 0.5. Forskel i andel som opnår beskæftigelse fordelt på halvårslige perioder i forsøget", "effect"),
    ("Figur 0.6. Forskel i gns. beskæftigelsesgrad fordelt på halvårslige perioder i forsøget", "effect"),
    ("Figur 0.7. Forskel i andel som er på dagpenge fordelt på halvårslige perioder i forsøget", "effect"),
    ("Figur 0.8. Forskel i gns. dagpengegrad fordelt på halvårige perioder i forsøget", "effect"),
    ("Figur 0.9. Forskel i andel som er i aktivering fordelt på halvårige perioder i forsøget", "effect"),
    ("Figur 0.10. Forskel i gns. aktiveringsgrad fordelt på halvårige perioder i forsøget", "effect"),
    ("Figur 1: Brug af mulighed for at rykke fælles samtale", "akasse"),
    ("Figur 2: Samarbejde mellem jobcenter og a-kasse", "akasse"),
    ("Figur 3: Borgerfokus", "akasse"),
)
LOST_NOTES = {
    "parallel": (
        "Grafen over test af parallelle udviklingsforløb er tabt; kun antal observationer pr. halvår står under den.",
        "The parallel-trend chart is lost; only the number of observations per half-year survives below it.",
    ),
    "survey": (
        "Søjlediagrammet med gennemsnit pr. måling er tabt; kun N pr. måling står i noten.",
        "The bar chart of means per wave is lost; only N per wave survives in its note.",
    ),
    "descriptive": (
        "Grafen med deskriptive resultater pr. frikommune er tabt; antallet af observationer står i Tabel 0-14.",
        "The chart of descriptive results per municipality is lost; its observation counts are in Tabel 0-14.",
    ),
    "effect": (
        "Effektestimaterne (difference-in-differences, procentpoint) og konfidensintervallerne pr. halvår er "
        "tabt; ingen af dem står i teksten.",
        "The effect estimates (difference-in-differences, percentage points) and confidence intervals per "
        "half-year are lost; none is stated in the text.",
    ),
    "akasse": (
        "Figuren med a-kassemedarbejdernes svarfordeling er tabt; kun de afrundede ca.-tal i teksten er bevaret.",
        "The chart of the unemployment-fund employees' answers is lost; only the rounded 'ca.' figures in "
        "the text survive.",
    ),
}


def lost_figures() -> list[LostFigure]:
    out = []
    line = _start()
    for caption, kind in LOST_CAPTIONS:
        line = find_line(DOC, caption, line, _end())  # in order: 'Figur 0-25' is printed twice
        number = re.match(r"Figur ([\d.\-]+?)[.:]? ", caption).group(1).replace(".", "-")
        out.append(LostFigure(f"annex14-a-{line}-fig{number}", FORMKRAV, DOC, line, caption, *LOST_NOTES[kind]))
        line += 1
    return out


def source_issues() -> list[SourceIssue]:
    last_wave = find_line(DOC, "Kommune\tNulpunktsmåling\tFebruar 2018", _start())
    june = find_line(DOC, "juni måned, hvorfor der er færre sæsonledige", _start())
    shared_rows = [find_line(DOC, f"{name}\t33 % (N=1.882)*", last_wave) for name in ("Brønderslev", "Aalborg")]
    shared_link = find_line(DOC, "*Denne dækker både over Brønderslev og Aalborg", _start())
    fig25 = [
        find_line(DOC, "Figur 0-25: Vurderinger af samtaler", _start()),
        find_line(DOC, "Figur 0-25: Medarbejdernes vurdering", _start()),
    ]
    enig_note = find_line(DOC, 'Spørgsmålsformulering: "Hvor enig er du i udsagnet om, at borgerne...".', _start())
    enig_table_note = find_line(
        DOC, 'Spørgsmålsformulering: "Hvor enig er du i udsagnet om, at borgerne...".', enig_note + 1
    )
    enig_guide = find_line(DOC, "\tHelt enig\tEnig\tHverken eller", _end())
    obs_table = find_line(DOC, "Table 0.15: Antal observationer", _start())
    last_half = find_line(DOC, "2019, 2\t49.417", obs_table)
    fig20 = find_line(DOC, "2019, 2 (N=0)", _start())
    fig01 = find_line(DOC, "2019, 2 (N=0)", fig20 + 1)
    return [
        SourceIssue(
            "annex14-a-last-wave-month",
            DOC,
            (last_wave, june),
            "two-figures",
            "Tabel 0-8 og 0-9 kalder sidste måling 'Februar 2020', men teksten siger, at slutmålingen blev "
            "gennemført i juni måned (pga. corona). Målingerne er derfor ført som år (2018, 2019, 2020).",
            "Tables 0-8 and 0-9 head the last wave 'Februar 2020', but the text says the final survey was run in "
            "June (because of COVID-19). The waves are therefore kept as years (2018, 2019, 2020).",
        ),
        SourceIssue(
            "annex14-a-shared-zero-point",
            DOC,
            (shared_rows[0], shared_rows[1], shared_link),
            "other",
            "I nulpunktsmålingen blandt borgere står '33 % (N=1.882)' både ud for Brønderslev og Aalborg: de to "
            "kommuner brugte samme link, så tallet dækker begge tilsammen. Det er ført på begge rækker med en "
            "note og må ikke lægges sammen (Samlet N=3.474 tæller det én gang).",
            "In the citizens' zero-point survey '33 % (N=1.882)' is printed for both Brønderslev and Aalborg: the "
            "two municipalities used the same link, so the figure covers both together. It is kept on both rows "
            "with a note and must not be added up (the total N=3.474 counts it once).",
        ),
        SourceIssue(
            "annex14-a-figure-0-25-twice",
            DOC,
            tuple(fig25),
            "other",
            "Nummeret 'Figur 0-25' bruges om to forskellige figurer (ledige over 50 år og medarbejdernes "
            "robusthedsanalyse); også 'Figur 0.1' bryder rækkefølgen efter Figur 0.20.",
            "The number 'Figur 0-25' is used for two different charts (unemployed over 50 and the employees' "
            "robustness analysis); 'Figur 0.1' also breaks the sequence after Figur 0.20.",
        ),
        SourceIssue(
            "annex14-a-agree-scale",
            DOC,
            (enig_note, enig_table_note, enig_guide),
            "other",
            "Spørgsmålet 'Hvor enig er du i udsagnet om, at borgerne...' besvares i spørgeguiden på en enigheds-"
            "skala (Helt enig ... Helt uenig), men noterne til Figur 0-26 og Tabel 0-11 beskriver skalaen som "
            "'I meget høj grad' (5) til 'Slet ikke' (1). Gennemsnittene er ført som trykt; 5 er den mest positive.",
            "The question 'How much do you agree that citizens...' is answered on an agreement scale in the "
            "questionnaire (Helt enig ... Helt uenig), but the notes to Figur 0-26 and Tabel 0-11 describe the "
            "scale as 'I meget høj grad' (5) to 'Slet ikke' (1). The means are kept as printed; 5 is the most "
            "positive answer.",
        ),
        SourceIssue(
            "annex14-a-obs-2019h2",
            DOC,
            (last_half, fig20, fig01),
            "other",
            "Tabel 0.15 angiver 26.946 observationer for 2. halvår 2019 ved 7-9 og 10-12 mdr. efter opstart, mens "
            "noterne til Figur 0.20 og 0.1 angiver N=0 for 2019, 2 ved de samme udfaldsmål (forløbene kunne endnu "
            "ikke være så lange). Tabellens tal kan ikke være observationer fra det halvår; tallene er ført som "
            "trykt.",
            "Tabel 0.15 gives 26.946 observations for the 2nd half of 2019 at 7-9 and 10-12 months after entry, "
            "while the notes to Figur 0.20 and 0.1 give N=0 for 2019, 2 at the same outcomes (the spells could not "
            "yet be that long). The table's figures cannot be observations from that half-year; they are kept as "
            "printed.",
        ),
    ]
