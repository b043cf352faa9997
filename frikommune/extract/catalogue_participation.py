"""participation.csv: which municipality applied for, was approved for and took part in which experiment.

Evidence, per experiment, in four kinds (each a verified citation whose quote names the municipalities):
  application -- the 'Deltagerkommuner' cell of the application's header table (003 Bilag 1-3);
  status      -- the municipalities 002 lists under each approved experiment ('Godkendte forsøg');
  design      -- the municipalities an evaluation design (003 Bilag 7-9) says carry out the experiment;
  results     -- a result annex (003 Bilag 14-17) reporting data for, or naming as participant, a municipality;
  web         -- Aalborg Kommune's own page (000) on the experiments Aalborg takes part in.

Flags (true, false, or empty where the sources do not say -- "not stated" is never "no"), each with the
citation it rests on (`<doc>:<line>`):
  applied          -- from the application's list when the application is in the source (a municipality named
                      only elsewhere gets false: it did not sign the application); for r3-13, whose application text
                      is not reproduced, 002's list counts.
  approved         -- the experiment's approval: 002 says the exemptions were granted to the whole network
                      (mikrolån excepted, which is Aalborg's alone anyway); rejected experiments give false.
  in_status_note   -- 002 lists the municipality under the approved experiment.
  results_reported -- a result annex reports data for, or names as participant, the municipality.
  took_part        -- true when a result annex, 000 or 002's list of approved experiments names the municipality
                      in it; false when the experiment was rejected or never started; true by deduction for an
                      active experiment that every source gives to the same single municipality; else not stated.
A participation of the combined unit Frederikshavn/Læsø counts for both municipalities (the pages say so).
Names are kept as the source writes them: 'Frederikshavn/Læsø' -> frederikshavn-laesoe, 'Frederikshavn' ->
frederikshavn (never merged, never split). Differences between the lists are recorded as SourceIssues.
"""

from __future__ import annotations

from dataclasses import dataclass

from frikommune import vocabulary
from frikommune.extract.catalogue_common import (
    ANNEX,
    BODY_START,
    Cite,
    annex_line,
    at,
    municipalities_in,
    result_annex_range,
)
from frikommune.extract.catalogue_experiments import experiments
from frikommune.extract.common import SourceIssue
from frikommune.extract.seed_text import STATUS, WEB, find_line, seed_lines

KIND_LABEL = {
    "application": "ansøgning",
    "status": "statusnotat",
    "design": "evalueringsdesign",
    "results": "resultatbilag",
    "web": "webside",
}


@dataclass(frozen=True)
class Evidence:
    kind: str
    cite: Cite
    municipalities: tuple[str, ...]
    partial: bool = False  # True when the line names a participant in passing, not the list of participants


def ev(kind: str, cite: Cite, municipalities: tuple[str, ...] | None = None, partial: bool = False) -> Evidence:
    """Evidence whose municipalities are parsed from the quote unless given (000 lines never name Aalborg)."""
    found = tuple(municipalities_in(cite.quote)) if municipalities is None else municipalities
    if not found:
        raise ValueError(f"{cite.ref}: no municipality in {cite.quote!r}")
    return Evidence(kind, cite, found, partial)


# 002: the exemptions hold for the whole network, whoever applied -- except microloans.
NETWORK_WIDE = at(STATUS, "Fritagelserne er givet til hele frikommunenetværket")


def application(title_start: str) -> Evidence:
    """The 'Deltagerkommuner' cell right below an application's 'Titel på forsøg' row."""
    title_line = find_line(ANNEX, "Titel på forsøg\t" + title_start, BODY_START)
    line = title_line + 1
    text = seed_lines(ANNEX)[line - 1]
    if not text.startswith("Deltagerkommuner\t"):
        raise ValueError(f"003:{line}: expected the 'Deltagerkommuner' row, got {text[:60]!r}")
    cell = text.split("\t")[1].strip().replace("<i>", "").replace("</i>", "")
    return ev("application", Cite(ANNEX, line, cell))


def status(item_start: str) -> Evidence:
    """An item of 002's lists of approved experiments: '<n>. Title - Municipality, ...'."""
    line = find_line(STATUS, item_start, find_line(STATUS, "### Runde 1"), find_line(STATUS, "### Evaluering"))
    text = seed_lines(STATUS)[line - 1]
    # The municipalities follow the last ' - ' or ' – ' separating them from the title.
    sep = max(text.rfind(" - "), text.rfind(" – "))
    return ev("status", Cite(STATUS, line, text[sep + 3 :].strip()))


