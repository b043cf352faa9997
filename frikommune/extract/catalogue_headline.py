"""Headline figures of the web page (000), the slide deck (004) and the status note (002), and the source
issues of the catalogue (counts that only reconcile with an explanation, dates given two ways).

001 (the wishes table) prints no result figure: its numbers are rule parameters (6 and 3 months of
unemployment, follow-up every 12 months or 2½ years, 3 diagnoses), which are not facts of the evaluation.
"""

from __future__ import annotations

import re

from frikommune import vocabulary
from frikommune.extract.catalogue_common import Cite
from frikommune.extract.common import Fact, Measure, Series, SourceIssue, fact
from frikommune.extract.seed_text import ANNEX, SLIDES, STATUS, WEB, find_line, line_text, seed_lines

ALL = vocabulary.ALL_EXPERIMENTS
PROGRAMME = "2016-2020"  # Frikommuneforsøg II ran 2016-2020 (000 line 10, 002 line 25)

MEASURES = [
    Measure(
        "headline_municipalities_n",
        "Antal kommuner i frikommunenetværket",
        "Number of municipalities in the network",
        "Antal nordjyske kommuner, der deltog i Frikommuneforsøg II som ét netværk.",
        "Number of North Jutland municipalities taking part in Free-municipality experiment II as one network.",
        "count",
        None,
        "uptake",
    ),
    Measure(
        "headline_fk1_municipalities_n",
        "Antal kommuner i Frikommuneforsøg I",
        "Number of municipalities in Free-municipality experiment I",
        "Antal kommuner udvalgt til Frikommuneforsøg I (2012-2015), som statusnotatet nævner som forløber.",
        "Number of municipalities selected for Free-municipality experiment I (2012-2015), named by the status "
        "note as the forerunner.",
        "count",
        None,
        "uptake",
    ),
    Measure(
        "headline_experiments_active_n",
        "Antal aktive forsøg",
        "Number of active experiments",
        "Antal aktive forsøg, de nordjyske kommuner har deltaget i, som websiden og præsentationen opgør dem "
        "(forsøg, der er godkendt og sat i gang).",
        "Number of active experiments the North Jutland municipalities took part in, as the web page and the "
        "slide deck count them (experiments approved and started).",
        "count",
        None,
        "uptake",
    ),
    Measure(
        "headline_programme_years",
        "Forsøgsperiodens længde",
        "Length of the experiment period",
        "Antal år, de nordjyske kommuner har deltaget i frikommuneforsøget ('de sidste 4 år').",
        "Number of years the North Jutland municipalities took part in the experiment ('the last 4 years').",
        "years",
        None,
        "duration",
    ),
    Measure(
        "headline_themes_n",
        "Antal tematikker",
        "Number of themes",
        "Antal tematikker, som evalueringsrapporten grupperer forsøgene, erfaringerne og anbefalingerne under.",
        "Number of themes under which the evaluation report groups the experiments, findings and recommendations.",
        "count",
        None,
        "uptake",
    ),
    Measure(
        "headline_certificate_saving_dkk",
        "Besparelse på obligatoriske lægeattester",
        "Saving on mandatory medical certificates",
        "Beløb, kommunerne i forsøgene med lægeattester samlet har brugt mindre på de obligatoriske attester "
        "(LÆ265/LÆ285), som websiden opgør det.",
        "Amount the municipalities in the medical-certificate experiments together spent less on the mandatory "
        "certificates (LÆ265/LÆ285), as the web page states it.",
        "dkk",
        True,
        "saving",
    ),
    Measure(
        "headline_application_rounds_n",
        "Antal ansøgningsrunder",
        "Number of application rounds",
        "Antal runder, hvor kommunerne kunne ansøge ØIM om fritagelse for gældende lovgivning.",
        "Number of rounds in which the municipalities could apply to the ministry for exemptions from the law.",
        "count",
        None,
        "uptake",
    ),
    Measure(
        "headline_applications_n",
        "Antal ansøgninger",
        "Number of applications",
        "Antal frikommuneansøgninger, netværket har sendt til ØIM (i alt eller i en ansøgningsrunde, se periode).",
        "Number of free-municipality applications the network sent to the ministry (in total or in one round, "
        "see period).",
        "count",
        None,
        "uptake",
    ),
    Measure(
        "headline_applications_approved_n",
        "Antal godkendte ansøgninger",
        "Number of approved applications",
        "Antal ansøgninger, der blev helt eller delvist godkendt, i en ansøgningsrunde.",
        "Number of applications approved in full or in part, in one application round.",
        "count",
        True,
        "uptake",
    ),
    Measure(
        "headline_exemptions_sought_n",
        "Antal søgte undtagelser",
        "Number of exemptions sought",
        "Antal undtagelser fra reglerne, kommunerne søgte om inden for ét forsøg.",
        "Number of exemptions from the rules the municipalities applied for within one experiment.",
        "count",
        None,
        "uptake",
    ),
    Measure(
        "headline_exemptions_granted_n",
        "Antal imødekomne undtagelser",
        "Number of exemptions granted",
        "Antal af de søgte undtagelser inden for ét forsøg, der blev helt eller delvist imødekommet.",
        "Number of the exemptions sought within one experiment that were granted in full or in part.",
        "count",
        True,
        "uptake",
    ),
]


