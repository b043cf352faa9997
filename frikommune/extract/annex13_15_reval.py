"""Bilag 15.b – Forenkling af bevillingsgrundlaget for revalidering (experiment r3-01).

Two parts survive with figures:
- Bilag 1, management supervision (ledelsestilsyn): started/closed cases per municipality July 2018-March
  2020, and the supervision form's five questions answered Ikke relevant/Ja/Nej for all 155 reviewed cases and
  for each of the three rounds (33 + 69 + 53 cases). Regular tables, parsed below.
- An employee survey (Enalyzer report, November 2018-February 2019): the charts are lost; only one mean, its N
  and the counts of free-text answers survive. The free-text answers themselves are not extracted (they are
  quotations, some describing individual citizens' cases).
"""

from __future__ import annotations

import re

from frikommune import vocabulary
from frikommune.extract.annex13_15_common import DOC, anchor, table_lines
from frikommune.extract.common import Fact, LostFigure, Question, Series, SourceIssue, fact
from frikommune.extract.seed_text import (
    cell_number,
    cell_quote,
    cells,
    heading,
    is_missing,
    line_text,
    table_municipality,
)

EXP = "r3-01-revalidering"
ALL_PERIOD = "2018-07-2020-03"
# The three supervision rounds as their headings give them ("Juli 18-marts 2019", "marts 2019-aug. 2019",
# "sep. 2019-marts 2020").
ROUNDS = (
    ("Juli 18-marts 2019 – 33 sager", "2018-07-2019-03"),
    ("Ledelsestilsyn marts 2019-aug. 2019 – 69 sager", "2019-03-2019-08"),
    ("Ledelsestilsyn sep. 2019-marts 2020 – 53 sager", "2019-09-2020-03"),
)
ANSWERS = ("Ikke relevant", "Ja", "Nej")
_ANSWERS_EN = {"Ikke relevant": "Not relevant", "Ja": "Yes", "Nej": "No"}


def _source(what: str) -> str:
    return f"Bilag 15.b, {what}"


_CASES_TABLE = "Opgørelse over revalideringssager i de deltagende kommuner fra juli 2018 – marts 2020"
_CASE_SERIES = {
    "reval_cases_started_n": Series(
        _source(_CASES_TABLE), "Påbegyndte revalideringssager", "Rehabilitation cases started", statistic="count"
    ),
    "reval_cases_closed_n": Series(
        _source(_CASES_TABLE), "Afsluttede revalideringssager", "Rehabilitation cases closed", statistic="count"
    ),
}


def section() -> tuple[int, int]:
    start = heading(DOC, "15.b Bilag til forsøg: Forenkling af bevillingsgrundlaget for revalidering")
    end = heading(DOC, "15.c Bilag til forsøg: Differentiering i valg af lægeattester på sygedagpengeområdet", start)
    return start, end


def _find(text: str, after: int | None = None) -> int:
    start, end = section()
    return anchor(text, after or start, end)


def cases_per_municipality() -> list[Fact]:
    caption = _find("Opgørelse over revalideringssager i de deltagende kommuner")
    total = _find("Der er i perioden påbegyndt 239 sager")
    # The total is printed in the sentence above the table (the table has no total row).
    out = [
        fact(
            DOC,
            total,
            "påbegyndt 239 sager i de deltagende kommuner i alt",
            experiment=EXP,
            measure="reval_cases_started_n",
            unit="count",
            value=239,
            period=ALL_PERIOD,
            series=Series(
                _source("tekst til opgørelsen over revalideringssager"),
                "Påbegyndte sager i alt",
                "Cases started in total",
                statistic="total",
            ),
            note="Påbegyndte revalideringssager i alt, juli 2018-marts 2020",
        )
    ]
    rows = table_lines(caption)
    header, body = rows[0], rows[1:]
    assert [c.strip() for c in cells(DOC, header)[1:]] == ["Påbegyndte sager", "Afsluttede sager"]
    for line in body:
        row = cells(DOC, line)
        for k, measure, what in ((1, "reval_cases_started_n", "Påbegyndte"), (2, "reval_cases_closed_n", "Afsluttede")):
            out.append(
                fact(
                    DOC,
                    line,
                    cell_quote(DOC, line, k),
                    experiment=EXP,
                    municipality=table_municipality(row[0], drop_n=True),
                    measure=measure,
                    unit="count",
                    value=cell_number(row[k]),
                    period=ALL_PERIOD,
                    series=_CASE_SERIES[measure],
                    note=f"{what} revalideringssager, juli 2018-marts 2020",
                )
            )
    return out


