"""Bilag 4-9 of 003_*.txt: approval letters (lines ~3440-3620) and evaluation designs (~3620-5063).

Approval letters (Bilag 4-6) are prose; they count the applications in *words* ("fire af jeres syv
ansøgninger", "ti forsøg"). Those tallies are facts of their own series (source: the letter), taken with
``word_row``, which checks that the number is written as a word in the quote. The introductions of the
evaluation designs (Bilag 7-9) print the round counts again in digits: a different source, a different series,
side by side with the letters (round 2 disagrees: see the source issue applications-runde2-antal). The letters'
tables (tabel 1) print the cap of 80 participants on the micro-loan experiment and some of the rules the
experiments suspend.

Evaluation designs: only targets with a number are facts ("øges med 25 %"); targets without one ("øge
tilfredshed med forløbet") are not. The rules a design restates in prose (deadlines, intervals, thresholds of the
target group, in weeks or months) are facts of the measures app_rule_*, as in the applications. Bilag 7-9 give no baseline values (they only plan to measure them), and
the only planned survey size with a number is the 5-8 citizens per focus group in 7.c.
"""

from __future__ import annotations

from frikommune import vocabulary
from frikommune.extract.applications_common import (
    R1_01,
    R1_03,
    R1_04,
    R1_05,
    R1_06,
    R2_03,
    R3_02,
    R3_03,
    R3_08,
    R3_09,
    R3_10,
    R3_11,
    row,
    word_row,
)
from frikommune.extract.common import Fact

ALL = vocabulary.ALL_EXPERIMENTS
P1, P2, P3 = "1. ansøgningsrunde", "2. ansøgningsrunde", "3. ansøgningsrunde"
SENT = ("Ansøgninger sendt", "Applications sent")
GRANTED = ("Ansøgninger imødekommet", "Applications granted")
DESIGNED = ("Forsøg med evalueringsdesign", "Experiments with a design")
REFUSED = ("Ansøgninger ikke imødekommet", "Applications not granted")


def _bilag4_tallies() -> list[Fact]:
    """Bilag 4 (round 1): the applications the letter counts, grants and turns down, in words."""
    b4, round1 = "bilag4", "fire af jeres syv ansøgninger"
    return [
        word_row(
            b4,
            round1,
            "headline_applications_n",
            7,
            experiment=ALL,
            period=P1,
            label=SENT,
            note="Tilsagnsskrivelsen 1.2.2017: 'fire af jeres syv ansøgninger'",
        ),
        word_row(
            b4,
            round1,
            "headline_applications_approved_n",
            4,
            experiment=ALL,
            period=P1,
            label=GRANTED,
            note="Imødekommet helt eller delvist: mikrolån, formkrav ved lovpligtige samtaler, "
            "forholdstalskrav, fleksible rammer for uddannelse",
        ),
        word_row(
            b4,
            "to af de tre ansøgninger, som ikke imødekommes",
            "app_rejected_n",
            3,
            experiment=ALL,
            period=P1,
            label=REFUSED,
            note="Regeringen ønsker en nærmere afklaring af to af de tre (fradrag for lønindtægt, "
            "iværksætteri); integrationsprogrammet afvises",
        ),
    ]


def _bilag5_tallies() -> list[Fact]:
    """Bilag 5 (round 2): the same tallies, with the rehabilitation-team application counted as four."""
    b5 = "bilag5"
    round2 = "fem af jeres syv ansøgninger, hvis man betragter ansøgningen om rehabiliteringsteams som fire"
    as_four = "rehabiliteringsteams talt som fire ansøgninger"
    return [
        # Round 2: four applications, but the letter counts the rehabilitation-team application as four.
        word_row(
            b5,
            round2,
            "headline_applications_n",
            7,
            experiment=ALL,
            period=P2,
            what=as_four,
            label=("Ansøgninger sendt (rehab. som fire)", "Applications sent (rehab as four)"),
            note="Tilsagnsskrivelsen 26.6.2017 tæller ansøgningen om rehabiliteringsteams som fire delansøgninger",
        ),
        word_row(
            b5,
            round2,
            "headline_applications_approved_n",
            5,
            experiment=ALL,
            period=P2,
            what=as_four,
            label=("Imødekommet (rehab. som fire)", "Granted (rehab as four)"),
            note="Lægeattester, psykologbehandling, uddannelsespålæg og to af fire delansøgninger om "
            "rehabiliteringsteams",
        ),
        word_row(
            b5,
            "For de to resterende delansøgninger om rehabiliteringsteams",
            "app_rejected_n",
            2,
            experiment=ALL,
            period=P2,
            what=as_four,
            label=("Ikke imødekommet (rehab. som fire)", "Not granted (rehab as four)"),
            note="To delansøgninger om rehabiliteringsteams imødekommes ikke (borgerens retssikkerhed)",
        ),
    ]


