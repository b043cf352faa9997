"""Measures of Bilag 13 (certificate savings) and Bilag 15 (rehabiliteringsteams, revalidering, LÆ285 prices)."""

from frikommune.extract.common import CITIZENS_N, RESPONDENTS_N, RESPONSE_RATE_PCT, SURVEY_MEAN, Measure

# Bilag 13: the cross-cutting saving on medical certificates. The savings page rebuilds
# count x price - other documentation = net from these, so each step has its own measure.
CERT = [
    Measure(
        "cert_exemptions_n",
        "Anvendte fritagelser for lægeattest",
        "Certificate exemptions used",
        "Antal gange (eller sager hvor) muligheden for at undlade at indhente lægeattesten er anvendt, som "
        "kommunernes registreringer eller ledelsestilsyn opgør det (attesttypen står i gruppe).",
        "Number of times (or cases in which) the option not to obtain the medical certificate was used, as the "
        "municipalities' registrations or management reviews count it (certificate type in group).",
        "count",
        None,
        "uptake",
    ),
    Measure(
        "cert_price_dkk",
        "Attesttakst",
        "Certificate price",
        "Prisen for én lægeattest eller anden lægelig dokumentation efter takstkortet (2020-satser; attesten står "
        "i gruppe).",
        "Price of one medical certificate or other medical documentation on the fee schedule (2020 rates; the "
        "certificate is given in group).",
        "dkk",
        None,
        "price",
    ),
    Measure(
        "cert_saving_gross_dkk",
        "Bruttobesparelse på lægeattester",
        "Gross certificate saving",
        "Antal anvendte fritagelser gange attestens pris, før udgiften til anden indhentet dokumentation er "
        "trukket fra.",
        "Number of exemptions used times the certificate's price, before the cost of other documentation "
        "obtained instead is deducted.",
        "dkk",
        True,
        "saving",
    ),
    Measure(
        "cert_other_docs_cost_dkk",
        "Udgift til anden dokumentation",
        "Cost of other documentation",
        "Udgiften til den lægelige dokumentation (journaloplysninger, statusattest m.m.) der er indhentet i "
        "stedet for lægeattesten; trækkes fra bruttobesparelsen.",
        "Cost of the medical documentation (hospital records, status certificate etc.) obtained instead of the "
        "certificate; deducted from the gross saving.",
        "dkk",
        False,
        "saving",
    ),
    Measure(
        "cert_saving_net_dkk",
        "Nettobesparelse på lægeattester",
        "Net certificate saving",
        "Forsøgets besparelse på lægeattester efter fradrag af udgiften til anden dokumentation, hvor kilden "
        "foretager et sådant fradrag; ellers antal fritagelser gange pris, som kilden opgør det.",
        "The experiment's saving on medical certificates after deducting the cost of other documentation where "
        "the source makes that deduction; otherwise exemptions times price, as the source states it.",
        "dkk",
        True,
        "saving",
    ),
    Measure(
        "cert_saving_total_dkk",
        "Samlet besparelse på lægeattester",
        "Total certificate saving",
        "Den samlede besparelse på lægeattester i de fire forsøg med fritagelse pr. medio 2020 (2020-satser).",
        "Total saving on medical certificates across the four experiments with exemptions, as of mid-2020 "
        "(2020 rates).",
        "dkk",
        True,
        "saving",
    ),
    Measure(
        "cert_cases_reviewed_n",
        "Sager gennemgået i ledelsestilsyn",
        "Cases reviewed by management",
        "Antal sager der er gennemgået i ledelsestilsyn og som andelen af fritagelser er opgjort på.",
        "Number of cases reviewed by management supervision, on which the share of exemptions is measured.",
        "count",
        None,
        "uptake",
    ),
    Measure(
        "cert_cases_total_n",
        "Sager i alt",
        "Cases in total",
        "Det samlede antal sager i forsøget, som andelen af fritagelser anvendes på for at estimere besparelsen.",
        "Total number of cases in the experiment to which the exemption share is applied to estimate the saving.",
        "count",
        None,
        "uptake",
    ),
    Measure(
        "cert_exemption_share_pct",
        "Andel sager med fritagelse",
        "Share of cases exempted",
        "Andel af sagerne hvor muligheden for at undlade at indhente lægeattesten er anvendt.",
        "Share of cases in which the option not to obtain the medical certificate was used.",
        "pct",
        None,
        "uptake",
    ),
    Measure(
        "cert_other_docs_share_pct",
        "Andel med anden dokumentation",
        "Share with other documentation",
        "Andel af tilfældene hvor der i stedet for lægeattesten er indhentet anden lægelig dokumentation "
        "(journaloplysninger fra sygehus, statusattest fra egen læge eller begge).",
        "Share of cases in which other medical documentation (hospital records, a status certificate from the "
        "GP, or both) was obtained instead of the certificate.",
        "pct",
        None,
        "uptake",
    ),
]