# The supervision form's five questions (8.1-8.5; the last round numbers them 8.6-8.10, same wording but
# 'LÆ265' for 'LÆ 265'): (question_id, text as the all-rounds table prints it, chart label da/en, English).
_FORM = (
    (
        "reval_tilsyn_afgjort_uden_lae265",
        "Er sagen afgjort uden indhentelse af LÆ 265?",
        "Afgjort uden LÆ 265",
        "Decided without LÆ 265",
        "Was the case decided without obtaining LÆ 265?",
    ),
    (
        "reval_tilsyn_egen_laege",
        "Har egen læge været inddraget i udredningen af sagen, i sager hvor der ikke er indhentet LÆ 265?",
        "Egen læge inddraget",
        "GP involved",
        "Was the citizen's own GP involved in investigating the case, in cases where LÆ 265 was not obtained?",
    ),
    (
        "reval_tilsyn_tvivl",
        "Skønnes der tvivl om, hvorvidt det lægelige dokumentationsgrundlag er "
        "tilstrækkeligt, så LÆ 265 burde have været indhentet?",
        "Tvivl om dokumentationen",
        "Doubt about documentation",
        "Is there judged to be doubt whether the medical documentation is sufficient, so that LÆ 265 should have "
        "been obtained?",
    ),
    (
        "reval_tilsyn_forlaenget",
        "Hvis LÆ 265 havde været indhentet, skønnes det da, at indhentelsen af LÆ 265 "
        "ville have forlænget sagsbehandlingen i sagen, såfremt den ikke kunne indhentes parallelt med "
        "sagsbehandlingen?",
        "LÆ 265 ville forlænge",
        "LÆ 265 would prolong case",
        "Had LÆ 265 been obtained, is it judged that obtaining it would have prolonged the processing of the case, "
        "if it could not have been obtained while the case was being processed?",
    ),
    (
        "reval_tilsyn_indhentet_tvivl",
        "Er der indhentet LÆ 265 grundet tvivl om den lægelige dokumentation",
        "LÆ 265 indhentet (tvivl)",
        "LÆ 265 obtained (doubt)",
        "Was LÆ 265 obtained because of doubt about the medical documentation?",
    ),
)


def supervision_questions() -> list[Question]:
    """The form's questions, checked against the all-rounds table's row labels."""
    total_caption = _find("Samlet opgørelse over gennemført ledelsestilsyn")
    printed = [re.sub(r"^8\.\d+\s+", "", cells(DOC, line)[0].strip()) for line in table_lines(total_caption)[1:]]
    if printed != [q[1] for q in _FORM]:
        raise ValueError(f"{DOC}:{total_caption}: supervision questions are not the declared ones: {printed}")
    return [
        Question(qid, text_da, text_en, "Ikke relevant / Ja / Nej", "Not relevant / Yes / No", None)
        for qid, text_da, _, _, text_en in _FORM
    ]


