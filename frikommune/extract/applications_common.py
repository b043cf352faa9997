"""Shared pieces of the ``applications`` part (003_*.txt, Bilag 1-12): sections, measures and the row helper.

The applications (Bilag 1-3), approval letters (4-6) and evaluation designs (7-9) state their figures in
running prose, one sentence at a time; there are no regular tables to parse. So every fact is a hand-written
row, and what is code is *where* it is: each row names the section it belongs to (anchored on the section's
own heading, never on an absolute line number) and its verbatim quote; the line is the one line of that
section holding the quote. A quote that is absent from its section, or that stands on two lines of it, is an
error at extraction time, so a shifted or edited source cannot silently move a figure.
"""

from __future__ import annotations

from functools import cache

from frikommune.extract import catalogue_headline
from frikommune.extract.common import Fact, Measure, Series, fact
from frikommune.extract.seed_text import ANNEX, find_line, number_words_in, seed_lines

DOC = ANNEX

# Experiment ids (frikommune.vocabulary), named once here so the row tables stay readable.
R1_01 = "r1-01-mikrolaan"
R1_02 = "r1-02-fradrag-loenindtaegt"
R1_03 = "r1-03-ivaerksaetteri-dimittender"
R1_04 = "r1-04-formkrav-samtaler"
R1_05 = "r1-05-forholdstalskrav"
R1_06 = "r1-06-fleksibel-uddannelse"
R1_07 = "r1-07-integrationsprogram"
R2_01 = "r2-01-rehabiliteringsteams"
R2_03 = "r2-03-laegeattester-sygedagpenge"
R2_02 = "r2-02-psykologbehandling"
R2_04 = "r2-04-uddannelsespaalaeg"
R3_01 = "r3-01-revalidering"
R3_02 = "r3-02-ledighedsydelse-revurdering"
R3_03 = "r3-03-loentilskud-jobrotation"
R3_08 = "r3-08-ressourceforloeb-forlaengelse"
R3_09 = "r3-09-indsatsplan-ressourceforloeb"
R3_10 = "r3-10-foertidspension-loentilskud"
R3_11 = "r3-11-praktik-ledighedsydelse"
R3_12 = "r3-12-rehabiliteringsteam-sammensaetning"

