"""Bilag 4-9 of 003_*.txt: approval letters (lines ~3440-3620) and evaluation designs (~3620-5063).

Approval letters (Bilag 4-6) are prose; they count the approved applications in *words* ("fire af jeres syv
ansøgninger", "ti forsøg"), which a quote cannot verify as a number, so the round counts are taken from the
introductions of the evaluation designs (Bilag 7-9), which print them in digits. The one digit figure of the
letters is the cap of 80 participants on the micro-loan experiment.

Evaluation designs: only targets with a number are facts ("øges med 25 %"); targets without one ("øge
tilfredshed med forløbet") are not. Bilag 7-9 give no baseline values (they only plan to measure them), and
the only planned survey size with a number is the 5-8 citizens per focus group in 7.c.
"""

from __future__ import annotations

from frikommune.extract import ids
from frikommune.extract.applications_common import R1_01, R1_03, R1_04, R1_05, row
from frikommune.extract.common import Fact

ALL = ids.ALL_EXPERIMENTS


def approval_letters() -> list[Fact]:
    """Bilag 4: the micro-loan approval caps the target group at 80 citizens (Bilag 5-6: no digit figures)."""
    return [
        row("bilag4", "Målgruppen for forsøget forudsættes begrænset til 80 borgere", "app_cap_n", 80,
            experiment=R1_01, municipality="aalborg", period="1. ansøgningsrunde",
            note="Tilsagnets forbehold: målgruppen begrænset til 80 borgere, som i ansøgningen"),
    ]


def round_counts() -> list[Fact]:
    """Applications submitted, approved and given a design per round (introductions of Bilag 7, 8 and 9)."""
    p1, p2, p3 = "1. ansøgningsrunde", "2. ansøgningsrunde", "3. ansøgningsrunde"
    return [
        row("bilag7", "fremsendte i alt 7 ansøgninger", "headline_applications_n", 7, experiment=ALL, period=p1,
            note="Ansøgninger indsendt 1. december 2016"),
        row("bilag7", "imødekom regeringen 4 af ansøgningerne", "headline_applications_approved_n", 4, experiment=ALL, period=p1,
            note="Imødekommet 1. februar 2017 (iværksætteri for dimittender blev senere delvist imødekommet)"),
        row("bilag7", "evalueringsdesigns for de i alt 5 forsøg", "app_designs_n", 5, experiment=ALL, period=p1,
            note="De 4 imødekomne forsøg plus iværksætteri for dimittender"),
        row("bilag8", "fremsendte i alt 4 ansøgninger", "headline_applications_n", 4, experiment=ALL, period=p2,
            note="Ansøgninger indsendt 1. maj 2017"),
        row("bilag8", "imødekom regeringen helt eller delvist de 4 ansøgningerne", "headline_applications_approved_n", 4,
            experiment=ALL, period=p2,
            note="Imødekommet helt eller delvist 26. juni 2017 (rehabiliteringsteams kun delvist)"),
        row("bilag8", "evalueringsdesigns for i alt 3 forsøg", "app_designs_n", 3, experiment=ALL, period=p2,
            note="Uddannelsespålæg blev ikke påbegyndt og fik intet design"),
        row("bilag9", "fremsendte i alt 13 ansøgninger", "headline_applications_n", 13, experiment=ALL, period=p3,
            note="Ansøgninger indsendt 1. november 2017 (Bilag 3 gengiver kun 12, se kildeproblem "
                 "catalogue-round3-13th-application)"),
        row("bilag9", "imødekom regeringen 10 ud af de 13 ansøgninger", "headline_applications_approved_n", 10, experiment=ALL,
            period=p3, note="Imødekommet 21. december 2017"),
        row("bilag9", "evalueringsdesigns for de i alt 10 forsøg", "app_designs_n", 10, experiment=ALL,
            period=p3, note="Evalueringsdesign for alle 10 imødekomne forsøg"),
    ]


