"""Bilag 15.c – Differentiering i valg af lægeattester (r2-03) and 15.d – Forlængelse af ressourceforløb (r3-08).

15.c prints the employee questionnaire on LÆ285 (questions and answer codes only, no results) and the fee
schedule "Attesttakster pr. 1. april 2020", one certificate per row, which the savings page uses for its
what-if prices. 15.d prints two citizen questionnaires without any answers. Only the fee schedule has figures.
"""

from __future__ import annotations

import re

from frikommune.extract.annex13_15_common import DOC, anchor, table_lines
from frikommune.extract.common import Fact, Question, Series, SourceIssue, fact
from frikommune.extract.seed_text import cell_number, cell_quote, cells, heading

EXP = "r2-03-laegeattester-sygedagpenge"


def section() -> tuple[int, int]:
    start = heading(DOC, "15.c Bilag til forsøg: Differentiering i valg af lægeattester på sygedagpengeområdet")
    return start, heading(DOC, "15.d Bilag til forsøg: Forlængelse af ressourceforløbsager", start)


def _price_rows() -> list[int]:
    start, end = section()
    caption = anchor("Bilag 2: Attesttakster pr. 1. april 2020", start, end)
    rows = table_lines(caption)
    assert [c.strip() for c in cells(DOC, rows[0])] == ["Attest", "Sats pr. 1. april 2020"]
    return rows[1:]


# The fee schedule's one column is one series; its rows (the certificates) are the groups.
PRICE_SERIES = Series(
    "Bilag 15.c, Bilag 2: Attesttakster pr. 1. april 2020",
    "Attesttakst pr. 1. april 2020",
    "Certificate fee as of 1 April 2020",
    statistic="price",
)


def _group(label: str) -> str:
    """The certificate as the group: its code where the row is one LÆ form (so 'LÆ265'/'LÆ285' match Bilag 13),
    else the row label as printed without the trailing colon."""
    label = label.strip().rstrip(":").strip()
    code = re.match(r"(LÆ\d+)(?:/|$)", label)
    return code[1] if code else label


def prices() -> list[Fact]:
    out = []
    for line in _price_rows():
        row = cells(DOC, line)
        # 'kr. 0' for hospital records is a real price of 0 kr., not a missing cell.
        out.append(
            fact(
                DOC,
                line,
                cell_quote(DOC, line, 1),
                experiment=EXP,
                measure="cert_price_dkk",
                unit="dkk",
                value=cell_number(row[1]),
                group=_group(row[0]),
                period="2020-04",
                series=PRICE_SERIES,
                note=f"Bilag 15.c, Attesttakster pr. 1. april 2020: {row[0].strip().rstrip(':').strip()}",
            )
        )
    return out


def key_lines() -> dict[str, int]:
    return {_group(cells(DOC, line)[0]): line for line in _price_rows()}


def source_issues() -> list[SourceIssue]:
    start, end = section()
    questionnaire = anchor("Evaluering af frikommuneforsøg vedr. fritagelse for LÆ285", start, end)
    d_start = end
    d_form = anchor("Bilag 2: Spørgeskema til borger – effekt af fritagelse", d_start)
    return [
        SourceIssue(
            "annex13_15-15cd-no-results",
            DOC,
            (questionnaire, d_start, d_form),
            "other",
            "Bilag 15.c gengiver kun spørgeskemaet til medarbejderne om LÆ285 (spørgsmål og svarkategorier), og "
            "Bilag 15.d kun to tomme spørgeskemaer til borgerne; resultaterne findes ikke i bilagsmappen.",
            "Bilag 15.c only reproduces the employee questionnaire on LÆ285 (questions and answer categories), and "
            "Bilag 15.d only two empty citizen questionnaires; the results are not in the annex volume.",
        ),
    ]


# --- The questionnaires of 15.c (employees, on LÆ285) and 15.d (citizens): questions only, no answers ---------

_SCALE_NONE = ("Ikke angivet i kilden", "Not given in the source")
_SCALE_PCT = ("Skøn mellem 0 og 100 %", "Estimate between 0 and 100%")
_SCALE_GRADE = (
    "(1) I høj grad, (2) I nogen grad, (3) Hverken eller, (4) I mindre grad, (5) Slet ikke, (6) Ved ikke",
    "(1) To a high degree, (2) To some degree, (3) Neither, (4) To a lesser degree, (5) Not at all, (6) Don't know",
)
_SCALE_YES_NO = ("Ja, Nej", "Yes, No")
_SCALE_YES_NO_DK = ("Ja, Nej, Ved ikke", "Yes, No, Don't know")
_SCALE_TEXT = ("Fritekst", "Free text")

