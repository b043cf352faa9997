"""The experiment catalogue: one row per application of the three rounds (24), plus themes and municipalities.

Sources: the status note 002 (rounds, approvals, municipalities), 003 Bilag 1-3 (applications: title,
participating municipalities, rules sought suspended), Bilag 4-6 (approval letters: legal basis, what was
granted), Bilag 7-9 (evaluation designs: what is measured), Bilag 14-17 (result annexes), and the web page
000 (the 17 active experiments; the experiments extended to 2023 with their legal basis) and 001 (the
experiments extended to the end of 2022 that the municipalities want made permanent).

Mapping of the 24 ids (vocabulary.EXPERIMENT_IDS) to the source -- checked against 002 lines 37-79, the table of
contents of 003 (lines 14-39) and the approval letters:
  round 1 (7 sent, 002:41): r1-01..r1-07 = 003 Bilag 1.a-1.g, application nr. 1-7 in that order.
  round 2 (4 sent, 002:51): r2-01..r2-04 = 003 Bilag 2.a-2.d, application nr. 1-4.
  round 3 (13 sent, 002:68; '13 ansøgninger' 003:4542): r3-01..r3-12 = 003 Bilag 3.a-3.l, application
    nr. 1-12. Bilag 3 reproduces only these 12. The 13th application is 'Fritagelse fra at indhente LÆ265 i
    sager om jobafklaringsforløb': approved in the round-3 letter (003:3591), listed in 002 (line 79) and
    given its own design heading 9.j (003:5060) -- so r3-13-laegeattest-jobafklaring is that one. Its
    application text is not in the source, so its application_no is left empty (the 13 is our count).
  The 3 round-3 rejections (13 - 10) are r3-04 sanktionering, r3-06 IGU and r3-12 teamets sammensætning
  (003:3599-3601), which is consistent with 002 listing exactly the other ten.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from frikommune import vocabulary
from frikommune.extract.catalogue_common import (
    ANNEX,
    BODY_START,
    Cite,
    annex_line,
    at,
    result_annex_range,
)
from frikommune.extract.seed_text import STATUS, WEB, WISHES, find_line, seed_lines


# --- anchors ---------------------------------------------------------------------------------------
def _letter(round_no: int) -> int:
    """First line of the approval letter (Bilag 4/5/6) of a round."""
    return annex_line(f"Bilag {round_no + 3} – Tilsagnsskrivelse")


def app_title(title: str) -> Cite:
    """The 'Titel på forsøg' cell of an application's header table (Bilag 1-3)."""
    return at(ANNEX, "Titel på forsøg\t" + title, BODY_START, annex_line("Bilag 4 – Tilsagnsskrivelse"), quote=title)


def body(text: str, quote: str | None = None, after: str | None = None) -> Cite:
    """A line of the 003 body (after the table of contents, or after the heading ``after``)."""
    start = annex_line(after) if after else BODY_START
    return at(ANNEX, text, start, quote=quote)


def letter(round_no: int, row_start: str, quote: str) -> Cite:
    """A cell of the table in a round's approval letter, found by the row's first words."""
    return at(ANNEX, row_start, _letter(round_no), _letter(round_no + 1) if round_no < 3 else None, quote=quote)


def web(text: str, after: str | None = None, quote: str | None = None) -> Cite:
    start = find_line(WEB, after) if after else 1
    return at(WEB, text, start, quote=quote)


# Round start dates and the network's original end date (002).
ROUND_START: dict[int, tuple[str, Cite]] = {
    1: ("2017-07-01", at(STATUS, "er opstartet efter 1. juli 2017")),
    2: ("2018-01-01", at(STATUS, "Disse forsøg er opstartet d. 1. januar 2018")),
    3: ("2018-07-01", at(STATUS, "kan opstartes d. 1. juli 2018")),
}
NETWORK_END = ("2020-07-31", at(STATUS, "frikommuneforsøget frem til 31. juli 2020"))
# 001's first line: the experiments it lists were extended by the government to the end of 2022.
WISHES_EXTENDED = (
    "2022-12-31",
    at(WISHES, "Oversigt over forsøg, der blev forlænget af regeringen til udgangen 2022."),
)


def web_extension(section: str) -> Cite:
    """The 'Oprindelig forsøgsperiode ... Forlænget indtil udgangen af 2023.' line of a 000 section."""
    return web("Oprindelig forsøgsperiode", after=section)


@dataclass
class Experiment:
    """One application of the three rounds, with citations for every statement taken from the source."""

    experiment_id: str
    round: int
    application_no: str
    title: Cite
    title_en: str
    theme_id: str
    theme_note: str
    rules_da: str
    rules_en: str
    rules_cites: list[Cite]
    legal_basis: str
    legal_cites: list[Cite]
    approval: str  # approved / partially_approved / rejected
    approval_cites: list[Cite]
    status: str  # evaluated / extended / not_started / not_approved
    measured_da: str = ""
    measured_en: str = ""
    measured_cites: list[Cite] = field(default_factory=list)
    evaluation_annex: str = ""
    active: Cite | None = None  # the entry of the web page's list of the 17 experiments
    extension: tuple[str, str, list[Cite]] | None = None  # (until, basis text, cites)
    period: tuple[str, str, list[Cite]] | None = None  # override of (start, end, cites)
    note: str = ""


def _ext_web(section: str, basis_da: str, basis_cite: Cite) -> tuple[str, str, list[Cite]]:
    ext = web_extension(section)
    return (
        "2023-12-31",
        f"Forlænget indtil udgangen af 2023 (Aalborg Kommunes frikommunevedtægt, 000); hjemmel: {basis_da}",
        [ext, basis_cite],
    )


def _ext_wishes(row: Cite) -> tuple[str, str, list[Cite]]:
    return (
        "2022-12-31",
        "Forlænget af regeringen til udgangen af 2022 (001, oversigtens titel); kommunerne ønsker forsøget "
        "permanentgjort eller forlænget",
        [WISHES_EXTENDED[1], row],
    )


def _web_period(section: str, start: str) -> tuple[str, str, list[Cite]]:
    return (start, "2021-12-31", [web_extension(section)])


def experiments() -> list[Experiment]:
    """The 24 applications, in the order of vocabulary.EXPERIMENT_IDS."""
    rows = _round1() + _round2() + _round3()
    if [e.experiment_id for e in rows] != list(vocabulary.EXPERIMENT_IDS):
        raise ValueError("catalogue rows do not follow vocabulary.EXPERIMENT_IDS")
    return rows


def _round1() -> list[Experiment]:
    """The seven applications of round 1 (Bilag 1), in the order of their numbers."""
    return [
        _r1_01_mikrolaan(),
        _r1_02_fradrag_loenindtaegt(),
        _r1_03_ivaerksaetteri_dimittender(),
        _r1_04_formkrav_samtaler(),
        _r1_05_forholdstalskrav(),
        _r1_06_fleksibel_uddannelse(),
        _r1_07_integrationsprogram(),
    ]


def _r1_01_mikrolaan() -> Experiment:
    return Experiment(
        "r1-01-mikrolaan",
        1,
        "1",
        app_title("Mikrolån"),
        "Microloans",
        "nye-indsatser",
        "Resultatbilag 17.c under tema 17 (nye indsatser).",
        "Lov om aktiv socialpolitik §§ 65-67 (hjælp til etablering af selvstændig virksomhed, i dag forbeholdt "
        "revalidender) udvides til ledige i LAB § 2 stk. 1 nr. 2, 3, 7, 10, 11, 12 og 13, med fritagelser for "
        "rådighed, jobsamtaler og tilbud under opstarten.",
        "Social Assistance Act §§ 65-67 (support for starting a business, today reserved for people in "
        "vocational rehabilitation) extended to unemployed people in LAB § 2(1) nos. 2, 3, 7, 10, 11, 12 and 13, "
        "with exemptions from availability, job interviews and offers during the start-up.",
        [body("Lov om aktiv Socialpolitik §§ 65-67 udvides")],
        "Søges hjemlet i Lov om Frikommunenetværk",
        [letter(1, "Mikrolån\tMulighed for at tilbyde", "Søges hjemlet i Lov om Frikommunenetværk")],
        "partially_approved",
        [
            letter(
                1,
                "Mikrolån\tMulighed for at tilbyde",
                "Målgruppen for forsøget omfatter alene jobparate "
                "kontanthjælpsmodtagere, jobparate selvforsørgende og uddannelsesparate "
                "uddannelseshjælpsmodtagere",
            )
        ],
        "extended",
        "Antal forløb 'fra ledig til virksomhedsejer', bevilgede mikrolån og ledige i selvforsørgelse efter "
        "støtteperioden; deltagernes vurdering via survey ved kursusafslutning og efter mikrolånsperioden; "
        "kommunale gevinster.",
        "Number of 'from unemployed to business owner' courses, microloans granted and participants "
        "self-supporting after the support period; participants' assessment by survey at the end of the course "
        "and of the loan period; municipal gains.",
        [body("Målepunkter", after="7.a Mikrolån")],
        "Bilag 17.c",
        web("Forsøg med mikrolån", after="De nordjyske frikommuneforsøg"),
        extension=_ext_wishes(at(WISHES, "Mikrolån\tMulighed for at tilbyde ledige")),
        note="Tilsagnet begrænser målgruppen (jobparate kontanthjælpsmodtagere m.fl., højst 80 borgere) i forhold "
        "til ansøgningen, derfor delvist godkendt. Kun Aalborg; andre kommuner skal søge ØIM særskilt "
        "(002:81).",
    )


