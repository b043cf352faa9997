"""Bilag 1-3 of 003_*.txt: the 24 applications of the three rounds (lines 142-3439).

Each application states its figures in prose: the situation before the experiment (volumes, prices, case
counts, shares) and what it expects. Only applications that print such figures appear below; most of round 3
argues qualitatively and has none. Rule parameters quoted from the law (deadlines, '§' numbers, meeting
intervals) are taken only where they are the setting the experiment is about (see below); '§' numbers never.

Municipality: the application's own municipality where it has one; 'network' where a figure covers several
participants together (what it covers is in the note).

Every fact names its series (applications_common.row): the application it stands in ("Bilag 1, ansøgning 3"),
what it counts (category), its statistic where the source qualifies the number ('ca.', 'højst', a range's ends,
per year vs in total) and a chart label. The rules the experiments are about, where an application prints them
as clear settings (weeks, months, number of meetings), are facts too (measures app_rule_*), with the period
'før forsøget' for the current rule and 'under forsøget' for the setting applied for.
"""

from __future__ import annotations

from frikommune.extract.applications_common import (
    R1_01,
    R1_02,
    R1_03,
    R1_04,
    R1_05,
    R1_06,
    R1_07,
    R2_01,
    R2_02,
    R2_03,
    R2_04,
    R3_01,
    R3_02,
    R3_09,
    R3_12,
    row,
)
from frikommune.extract.common import Fact


def _r1_01_background() -> list[Fact]:
    """1.a: CASA's break-even share and the size of a micro-loan."""
    s, e, m = "1.a", R1_01, "aalborg"
    return [
        # The break-even share comes from CASA's calculation on an Aarhus project, not from Aalborg's own data.
        row(
            s,
            "såfremt blot 6 pct. af deltagerne",
            "app_expected_pct",
            6,
            experiment=e,
            municipality=m,
            what="break-even: andel selvforsørgende",
            label=("Break-even-andel selvforsørgende", "Break-even share self-supporting"),
            note="Break-even: andel af deltagerne der skal blive selvforsørgende i en 5-årig periode, før "
            "investeringen i mikrolån er tjent hjem (CASA-beregning på projekt i Aarhus)",
        ),
        # "1000-50.000,- kr." is one range: two facts, its lower (min) and upper (max) end.
        *(
            row(
                s,
                "mikrolån i størrelsesordenen 1000-50.000,- kr.",
                "app_amount_dkk",
                v,
                experiment=e,
                municipality=m,
                what="mikrolånets størrelse",
                stat=st,
                label=label,
                note="Mikrolånets størrelse pr. borger, intervallet 1000-50.000 kr.",
            )
            for v, st, label in (
                (1000, "min", ("Mindste mikrolån", "Smallest micro-loan")),
                (50000, "max", ("Største mikrolån", "Largest micro-loan")),
            )
        ),
    ]


def _r1_01_goals() -> list[Fact]:
    """1.a: the short-, medium- and long-term goals (courses, participants, loans, the self-supporting)."""
    s, e, m = "1.a", R1_01, "aalborg"
    courses = "forløb 'fra ledig til virksomhedsejer'"
    return [
        row(
            s,
            "Der iværksættes 4 forløb om",
            "app_expected_n",
            4,
            experiment=e,
            municipality=m,
            period="kort sigt",
            what=courses,
            stat="per year",
            label=("Forløb pr. år", "Courses per year"),
            note="Forløb 'fra ledig til virksomhedsejer' pr. år",
        ),
        row(
            s,
            "svarende til i alt 12 forløb af 3 måneders varighed",
            "app_expected_n",
            12,
            experiment=e,
            municipality=m,
            period="kort sigt",
            what=courses,
            stat="total",
            label=("Forløb i alt", "Courses in total"),
            note="Forløb 'fra ledig til virksomhedsejer' i alt i forsøgsperioden",
        ),
        row(
            s,
            "Deltagelse udgøres af ca. 80 ledige borgere",
            "app_expected_n",
            80,
            experiment=e,
            municipality=m,
            period="kort sigt",
            what="deltagere i forløbene",
            stat="approx",
            label=("Deltagere i forløbene (ca.)", "Course participants (approx.)"),
            note="Deltagere i forløbet 'fra ledig til virksomhedsejer' (ca.)",
        ),
        row(
            s,
            "Der bevilges mikrolån til 60 borgere",
            "app_expected_n",
            60,
            experiment=e,
            municipality=m,
            period="mellemlang sigt",
            what="borgere bevilget mikrolån",
            label=("Borgere bevilget mikrolån", "Citizens granted a micro-loan"),
            note="Borgere der bevilges mikrolån",
        ),
        row(
            s,
            "45 ledige kommer i selvforsørgelse efter endt støtteperiode",
            "app_expected_n",
            45,
            experiment=e,
            municipality=m,
            period="lang sigt (3-5 år)",
            what="selvforsørgende efter støtteperioden",
            label=("Selvforsørgende efter støtten", "Self-supporting after the support"),
            note="Ledige i selvforsørgelse efter endt støtteperiode",
        ),
    ]


def _r1_01_settings() -> list[Fact]:
    """1.a: the settings of the experiment (the course's length, the support after the loan)."""
    s, e, m = "1.a", R1_01, "aalborg"
    return [
        # Settings of the experiment: a 3-month course, then support after the loan for at most 6 months.
        row(
            s,
            "Efter de 3 måneders vejlednings- og opkvalificeringsforløb",
            "app_rule_months",
            3,
            experiment=e,
            municipality=m,
            period="under forsøget",
            what="vejlednings- og opkvalificeringsforløbets længde",
            label=("Forløbets længde", "Length of the course"),
            note="Forløbet 'fra ledig til virksomhedsejer' varer 3 måneder, før der indstilles til mikrolån",
        ),
        row(
            s,
            "tilskud til forsørgelse i en periode på højst 6 måneder",
            "app_rule_months",
            6,
            experiment=e,
            municipality=m,
            period="under forsøget",
            what="tilskud til forsørgelse efter mikrolån",
            stat="max",
            label=("Forsørgelsestilskud efter lån, højst", "Living allowance after loan, max"),
            note="Efter bevilling af mikrolån kan der gives tilskud til forsørgelse i højst 6 måneder",
        ),
    ]


def r1_01_mikrolaan() -> list[Fact]:
    """1.a Mikrolån (Aalborg): CASA's break-even share, loan size, and the short/medium/long-term goals."""
    return [
        *_r1_01_background(),
        *_r1_01_goals(),
        *_r1_01_settings(),
    ]


