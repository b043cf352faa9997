"""Bilag 1-3 of 003_*.txt: the 24 applications of the three rounds (lines 142-3439).

Each application states its figures in prose: the situation before the experiment (volumes, prices, case
counts, shares) and what it expects. Only applications that print such figures appear below; most of round 3
argues qualitatively and has none. Rule parameters quoted from the law (deadlines, '§' numbers, meeting
intervals) are not figures of the experiment and are left out. Numbers written as words ("tre kommuner")
cannot be verified against the quote and are left out too.

Municipality: the application's own municipality where it has one; 'network' where a figure covers several
participants together (what it covers is in the note).
"""

from __future__ import annotations

from frikommune.extract.applications_common import (
    R1_01, R1_02, R1_03, R1_05, R1_07, R2_01, R2_02, R2_04, R3_01, R3_02, R3_12, row,
)
from frikommune.extract.common import Fact


def r1_01_mikrolaan() -> list[Fact]:
    """1.a Mikrolån (Aalborg): CASA's break-even share, loan size, and the short/medium/long-term goals."""
    s, e, m = "1.a", R1_01, "aalborg"
    return [
        # The break-even share comes from CASA's calculation on an Aarhus project, not from Aalborg's own data.
        row(s, "såfremt blot 6 pct. af deltagerne", "app_expected_pct", 6, experiment=e, municipality=m,
            note="Break-even: andel af deltagerne der skal blive selvforsørgende i en 5-årig periode, før "
                 "investeringen i mikrolån er tjent hjem (CASA-beregning på projekt i Aarhus)"),
        # "1000-50.000,- kr." is one range: two facts, the bounds marked in the note.
        row(s, "mikrolån i størrelsesordenen 1000-50.000,- kr.", "app_amount_dkk", 1000, experiment=e,
            municipality=m, note="Mikrolånets størrelse pr. borger, nedre grænse af intervallet 1000-50.000 kr."),
        row(s, "mikrolån i størrelsesordenen 1000-50.000,- kr.", "app_amount_dkk", 50000, experiment=e,
            municipality=m, note="Mikrolånets størrelse pr. borger, øvre grænse af intervallet 1000-50.000 kr."),
        row(s, "Der iværksættes 4 forløb om", "app_expected_n", 4, experiment=e, municipality=m,
            period="kort sigt", note="Forløb 'fra ledig til virksomhedsejer' pr. år"),
        row(s, "svarende til i alt 12 forløb af 3 måneders varighed", "app_expected_n", 12, experiment=e,
            municipality=m, period="kort sigt",
            note="Forløb 'fra ledig til virksomhedsejer' i alt i forsøgsperioden"),
        row(s, "Deltagelse udgøres af ca. 80 ledige borgere", "app_expected_n", 80, experiment=e,
            municipality=m, period="kort sigt", note="Deltagere i forløbet 'fra ledig til virksomhedsejer' (ca.)"),
        row(s, "Der bevilges mikrolån til 60 borgere", "app_expected_n", 60, experiment=e, municipality=m,
            period="mellemlang sigt", note="Borgere der bevilges mikrolån"),
        row(s, "45 ledige kommer i selvforsørgelse efter endt støtteperiode", "app_expected_n", 45, experiment=e,
            municipality=m, period="lang sigt (3-5 år)", note="Ledige i selvforsørgelse efter endt støtteperiode"),
    ]


def r1_02_fradrag() -> list[Fact]:
    """1.b Gunstigere fradrag for lønindtægt (Aalborg; not approved): the disregard per hour and the goal."""
    s, e, m = "1.b", R1_02, "aalborg"
    group = "uddannelses- og kontanthjælpsmodtagere samt integrationsydelsesmodtagere"
    return [
        # Section 3 states the two amounts one per line; the introduction prints both in one sentence.
        row(s, "bort fra 25,74 kr. pr. udført arbejdstime", "app_amount_dkk", 25.74, experiment=e,
            municipality=m, group=group, period="før forsøget",
            note="Beløb pr. arbejdstime der ses bort fra ved modregning af lønindtægt (gældende regel)"),
        row(s, "se bort fra 85 kr. pr time", "app_amount_dkk", 85, experiment=e, municipality=m, group=group,
            period="under forsøget",
            note="Beløb pr. arbejdstime der ønskes set bort fra ved modregning af lønindtægt (ansøgt)"),
        row(s, "den tilladelse, som er givet til i alt 14 andre kommuner", "app_baseline_n", 14, experiment=e,
            municipality=m, period="2016",
            note="Andre kommuner med tilladelse til forsøg med 85 kr. fradrag (forsøget udløb 31.12.2016)"),
        row(s, "end de aktuelle 79", "app_baseline_n", 79, experiment=e, municipality=m, group=group,
            period="før forsøget", note="Borgere i målgruppen med ordinære timer"),
        row(s, "at 200 flere borgere", "app_expected_n", 200, experiment=e, municipality=m, group=group,
            period="ved forsøgets afslutning",
            note="Flere borgere med ordinære timer end de aktuelle 79 (mål)"),
    ]


