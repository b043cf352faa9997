"""Target and respondent groups, and the report's worded periods, in English.

The report names its groups in Danish (``respondent_group`` in facts.csv); English mode shows these names.
Each is a translation of the Danish term, not a new category; a group missing here is shown in Danish, and
tests/test_group_words.py fails so that it gets its English name.
"""

from __future__ import annotations

ENGLISH: dict[str, str] = {
    # benefits and target groups (Jobindsats' terms)
    "sygedagpengemodtagere": "sickness-benefit recipients",
    "jobparate kontanthjælpsmodtagere": "job-ready social-assistance recipients",
    "aktivitetsparate kontanthjælpsmodtagere": "activity-ready social-assistance recipients",
    "uddannelsesparate uddannelseshjælpsmodtagere": "education-ready education-assistance recipients",
    "aktivitetsparate uddannelseshjælpsmodtagere": "activity-ready education-assistance recipients",
    "uddannelses- og kontanthjælpsmodtagere samt integrationsydelsesmodtagere": "education- and social-assistance and integration-benefit recipients",
    "kontanthjælp – aktivitetsparate": "social assistance – activity-ready",
    "uddannelseshjælp – aktivitetsparate": "education assistance – activity-ready",
    "selvforsørgelse og hjemrejseydelse samt overgangsydelse": "self-support, return and transition benefits",
    "borgere i ressourceforløb": "citizens in resource programmes",
    "borgere i jobafklaringsforløb": "citizens in job-clarification programmes",
    "ressourceforløb": "resource programmes",
    "ressourceforløbsydelse": "resource-programme benefit",
    "ressourceforløb, fleksjob og førtidspension": "resource programmes, flex jobs and disability pension",
    "jobafklaringsforløb": "job-clarification programmes",
    "forsikrede ledige": "insured unemployed",
    "a-dagpengemodtagere": "unemployment-insurance benefit recipients",
    "dagpengemodtagere": "unemployment-benefit recipients",
    "a-kasse": "unemployment-insurance fund",
    "ledighedsydelse": "flex-job unemployment benefit",
    "ledighedsydelsesmodtagere": "flex-job unemployment-benefit recipients",
    "fleksjob": "flex jobs",
    "seniorførtidspension": "senior disability pension",
    "førtidspensionister i løntilskud": "disability pensioners in wage-subsidy jobs",
    "revalidering": "vocational rehabilitation",
    "dimittender": "new graduates",
    "integrationsborgere": "citizens under the integration programme",
    "nyankomne udlændinge": "newly arrived foreigners",
    "nyankomne udlændinge over 30 år": "newly arrived foreigners over 30",
    "unge nyankomne udlændinge 18-29 år": "young newly arrived foreigners aged 18-29",
    "jobparate nyankomne udlændinge": "job-ready newly arrived foreigners",
    "unge uddannelsesparate 18-29 år": "young education-ready people aged 18-29",
    "unge på uddannelseshjælp": "young people on education assistance",
    "sæsonledige": "seasonally unemployed",
    "udsatte borgere": "vulnerable citizens",
    "over 30 år": "over 30",
    "under 30 år": "under 30",
    "yngste aldersgruppe": "youngest age group",
    "ældste aldersgruppe": "oldest age group",
    "næstældste aldersgruppe (56+ år)": "second-oldest age group (56+)",
    "ældste aldersgruppe (56+ år)": "oldest age group (56+)",
    # who answered or was counted
    "borger": "citizens",
    "medarbejder": "staff",
    "leder": "managers",
    "indsatsgruppe": "intervention group",
    "sammenligningsgruppe": "comparison group",
    "samlet": "all",
    "fritagne": "exempted",
    "ikke fritagne": "not exempted",
    # certificate types (the form numbers stay as they are)
    "LÆ285": "LÆ285",
    "LÆ265": "LÆ265",
    "Journaloplysninger fra sygehuse (LÆ101-LÆ105)": "Hospital records (LÆ101-LÆ105)",
    "Journaloplysninger fra speciallæge (LÆ111-LÆ115)": "Specialist's records (LÆ111-LÆ115)",
    "Statusattest (LÆ121-LÆ125)": "Status certificate (LÆ121-LÆ125)",
    "Specifik helbredsattest (LÆ131-LÆ135)": "Specific health certificate (LÆ131-LÆ135)",
    "Generel helbredsattest (LÆ141-LÆ145)": "General health certificate (LÆ141-LÆ145)",
    "Aktuel situation fra psykolog (PSYK 121-125)": "Current situation from a psychologist (PSYK 121-125)",
    "Vurdering fra psykolog (PSYK 131-135)": "Assessment by a psychologist (PSYK 131-135)",
}


def group_name(group: object, lang: str) -> str:
    """The group's name in ``lang`` ('' for none); an unknown group keeps its Danish name."""
    text = "" if group is None or (isinstance(group, float) and group != group) else str(group)
    return ENGLISH.get(text, text) if lang == "en" else text


# Periods the report names in words rather than dates.
PERIODS_ENGLISH: dict[str, str] = {
    "1.-3. ansøgningsrunde": "application rounds 1-3",
    "1. ansøgningsrunde": "application round 1",
    "2. ansøgningsrunde": "application round 2",
    "3. ansøgningsrunde": "application round 3",
    "kort sigt": "short term",
    "mellemlang sigt": "medium term",
    "lang sigt (3-5 år)": "long term (3-5 years)",
    "under forsøget": "during the experiment",
    "før forsøget": "before the experiment",
    "ved forsøgets afslutning": "at the end of the experiment",
    "forsøgsperioden": "the experiment period",
    "ved forløbets afslutning": "at the end of the programme",
    "pr. medio 2020": "as of mid-2020",
}


def period_name(period: object, lang: str) -> str:
    """The period in ``lang``: dates as they are ('2019Q2'), worded periods translated ('før forsøget')."""
    text = "" if period is None or (isinstance(period, float) and period != period) else str(period)
    return PERIODS_ENGLISH.get(text, text) if lang == "en" else text