def supervision_tables() -> list[Fact]:
    out: list[Fact] = []
    total_caption = _find("Samlet opgørelse over gennemført ledelsestilsyn")
    questions = supervision_questions()
    tables = [(total_caption, ALL_PERIOD, "alle tre runder", "Samlet opgørelse over gennemført ledelsestilsyn")]
    for round_heading, period in ROUNDS:
        tables.append(
            (_find(round_heading), period, round_heading.removeprefix("Ledelsestilsyn ").split(" – ")[0], round_heading)
        )
    for caption, period, label, table_name in tables:
        rows = [ln for ln in table_lines(caption) if re.match(r"8\.\d+ ", cells(DOC, ln)[0])]
        if len(rows) != len(questions):
            raise ValueError(f"{DOC}:{caption}: expected {len(questions)} question rows, got {len(rows)}")
        # The last round numbers its questions 8.6-8.10 (same five questions, same order as 8.1-8.5): the
        # series and the note use the all-rounds question so one question is one question_id across rounds.
        for q, (line, question, form) in enumerate(zip(rows, questions, _FORM), start=1):
            row = cells(DOC, line)
            for k, answer in enumerate(ANSWERS, start=1):
                if is_missing(row[k]):  # blank or '-' = not filled in, never 0
                    continue
                series = Series(
                    _source(table_name),
                    f"{form[2]}: {answer}",
                    f"{form[3]}: {_ANSWERS_EN[answer]}",
                    question=question.question_id,
                    category=answer,
                    statistic="count",
                )
                out.append(
                    fact(
                        DOC,
                        line,
                        cell_quote(DOC, line, k, label_words=4),
                        experiment=EXP,
                        measure="reval_supervision_answers_n",
                        unit="count",
                        value=cell_number(row[k]),
                        period=period,
                        group="leder",
                        series=series,
                        note=f'Ledelsestilsyn ({label}), spørgsmål 8.{q} "{question.text_da}" — {answer}',
                    )
                )
    return out


# The running text of Bilag 1 (the management supervision), as a series' source.
_SUPERVISION_TEXT = _source("Bilag 1, tekst")


def _supervision_fact(
    anchor_text: str,
    quote: str,
    value: float,
    measure: str,
    unit: str,
    period: str,
    note: str,
    series: Series,
    municipality: str = vocabulary.NETWORK,
) -> Fact:
    """A figure the running text of the management supervision (Bilag 1 of Bilag 15.b) states."""
    return fact(
        DOC,
        _find(anchor_text),
        quote,
        experiment=EXP,
        measure=measure,
        unit=unit,
        value=value,
        period=period,
        note=note,
        municipality=municipality,
        series=series,
    )


def _cases_reviewed() -> list[Fact]:
    """The cases the management supervision reviewed: in all, as a share of those started, and per round."""
    out: list[Fact] = []
    text = _SUPERVISION_TEXT
    reviewed = Series(text, "Sager gennemgået i ledelsestilsyn", "Cases reviewed by management", statistic="count")
    out.append(
        _supervision_fact(
            "Der er i alt gennemgået 155 sager",
            "Der er i alt gennemgået 155 sager",
            155,
            "reval_supervision_cases_n",
            "count",
            ALL_PERIOD,
            "Sager gennemgået i ledelsestilsyn, alle tre runder",
            reviewed,
        )
    )
    out.append(
        _supervision_fact(
            "gennemgået 65% af alle påbegyndte",
            "gennemgået 65% af alle påbegyndte revalideringssager",
            65,
            "reval_supervision_share_pct",
            "pct",
            ALL_PERIOD,
            "Andel af de påbegyndte sager gennemgået i ledelsestilsyn",
            Series(text, "Andel af påbegyndte sager gennemgået", "Share of started cases reviewed", statistic="share"),
        )
    )
    # The round headings print each round's number of cases: one series, the round is the period.
    per_round = Series(
        _source("Bilag 1, overskrifter for tilsynsrunderne"),
        "Sager gennemgået i tilsynsrunden",
        "Cases reviewed in the round",
        statistic="count",
    )
    for round_heading, period in ROUNDS:
        m = re.search(r"(\d+) sager", round_heading)
        round_name = round_heading.removeprefix("Ledelsestilsyn ").split(" – ")[0]
        out.append(
            _supervision_fact(
                round_heading,
                round_heading,
                float(m[1]),
                "reval_supervision_cases_n",
                "count",
                period,
                f"Sager gennemgået i ledelsestilsyn, runde {round_name}",
                per_round,
            )
        )
    out.append(
        _supervision_fact(
            "I alt er der gennemgået 53 sager",
            "I alt er der gennemgået 53 sager",
            53,
            "reval_supervision_cases_n",
            "count",
            ROUNDS[2][1],
            "Sager gennemgået i ledelsestilsyn, runde sep. 2019-marts 2020 (gentaget i teksten)",
            reviewed,
        )
    )
    return out