# The section headings of lines 142-5421, in document order. Each is searched for after the previous one,
# so the table of contents at the top of the file (which repeats most headings) is never matched. A
# section runs from its heading to the line before the next heading.
SECTION_HEADINGS: tuple[tuple[str, str], ...] = (
    ("bilag1", "Bilag 1 – Frikommuneansøgninger til Social og"),
    ("1.a", "1.a Ansøgning nr. 1: Mikrolån"),
    ("1.b", "1.b Ansøgning nr. 2: Skabe arbejdsmarkedserfaring"),
    ("1.c", "1.c Ansøgning nr. 3: Mulighed for at fremme iværksætteri"),
    ("1.d", "1.d Ansøgning nr. 4: Formkrav ved lovpligtige samtaler"),
    ("1.e", "1.e Ansøgning nr. 5: Flexibilitet i forhold til forholdstalskravene"),
    ("1.f", "1.f Ansøgning nr. 6: Fleksible rammer for uddannelse"),
    ("1.g", "1.g Ansøgning nr. 7: Et individuelt og fleksibel integrationsprogram"),
    ("bilag2", "Bilag 2 – Frikommuneansøgninger til Social og"),
    ("2.a", "2.a Ansøgning nr. 1: Rehabiliteringsteams"),
    ("2.b", "2.b Ansøgning nr. 2: Psykologbehandling"),
    ("2.c", "2.c Ansøgning nr. 3: Differentiering i valg af lægeattester"),
    ("2.d", "2.d Ansøgning nr. 4: Delvis fritagelse fra uddannelsespålæg"),
    ("bilag3", "ANSØGNINGSRUNDE DEN 1. NOVEMBER 2017"),
    ("3.a", "3.a Ansøgning nr. 1: Forenkling af bevillingsgrundlaget for revalidering"),
    ("3.b", "3.b Ansøgning nr. 2: Ledighedsydelse"),
    ("3.c", "3.c Ansøgning nr. 3: Fleksible rammer for løntilskud/jobrotation"),
    ("3.d", "3.d Ansøgning nr. 4: Sanktionering"),
    ("3.e", "3.e Ansøgning nr. 5: Lempede mentorregler"),
    ("3.f", "3.f Ansøgning nr. 6: Lempede regler for IGU"),
    ("3.g", "3.g Ansøgning nr. 7: Fleksibelt kontakt"),
    ("3.h", "3.h Ansøgning nr. 8: Forlængelse af ressourceforløbssager"),
    ("3.i", "3. i Ansøgning nr. 9."),  # the source writes "3. i" with a space
    ("3.j", "3.j Ansøgning Nr. 10:"),
    ("3.k", "3.k Ansøgning nr. 11:"),
    ("3.l", "3.I Ansøgning nr.12:"),  # the source writes a capital I for the letter l
    ("bilag4", "Bilag 4 – Tilsagnsskrivelse fra Social og Indenrigsministeriet: 1. ansøgningsrunde"),
    ("bilag5", "Bilag 5 – Tilsagnsskrivelse fra Social og Indenrigsministeriet: 2. ansøgningsrunde"),
    ("bilag6", "Bilag 6 – Tilsagnsskrivelse fra Social og Indenrigsministeriet: 3. ansøgningsrunde"),
    ("bilag7", "EVALUERINGSDESIGN"),  # Bilag 7 has no "Bilag 7" heading in the body
    ("7.a", "7.a Mikrolån"),
    ("7.b", "7.b Mulighed for at fremme iværksætteri for dimittender"),
    ("7.c", "7.c Formkrav ved lovpligtige samtaler"),
    # The design for the forholdstal experiment (r1-05) has no letter in the body text; it sits between 7.c
    # and 7.d under its own title (the table of contents lists it on p. 175).
    ("7.fht", "Fleksibilitet i forhold til forholdstalskravene"),
    ("7.d", "7.d Fleksible rammer for uddannelse"),
    ("bilag8", "Bilag 8 – Evalueringsdesign for forsøg fra 2. ansøgningsrunde"),
    ("8.a", "8.a Rehabiliteringsteams"),
    ("8.b", "8.b Psykologbehandling"),
    ("8.c", "8.c Differentiering i valg af lægeattester"),
    ("bilag9", "EVALUERINGSDESIGN"),  # nor has Bilag 9
    ("9.a", "9.a Forenkling af bevillingsgrundlaget for revalidering"),
    ("9.b", "9.b Evaluering af frikommuneforsøget LY"),
    ("9.c", "9.c Fleksible rammer for ansættelse med løntilskud"),
    ("9.d", "9.d Evaluering af frikommuneforsøget Lempede mentorregler"),
    ("9.e", "9.e Flexibelt kontaktførløb for integrationsborgere"),
    ("9.f", "9.f Forlængelse af ressourceforløbsager"),
    ("9.g", "9.g Fritagelse for krav om opdatering af indsatsplanens tilbud"),
    ("9.h", "9.h Færre opfølgninger i relation til førtidspensionister"),
    ("9.i", "9.i Lempelse af forholdstalskrav ift. Praktikker"),
    ("9.j", "9.j Fritagelse for indhentelse af LÆ265 i sager om Jobafklaringsforløb"),
    ("bilag10", "Bilag 10 – Opsamling fra interview med borgmestre"),
    ("bilag11", "Bilag 11 – Opsamling fra interview med jobcenterchefer"),
    ("bilag12", "Bilag 12 – Opsamling fra interview med medarbejdere"),
    ("bilag13", "Bilag 13– Tværgående besparelse på lægeattester"),  # marks the end of Bilag 12 only
)
# Bilag 1 starts after the table of contents (lines 12-140), which repeats most headings.
FIRST_BODY_LINE = 141


@cache
def sections() -> dict[str, tuple[int, int]]:
    """Section key -> (heading line, last line), found heading by heading in document order."""
    starts: list[tuple[str, int]] = []
    pos = FIRST_BODY_LINE
    for key, heading in SECTION_HEADINGS:
        pos = find_line(DOC, heading, pos)
        starts.append((key, pos))
        pos += 1
    out = {}
    for (key, start), (_, nxt) in zip(starts, starts[1:]):
        out[key] = (start, nxt - 1)
    return out


def line_in(section: str, text: str) -> int:
    """The one line of ``section`` holding ``text``; raises when it is absent or on more than one line."""
    start, end = sections()[section]
    lines = seed_lines(DOC)
    hits = [n for n in range(start, end + 1) if text in lines[n - 1]]
    if len(hits) != 1:
        raise ValueError(f"{DOC} section {section}: {text!r} found on lines {hits}, expected exactly one")
    return hits[0]