def r1_03_ivaerksaetteri() -> list[Fact]:
    """1.c Iværksætteri for dimittender og integrationsborgere: background shares and the expected numbers.

    The dimittend goals are not tied to a municipality in the application (Aalborg is named as focusing on
    dimittender, l. 476; the design 7.b names Aalborg and Frederikshavn), so they stay on 'network'. Ranges
    ("mellem 35 og 40") become two facts, lower and upper bound.
    """
    s, e = "1.c", R1_03
    dim, integ = "dimittender", "integrationsborgere"
    out = [
        row(s, "ca. 45 pct. af alle a-dagpengemodtagere ved jobcenter Aalborg", "app_baseline_pct", 45,
            experiment=e, municipality="aalborg", group="a-dagpengemodtagere", period="2016-08",
            note="Andel af a-dagpengemodtagere ved Jobcenter Aalborg med en videregående uddannelse"),
        row(s, "54 pct. af deltagerne efter endt forløb blev selvstændige", "app_baseline_pct", 54,
            experiment=e, group=dim,
            note="Tidligere forsøgsordning (Etableringsordningen, Væksthus Nordjylland): andel af deltagerne "
                 "der blev selvstændige efter op til 40 ugers rådgivning"),
        row(s, "svarende til 5945 kr.", "app_amount_dkk", 5945, experiment=e, group=integ,
            note="Laveste sats på integrationsydelse for enlige uden børn, ønsket udbetalt op til 2 x ½ år "
                 "efter etablering af virksomhed (pr. måned)"),
        row(s, "At 100 motiverede ledige", "app_expected_n", 100, experiment=e, group=dim,
            period="forsøgsperioden", note="Ledige der får udarbejdet Min Iværksætterplan"),
        row(s, "At de 100 ledige deltager", "app_expected_n", 100, experiment=e, group=dim,
            period="forsøgsperioden", note="Ledige der deltager i konkrete iværksætterforløb"),
        row(s, "At 55 ledige etablerer virksomhed", "app_expected_n", 55, experiment=e, group=dim,
            period="forsøgsperioden", note="Ledige der etablerer virksomhed (aktivt cvr-nummer)"),
        row(s, "At 40 af disse virksomheder stadig eksisterer efter 2 år", "app_expected_n", 40, experiment=e,
            group=dim, period="forsøgsperioden", note="Virksomheder der stadig eksisterer efter 2 år"),
        row(s, "At 50 integrationsborgere deltager", "app_expected_n", 50, experiment=e, municipality="thisted",
            group=integ, period="forsøgsperioden", note="Deltagere i iværksætterforløbet"),
        row(s, "At 30 integrationsborgere deltager", "app_expected_n", 30, experiment=e,
            municipality="jammerbugt", group=integ, period="forsøgsperioden",
            note="Deltagere i iværksætterforløbet"),
    ]
    ranges = [
        ("At mellem 35 og 40 i Thisted", 35, 40, "thisted", "Borgere der etablerer egen virksomhed (aktivt CVR-nr.)"),
        ("At mellem 25 og 30 af virksomhederne i Thisted", 25, 30, "thisted", "Virksomheder aktive efter 2 år"),
        ("At mellem 10 og 12 af virksomhederne i Jammerbugt", 10, 12, "jammerbugt", "Virksomheder aktive efter 2 år"),
    ]
    for quote, low, high, mun, what in ranges:
        for value, bound in ((low, "nedre"), (high, "øvre")):
            out.append(row(s, quote, "app_expected_n", value, experiment=e, municipality=mun, group=integ,
                           period="forsøgsperioden", note=f"{what}, {bound} grænse af intervallet {low}-{high}"))
    # The application names Frederikshavn (the combined jobcenter unit is Frederikshavn/Læsø in its header),
    # so these stay on 'frederikshavn' as printed.
    out += [
        row(s, "At 25 borgere i Frederikshavn", "app_expected_n", 25, experiment=e, municipality="frederikshavn",
            group=integ, period="ved forløbets afslutning", note="Borgere der etablerer egen virksomhed"),
        row(s, "At ca. 15 borgere i Jammerbugt", "app_expected_n", 15, experiment=e, municipality="jammerbugt",
            group=integ, period="forsøgsperioden", note="Borgere der etablerer egen virksomhed (aktivt CVR-nr.), ca."),
        row(s, "At 15 af virksomhederne i Frederikshavn", "app_expected_n", 15, experiment=e,
            municipality="frederikshavn", group=integ, period="forsøgsperioden",
            note="Virksomheder aktive efter 2 år"),
    ]
    return out


