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
from frikommune.extract.common import ANNEX, Fact, Measure, fact, find_line, seed_lines

DOC = ANNEX

# Experiment ids (ids.py), named once here so the row tables stay readable.
R1_01 = "r1-01-mikrolaan"
R1_02 = "r1-02-fradrag-loenindtaegt"
R1_03 = "r1-03-ivaerksaetteri-dimittender"
R1_04 = "r1-04-formkrav-samtaler"
R1_05 = "r1-05-forholdstalskrav"
R1_07 = "r1-07-integrationsprogram"
R2_01 = "r2-01-rehabiliteringsteams"
R2_03 = "r2-03-laegeattester-sygedagpenge"
R2_02 = "r2-02-psykologbehandling"
R2_04 = "r2-04-uddannelsespaalaeg"
R3_01 = "r3-01-revalidering"
R3_02 = "r3-02-ledighedsydelse-revurdering"
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
# numeric target or plan. What exactly is counted is always in the fact's note.
MEASURES: tuple[Measure, ...] = (
    _m("app_expected_n", "Forventet antal (ansøgning)", "Expected number (application)",
       "Antal som ansøgningen forventer eller sætter som mål (deltagere, bevillinger, virksomheder, borgere i "
       "selvforsørgelse m.v.); hvad der tælles står i note.",
       "Number the application expects or sets as its goal (participants, grants, firms, citizens becoming "
       "self-supporting, etc.); what is counted is given in the note.", "count", None, "target"),
    _m("app_expected_pct", "Forventet andel/ændring i pct. (ansøgning)", "Expected share/change in % (application)",
       "Procentandel eller procentvis ændring som ansøgningen forventer eller stiller som krav; hvad den "
       "vedrører står i note.",
       "Percentage share or percentage change the application expects or requires; what it refers to is "
       "given in the note.", "pct", None, "target"),
    _m("app_expected_months", "Forventet tidsramme i måneder (ansøgning)",
       "Expected time frame in months (application)",
       "Tidsramme i måneder som ansøgningen sætter som mål.",
       "Time frame in months the application sets as its goal.", "months", None, "target"),
    _m("app_cap_n", "Loft over antal deltagere (tilsagn)", "Cap on the number of participants (approval)",
       "Største antal borgere forsøget må omfatte, som ministeriets tilsagnsskrivelse fastsætter det.",
       "Largest number of citizens the experiment may cover, as the ministry's approval letter sets it.",
       "count", None, "target"),
    _m("app_baseline_n", "Antal før forsøget (ansøgning)", "Number before the experiment (application)",
       "Antal (borgere, sager, attester, møder, virksomheder m.v.) som ansøgningen opgør som udgangspunkt "
       "før forsøget; hvad der tælles og hvornår står i note.",
       "Number (citizens, cases, certificates, meetings, firms, etc.) the application gives as the starting "
       "point before the experiment; what is counted and when is given in the note.", "count", None, "uptake"),
    _m("app_baseline_pct", "Andel før forsøget (ansøgning)", "Share before the experiment (application)",
       "Procentandel som ansøgningen opgør som udgangspunkt før forsøget; hvad den vedrører står i note.",
       "Percentage the application gives as the starting point before the experiment; what it refers to is "
       "given in the note.", "pct", None, "uptake"),
    _m("app_baseline_months", "Tidsforbrug før forsøget i måneder (ansøgning)",
       "Time taken before the experiment in months (application)",
       "Varighed i måneder som ansøgningen opgør for den nuværende sagsgang (fx forlængelse af "
       "sagsbehandlingen); hvad der måles står i note.",
       "Duration in months the application gives for the current procedure (e.g. how much longer case "
       "handling takes); what is measured is given in the note.", "months", False, "duration"),
    _m("app_amount_dkk", "Beløb pr. enhed (ansøgning)", "Amount per unit (application)",
       "Pris eller beløb pr. enhed som ansøgningen angiver (fx pris pr. lægeattest eller psykologsamtale, "
       "lånestørrelse, ydelsessats, fradrag pr. time); enheden står i note.",
       "Price or amount per unit stated in the application (e.g. price of a medical certificate or a "
       "psychologist session, loan size, benefit rate, disregard per hour); the unit is given in the note.",
       "dkk", None, "price"),
    _m("app_expense_dkk", "Udgift i alt (ansøgning)", "Total expenditure (application)",
       "Samlet udgift som ansøgningen opgør for en kommune og et år før forsøget (fx til lægeattester).",
       "Total expenditure the application gives for one municipality and year before the experiment "
       "(e.g. on medical certificates).", "dkk", False, "price"),
    _m("app_designs_n", "Forsøg med evalueringsdesign", "Experiments with an evaluation design",
       "Antal forsøg fra en ansøgningsrunde som evalueringsnotatet beskriver et evalueringsdesign for.",
       "Number of experiments of an application round for which the evaluation note describes a design.",
       "count", None, "uptake"),
    _m("target_n", "Mål i antal (evalueringsdesign)", "Target number (evaluation design)",
       "Antal som evalueringsdesignet sætter som forventet resultat eller mål; hvad der tælles står i note.",
       "Number the evaluation design sets as expected result or target; what is counted is given in the note.",
       "count", None, "target"),
    _m("target_pct", "Mål i pct. (evalueringsdesign)", "Target in % (evaluation design)",
       "Procentandel eller procentvis ændring som evalueringsdesignet sætter som forventet resultat.",
       "Percentage share or percentage change the evaluation design sets as expected result.",
       "pct", None, "target"),
    _m("target_planned_n", "Planlagt antal deltagere i dataindsamling",
       "Planned number of participants in data collection",
       "Antal deltagere som evalueringsdesignet planlægger i en dataindsamling (fx pr. fokusgruppe).",
       "Number of participants the evaluation design plans for a data collection (e.g. per focus group).",
       "count", None, "response"),
)
# Applications sent and approved per round are the same kind of figure the catalogue part takes from the
# 2017 status note (002_*.txt); the designs' introductions (Bilag 7-9) print them again, so they share the
# catalogue's measures (imported, so the declarations stay identical) and the two sources sit side by side.
SHARED_IDS = ("headline_applications_n", "headline_applications_approved_n")
MEASURES += tuple(m for m in catalogue_headline.MEASURES if m.measure_id in SHARED_IDS)
UNIT_OF = {m.measure_id: m.unit for m in MEASURES}


def row(section: str, quote: str, measure: str, value: float | None = None, *, experiment: str,
        municipality: str = "network", group: str = "", period: str = "", note: str = "",
        anchor: str | None = None) -> Fact:
    """One verified fact: ``quote`` on the one line of ``section`` holding it (or holding ``anchor``)."""
    line = line_in(section, anchor or quote)
    return fact(DOC, line, quote, experiment=experiment, measure=measure, unit=UNIT_OF[measure],
                municipality=municipality, group=group, period=period, value=value, note=note)