def r1_02_fradrag() -> list[Fact]:
    """1.b Gunstigere fradrag for lønindtægt (Aalborg; not approved): the disregard per hour and the goal."""
    s, e, m = "1.b", R1_02, "aalborg"
    group = "uddannelses- og kontanthjælpsmodtagere samt integrationsydelsesmodtagere"
    per_hour = ("Fradrag pr. arbejdstime", "Disregard per hour worked")
    return [
        # Section 3 states the two amounts one per line; the introduction prints both in one sentence.
        row(
            s,
            "bort fra 25,74 kr. pr. udført arbejdstime",
            "app_amount_dkk",
            25.74,
            experiment=e,
            municipality=m,
            group=group,
            period="før forsøget",
            what="fradrag pr. arbejdstime",
            label=per_hour,
            note="Beløb pr. arbejdstime der ses bort fra ved modregning af lønindtægt (gældende regel)",
        ),
        row(
            s,
            "se bort fra 85 kr. pr time",
            "app_amount_dkk",
            85,
            experiment=e,
            municipality=m,
            group=group,
            period="under forsøget",
            what="fradrag pr. arbejdstime",
            label=per_hour,
            note="Beløb pr. arbejdstime der ønskes set bort fra ved modregning af lønindtægt (ansøgt)",
        ),
        row(
            s,
            "den tilladelse, som er givet til i alt 14 andre kommuner",
            "app_baseline_n",
            14,
            experiment=e,
            municipality=m,
            period="2016",
            what="andre kommuner med forsøg med 85 kr. fradrag",
            label=("Andre kommuner med forsøget", "Other municipalities with the trial"),
            note="Andre kommuner med tilladelse til forsøg med 85 kr. fradrag (forsøget udløb 31.12.2016)",
        ),
        row(
            s,
            "end de aktuelle 79",
            "app_baseline_n",
            79,
            experiment=e,
            municipality=m,
            group=group,
            period="før forsøget",
            what="borgere med ordinære timer",
            label=("Borgere med ordinære timer", "Citizens with ordinary hours"),
            note="Borgere i målgruppen med ordinære timer",
        ),
        row(
            s,
            "at 200 flere borgere",
            "app_expected_n",
            200,
            experiment=e,
            municipality=m,
            group=group,
            period="ved forsøgets afslutning",
            what="flere borgere med ordinære timer",
            label=("Flere borgere med ordinære timer", "More citizens with ordinary hours"),
            note="Flere borgere med ordinære timer end de aktuelle 79 (mål)",
        ),
    ]


# 1.c's goals, what each counts: (what, (Danish label, English label)).
_R1_03_PLAN = ("får udarbejdet Min Iværksætterplan", ("Får udarbejdet en iværksætterplan", "Get a start-up plan"))
_R1_03_JOINS = ("deltager i iværksætterforløb", ("Deltager i iværksætterforløb", "Take part in start-up courses"))
_R1_03_STARTS = ("etablerer virksomhed (aktivt cvr-nummer)", ("Etablerer virksomhed", "Start a business"))
_R1_03_ACTIVE = (
    "virksomheder aktive efter 2 år",
    ("Virksomheder aktive efter 2 år", "Firms still active after 2 years"),
)


def _r1_03_background() -> list[Fact]:
    """1.c: the background figures (graduates among the unemployed, the earlier scheme, the integration benefit)."""
    s, e = "1.c", R1_03
    dim, integ = "dimittender", "integrationsborgere"
    return [
        row(
            s,
            "ca. 45 pct. af alle a-dagpengemodtagere ved jobcenter Aalborg",
            "app_baseline_pct",
            45,
            experiment=e,
            municipality="aalborg",
            group="a-dagpengemodtagere",
            period="2016-08",
            what="med videregående uddannelse",
            stat="approx",
            label=("Ledige med videregående uddannelse", "Unemployed with higher education"),
            note="Andel af a-dagpengemodtagere ved Jobcenter Aalborg med en videregående uddannelse",
        ),
        row(
            s,
            "54 pct. af deltagerne efter endt forløb blev selvstændige",
            "app_baseline_pct",
            54,
            experiment=e,
            group=dim,
            what="blev selvstændige (Etableringsordningen)",
            label=("Blev selvstændige (tidligere ordning)", "Became self-employed (earlier scheme)"),
            note="Tidligere forsøgsordning (Etableringsordningen, Væksthus Nordjylland): andel af deltagerne "
            "der blev selvstændige efter op til 40 ugers rådgivning",
        ),
        row(
            s,
            "svarende til 5945 kr.",
            "app_amount_dkk",
            5945,
            experiment=e,
            group=integ,
            what="integrationsydelse pr. måned, laveste sats",
            label=("Integrationsydelse pr. måned", "Integration benefit per month"),
            note="Laveste sats på integrationsydelse for enlige uden børn, ønsket udbetalt op til 2 x ½ år "
            "efter etablering af virksomhed (pr. måned)",
        ),
    ]


def _r1_03_graduate_goals() -> list[Fact]:
    """1.c: the expected numbers for graduates (dimittender), on 'network'."""
    s, e = "1.c", R1_03
    dim = "dimittender"
    plan, joins, starts, active = _R1_03_PLAN, _R1_03_JOINS, _R1_03_STARTS, _R1_03_ACTIVE
    out: list[Fact] = []
    for quote, value, (what, label), note in (
        ("At 100 motiverede ledige", 100, plan, "Ledige der får udarbejdet Min Iværksætterplan"),
        ("At de 100 ledige deltager", 100, joins, "Ledige der deltager i konkrete iværksætterforløb"),
        ("At 55 ledige etablerer virksomhed", 55, starts, "Ledige der etablerer virksomhed (aktivt cvr-nummer)"),
        (
            "At 40 af disse virksomheder stadig eksisterer efter 2 år",
            40,
            active,
            "Virksomheder der stadig eksisterer efter 2 år",
        ),
    ):
        out.append(
            row(
                s,
                quote,
                "app_expected_n",
                value,
                experiment=e,
                group=dim,
                period="forsøgsperioden",
                what=what,
                label=label,
                note=note,
            )
        )
    return out