def _bilag6_tallies() -> list[Fact]:
    """Bilag 6 (round 3): the experiments the government will seek to grant, in words."""
    b6 = "bilag6"
    return [
        word_row(
            b6,
            "Regeringen vil søge at imødekomme ti forsøg",
            "headline_applications_approved_n",
            10,
            experiment=ALL,
            period=P3,
            label=GRANTED,
            note="Tilsagnsskrivelsen 21.12.2017",
        ),
    ]


def _bilag4_microloan_cap() -> list[Fact]:
    """Bilag 4's table: the cap on the micro-loan experiment's target group."""
    b4 = "bilag4"
    return [
        row(
            b4,
            "Målgruppen for forsøget forudsættes begrænset til 80 borgere",
            "app_cap_n",
            80,
            experiment=R1_01,
            municipality="aalborg",
            period=P1,
            source="Bilag 4, tilsagnsskrivelse, tabel 1",
            what="deltagere i forsøget",
            stat="max",
            label=("Loft over antal deltagere", "Cap on participants"),
            note="Tilsagnets forbehold: målgruppen begrænset til 80 borgere, som i ansøgningen",
        ),
    ]


def approval_letters() -> list[Fact]:
    """Bilag 4-6: the tallies the letters write in words, and the micro-loan cap of Bilag 4's table."""
    return [
        *_bilag4_tallies(),
        *_bilag5_tallies(),
        *_bilag6_tallies(),
        *_bilag4_microloan_cap(),
    ]


def _bilag4_rules() -> list[Fact]:
    """Bilag 4's table 1: the cap on guidance and upskilling in the first 26 weeks."""
    t4 = "Bilag 4, tilsagnsskrivelse, tabel 1"
    return [
        # The cell breaks over two lines of the dump: "... maksimalt 6 ugers vejledning og opkvalificering inden"
        # / "for de første 26 ugers ledighed ...".
        row(
            "bilag4",
            "maksimalt 6 ugers vejledning og opkvalificering",
            "app_rule_weeks",
            6,
            experiment=R1_06,
            group="dagpengemodtagere",
            period="før forsøget",
            source=t4,
            stat="max",
            what="vejledning og opkvalificering",
            window="de første 26 ledighedsuger",
            label=("Vejledning og opkvalificering, højst", "Guidance and upskilling, max"),
            note="Tilsagn: fritagelse for reglen om højst 6 ugers vejledning og opkvalificering",
        ),
        row(
            "bilag4",
            "for de første 26 ugers ledighed",
            "app_rule_weeks",
            26,
            experiment=R1_06,
            group="dagpengemodtagere",
            period="før forsøget",
            source=t4,
            what="ledighedsperiode med loft over opkvalificering",
            label=("Periode med loft over opkvalificering", "Period with a cap on upskilling"),
            note="Tilsagn: loftet gælder de første 26 ugers ledighed",
        ),
    ]


def _bilag5_rules() -> list[Fact]:
    """Bilag 5's table 1: the expected sick leave that requires LÆ285."""
    t5 = "Bilag 5, tilsagnsskrivelse, tabel 1"
    return [
        row(
            "bilag5",
            "mere end 8 ugers sygefravær",
            "app_rule_weeks",
            8,
            experiment=R2_03,
            group="sygedagpengemodtagere",
            period="før forsøget",
            source=t5,
            stat="threshold",
            instrument="LÆ285",
            what="forventet sygefravær der udløser LÆ285",
            label=("Sygefravær der udløser LÆ285, over", "Sick leave that requires LÆ285, over"),
            note="Tilsagn: fritagelse fra kravet om LÆ285 ved forventet sygefravær over 8 uger",
        ),
    ]