def _le265_findings() -> list[Fact]:
    """What the first round found about LÆ 265: the cases where it was obtained, and how far it fell."""
    out: list[Fact] = []
    text = _SUPERVISION_TEXT
    # All LÆ 265 obtained in the first round came from one unit of Aalborg's jobcenter.
    out.append(
        _supervision_fact(
            "Alle sager hvor der er indhentet LÆ 265",
            "Alle sager hvor der er indhentet LÆ 265 (16 sager)",
            16,
            "reval_supervision_answers_n",
            "count",
            ROUNDS[0][1],
            "Ledelsestilsyn (Juli 18-marts 2019): sager hvor LÆ 265 er indhentet, alle fra Sygedagpengehuset i Aalborg",
            Series(
                text,
                "Sager hvor LÆ 265 er indhentet",
                "Cases where LÆ 265 was obtained",
                category="LÆ 265 indhentet",
                statistic="count",
            ),
            municipality="aalborg",
        )
    )
    out.append(
        _supervision_fact(
            "antallet af lægeerklæringer faldet til med knap 50%",
            "faldet til med knap 50% marts 2019",
            50,
            "reval_le265_drop_pct",
            "pct",
            "2019-03",
            'Fald i antal indhentede LÆ 265 pr. marts 2019, "knap 50%"',
            Series(
                text,
                "Fald i indhentede LÆ 265 (knap 50 %)",
                "Drop in LÆ 265 obtained (almost 50%)",
                instrument="LÆ265",
                statistic="share",
            ),
        )
    )
    return out


def _vesthimmerland_cases() -> list[Fact]:
    """The cases Vesthimmerland reported, outside the supervision it did not take part in."""
    out: list[Fact] = []
    text = _SUPERVISION_TEXT
    out.append(
        _supervision_fact(
            "Vesthimmerland deltog ikke i temaledelsestilsynet, men har oplyst",
            "har haft 6 revalideringssager i forsøgsperioden",
            6,
            "reval_cases_n",
            "count",
            "2018-07-2019-03",
            "Revalideringssager oplyst af Vesthimmerland under første tilsynsrunde (uden for ledelsestilsynet); "
            "LÆ 265 indhentet i alle",
            Series(text, "Sager oplyst af kommunen", "Cases reported by the municipality", statistic="count"),
            municipality="vesthimmerland",
        )
    )
    return out


def supervision_sentences() -> list[Fact]:
    """The figures the text of the management supervision states (Bilag 1 of Bilag 15.b)."""
    return [*_cases_reviewed(), *_le265_findings(), *_vesthimmerland_cases()]


# --- Employee survey November 2018 - February 2019 (Enalyzer report) --------------------------------------

_SURVEY_PERIOD = "2018-11-2019-02"
_EGEN_LAEGE = (
    "I hvor høj grad inddrages egen læge typisk i udredningen af en kommende revalideringssag, "
    "hvor der ikke indhentes LÆ265?"
)


def _survey_start() -> int:
    return _find("Evaluering Frikommuneforsøg - november 2018 - februar 2019")