def _on(doc: str, anchor: str, start: int = 1) -> int:
    return find_line(doc, anchor, start)


# Chart labels of the headline measures (at most 40 characters).
LABELS = {
    "headline_municipalities_n": ("Kommuner i netværket", "Municipalities in the network"),
    "headline_fk1_municipalities_n": ("Kommuner i Frikommuneforsøg I", "Municipalities in experiment I"),
    "headline_experiments_active_n": ("Aktive forsøg", "Active experiments"),
    "headline_programme_years": ("Forsøgsperiodens længde", "Length of the programme"),
    "headline_themes_n": ("Tematikker", "Themes"),
    "headline_certificate_saving_dkk": ("Besparelse på lægeattester", "Saving on medical certificates"),
    "headline_application_rounds_n": ("Ansøgningsrunder", "Application rounds"),
    "headline_applications_n": ("Ansøgninger", "Applications"),
    "headline_applications_approved_n": ("Helt eller delvist godkendte", "Approved in full or in part"),
    "headline_exemptions_sought_n": ("Undtagelser søgt", "Exemptions sought"),
    "headline_exemptions_granted_n": ("Undtagelser imødekommet", "Exemptions granted"),
}


def _said(measure: str, where: str) -> dict:
    """A headline figure is a statement: its series is the one passage (``where``) that states it."""
    da, en = LABELS[measure]
    return dict(measure=measure, series=Series(source=where, label_da=da, label_en=en, statistic="statement"))


def _millions_fact(doc: str, line: int, quote: str, **kw) -> Fact:
    """A fact for 'NN,N millioner kroner', which seed_text.numbers_in does not scale (it knows 'mio.', not
    'millioner'). The quote is checked on its line like fact() does, and the value is the printed figure
    times a million -- the one place this module builds a Fact without fact()."""
    if quote not in line_text(doc, line):
        raise ValueError(f"{doc}:{line}: quote {quote!r} is not on the line")
    m = re.fullmatch(r".*?(\d+),(\d+) millioner kroner.*", quote)
    if not m:
        raise ValueError(f"{doc}:{line}: no 'NN,N millioner kroner' in {quote!r}")
    value = float(f"{m.group(1)}.{m.group(2)}") * 1_000_000
    probe = fact(doc, line, quote, value=float(f"{m.group(1)}.{m.group(2)}"), **kw)  # checks ids and the figure
    return Fact(
        probe.experiment_id,
        probe.municipality_id,
        probe.measure_id,
        probe.respondent_group,
        probe.period,
        float(round(value)),
        probe.unit,
        probe.n,
        doc,
        line,
        quote,
        probe.note,
        probe.series,
    )


# The keywords of a count that covers the whole network and every experiment.
_NETWORK_COUNT = dict(experiment=ALL, municipality=vocabulary.NETWORK, unit="count")