def _r1_02_fradrag_loenindtaegt() -> Experiment:
    return Experiment(
        "r1-02-fradrag-loenindtaegt",
        1,
        "2",
        app_title(
            "Forsøg med, at skabe arbejdsmarkedserfaring for udsatte ledige ved gunstigere fradrag for lønindtægt"
        ),
        "Work experience for vulnerable unemployed people through a more favourable deduction for earned income",
        "",
        "Aldrig påbegyndt: intet tema.",
        "Lov om aktiv socialpolitik § 30 stk. 1 og § 31 stk. 1 og 3: der ses bort fra 85 kr. pr. arbejdstime "
        "i stedet for 25,74 kr.",
        "Social Assistance Act § 30(1) and § 31(1) and (3): DKK 85 per working hour disregarded instead of DKK 25.74.",
        [
            body("Med udgangspunkt i Lov om en aktiv socialpolitik § 30 stk. 1"),
            body("Der er behov for, kommunen får lov til at se bort fra 85 kr. pr time"),
        ],
        "",
        [],
        "rejected",
        [at(ANNEX, "Det gælder for det første ansøgningen om arbejdsmarkedserfaring", _letter(1))],
        "not_approved",
        note="Ikke imødekommet: svarer til et igangværende forsøg, som regeringen ville afvente evalueringen af "
        f"({at(ANNEX, 'Det gælder for det første ansøgningen om arbejdsmarkedserfaring', _letter(1)).ref}).",
    )


def _r1_03_ivaerksaetteri_dimittender() -> Experiment:
    design7 = "FOR FORSØG FRA 1. ANSØGNINGSRUNDE"
    return Experiment(
        "r1-03-ivaerksaetteri-dimittender",
        1,
        "3",
        app_title("Mulighed for at fremme iværksætteri hos udvalgte målgrupper"),
        "Promoting entrepreneurship in selected target groups (approved for unemployed graduates only)",
        "nye-indsatser",
        "Resultatbilag 17.b under tema 17 (nye indsatser).",
        "For dimittender: Min Iværksætterplan i stedet for MinPlan, fritagelse for rådighed og jobsøgning mens "
        "iværksætterideen udvikles, samtaler med fokus på iværksætterplanen og mere end 6 ugers vejledning og "
        "opkvalificering i de første 26 ugers ledighed (bek. nr. 1003 af 30. august 2015 §§ 32 og 42 m.fl.). "
        "Delen for integrationsborgere blev afvist.",
        "For graduates: 'My entrepreneur plan' instead of MyPlan, exemption from availability and job search while "
        "the business idea is developed, interviews focused on the plan, and more than 6 weeks of guidance and "
        "upskilling in the first 26 weeks of unemployment (Executive Order 1003 of 30 August 2015 §§ 32 and 42 "
        "etc.). The part for refugees/immigrants was rejected.",
        [
            body(
                "Bekendtgørelse om en aktiv beskæftigelsesindsats Nr. 1003 af 30. august 2015",
                after="1.c Ansøgning nr. 3",
            ),
            body("Fritagelse for at skulle stå til rådighed og søge job", after="7.b Mulighed for at fremme"),
            body("Mulighed for mere end 6 ugers vejledning og opkvalificering", after="7.b Mulighed for at fremme"),
        ],
        "",
        [],
        "partially_approved",
        [
            at(
                ANNEX,
                "Regeringen har besluttet at give afslag på muligheden for at fremme iværksætteri hos "
                "modtagere af integrationsydelse",
                _letter(1),
            ),
            body("delvist imødekommet for så vidt angår dimittender", after=design7),
        ],
        "evaluated",
        "Antal udarbejdede Min Iværksætterplan, påbegyndte og gennemførte iværksætterforløb, etablerede "
        "virksomheder (aktivt cvr-nummer) og levedygtige virksomheder efter 6 mdr.-2 år; deltagernes og "
        "medarbejdernes vurdering.",
        "Number of entrepreneur plans, entrepreneurship courses started and completed, businesses founded "
        "(active CVR number) and businesses surviving after 6 months to 2 years; participants' and staff's "
        "assessment.",
        [body("Antal udarbejdede Min IværksætterPlan", after="7.b Mulighed for at fremme")],
        "Bilag 17.b",
        web("Forsøg med iværksætteri for dimittender", after="De nordjyske frikommuneforsøg"),
        note="Tilsagnsbrevet (runde 1) imødekom ikke ansøgningen; den blev senere delvist imødekommet for "
        "dimittender. Hjemmel står ikke i tilsagnsbrevet.",
    )


def _r1_04_formkrav_samtaler() -> Experiment:
    return Experiment(
        "r1-04-formkrav-samtaler",
        1,
        "4",
        app_title("Formkrav ved lovpligtige samtaler"),
        "Formal requirements for mandatory interviews",
        "samtale",
        "Resultatbilag 14.a og 14.b under tema 14 (samtale og borgermødet).",
        "Krav til frekvens (kadence), form og indhold af de lovpligtige samtaler: LAB (LBK nr. 807 af 1. juli "
        "2015) §§ 15-21f, bek. nr. 1003 af 30. august 2015 §§ 32-33, sygedagpengelovens §§ 13-13c og LAB §§ 70d "
        "og 73a, for 10 målgrupper.",
        "Requirements on the frequency (cadence), form and content of the mandatory interviews: LAB (Consolidation "
        "Act 807 of 1 July 2015) §§ 15-21f, Executive Order 1003 of 30 August 2015 §§ 32-33, Sickness Benefit Act "
        "§§ 13-13c and LAB §§ 70d and 73a, for 10 target groups.",
        [
            body("Fritagelse fra at alle samtaler skal individuelle"),
            letter(
                1,
                "Formkrav ved lovpligtige samtaler\t",
                "Fritagelse fra krav til frekvens, form og indhold vedrørende de lovpligtige samtaler",
            ),
        ],
        "Hjemles i eksisterende forsøgsbestemmelser",
        [letter(1, "Formkrav ved lovpligtige samtaler\t", "Hjemles i eksisterende forsøgsbestemmelser")],
        "approved",
        [letter(1, "Formkrav ved lovpligtige samtaler\t", "Regeringen forudsætter, at opfølgning og indsats")],
        "extended",
        "Forsikrede ledige (Rambøll): registerbaseret effektanalyse (difference-in-differences mod "
        "klyngekommuner) af bl.a. samtaler pr. kvartal, uger til 1. samtale, aktiverings- og beskæftigelsesgrad; "
        "borger-, medarbejder- og a-kassesurveys; casebesøg. Sygedagpengemodtagere og øvrige målgrupper: "
        "Jobindsats/DREAM-tal og surveys til medarbejdere, borgere og ledere.",
        "Insured unemployed (Rambøll): register-based impact analysis (difference-in-differences against cluster "
        "municipalities) of e.g. interviews per quarter, weeks to first interview, activation and employment "
        "rates; citizen, staff and unemployment-fund surveys; case visits. Sickness-benefit recipients and other "
        "target groups: Jobindsats/DREAM figures and staff, citizen and manager surveys.",
        [
            body("Effektevalueringen gennemføres i form af en registeranalyse.", after="7.c Formkrav"),
            body("Nulpunktsundersøgelse", after="7.c Formkrav", quote="Nulpunktsundersøgelse"),
        ],
        "Bilag 14.a; Bilag 14.b",
        web(
            "Formkrav ved lovpligtige samtaler - henholdsvis forsikrede ledige og øvrige målgrupper",
            after="De nordjyske frikommuneforsøg",
        ),
        extension=_ext_wishes(at(WISHES, "Formkrav ved lovpligtige samtaler\tFritagelse fra krav")),
        note="Delforsøg: forsikrede ledige (9 kommuner), sygedagpengemodtagere og øvrige målgrupper "
        f"({body('Sygedagpengemodtagere', after='7.c Formkrav').ref}, "
        f"{body('Øvrige målgrupper', after='7.c Formkrav').ref}).",
    )