def _m(mid: str, da: str, en: str, def_da: str, def_en: str, unit: str, hib: bool | None, family: str) -> Measure:
    return Measure(mid, da, en, def_da, def_en, unit, hib, family)


# --- Measures ---------------------------------------------------------------------------------------------
# 'app_' = what an application (Bilag 1-3) or approval letter (Bilag 4-6) states: baselines before the
# experiment and the expectations it sets. 'target_' = what an evaluation design (Bilag 7-9) sets as a
# numeric target or plan. What exactly is counted is the fact's series (its category and statistic).
MEASURES: tuple[Measure, ...] = (
    _m(
        "app_expected_n",
        "Forventet antal (ansøgning)",
        "Expected number (application)",
        "Antal som ansøgningen forventer eller sætter som mål (deltagere, bevillinger, virksomheder, borgere i "
        "selvforsørgelse m.v.); hvad der tælles er seriens kategori.",
        "Number the application expects or sets as its goal (participants, grants, firms, citizens becoming "
        "self-supporting, etc.); what is counted is the series' category.",
        "count",
        None,
        "target",
    ),
    _m(
        "app_expected_pct",
        "Forventet andel/ændring i pct. (ansøgning)",
        "Expected share/change in % (application)",
        "Procentandel eller procentvis ændring som ansøgningen forventer eller stiller som krav; hvad den "
        "vedrører er seriens kategori.",
        "Percentage share or percentage change the application expects or requires; what it refers to is "
        "the series' category.",
        "pct",
        None,
        "target",
    ),
    _m(
        "app_expected_months",
        "Forventet tidsramme i måneder (ansøgning)",
        "Expected time frame in months (application)",
        "Tidsramme i måneder som ansøgningen sætter som mål.",
        "Time frame in months the application sets as its goal.",
        "months",
        None,
        "target",
    ),
    _m(
        "app_cap_n",
        "Loft over antal deltagere (tilsagn)",
        "Cap on the number of participants (approval)",
        "Største antal borgere forsøget må omfatte, som ministeriets tilsagnsskrivelse fastsætter det.",
        "Largest number of citizens the experiment may cover, as the ministry's approval letter sets it.",
        "count",
        None,
        "target",
    ),
    _m(
        "app_baseline_n",
        "Antal før forsøget (ansøgning)",
        "Number before the experiment (application)",
        "Antal (borgere, sager, attester, møder, virksomheder m.v.) som ansøgningen opgør som udgangspunkt "
        "før forsøget; hvad der tælles er seriens kategori, hvornår dens periode.",
        "Number (citizens, cases, certificates, meetings, firms, etc.) the application gives as the starting "
        "point before the experiment; what is counted is the series' category, when its period.",
        "count",
        None,
        "uptake",
    ),
    _m(
        "app_baseline_pct",
        "Andel før forsøget (ansøgning)",
        "Share before the experiment (application)",
        "Procentandel som ansøgningen opgør som udgangspunkt før forsøget; hvad den vedrører er seriens kategori.",
        "Percentage the application gives as the starting point before the experiment; what it refers to is "
        "the series' category.",
        "pct",
        None,
        "uptake",
    ),
    _m(
        "app_baseline_months",
        "Tidsforbrug før forsøget i måneder (ansøgning)",
        "Time taken before the experiment in months (application)",
        "Varighed i måneder som ansøgningen opgør for den nuværende sagsgang (fx forlængelse af "
        "sagsbehandlingen); hvad der måles er seriens kategori.",
        "Duration in months the application gives for the current procedure (e.g. how much longer case "
        "handling takes); what is measured is the series' category.",
        "months",
        False,
        "duration",
    ),
    _m(
        "app_amount_dkk",
        "Beløb pr. enhed (ansøgning)",
        "Amount per unit (application)",
        "Pris eller beløb pr. enhed som ansøgningen angiver (fx pris pr. lægeattest eller psykologsamtale, "
        "lånestørrelse, ydelsessats, fradrag pr. time); enheden er seriens kategori.",
        "Price or amount per unit stated in the application (e.g. price of a medical certificate or a "
        "psychologist session, loan size, benefit rate, disregard per hour); the unit is the series' category.",
        "dkk",
        None,
        "price",
    ),
    _m(
        "app_expense_dkk",
        "Udgift i alt (ansøgning)",
        "Total expenditure (application)",
        "Samlet udgift som ansøgningen opgør for en kommune og et år før forsøget (fx til lægeattester).",
        "Total expenditure the application gives for one municipality and year before the experiment "
        "(e.g. on medical certificates).",
        "dkk",
        False,
        "price",
    ),
    _m(
        "app_designs_n",
        "Forsøg med evalueringsdesign",
        "Experiments with an evaluation design",
        "Antal forsøg fra en ansøgningsrunde som evalueringsnotatet beskriver et evalueringsdesign for.",
        "Number of experiments of an application round for which the evaluation note describes a design.",
        "count",
        None,
        "uptake",
    ),
    _m(
        "target_n",
        "Mål i antal (evalueringsdesign)",
        "Target number (evaluation design)",
        "Antal som evalueringsdesignet sætter som forventet resultat eller mål; hvad der tælles er seriens kategori.",
        "Number the evaluation design sets as expected result or target; what is counted is the series' category.",
        "count",
        None,
        "target",
    ),
    _m(
        "target_pct",
        "Mål i pct. (evalueringsdesign)",
        "Target in % (evaluation design)",
        "Procentandel eller procentvis ændring som evalueringsdesignet sætter som forventet resultat.",
        "Percentage share or percentage change the evaluation design sets as expected result.",
        "pct",
        None,
        "target",
    ),
    _m(
        "target_planned_n",
        "Planlagt antal deltagere i dataindsamling",
        "Planned number of participants in data collection",
        "Antal deltagere som evalueringsdesignet planlægger i en dataindsamling (fx pr. fokusgruppe).",
        "Number of participants the evaluation design plans for a data collection (e.g. per focus group).",
        "count",
        None,
        "response",
    ),
    _m(
        "app_rejected_n",
        "Ansøgninger der ikke imødekommes (tilsagn)",
        "Applications not granted (approval)",
        "Antal ansøgninger (eller delansøgninger) fra en ansøgningsrunde som ministeriets tilsagnsskrivelse "
        "ikke imødekommer.",
        "Number of applications (or partial applications) of a round that the ministry's approval letter does "
        "not grant.",
        "count",
        None,
        "uptake",
    ),
    # The rules an experiment is about, as the application or approval letter prints them in prose: the
    # current rule ('før forsøget') or the setting the experiment asks for ('under forsøget'). What the setting
    # is (a deadline, an interval, a cap) is the series' category; 'max'/'min' say whether it is a ceiling.
    _m(
        "app_rule_weeks",
        "Regel i uger (ansøgning/tilsagn)",
        "Rule setting in weeks (application/approval)",
        "Frist, interval eller loft i uger i den regel forsøget handler om, som ansøgningen eller "
        "tilsagnsskrivelsen gengiver den: gældende regel eller den ansøgte ændring.",
        "Deadline, interval or cap in weeks of the rule the experiment is about, as the application or the "
        "approval letter gives it: the current rule or the change applied for.",
        "weeks",
        None,
        "target",
    ),
    _m(
        "app_rule_months",
        "Regel i måneder (ansøgning/tilsagn)",
        "Rule setting in months (application/approval)",
        "Frist, interval eller loft i måneder i den regel forsøget handler om, som ansøgningen eller "
        "tilsagnsskrivelsen gengiver den: gældende regel eller den ansøgte ændring.",
        "Deadline, interval or cap in months of the rule the experiment is about, as the application or the "
        "approval letter gives it: the current rule or the change applied for.",
        "months",
        None,
        "target",
    ),
    _m(
        "app_rule_n",
        "Regel i antal (ansøgning)",
        "Rule setting as a number (application)",
        "Antal (fx samtaler) som den regel forsøget handler om kræver, som ansøgningen gengiver den.",
        "Number (e.g. of meetings) the rule the experiment is about requires, as the application gives it.",
        "count",
        None,
        "target",
    ),
)
# Applications sent and approved per round are the same kind of figure the catalogue part takes from the
# 2017 status note (002_*.txt); the designs' introductions (Bilag 7-9) print them again, so they share the
# catalogue's measures (imported, so the declarations stay identical) and the two sources sit side by side.
SHARED_IDS = ("headline_applications_n", "headline_applications_approved_n")
MEASURES += tuple(m for m in catalogue_headline.MEASURES if m.measure_id in SHARED_IDS)
UNIT_OF = {m.measure_id: m.unit for m in MEASURES}