def _web_page() -> list[Fact]:
    """The web page (000), the Pixi summary: municipalities, years, experiments, themes, the saving."""
    out: list[Fact] = []
    line = _on(WEB, "Med det afsæt besluttede de 11 nordjyske kommuner")
    out.append(
        fact(
            WEB,
            line,
            "de 11 nordjyske kommuner",
            period=PROGRAMME,
            note="Forord til evalueringsrapporten",
            **_said("headline_municipalities_n", "Webside, forord"),
            **_NETWORK_COUNT,
        )
    )
    line = _on(WEB, "Igennem de sidste 4 år har de nordjyske kommuner deltaget i 17 aktive forsøg")
    out.append(
        fact(
            WEB,
            line,
            "Igennem de sidste 4 år",
            experiment=ALL,
            unit="years",
            period=PROGRAMME,
            note="Forord til evalueringsrapporten",
            **_said("headline_programme_years", "Webside, forord"),
        )
    )
    out.append(
        fact(
            WEB,
            line,
            "deltaget i 17 aktive forsøg",
            period=PROGRAMME,
            note="Forord; listen 'De nordjyske frikommuneforsøg' har 17 punkter",
            **_said("headline_experiments_active_n", "Webside, forord"),
            **_NETWORK_COUNT,
        )
    )
    line = _on(WEB, "Erfaringer og anbefalinger er kategoriseret under 4 tematikker")
    out.append(
        fact(
            WEB,
            line,
            "kategoriseret under 4 tematikker",
            period=PROGRAMME,
            **_said("headline_themes_n", "Webside, erfaringer og anbefalinger"),
            **_NETWORK_COUNT,
        )
    )
    line = _on(WEB, "har brugt 12,2 millioner kroner mindre")
    out.append(
        _millions_fact(
            WEB,
            line,
            "har brugt 12,2 millioner kroner mindre på de obligatoriske attester",
            **_said("headline_certificate_saving_dkk", "Webside, lægeattester"),
            experiment=ALL,
            unit="dkk",
            municipality=vocabulary.NETWORK,
            period="2018-2020",
            note="'kommunerne i de fire forsøg med lægeattester'; 003 Bilag 13 opgør ca. 12,2 mio. "
            "kr. pr. medio 2020 (2020-satser)",
        )
    )
    return out


def _slide_deck() -> list[Fact]:
    """The slide deck (004): years, active experiments and themes as its slides state them."""
    out: list[Fact] = []
    line = _on(SLIDES, "Igennem de sidste 4 år")
    out.append(
        fact(
            SLIDES,
            line,
            "Igennem de sidste 4 år",
            experiment=ALL,
            unit="years",
            period=PROGRAMME,
            note="Dias 'Baggrund for Frikommune II'",
            **_said("headline_programme_years", "Præsentation, baggrund"),
        )
    )
    line = _on(SLIDES, "deltaget i 17 aktive forsøg")
    out.append(
        fact(
            SLIDES,
            line,
            "deltaget i 17 aktive forsøg",
            period=PROGRAMME,
            note="Dias 'Baggrund for Frikommune II'",
            **_said("headline_experiments_active_n", "Præsentation, baggrund"),
            **_NETWORK_COUNT,
        )
    )
    line = _on(SLIDES, "i 4 tematikker")
    out.append(
        fact(
            SLIDES,
            line,
            "i 4 tematikker",
            period=PROGRAMME,
            note="Dias 'I den samlede rapport er forsøgene grupperet i 4 tematikker'",
            **_said("headline_themes_n", "Præsentation, tematikker"),
            **_NETWORK_COUNT,
        )
    )
    return out


def _status_note_network() -> list[Fact]:
    """The status note (002): the municipalities of Frikommuneforsøg I and of the network."""
    out: list[Fact] = []
    line = _on(STATUS, "I perioden 2012-2015 blev i alt 9 kommuner")
    out.append(
        fact(
            STATUS,
            line,
            "i alt 9 kommuner",
            period="2012-2015",
            note="Frikommuneforsøg I, ikke det nordjyske netværk",
            **_said("headline_fk1_municipalities_n", "Statusnotat, baggrund"),
            **_NETWORK_COUNT,
        )
    )
    for anchor, quote, where in (
        ("Ansøgningen blev godkendt af såvel KKR og de 11 kommuner", "de 11 kommuner", "Statusnotat, ansøgningen"),
        (
            "I efteråret 2016 blev de 11 nordjyske kommuner godkendt",
            "de 11 nordjyske kommuner",
            "Statusnotat, godkendelsen 2016",
        ),
        (
            "### Godkendte forsøg i de 11 kommuner",
            "Godkendte forsøg i de 11 kommuner",
            "Statusnotat, overskrift om godkendte forsøg",
        ),
    ):
        out.append(
            fact(
                STATUS,
                _on(STATUS, anchor),
                quote,
                period=PROGRAMME,
                **_said("headline_municipalities_n", where),
                **_NETWORK_COUNT,
            )
        )
    return out