def in_annex(
    annex: str,
    text: str,
    kind: str = "results",
    quote: str | None = None,
    municipalities: tuple[str, ...] | None = None,
) -> Evidence:
    """A line of a result annex containing ``text``."""
    start, end = result_annex_range(annex)
    return ev(kind, at(ANNEX, text, start, end, quote=quote), municipalities)


def row_starts(annex: str, names: list[str], after: str | None = None) -> list[Evidence]:
    """One result-evidence per municipality: the first line of the annex (after ``after``) starting with its name."""
    start, end = result_annex_range(annex)
    if after:
        start = find_line(ANNEX, after, start, end)
    out = []
    for name in names:
        for n in range(start, end + 1):
            if seed_lines(ANNEX)[n - 1].startswith(name + "\t"):
                out.append(ev("results", Cite(ANNEX, n, name)))
                break
        else:
            raise ValueError(f"{annex}: no row starting with {name!r}")
    return out


def design(text: str, after: str, quote: str, partial: bool = False) -> Evidence:
    return ev("design", at(ANNEX, text, annex_line(after), quote=quote), partial=partial)


def web(text: str, municipalities: tuple[str, ...] = ("aalborg",)) -> Evidence:
    """000 is Aalborg Kommune's page: its 'Frikommune vedtægter' sections are Aalborg's own experiments."""
    return ev("web", at(WEB, text, find_line(WEB, "Frikommune vedtægter - forlængede forsøg")), municipalities)


def _round1_evidence() -> dict[str, list[Evidence]]:
    """Who applied for and carries out each experiment of application round 1."""
    return {
        "r1-01-mikrolaan": [
            application("Mikrolån"),
            status("1. Mikrolån"),
            in_annex("Bilag 17.c", "Jobcenter Aalborg"),
        ],
        "r1-02-fradrag-loenindtaegt": [application("Forsøg med, at skabe arbejdsmarkedserfaring")],
        "r1-03-ivaerksaetteri-dimittender": [
            application("Mulighed for at fremme iværksætteri"),
            status("2. Iværksætterier blandt dimittender"),
            design(
                "ønsker jobcentrene (Aalborg og Frederikshavn)",
                "7.b Mulighed for at fremme",
                "jobcentrene (Aalborg og Frederikshavn)",
            ),
            in_annex("Bilag 17.b", "ønsker Jobcenter Aalborg", quote="Jobcenter Aalborg"),
        ],
        "r1-04-formkrav-samtaler": [
            application("Formkrav ved lovpligtige samtaler"),
            status("3. Formkrav ved lovpligtige samtaler"),
            in_annex(
                "Bilag 14.a",
                "De ni kommuner er ",
                quote="Rebild, Thisted, Frederikshavn, Aalborg, Hjørring, Mariagerfjord, Brønderslev, Jammerbugt "
                "og Vesthimmerland",
            ),
        ],
        "r1-05-forholdstalskrav": [
            application("Flexibilitet i forhold til forholdstalskravene"),
            status("4. Fleksibilitet i forhold til forholdstalskrav"),
            in_annex(
                "Bilag 16.a",
                "Kontanthjælp - aktivitetsparate\t\tJammerbugt",
                quote="Jammerbugt\tThisted\tVesthimmerland",
            ),
        ],
        "r1-06-fleksibel-uddannelse": [
            application("Fleksible rammer for uddannelse"),
            status("5. Fleksible rammer for uddannelse"),
            *row_starts("Bilag 14.d", ["Thisted", "Jammerbugt", "Frederikshavn"]),
        ],
        "r1-07-integrationsprogram": [application("Et individuelt og fleksibel integrationsprogram")],
    }