# --- Series -----------------------------------------------------------------------------------------------
# Where a figure stands, as the source names it: the application's number within its Bilag, the approval
# letter, the evaluation design. An application's figure and the same figure repeated in a letter or design are
# different series (different source).
_APPLICATION_SECTIONS = {"1": "abcdefg", "2": "abcd", "3": "abcdefghijkl"}
SOURCES: dict[str, str] = {
    f"{bilag}.{letter}": f"Bilag {bilag}, ansøgning {number}"
    for bilag, letters in _APPLICATION_SECTIONS.items()
    for number, letter in enumerate(letters, start=1)
}
SOURCES.update(
    {
        "bilag4": "Bilag 4, tilsagnsskrivelse",
        "bilag5": "Bilag 5, tilsagnsskrivelse",
        "bilag6": "Bilag 6, tilsagnsskrivelse",
        "bilag7": "Bilag 7, evalueringsdesign, indledning",
        "bilag8": "Bilag 8, evalueringsdesign, indledning",
        "bilag9": "Bilag 9, evalueringsdesign, indledning",
        "7.fht": "Bilag 7, evalueringsdesign for forholdstalskrav",
    }
)
SOURCES.update(
    {
        key: f"Bilag {key}, evalueringsdesign"
        for key, _ in SECTION_HEADINGS
        if key[:2] in ("7.", "8.", "9.") and key != "7.fht"
    }
)
# The statistic of a figure (Series.statistic), from the words the source prints beside it: 'ca.', 'godt',
# 'næsten', 'omkring' -> approx; 'højst', 'maks.', 'op til' and a range's upper end -> max; 'mindst', 'minimum',
# 'mere end' and a range's lower end -> min; 'i gennemsnit' -> mean; per year / in total where the source
# gives both.
STATISTICS = ("", "approx", "max", "min", "mean", "per year", "total", "threshold")