def _r1_03_integration_participants() -> list[Fact]:
    """1.c: the integration citizens expected to take part, in Thisted and Jammerbugt."""
    s, e = "1.c", R1_03
    integ = "integrationsborgere"
    joins = _R1_03_JOINS
    return [
        row(
            s,
            "At 50 integrationsborgere deltager",
            "app_expected_n",
            50,
            experiment=e,
            municipality="thisted",
            group=integ,
            period="forsøgsperioden",
            what=joins[0],
            label=joins[1],
            note="Deltagere i iværksætterforløbet",
        ),
        row(
            s,
            "At 30 integrationsborgere deltager",
            "app_expected_n",
            30,
            experiment=e,
            municipality="jammerbugt",
            group=integ,
            period="forsøgsperioden",
            what=joins[0],
            label=joins[1],
            note="Deltagere i iværksætterforløbet",
        ),
    ]


def _r1_03_integration_ranges() -> list[Fact]:
    """1.c: the goals given as ranges (firms started and still active in Thisted and Jammerbugt), min and max."""
    s, e = "1.c", R1_03
    integ = "integrationsborgere"
    starts, active = _R1_03_STARTS, _R1_03_ACTIVE
    out: list[Fact] = []
    ranges = [
        ("At mellem 35 og 40 i Thisted", 35, 40, "thisted", starts),
        ("At mellem 25 og 30 af virksomhederne i Thisted", 25, 30, "thisted", active),
        ("At mellem 10 og 12 af virksomhederne i Jammerbugt", 10, 12, "jammerbugt", active),
    ]
    for quote, low, high, mun, (what, (label_da, label_en)) in ranges:
        for value, stat, da, en in ((low, "min", "mindst", "min."), (high, "max", "højst", "max.")):
            out.append(
                row(
                    s,
                    quote,
                    "app_expected_n",
                    value,
                    experiment=e,
                    municipality=mun,
                    group=integ,
                    period="forsøgsperioden",
                    what=what,
                    stat=stat,
                    label=(f"{label_da}, {da}", f"{label_en}, {en}"),
                    note=f"Intervallet {low}-{high} ('mellem {low} og {high}')",
                )
            )
    return out


def _r1_03_integration_firms() -> list[Fact]:
    """1.c: the firms expected to start and to stay active, in Frederikshavn and Jammerbugt."""
    s, e = "1.c", R1_03
    integ = "integrationsborgere"
    starts, active = _R1_03_STARTS, _R1_03_ACTIVE
    # The application names Frederikshavn (the combined jobcenter unit is Frederikshavn/Læsø in its header),
    # so these stay on 'frederikshavn' as printed.
    return [
        row(
            s,
            "At 25 borgere i Frederikshavn",
            "app_expected_n",
            25,
            experiment=e,
            municipality="frederikshavn",
            group=integ,
            period="ved forløbets afslutning",
            what=starts[0],
            label=starts[1],
            note="Borgere der etablerer egen virksomhed",
        ),
        row(
            s,
            "At ca. 15 borgere i Jammerbugt",
            "app_expected_n",
            15,
            experiment=e,
            municipality="jammerbugt",
            group=integ,
            period="forsøgsperioden",
            what=starts[0],
            stat="approx",
            label=("Etablerer virksomhed (ca.)", "Start a business (approx.)"),
            note="Borgere der etablerer egen virksomhed (aktivt CVR-nr.), ca.",
        ),
        row(
            s,
            "At 15 af virksomhederne i Frederikshavn",
            "app_expected_n",
            15,
            experiment=e,
            municipality="frederikshavn",
            group=integ,
            period="forsøgsperioden",
            what=active[0],
            label=active[1],
            note="Virksomheder aktive efter 2 år",
        ),
    ]


def _r1_03_integration_goals() -> list[Fact]:
    """1.c: the expected numbers for integration citizens in Thisted, Jammerbugt and Frederikshavn."""
    return [*_r1_03_integration_participants(), *_r1_03_integration_ranges(), *_r1_03_integration_firms()]


def _r1_03_rule() -> list[Fact]:
    """1.c: the rule the experiment is about, as the application quotes it."""
    s, e = "1.c", R1_03
    out: list[Fact] = []
    # The rule the experiment is about: at most 6 weeks of guidance and upskilling in the first 26 weeks.
    quote = "ikke bevilges mere end 6 uger under de første 26 ledighedsuger"
    out += [
        row(
            s,
            quote,
            "app_rule_weeks",
            6,
            experiment=e,
            period="før forsøget",
            stat="max",
            what="vejledning og opkvalificering",
            window="de første 26 ledighedsuger",
            label=("Vejledning og opkvalificering, højst", "Guidance and upskilling, max"),
            note="Gældende regel: højst 6 ugers vejledning og opkvalificering i de første 26 ledighedsuger",
        ),
        row(
            s,
            quote,
            "app_rule_weeks",
            26,
            experiment=e,
            period="før forsøget",
            what="ledighedsperiode med loft over opkvalificering",
            label=("Periode med loft over opkvalificering", "Period with a cap on upskilling"),
            note="Gældende regel: loftet på 6 uger gælder de første 26 ledighedsuger",
        ),
    ]
    return out


def r1_03_ivaerksaetteri() -> list[Fact]:
    """1.c Iværksætteri for dimittender og integrationsborgere: background shares and the expected numbers.

    The dimittend goals are not tied to a municipality in the application (Aalborg is named as focusing on
    dimittender, l. 476; the design 7.b names Aalborg and Frederikshavn), so they stay on 'network'. Ranges
    ("mellem 35 og 40") become two facts, their lower (min) and upper (max) end.
    """
    return [*_r1_03_background(), *_r1_03_graduate_goals(), *_r1_03_integration_goals(), *_r1_03_rule()]


def r1_04_formkrav() -> list[Fact]:
    """1.d Formkrav ved lovpligtige samtaler: the meeting rules for seasonal unemployed the application cites."""
    s, e, g = "1.d", R1_04, "sæsonledige"
    quote = "skal have 6 samtaler inden for de første 6 måneders ledighed"
    return [
        row(
            s,
            quote,
            "app_rule_n",
            6,
            experiment=e,
            group=g,
            period="før forsøget",
            what="samtaler",
            window="de første 6 måneders ledighed",
            label=("Samtaler i de første 6 måneder", "Meetings in the first 6 months"),
            note="Gældende regel: sæsonledige skal have 6 samtaler inden for de første 6 måneders ledighed",
        ),
        row(
            s,
            quote,
            "app_rule_months",
            6,
            experiment=e,
            group=g,
            period="før forsøget",
            what="ledighedsperiode med krav om samtaler",
            label=("Periode med krav om samtaler", "Period with required meetings"),
            note="Gældende regel: de 6 samtaler skal holdes inden for de første 6 måneders ledighed",
        ),
        row(
            s,
            "hver 4. uge i de første 26 ugers ledighed",
            "app_rule_weeks",
            4,
            experiment=e,
            group=g,
            period="før forsøget",
            what="interval mellem jobsamtaler",
            window="de første 26 ugers ledighed",
            label=("Interval mellem jobsamtaler", "Interval between job meetings"),
            note="Ansøgt fritagelse fra en jobsamtale hver 4. uge i de første 26 ugers ledighed",
        ),
    ]