def _round2_evidence() -> dict[str, list[Evidence]]:
    """Who applied for and carries out each experiment of application round 2."""
    rehab_result = row_starts(
        "Bilag 15.a",
        [
            "Aalborg",
            "Frederikshavn",
            "Hjørring",
            "Jammerbugt",
            "Mariagerfjord",
            "Morsø",
            "Rebild",
            "Brønderslev",
            "Vesthimmerland",
        ],
        after="Fritagelsesmulighed vedr. JAF",
    )
    return {
        "r2-01-rehabiliteringsteams": [
            application("Rehabiliteringsteams\t"),
            status("1. Fleksibilitet i rehabiliteringsteams"),
            design(
                "gennemføres som udgangspunkt i følgende otte kommuner",
                "8.a Rehabiliteringsteams",
                "Rebild, Vesthimmerland, Mariagerfjord, Jammerbugt, Morsø, Frederikshavn, Brønderslev, Aalborg",
            ),
            *rehab_result,
            web("Jobcenter Aalborg vil med dette forsøg"),
        ],
        "r2-02-psykologbehandling": [
            application("Psykologbehandling"),
            status("2. Psykologbehandling i jobcenterindsatsen"),
            in_annex("Bilag 17.a", "Rebild\t\t\tJammerbugt\t\t\tThisted", quote="Rebild\t\t\tJammerbugt\t\t\tThisted"),
        ],
        "r2-03-laegeattester-sygedagpenge": [
            application("Differentiering i valg af lægeattester"),
            status("3. Differentiering i valg af lægeattester"),
            # The design names Morsø only for its way of registering: a mention, not the list of participants.
            design(
                "Morsø Kommune har valgt registrering i excel", "8.c Differentiering", "Morsø Kommune", partial=True
            ),
        ],
        "r2-04-uddannelsespaalaeg": [
            application("Delvis fritagelse fra uddannelsespålæg"),
            status("4. Fritagelse for uddannelsespålæg"),
        ],
    }


def _round3_evidence() -> dict[str, list[Evidence]]:
    """Who applied for and carries out each experiment of application round 3."""
    return {
        "r3-01-revalidering": [
            application("Forenkling af bevillingsgrundlaget for revalidering"),
            status("1. Forenkling af bevillingsgrundlaget for revalidering"),
            design(
                "ønsker Jobcentrene (Vesthimmerland, Thisted, Jammerbugt og Aalborg)",
                "9.a Forenkling",
                "Vesthimmerland, Thisted, Jammerbugt og Aalborg",
            ),
            *row_starts("Bilag 15.b", ["Hjørring", "Jammerbugt", "Vesthimmerland", "Thisted", "Aalborg"]),
            web(
                "Deltagelse i forsøget er besluttet på Beskæftigelsesudvalgsmøde den 24. oktober 2017 samt godkendt "
                "af Beskæftigelsesministeren den 23. maj 2018 (Bekendtgørelse"
            ),
        ],
        "r3-02-ledighedsydelse-revurdering": [
            application("Ledighedsydelse - fritagelse for revurdering"),
            status("2. Ledighedsydelse"),
            in_annex("Bilag 14.c", "Deltagerne er:", quote="Aalborg Kommune"),
            in_annex("Bilag 14.c", "Deltagerne er:", quote="Rebild Kommune"),
            in_annex("Bilag 14.c", "Deltagerne er:", quote="Thisted Kommune"),
            in_annex("Bilag 14.c", "Deltagerne er:", quote="Jammerbugt Kommune"),
            web("godkendt af Økonomi og Indenrigsministeren den 25. juni 2018"),
        ],
        "r3-03-loentilskud-jobrotation": [
            application("Fleksible rammer for løntilskud/jobrotation"),
            status("3. Fleksible rammer for løntilskud/jobrotation"),
            web("Jobcenter Aalborg deltager ikke i forsøget vedrørende løntilskud."),
        ],
        "r3-04-sanktionering": [application("Sanktionering")],
        "r3-05-mentorregler": [application("Lempede mentorregler"), status("4. Lempede mentorregler")],
        "r3-06-igu": [application("Lempede regler for IGU")],
        "r3-07-kontaktforloeb-integration": [
            application("Fleksibel kontaktforsøg for integrationsborgere"),
            status("5. Fleksibelt kontaktføreløb for integrationsborgere"),
            design("Kommune: Vesthimmerlands Kommune", "9.e Flexibelt kontaktførløb", "Vesthimmerlands Kommune"),
        ],
        "r3-08-ressourceforloeb-forlaengelse": [
            application("Forlængelse af ressourceforløbssager"),
            status("6. Forlængelse af ressourceforløbsager"),
            in_annex("Bilag 15.d", "samarbejde med Frederikshavn Kommune", quote="Frederikshavn Kommune"),
        ],
        "r3-09-indsatsplan-ressourceforloeb": [
            application("Fritagelse fra krav til opdatering af indsatsplanens tilbud"),
            status("7. Fritagelse fra krav til opdatering af indsatsplanens tilbud"),
            design("Kommune: Vesthimmerlands Kommune", "9.g Fritagelse", "Vesthimmerlands Kommune"),
        ],
        "r3-10-foertidspension-loentilskud": [
            application("Færre opfølgninger i relation til førtidspensionister"),
            status("8. Færre opfølgninger i relation til førtidspensionister"),
            design("Kommune: Vesthimmerlands Kommune", "9.h Færre", "Vesthimmerlands Kommune"),
        ],
        "r3-11-praktik-ledighedsydelse": [
            application("Lempelse af forholdstalskrav ift. praktikker"),
            status("9. Lempelse af forholdstaltskrav ift. praktikker"),
            design("Kommune: Vesthimmerlands Kommune", "9.i Lempelse", "Vesthimmerlands Kommune"),
        ],
        "r3-12-rehabiliteringsteam-sammensaetning": [application("Rehabiliteringsteams, teamets sammensætning")],
        "r3-13-laegeattest-jobafklaring": [
            status("10. Fritagelse for indhentelse af LÆ265 i sager om Jobafklaringsforløb"),
            web("For fritagelse af indhentning af LÆ265 ved visse sager om jobafklaring er deltagelse"),
        ],
    }