_DID_DA = (
    "Effekt estimeret i en difference-in-differences-regression: forskellen i udviklingen fra før "
    "(2016) til efter (juli 2017-december 2019) mellem sygedagpengeforløb i frikommunerne og i "
    "sammenligningskommunerne, i procentpoint, {what} (antal måneder efter opstart står ved tallet)."
)
_DID_EN = (
    "Effect estimated by a difference-in-differences regression: the difference in the change from before "
    "(2016) to after (July 2017-December 2019) between sickness-benefit spells in the free municipalities "
    "and in the comparison municipalities, in percentage points, {what} (the months after start are "
    "given with each figure)."
)


def _did(mid: str, da: str, en: str, what_da: str, what_en: str, better: bool | None) -> Measure:
    return Measure(mid, da, en, _DID_DA.format(what=what_da), _DID_EN.format(what=what_en), "pp", better, "effect")


# Bilag 15.a: rehabiliteringsteams (register effect analysis, target group analysis).
REHAB = [
    Measure(
        "rehab_forloeb_n",
        "Antal sygedagpengeforløb i effektanalysen",
        "Sickness-benefit spells in the analysis",
        "Antal sygedagpengeforløb der i halvåret overgår til jobafklaringsforløb, førtidspension, fleksjob eller "
        "ressourceforløb, i indsatsgruppen (frikommunerne) eller sammenligningsgruppen (Tabel 0.9).",
        "Number of sickness-benefit spells that move on to a job clarification course, disability pension, flex "
        "job or resource course in the half-year, in the treatment group (free municipalities) or the comparison "
        "group (Table 0.9).",
        "count",
        None,
        "uptake",
    ),
    Measure(
        "rehab_obs_n",
        "Antal observationer",
        "Number of observations",
        "Antal forløb (observationer) som et resultat eller et effektestimat bygger på; et udfaldsmål kan kun "
        "beregnes for forløb der er startet tidligt nok før data slutter i februar 2020 (figur/tabel og "
        "måleperiode står ved tallet).",
        "Number of spells (observations) a result or effect estimate is based on; an outcome can only be "
        "computed for spells that started early enough before the data end in February 2020 (figure/table and "
        "months after start are given with each figure).",
        "count",
        None,
        "response",
    ),
    Measure(
        "rehab_employed_share_pct",
        "Andel som opnår beskæftigelse",
        "Share who get employment",
        "Andelen af forløbene der i løbet af den givne tidsperiode efter opstart opnår beskæftigelse.",
        "Share of spells that get employment at some point in the given period after start.",
        "pct",
        True,
        "effect",
    ),
    Measure(
        "rehab_company_share_pct",
        "Andel i virksomhedsrettet indsats",
        "Share in company-based activation",
        "Andelen der i løbet af den givne tidsperiode har deltaget i virksomhedsrettet indsats "
        "(virksomhedspraktik og løntilskud).",
        "Share who took part in company-based activation (work placement, wage subsidy) during the period.",
        "pct",
        None,
        "effect",
    ),
    Measure(
        "rehab_company_grade_pct",
        "Grad af virksomhedsrettet indsats",
        "Degree of company-based activation",
        "Gennemsnitlig andel af ugerne i tidsperioden hvor borgeren er i virksomhedsrettet indsats (0 = ingen "
        "uger, 100 = alle uger).",
        "Average share of the weeks in the period in which the citizen is in company-based activation "
        "(0 = no weeks, 100 = all weeks).",
        "pct",
        None,
        "effect",
    ),
    Measure(
        "rehab_guidance_share_pct",
        "Andel i vejledning og opkvalificering",
        "Share in guidance and upskilling",
        "Andelen der i løbet af den givne tidsperiode har deltaget i vejledning og opkvalificering.",
        "Share who took part in guidance and upskilling during the period.",
        "pct",
        None,
        "effect",
    ),
    Measure(
        "rehab_guidance_grade_pct",
        "Grad af vejledning og opkvalificering",
        "Degree of guidance and upskilling",
        "Gennemsnitlig andel af ugerne i tidsperioden hvor borgeren er i vejledning og opkvalificering "
        "(0 = ingen uger, 100 = alle uger).",
        "Average share of the weeks in the period in which the citizen is in guidance and upskilling "
        "(0 = no weeks, 100 = all weeks).",
        "pct",
        None,
        "effect",
    ),
    _did(
        "rehab_did_employed_share_pp",
        "Effekt på andel med beskæftigelse",
        "Effect on share employed",
        "på andelen som opnår beskæftigelse",
        "on the share who get employment",
        True,
    ),
    _did(
        "rehab_did_employment_grade_pp",
        "Effekt på beskæftigelsesgrad",
        "Effect on employment rate",
        "på den gennemsnitlige beskæftigelsesgrad",
        "on the average employment rate",
        True,
    ),
    _did(
        "rehab_did_company_share_pp",
        "Effekt på andel i virksomhedsrettet indsats",
        "Effect on share in company-based activation",
        "på andelen i virksomhedsrettet indsats",
        "on the share in company-based activation",
        None,
    ),
    _did(
        "rehab_did_company_grade_pp",
        "Effekt på grad af virksomhedsrettet indsats",
        "Effect on degree of company-based activation",
        "på graden af virksomhedsrettet indsats",
        "on the degree of company-based activation",
        None,
    ),
    _did(
        "rehab_did_guidance_share_pp",
        "Effekt på andel i vejledning og opkvalificering",
        "Effect on share in guidance and upskilling",
        "på andelen i vejledning og opkvalificering",
        "on the share in guidance and upskilling",
        None,
    ),
    Measure(
        "rehab_target_age_mean",
        "Gennemsnitsalder",
        "Mean age",
        "Borgernes gennemsnitsalder ved overgangen fra sygedagpenge, for fritagne og ikke fritagne borgere "
        "(målgruppeanalysen).",
        "Citizens' mean age at the move from sickness benefit, for exempted and not exempted citizens "
        "(target group analysis).",
        "years",
        None,
        "target",
    ),
    Measure(
        "rehab_exemption_rate_pct",
        "Fritagelsesgrad",
        "Exemption rate",
        "Andelen af alle opstartede borgere i gruppen som fritages (fritagelsen står ved tallet).",
        "Share of all citizens starting in the group who are exempted (the exemption is given with each figure).",
        "pct",
        None,
        "target",
    ),
    Measure(
        "rehab_target_emp_grade_pct",
        "Historisk beskæftigelsesgrad",
        "Prior employment rate",
        "Borgernes gennemsnitlige beskæftigelsesgrad et år inden opstart (målgruppeanalysen).",
        "Citizens' average employment rate in the year before start (target group analysis).",
        "pct",
        None,
        "target",
    ),
]

