"""Part 'applications': 003_*.txt lines 142-5421 (Bilag 1-12).

- Bilag 1-3, the 24 applications: baselines before the experiments and the expectations they state
  (applications_bilag1_3.py).
- Bilag 4-6, approval letters, and Bilag 7-9, evaluation designs: the approval cap, the rules in the letters'
  tables, the round counts (the letters write them in words) and the numeric targets (applications_bilag4_9.py).
- Bilag 10-12, interview summaries with mayors, jobcenter heads and staff: read in full; they print no
  figure in digits (only question numbers and a few counts in words, e.g. "to forsøg"), so they give no fact.
  They name individuals, which is one more reason nothing of them is quoted here.

Sections, measures and the row helper live in applications_common.py.
"""

from __future__ import annotations

from frikommune.extract import applications_bilag1_3, applications_bilag4_9
from frikommune.extract.applications_common import (
    DOC,
    MEASURES,
    R1_04,
    R1_07,
    R2_01,
    R2_03,
    line_in,
)
from frikommune.extract.common import LostFigure, Part, SourceIssue
from frikommune.extract.seed_text import line_text, numbers_in


def _number_after(section: str, anchor: str) -> float:
    """The first number printed after ``anchor`` on its line (used to re-check the source's arithmetic)."""
    text = line_text(DOC, line_in(section, anchor))
    return numbers_in(text[text.index(anchor) + len(anchor) :])[0]


def _da(value: float) -> str:
    """A whole number with Danish thousands dots ('301.576'), for the Danish description."""
    return f"{value:,.0f}".replace(",", ".")


def rebild_certificate_cost() -> SourceIssue:
    """2.a: Rebild's 184 certificates at the stated minimum price of 1639 kr. cost more than the 'næsten
    230.000 kr.' the application gives (the Aalborg sentence before it, 1244 x 1639 = godt 2 mio., agrees)."""
    price = _number_after("2.a", "attester á minimum")
    count = _number_after("2.a", "Jobcenter Rebild er der indhentet")
    stated = _number_after("2.a", "en udgift på næsten")
    minimum = count * price
    assert minimum > stated, "the Rebild figures no longer disagree: re-read the source"
    lines = (line_in("2.a", "attester á minimum"), line_in("2.a", "Jobcenter Rebild er der indhentet"))
    return SourceIssue(
        "applications-rebild-lae265-udgift",
        DOC,
        lines,
        "other",
        f"Ansøgningen om rehabiliteringsteams angiver prisen pr. LÆ265-attest til mindst {price:.0f} kr. "
        f"(Aalborg: 1244 attester, godt 2 mio. kr., stemmer). For Rebild giver {count:.0f} attester en udgift "
        f"på 'næsten 230.000 kr.', men {count:.0f} x {price:.0f} kr. = {_da(minimum)} kr. som minimum. "
        "Begge tal er gengivet som kilden skriver dem.",
        f"The rehabilitation-team application puts the price of an LÆ265 certificate at {price:.0f} DKK at "
        f"least (Aalborg's 1244 certificates, just over 2 million DKK, agree). For Rebild it gives "
        f"{count:.0f} certificates costing 'almost 230,000 DKK', but {count:.0f} x {price:.0f} DKK = "
        f"{minimum:,.0f} DKK at least. Both figures are kept as printed.",
    )