def _bilag6_rules() -> list[Fact]:
    """Bilag 6's table 1: the reassessment and follow-up intervals, and the internship before a flexjob."""
    t6 = "Bilag 6, tilsagnsskrivelse, tabel 1"
    return [
        row(
            "bilag6",
            "revurdering i 12. måned inden for 18 måneder",
            "app_rule_months",
            12,
            experiment=R3_02,
            group="ledighedsydelsesmodtagere",
            period="før forsøget",
            source=t6,
            what="revurdering i måned",
            window="inden for 18 måneder",
            label=("Revurdering i måned (inden for 18)", "Review in month (within 18)"),
            note="Tilsagn: fritagelse for revurdering i 12. måned inden for 18 måneder",
        ),
        row(
            "bilag6",
            "hver 6. måned ifm. ressourceforløb",
            "app_rule_months",
            6,
            experiment=R3_09,
            group="ressourceforløb",
            period="før forsøget",
            source=t6,
            what="interval for opdatering af indsatsplanens tilbud",
            label=("Opdatering af indsatsplanen, hver", "Update of the action plan, every"),
            note="Tilsagn: fritagelse fra opdatering af indsatsplanens tilbud hver 6. måned",
        ),
        *(
            row(
                "bilag6",
                "kortvarig virksomhedspraktik på 2-4 uger",
                "app_rule_weeks",
                value,
                experiment=R3_11,
                group="ledighedsydelsesmodtagere",
                period="under forsøget",
                source=t6,
                stat=stat,
                what="virksomhedspraktik forud for fleksjob",
                label=label,
                note="Tilsagnets forudsætning: kortvarig virksomhedspraktik på 2-4 uger forud for fleksjob",
            )
            for value, stat, label in (
                (2, "min", ("Praktik før fleksjob, mindst", "Internship before flexjob, min.")),
                (4, "max", ("Praktik før fleksjob, højst", "Internship before flexjob, max.")),
            )
        ),
    ]


def approval_rules() -> list[Fact]:
    """The rules of the approved experiments as the letters' tables (tabel 1) print them."""
    return [
        *_bilag4_rules(),
        *_bilag5_rules(),
        *_bilag6_rules(),
    ]


def _round1_counts() -> list[Fact]:
    """Bilag 7 (round 1): applications sent and granted, and experiments given a design."""
    return [
        row(
            "bilag7",
            "fremsendte i alt 7 ansøgninger",
            "headline_applications_n",
            7,
            experiment=ALL,
            period=P1,
            what="",
            label=SENT,
            note="Ansøgninger indsendt 1. december 2016",
        ),
        row(
            "bilag7",
            "imødekom regeringen 4 af ansøgningerne",
            "headline_applications_approved_n",
            4,
            experiment=ALL,
            period=P1,
            what="",
            label=GRANTED,
            note="Imødekommet 1. februar 2017 (iværksætteri for dimittender blev senere delvist imødekommet)",
        ),
        row(
            "bilag7",
            "evalueringsdesigns for de i alt 5 forsøg",
            "app_designs_n",
            5,
            experiment=ALL,
            period=P1,
            what="",
            label=DESIGNED,
            note="De 4 imødekomne forsøg plus iværksætteri for dimittender",
        ),
    ]


def _round2_counts() -> list[Fact]:
    """Bilag 8 (round 2): applications sent and granted, and experiments given a design."""
    return [
        row(
            "bilag8",
            "fremsendte i alt 4 ansøgninger",
            "headline_applications_n",
            4,
            experiment=ALL,
            period=P2,
            what="",
            label=SENT,
            note="Ansøgninger indsendt 1. maj 2017",
        ),
        row(
            "bilag8",
            "imødekom regeringen helt eller delvist de 4 ansøgningerne",
            "headline_applications_approved_n",
            4,
            experiment=ALL,
            period=P2,
            what="",
            label=GRANTED,
            note="Imødekommet helt eller delvist 26. juni 2017 (rehabiliteringsteams kun delvist)",
        ),
        row(
            "bilag8",
            "evalueringsdesigns for i alt 3 forsøg",
            "app_designs_n",
            3,
            experiment=ALL,
            period=P2,
            what="",
            label=DESIGNED,
            note="Uddannelsespålæg blev ikke påbegyndt og fik intet design",
        ),
    ]