def row(
    section: str,
    quote: str,
    measure: str,
    value: float | None = None,
    *,
    experiment: str,
    what: str,
    label: tuple[str, str],
    stat: str = "",
    municipality: str = "network",
    group: str = "",
    period: str = "",
    note: str = "",
    anchor: str | None = None,
    source: str | None = None,
    target: str | None = None,
    window: str = "",
    instrument: str = "",
) -> Fact:
    """One verified fact: ``quote`` on the one line of ``section`` holding it (or holding ``anchor``).

    ``what`` is what the figure counts (the series' category), ``label`` its chart label (da, en), ``stat`` its
    statistic (STATISTICS). The target group defaults to ``group`` (the application's population).
    """
    line = line_in(section, anchor or quote)
    return fact(
        DOC,
        line,
        quote,
        experiment=experiment,
        measure=measure,
        unit=UNIT_OF[measure],
        municipality=municipality,
        group=group,
        period=period,
        value=value,
        note=note,
        series=series(
            section,
            what,
            label,
            stat,
            group if target is None else target,
            source=source,
            window=window,
            instrument=instrument,
        ),
    )


def series(
    section: str,
    what: str,
    label: tuple[str, str],
    stat: str = "",
    target: str = "",
    *,
    source: str | None = None,
    window: str = "",
    instrument: str = "",
) -> Series:
    if stat not in STATISTICS:
        raise ValueError(f"unknown statistic {stat!r}")
    return Series(
        source=source or SOURCES[section],
        label_da=label[0],
        label_en=label[1],
        target_group=target,
        statistic=stat,
        category=what,
        window=window,
        instrument=instrument,
    )


# --- Numbers written as words ------------------------------------------------------------------------------
# The approval letters count in words ("fire af jeres syv ansøgninger", "ti forsøg"); common.fact verifies them.


def word_row(
    section: str,
    quote: str,
    measure: str,
    value: int,
    *,
    experiment: str,
    what: str = "",
    label: tuple[str, str],
    stat: str = "",
    municipality: str = "network",
    group: str = "",
    period: str = "",
    note: str = "",
    source: str | None = None,
) -> Fact:
    """``row`` for a number written as a word ("fire af jeres syv ansøgninger"); the word must be in ``quote``."""
    if value not in number_words_in(quote):
        raise ValueError(f"{section}: {value} is not written as a word in {quote!r}")
    return fact(
        DOC,
        line_in(section, quote),
        quote,
        value=value,
        experiment=experiment,
        measure=measure,
        unit=UNIT_OF[measure],
        municipality=municipality,
        group=group,
        period=period,
        note=note,
        series=series(section, what, label, stat, group, source=source),
    )