def _r1_05_forholdstalskrav() -> Experiment:
    return Experiment(
        "r1-05-forholdstalskrav",
        1,
        "5",
        app_title("Flexibilitet i forhold til forholdstalskravene"),
        "Flexibility regarding the ratio requirements (work placements)",
        "virksomhed",
        "Resultatbilag 16.a under tema 16 (virksomhedsrettet indsats).",
        "LAB § 48 stk. 1 og § 73 i bek. om en aktiv beskæftigelsesindsats: rimeligt forhold mellem ordinært "
        "ansatte og personer i virksomhedspraktik/løntilskud; fraviges for aktivitetsparate kontanthjælps- og "
        "uddannelseshjælpsmodtagere, ledighedsydelsesmodtagere over 18 mdr., ressourceforløb og aktivitetsparate "
        "udlændinge.",
        "LAB § 48(1) and § 73 of the executive order on active employment measures: a reasonable ratio between "
        "ordinary staff and people in work placements/wage subsidy; waived for activity-ready social-assistance "
        "and education-assistance recipients, flex-job unemployment benefit recipients over 18 months, resource "
        "programmes and activity-ready immigrants.",
        [
            body("Konkret er der behov for, at Lov om Aktiv Beskæftigelse (LAB) § 48 kan fraviges"),
            body("Forsøgstilladelsen indebærer en fravigelse fra § 48, stk. 1"),
        ],
        "Hjemles i eksisterende forsøgsbestemmelser",
        [letter(1, "Fleksibilitet i forhold til forholdstalskravene\t", "Hjemles i eksisterende forsøgsbestemmelser")],
        "approved",
        [
            letter(
                1,
                "Fleksibilitet i forhold til forholdstalskravene\t",
                "Fritagelse fra forholdstalskravene ved virksomhedspraktik",
            )
        ],
        "evaluated",
        "Andel borgere i målgruppen i virksomhedsrettet indsats (Jobindsats, nulpunkt 30.06.17 og årlige træk; "
        "mål +25 %), progression for deltagerne (mål 60 %), surveys til virksomheder, borgere og medarbejdere.",
        "Share of the target group in company-based measures (Jobindsats, baseline 30.06.17 and yearly extracts; "
        "target +25%), participants' progression (target 60%), surveys of companies, citizens and staff.",
        [
            body(
                "Kvantitativ evaluering med måling af andel borgere i målgruppen",
                after="FOR FORSØG FRA 1. ANSØGNINGSRUNDE",
            )
        ],
        "Bilag 16.a",
        web("Fleksibilitet i forhold til forholdskravene", after="De nordjyske frikommuneforsøg"),
    )


def _r1_06_fleksibel_uddannelse() -> Experiment:
    return Experiment(
        "r1-06-fleksibel-uddannelse",
        1,
        "6",
        app_title("Fleksible rammer for uddannelse"),
        "Flexible framework for education",
        "samtale",
        "Resultatbilag 14.d ligger under tema 14 (samtale og borgermødet) i kilden.",
        "LAB §§ 34 og 37: højst 6 ugers vejledning og opkvalificering i de første 26 ugers ledighed for "
        "dagpengemodtagere under 30 år med kompetencegivende uddannelse og over 30 år, og ingen "
        "studie-/erhvervskompetencegivende uddannelse til dagpengemodtagere under 30 år.",
        "LAB §§ 34 and 37: at most 6 weeks of guidance and upskilling in the first 26 weeks of unemployment for "
        "insured unemployed under 30 with a qualifying education and over 30, and no degree/vocational education "
        "for insured unemployed under 30.",
        [
            body("Der dispenseres via forsøgsbekendtgørelse for lov om en aktiv beskæftigelsesindsats §§ 34 og 37"),
            body("Forsøget refererer til § 34 og 37 i Lov om aktiv beskæftigelsesindsats (LAB)."),
        ],
        "Hjemles i eksisterende forsøgsbestemmelser",
        [letter(1, "Fleksible rammer for uddannelse\t", "Hjemles i eksisterende forsøgsbestemmelser")],
        "approved",
        [letter(1, "Fleksible rammer for uddannelse\t", "Fritagelse for regler om maksimalt 6 ugers vejledning")],
        "evaluated",
        "Antal bevilgede studie- og erhvervskompetencegivende uddannelsesforløb og voksenlærlingeforløb i forhold "
        "til før forsøget, hvornår i ledigheden forløbene starter, og beskæftigelse efter endt uddannelse (DREAM).",
        "Number of degree/vocational education courses and adult apprenticeships granted compared with before "
        "the experiment, when in the unemployment spell they start, and employment after the education (DREAM).",
        [body("Har dispensationen fra LAB § 34 og § 37 medført", after="7.d Fleksible rammer for uddannelse")],
        "Bilag 14.d",
        web("Fleksible rammer for uddannelse", after="De nordjyske frikommuneforsøg"),
    )


def _r1_07_integrationsprogram() -> Experiment:
    return Experiment(
        "r1-07-integrationsprogram",
        1,
        "7",
        app_title("Et individuelt og fleksibel integrationsprogram"),
        "An individual and flexible integration programme",
        "",
        "Aldrig påbegyndt: intet tema.",
        "Integrationsloven bl.a. § 16 stk. 6 og § 17 a (virksomhedsrettede tilbud inden for 2 uger, højst 6 uger "
        "mellem tilbud, timekrav) for unge uddannelsesparate nyankomne.",
        "Integration Act incl. § 16(6) and § 17a (company-based offers within 2 weeks, at most 6 weeks between "
        "offers, hours requirement) for young education-ready newcomers.",
        [
            body("Integrationsloven § 16", after="1.g Ansøgning nr. 7"),
            body("Integrationsloven § 17 a.", after="1.g Ansøgning nr. 7"),
        ],
        "",
        [],
        "rejected",
        [at(ANNEX, "Den femte ansøgning om et individuelt og fleksibel integrationsprogram afvises", _letter(1))],
        "not_approved",
    )


def _round2() -> list[Experiment]:
    """The four applications of round 2 (Bilag 2), in the order of their numbers."""
    return [
        _r2_01_rehabiliteringsteams(),
        _r2_02_psykologbehandling(),
        _r2_03_laegeattester_sygedagpenge(),
        _r2_04_uddannelsespaalaeg(),
    ]


def _r2_01_rehabiliteringsteams() -> Experiment:
    rehab_row1 = "Rehabiliteringsteams (delansøgning 1 af 4)"
    rehab_row2 = "Rehabiliteringsteams (delansøgning 2 af 4)"
    return Experiment(
        "r2-01-rehabiliteringsteams",
        2,
        "1",
        app_title("Rehabiliteringsteams"),
        "Rehabilitation teams",
        "rehabilitering",
        "Resultatbilag 15.a under tema 15 (rehabiliteringsteams og lægeattester).",
        "Fire delansøgninger: (1) hvilke sager om jobafklaring, fleksjob og seniorførtidspension der skal på "
        "rehabiliteringsmøde (lov om organisering og understøttelse af beskæftigelsesindsatsen §§ 9 og 11, LAB "
        "§§ 30a, 68d, 70a, 70g m.fl.); (2) lægeattest LÆ265 (LAB §§ 30a og 31, bek. nr. 996 af 29. juni 2016 "
        "§§ 1 og 4); (3) sundhedsfaglig rådgiver; (4) møder uden fuldtalligt team. Godkendt: LÆ265 når der i "
        "forvejen er tilstrækkelige helbredsoplysninger, og visse sager om første jobafklaringsforløb uden "
        "forelæggelse.",
        "Four sub-applications: (1) which cases on job clarification, flex-jobs and senior disability pension go "
        "to a rehabilitation meeting (Act on the organisation of employment measures §§ 9 and 11, LAB §§ 30a, "
        "68d, 70a, 70g etc.); (2) the LÆ265 medical certificate (LAB §§ 30a and 31, Executive Order 996 of 29 "
        "June 2016 §§ 1 and 4); (3) health adviser; (4) meetings without a full team. Granted: LÆ265 when "
        "sufficient health information exists, and certain first job-clarification cases without the team.",
        [
            body(
                "Lov om organisering og understøttelse af beskæftigelsesindsatsen m.v. Kap. 2 "
                "Rehabiliteringsteamets opgave"
            ),
            letter(2, rehab_row1, "Fritagelse fra krav om at indhente lægeattest – LÆ265"),
            letter(2, rehab_row2, "Ansøgningen imødekommes delvist."),
        ],
        "Hjemles i eksisterende forsøgsbestemmelse (tilsagn); §§ 13 og 14 i Bekendtgørelse om frikommuneforsøg 2 "
        "på beskæftigelses- og sygedagpengeområdet nummer 529 af 23. maj 2018 (000)",
        [
            letter(2, rehab_row1, "Hjemles i eksisterende forsøgsbestemmelse"),
            web("§§ 13 og 14 i Bekendtgørelse om frikommuneforsøg 2"),
        ],
        "partially_approved",
        [
            at(
                STATUS,
                "For forsøget med rehabiliteringsteams søgte kommunerne om 4 undtagelser, men har kun fået "
                "2 undtagelser helt eller delvist imødekommet.",
            ),
            at(ANNEX, "Regeringen vil helt eller delvist imødekomme fem af jeres syv ansøgninger", _letter(2)),
        ],
        "extended",
        "Registeranalyse (difference-in-differences mod klyngekommuner): længde af jobafklaringsforløb, "
        "raskmelding, aktiveringsgrad, beskæftigelse; survey til medarbejdere; interview med ledere, medarbejdere "
        "og læger.",
        "Register analysis (difference-in-differences against cluster municipalities): length of job-clarification "
        "spells, return to work, activation rate, employment; staff survey; interviews with managers, staff and "
        "GPs.",
        [
            body(
                "Længde af jobafklaringsforløb, raskmelding",
                after="8.a Rehabiliteringsteams",
                quote="Længde af jobafklaringsforløb, raskmelding, aktiveringsgrad",
            )
        ],
        "Bilag 15.a",
        web("Rehabiliteringsteams, JAF-sager og LÆ265", after="De nordjyske frikommuneforsøg"),
        extension=_ext_web(
            "Frikommune vedtægter - forlængede forsøg",
            "§§ 13 og 14 i Bek. nr. 529 af 23. maj 2018",
            web("§§ 13 og 14 i Bekendtgørelse om frikommuneforsøg 2"),
        ),
        period=_web_period("Frikommune vedtægter - forlængede forsøg", "2018-01-01"),
        note="Tilsagnsbrevet taler om 'fem af jeres syv ansøgninger, hvis man betragter ansøgningen om "
        "rehabiliteringsteams som fire separate' -- det stemmer med 002's 4 af 4. På webside 000 og i 001 "
        "er forsøget slået sammen med r3-13 (LÆ265 i jobafklaringssager).",
    )