def r1_05_forholdstal() -> list[Fact]:
    """1.e Fleksibilitet ift. forholdstalskravene (Jammerbugt, Vesthimmerland, Thisted)."""
    s, e = "1.e", R1_05
    return [
        row(s, "godt 2.000 virksomheder", "app_baseline_n", 2000, experiment=e, municipality="jammerbugt",
            note="Virksomheder i Jammerbugt Kommune (godt 2.000)"),
        row(s, "ca. 1.000 er enkeltmandsvirksomheder", "app_baseline_n", 1000, experiment=e,
            municipality="jammerbugt", note="Enkeltmandsvirksomheder eller virksomheder med 1-2 ansatte (ca.)"),
        row(s, "kan øges med 25%", "app_expected_pct", 25, experiment=e, group="udsatte borgere",
            note="Stigning i antal borgere i målgruppen der opnår en virksomhedsrettet indsats"),
        row(s, "Af disse må 60%", "app_expected_pct", 60, experiment=e, group="udsatte borgere",
            note="Andel af de borgere der får en virksomhedsrettet indsats, som forventes at udvikle sig ud af "
                 "målgruppen (løntilskud eller ordinære timer)"),
    ]


def r1_07_integrationsprogram() -> list[Fact]:
    """1.g Individuelt og fleksibelt integrationsprogram (not approved): quotas and required shares."""
    s, e = "1.g", R1_07
    return [
        row(s, "mindst 60 pct. af de nyankomne udlændinge over 30 år", "app_expected_pct", 60, experiment=e,
            group="nyankomne udlændinge over 30 år", note="Mindsteandel der skal tilbydes fast track"),
        row(s, "mindst 80 pct. i ungegruppen", "app_expected_pct", 80, experiment=e,
            group="unge nyankomne udlændinge 18-29 år",
            note="Mindsteandel der skal følge uddannelsessporet eller fast track"),
        row(s, "70 for Jammerbugt", "app_baseline_n", 70, experiment=e, municipality="jammerbugt",
            period="2017", note="Kommunal kvote for modtagelse af flygtninge"),
        row(s, "136 for Hjørring", "app_baseline_n", 136, experiment=e, municipality="hjoerring",
            period="2017", note="Kommunal kvote for modtagelse af flygtninge"),
        row(s, "125 for Frederikshavn", "app_baseline_n", 125, experiment=e, municipality="frederikshavn",
            period="2017", note="Kommunal kvote for modtagelse af flygtninge"),
        row(s, "min. 90 % af de unge", "app_expected_pct", 90, experiment=e,
            group="unge uddannelsesparate 18-29 år",
            note="Mindsteandel der kan påbegynde uddannelse på ordinære vilkår efter 1-2½ år i "
                 "uddannelsessporet"),
        row(s, "selvforsørgende senest efter 12 mdr.", "app_expected_months", 12, experiment=e,
            group="nyankomne udlændinge",
            note="Hovedsigte: flest mulige selvforsørgende senest 12 mdr. efter ankomst"),
    ]


