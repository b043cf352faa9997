"""The inputs of the "Virkede det?" rules (DESIGN §7): per experiment and outcome, which series is the headline,
what design stands behind it, and what the report says in words (a significance statement, a result known only
from a sentence, what became of the experiment).

Written by hand from reading the source; every sentence cited here is found by its quote, never by a line number,
so the rows follow the seeds when lines shift. The figures themselves stay in facts.csv: a headline row names a
series (and, where the series holds several, the unit and periods to compare), never a value.

Roles of a row:
- ``headline``: a series whose facts are the outcome's figure(s); ``period_before``/``period`` pick a before/after
  pair, ``municipality_id`` the unit (default: the total or the network's figure, else the only unit there is).
- ``n``: a series whose fact is the headline's N where the headline facts do not carry one.
- ``result``: what the report says about the headline in words (``stated``), cited by quote.
- ``design``: the sentence that names the design (comparison group with a parallel-trends test, ...).
- ``status``: what happened to the experiment since, where experiments.csv and statements.csv do not say it.
"""

from __future__ import annotations

from dataclasses import dataclass

from frikommune.extract.sections import section_of
from frikommune.extract.seed_text import ANNEX, WEB, WISHES, find_line, heading, line_text

COLUMNS = (
    "input_id",
    "experiment_id",
    "outcome",
    "role",
    "method",
    "design",
    "series_id",
    "municipality_id",
    "respondent_group",
    "period_before",
    "period",
    "stated",
    "source_doc",
    "section",
    "source_line",
    "source_quote",
    "note_da",
    "note_en",
)
OUTCOMES = ("uptake", "effect", "saving", "citizens", "staff")
METHODS = ("significance", "before_after", "survey_mean", "judgement_share", "saving", "words", "cases", "counted")
DESIGNS = (
    "did_parallel",
    "comparison",
    "before_after_register",
    "register_count",
    "survey",
    "case_review",
    "cases",
    "unknown",
)
STATED = (
    "significant",
    "not_significant",
    "better",
    "worse",
    "no_difference",
    "made_general",
    "rejected",
    "not_started",
    "extended",
)


@dataclass(frozen=True)
class Row:
    experiment: str
    outcome: str
    role: str
    method: str = ""
    design: str = ""
    series: str = ""  # '<measure>.<digest>' within the experiment
    municipality: str = ""
    group: str = ""
    period_before: str = ""
    period: str = ""
    stated: str = ""
    doc: str = ""
    quote: str = ""
    anchor: str = ""  # a heading line (whole line) before the quote in the same document: the search starts there
    note_da: str = ""
    note_en: str = ""


R101, R103, R104, R105 = (
    "r1-01-mikrolaan",
    "r1-03-ivaerksaetteri-dimittender",
    "r1-04-formkrav-samtaler",
    "r1-05-forholdstalskrav",
)
R201, R202, R203 = "r2-01-rehabiliteringsteams", "r2-02-psykologbehandling", "r2-03-laegeattester-sygedagpenge"
R301, R303, R308 = "r3-01-revalidering", "r3-03-loentilskud-jobrotation", "r3-08-ressourceforloeb-forlaengelse"
REHAB_15A = "15.a Bilag til forsøg: Rehabiliteringsteams"
SAMTALE_14A = "14.a Bilag til forsøg: Formkrav ved lovpligtige samtaler – forsikrede ledige"
VIRK_16A = "16.a Bilag til forsøg: Flexibilitet i forhold til forholdstalskravene"