def r1_05_forholdstal() -> list[Fact]:
    """1.e Fleksibilitet ift. forholdstalskravene (Jammerbugt, Vesthimmerland, Thisted)."""
    s, e = "1.e", R1_05
    return [
        row(
            s,
            "godt 2.000 virksomheder",
            "app_baseline_n",
            2000,
            experiment=e,
            municipality="jammerbugt",
            what="virksomheder i kommunen",
            stat="approx",
            label=("Virksomheder i kommunen (godt)", "Firms in the municipality (just over)"),
            note="Virksomheder i Jammerbugt Kommune (godt 2.000)",
        ),
        row(
            s,
            "ca. 1.000 er enkeltmandsvirksomheder",
            "app_baseline_n",
            1000,
            experiment=e,
            municipality="jammerbugt",
            what="virksomheder med 0-2 ansatte",
            stat="approx",
            label=("Virksomheder med 0-2 ansatte (ca.)", "Firms with 0-2 employees (approx.)"),
            note="Enkeltmandsvirksomheder eller virksomheder med 1-2 ansatte (ca.)",
        ),
        row(
            s,
            "kan øges med 25%",
            "app_expected_pct",
            25,
            experiment=e,
            group="udsatte borgere",
            what="stigning i virksomhedsrettet indsats",
            label=("Stigning i virksomhedsrettet indsats", "Increase in work-placement measures"),
            note="Stigning i antal borgere i målgruppen der opnår en virksomhedsrettet indsats",
        ),
        row(
            s,
            "Af disse må 60%",
            "app_expected_pct",
            60,
            experiment=e,
            group="udsatte borgere",
            what="udvikler sig ud af målgruppen",
            label=("Udvikler sig ud af målgruppen", "Move out of the target group"),
            note="Andel af de borgere der får en virksomhedsrettet indsats, som forventes at udvikle sig ud af "
            "målgruppen (løntilskud eller ordinære timer)",
        ),
    ]


def r1_06_uddannelse() -> list[Fact]:
    """1.f Fleksible rammer for uddannelse: the cap on guidance and upskilling the experiment lifts."""
    s, e, g = "1.f", R1_06, "dagpengemodtagere"
    quote = "maks. 6 ugers vejledning og opkvalificering inden for de første 26 ugers"
    return [
        row(
            s,
            quote,
            "app_rule_weeks",
            6,
            experiment=e,
            group=g,
            period="før forsøget",
            stat="max",
            what="vejledning og opkvalificering",
            window="de første 26 ledighedsuger",
            label=("Vejledning og opkvalificering, højst", "Guidance and upskilling, max"),
            note="Gældende regel for dagpengemodtagere under 30 år med erhvervskompetencegivende uddannelse og "
            "over 30 år",
        ),
        row(
            s,
            quote,
            "app_rule_weeks",
            26,
            experiment=e,
            group=g,
            period="før forsøget",
            what="ledighedsperiode med loft over opkvalificering",
            label=("Periode med loft over opkvalificering", "Period with a cap on upskilling"),
            note="Gældende regel: loftet på 6 uger gælder de første 26 ugers sammenlagt ledighed",
        ),
    ]


def _r1_07_targets() -> list[Fact]:
    """1.g: the shares the model expects in work or self-supporting, and the three refugee quotas."""
    s, e = "1.g", R1_07
    quota = ("flygtningekvote", ("Kvote for modtagelse af flygtninge", "Refugee quota"))
    return [
        row(
            s,
            "mindst 60 pct. af de nyankomne udlændinge over 30 år",
            "app_expected_pct",
            60,
            experiment=e,
            group="nyankomne udlændinge over 30 år",
            what="tilbydes fast track",
            stat="min",
            label=("Tilbydes fast track, mindst", "Offered fast track, at least"),
            note="Mindsteandel der skal tilbydes fast track",
        ),
        row(
            s,
            "mindst 80 pct. i ungegruppen",
            "app_expected_pct",
            80,
            experiment=e,
            group="unge nyankomne udlændinge 18-29 år",
            what="uddannelsesspor eller fast track",
            stat="min",
            label=("Uddannelsesspor el. fast track, mindst", "Education track or fast track, min."),
            note="Mindsteandel der skal følge uddannelsessporet eller fast track",
        ),
        *(
            row(
                s,
                quote,
                "app_baseline_n",
                value,
                experiment=e,
                municipality=mun,
                period="2017",
                what=quota[0],
                label=quota[1],
                note="Kommunal kvote for modtagelse af flygtninge",
            )
            for quote, value, mun in (
                ("70 for Jammerbugt", 70, "jammerbugt"),
                ("136 for Hjørring", 136, "hjoerring"),
                ("125 for Frederikshavn", 125, "frederikshavn"),
            )
        ),
        row(
            s,
            "min. 90 % af de unge",
            "app_expected_pct",
            90,
            experiment=e,
            group="unge uddannelsesparate 18-29 år",
            what="kan påbegynde ordinær uddannelse",
            stat="min",
            label=("Kan begynde ordinær uddannelse, mindst", "Can start ordinary education, min."),
            note="Mindsteandel der kan påbegynde uddannelse på ordinære vilkår efter 1-2½ år i uddannelsessporet",
        ),
        row(
            s,
            "selvforsørgende senest efter 12 mdr.",
            "app_expected_months",
            12,
            experiment=e,
            group="nyankomne udlændinge",
            what="selvforsørgende efter ankomst",
            stat="max",
            label=("Selvforsørgende senest efter", "Self-supporting at the latest after"),
            note="Hovedsigte: flest mulige selvforsørgende senest 12 mdr. efter ankomst",
        ),
    ]