_NO_SCALE = ("Ikke angivet i kilden", "Not given in the source")
_FREE_TEXT = ("Fritekst", "Free text")
_CHOICE = ("Svarkategorierne er ikke bevaret", "The answer categories are not preserved")
# Every question of the Enalyzer report, as printed (typos such as 'læst65' kept), with its English text,
# scale and direction; the last two fields are the chart label (da/en) for the questions that have figures.
_SURVEY_QUESTIONS = (
    (
        "reval_survey_kommune",
        "I hvilken kommune er du ansat?",
        "In which municipality are you employed?",
        ("Kommune", "Municipality"),
        None,
        "",
        "",
    ),
    (
        "reval_survey_admin_lettelse",
        "I hvor høj grad opleves det som en administrativ lettelse, at læ265 ikke skal indhentes i alle sager mere?",
        "To what extent is it felt to be an administrative relief that LÆ265 no longer has to be obtained in every "
        "case?",
        _NO_SCALE,
        True,
        "",
        "",
    ),
    # How much the GP is involved describes practice, not a judgement of the experiment: no direction.
    (
        "reval_survey_egen_laege",
        _EGEN_LAEGE,
        "To what extent is the citizen's own GP typically involved in investigating a prospective vocational "
        "rehabilitation case where LÆ265 is not obtained?",
        _NO_SCALE,
        None,
        "Egen læges inddragelse",
        "Involvement of the GP",
    ),
    (
        "reval_survey_laege_maade",
        "På hvilken måde har egen læge været inddraget?",
        "In what way has the GP been involved?",
        _CHOICE,
        None,
        "",
        "",
    ),
    (
        "reval_survey_andre_aktoerer",
        "Har der været inddraget andre aktører i belysningen af den helbredsmæssige tilstand, som ikke blev "
        "inddraget før 1/7 2018?",
        "Have other parties been involved in clarifying the state of health who were not involved before 1 July 2018?",
        _CHOICE,
        None,
        "",
        "",
    ),
    (
        "reval_survey_hvilke_aktoerer",
        "Hvilke aktører har været inddraget?",
        "Which parties have been involved?",
        _FREE_TEXT,
        None,
        "Svar: Hvilke aktører inddraget",
        "Answers: Which parties were involved",
    ),
    (
        "reval_survey_vaegtning",
        "Hvordan vægtes oplysninger fra andre aktører i forhold til før 1/7 2018, hvor der skulle indhentes læst65?",
        "How is information from other parties weighted compared with before 1 July 2018, when LÆ265 had to be "
        "obtained?",
        _CHOICE,
        None,
        "",
        "",
    ),
    (
        "reval_survey_sagstyper",
        "Er der særlige sagstyper, hvor der er tvivl om arbejdsevnen, og hvor der indhentes læ265?",
        "Are there particular types of case where the capacity for work is in doubt and where LÆ265 is obtained?",
        _CHOICE,
        None,
        "",
        "",
    ),
    (
        "reval_survey_kendetegn",
        "Hvilke kendetegn er der ved de sagstyper, hvor der indhentes LÆ265?",
        "What characterises the types of case where LÆ265 is obtained?",
        _FREE_TEXT,
        None,
        "Svar: Kendetegn ved sager med LÆ265",
        "Answers: Features of cases with LÆ265",
    ),
    (
        "reval_survey_laege_anden",
        "Har egen læge været inddraget på anden måde? Skriv nedenfor",
        "Has the GP been involved in another way? Write below",
        _FREE_TEXT,
        None,
        "Svar: Egen læge inddraget på anden måde",
        "Answers: GP involved in another way",
    ),
    (
        "reval_survey_kommentarer",
        "Har du supplerende kommentarer til din besvarelse? Skriv nedenfor.",
        "Do you have further comments on your answers? Write below.",
        _FREE_TEXT,
        None,
        "Svar: Supplerende kommentarer",
        "Answers: Further comments",
    ),
)
_SURVEY_BY_TEXT = {q[1]: q for q in _SURVEY_QUESTIONS}
_SURVEY_SOURCE = _source("medarbejdersurvey nov. 2018-feb. 2019 (Enalyzer-rapport)")