def r2_01_rehabiliteringsteams() -> list[Fact]:
    """2.a Rehabiliteringsteams: case volumes, meeting norms, flexjob hours, senior pensions, LÆ265 costs."""
    s, e = "2.a", R2_01
    return [
        row(s, "i Aalborg Kommune skal behandles yderligere ca. 200 sager årligt", "app_baseline_n", 200,
            experiment=e, municipality="aalborg", group="jobafklaringsforløb",
            note="Ekstra sager pr. år i rehabiliteringsteamet efter sygedagpengereformen (ca.)"),
        row(s, "registreret 2.898 i RAR Nordjyllands område", "app_baseline_n", 2898, experiment=e,
            group="jobafklaringsforløb", period="2016",
            note="Jobafklaringsforløb registreret i RAR Nordjyllands område (hele Nordjylland)"),
        row(s, "behandles op til 6 sager pr. møde", "app_baseline_n", 6, experiment=e,
            group="ressourceforløb, fleksjob og førtidspension",
            note="Sager pr. rehabiliteringsmøde efter samarbejdsaftalen med Region Nordjylland (højst)"),
        row(s, "mod 10 sager pr. møde", "app_baseline_n", 10, experiment=e, group="jobafklaringsforløb",
            note="Sager pr. rehabiliteringsmøde efter samarbejdsaftalen med Region Nordjylland (højst)"),
        row(s, "ansat 4.312 borgere i fleksjob", "app_baseline_n", 4312, experiment=e, group="fleksjob",
            period="2016-11", note="Borgere ansat i fleksjob efter ny ordning, RAR Nordjyllands område"),
        row(s, "2456 personer er ansat i fleksjob ml. 0-10 timer", "app_baseline_n", 2456, experiment=e,
            group="fleksjob", period="2016-11",
            note="Borgere ansat i fleksjob 0-10 timer ugentligt, RAR Nordjyllands område"),
        row(s, "svarende til 57%", "app_baseline_pct", 57, experiment=e, group="fleksjob", period="2016-11",
            note="Andel af fleksjobansatte med 0-10 timer ugentligt, RAR Nordjyllands område"),
        row(s, "i 18% af sagerne kun i ringe grad eller slet ikke fyldestgørende", "app_baseline_pct", 18,
            experiment=e, group="fleksjob", period="2014",
            note="Ankestyrelsens praksisundersøgelse: andel af sager hvor rehabiliteringsteamets begrundelse "
                 "for fleksjob kun i ringe grad eller slet ikke var fyldestgørende (landsplan)"),
        row(s, "Aalborg kommune til 14", "app_baseline_n", 14, experiment=e, municipality="aalborg",
            group="seniorførtidspension", period="2016", note="Tilkendte seniorførtidspensioner"),
        row(s, "Brønderslev 4", "app_baseline_n", 4, experiment=e, municipality="broenderslev",
            group="seniorførtidspension", period="2016", note="Tilkendte seniorførtidspensioner"),
        row(s, "Rebild 3", "app_baseline_n", 3, experiment=e, municipality="rebild",
            group="seniorførtidspension", period="2016", note="Tilkendte seniorførtidspensioner"),
        row(s, "Frederikshavn 3 personer", "app_baseline_n", 3, experiment=e, municipality="frederikshavn",
            group="seniorførtidspension", period="2016", note="Tilkendte seniorførtidspensioner"),
        row(s, "indhentet 1244 attester", "app_baseline_n", 1244, experiment=e, municipality="aalborg",
            period="2016", note="Indhentede LÆ265-attester"),
        row(s, "á minimum 1639 kr.", "app_amount_dkk", 1639, experiment=e, municipality="aalborg", period="2016",
            note="Pris pr. LÆ265-attest, mindst (mere ved tolk)"),
        # The sentence breaks over two lines: "... en udgift på" / "godt 2 mio. kr." ('2 mio.' also parses as 2).
        row(s, "godt 2 mio. kr.", "app_expense_dkk", 2_000_000, experiment=e, municipality="aalborg",
            period="2016", note="Udgift til LÆ265-attester, mindst (godt 2 mio. kr.)"),
        # Rebild's sentence carries no year of its own; it follows Aalborg's 2016 figures.
        row(s, "Jobcenter Rebild er der indhentet 184 attester", "app_baseline_n", 184, experiment=e,
            municipality="rebild", period="2016", note="Indhentede LÆ265-attester (året følger af sætningen før)"),
        row(s, "en udgift på næsten 230.000 kr.", "app_expense_dkk", 230000, experiment=e, municipality="rebild",
            period="2016", note="Udgift til LÆ265-attester (næsten 230.000 kr.; året følger af sætningen før)"),
    ]