def evidence() -> dict[str, list[Evidence]]:
    """Every statement of the source on who applied for / carries out which experiment."""
    return {**_round1_evidence(), **_round2_evidence(), **_round3_evidence()}


def _flags(exp, evs: list[Evidence], muni: str) -> tuple[dict[str, str], list[str]]:
    """The flags of one municipality in one experiment ('true', 'false' or '' = not stated), and notes."""
    notes: list[str] = []
    apps = [e for e in evs if e.kind == "application"]
    named = lambda kinds: [e for e in evs if e.kind in kinds and muni in e.municipalities]  # noqa: E731
    if apps:
        applied = "true" if named({"application"}) else "false"
        if applied == "false":
            notes.append("står ikke på ansøgningens liste over deltagerkommuner")
    else:
        applied = "true" if named({"status"}) else ""
        if applied == "true":
            notes.append("ansøgningen er ikke gengivet; 002 nævner kommunen under det godkendte forsøg")

    approved = "false" if exp.approval == "rejected" else "true"
    if exp.approval == "partially_approved":
        notes.append("forsøget blev kun delvist godkendt")
    in_status_note = "true" if named({"status"}) else ""
    results = "true" if named({"results"}) else ""

    if exp.status in ("not_approved", "not_started"):
        took = "false"
        if exp.status == "not_started":
            notes.append("forsøget blev aldrig påbegyndt")
    elif named({"results", "web"}):
        took = "true"
    elif in_status_note:
        # 002 lists each approved experiment with the municipalities that carry it out.
        took = "true"
        notes.append("deltagelse ifølge statusnotatets liste over godkendte forsøg; resultatbilaget nævner den ikke")
    else:
        everyone = {m for e in evs for m in e.municipalities}
        took = "true" if everyone == {muni} else ""
        if took == "true":
            notes.append("deltagelse udledt: aktivt forsøg, som alle kilder tilskriver netop denne kommune")
        elif named({"design"}):
            notes.append("nævnt som deltager i evalueringsdesignet, men ikke i 002 eller resultatbilaget")
    if muni == "aalborg" and exp.experiment_id.startswith("r3-03"):
        notes.append("Aalborg deltager kun i jobrotationsdelen (000)")
    if muni == "frederikshavn-laesoe":
        notes.append("kilden nævner Frederikshavn og Læsø samlet; deltagelsen tæller for begge kommuner")
    elif muni == "frederikshavn":
        notes.append("kilden skriver her kun 'Frederikshavn'; se også rækken for Frederikshavn/Læsø")
    flags = {
        "applied": applied,
        "approved": approved,
        "in_status_note": in_status_note,
        "results_reported": results,
        "took_part": took,
    }
    return flags, notes


def participation_rows() -> list[dict[str, str]]:
    """participation.csv: one row per experiment x municipality the source says anything about.

    Each flag is 'true', 'false' or empty (the sources do not say); each has the citation it rests on.
    """
    evidence_by_exp = evidence()
    order = {"application": 0, "status": 1, "design": 2, "results": 3, "web": 4}
    rows = []
    for exp in experiments():
        evs = sorted(evidence_by_exp[exp.experiment_id], key=lambda e: order[e.kind])
        munis: list[str] = []
        for e in evs:
            munis += [m for m in e.municipalities if m not in munis]
        for muni in munis:
            flags, notes = _flags(exp, evs, muni)
            mine = [e for e in evs if muni in e.municipalities]
            primary = mine[0].cite
            first = lambda kinds, mine=mine: next((e.cite.ref for e in mine if e.kind in kinds), "")  # noqa: E731
            trail = "; ".join(f"{KIND_LABEL[e.kind]} {e.cite.ref}" for e in mine)
            if flags["approved"] != "true":
                network = ""
            elif exp.experiment_id.startswith("r1-01"):
                network = (
                    " Mikrolån er undtaget fra netværksgodkendelsen; andre kommuner skal søge ØIM "
                    f"({NETWORK_WIDE.ref})."
                )
            else:
                network = f" Godkendelsen gælder hele netværket ({NETWORK_WIDE.ref})."
            rows.append(
                {
                    "experiment_id": exp.experiment_id,
                    "municipality_id": muni,
                    **flags,
                    "applied_source": first({"application"}) or (first({"status"}) if flags["applied"] else ""),
                    "status_note_source": first({"status"}),
                    "results_source": first({"results"}),
                    "took_part_source": first({"results", "web"}) or first({"status"})
                    if flags["took_part"] == "true"
                    else "",
                    "source_doc": primary.doc,
                    "source_line": str(primary.line),
                    "source_quote": primary.quote,
                    "note": f"Nævnt i: {trail}." + (" " + _sentence("; ".join(notes)) if notes else "") + network,
                }
            )
    return rows


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:] + "."