def survey_questions() -> list[Question]:
    """The Enalyzer report's questions, each checked to stand verbatim in the report."""
    s = _survey_start()
    out = []
    for qid, text_da, text_en, (scale_da, scale_en), better, _, _ in _SURVEY_QUESTIONS:
        anchor(text_da, s)  # raises unless printed verbatim
        out.append(Question(qid, text_da, text_en, scale_da, scale_en, better))
    return out


def survey() -> list[Fact]:
    s = _survey_start()
    out: list[Fact] = []
    mean_caption = anchor(f"{_EGEN_LAEGE} (Gennemsnit)", s)
    total_line = anchor("Total 46", mean_caption, mean_caption + 8)
    mean_line = anchor("Gennemsnit 3,44", mean_caption, mean_caption + 8)
    common = dict(experiment=EXP, group="medarbejder", period=_SURVEY_PERIOD)
    qid, *_, label_da, label_en = _SURVEY_BY_TEXT[_EGEN_LAEGE]
    note = f'Survey nov. 2018-feb. 2019: "{_EGEN_LAEGE}" — skalaen er ikke angivet i kilden'
    out.append(
        fact(
            DOC,
            mean_line,
            "Gennemsnit 3,44",
            measure="survey_mean",
            unit="score",
            value=3.44,
            n=46,
            note=note,
            series=Series(_SURVEY_SOURCE, label_da, label_en, question=qid, statistic="mean"),
            **common,
        )
    )
    out.append(
        fact(
            DOC,
            total_line,
            "Total 46",
            measure="respondents_n",
            unit="count",
            value=46,
            note=note,
            series=Series(
                _SURVEY_SOURCE,
                "Besvarelser, egen læges inddragelse",
                "Respondents, GP involvement",
                question=qid,
                statistic="count",
            ),
            **common,
        )
    )
    # Free-text questions: the report prints how many answered each ("Total", sometimes on a later line).
    free_text_start = anchor("Har egen læge været inddraget på anden måde? Skriv nedenfor", s)
    for question in (
        "Har egen læge været inddraget på anden måde? Skriv nedenfor",
        "Hvilke aktører har været inddraget?",
        "Hvilke kendetegn er der ved de sagstyper, hvor der indhentes LÆ265?",
        "Har du supplerende kommentarer til din besvarelse? Skriv nedenfor.",
    ):
        q_line = anchor(question, free_text_start)
        total = anchor("Total", q_line, q_line + 8)
        text = line_text(DOC, total)
        if text.strip() == "Total":  # the count is printed alone a couple of lines below 'Total'
            value_line = next(n for n in range(total + 1, total + 4) if line_text(DOC, n).strip())
            quote = line_text(DOC, value_line).strip()
        else:
            value_line, quote = total, text.strip()
        qid, *_, label_da, label_en = _SURVEY_BY_TEXT[question]
        out.append(
            fact(
                DOC,
                value_line,
                quote,
                measure="respondents_n",
                unit="count",
                series=Series(_SURVEY_SOURCE, label_da, label_en, question=qid, statistic="count"),
                note=f'Survey nov. 2018-feb. 2019, fritekst: "{question}" (antal svar)',
                **common,
            )
        )
    return out


_LOST_CHARTS = (
    "I hvilken kommune er du ansat?",
    "I hvor høj grad opleves det som en administrativ lettelse, at læ265 ikke skal indhentes i alle sager mere?",
    "I hvor høj grad opleves det som en administrativ lettelse, at læ265 ikke skal indhentes i alle sager mere? "
    "(Gennemsnit)",
    _EGEN_LAEGE,
    "På hvilken måde har egen læge været inddraget?",
    "Har der været inddraget andre aktører i belysningen af den helbredsmæssige tilstand",
    "Hvordan vægtes oplysninger fra andre aktører i forhold til før 1/7 2018",
    "Er der særlige sagstyper, hvor der er tvivl om arbejdsevnen, og hvor der indhentes læ265?",
)