def r2_02_psykolog() -> list[Fact]:
    """2.b Psykologbehandling (Jammerbugt, Thisted, Rebild): prices of private treatment, expected split."""
    s, e, g = "2.b", R2_02, "sygedagpengemodtagere"
    return [
        row(s, "i omegnen af 1000 kr. pr samtale", "app_amount_dkk", 1000, experiment=e, group=g,
            note="Pris pr. samtale hos privatpraktiserende psykolog uden tilskud (omkring)"),
        row(s, "egenbetaling på ca. 330 kr. pr samtale", "app_amount_dkk", 330, experiment=e, group=g,
            note="Egenbetaling pr. samtale hos privatpraktiserende psykolog med tilskud (ca.)"),
        row(s, "som oftest indeholde 12 samtaler", "app_baseline_n", 12, experiment=e, group=g,
            note="Samtaler i et typisk behandlingsforløb hos privatpraktiserende psykolog"),
        row(s, "mellem 4000 kr. og 12.000 kr.", "app_amount_dkk", 4000, experiment=e, group=g,
            note="Pris for et behandlingsforløb for borgeren, med tilskud (nedre grænse af 4000-12.000 kr.)"),
        row(s, "mellem 4000 kr. og 12.000 kr.", "app_amount_dkk", 12000, experiment=e, group=g,
            note="Pris for et behandlingsforløb for borgeren, uden tilskud (øvre grænse af 4000-12.000 kr.)"),
        row(s, "forventer vi, at 60% af de borgere", "app_expected_pct", 60, experiment=e, group=g,
            period="forsøgsperioden",
            note="Andel af de behandlede der ellers ikke ville være kommet i behandling (skøn)"),
        row(s, "De resterende 40%", "app_expected_pct", 40, experiment=e, group=g, period="forsøgsperioden",
            note="Andel tilbudt behandling pga. sårbarhed over for behandlerskifte, ventetid eller behov for "
                 "tværfaglig indsats (skøn)"),
    ]


def r2_04_uddannelsespaalaeg() -> list[Fact]:
    """2.d Delvis fritagelse fra uddannelsespålæg (Aalborg; approved but never started, Bilag 8 l. 4366)."""
    s, e, m, g = "2.d", R2_04, "aalborg", "unge på uddannelseshjælp"
    return [
        row(s, "ca. 200 unge borgere", "app_expected_n", 200, experiment=e, municipality=m, group=g,
            note="Forventet målgruppe for undtagelsen fra uddannelsespålæg (ca.)"),
        row(s, "svarende til ca. 11 %", "app_expected_pct", 11, experiment=e, municipality=m, group=g,
            note="Målgruppens andel af alle unge på uddannelseshjælp i Aalborg Kommune (ca.)"),
    ]


def round3() -> list[Fact]:
    """Bilag 3: the few round-3 applications that print a figure (3.a, 3.b, 3.l)."""
    return [
        row("3.a", "forlænges i gennemsnit med 2 måneder", "app_baseline_months", 2, experiment=R3_01,
            group="revalidering", period="før forsøget",
            note="Gennemsnitlig forlængelse af sagsbehandlingen pga. ventetid på LÆ265 (de ansøgende kommuner)"),
        row("3.b", "ca. 1000 borgere på ledighedsydelse", "app_baseline_n", 1000, experiment=R3_02,
            group="ledighedsydelsesmodtagere", period="før forsøget",
            note="Borgere på ledighedsydelse løbende i de 5 ansøgende kommuner (ca.; kilde Jobindsats.dk)"),
        row("3.l", "mere end 1400 sager", "app_baseline_n", 1400, experiment=R3_12,
            group="ressourceforløb, fleksjob og førtidspension",
            note="Sager behandlet årligt i rehabiliteringsteamet i de deltagende kommuner (mere end)"),
        row("3.l", "minimum 240 heldagsmøder", "app_baseline_n", 240, experiment=R3_12,
            note="Heldagsmøder i rehabiliteringsteamet pr. år i de deltagende kommuner (mindst, ca.)"),
    ]


def facts() -> list[Fact]:
    return [
        *r1_01_mikrolaan(), *r1_02_fradrag(), *r1_03_ivaerksaetteri(), *r1_05_forholdstal(),
        *r1_07_integrationsprogram(), *r2_01_rehabiliteringsteams(), *r2_02_psykolog(),
        *r2_04_uddannelsespaalaeg(), *round3(),
    ]