# (question_id, verbatim text as the questionnaire prints it, English, scale). The answer codes of 15.c run
# from the best to the worst answer, and no results are printed, so no direction is claimed (None).
_LAE285_QUESTIONS = (
    (
        "lae285_q1_andel_lae285",
        "I hvor stor en andel af sygedagpengesagerne foreligger lægeattesten LÆ285 til brug for første "
        "opfølgningssamtale (angiv et skøn efter din bedste vurdering mellem 0 og 100%)?",
        "In what share of sickness-benefit cases is the LÆ285 medical certificate available for the first "
        "follow-up interview (give your best estimate between 0 and 100%)?",
        _SCALE_PCT,
    ),
    (
        "lae285_q2_andel_alternativ",
        "I hvor stor en andel af sygedagpengesagerne foreligger alternativt indhentet attest(er) til brug for "
        "første opfølgningssamtale (angiv et skøn efter din bedste vurdering mellem 0 og 100%)?",
        "In what share of sickness-benefit cases are alternatively obtained certificate(s) available for the first "
        "follow-up interview (give your best estimate between 0 and 100%)?",
        _SCALE_PCT,
    ),
    (
        "lae285_q3_tidlighed",
        "Hvordan vurderer du, at forsøget generelt har påvirket, hvor tidligt der foreligger et grundlag for at "
        "handle i sagerne?",
        "How do you judge that the experiment has generally affected how early there is a basis for acting in "
        "the cases?",
        (
            "(1) Det foreligger tidligere end før forsøget, (2) Det foreligger lige så hurtigt som før forsøget, "
            "(3) Det foreligger senere end før forsøget",
            "(1) It is available earlier than before the experiment, (2) It is available as quickly as before the "
            "experiment, (3) It is available later than before the experiment",
        ),
    ),
    (
        "lae285_q4_lae285_relevant",
        "Vurderer du, at LÆ285 generelt udgør et relevant grundlag ved første opfølgningssamtale set i relation "
        "til borgernes helbredstilstand?",
        "Do you judge that LÆ285 generally provides a relevant basis at the first follow-up interview, given the "
        "citizens' state of health?",
        _SCALE_GRADE,
    ),
    (
        "lae285_q5_alternativ_relevant",
        "Vurderer du, at de alternativt indhentede attester generelt udgør et relevant grundlag ved første "
        "opfølgningssamtale set i relation til borgernes helbredstilstand?",
        "Do you judge that the alternatively obtained certificates generally provide a relevant basis at the "
        "first follow-up interview, given the citizens' state of health?",
        _SCALE_GRADE,
    ),
    (
        "lae285_q6_irrelevant_dok",
        "Hvad har forsøget generelt betydet for, hvor ofte du sidder med irrelevant dokumentation ved første "
        "samtale (eftersom det ikke er et krav at indhente LÆ285)?",
        "What has the experiment generally meant for how often you have irrelevant documentation at the first "
        "interview (since obtaining LÆ285 is not required)?",
        (
            "(1) Det sker i færre tilfælde, (3) Forsøget har ikke ændret noget, (2) Det sker i flere tilfælde",
            "(1) It happens in fewer cases, (3) The experiment has changed nothing, (2) It happens in more cases",
        ),
    ),
    (
        "lae285_q7_grundlag",
        "Hvad har forsøget generelt set betydet for grundlaget for at handle i sagerne?",
        "What has the experiment generally meant for the basis for acting in the cases?",
        (
            "(1) Det er blevet bedre, (2) Det er uændret, (3) Det er blevet dårligere",
            "(1) It has improved, (2) It is unchanged, (3) It has got worse",
        ),
    ),
)
_RESSOURCE_QUESTIONS = (
    (
        "ressource_oensket_forlaengelse",
        "Har borger ønsket forlængelse af ressourceforløbet udenom rehabiliteringsteamet.",
        "Did the citizen want the resource course extended without going through the rehabilitation team?",
        _SCALE_YES_NO,
    ),
    ("ressource_varighed", "Varigheden af forlængelsen", "Length of the extension", _SCALE_NONE),
    (
        "ressource_fleksibilitet",
        "Har du oplevet en større grad af fleksibilitet i dit samarbejde med Frederikshavn Kommune i forbindelse "
        "med, at din sag er blevet fritaget for forelæggelse for rehabiliteringsteamet?",
        "Have you experienced more flexibility in your cooperation with Frederikshavn Municipality now that your "
        "case has been exempted from being put to the rehabilitation team?",
        _SCALE_YES_NO_DK,
    ),
    (
        "ressource_sammenhaeng",
        "Har du oplevet mere sammenhæng i behandlingen af din sag i forbindelse med, at den er blevet fritaget "
        "for forelæggelse for rehabiliteringsteamet?",
        "Have you experienced more coherence in the handling of your case now that it has been exempted from "
        "being put to the rehabilitation team?",
        _SCALE_YES_NO_DK,
    ),
    (
        "ressource_oplevelse",
        "Hvorledes har du oplevet, at din sag ikke skal forelægges rehabiliteringsteamet?",
        "How have you experienced that your case does not have to be put to the rehabilitation team?",
        (
            "Som noget meget positivt, Som noget positivt, Hverken positivt eller negativt, Som noget negativt, "
            "Som noget meget negativt",
            "As very positive, As positive, Neither positive nor negative, As negative, As very negative",
        ),
    ),
    (
        "ressource_betydning",
        "Beskriv hvad der havde betydning for din oplevelse",
        "Describe what mattered for your experience",
        _SCALE_TEXT,
    ),
)


def questions() -> list[Question]:
    """The questions of the 15.c and 15.d questionnaires, each checked to stand verbatim in its section."""
    start, end = section()
    d_end = heading(DOC, "16-Færre proceskrav – i den virksomhedsrettede indsats", end)
    out = []
    for (qid, text_da, text_en, (scale_da, scale_en)), (s, e) in (
        *((q, (start, end)) for q in _LAE285_QUESTIONS),
        *((q, (end, d_end)) for q in _RESSOURCE_QUESTIONS),
    ):
        anchor(text_da, s, e)  # raises unless the text stands verbatim in its section
        out.append(Question(qid, text_da, text_en, scale_da, scale_en, None))
    return out


def facts() -> list[Fact]:
    return prices()