def _r2_02_psykologbehandling() -> Experiment:
    return Experiment(
        "r2-02-psykologbehandling",
        2,
        "2",
        app_title("Psykologbehandling"),
        "Psychological treatment",
        "nye-indsatser",
        "Resultatbilag 17.a under tema 17 (nye indsatser).",
        "Sundhedslovens afsnit V og IX (psykologbehandling i praksissektoren under regionen); alternativt en ny "
        "bestemmelse i LAB § 32 om beskæftigelsesrettet psykologbehandling i jobcentret.",
        "Health Act parts V and IX (psychological treatment in the regional practice sector); alternatively a new "
        "provision in LAB § 32 on employment-oriented psychological treatment in the jobcentre.",
        [
            body("Det opleves som en hindring, at kommunen ikke må tilbyde psykologbehandling"),
            body("Som alternativ til en ændring af Sundhedsloven"),
        ],
        "Søges hjemlet i lov om ændring af Lov om Fri-kommunenetværk",
        [
            letter(
                2, "Psykologbehandling i jobcenteret\t", "Søges hjemlet i lov om ændring af Lov om Fri-kommunenetværk"
            )
        ],
        "approved",
        [letter(2, "Psykologbehandling i jobcenteret\t", "Mulighed for at give psykologbehandling i jobcenterregi")],
        "extended",
        "Sygdomsperiodens længde og raskmelding for borgere i behandling (registrering af forløb); survey til "
        "borgere (tilfredshed, forkortet sygdomsperiode) og rådgivere (tværfagligt samarbejde, progression).",
        "Length of the sickness spell and return to work for treated citizens (registration of courses); surveys "
        "of citizens (satisfaction, shorter sickness) and advisers (cross-disciplinary work, progression).",
        [
            body(
                "Effekten af frikommuneforsøg tænkes overordnet set evalueret på hurtigere og mere stabil raskmelding",
                after="8.b Psykologbehandling",
            )
        ],
        "Bilag 17.a",
        web("Forsøg med psykologbehandling", after="De nordjyske frikommuneforsøg"),
        extension=_ext_wishes(at(WISHES, "Psykologbehandling i jobcenteret\tMulighed for at give")),
    )


def _r2_03_laegeattester_sygedagpenge() -> Experiment:
    return Experiment(
        "r2-03-laegeattester-sygedagpenge",
        2,
        "3",
        app_title("Differentiering i valg af lægeattester på sygedagpengeområdet"),
        "Differentiated choice of medical certificates in sickness-benefit cases",
        "rehabilitering",
        "Resultatbilag 15.c under tema 15 (rehabiliteringsteams og lægeattester).",
        "Sygedagpengelovens § 11a: lægeattest LÆ285 fra egen læge før første opfølgning, når sygefraværet "
        "forventes at vare over 8 uger.",
        "Sickness Benefit Act § 11a: the LÆ285 certificate from the GP before the first follow-up when absence "
        "is expected to exceed 8 weeks.",
        [
            body("De ansøgende kommuner ønsker at blive fritaget for sygedagpengelovens § 11a"),
            letter(2, "Differentiering i valg af lægeattester", "Fritagelse fra krav i sygedagpengesager"),
        ],
        "Hjemles i eksisterende forsøgsbestemmelse",
        [letter(2, "Differentiering i valg af lægeattester", "Hjemles i eksisterende forsøgsbestemmelse")],
        "approved",
        [
            letter(
                2,
                "Differentiering i valg af lægeattester",
                "Det er en forudsætning, at kommunerne fortsat sikrer, at sagen er tilstrækkeligt oplyst",
            )
        ],
        "evaluated",
        "Årlig survey til sygedagpengemedarbejdere om kvaliteten af beslutningsgrundlaget; reduktion i udgifter "
        "til lægeattester (fravalgte LÆ285 registreret, alternativ dokumentation modregnet).",
        "Yearly survey of sickness-benefit staff on the quality of the decision basis; reduction in certificate "
        "costs (LÆ285 opt-outs registered, alternative documentation deducted).",
        [
            body("Øget kvalitet i beslutningsgrundlaget", after="8.c Differentiering"),
            body("Reduktion i udgifter til lægeattester", after="8.c Differentiering"),
        ],
        "Bilag 15.c",
        web("Differentiering i valg af lægeattester på sygedagpengeområdet", after="De nordjyske frikommuneforsøg"),
        note="Fritagelsen blev overflødig med lovændringen pr. 1. januar 2020 (000:89; 003 Bilag 13).",
    )


def _r2_04_uddannelsespaalaeg() -> Experiment:
    return Experiment(
        "r2-04-uddannelsespaalaeg",
        2,
        "4",
        app_title("Delvis fritagelse fra uddannelsespålæg for en særlig delmålgruppe"),
        "Partial exemption from the education injunction for a special sub-target group",
        "",
        "Aldrig påbegyndt: intet tema.",
        "LAB § 21b (uddannelsespålæg) for unge, der varigt ikke kan gennemføre en uddannelse over STU-niveau, "
        "inkl. indberetning til Det fælles datagrundlag.",
        "LAB § 21b (education injunction) for young people permanently unable to complete education above "
        "special-needs level, including reporting to the common data base.",
        [body("Det foreslås, at LAB §21b udvides")],
        "Hjemles i eksisterende forsøgsbestemmelse",
        [letter(2, "Delvis fritagelse fra uddannelsespålæg", "Hjemles i eksisterende forsøgsbestemmelse")],
        "partially_approved",
        [letter(2, "Delvis fritagelse fra uddannelsespålæg", "Der gives ikke fritagelse for indberetning")],
        "not_started",
        note="Godkendt uden fritagelse for indberetning; Beskæftigelsesudvalget besluttede ikke at påbegynde "
        "forsøget (002:60, 003:4366).",
    )


def letter3(row_start: str, quote: str) -> Cite:
    """Cite the row of the round 3 approval letter's table that starts with ``row_start``."""
    return letter(3, row_start, quote)


def _round3() -> list[Experiment]:
    """The thirteen applications of round 3 (Bilag 3), in the order of their numbers."""
    return [
        _r3_01_revalidering(),
        _r3_02_ledighedsydelse_revurdering(),
        _r3_03_loentilskud_jobrotation(),
        _r3_04_sanktionering(),
        _r3_05_mentorregler(),
        _r3_06_igu(),
        _r3_07_kontaktforloeb_integration(),
        _r3_08_ressourceforloeb_forlaengelse(),
        _r3_09_indsatsplan_ressourceforloeb(),
        _r3_10_foertidspension_loentilskud(),
        _r3_11_praktik_ledighedsydelse(),
        _r3_12_rehabiliteringsteam_sammensaetning(),
        _r3_13_laegeattest_jobafklaring(),
    ]