def _status_note_rounds() -> list[Fact]:
    """The status note (002): the application rounds, and the applications sent and approved in each."""
    out: list[Fact] = []
    out.append(
        fact(
            STATUS,
            _on(STATUS, "Der har været 3 ansøgningsrunder"),
            "Der har været 3 ansøgningsrunder",
            period=PROGRAMME,
            **_said("headline_application_rounds_n", "Statusnotat, ansøgningsrunder"),
            **_NETWORK_COUNT,
        )
    )
    out.append(
        fact(
            STATUS,
            _on(STATUS, "de konkrete forsøg i de 3 ansøgningsrunder"),
            "i de 3 ansøgningsrunder",
            period=PROGRAMME,
            **_said("headline_application_rounds_n", "Statusnotat, evalueringen"),
            **_NETWORK_COUNT,
        )
    )
    out.append(
        fact(
            STATUS,
            _on(STATUS, "I alt er det blevet til 24 ansøgninger."),
            "I alt er det blevet til 24 ansøgninger",
            period="1.-3. ansøgningsrunde",
            note="alle tre runder i alt",
            **_said("headline_applications_n", "Statusnotat, ansøgningsrunder"),
            **_NETWORK_COUNT,
        )
    )
    rounds = (
        (
            "1. ansøgningsrunde",
            "Til 1. ansøgningsrunde blev der fremsendt i alt 7 ansøgninger",
            "fremsendt i alt 7 ansøgninger",
            "Af disse er i alt 5 helt eller delvist godkendt",
        ),
        (
            "2. ansøgningsrunde",
            "Til 2. ansøgningsrunde blev der sendt i alt 4 ansøgninger",
            "sendt i alt 4 ansøgninger",
            "Af disse blev 4 helt eller delvist godkendt",
        ),
        (
            "3. ansøgningsrunde",
            "I forbindelse med 3. ansøgningsrunde er der sendt 13 frikommuneansøgninger",
            "sendt 13 frikommuneansøgninger",
            "Af disse er i alt 10 ansøgninger helt eller delvist godkendt",
        ),
    )
    for period, anchor, sent, approved in rounds:
        line = _on(STATUS, anchor)
        out.append(
            fact(
                STATUS,
                line,
                sent,
                period=period,
                **_said("headline_applications_n", "Statusnotat, ansøgningsrunder"),
                **_NETWORK_COUNT,
            )
        )
        out.append(
            fact(
                STATUS,
                line,
                approved,
                period=period,
                note="helt eller delvist godkendt",
                **_said("headline_applications_approved_n", "Statusnotat, ansøgningsrunder"),
                **_NETWORK_COUNT,
            )
        )
    return out


def _status_note_rehab_exemptions() -> list[Fact]:
    """The status note (002): exemptions sought and granted for the rehabilitation team experiment."""
    out: list[Fact] = []
    line = _on(STATUS, "For forsøget med rehabiliteringsteams søgte kommunerne om 4 undtagelser")
    rehab = dict(experiment="r2-01-rehabiliteringsteams", municipality=vocabulary.NETWORK, unit="count")
    out.append(
        fact(
            STATUS,
            line,
            "søgte kommunerne om 4 undtagelser",
            **_said("headline_exemptions_sought_n", "Statusnotat, 2. ansøgningsrunde"),
            **rehab,
        )
    )
    out.append(
        fact(
            STATUS,
            line,
            "kun fået 2 undtagelser helt eller delvist imødekommet",
            **_said("headline_exemptions_granted_n", "Statusnotat, 2. ansøgningsrunde"),
            **rehab,
        )
    )
    return out


