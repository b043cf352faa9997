"""The fixed identifiers every curated table uses: municipalities, themes and experiments.

Experiment ids follow the application rounds of the source (Bilag 1-3 of 003_*.txt and the status
note 002_*.txt): ``r<round>-<application number>-<slug>``. The catalogue extraction fills in titles,
rules, periods and status; every other extraction only refers to these ids.
"""

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
# The source often reports Frederikshavn and Læsø as one unit ("Frederikshavn/Læsø"): Læsø's jobcenter
# tasks are handled by Frederikshavn. Such figures are kept on this combined unit, never split.
COMBINED_UNITS: dict[str, tuple[str, ...]] = {"frederikshavn-laesoe": ("frederikshavn", "laesoe")}
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