def _r3_01_revalidering() -> Experiment:
    return Experiment(
        "r3-01-revalidering",
        3,
        "1",
        app_title("Forenkling af bevillingsgrundlaget for revalidering"),
        "Simplified basis for granting vocational rehabilitation",
        "rehabilitering",
        "Resultatbilag 15.b under tema 15 (rehabiliteringsteams og lægeattester).",
        "Kravet om at indhente LÆ265 før afgørelse om revalidering og ved ændring/forlængelse: LAB § 46 jf. § 30 a "
        "stk. 3 nr. 3 og bek. nr. 996 af 29. juni 2016 § 4.",
        "The requirement to obtain LÆ265 before deciding on vocational rehabilitation and on changes/extensions: "
        "LAB § 46 cf. § 30a(3) no. 3 and Executive Order 996 of 29 June 2016 § 4.",
        [body("- Lov om en aktiv beskæftigelsespolitik § 46"), body("- Bekendtgørelse nr. 996 af 29. Juni 2016")],
        "Hjemles på bekendtgørelsesniveau (tilsagn); § 18 i Bekendtgørelse om frikommuneforsøg 2 på "
        "beskæftigelses- og sygedagpengeområdet nummer 529 af 23. maj 2018 (000)",
        [
            letter3("Forenkling af bevillingsgrundlaget for revalidering\t", "Hjemles på bekendtgørelsesniveau"),
            web("§ 18 i Bekendtgørelse om frikommuneforsøg 2"),
        ],
        "approved",
        [
            letter3(
                "Forenkling af bevillingsgrundlaget for revalidering\t",
                "Det er en forudsætning, at sagerne er tilstrækkeligt lægeligt belyst",
            )
        ],
        "extended",
        "Temaledelsestilsyn med faste spørgsmål (afgjort uden LÆ265, egen læge inddraget, tvivl om "
        "dokumentationen, forlænget sagsbehandling) og survey til rådgivere.",
        "Thematic management reviews with fixed questions (decided without LÆ265, own GP involved, doubt about the "
        "documentation, longer processing) and an adviser survey.",
        [
            body(
                "Er sagen afgjort uden indhentelse af LÆ265?",
                after="9.a Forenkling",
                quote="Er sagen afgjort uden indhentelse af LÆ265?",
            )
        ],
        "Bilag 15.b",
        web("Forenkling af bevillingsgrundlaget for revalidering", after="De nordjyske frikommuneforsøg"),
        extension=_ext_web(
            "Fritagelse for LÆ265 i visse sager for forlængelse af revalidering",
            "§ 18 i Bek. nr. 529 af 23. maj 2018",
            web("§ 18 i Bekendtgørelse om frikommuneforsøg 2"),
        ),
        period=_web_period("Fritagelse for LÆ265 i visse sager for forlængelse af revalidering", "2018-07-01"),
    )


def _r3_02_ledighedsydelse_revurdering() -> Experiment:
    return Experiment(
        "r3-02-ledighedsydelse-revurdering",
        3,
        "2",
        app_title("Ledighedsydelse - fritagelse for revurdering i 12. måned indenfor 18 måneder"),
        "Flex-job unemployment benefit: exemption from reassessment in the 12th month within 18 months",
        "samtale",
        "Resultatbilag 14.c under tema 14 (samtale og borgermødet); nævnt i temaet på 000.",
        "Lov om aktiv socialpolitik § 74c (revurdering af ret til fleksjob/ledighedsydelse efter 12 måneder inden "
        "for 18 måneder) og indberetningen af revurderingen.",
        "Social Assistance Act § 74c (reassessment of flex-job/unemployment benefit eligibility after 12 months "
        "within 18 months) and the reporting of the reassessment.",
        [body("Kommunerne ønsker fritagelse for hele bestemmelsen i Lov om Aktiv Socialpolitik § 74c")],
        "Søges hjemlet i lov om frikommunenetværk (tilsagn); § 9d i Bekendtgørelse af lov om frikommunenetværk "
        "nummer 831 af 25. juni 2018 (000)",
        [
            letter3("Ledighedsydelse – fritagelse for revurdering", "Søges hjemlet i lov om frikommunenetværk"),
            web("§ 9d i Bekendtgørelse af lov om frikommunenetværk"),
        ],
        "approved",
        [letter3("Ledighedsydelse – fritagelse for revurdering", "Såfremt dette vedtages, skal det vurderes")],
        "extended",
        "Gennemsnitlig længde af ledighedsydelsesperioden og antal på ledighedsydelse over 18 måneder (juli 18 og "
        "juli 20); ledelsestilsyn; survey til rådgivere (januar 2019 og sommer 2020).",
        "Average length of the unemployment-benefit spell and number on the benefit for over 18 months (July 18 "
        "and July 20); management reviews; adviser survey (January 2019 and summer 2020).",
        [body("måling på den gennemsnitlige længde af ledighedsydelsesperioden", after="9.b Evaluering")],
        "Bilag 14.c",
        web(
            "Ledighedsydelse, fritagelse for revurdering i 12. måned inden for 18 måneder",
            after="De nordjyske frikommuneforsøg",
        ),
        extension=_ext_web(
            "Ledighedsydelse - fritagelse for revurdering i 12. måned inden for 18 måneder",
            "§ 9d i Bek. af lov om frikommunenetværk nr. 831 af 25. juni 2018",
            web("§ 9d i Bekendtgørelse af lov om frikommunenetværk"),
        ),
        period=_web_period(
            "Ledighedsydelse - fritagelse for revurdering i 12. måned inden for 18 måneder", "2018-07-01"
        ),
    )


def _r3_03_loentilskud_jobrotation() -> Experiment:
    design9 = "FOR FORSØG FRA 3. ANSØGNINGRUNDE"
    return Experiment(
        "r3-03-loentilskud-jobrotation",
        3,
        "3",
        app_title("Fleksible rammer for løntilskud/jobrotation"),
        "Flexible framework for wage subsidies/job rotation",
        "virksomhed",
        "Ingen resultatbilag; jobrotation er nævnt under den virksomhedsrettede indsats på 000.",
        "Kravet om 26 ugers forudgående ledighed før ansættelse med løntilskud hos offentlige arbejdsgivere (LAB "
        "§ 51 stk. 2 og 3) og som jobrotationsvikar (LAB § 98b stk. 1 nr. 1 og 2).",
        "The requirement of 26 weeks' prior unemployment before a wage-subsidy job with a public employer (LAB "
        "§ 51(2)-(3)) and before a job-rotation substitute job (LAB § 98b(1) nos. 1-2).",
        [
            body("Der dispenseres via forsøgsbekendtgørelse for lov om en aktiv beskæftigelsesindsats § 51"),
            body("Forsøget refererer til § 51, stk. 2 og 3 og 98b"),
        ],
        "Hjemles på bekendtgørelsesniveau (tilsagn); § 16 i Bekendtgørelse om frikommuneforsøg 2 på "
        "beskæftigelses- og sygedagpengeområdet nummer 1184 af 25. november 2019 (000)",
        [
            letter3("Fleksible rammer for løntilskud/jobrotation\t", "Hjemles på bekendtgørelsesniveau"),
            web("§ 16 i Bekendtgørelse om frikommuneforsøg 2"),
        ],
        "approved",
        [
            letter3(
                "Fleksible rammer for løntilskud/jobrotation\t",
                "Imødekomelsen gælder for løntilskud hos offentlige arbejdsgivere",
            )
        ],
        "extended",
        "Antal bevilgede offentlige løntilskud og jobrotationsansættelser mod en nulpunktsmåling, hvornår i "
        "ledigheden de bevilges, og ordinær beskæftigelse/voksenlære/uddannelse bagefter (DREAM).",
        "Number of public wage-subsidy and job-rotation hires against a baseline, when in the unemployment spell "
        "they are granted, and ordinary employment/adult apprenticeship/education afterwards (DREAM).",
        [body("Har forsøget medført en stigning i antallet af bevilgede løntilskudsansættelser", after=design9)],
        "",
        web("Fleksible rammer for løntilskud og jobrotation", after="De nordjyske frikommuneforsøg"),
        extension=_ext_web(
            "Fleksible rammer for jobrotation",
            "§ 16 i Bek. nr. 1184 af 25. november 2019",
            web("§ 16 i Bekendtgørelse om frikommuneforsøg 2"),
        ),
        period=_web_period("Fleksible rammer for jobrotation", "2018-07-01"),
        note="Aalborg deltager kun i jobrotationsdelen (000). 001 lister også forsøget som forlænget til udgangen "
        "af 2022; 000 (Aalborgs vedtægt) til udgangen af 2023.",
    )


def _r3_04_sanktionering() -> Experiment:
    return Experiment(
        "r3-04-sanktionering",
        3,
        "4",
        app_title("Sanktionering (Forenkling af sanktioneringsreglerne og mindre dokumentation)"),
        "Sanctions (simpler sanction rules and less documentation)",
        "",
        "Aldrig påbegyndt: intet tema.",
        "Lov om aktiv socialpolitik § 35 stk. 5 (personlig kontakt før sanktion), §§ 37 og 38 og vejledningen om "
        "rådighed og sanktioner for aktivitetsparate.",
        "Social Assistance Act § 35(5) (personal contact before a sanction), §§ 37 and 38 and the guidance on "
        "availability and sanctions for activity-ready recipients.",
        [body("Konkret er der behov for, at det i **§ 35, stk. 5**")],
        "",
        [],
        "rejected",
        [
            at(
                ANNEX,
                "Regeringen vurderer, at ansøgningen om *forenkling af sanktionsreglerne og mindre "
                "dokumentation* i vid udstrækning imødekommes gennem et kommende oplæg",
                _letter(3),
            )
        ],
        "not_approved",
        note="Ikke imødekommet som forsøg: regeringen henviste til et kommende oplæg til regelforenkling af "
        "sanktionslovgivningen.",
    )