def _r1_07_rules() -> list[Fact]:
    """1.g: the activation rules the model departs from, and the assessment period it asks for."""
    s, e = "1.g", R1_07
    return [
        # The rules the model departs from, and the assessment period it asks for. The application gives the
        # activation deadline once in weeks (the law's '4 uger') and once in months ('1 måned').
        row(
            s,
            "skal senest 4 uger efter, kommunen har overtaget borgeransvaret",
            "app_rule_weeks",
            4,
            experiment=e,
            group="jobparate nyankomne udlændinge",
            period="før forsøget",
            stat="max",
            what="frist for virksomhedsrettet aktivering",
            label=("Frist for virksomhedsrettet aktivering", "Deadline for work-based activation"),
            note="Integrationsloven: jobparate nyankomne skal senest 4 uger efter kommunens overtagelse af ansvaret "
            "starte i virksomhedsrettet aktivering",
        ),
        row(
            s,
            "højst være 6 uger mellem de virksomhedsrettede tilbud",
            "app_rule_weeks",
            6,
            experiment=e,
            group="jobparate nyankomne udlændinge",
            period="før forsøget",
            stat="max",
            what="interval mellem virksomhedsrettede tilbud",
            window="det første år af integrationsperioden",
            label=("Tid mellem virksomhedsrettede tilbud", "Time between work-based offers"),
            note="Integrationsloven: højst 6 uger mellem de virksomhedsrettede tilbud i det første år",
        ),
        *(
            row(
                s,
                "senest indenfor første 2-4 uger efter modtagelsen",
                "app_rule_weeks",
                value,
                experiment=e,
                group="nyankomne udlændinge",
                period="under forsøget",
                stat=stat,
                what="fra modtagelse til virksomhedsvendt aktivitet",
                label=label,
                note="Modellen: borgeren videre i virksomhedsvendt aktivitet eller job senest inden for 2-4 uger",
            )
            for value, stat, label in (
                (2, "min", ("Til virksomhedsvendt aktivitet, mindst", "To work-based activity, min.")),
                (4, "max", ("Til virksomhedsvendt aktivitet, højst", "To work-based activity, max.")),
            )
        ),
        row(
            s,
            "virksomhedsrettet aktivering senest 1 måned efter overtagelse af ansvar",
            "app_rule_months",
            1,
            experiment=e,
            group="nyankomne udlændinge",
            period="før forsøget",
            stat="max",
            what="frist for virksomhedsrettet aktivering",
            label=("Frist for virksomhedsrettet aktivering", "Deadline for work-based activation"),
            note="Gældende krav, som modellen ønsker at fravige: virksomhedsrettet aktivering senest 1 måned "
            "efter kommunens overtagelse af ansvaret",
        ),
        *(
            row(
                s,
                "Vi ønsker mellem 8-10 uger til afklaringen",
                "app_rule_weeks",
                value,
                experiment=e,
                group="nyankomne udlændinge",
                period="under forsøget",
                stat=stat,
                what="afklaringsperiode",
                label=label,
                note="Ansøgt: mellem 8 og 10 uger til afklaringen",
            )
            for value, stat, label in (
                (8, "min", ("Afklaringsperiode, mindst", "Assessment period, min.")),
                (10, "max", ("Afklaringsperiode, højst", "Assessment period, max.")),
            )
        ),
    ]


def r1_07_integrationsprogram() -> list[Fact]:
    """1.g Individuelt og fleksibelt integrationsprogram (not approved): quotas and required shares."""
    return [
        *_r1_07_targets(),
        *_r1_07_rules(),
    ]


def _r2_01_team_caseload() -> list[Fact]:
    """2.a: cases the rehabilitation team treats (extra cases, job clarification cases, cases per meeting)."""
    s, e = "2.a", R2_01
    per_meeting = (
        "sager pr. rehabiliteringsmøde",
        ("Sager pr. rehabiliteringsmøde, højst", "Cases per rehab meeting, max"),
    )
    return [
        row(
            s,
            "i Aalborg Kommune skal behandles yderligere ca. 200 sager årligt",
            "app_baseline_n",
            200,
            experiment=e,
            municipality="aalborg",
            group="jobafklaringsforløb",
            stat="approx",
            what="ekstra sager pr. år i rehabiliteringsteamet",
            label=("Ekstra sager pr. år i teamet (ca.)", "Extra cases a year in the team (approx.)"),
            note="Ekstra sager pr. år i rehabiliteringsteamet efter sygedagpengereformen (ca.)",
        ),
        row(
            s,
            "registreret 2.898 i RAR Nordjyllands område",
            "app_baseline_n",
            2898,
            experiment=e,
            group="jobafklaringsforløb",
            period="2016",
            what="registrerede jobafklaringsforløb, RAR Nordjylland",
            label=("Jobafklaringsforløb, RAR Nordjylland", "Job clarification cases, RAR North"),
            note="Jobafklaringsforløb registreret i RAR Nordjyllands område (hele Nordjylland)",
        ),
        row(
            s,
            "behandles op til 6 sager pr. møde",
            "app_baseline_n",
            6,
            experiment=e,
            group="ressourceforløb, fleksjob og førtidspension",
            what=per_meeting[0],
            stat="max",
            label=per_meeting[1],
            note="Sager pr. rehabiliteringsmøde efter samarbejdsaftalen med Region Nordjylland (højst)",
        ),
        row(
            s,
            "mod 10 sager pr. møde",
            "app_baseline_n",
            10,
            experiment=e,
            group="jobafklaringsforløb",
            what=per_meeting[0],
            stat="max",
            label=per_meeting[1],
            note="Sager pr. rehabiliteringsmøde efter samarbejdsaftalen med Region Nordjylland (højst)",
        ),
    ]


def _r2_01_flexjobs() -> list[Fact]:
    """2.a: flexjobs in RAR North Jutland (how many, how many of 0-10 hours) and the reasoning behind them."""
    s, e = "2.a", R2_01
    return [
        row(
            s,
            "ansat 4.312 borgere i fleksjob",
            "app_baseline_n",
            4312,
            experiment=e,
            group="fleksjob",
            period="2016-11",
            what="ansatte i fleksjob, RAR Nordjylland",
            label=("Ansatte i fleksjob, RAR Nordjylland", "In flexjobs, RAR North Jutland"),
            note="Borgere ansat i fleksjob efter ny ordning, RAR Nordjyllands område",
        ),
        row(
            s,
            "2456 personer er ansat i fleksjob ml. 0-10 timer",
            "app_baseline_n",
            2456,
            experiment=e,
            group="fleksjob",
            period="2016-11",
            what="ansatte i fleksjob 0-10 timer, RAR Nordjylland",
            label=("Fleksjob 0-10 timer, RAR Nordjylland", "Flexjobs of 0-10 hours, RAR North"),
            note="Borgere ansat i fleksjob 0-10 timer ugentligt, RAR Nordjyllands område",
        ),
        row(
            s,
            "svarende til 57%",
            "app_baseline_pct",
            57,
            experiment=e,
            group="fleksjob",
            period="2016-11",
            what="andel i fleksjob 0-10 timer, RAR Nordjylland",
            label=("Andel i fleksjob 0-10 timer", "Share in flexjobs of 0-10 hours"),
            note="Andel af fleksjobansatte med 0-10 timer ugentligt, RAR Nordjyllands område",
        ),
        row(
            s,
            "i 18% af sagerne kun i ringe grad eller slet ikke fyldestgørende",
            "app_baseline_pct",
            18,
            experiment=e,
            group="fleksjob",
            period="2014",
            what="begrundelse ikke fyldestgørende (landsplan)",
            label=("Begrundelse ikke fyldestgørende", "Reasoning not adequate"),
            note="Ankestyrelsens praksisundersøgelse: andel af sager hvor rehabiliteringsteamets begrundelse "
            "for fleksjob kun i ringe grad eller slet ikke var fyldestgørende (landsplan)",
        ),
    ]