def _comparable(munis: tuple[str, ...]) -> set[str]:
    """For comparing lists, Frederikshavn and Frederikshavn/Læsø count as the same participant."""
    return {"frederikshavn" if m == "frederikshavn-laesoe" else m for m in munis}


def participation_issues() -> list[SourceIssue]:
    """A SourceIssue per experiment whose municipality lists differ between application, 002, design and results."""
    names = {
        "application": ("ansøgningen", "the application"),
        "status": ("statusnotatet 002", "status note 002"),
        "design": ("evalueringsdesignet", "the evaluation design"),
        "results": ("resultatbilaget", "the result annex"),
    }
    issues = []
    for exp_id, evs in evidence().items():
        lists: dict[str, tuple[set[str], list[Cite]]] = {}
        for e in evs:
            if e.kind == "web" or e.partial:
                continue
            got, cites = lists.get(e.kind, (set(), []))
            lists[e.kind] = (got | _comparable(e.municipalities), cites + [e.cite])
        if len({frozenset(v[0]) for v in lists.values()}) <= 1:
            continue
        da, en = [], []
        for kind, (got, cites) in lists.items():
            where = ", ".join(dict.fromkeys(c.ref for c in cites))
            listed = ", ".join(vocabulary.MUNICIPALITY_IDS[m] for m in sorted(got))  # names, as people read them
            da.append(f"{names[kind][0]} ({where}): {listed}")
            en.append(f"{names[kind][1]} ({where}): {listed}")
        lines = tuple(sorted({c.line for _, cs in lists.values() for c in cs if c.doc == ANNEX}))
        issues.append(
            SourceIssue(
                f"catalogue-participation-{exp_id}",
                ANNEX,
                lines,
                "other",
                "Kilderne nævner forskellige deltagerkommuner for forsøget (Frederikshavn og Frederikshavn/Læsø regnet "
                "som samme): " + "; ".join(da) + ".",
                "The sources name different participating municipalities for the experiment (Frederikshavn and "
                "Frederikshavn/Læsø counted as the same): " + "; ".join(en) + ".",
            )
        )
    return issues


def naming_issue() -> SourceIssue:
    """'Frederikshavn' and 'Frederikshavn/Læsø' are used for the same participant of one experiment."""
    evs = evidence()
    lines: set[int] = set()
    for exp_id in ("r1-04-formkrav-samtaler", "r2-01-rehabiliteringsteams", "r3-08-ressourceforloeb-forlaengelse"):
        for e in evs[exp_id]:
            if e.cite.doc == ANNEX and {"frederikshavn", "frederikshavn-laesoe"} & set(e.municipalities):
                lines.add(e.cite.line)
    return SourceIssue(
        "catalogue-frederikshavn-laesoe-naming",
        ANNEX,
        tuple(sorted(lines)),
        "other",
        "Samme deltager skrives skiftevis 'Frederikshavn/Læsø' og 'Frederikshavn' (fx formkrav: ansøgning og 002 "
        "'Frederikshavn/Læsø', resultatbilag 14.a 'Frederikshavn'). Kataloget bevarer kildens navn: "
        "den fælles enhed Frederikshavn/Læsø hhv. Frederikshavn alene; intet fordeles på Læsø.",
        "The same participant is written 'Frederikshavn/Læsø' in some places and 'Frederikshavn' in others (e.g. "
        "formal requirements: application and 002 'Frederikshavn/Læsø', result annex 14.a 'Frederikshavn'). The "
        "catalogue keeps the source's name: the combined unit Frederikshavn/Læsø or Frederikshavn alone; nothing is "
        "allocated to Læsø.",
    )