def r1_03_municipalities() -> SourceIssue:
    """1.c: the header lists four municipalities, the text says three and counts Jammerbugt as interested,
    yet the expected results give figures for Jammerbugt."""
    lines = (
        line_in("1.c", "Deltagerkommuner"),
        line_in("1.c", "Tre kommuner fra det nordjyske frikommunenetværk"),
        line_in("1.c", "tilkendegivet interesse fra Hjørring Kommune og Jammerbugt"),
        line_in("1.c", "At 30 integrationsborgere deltager"),
    )
    return SourceIssue(
        "applications-r1-03-deltagerkommuner",
        DOC,
        lines,
        "two-figures",
        "Ansøgningen om iværksætteri (1.c) lister fire deltagerkommuner i skemaet (Frederikshavn/Læsø, Thisted, "
        "Jammerbugt, Aalborg), men teksten siger 'tre kommuner' (Frederikshavn, Thisted, Aalborg) og nævner "
        "Jammerbugt blot som interesseret; alligevel opstilles forventede resultater for Jammerbugt. Figurerne "
        "er bevaret som trykt.",
        "The entrepreneurship application (1.c) lists four participating municipalities in its form "
        "(Frederikshavn/Læsø, Thisted, Jammerbugt, Aalborg), but the text says 'three municipalities' "
        "(Frederikshavn, Thisted, Aalborg) and names Jammerbugt only as interested; still, expected results "
        "are given for Jammerbugt. The figures are kept as printed.",
    )


def r1_03_dimittend_municipalities() -> SourceIssue:
    """1.c vs 7.b: who runs the dimittend part (Aalborg alone vs Aalborg and Frederikshavn)."""
    lines = (
        line_in("1.c", "Aalborg Kommune er primært interesseret i at fokusere på dimittender"),
        line_in("7.b", "ønsker jobcentrene (Aalborg og Frederikshavn)"),
    )
    return SourceIssue(
        "applications-r1-03-dimittend-kommuner",
        DOC,
        lines,
        "other",
        "Ifølge ansøgningen (1.c) fokuserer Aalborg på dimittender og Frederikshavn og Thisted på "
        "integrationsborgere; evalueringsdesignet (7.b) lader dimittendforsøget køre i Aalborg og Frederikshavn. "
        "Målene for dimittender (100/100/55/40) fordeles ikke på kommuner og står derfor på netværket.",
        "The application (1.c) has Aalborg focusing on graduates and Frederikshavn and Thisted on refugees; "
        "the evaluation design (7.b) runs the graduate experiment in Aalborg and Frederikshavn. The graduate "
        "targets (100/100/55/40) are not split by municipality and are therefore kept on the network.",
    )


def round2_counts() -> SourceIssue:
    """Round 2: four applications, all approved (Bilag 8 and the status note 002), or five of seven (Bilag 5)."""
    lines = (
        line_in("bilag5", "fem af jeres syv ansøgninger"),
        line_in("bilag8", "fremsendte i alt 4 ansøgninger"),
        line_in("bilag8", "imødekom regeringen helt eller delvist de 4 ansøgningerne"),
    )
    return SourceIssue(
        "applications-runde2-antal",
        DOC,
        lines,
        "two-figures",
        "2. ansøgningsrunde: statusnotatet (002) og indledningen til Bilag 8 siger 4 ansøgninger, som alle blev "
        "helt eller delvist imødekommet ('4 af 4'); tilsagnsskrivelsen (Bilag 5) siger 'fem af jeres syv "
        "ansøgninger', fordi den tæller ansøgningen om rehabiliteringsteams som fire delansøgninger, hvoraf to "
        "ikke imødekommes. Begge opgørelser er gengivet, hver i sin serie.",
        "Application round 2: the status note (002) and the introduction of Bilag 8 give 4 applications, all "
        "granted in full or in part ('4 of 4'); the approval letter (Bilag 5) says 'five of your seven "
        "applications', because it counts the rehabilitation-team application as four partial applications, two "
        "of which are refused. Both counts are kept, each in its own series.",
    )