# Bilag 15.b: revalidering (management supervision of cases, Nov 2018-Feb 2019 employee survey).
REVAL = [
    Measure(
        "reval_cases_started_n",
        "Påbegyndte revalideringssager",
        "Rehabilitation cases started",
        "Antal påbegyndte nye revalideringssager i de deltagende kommuner fra juli 2018 til marts 2020.",
        "Number of new vocational rehabilitation cases started in the participating municipalities from July "
        "2018 to March 2020.",
        "count",
        None,
        "uptake",
    ),
    Measure(
        "reval_cases_closed_n",
        "Afsluttede revalideringssager",
        "Rehabilitation cases closed",
        "Antal afsluttede revalideringssager i de deltagende kommuner fra juli 2018 til marts 2020.",
        "Number of vocational rehabilitation cases closed in the participating municipalities from July 2018 "
        "to March 2020.",
        "count",
        None,
        "uptake",
    ),
    Measure(
        "reval_cases_n",
        "Revalideringssager oplyst af kommunen",
        "Rehabilitation cases reported",
        "Antal revalideringssager i forsøgsperioden som en kommune selv har oplyst uden for ledelsestilsynet.",
        "Number of vocational rehabilitation cases in the experiment period reported by a municipality outside "
        "the management supervision.",
        "count",
        None,
        "uptake",
    ),
    Measure(
        "reval_supervision_cases_n",
        "Sager gennemgået i ledelsestilsyn",
        "Cases reviewed in supervision",
        "Antal revalideringssager gennemgået i ledelsestilsyn i perioden.",
        "Number of vocational rehabilitation cases reviewed by management supervision in the period.",
        "count",
        None,
        "response",
    ),
    Measure(
        "reval_supervision_share_pct",
        "Andel sager gennemgået",
        "Share of cases reviewed",
        "Andel af alle påbegyndte revalideringssager der er gennemgået i ledelsestilsyn.",
        "Share of all started vocational rehabilitation cases reviewed by management supervision.",
        "pct",
        None,
        "response",
    ),
    Measure(
        "reval_supervision_answers_n",
        "Sager fordelt på vurdering i ledelsestilsyn",
        "Reviewed cases by assessment",
        "Antal gennemgåede sager med den angivne vurdering (Ikke relevant/Ja/Nej) på et spørgsmål i "
        "ledelsestilsynets skema (spørgsmål og svar står ved tallet).",
        "Number of reviewed cases with the given assessment (Not relevant/Yes/No) on a question of the "
        "management supervision form (question and answer are given with each figure).",
        "count",
        None,
        "uptake",
    ),
    Measure(
        "reval_le265_drop_pct",
        "Fald i indhentede LÆ 265",
        "Drop in LÆ 265 certificates obtained",
        "Fald i antallet af indhentede lægeerklæringer (LÆ 265) i revalideringssager, som kilden angiver det.",
        "Drop in the number of medical certificates (LÆ 265) obtained in rehabilitation cases, as the source "
        "states it.",
        "pct",
        None,
        "uptake",
    ),
]

MEASURES = [SURVEY_MEAN, RESPONDENTS_N, RESPONSE_RATE_PCT, CITIZENS_N, *CERT, *REHAB, *REVAL]