def _r3_05_mentorregler() -> Experiment:
    return Experiment(
        "r3-05-mentorregler",
        3,
        "5",
        app_title(
            "Lempede mentorregler (Mulighed for at fritage aktivitetsparate kontant- og "
            "uddannelseshjælpsmodtagere for ret og pligt mentor)"
        ),
        "Relaxed mentor rules (option to exempt activity-ready social and education assistance recipients from "
        "the right and duty to a mentor)",
        "samtale",
        "Ingen resultatbilag i Bilagsmappe 2; tema tildelt af kataloget (krav til kontaktens kadence).",
        "LAB §§ 93 og 96c: ret og pligt til mentor for aktivitetsparate kontant- og uddannelseshjælpsmodtagere, "
        "kontakt mindst hver 2. uge, og mentorstøtte indtil tilbud påbegyndes.",
        "LAB §§ 93 and 96c: right and duty to a mentor for activity-ready social and education assistance "
        "recipients, contact at least every 2 weeks, and mentor support until an offer starts.",
        [body("Konkret er der i henhold til LAB §§ 93 og 96c behov for fritagelse")],
        "Hjemles på bekendtgørelsesniveau",
        [letter3("Lempede mentorregler\t", "Hjemles på bekendtgørelsesniveau")],
        "approved",
        [
            letter3(
                "Lempede mentorregler\t",
                "Det er en forudsætning, at der i stedet for en mentor gives indsats efter anden lovgivning.",
            )
        ],
        "evaluated",
        "Antal fritagelser for ret- og pligtmentor (persongruppemarkering) mod alle med ret og pligt, "
        "sagsgennemgang af et udsnit, og survey til rådgivere om fleksible mentorbevillinger.",
        "Number of exemptions from the mentor right and duty (person marking) against all with the right and "
        "duty, review of a sample of cases, and an adviser survey on flexible mentor grants.",
        [body("Persongruppemarkering på fritagelse for ret- og pligtmentor", after="9.d Evaluering")],
        "",
        web("Lempede mentorregler", after="De nordjyske frikommuneforsøg"),
    )


def _r3_06_igu() -> Experiment:
    refusal = at(ANNEX, "Regeringen må give *afslag* på ansøgningen om *lempede regler for IGU*", _letter(3))
    return Experiment(
        "r3-06-igu",
        3,
        "6",
        app_title(
            "Lempede regler for IGU (Opblødning af muligheder ifm. IGU, herunder mulighed for at bruge SVU "
            "som en del af IGU-forløbet)"
        ),
        "Relaxed rules for the integration basic education (IGU)",
        "",
        "Aldrig påbegyndt: intet tema.",
        "Lov om integrationsgrunduddannelse § 3 (aldersgrænse under 40 år) og aftalegrundlaget for "
        "skoleuddannelsens indhold.",
        "Integration Basic Education Act § 3 (age limit under 40) and the agreed content of the school part.",
        [body("Konkret er der behov for at Lov om integrationsgrunduddannelse IGU § 3 kan fraviges")],
        "",
        [],
        "rejected",
        [refusal],
        "not_approved",
        note="Afslag: IGU er en treårig forsøgsordning i trepartsaftalen; ændringer kræver arbejdsmarkedets parter.",
    )


def _r3_07_kontaktforloeb_integration() -> Experiment:
    return Experiment(
        "r3-07-kontaktforloeb-integration",
        3,
        "7",
        web("Fleksibelt kontaktforløb for integrationsborgere", after="De nordjyske frikommuneforsøg"),
        "Flexible contact course for refugees and immigrants",
        "samtale",
        "Ingen resultatbilag i Bilagsmappe 2; tema tildelt af kataloget (samtalernes kadence).",
        "Integrationsloven § 20: mindst 4 individuelle jobsamtaler inden for 12 kalendermåneder.",
        "Integration Act § 20: at least 4 individual job interviews within 12 calendar months.",
        [body("En afvigelse fra Lov om integration § 20")],
        "Søges hjemlet i lov om frikommune-netværk",
        [
            letter3("Fleksibelt kontaktførelse for integrations-", "Søges hjemlet i lov"),
            at(ANNEX, "borgere\tom frikommune-netværk", _letter(3), quote="om frikommune-netværk"),
        ],
        "approved",
        [letter3("Fleksibelt kontaktførelse for integrations-", "Det er en forudsætning, at kommunalbestyrelsen ikke")],
        "evaluated",
        "Gennemsnitlig varighed på forsørgelse og antal samtaler før/efter forsøget, selvforsørgelsesgrad og "
        "tilbagefald (Jobindsats), surveys til borgere og sagsbehandlere.",
        "Average duration on benefits and number of interviews before/after the experiment, self-support rate "
        "and relapse (Jobindsats), surveys of citizens and caseworkers.",
        [body("Der måles på selvforsørgelsesgrad (jobindsats)", after="9.e Flexibelt kontaktførløb")],
        "",
        web("Fleksibelt kontaktforløb for integrationsborgere", after="De nordjyske frikommuneforsøg"),
        note="Titlen er taget fra 000; ansøgningens hoved staver 'Fleksibel kontaktforsøg for integrationsborgere' "
        f"({app_title('Fleksibel kontaktforsøg for integrationsborgere').ref}). Designet forventede start "
        "01-08-2018.",
    )


def _r3_08_ressourceforloeb_forlaengelse() -> Experiment:
    return Experiment(
        "r3-08-ressourceforloeb-forlaengelse",
        3,
        "8",
        app_title("Forlængelse af ressourceforløbssager"),
        "Extension of resource-programme cases",
        "rehabilitering",
        "Resultatbilag 15.d under tema 15 (rehabiliteringsteams og lægeattester).",
        "Forelæggelse for rehabiliteringsteamet ved forlængelse af ressourceforløb, når den tidligere indstilling "
        "ikke er gennemført (lov om organisering og understøttelse af beskæftigelsesindsatsen §§ 9-12; "
        "principafgørelse 82-16); forlængelse op til 12 måneder.",
        "Presenting an extension of a resource programme to the rehabilitation team when the earlier "
        "recommendation was not carried out (Act on the organisation of employment measures §§ 9-12; leading "
        "decision 82-16); extension up to 12 months.",
        [
            body(
                "Lov om organisering og understøttelse af beskæftigelsesindsatsen m.v. §§ 9-12",
                quote="Lov om organisering og understøttelse af beskæftigelsesindsatsen m.v. §§ 9-12",
            )
        ],
        "Hjemles på bekendtgørelsesniveau",
        [letter3("Forlængelse af ressourceforløbsager\t", "Hjemles på bekendtgørelsesniveau")],
        "approved",
        [letter3("Forlængelse af ressourceforløbsager\t", "en forudsætning, at borgeren ønsker at forlænge forløbet")],
        "extended",
        "Spørgeskema til borgeren om kontinuitet og fleksibilitet; antal sager fritaget for forelæggelse "
        "(persongruppemarkering) og forlængelsens varighed.",
        "Questionnaire to the citizen on continuity and flexibility; number of cases exempted from the team "
        "(person marking) and length of the extension.",
        [body("For at måle hvorvidt borgeren oplever kontinuitet og fleksibilitet", after="9.f Forlængelse")],
        "Bilag 15.d",
        web("Forlængelse af ressourceforløbssager", after="De nordjyske frikommuneforsøg"),
        extension=_ext_wishes(at(WISHES, "Forlængelse af ressourceforløbsager")),
    )


def _r3_09_indsatsplan_ressourceforloeb() -> Experiment:
    return Experiment(
        "r3-09-indsatsplan-ressourceforloeb",
        3,
        "9",
        app_title(
            "Fritagelse fra krav til opdatering af indsatsplanens tilbud hver 6. måned i forbindelse med "
            "ressourceforløb"
        ),
        "Exemption from updating the action plan's offers every 6 months in resource programmes",
        "rehabilitering",
        "Ingen resultatbilag i Bilagsmappe 2; tema tildelt af kataloget (rehabiliteringsplanens indsatsdel).",
        "Bek. nr. 996 af 29. juni 2016 § 5 stk. 2: tilbud og aktiviteter i indsatsplanen fastlægges for mindst "
        "6 måneder ad gangen.",
        "Executive Order 996 of 29 June 2016 § 5(2): offers and activities in the action plan are set for at "
        "least 6 months at a time.",
        [body("En fritagelse fra Bekendtgørelse nr. 996 af 29. juni 2016 § 5 stk. 2")],
        "Hjemles på bekendtgørelsesniveau",
        [letter3("Fritagelse fra krav om opdatering af indsatsplanens", "Hjemles på bekendtgørelsesniveau")],
        "approved",
        [letter3("Fritagelse fra krav om opdatering af indsatsplanens", "Imødekommes")],
        "evaluated",
        "Om indsatsplanen justeres senere end 6 mdr. (markering i Fasit) og borgerens tilfredshed med forløbet.",
        "Whether the action plan is adjusted later than 6 months (Fasit marking) and the citizen's satisfaction "
        "with the programme.",
        [body("Der måles på hvorvidt indsatsplanen justeres senere end 6 mdr.", after="9.g Fritagelse")],
        "",
        web("Fritagelse for at opdatere indsatsplanens tilbud hver 6. måned", after="De nordjyske frikommuneforsøg"),
    )