def _round3_counts() -> list[Fact]:
    """Bilag 9 (round 3): applications sent and granted, and experiments given a design."""
    return [
        row(
            "bilag9",
            "fremsendte i alt 13 ansøgninger",
            "headline_applications_n",
            13,
            experiment=ALL,
            period=P3,
            what="",
            label=SENT,
            note="Ansøgninger indsendt 1. november 2017 (Bilag 3 gengiver kun 12, se kildeproblem "
            "catalogue-round3-13th-application)",
        ),
        row(
            "bilag9",
            "imødekom regeringen 10 ud af de 13 ansøgninger",
            "headline_applications_approved_n",
            10,
            experiment=ALL,
            period=P3,
            what="",
            label=GRANTED,
            note="Imødekommet 21. december 2017",
        ),
        row(
            "bilag9",
            "evalueringsdesigns for de i alt 10 forsøg",
            "app_designs_n",
            10,
            experiment=ALL,
            period=P3,
            what="",
            label=DESIGNED,
            note="Evalueringsdesign for alle 10 imødekomne forsøg",
        ),
    ]


def round_counts() -> list[Fact]:
    """Applications submitted, approved and given a design per round (introductions of Bilag 7, 8 and 9)."""
    return [
        *_round1_counts(),
        *_round2_counts(),
        *_round3_counts(),
    ]


def _design_7a_microloans() -> list[Fact]:
    """Design 7.a (micro-loans, Aalborg): courses, participants, loans and the self-supporting, by horizon."""
    a, m = "7.a", "aalborg"
    courses = "forløb 'fra ledig til virksomhedsejer'"
    return [
        row(
            a,
            "Der iværksættes 4 forløb",
            "target_n",
            4,
            experiment=R1_01,
            municipality=m,
            period="kort sigt",
            what=courses,
            stat="per year",
            label=("Forløb pr. år", "Courses per year"),
            note="Forløb 'fra ledig til virksomhedsejer' pr. år",
        ),
        row(
            a,
            "svarende til i alt 12 forløb af 3 måneders varighed",
            "target_n",
            12,
            experiment=R1_01,
            municipality=m,
            period="kort sigt",
            what=courses,
            stat="total",
            label=("Forløb i alt", "Courses in total"),
            note="Forløb 'fra ledig til virksomhedsejer' i alt i forsøgsperioden",
        ),
        # The design turns the application's "ca. 80" into "højst 80", in line with the approval's cap.
        row(
            a,
            "Deltagelse udgøres af højst 80 ledige borgere",
            "target_n",
            80,
            experiment=R1_01,
            municipality=m,
            period="kort sigt",
            what="deltagere i forløbene",
            stat="max",
            label=("Deltagere i forløbene, højst", "Course participants, max"),
            note="Deltagere i forløbet 'fra ledig til virksomhedsejer' (højst)",
        ),
        row(
            a,
            "Der bevilliges mikrolån til 60 borgere",
            "target_n",
            60,
            experiment=R1_01,
            municipality=m,
            period="mellemlang sigt",
            what="borgere bevilget mikrolån",
            label=("Borgere bevilget mikrolån", "Citizens granted a micro-loan"),
            note="Borgere der bevilges mikrolån",
        ),
        row(
            a,
            "45 ledige kommer i selvforsørgelse efter endt støtteperiode",
            "target_n",
            45,
            experiment=R1_01,
            municipality=m,
            period="lang sigt (3-5 år)",
            what="selvforsørgende efter støtteperioden",
            label=("Selvforsørgende efter støtten", "Self-supporting after the support"),
            note="Ledige i selvforsørgelse efter endt støtteperiode",
        ),
    ]


def _design_7b_graduates() -> list[Fact]:
    """Design 7.b (start-ups among graduates): the four numbers it aims at."""
    out: list[Fact] = []
    # 7.b: the design names Aalborg and Frederikshavn (l. 3728) without splitting the targets between them.
    b, g = "7.b", "dimittender"
    for quote, value, what, label, note in (
        (
            "At 100 motiverede ledige",
            100,
            "får udarbejdet Min Iværksætterplan",
            ("Får udarbejdet en iværksætterplan", "Get a start-up plan"),
            "Ledige der får udarbejdet Min Iværksætterplan",
        ),
        (
            "At de 100 ledige deltager",
            100,
            "deltager i iværksætterforløb",
            ("Deltager i iværksætterforløb", "Take part in start-up courses"),
            "Ledige der deltager i konkrete iværksætterforløb",
        ),
        (
            "At 55 ledige etablerer virksomhed",
            55,
            "etablerer virksomhed (aktivt cvr-nummer)",
            ("Etablerer virksomhed", "Start a business"),
            "Ledige der etablerer virksomhed (aktivt cvr-nummer)",
        ),
        (
            "At 40 af disse virksomheder stadig eksisterer efter 2 år",
            40,
            "virksomheder aktive efter 2 år",
            ("Virksomheder aktive efter 2 år", "Firms still active after 2 years"),
            "Virksomheder der stadig eksisterer efter 2 år",
        ),
    ):
        out.append(
            row(
                b,
                quote,
                "target_n",
                value,
                experiment=R1_03,
                group=g,
                period="forsøgsperioden",
                what=what,
                label=label,
                note=f"{note} (Aalborg og Frederikshavn samlet)",
            )
        )
    return out