def design_targets() -> list[Fact]:
    """Numeric targets of the designs 7.a (micro-loans), 7.b (dimittender) and the forholdstal design."""
    a, m = "7.a", "aalborg"
    out = [
        row(a, "Der iværksættes 4 forløb", "target_n", 4, experiment=R1_01, municipality=m, period="kort sigt",
            note="Forløb 'fra ledig til virksomhedsejer' pr. år"),
        row(a, "svarende til i alt 12 forløb af 3 måneders varighed", "target_n", 12, experiment=R1_01,
            municipality=m, period="kort sigt",
            note="Forløb 'fra ledig til virksomhedsejer' i alt i forsøgsperioden"),
        # The design turns the application's "ca. 80" into "højst 80", in line with the approval's cap.
        row(a, "Deltagelse udgøres af højst 80 ledige borgere", "target_n", 80, experiment=R1_01, municipality=m,
            period="kort sigt", note="Deltagere i forløbet 'fra ledig til virksomhedsejer' (højst)"),
        row(a, "Der bevilliges mikrolån til 60 borgere", "target_n", 60, experiment=R1_01, municipality=m,
            period="mellemlang sigt", note="Borgere der bevilges mikrolån"),
        row(a, "45 ledige kommer i selvforsørgelse efter endt støtteperiode", "target_n", 45, experiment=R1_01,
            municipality=m, period="lang sigt (3-5 år)", note="Ledige i selvforsørgelse efter endt støtteperiode"),
    ]
    # 7.b: the design names Aalborg and Frederikshavn (l. 3728) without splitting the targets between them.
    b, g = "7.b", "dimittender"
    out += [
        row(b, "At 100 motiverede ledige", "target_n", 100, experiment=R1_03, group=g, period="forsøgsperioden",
            note="Ledige der får udarbejdet Min Iværksætterplan (Aalborg og Frederikshavn samlet)"),
        row(b, "At de 100 ledige deltager", "target_n", 100, experiment=R1_03, group=g, period="forsøgsperioden",
            note="Ledige der deltager i konkrete iværksætterforløb (Aalborg og Frederikshavn samlet)"),
        row(b, "At 55 ledige etablerer virksomhed", "target_n", 55, experiment=R1_03, group=g,
            period="forsøgsperioden",
            note="Ledige der etablerer virksomhed (aktivt cvr-nummer) (Aalborg og Frederikshavn samlet)"),
        row(b, "At 40 af disse virksomheder stadig eksisterer efter 2 år", "target_n", 40, experiment=R1_03,
            group=g, period="forsøgsperioden",
            note="Virksomheder der stadig eksisterer efter 2 år (Aalborg og Frederikshavn samlet)"),
    ]
    # The '**' after the two targets is a footnote mark of the source, kept in the quote as printed.
    f, g = "7.fht", "udsatte borgere"
    out += [
        row(f, "der får en virksomhedsrettet indsats øges med 25 %", "target_pct", 25, experiment=R1_05, group=g,
            note="Stigning i antal udsatte borgere i målgruppen der får en virksomhedsrettet indsats"),
        row(f, "60 % af de borgere, som deltager i forsøget, opnår en progression", "target_pct", 60,
            experiment=R1_05, group=g,
            note="Andel af deltagerne der opnår progression og kommer tættere på arbejdsmarkedet"),
    ]
    return out


def planned_data_collection() -> list[Fact]:
    """7.c (forsikrede ledige): focus groups of 5-8 citizens on each case visit; the range as two facts."""
    quote = "fokusgruppeinterview med 5-8 borgere"
    return [
        row("7.c", quote, "target_planned_n", value, experiment=R1_04, group="borger",
            note=f"Borgere pr. fokusgruppeinterview ved casebesøg, {bound} grænse af intervallet 5-8")
        for value, bound in ((5, "nedre"), (8, "øvre"))
    ]


def facts() -> list[Fact]:
    return [*approval_letters(), *round_counts(), *design_targets(), *planned_data_collection()]