def _r2_01_senior_pensions() -> list[Fact]:
    """2.a: senior disability pensions granted per municipality in 2016."""
    s, e = "2.a", R2_01
    senior = (
        "tilkendte seniorførtidspensioner",
        ("Tilkendte seniorførtidspensioner", "Senior disability pensions granted"),
    )
    return [
        *(
            row(
                s,
                quote,
                "app_baseline_n",
                value,
                experiment=e,
                municipality=mun,
                group="seniorførtidspension",
                period="2016",
                what=senior[0],
                label=senior[1],
                note="Tilkendte seniorførtidspensioner",
            )
            for quote, value, mun in (
                ("Aalborg kommune til 14", 14, "aalborg"),
                ("Brønderslev 4", 4, "broenderslev"),
                ("Rebild 3", 3, "rebild"),
                ("Frederikshavn 3 personer", 3, "frederikshavn"),
            )
        ),
    ]


def _r2_01_lae265_costs() -> list[Fact]:
    """2.a: LÆ265 certificates obtained in Aalborg and Rebild, their price and what they cost."""
    s, e = "2.a", R2_01
    certificates = ("indhentede LÆ265-attester", ("Indhentede LÆ265-attester", "LÆ265 certificates obtained"))
    expense = (
        "udgift til LÆ265-attester",
        ("Udgift til LÆ265-attester (ca.)", "Spent on LÆ265 certificates (approx.)"),
    )
    return [
        row(
            s,
            "indhentet 1244 attester",
            "app_baseline_n",
            1244,
            experiment=e,
            municipality="aalborg",
            period="2016",
            what=certificates[0],
            label=certificates[1],
            instrument="LÆ265",
            note="Indhentede LÆ265-attester",
        ),
        row(
            s,
            "á minimum 1639 kr.",
            "app_amount_dkk",
            1639,
            experiment=e,
            municipality="aalborg",
            period="2016",
            what="pris pr. LÆ265-attest",
            stat="min",
            instrument="LÆ265",
            label=("Pris pr. LÆ265-attest, mindst", "Price per LÆ265 certificate, min."),
            note="Pris pr. LÆ265-attest, mindst (mere ved tolk)",
        ),
        # The sentence breaks over two lines: "... en udgift på" / "godt 2 mio. kr." ('2 mio.' also parses as 2).
        # 'godt' (just over) and Rebild's 'næsten' (almost) both qualify one figure: statistic 'approx'.
        row(
            s,
            "godt 2 mio. kr.",
            "app_expense_dkk",
            2_000_000,
            experiment=e,
            municipality="aalborg",
            period="2016",
            what=expense[0],
            stat="approx",
            label=expense[1],
            instrument="LÆ265",
            note="Udgift til LÆ265-attester: godt 2 mio. kr.",
        ),
        # Rebild's sentence carries no year of its own; it follows Aalborg's 2016 figures.
        row(
            s,
            "Jobcenter Rebild er der indhentet 184 attester",
            "app_baseline_n",
            184,
            experiment=e,
            municipality="rebild",
            period="2016",
            what=certificates[0],
            label=certificates[1],
            instrument="LÆ265",
            note="Indhentede LÆ265-attester (året følger af sætningen før)",
        ),
        row(
            s,
            "en udgift på næsten 230.000 kr.",
            "app_expense_dkk",
            230000,
            experiment=e,
            municipality="rebild",
            period="2016",
            what=expense[0],
            stat="approx",
            label=expense[1],
            instrument="LÆ265",
            note="Udgift til LÆ265-attester: næsten 230.000 kr. (året følger af sætningen før)",
        ),
    ]


def _r2_01_rule() -> list[Fact]:
    """2.a: the rule the experiment is about (the team treats a job clarification case within 4 weeks)."""
    s, e = "2.a", R2_01
    return [
        # The rule the experiment is about: job clarification cases go to the team within 4 weeks, except
        # where recovery is expected within 8 weeks.
        row(
            s,
            "senest 4 uger efter at de er overgået til jobafklaringsforløbet",
            "app_rule_weeks",
            4,
            experiment=e,
            group="jobafklaringsforløb",
            period="før forsøget",
            stat="max",
            what="frist for behandling i rehabiliteringsteamet",
            label=("Frist for behandling i teamet", "Deadline for the team to treat a case"),
            note="Gældende regel: sager om jobafklaring behandles i rehabiliteringsteamet senest 4 uger efter "
            "overgangen",
        ),
        row(
            s,
            "hvor man forventer en raskmelding i løbet af 8 uger",
            "app_rule_weeks",
            8,
            experiment=e,
            group="jobafklaringsforløb",
            period="før forsøget",
            stat="threshold",
            what="undtaget ved forventet raskmelding inden",
            label=("Undtaget ved raskmelding inden", "Exempt if fit for work within"),
            note="Gældende regel: undtaget er sager hvor der forventes raskmelding inden for 8 uger",
        ),
    ]


def r2_01_rehabiliteringsteams() -> list[Fact]:
    """2.a Rehabiliteringsteams: case volumes, meeting norms, flexjob hours, senior pensions, LÆ265 costs."""
    return [
        *_r2_01_team_caseload(),
        *_r2_01_flexjobs(),
        *_r2_01_senior_pensions(),
        *_r2_01_lae265_costs(),
        *_r2_01_rule(),
    ]