def _design_forholdstal() -> list[Fact]:
    """The forholdstal design (vulnerable citizens): more work-placement measures, share making progress."""
    # The '**' after the two targets is a footnote mark of the source, kept in the quote as printed.
    f, g = "7.fht", "udsatte borgere"
    return [
        row(
            f,
            "der får en virksomhedsrettet indsats øges med 25 %",
            "target_pct",
            25,
            experiment=R1_05,
            group=g,
            what="stigning i virksomhedsrettet indsats",
            label=("Stigning i virksomhedsrettet indsats", "Increase in work-placement measures"),
            note="Stigning i antal udsatte borgere i målgruppen der får en virksomhedsrettet indsats",
        ),
        row(
            f,
            "60 % af de borgere, som deltager i forsøget, opnår en progression",
            "target_pct",
            60,
            experiment=R1_05,
            group=g,
            what="opnår progression",
            label=("Opnår progression", "Make progress towards work"),
            note="Andel af deltagerne der opnår progression og kommer tættere på arbejdsmarkedet",
        ),
    ]


def design_targets() -> list[Fact]:
    """Numeric targets of the designs 7.a (micro-loans), 7.b (dimittender) and the forholdstal design."""
    return [*_design_7a_microloans(), *_design_7b_graduates(), *_design_forholdstal()]


def _design_rules_round1() -> list[Fact]:
    """The rules as the designs of Bilag 7 print them (round 1: 7.a, 7.d and the forholdstal design)."""
    before, during = "før forsøget", "under forsøget"
    cap = "der maksimalt kan gives **6 ugers vejledning- og opkvalificering inden** for de første 26 ugers"
    return [
        row(
            "7.a",
            "den periode på 6 måneder, hvor den ledige modtager mikrolånet",
            "app_rule_months",
            6,
            experiment=R1_01,
            municipality="aalborg",
            period=during,
            what="mikrolånsperioden",
            label=("Mikrolånsperioden", "Micro-loan period"),
            note="Mikrolånsperioden: de 6 måneder hvor den ledige modtager mikrolånet og hjælp til forsørgelse",
        ),
        row(
            "7.fht",
            "(§ 2, nr. 7), som har en ledighedsperiode på mere end 18 måneder",
            "app_rule_months",
            18,
            experiment=R1_05,
            group="ledighedsydelsesmodtagere",
            period=during,
            stat="threshold",
            what="ledighedsperiode for at indgå i målgruppen",
            label=("Ledighed i målgruppen, over", "Unemployment in the target group, over"),
            note="Målgruppe 2 i forsøget: ledighedsydelsesmodtagere med en ledighedsperiode på mere end 18 måneder",
        ),
        # The '**' are the source's bold marks, kept in the quote as printed.
        row(
            "7.d",
            cap,
            "app_rule_weeks",
            6,
            experiment=R1_06,
            group="dagpengemodtagere",
            period=before,
            stat="max",
            what="vejledning og opkvalificering",
            window="de første 26 ledighedsuger",
            label=("Vejledning og opkvalificering, højst", "Guidance and upskilling, max"),
            note="LAB § 34: højst 6 ugers vejledning og opkvalificering i de første 26 ugers ledighed",
        ),
        row(
            "7.d",
            cap,
            "app_rule_weeks",
            26,
            experiment=R1_06,
            group="dagpengemodtagere",
            period=before,
            what="ledighedsperiode med loft over opkvalificering",
            label=("Periode med loft over opkvalificering", "Period with a cap on upskilling"),
            note="LAB § 34: loftet gælder de første 26 ugers sammenlagt ledighed",
        ),
    ]