def _r3_10_foertidspension_loentilskud() -> Experiment:
    return Experiment(
        "r3-10-foertidspension-loentilskud",
        3,
        "10",
        app_title("Færre opfølgninger i relation til førtidspensionister i job med løntilskud"),
        "Fewer follow-ups for disability pensioners in wage-subsidy jobs",
        "samtale",
        "Ingen resultatbilag i Bilagsmappe 2; tema tildelt af kataloget (opfølgningens kadence).",
        "Lov om aktiv socialpolitik § 10 stk. 3: opfølgning på løntilskudsjob til førtidspensionister senest "
        "6 mdr. efter første udbetaling og derefter hver 12. mdr. (i stedet hvert 2½ år).",
        "Social Assistance Act § 10(3): follow-up on wage-subsidy jobs for disability pensioners within 6 months "
        "of the first payment and then every 12 months (instead every 2½ years).",
        [body("En lempelse af kravene til opfølgning i job for førtidspensionister")],
        "Hjemles på bekendtgørelsesniveau",
        [letter3("Færre opfølgninger i relation til førtidspensionister", "Hjemles på bekendtgørelsesniveau")],
        "approved",
        [letter3("Færre opfølgninger i relation til førtidspensionister", "Imødekommes")],
        "extended",
        "Afholdte opfølgningssamtaler (Fasit) og andel i målgruppen, der fastholdes eller afbrydes i løntilskud, "
        "mod en baseline (oktober 2017-juli 2018).",
        "Follow-up interviews held (Fasit) and share of the target group retained in or dropping out of the "
        "wage-subsidy job, against a baseline (October 2017-July 2018).",
        [body("Der måles på andel i målgruppen der fastholdes og afbrydes i løntilskud", after="9.h Færre")],
        "",
        web(
            "Færre opfølgninger i forbindelse med førtidspensionister i job med løntilskud",
            after="De nordjyske frikommuneforsøg",
        ),
        extension=_ext_wishes(at(WISHES, "Færre opfølgninger i relation til førtidspensionister i job med løntilskud")),
    )


def _r3_11_praktik_ledighedsydelse() -> Experiment:
    return Experiment(
        "r3-11-praktik-ledighedsydelse",
        3,
        "11",
        app_title("Lempelse af forholdstalskrav ift. praktikker for ledighedsydelsesmodtagere"),
        "Relaxed ratio requirements for work placements of flex-job unemployment benefit recipients",
        "virksomhed",
        "Ingen resultatbilag i Bilagsmappe 2; tema tildelt af kataloget (forholdstal, som 16.a).",
        "LAB § 48 stk. 1 og § 73 i bek. om en aktiv beskæftigelsesindsats (forholdstal) ved korte praktikker "
        "(2-4 uger) før fleksjob for ledighedsydelsesmodtagere under 18 måneder.",
        "LAB § 48(1) and § 73 of the executive order (ratio requirement) for short placements (2-4 weeks) before "
        "a flex-job for unemployment-benefit recipients under 18 months.",
        [
            body("Lov om Aktiv Beskæftigelsesindsats, § 48, angiver"),
            body("Forsøgstilladelsen indebærer en fravigelse af § 48 stk. 1", after="9.i Lempelse"),
        ],
        "Hjemles på bekendtgørelsesniveau",
        [letter3("Lempelse af forholdstalskrav ift. praktikker", "Hjemles på bekendtgørelsesniveau")],
        "approved",
        [letter3("Lempelse af forholdstalskrav ift. praktikker", "kortvarig virksomhedspraktik på 2-4 uger")],
        "evaluated",
        "Antal iværksatte praktikker, andel der kommer i fleksjob efter 1. praktik og hvor hurtigt, og "
        "gennemsnitlig varighed på ledighedsydelse før/under forsøget (markering i Fasit).",
        "Number of placements, share entering a flex-job after the first placement and how fast, and average "
        "duration on the benefit before/during the experiment (Fasit marking).",
        [body("Der måles via markering i fasit på andel der kommer i fleksjob efter 1.praktik", after="9.i Lempelse")],
        "",
        web(
            "Lempede forholdstalskrav i forhold til ledighedsydelsesmodtagere i virksomhedspraktik",
            after="De nordjyske frikommuneforsøg",
        ),
    )


def _r3_12_rehabiliteringsteam_sammensaetning() -> Experiment:
    return Experiment(
        "r3-12-rehabiliteringsteam-sammensaetning",
        3,
        "12",
        app_title("Rehabiliteringsteams, teamets sammensætning og afholdelse af møder"),
        "Rehabilitation teams: composition of the team and holding meetings",
        "",
        "Aldrig påbegyndt: intet tema.",
        "Lov om organisering og understøttelse af beskæftigelsesindsatsen kap. 2 § 10 (rehabiliteringsteamets "
        "sammensætning): møder ved akut frafald af kommunale teammedlemmer.",
        "Act on the organisation of employment measures ch. 2 § 10 (composition of the rehabilitation team): "
        "meetings when municipal team members are absent at short notice.",
        [body("kap. 2 om rehabiliteringsteamet § 10", after="3.I Ansøgning nr.12")],
        "",
        [],
        "rejected",
        [
            at(
                ANNEX,
                "Desuden må Regeringen give afslag på ansøgningen om *rehabiliteringsteamets sammensætning*",
                _letter(3),
            )
        ],
        "not_approved",
        note="Samme afslag som delansøgning 4 i runde 2 (003:3525).",
    )


def _r3_13_laegeattest_jobafklaring() -> Experiment:
    return Experiment(
        "r3-13-laegeattest-jobafklaring",
        3,
        "",
        at(
            ANNEX,
            "Fritagelse fra at indhente LÆ265 i sager om jobafklaringsforløb\t",
            _letter(3),
            quote="Fritagelse fra at indhente LÆ265 i sager om jobafklaringsforløb",
        ),
        "Exemption from obtaining LÆ265 in job-clarification cases",
        "rehabilitering",
        "Evalueres i rehabiliteringsteam-forsøgets design og resultatbilag 15.a (003:5062).",
        "Kravet om at indhente lægeattest LÆ265 i sager om jobafklaringsforløb (2. og 3. jobafklaring), når der "
        "i forvejen er tilstrækkelige helbredsoplysninger (§ ikke angivet i kilden).",
        "The requirement to obtain the LÆ265 certificate in job-clarification cases (2nd and 3rd), when sufficient "
        "health information already exists (§ not stated in the source).",
        [web("Derudover kan kommunerne med forsøget forelægge sager om vurdering af 2. og 3. jobafklaring")],
        "Hjemles på bekendtgørelsesniveau (tilsagn); § 15 i Bekendtgørelse om frikommuneforsøg 2 på "
        "beskæftigelses- og sygedagpengeområdet nummer 529 af 23. maj 2018 (000)",
        [
            letter3(
                "Fritagelse fra at indhente LÆ265 i sager om jobafklaringsforløb\t", "Hjemles på bekendtgørelsesniveau"
            ),
            web("For fritagelse af indhentning af LÆ265 ved visse sager om jobafklaring § 15"),
        ],
        "approved",
        [
            letter3(
                "Fritagelse fra at indhente LÆ265 i sager om jobafklaringsforløb\t",
                "Det er en forudsætning, at sagerne er tilstrækkeligt lægeligt belyst.",
            )
        ],
        "extended",
        "Indgår i evalueringsdesignet for rehabiliteringsteams (runde 2).",
        "Part of the evaluation design for rehabilitation teams (round 2).",
        [
            body(
                "vil evalueringen af dette forsøg indgå i det allerede beskrevne evalueringsdesign",
                after="9.j Fritagelse",
            )
        ],
        "Bilag 15.a",
        web("Rehabiliteringsteams, JAF-sager og LÆ265", after="De nordjyske frikommuneforsøg"),
        extension=_ext_web(
            "Frikommune vedtægter - forlængede forsøg",
            "§ 15 i Bek. nr. 529 af 23. maj 2018",
            web("For fritagelse af indhentning af LÆ265 ved visse sager om jobafklaring § 15"),
        ),
        period=(
            "2018-07-01",
            "2021-12-31",
            [web("(med ikrafttrædelse 1. juli 2018)"), web_extension("Frikommune vedtægter - forlængede forsøg")],
        ),
        note="13. ansøgning i runde 3 (002:68, 003:4542); ansøgningsteksten er ikke gengivet i Bilag 3, derfor "
        "intet ansøgningsnummer. Talt sammen med r2-01 som ét af de 17 aktive forsøg på 000.",
    )