def psychology_target_groups() -> SourceIssue:
    """2.b: the target groups are defined by diagnosis; sickness benefit is only the usual precondition."""
    lines = (
        line_in("2.b", "Specificering af målgrupper"),
        line_in("2.b", "2) Personer over 38 år med let til moderat angst"),
        line_in("2.b", "3) Personer i aldersgruppen 18-38 år"),
        line_in("2.b", "4) Personer med let til moderat depression"),
        line_in("2.b", "i omegnen af 1000 kr. pr samtale"),
        line_in("2.b", "Forudsætningen for tilbud om psykologbehandling"),
    )
    return SourceIssue(
        "applications-psyk-maalgrupper",
        DOC,
        lines,
        "other",
        "Ansøgningen om psykologbehandling (2.b) definerer sine fire målgrupper ved diagnose (stress/"
        "tilpasnings- eller belastningsreaktion, let til moderat angst over 38 år og 18-38 år, let til moderat "
        "depression); sygedagpenge er kun udgangspunktet ('primært tiltænkt borgere på sygedagpenge', 'som "
        "udgangspunkt ... modtager sygedagpenge'). Priserne på privat psykologbehandling gælder alle borgere, "
        "ikke kun sygedagpengemodtagere; de er derfor ikke knyttet til en målgruppe.",
        "The psychology application (2.b) defines its four target groups by diagnosis (stress/adjustment or "
        "stress reaction, mild to moderate anxiety over 38 and 18-38, mild to moderate depression); sickness "
        "benefit is only the starting point ('primarily meant for citizens on sickness benefit', 'as a rule ... "
        "receives sickness benefit'). The prices of private psychological treatment apply to all citizens, not "
        "only to sickness-benefit recipients, so they are not tied to a target group.",
    )


# Process diagrams that survive only as the sentence announcing them (blank lines follow in the dump).
# They are diagrams of phases, not charts of numbers: recorded so the dashboard can say a figure is missing.
LOST = (
    (
        "1.d",
        "Udrulningen af forsøget vil gennemgå tre faser – se nedenstående figur:",
        R1_04,
        "Figur over forsøgets tre faser (klargøring, implementering, evaluering); kun teksten før står tilbage.",
        "Diagram of the experiment's three phases (preparation, implementation, evaluation); only the sentence "
        "before it survives.",
    ),
    (
        "1.g",
        "Grafisk kan ovenstående model fremstilles således:",
        R1_07,
        "Figur over modellen med fem spor for nyankomne udlændinge; kun teksten før står tilbage.",
        "Diagram of the five-track model for newly arrived refugees; only the sentence before it survives.",
    ),
    (
        "2.a",
        "Udrulningen af forsøget vil gennemgå tre faser – se nedenstående figur:",
        R2_01,
        "Figur over forsøgets tre faser; kun teksten før står tilbage.",
        "Diagram of the experiment's three phases; only the sentence before it survives.",
    ),
    (
        "2.c",
        "Udrulningen af forsøget vil gennemgå tre faser – se nedenstående figur:",
        R2_03,
        "Figur over forsøgets tre faser; kun teksten før står tilbage.",
        "Diagram of the experiment's three phases; only the sentence before it survives.",
    ),
    (
        "8.a",
        "Figur 1: Oversigt over faser og aktiviteter i evalueringsprocessen",
        R2_01,
        "Figur over evalueringsprocessens faser og aktiviteter (Rambøll); kun billedteksten står tilbage.",
        "Diagram of the evaluation process's phases and activities (Rambøll); only the caption survives.",
    ),
)


def lost_figures() -> list[LostFigure]:
    out = []
    for section, caption, experiment, note_da, note_en in LOST:
        line = line_in(section, caption)
        out.append(LostFigure(f"applications-003-{line}", experiment, DOC, line, caption, note_da, note_en))
    return out


def part() -> Part:
    return Part(
        name="applications",
        measures=list(MEASURES),
        facts=[*applications_bilag1_3.facts(), *applications_bilag4_9.facts()],
        # The 13-vs-12 applications of round 3 is recorded once, by the catalogue part
        # (catalogue-round3-13th-application), which covers the same lines.
        source_issues=[
            rebild_certificate_cost(),
            r1_03_municipalities(),
            r1_03_dimittend_municipalities(),
            round2_counts(),
            psychology_target_groups(),
        ],
        lost_figures=lost_figures(),
    )