def _design_rules_round3() -> list[Fact]:
    """The rules as the designs of Bilag 9 print them (round 3: 9.c, 9.f, 9.g, 9.h and 9.i)."""
    before, during = "før forsøget", "under forsøget"
    return [
        row(
            "9.c",
            "krav om 26 ugers forudgående sammenlagt/sammenhængende ledighed",
            "app_rule_weeks",
            26,
            experiment=R3_03,
            period=before,
            stat="min",
            what="forudgående ledighed før løntilskud",
            anchor="§ 51, stk. 2 og 3 bevirker",
            label=("Ledighed før løntilskud, mindst", "Unemployment before wage subsidy, min."),
            note="LAB § 51, stk. 2 og 3: 26 ugers forudgående ledighed før ansættelse med løntilskud",
        ),
        row(
            "9.f",
            "max er 12. mdr forlængelse",
            "app_rule_months",
            12,
            experiment=R3_08,
            group="ressourceforløb",
            period=during,
            stat="max",
            what="forlængelse af ressourceforløbet",
            label=("Forlængelse af ressourceforløb, højst", "Extension of resource programme, max"),
            note="Evalueringsdesignet: forlængelsen er højst 12 måneder",
        ),
        row(
            "9.g",
            "skal fastlægges for en periode af mindst 6 mdr. ad gangen",
            "app_rule_months",
            6,
            experiment=R3_09,
            group="ressourceforløb",
            period=before,
            stat="min",
            what="periode for indsatsplanens tilbud",
            label=("Indsatsplanens tilbud fastlægges for", "Action plan offers are set for"),
            note="Gældende regel (bek. om rehabiliteringsplan § 5 stk. 2), som forsøget fritager for",
        ),
        row(
            "9.h",
            "fritaget for at der skal ske opfølgning senest 6 mdr. efter",
            "app_rule_months",
            6,
            experiment=R3_10,
            group="førtidspensionister i løntilskud",
            period=before,
            stat="max",
            anchor="UDKAST til bekendtgørelsen § 23",
            what="første opfølgning efter ansættelse",
            label=("Første opfølgning, senest efter", "First follow-up, at the latest after"),
            note="Gældende regel, som forsøget fritager for: første opfølgning senest 6 mdr. efter ansættelse med "
            "løntilskud",
        ),
        row(
            "9.h",
            "senest 12 måneder efter seneste vurdering",
            "app_rule_months",
            12,
            experiment=R3_10,
            group="førtidspensionister i løntilskud",
            period=before,
            stat="max",
            anchor="UDKAST til bekendtgørelsen § 23",
            what="opfølgning efter seneste vurdering",
            label=("Derefter opfølgning, senest efter", "Then follow-up, at the latest after"),
            note="Gældende regel, som forsøget fritager for: derefter opfølgning senest 12 måneder efter seneste "
            "vurdering",
        ),
        row(
            "9.i",
            "som har en ledighedsperiode under 18 måneder",
            "app_rule_months",
            18,
            experiment=R3_11,
            group="ledighedsydelsesmodtagere",
            period=during,
            stat="threshold",
            what="ledighedsperiode for at indgå i målgruppen",
            label=("Ledighed i målgruppen, under", "Unemployment in the target group, under"),
            note="Udkast til bekendtgørelse § 24: ledighedsydelsesmodtagere med en ledighedsperiode under 18 måneder",
        ),
    ]


def design_rules() -> list[Fact]:
    """The rules of the experiments as the evaluation designs print them (the current rule and its exemption)."""
    return [
        *_design_rules_round1(),
        *_design_rules_round3(),
    ]


def planned_data_collection() -> list[Fact]:
    """7.c (forsikrede ledige): focus groups of 5-8 citizens on each case visit; the range as min and max."""
    quote = "fokusgruppeinterview med 5-8 borgere"
    return [
        row(
            "7.c",
            quote,
            "target_planned_n",
            value,
            experiment=R1_04,
            group="borger",
            target="",
            what="borgere pr. fokusgruppeinterview",
            stat=stat,
            label=label,
            note="Borgere pr. fokusgruppeinterview ved casebesøg (5-8)",
        )
        for value, stat, label in (
            (5, "min", ("Borgere pr. fokusgruppe, mindst", "Citizens per focus group, min.")),
            (8, "max", ("Borgere pr. fokusgruppe, højst", "Citizens per focus group, max.")),
        )
    ]


def facts() -> list[Fact]:
    return [
        *approval_letters(),
        *approval_rules(),
        *round_counts(),
        *design_targets(),
        *design_rules(),
        *planned_data_collection(),
    ]