def _r2_02_prices() -> list[Fact]:
    """2.b: what private treatment costs, per consultation and per course, with and without subsidy."""
    s, e = "2.b", R2_02
    course = "pris for et behandlingsforløb"
    return [
        row(
            s,
            "i omegnen af 1000 kr. pr samtale",
            "app_amount_dkk",
            1000,
            experiment=e,
            what="pris pr. samtale, uden tilskud",
            stat="approx",
            label=("Pris pr. samtale uden tilskud (ca.)", "Price per session, no subsidy (approx.)"),
            note="Pris pr. samtale hos privatpraktiserende psykolog uden tilskud (omkring)",
        ),
        row(
            s,
            "egenbetaling på ca. 330 kr. pr samtale",
            "app_amount_dkk",
            330,
            experiment=e,
            what="egenbetaling pr. samtale, med tilskud",
            stat="approx",
            label=("Egenbetaling pr. samtale (ca.)", "Own payment per session (approx.)"),
            note="Egenbetaling pr. samtale hos privatpraktiserende psykolog med tilskud (ca.)",
        ),
        row(
            s,
            "som oftest indeholde 12 samtaler",
            "app_baseline_n",
            12,
            experiment=e,
            what="samtaler i et typisk behandlingsforløb",
            label=("Samtaler i et typisk forløb", "Sessions in a typical treatment"),
            note="Samtaler i et typisk behandlingsforløb hos privatpraktiserende psykolog",
        ),
        # "mellem 4000 kr. og 12.000 kr. alt afhængig af, om der ydes tilskud eller ej": with and without subsidy.
        row(
            s,
            "mellem 4000 kr. og 12.000 kr.",
            "app_amount_dkk",
            4000,
            experiment=e,
            what=f"{course}, med tilskud",
            label=("Pris for et forløb med tilskud", "Treatment price with subsidy"),
            note="Pris for et behandlingsforløb for borgeren, med tilskud (4000-12.000 kr. alt efter tilskud)",
        ),
        row(
            s,
            "mellem 4000 kr. og 12.000 kr.",
            "app_amount_dkk",
            12000,
            experiment=e,
            what=f"{course}, uden tilskud",
            label=("Pris for et forløb uden tilskud", "Treatment price without subsidy"),
            note="Pris for et behandlingsforløb for borgeren, uden tilskud (4000-12.000 kr. alt efter tilskud)",
        ),
    ]


def _r2_02_treatment_frame() -> list[Fact]:
    """2.b: the frame of treatment (consultations per course) and the split of citizens the application expects."""
    s, e = "2.b", R2_02
    return [
        # The frame of treatment: up to 12 consultations in the jobcentre (as under the subsidy scheme), where
        # the subsidy scheme allows up to 24 sessions for referral reasons 10 and 11.
        row(
            s,
            "op til 12 konsultationer pr. behandlingsforløb",
            "app_rule_n",
            12,
            experiment=e,
            period="under forsøget",
            stat="max",
            what="konsultationer pr. behandlingsforløb",
            label=("Konsultationer pr. forløb, højst", "Consultations per treatment, max"),
            note="Rammen for behandling ved jobcentrets psykologer, som under tilskudsordningen",
        ),
        row(
            s,
            "i alt kan få tilskud til 24 samtaler",
            "app_rule_n",
            24,
            experiment=e,
            period="før forsøget",
            stat="max",
            what="samtaler med tilskud ved genhenvisning",
            target="henvisningsårsag 10 og 11",
            label=("Samtaler med tilskud, højst", "Subsidised sessions, max"),
            note="Tilskudsordningen: genhenvisning giver i alt op til 24 samtaler; ikke en mulighed i jobcentret",
        ),
        row(
            s,
            "forventer vi, at 60% af de borgere",
            "app_expected_pct",
            60,
            experiment=e,
            period="forsøgsperioden",
            what="ville ellers ikke være kommet i behandling",
            label=("Ellers ikke i behandling (skøn)", "Otherwise not treated (estimate)"),
            note="Andel af de behandlede der ellers ikke ville være kommet i behandling (skøn)",
        ),
        row(
            s,
            "De resterende 40%",
            "app_expected_pct",
            40,
            experiment=e,
            period="forsøgsperioden",
            what="sårbarhed, ventetid eller tværfagligt behov",
            label=("Sårbarhed, ventetid, tværfaglighed", "Vulnerability, waiting, joint care"),
            note="Andel tilbudt behandling pga. sårbarhed over for behandlerskifte, ventetid eller behov for "
            "tværfaglig indsats (skøn)",
        ),
    ]


def r2_02_psykolog() -> list[Fact]:
    """2.b Psykologbehandling (Jammerbugt, Thisted, Rebild): prices of private treatment, expected split.

    The application's target groups are defined by diagnosis (stress, anxiety, depression), with sickness benefit
    only as the usual precondition (see the source issue applications-psyk-maalgrupper); the prices are those of
    private psychologists for anyone, so these facts name no group.
    """
    return [
        *_r2_02_prices(),
        *_r2_02_treatment_frame(),
    ]


def r2_03_laegeattester() -> list[Fact]:
    """2.c Differentiering i valg af lægeattester: the LÆ285 rule the experiment suspends."""
    return [
        row(
            "2.c",
            "mere end 8 ugers sygefravær",
            "app_rule_weeks",
            8,
            experiment=R2_03,
            group="sygedagpengemodtagere",
            period="før forsøget",
            stat="threshold",
            instrument="LÆ285",
            what="forventet sygefravær der udløser LÆ285",
            label=("Sygefravær der udløser LÆ285, over", "Sick leave that requires LÆ285, over"),
            note="Gældende krav: LÆ285 indhentes i alle sygedagpengesager med forventning om mere end 8 ugers "
            "sygefravær",
        ),
    ]


def r2_04_uddannelsespaalaeg() -> list[Fact]:
    """2.d Delvis fritagelse fra uddannelsespålæg (Aalborg; approved but never started, Bilag 8 l. 4366)."""
    s, e, m, g = "2.d", R2_04, "aalborg", "unge på uddannelseshjælp"
    return [
        row(
            s,
            "ca. 200 unge borgere",
            "app_expected_n",
            200,
            experiment=e,
            municipality=m,
            group=g,
            what="målgruppe for fritagelsen",
            stat="approx",
            label=("Unge i målgruppen (ca.)", "Young people in target group (approx.)"),
            note="Forventet målgruppe for undtagelsen fra uddannelsespålæg (ca.)",
        ),
        row(
            s,
            "svarende til ca. 11 %",
            "app_expected_pct",
            11,
            experiment=e,
            municipality=m,
            group=g,
            what="målgruppens andel af unge på uddannelseshjælp",
            stat="approx",
            label=("Målgruppens andel (ca.)", "Share in the target group (approx.)"),
            note="Målgruppens andel af alle unge på uddannelseshjælp i Aalborg Kommune (ca.)",
        ),
    ]