def facts() -> list[Fact]:
    """The headline figures: the web page (000), the slide deck (004) and the status note (002), in that order."""
    return [
        *_web_page(),
        *_slide_deck(),
        *_status_note_network(),
        *_status_note_rounds(),
        *_status_note_rehab_exemptions(),
    ]


def catalogue_issues() -> list[SourceIssue]:
    """Counts and dates of the catalogue that differ between places in the source."""
    r1 = _on(STATUS, "Til 1. ansøgningsrunde blev der fremsendt i alt 7 ansøgninger")
    letter1 = find_line(ANNEX, "Regeringen vil helt eller delvist imødekomme fire af jeres syv ansøgninger")
    design1 = find_line(ANNEX, "Den 1. februar 2017 imødekom regeringen 4 af ansøgningerne")
    later = find_line(ANNEX, "Sidenhen er også forsøget vedrørende iværksætteri")
    r3 = _on(STATUS, "I forbindelse med 3. ansøgningsrunde er der sendt 13 frikommuneansøgninger")
    toc3 = find_line(ANNEX, "Bilag 3 – Frikommuneansøgninger til Social og Indenrigsministeriet: 3. ansøgningsrunde")
    toc3_last = find_line(ANNEX, "3.l Ansøgning nr.12")
    letter13 = find_line(ANNEX, "Fritagelse fra at indhente LÆ265 i sager om jobafklaringsforløb\t")
    design13 = find_line(ANNEX, "fremsendte i alt 13 ansøgninger")
    active = _on(WEB, "deltaget i 17 aktive forsøg")
    rehab_item = _on(WEB, "Rehabiliteringsteams, JAF-sager og LÆ265")
    not_started = _on(STATUS, "besluttede Beskæftigelsesudvalget efter forvaltningens forslag")
    top = _on(WEB, "Pt. indtil udgangen af 2024")
    ext = [n for n, text in enumerate(seed_lines(WEB), start=1) if "Forlænget indtil udgangen af 2023" in text]
    end002 = _on(STATUS, "frikommuneforsøget frem til 31. juli 2020")
    evaluated = _on(SLIDES, "Alle forsøg er blevet evalueret i perioden")
    Cite(STATUS, end002, "31. juli 2020")  # verified quotes the descriptions rely on
    Cite(SLIDES, evaluated, "Alle forsøg er blevet evalueret")
    return [
        SourceIssue(
            "catalogue-round1-approvals",
            STATUS,
            (r1,),
            "two-figures",
            f"002 (linje {r1}) siger, at 5 af 7 ansøgninger i 1. runde blev helt eller delvist godkendt; "
            f"tilsagnsbrevet (003 linje {letter1}) og evalueringsdesignet (003 linje {design1}) siger 4 af 7. Den "
            f"femte (iværksætteri, kun for dimittender) blev imødekommet senere (003 linje {later}). Kataloget "
            "regner r1-03 som delvist godkendt.",
            f"002 (line {r1}) says 5 of the 7 round-1 applications were approved in full or in part; the approval "
            f"letter (003 line {letter1}) and the evaluation design (003 line {design1}) say 4 of 7. The fifth "
            f"(entrepreneurship, graduates only) was granted later (003 line {later}). The catalogue counts r1-03 as "
            "partially approved.",
        ),
        SourceIssue(
            "catalogue-round3-13th-application",
            ANNEX,
            (toc3, toc3_last, letter13, design13),
            "other",
            f"002 (linje {r3}) og 003 (linje {design13}) nævner 13 ansøgninger i 3. runde, men Bilag 3 gengiver kun "
            f"12 (nr. 1-12, indholdsfortegnelsen linje {toc3}-{toc3_last}). Den 13. er 'Fritagelse fra at indhente "
            f"LÆ265 i sager om jobafklaringsforløb', som kun kendes fra tilsagnet (linje {letter13}), 002 og "
            "design 9.j; kataloget giver den id r3-13 uden ansøgningsnummer.",
            f"002 (line {r3}) and 003 (line {design13}) speak of 13 applications in round 3, but Bilag 3 reproduces "
            f"only 12 (nos. 1-12, table of contents lines {toc3}-{toc3_last}). The 13th is 'Exemption from obtaining "
            f"LÆ265 in job-clarification cases', known only from the approval letter (line {letter13}), 002 and "
            "design 9.j; the catalogue gives it id r3-13 without an application number.",
        ),
        SourceIssue(
            "catalogue-active-experiments-17",
            WEB,
            (active, rehab_item),
            "other",
            "Websiden og præsentationen taler om 17 aktive forsøg. Godkendt blev 5 + 4 + 10 = 19 ansøgninger (002); "
            f"én (uddannelsespålæg) blev aldrig påbegyndt (002 linje {not_started}), så 18 kom i gang. Tallet 17 "
            "går kun op, fordi websidens liste slår rehabiliteringsteams (r2-01) og LÆ265 i jobafklaringssager "
            f"(r3-13) sammen i ét punkt (linje {rehab_item}). Kataloget markerer alle 18 som aktive.",
            "The web page and the slide deck speak of 17 active experiments. 5 + 4 + 10 = 19 applications were "
            f"approved (002); one (education injunction) never started (002 line {not_started}), so 18 started. "
            "The 17 only reconciles because the web page's list merges rehabilitation teams (r2-01) and LÆ265 in "
            f"job-clarification cases (r3-13) into one item (line {rehab_item}). The catalogue marks all 18 active.",
        ),
        SourceIssue(
            "catalogue-extension-end",
            WEB,
            (top, *ext),
            "two-figures",
            f"Websidens indledning (linje {top}) siger, at forsøgene pt. er forlænget til udgangen af 2024, men "
            f"hvert af de fire forlængede forsøg står som 'Forlænget indtil udgangen af 2023' (linje "
            f"{', '.join(map(str, ext))}). Kataloget bruger 2023-12-31 fra forsøgenes egne afsnit.",
            f"The web page's introduction (line {top}) says the experiments are currently extended to the end of "
            f"2024, but each of the four extended experiments reads 'Extended until the end of 2023' (lines "
            f"{', '.join(map(str, ext))}). The catalogue uses 2023-12-31 from the experiments' own sections.",
        ),
        SourceIssue(
            "catalogue-original-period-end",
            WEB,
            tuple(ext),
            "two-figures",
            f"002 (linje {end002}) siger, at netværket blev godkendt til frikommuneforsøget frem til 31. juli 2020 "
            "(også 003 Bilag 14.b: 'Forsøgsperioden varer fra 2016- 31. juli 2020'), mens websiden angiver "
            "'Oprindelig forsøgsperiode' til 31. december 2021 for de fire forlængede forsøg. Kataloget bruger "
            "2021-12-31 for dem og 2020-07-31 for de øvrige.",
            f"002 (line {end002}) says the network was approved for the experiment until 31 July 2020 (also 003 "
            "Bilag 14.b: the experiment period runs 2016 to 31 July 2020), while the web page gives the 'original "
            "experiment period' as ending 31 December 2021 for the four extended experiments. The catalogue uses "
            "2021-12-31 for them and 2020-07-31 for the others.",
        ),
        SourceIssue(
            "catalogue-evaluations-without-annex",
            SLIDES,
            (evaluated,),
            "other",
            "Præsentationen siger, at alle forsøg er evalueret (maj-september 2020), men Bilagsmappe 2 har intet "
            "resultatbilag for seks aktive forsøg: løntilskud/jobrotation (r3-03), mentorregler (r3-05), "
            "kontaktforløb for integrationsborgere (r3-07), indsatsplan i ressourceforløb (r3-09), opfølgning for "
            "førtidspensionister (r3-10) og praktik for ledighedsydelsesmodtagere (r3-11). Deres resultater kan "
            "ikke vises.",
            "The slide deck says all experiments were evaluated (May-September 2020), but Bilagsmappe 2 holds no "
            "result annex for six active experiments: wage subsidy/job rotation (r3-03), mentor rules (r3-05), "
            "contact course for refugees (r3-07), action plan in resource programmes (r3-09), follow-up for "
            "disability pensioners (r3-10) and placements for flex-job benefit recipients (r3-11). Their results "
            "cannot be shown.",
        ),
    ]