ROWS: tuple[Row, ...] = (
    # Microloans: a count from the newsletter, course evaluations whose answer coding is not stated.
    Row(R101, "uptake", "headline", "counted", "register_count", "mikro_modtog_laan_n.a8099777"),
    Row(R101, "citizens", "headline", "survey_mean", "survey", "survey_mean.82703d84"),
    Row(R101, "citizens", "headline", "survey_mean", "survey", "survey_mean.120dad7c"),
    # Entrepreneurship for graduates: staff estimates and company case stories.
    Row(R103, "uptake", "headline", "counted", "cases", "ivaerk_deltagere_pr_aar_n.84cffecd"),
    Row(R103, "uptake", "headline", "counted", "cases", "ivaerk_deltagere_pr_aar_n.8125bcbc"),
    Row(R103, "effect", "headline", "cases", "cases", "ivaerk_case_stiftere_n.88ff25ee"),
    Row(R103, "effect", "headline", "cases", "cases", "ivaerk_case_stiftere_n.8a6b0c6b"),
    Row(R103, "effect", "headline", "cases", "cases", "ivaerk_case_ansatte_n.e53b6f11"),
    Row(
        R103,
        "effect",
        "result",
        "cases",
        "cases",
        stated="better",
        doc=WEB,
        quote="bidrager det ikke blot til selvforsørgelse for den enkelte, men i visse tilfælde også til jobskabelse",
        note_da="Netværkets konklusion for iværksætteri og mikrolån; kun casehistorier bag.",
        note_en="The network's conclusion for entrepreneurship and microloans; only case stories behind it.",
    ),
    # Formal requirements for interviews (insured unemployed, Rambøll): effect figures lost, result in words.
    Row(R104, "uptake", "headline", "counted", "survey", "samtale_postponed_conversations_mean.7c6ff49f"),
    Row(
        R104,
        "effect",
        "design",
        "words",
        "did_parallel",
        doc=ANNEX,
        anchor=SAMTALE_14A,
        quote="viser analysen, at de to grupper følger parallelle udviklingsforløb",
        note_da="Difference-in-differences mod sammenligningskommuner; testen af parallelle forløb holder.",
        note_en="Difference-in-differences against comparison municipalities; the parallel-trends test holds.",
    ),
    Row(R104, "effect", "n", "words", "did_parallel", "samtale_dagpenge_observations_n.d2f17019"),
    Row(
        R104,
        "effect",
        "result",
        "words",
        "did_parallel",
        stated="no_difference",
        doc=WISHES,
        quote="Evalueringen viste stort set samme effekt ved dette forsøg",
        note_da="Effektfigurerne i Bilag 14.a er tabt (kun billedteksten står tilbage); resultatet kendes kun i ord.",
        note_en="The effect charts of Bilag 14.a are lost (only their captions survive); the result is known only "
        "in words.",
    ),
    *(
        Row(R104, "citizens", "headline", "survey_mean", "survey", f"survey_mean.{d}")
        for d in ("5ff0a52b", "f83e85e3", "7369e034", "1abac17b", "f2569f4d")
    ),
    *(
        Row(R104, "staff", "headline", "survey_mean", "survey", f"survey_mean.{d}")
        for d in ("140ffb3b", "ae2f0e7d", "cf99a519", "0fe94ea6", "daa88ecc")
    ),
    # Ratio requirements: Jobindsats share in company-based measures, first quarter 2017 against 2020.
    *(
        Row(
            R105,
            "uptake",
            "headline",
            "before_after",
            "before_after_register",
            f"virk_aktiverede_pct.{d}",
            period_before="2017Q1",
            period="2020Q1",
        )
        for d in ("c90073de", "6c199f0d", "3b43c10a", "436c4ce1", "88ce1178")
    ),
    Row(
        R105,
        "uptake",
        "design",
        "before_after",
        "before_after_register",
        doc=ANNEX,
        anchor=VIRK_16A,
        quote="Bilag 2: Udtræk fra Jobindsats",
        note_da="Udtræk fra Jobindsats før og under forsøget; ingen sammenligningsgruppe.",
        note_en="Jobindsats extracts before and during the experiment; no comparison group.",
    ),
    # Rehabilitation teams (with LÆ265 in job-clarification cases, r3-13): Rambøll's difference-in-differences.
    Row(R201, "uptake", "headline", "counted", "register_count", "citizens_n.f24cafe2", group="fritagne"),
    Row(R201, "uptake", "headline", "counted", "register_count", "cert_exemptions_n.954864e2"),
    Row(R201, "effect", "headline", "significance", "did_parallel", "rehab_did_employed_share_pp.a2f3ee71"),
    Row(
        R201,
        "effect",
        "result",
        "significance",
        "did_parallel",
        "rehab_did_employed_share_pp.a2f3ee71",
        stated="not_significant",
        doc=ANNEX,
        anchor=REHAB_15A,
        quote="overlapper alle fire konfidensintervaller med 0",
    ),
    Row(R201, "effect", "headline", "significance", "did_parallel", "rehab_did_employment_grade_pp.8c8544b8"),
    Row(
        R201,
        "effect",
        "result",
        "significance",
        "did_parallel",
        "rehab_did_employment_grade_pp.8c8544b8",
        stated="not_significant",
        doc=ANNEX,
        anchor=REHAB_15A,
        quote="igen resultater, der ikke er statistisk signifikante",
    ),
    Row(R201, "effect", "n", "significance", "did_parallel", "rehab_obs_n.4131620b"),
    Row(
        R201,
        "effect",
        "design",
        "significance",
        "did_parallel",
        doc=ANNEX,
        anchor=REHAB_15A,
        quote="har parallelle udviklingsforløb på alle de anvendte udfaldsmål",
        note_da="Difference-in-differences mod sammenligningskommuner; testen af parallelle forløb holder.",
        note_en="Difference-in-differences against comparison municipalities; the parallel-trends test holds.",
    ),
    Row(R201, "saving", "headline", "saving", "register_count", "cert_saving_net_dkk.d100f95c"),
    *(
        Row(R201, "staff", "headline", "survey_mean", "survey", f"survey_mean.{d}")
        for d in ("d4a1384b", "beaefc0d", "30d7ac35", "a402b6f1")
    ),
    # Psychological treatment: Fasit counts of the treated, no comparison.
    Row(R202, "uptake", "headline", "counted", "register_count", "citizens_n.e2126890"),
    Row(R202, "effect", "headline", "counted", "register_count", "psyk_status_pct.717c5d23"),
    # Medical certificates, sickness benefit (LÆ285): Bilag 13's count times price; made law for all in 2020.
    Row(R203, "uptake", "headline", "counted", "register_count", "cert_exemptions_n.33383dea"),
    Row(R203, "saving", "headline", "saving", "register_count", "cert_saving_net_dkk.d94cdbf3"),
    Row(
        R203,
        "status",
        "status",
        stated="made_general",
        doc=WEB,
        quote="er allerede blevet ophævet med ny lov per 1. januar 2020",
        note_da="Kravet om LÆ285 blev ophævet for alle kommuner med ny lov pr. 1. januar 2020.",
        note_en="The LÆ285 requirement was abolished for all municipalities by a new law from 1 January 2020.",
    ),
    # Vocational rehabilitation without LÆ265: management reviews of cases, Bilag 13 saving, one survey mean.
    Row(R301, "uptake", "headline", "counted", "case_review", "reval_supervision_answers_n.3baa9415"),
    Row(
        R301,
        "effect",
        "headline",
        "judgement_share",
        "case_review",
        "reval_supervision_answers_n.1f81477a",
        stated="better",
    ),
    Row(
        R301,
        "effect",
        "headline",
        "judgement_share",
        "case_review",
        "reval_supervision_answers_n.60d56168",
        stated="worse",
    ),
    Row(R301, "saving", "headline", "saving", "register_count", "cert_saving_net_dkk.d100f95c"),
    Row(R301, "staff", "headline", "survey_mean", "survey", "survey_mean.2cd3505d"),
    # Wage subsidy and job rotation: no result annex; the municipalities' sentence on the evaluation.
    Row(
        R303,
        "effect",
        "result",
        "words",
        "unknown",
        stated="better",
        doc=WISHES,
        quote="Som evalueringen vidste er der en god beskæftigelseseffekt",
        note_da="Evalueringen er ikke gengivet i bilagene; kun kommunernes egen sætning (001).",
        note_en="The evaluation is not reproduced in the annexes; only the municipalities' own sentence (001).",
    ),
    # Where the extensions are written: the government's list (001) and Aalborg's statutes on the web page (000).
    *(
        Row(
            e,
            "status",
            "status",
            stated="extended",
            doc=WISHES,
            quote="Oversigt over forsøg, der blev forlænget af regeringen til udgangen 2022",
        )
        for e in (R101, R104, R202, R308, "r3-10-foertidspension-loentilskud")
    ),
    *(
        Row(
            e, "status", "status", stated="extended", doc=WEB, anchor=heading, quote="Forlænget indtil udgangen af 2023"
        )
        for e, heading in (
            (R201, "Rehabiliteringsteams"),
            ("r3-13-laegeattest-jobafklaring", "Rehabiliteringsteams"),
            (R301, "Fritagelse for LÆ265 i visse sager for forlængelse af revalidering"),
            (
                "r3-02-ledighedsydelse-revurdering",
                "Ledighedsydelse - fritagelse for revurdering i 12. måned inden for 18 måneder",
            ),
            (R303, "Fleksible rammer for jobrotation"),
        )
    ),
    # The applications that never ran: why, in the government's or the committee's words.
    Row(
        "r1-02-fradrag-loenindtaegt",
        "status",
        "status",
        stated="rejected",
        doc=ANNEX,
        quote="Denne ansøgning svarer til et igangværende forsøg",
        note_da="Afvist: svarer til et igangværende forsøg, som regeringen ville afvente resultaterne af.",
        note_en="Refused: it matches an ongoing experiment whose results the government wanted to await.",
    ),
    Row(
        "r1-07-integrationsprogram",
        "status",
        "status",
        stated="rejected",
        doc=ANNEX,
        quote="ansøgning om et individuelt og fleksibel integrationsprogram afvises",
        note_da="Afvist: strider mod centrale elementer i regeringens integrationspolitik.",
        note_en="Refused: it runs against central elements of the government's integration policy.",
    ),
    Row(
        "r2-04-uddannelsespaalaeg",
        "status",
        "status",
        stated="not_started",
        doc=ANNEX,
        quote="at Aalborg ikke skal påbegynde dette forsøg",
        note_da="Godkendt, men aldrig startet: Beskæftigelsesudvalget vurderede, at det ikke ændrede nok.",
        note_en="Approved but never started: the employment committee judged it would not change enough.",
    ),
    Row(
        "r3-04-sanktionering",
        "status",
        "status",
        stated="rejected",
        doc=ANNEX,
        quote="imødekommes gennem et kommende oplæg til regelforenkling af sanktionslovgivningen",
        note_da="Ikke imødekommet som forsøg: regeringen henviste til en kommende forenkling af sanktionsreglerne.",
        note_en="Not granted as an experiment: the government pointed to a coming simplification of the sanction "
        "rules.",
    ),
    Row(
        "r3-06-igu",
        "status",
        "status",
        stated="rejected",
        doc=ANNEX,
        quote="da IGU er en treårig forsøgsordning",
        note_da="Afvist: IGU er en treårig ordning fra trepartsaftalen; ændringer kræver arbejdsmarkedets parter.",
        note_en="Refused: IGU is a three-year scheme of the tripartite agreement; changes need the social partners.",
    ),
    Row(
        "r3-12-rehabiliteringsteam-sammensaetning",
        "status",
        "status",
        stated="rejected",
        doc=ANNEX,
        quote="afslag på ansøgningen om *rehabiliteringsteamets sammensætning*",
        note_da="Afvist: alle faggrupper i teamet anses for nødvendige for borgerens rette forsørgelsesgrundlag.",
        note_en="Refused: every profession in the team is deemed necessary for the citizen's right benefit.",
    ),
    # Extension of resource programmes: Bilag 13 count and saving.
    Row(R308, "uptake", "headline", "counted", "register_count", "cert_exemptions_n.c39867a6"),
    Row(R308, "saving", "headline", "saving", "register_count", "cert_saving_net_dkk.d641c8ff"),
)