def _r3_01_revalidering() -> list[Fact]:
    """3.a Revalidering: the delay LÆ265 causes, and the deadlines for the certificate."""
    lae = (
        "forlængelse af sagsbehandlingen pga. ventetid på LÆ265",
        ("Længere sagsbehandling pga. LÆ265", "Longer case handling due to LÆ265"),
    )
    return [
        row(
            "3.a",
            "forlænges i gennemsnit med 2 måneder",
            "app_baseline_months",
            2,
            experiment=R3_01,
            group="revalidering",
            period="før forsøget",
            what=lae[0],
            label=lae[1],
            stat="mean",
            instrument="LÆ265",
            note="Gennemsnitlig forlængelse af sagsbehandlingen pga. ventetid på LÆ265 (de ansøgende kommuner)",
        ),
        row(
            "3.a",
            "senest 14 dage (2 uger) efter konsultationen",
            "app_rule_weeks",
            2,
            experiment=R3_01,
            group="revalidering",
            period="før forsøget",
            stat="max",
            instrument="LÆ265",
            what="frist for LÆ265 efter konsultationen",
            label=("Frist for LÆ265 efter konsultation", "LÆ265 deadline after consultation"),
            note="Aftale mellem Lægeforeningens attestudvalg og KL: LÆ265 leveres senest 14 dage (2 uger) efter "
            "konsultationen",
        ),
        row(
            "3.a",
            "senest 30 dage (1 måned) efter lægen har modtaget anmodningen",
            "app_rule_months",
            1,
            experiment=R3_01,
            group="revalidering",
            period="før forsøget",
            stat="max",
            instrument="LÆ265",
            what="frist for LÆ265 efter anmodningen",
            label=("Frist for LÆ265 efter anmodning", "LÆ265 deadline after the request"),
            note="Aftale mellem Lægeforeningens attestudvalg og KL: LÆ265 leveres senest 30 dage (1 måned) efter "
            "lægen har modtaget anmodningen",
        ),
    ]


def _round3_case_counts() -> list[Fact]:
    """3.b and 3.l: the cases the applications count (flexjob benefit recipients, cases, meetings)."""
    return [
        row(
            "3.b",
            "ca. 1000 borgere på ledighedsydelse",
            "app_baseline_n",
            1000,
            experiment=R3_02,
            group="ledighedsydelsesmodtagere",
            period="før forsøget",
            what="borgere på ledighedsydelse",
            stat="approx",
            label=("Borgere på ledighedsydelse (ca.)", "On flexjob benefit (approx.)"),
            note="Borgere på ledighedsydelse løbende i de 5 ansøgende kommuner (ca.; kilde Jobindsats.dk)",
        ),
        row(
            "3.l",
            "mere end 1400 sager",
            "app_baseline_n",
            1400,
            experiment=R3_12,
            group="ressourceforløb, fleksjob og førtidspension",
            what="sager i rehabiliteringsteamet pr. år",
            stat="min",
            label=("Sager i teamet pr. år, over", "Cases in the team a year, over"),
            note="Sager behandlet årligt i rehabiliteringsteamet i de deltagende kommuner (mere end)",
        ),
        row(
            "3.l",
            "minimum 240 heldagsmøder",
            "app_baseline_n",
            240,
            experiment=R3_12,
            what="heldagsmøder i rehabiliteringsteamet pr. år",
            stat="min",
            label=("Heldagsmøder pr. år, mindst", "Full-day meetings a year, min."),
            note="Heldagsmøder i rehabiliteringsteamet pr. år i de deltagende kommuner (mindst, ca.)",
        ),
    ]


def _round3_rules() -> list[Fact]:
    """3.b and 3.i: the follow-up rules the two applications are about."""
    g = "ledighedsydelsesmodtagere"
    return [
        # 3.b prints the follow-up rules of flexjob unemployment benefit as a small table (handling, law, when).
        row(
            "3.b",
            "Efter 6 måneder",
            "app_rule_months",
            6,
            experiment=R3_02,
            group=g,
            period="før forsøget",
            anchor="Opfølgning\tLAS, § 10 stk. 3\tEfter 6 måneder",
            what="opfølgning efter",
            label=("Opfølgning efter", "Follow-up after"),
            note="Skemaet i 3.b: opfølgning efter LAS § 10 stk. 3",
        ),
        row(
            "3.b",
            "Efter 12 måneders ledighedsydelse inden for 18 måneder",
            "app_rule_months",
            12,
            experiment=R3_02,
            group=g,
            period="før forsøget",
            what="vurdering efter",
            window="inden for 18 måneder",
            label=("Vurdering efter (inden for 18 mdr.)", "Review after (within 18 months)"),
            note="Skemaet i 3.b: vurdering efter LAS § 74 c stk. 1, 1. pkt.",
        ),
        row(
            "3.b",
            "Senest hver 3. måned - fra visitationen til fleksjob",
            "app_rule_months",
            3,
            experiment=R3_02,
            group=g,
            period="før forsøget",
            what="interval i kontaktforløbet",
            stat="max",
            label=("Kontaktforløb, senest hver", "Contact meetings, at least every"),
            note="Skemaet i 3.b: kontaktforløb efter LAB § 73 a",
        ),
        # 3.i asks to be exempt from updating the plan's offers every 6th month (title of the application).
        row(
            "3.i",
            "hver 6. måned i forbindelse med ressourceforløb",
            "app_rule_months",
            6,
            experiment=R3_09,
            group="ressourceforløb",
            period="før forsøget",
            anchor="Titel på forsøg\tFritagelse fra krav",
            what="interval for opdatering af indsatsplanens tilbud",
            label=("Opdatering af indsatsplanen, hver", "Update of the action plan, every"),
            note="Gældende krav som forsøget søger fritagelse fra (forsøgets titel)",
        ),
    ]


def round3() -> list[Fact]:
    """Bilag 3: the round-3 applications that print a figure (3.a, 3.b, 3.i, 3.l)."""
    return [
        *_r3_01_revalidering(),
        *_round3_case_counts(),
        *_round3_rules(),
    ]


def facts() -> list[Fact]:
    return [
        *r1_01_mikrolaan(),
        *r1_02_fradrag(),
        *r1_03_ivaerksaetteri(),
        *r1_04_formkrav(),
        *r1_05_forholdstal(),
        *r1_06_uddannelse(),
        *r1_07_integrationsprogram(),
        *r2_01_rehabiliteringsteams(),
        *r2_02_psykolog(),
        *r2_03_laegeattester(),
        *r2_04_uddannelsespaalaeg(),
        *round3(),
    ]