# --- the 17 active experiments ----------------------------------------------------------------------
def active_list() -> list[Cite]:
    """The bullet list 'De nordjyske frikommuneforsøg' on the web page: the 17 active experiments."""
    start = find_line(WEB, "De nordjyske frikommuneforsøg")
    end = find_line(WEB, "Frikommune vedtægter - forlængede forsøg", start)
    out = []
    for n in range(start + 1, end):
        text = seed_lines(WEB)[n - 1].strip()
        if text.startswith("•"):
            out.append(Cite(WEB, n, text.lstrip("• ").strip()))
    return out


def experiment_rows() -> list[dict[str, str]]:
    """experiments.csv."""
    rows = []
    listed = {c.line for c in active_list()}
    for e in experiments():
        start, end, period_cites = _period(e)
        until, basis, ext_cites = e.extension or ("", "", [])
        active = "true" if e.active else "false"
        if e.active and e.active.line not in listed:
            raise ValueError(f"{e.experiment_id}: {e.active.ref} is not in the web page's list of experiments")
        refs = {
            "titel": [e.title],
            "regler": e.rules_cites,
            "hjemmel": e.legal_cites,
            "tilsagn": e.approval_cites,
            "periode": period_cites,
            "forlængelse": ext_cites,
            "måling": e.measured_cites,
            "aktiv": [e.active] if e.active else [],
        }
        ref_text = "; ".join(f"{k} {', '.join(c.ref for c in v)}" for k, v in refs.items() if v)
        rows.append(
            {
                "experiment_id": e.experiment_id,
                "title_da": e.title.quote,
                "title_en": e.title_en,
                "theme_id": e.theme_id,
                "round": str(e.round),
                "application_no": e.application_no,
                "rules_suspended_da": e.rules_da,
                "rules_suspended_en": e.rules_en,
                "legal_basis": e.legal_basis,
                "approval": e.approval,
                "status": e.status,
                "period_start": start,
                "period_end": end,
                "extended_until": until,
                "extension_basis": basis,
                "measured_da": e.measured_da,
                "measured_en": e.measured_en,
                "evaluation_annex": e.evaluation_annex,
                "results_annex_line": str(result_annex_range(e.evaluation_annex.split(";")[0])[0])
                if e.evaluation_annex
                else "",
                "counted_as_active": active,
                "source_doc": e.title.doc,
                "source_line": str(e.title.line),
                "source_quote": e.title.quote,
                "note": " ".join(x for x in (_active_note(e), e.theme_note, e.note, f"Kilder: {ref_text}.") if x),
            }
        )
    return rows


def _period(e: Experiment) -> tuple[str, str, list[Cite]]:
    if e.period:
        return e.period
    if e.status in ("not_approved", "not_started"):
        return "", "", []
    start, start_cite = ROUND_START[e.round]
    end, end_cite = NETWORK_END
    return start, end, [start_cite, end_cite]


def _active_note(e: Experiment) -> str:
    if e.active:
        shared = " (delt listepunkt med r2-01/r3-13)" if e.experiment_id.startswith(("r2-01", "r3-13")) else ""
        return f"Aktiv: står på 000's liste over de 17 nordjyske forsøg som '{e.active.quote}'{shared}."
    if e.status == "not_started":
        return "Ikke aktiv: godkendt, men aldrig påbegyndt."
    return "Ikke aktiv: ikke godkendt."


# --- themes and municipalities ------------------------------------------------------------------------
THEMES_EN = {
    "samtale": "Fewer process requirements in interviews and meetings with citizens",
    "rehabilitering": "Fewer process requirements in rehabilitation teams and medical certificates",
    "virksomhed": "Fewer process requirements in company-based measures",
    "nye-indsatser": "New measures in employment legislation: help with psychological treatment and entrepreneurship",
}
THEME_WEB_BULLET = {
    "samtale": "Færre proceskrav i samtale og borgermødet",
    "rehabilitering": "Færre proceskrav i rehabiliteringsteams og med lægeattester",
    "virksomhed": "Færre proceskrav i den virksomhedsrettede indsats",
    "nye-indsatser": "Nye indsatser i beskæftigelseslovgivningen, hjælp til psykologbehandling og iværksætteri.",
}


def theme_rows() -> list[dict[str, str]]:
    """themes.csv: the 4 themes as the web page lists them (000, 'kategoriseret under 4 tematikker')."""
    start = find_line(WEB, "Erfaringer og anbefalinger er kategoriseret under 4 tematikker")
    rows = []
    for tid in vocabulary.THEME_IDS:
        cite = at(WEB, "• " + THEME_WEB_BULLET[tid], start, start + 8, quote=THEME_WEB_BULLET[tid])
        # The title as the web page prints it (vocabulary.THEME_IDS shortens the fourth one).
        rows.append(
            {
                "theme_id": tid,
                "title_da": cite.quote.rstrip("."),
                "title_en": THEMES_EN[tid],
                "source_doc": cite.doc,
                "source_line": str(cite.line),
                "source_quote": cite.quote,
            }
        )
    return rows


def municipality_rows() -> list[dict[str, str]]:
    """municipalities.csv: the 11 municipalities, the combined Frederikshavn/Læsø unit and the network."""
    combined_da = (
        "Kilden opgør ofte Frederikshavn og Læsø samlet som 'Frederikshavn/Læsø' (Læsøs jobcenteropgaver "
        "varetages af Frederikshavn). Tal og deltagelse, som kilden angiver for 'Frederikshavn/Læsø', "
        "ligger på den samlede enhed Frederikshavn/Læsø og fordeles aldrig på de to kommuner; hvor "
        "kilden kun skriver 'Frederikshavn', er de Frederikshavns."
    )
    combined_en = (
        "The source often reports Frederikshavn and Læsø together as 'Frederikshavn/Læsø' (Frederikshavn "
        "handles Læsø's jobcentre tasks). Figures and participation the source gives for "
        "'Frederikshavn/Læsø' stay on the combined unit Frederikshavn/Læsø and are never split; where "
        "the source writes only 'Frederikshavn', they are Frederikshavn's."
    )
    rows = []
    for mid, name in vocabulary.MUNICIPALITY_IDS.items():
        note_da = note_en = ""
        if mid in ("frederikshavn", "laesoe"):
            note_da = "Se også den samlede enhed Frederikshavn/Læsø. " + combined_da
            note_en = "See also the combined unit Frederikshavn/Læsø. " + combined_en
        if mid == "laesoe":
            note_da += " Læsø nævnes aldrig alene i kilden."
            note_en += " Læsø is never named on its own in the source."
        rows.append(
            {
                "municipality_id": mid,
                "name": name,
                "kind": "municipality",
                "members": "",
                "note_da": note_da,
                "note_en": note_en,
            }
        )
    for cid, members in vocabulary.COMBINED_UNITS.items():
        rows.append(
            {
                "municipality_id": cid,
                "name": vocabulary.COMBINED_NAMES[cid][0],
                "kind": "combined",
                "members": ";".join(members),
                "note_da": combined_da,
                "note_en": combined_en,
            }
        )
    rows.append(
        {
            "municipality_id": vocabulary.NETWORK,
            "name": "Frikommunenetværket (de 11 nordjyske kommuner)",
            "kind": "network",
            "members": ";".join(vocabulary.MUNICIPALITY_IDS),
            "note_da": "Tal for hele netværket: alle 11 kommuner.",
            "note_en": "Figures for the whole network: all 11 municipalities.",
        }
    )
    rows.append(
        {
            "municipality_id": vocabulary.TOTAL,
            "name": "I alt for de deltagende kommuner",
            "kind": "total",
            "members": "",
            "note_da": "En sum eller et gennemsnit over nogle af kommunerne; tallets 'scope' nævner hvilke.",
            "note_en": "A total or average over some of the municipalities; the figure's 'scope' names them.",
        }
    )
    rows.append(
        {
            "municipality_id": vocabulary.GENERAL,
            "name": "Gælder generelt (regel eller pris)",
            "kind": "general",
            "members": "",
            "note_da": "En regel, en frist eller en pris, som gælder alle kommuner ens: ikke et tal for kommunerne.",
            "note_en": "A rule, a deadline or a price that applies to all municipalities alike: not their figure.",
        }
    )
    rows.append(
        {
            "municipality_id": vocabulary.COMPARISON,
            "name": "Sammenligningskommuner (uden for netværket)",
            "kind": "comparison",
            "members": "",
            "note_da": "Registeranalysens sammenligningsgruppe: kommuner uden for frikommunenetværket.",
            "note_en": "The register analysis's comparison group: municipalities outside the network.",
        }
    )
    return rows
