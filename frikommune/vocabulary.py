"""The fixed identifiers every curated table and every upload uses: municipalities, themes, experiments, groups.

One home for the vocabulary shared by the extractor (``frikommune.extract``) and the upload engine
(``frikommune.ingest``): both import it, neither imports the other. It is plain data plus exact-name look-ups;
the upload engine's tolerant matching of typed names (case, accents, "Kommune", near misses) stays in
``frikommune.ingest.vocab``, since only uploads need it.

Experiment ids follow the application rounds of the source (Bilag 1-3 of 003_*.txt and the status
note 002_*.txt): ``r<round>-<application number>-<slug>``. The catalogue extraction fills in titles,
rules, periods and status; every other extraction only refers to these ids.
"""

from __future__ import annotations

MUNICIPALITY_IDS: dict[str, str] = {
    "aalborg": "Aalborg",
    "broenderslev": "Brønderslev",
    "frederikshavn": "Frederikshavn",
    "hjoerring": "Hjørring",
    "jammerbugt": "Jammerbugt",
    "laesoe": "Læsø",
    "mariagerfjord": "Mariagerfjord",
    "morsoe": "Morsø",
    "rebild": "Rebild",
    "thisted": "Thisted",
    "vesthimmerland": "Vesthimmerland",
}
# The name as the source and the pages print it -> id ("Brønderslev" -> "broenderslev").
MUNICIPALITY_BY_NAME: dict[str, str] = {name: mid for mid, name in MUNICIPALITY_IDS.items()}

# The source often reports Frederikshavn and Læsø as one unit ("Frederikshavn/Læsø"): Læsø's jobcenter
# tasks are handled by Frederikshavn. Such figures are kept on this combined unit, never split.
COMBINED_UNITS: dict[str, tuple[str, ...]] = {"frederikshavn-laesoe": ("frederikshavn", "laesoe")}
# How the combined unit is written: its name first (the one pages print), then the other spellings an upload may
# use. An upload naming both goes to the combined unit, never to one of the two (see README, Data).
COMBINED_NAMES: dict[str, tuple[str, ...]] = {
    "frederikshavn-laesoe": (
        "Frederikshavn/Læsø",
        "Frederikshavn-Læsø",
        "Frederikshavn og Læsø",
        "Frederikshavn & Læsø",
        "Frederikshavn + Læsø",
        "Frederikshavn Læsø",
        "Frederikshavn og Læsø Kommuner",
        "Jobcenter Frederikshavn/Læsø",
    ),
}
NETWORK = "network"  # totals for the whole network: all eleven municipalities
TOTAL = "total"  # a total over some of them; the fact's ``scope`` names which
COMPARISON = "comparison"  # the comparison municipalities outside the network (Bilag 15.a's register analysis)
COMPARISON_GROUP = "sammenligningsgruppe"
GENERAL = "general"  # a rule setting or a price: true for every municipality alike, not a total of theirs

THEME_IDS: dict[str, str] = {
    "samtale": "Færre proceskrav i samtale og borgermødet",
    "rehabilitering": "Færre proceskrav i rehabiliteringsteams og med lægeattester",
    "virksomhed": "Færre proceskrav i den virksomhedsrettede indsats",
    "nye-indsatser": "Nye indsatser i beskæftigelseslovgivningen (psykologbehandling og iværksætteri)",
}

# Applications per round as listed in the table of contents of 003_*.txt (lines 14-38) and 002_*.txt.
EXPERIMENT_IDS: tuple[str, ...] = (
    "r1-01-mikrolaan",
    "r1-02-fradrag-loenindtaegt",
    "r1-03-ivaerksaetteri-dimittender",
    "r1-04-formkrav-samtaler",
    "r1-05-forholdstalskrav",
    "r1-06-fleksibel-uddannelse",
    "r1-07-integrationsprogram",
    "r2-01-rehabiliteringsteams",
    "r2-02-psykologbehandling",
    "r2-03-laegeattester-sygedagpenge",
    "r2-04-uddannelsespaalaeg",
    "r3-01-revalidering",
    "r3-02-ledighedsydelse-revurdering",
    "r3-03-loentilskud-jobrotation",
    "r3-04-sanktionering",
    "r3-05-mentorregler",
    "r3-06-igu",
    "r3-07-kontaktforloeb-integration",
    "r3-08-ressourceforloeb-forlaengelse",
    "r3-09-indsatsplan-ressourceforloeb",
    "r3-10-foertidspension-loentilskud",
    "r3-11-praktik-ledighedsydelse",
    "r3-12-rehabiliteringsteam-sammensaetning",
    "r3-13-laegeattest-jobafklaring",
)
# Facts that belong to no single experiment (e.g. the network-wide certificate saving) use this id.
ALL_EXPERIMENTS = "all"

FAMILIES = ("uptake", "duration", "saving", "satisfaction", "response", "effect", "target", "price")
UNITS = ("count", "pct", "pp", "dkk", "weeks", "days", "months", "years", "hours", "ratio", "score")
RESPONDENT_GROUPS = ("borger", "medarbejder", "virksomhed", "laege", "a-kasse", "leder")


def municipality_id(name: str) -> str | None:
    """The id of a municipality written exactly as the source writes it ('Hjørring' -> 'hjoerring'), else None."""
    return MUNICIPALITY_BY_NAME.get(name)


def known_municipality(municipality: str) -> bool:
    """True for an id a curated fact may carry as its municipality: one of the 11, a combined unit or the network."""
    return municipality in MUNICIPALITY_IDS or municipality in COMBINED_UNITS or municipality == NETWORK