def lost_figures() -> list[LostFigure]:
    s = _survey_start()
    out = []
    for k, caption in enumerate(_LOST_CHARTS, start=1):
        line = anchor(caption, s)
        # The egen-læge distribution chart is the caption line that is not its '(Gennemsnit)' twin.
        if caption == _EGEN_LAEGE:
            assert "(Gennemsnit)" not in line_text(DOC, line)
        out.append(
            LostFigure(
                f"annex13_15-15b-survey{k}",
                EXP,
                DOC,
                line,
                caption,
                "Diagram i medarbejdersurveyen (nov. 2018-feb. 2019); svarfordelingen er tabt.",
                "Chart in the employee survey (Nov 2018-Feb 2019); the answer distribution is lost.",
            )
        )
    return out


def key_lines() -> dict[str, int]:
    """Lines the Bilag 13 cross-check refers to."""
    total_caption = _find("Samlet opgørelse over gennemført ledelsestilsyn")
    return {
        "reviewed": _find("Der er i alt gennemgået 155 sager"),
        "q81": table_lines(total_caption)[1],
        "started": _find("Der er i perioden påbegyndt 239 sager"),
    }


def source_issues() -> list[SourceIssue]:
    total_caption = _find("Samlet opgørelse over gennemført ledelsestilsyn")
    total_rows = [ln for ln in table_lines(total_caption) if re.match(r"8\.\d+ ", cells(DOC, ln)[0])]
    round_rows = [[ln for ln in table_lines(_find(h)) if re.match(r"8\.\d+ ", cells(DOC, ln)[0])] for h, _ in ROUNDS]
    q84 = [total_rows[3], *(rows[3] for rows in round_rows)]
    # Guard the figures the descriptions cite.
    assert [cell_number(cells(DOC, q84[0])[1])] == [76]
    assert [cell_number(cells(DOC, r)[1]) for r in q84[1:]] == [19, 37, 21]
    assert sum(cell_number(c) for c in cells(DOC, round_rows[2][3])[1:4]) == 54
    q81 = [rows[0] for rows in round_rows]
    q82 = [rows[1] for rows in round_rows]
    municipality_table = table_lines(_find("Opgørelse over revalideringssager i de deltagende kommuner"))
    vesthimmerland = next(ln for ln in municipality_table if cells(DOC, ln)[0] == "Vesthimmerland")
    closed_total = sum(cell_number(cells(DOC, ln)[2]) for ln in municipality_table[1:])
    assert closed_total == 307
    mean_line = anchor("Gennemsnit 3,44", _survey_start())
    admin = anchor("I hvor høj grad opleves det som en administrativ lettelse", _survey_start())
    return [
        SourceIssue(
            "annex13_15-15b-q84-sum",
            DOC,
            tuple(q84),
            "sum-mismatch",
            'Spørgsmål 8.4/8.9 (ville LÆ 265 have forlænget sagsbehandlingen): "Ikke relevant" er 76 i '
            "samletabellen, men 19 + 37 + 21 = 77 i de tre runder; i runden sep. 2019-marts 2020 summer rækken "
            "til 21 + 31 + 2 = 54, selvom runden har 53 sager. Alle andre rækker summer til rundens antal sager.",
            'Question 8.4/8.9 (would LÆ 265 have prolonged the case): "Not relevant" is 76 in the overall '
            "table but 19 + 37 + 21 = 77 across the three rounds; in the Sep 2019-Mar 2020 round the row adds up "
            "to 21 + 31 + 2 = 54 although the round has 53 cases. Every other row adds up to the round's cases.",
        ),
        SourceIssue(
            "annex13_15-15b-q81-q82",
            DOC,
            (*q81[:2], *q82[:2]),
            "other",
            "Spørgsmål 8.2 (egen læge inddraget, i sager uden LÆ 265) skal besvares i de sager, hvor 8.1 er "
            '"Ja". I runde 1 er 8.1 Ja = 17, men 8.2 Ja + Nej = 14 (Ikke relevant 19 mod 8.1 Nej 16); i runde 2 '
            "er 8.1 Ja = 31, men 8.2 Ja + Nej = 34 (Ikke relevant 35 mod 38). Forskellene går lige op i "
            "samletabellen (83 og 72).",
            'Question 8.2 (GP involved, in cases without LÆ 265) applies to the cases where 8.1 is "Yes". In '
            "round 1, 8.1 Yes = 17 but 8.2 Yes + No = 14 (Not relevant 19 vs 8.1 No 16); in round 2, 8.1 Yes = "
            "31 but 8.2 Yes + No = 34 (Not relevant 35 vs 38). The differences cancel in the overall table "
            "(83 and 72).",
        ),
        SourceIssue(
            "annex13_15-15b-vesthimmerland",
            DOC,
            (
                vesthimmerland,
                _find("Samlet opgørelse af ledelsestilsyn i"),
                _find("Vesthimmerland deltog ikke i temaledelsestilsynet, men"),
            ),
            "two-figures",
            "Vesthimmerland har 3 påbegyndte sager i opgørelsen juli 2018-marts 2020, men oplyser 6 "
            'revalideringssager "i forsøgsperioden" (under første tilsynsrunde). Desuden nævnes Vesthimmerland '
            "blandt kommunerne i den samlede opgørelse af ledelsestilsyn, men deltog ifølge teksten ikke i "
            "tilsynet.",
            "Vesthimmerland has 3 started cases in the July 2018-March 2020 count but reports 6 rehabilitation "
            'cases "in the experiment period" (with the first supervision round). Vesthimmerland is also named '
            "among the municipalities of the overall supervision, but according to the text it took no part.",
        ),
        SourceIssue(
            "annex13_15-15b-closed-gt-started",
            DOC,
            tuple(municipality_table[1:]),
            "other",
            "Der er 307 afsluttede mod 239 påbegyndte sager i perioden (flere afsluttede end påbegyndte i "
            "Hjørring, Jammerbugt, Vesthimmerland og Aalborg). Kilden forklarer det ikke; formentlig indgår sager "
            "påbegyndt før forsøget i de afsluttede.",
            "There are 307 closed against 239 started cases in the period (more closed than started in Hjørring, "
            "Jammerbugt, Vesthimmerland and Aalborg). The source does not explain this; closed cases presumably "
            "include cases started before the experiment.",
        ),
        SourceIssue(
            "annex13_15-15b-survey-mean",
            DOC,
            (admin, mean_line),
            "shifted-table",
            "I Enalyzer-rapporten er det eneste bevarede gennemsnit (3,44, N=46) trykt under diagrammet om egen "
            'læges inddragelse; gennemsnittet for "administrativ lettelse" er tabt. Skalaen er ikke angivet. '
            "Tallet er registreret for spørgsmålet om egen læge, som placeringen angiver.",
            "In the Enalyzer report the only surviving mean (3.44, N=46) is printed under the chart on involving "
            'the GP; the mean for "administrative relief" is lost. The scale is not given. The figure is '
            "recorded for the GP question, as its position indicates.",
        ),
        SourceIssue(
            "annex13_15-15b-knap-50",
            DOC,
            (_find("antallet af lægeerklæringer faldet til med knap 50%"),),
            "other",
            '"antallet af lægeerklæringer faldet til med knap 50% marts 2019" kan læses både som et fald til og '
            "et fald med knap 50 %; udgangspunktet er ikke angivet. Registreret som et fald på knap 50 %.",
            '"the number of medical certificates fallen to by almost 50% March 2019" can be read as a fall to or '
            "a fall by almost 50 %; the baseline is not given. Recorded as a fall of almost 50 %.",
        ),
    ]


def facts() -> list[Fact]:
    return [*cases_per_municipality(), *supervision_tables(), *supervision_sentences(), *survey()]