def _input_id(row: Row, index: int) -> str:
    return f"{row.experiment}.{row.outcome}.{row.role}.{index}"


def evidence_input_rows() -> list[dict[str, str]]:
    """The rows of data/curated/evidence_inputs.csv, each cited sentence located by its quote."""
    out = []
    counters: dict[tuple[str, str, str], int] = {}
    for row in ROWS:
        if row.outcome not in (*OUTCOMES, "status"):
            raise ValueError(f"unknown outcome {row.outcome!r}")
        if row.method and row.method not in METHODS or row.design and row.design not in DESIGNS:
            raise ValueError(f"unknown method or design in {row}")
        if row.stated and row.stated not in STATED:
            raise ValueError(f"unknown statement {row.stated!r}")
        key = (row.experiment, row.outcome, row.role)
        counters[key] = counters.get(key, 0) + 1
        line, section = "", ""
        if row.quote:
            start = heading(row.doc, row.anchor) if row.anchor else 1
            number = find_line(row.doc, row.quote, start)
            assert row.quote in line_text(row.doc, number)
            line, section = str(number), section_of(row.doc, number)
        out.append(
            {
                "input_id": _input_id(row, counters[key]),
                "experiment_id": row.experiment,
                "outcome": row.outcome,
                "role": row.role,
                "method": row.method,
                "design": row.design,
                "series_id": f"{row.experiment}.{row.series}" if row.series else "",
                "municipality_id": row.municipality,
                "respondent_group": row.group,
                "period_before": row.period_before,
                "period": row.period,
                "stated": row.stated,
                "source_doc": row.doc,
                "section": section,
                "source_line": line,
                "source_quote": row.quote,
                "note_da": row.note_da,
                "note_en": row.note_en,
            }
        )
    return out
