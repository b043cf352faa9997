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

from frikommune.extract import ids
from frikommune.extract.annex13_15_util import (
    DOC, anchor, cell_quote, cells, heading, is_missing, municipality_id, number, table_lines,
)
from frikommune.extract.common import Fact, LostFigure, SourceIssue, fact, line_text

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


def section() -> tuple[int, int]:
    start = heading("15.b Bilag til forsøg: Forenkling af bevillingsgrundlaget for revalidering")
    end = heading("15.c Bilag til forsøg: Differentiering i valg af lægeattester på sygedagpengeområdet", start)
    return start, end


def _find(text: str, after: int | None = None) -> int:
    start, end = section()
    return anchor(text, after or start, end)


def cases_per_municipality() -> list[Fact]:
    caption = _find("Opgørelse over revalideringssager i de deltagende kommuner")
    total = _find("Der er i perioden påbegyndt 239 sager")
    out = [fact(DOC, total, "påbegyndt 239 sager i de deltagende kommuner i alt", experiment=EXP,
                measure="reval_cases_started_n", unit="count", value=239, period=ALL_PERIOD,
                note="Påbegyndte revalideringssager i alt, juli 2018-marts 2020")]
    rows = table_lines(caption)
    header, body = rows[0], rows[1:]
    assert [c.strip() for c in cells(header)[1:]] == ["Påbegyndte sager", "Afsluttede sager"]
    for line in body:
        row = cells(line)
        for k, measure, what in ((1, "reval_cases_started_n", "Påbegyndte"), (2, "reval_cases_closed_n",
                                                                              "Afsluttede")):
            out.append(fact(DOC, line, cell_quote(line, k), experiment=EXP, municipality=municipality_id(row[0]),
                            measure=measure, unit="count", value=number(row[k]), period=ALL_PERIOD,
                            note=f"{what} revalideringssager, juli 2018-marts 2020"))
    return out


def _question_texts(total_caption: int) -> list[str]:
    """The five questions as the all-rounds table words them; used as the note for every round."""
    texts = []
    for line in table_lines(total_caption)[1:]:
        label = cells(line)[0].strip()
        texts.append(re.sub(r"^8\.\d+\s+", "", label))
    return texts


def supervision_tables() -> list[Fact]:
    out: list[Fact] = []
    total_caption = _find("Samlet opgørelse over gennemført ledelsestilsyn")
    questions = _question_texts(total_caption)
    tables = [(total_caption, ALL_PERIOD, "alle tre runder")]
    for heading, period in ROUNDS:
        tables.append((_find(heading), period, heading.removeprefix("Ledelsestilsyn ").split(" – ")[0]))
    for caption, period, label in tables:
        rows = [ln for ln in table_lines(caption) if re.match(r"8\.\d+ ", cells(ln)[0])]
        if len(rows) != len(questions):
            raise ValueError(f"{DOC}:{caption}: expected {len(questions)} question rows, got {len(rows)}")
        # The last round numbers its questions 8.6-8.10 (same five questions, same order as 8.1-8.5): the
        # note uses the all-rounds wording and numbering so one question shares one note across rounds.
        for q, (line, question) in enumerate(zip(rows, questions), start=1):
            row = cells(line)
            for k, answer in enumerate(ANSWERS, start=1):
                if is_missing(row[k]):  # blank or '-' = not filled in, never 0
                    continue
                out.append(fact(DOC, line, cell_quote(line, k, label_words=4), experiment=EXP,
                                measure="reval_supervision_answers_n", unit="count", value=number(row[k]),
                                period=period, group="leder",
                                note=f'Ledelsestilsyn ({label}), spørgsmål 8.{q} "{question}" — {answer}'))
    return out


def supervision_sentences() -> list[Fact]:
    out: list[Fact] = []

    def add(anchor_text: str, quote: str, value: float, measure: str, unit: str, period: str, note: str,
            municipality: str = ids.NETWORK) -> None:
        out.append(fact(DOC, _find(anchor_text), quote, experiment=EXP, measure=measure, unit=unit, value=value,
                        period=period, note=note, municipality=municipality))

    add("Der er i alt gennemgået 155 sager", "Der er i alt gennemgået 155 sager", 155, "reval_supervision_cases_n",
        "count", ALL_PERIOD, "Sager gennemgået i ledelsestilsyn, alle tre runder")
    add("gennemgået 65% af alle påbegyndte", "gennemgået 65% af alle påbegyndte revalideringssager", 65,
        "reval_supervision_share_pct", "pct", ALL_PERIOD, "Andel af de påbegyndte sager gennemgået i ledelsestilsyn")
    for heading, period in ROUNDS:
        m = re.search(r"(\d+) sager", heading)
        add(heading, heading, float(m[1]), "reval_supervision_cases_n", "count", period,
            f"Sager gennemgået i ledelsestilsyn, runde {heading.removeprefix('Ledelsestilsyn ').split(' – ')[0]}")
    add("I alt er der gennemgået 53 sager", "I alt er der gennemgået 53 sager", 53, "reval_supervision_cases_n",
        "count", ROUNDS[2][1], "Sager gennemgået i ledelsestilsyn, runde sep. 2019-marts 2020 (gentaget i teksten)")
    # All LÆ 265 obtained in the first round came from one unit of Aalborg's jobcenter.
    add("Alle sager hvor der er indhentet LÆ 265", "Alle sager hvor der er indhentet LÆ 265 (16 sager)", 16,
        "reval_supervision_answers_n", "count", ROUNDS[0][1],
        "Ledelsestilsyn (Juli 18-marts 2019): sager hvor LÆ 265 er indhentet, alle fra Sygedagpengehuset i Aalborg",
        municipality="aalborg")
    add("antallet af lægeerklæringer faldet til med knap 50%", "faldet til med knap 50% marts 2019", 50,
        "reval_le265_drop_pct", "pct", "2019-03", "Fald i antal indhentede LÆ 265 pr. marts 2019, \"knap 50%\"")
    add("Vesthimmerland deltog ikke i temaledelsestilsynet, men har oplyst",
        "har haft 6 revalideringssager i forsøgsperioden", 6, "reval_cases_n", "count", "2018-07-2019-03",
        "Revalideringssager oplyst af Vesthimmerland under første tilsynsrunde (uden for ledelsestilsynet); "
        "LÆ 265 indhentet i alle",
        municipality="vesthimmerland")
    return out


# --- Employee survey November 2018 - February 2019 (Enalyzer report) --------------------------------------

_SURVEY_PERIOD = "2018-11-2019-02"
_EGEN_LAEGE = ("I hvor høj grad inddrages egen læge typisk i udredningen af en kommende revalideringssag, "
               "hvor der ikke indhentes LÆ265?")


def _survey_start() -> int:
    return _find("Evaluering Frikommuneforsøg - november 2018 - februar 2019")


def survey() -> list[Fact]:
    s = _survey_start()
    out: list[Fact] = []
    mean_caption = anchor(f"{_EGEN_LAEGE} (Gennemsnit)", s)
    total_line = anchor("Total 46", mean_caption, mean_caption + 8)
    mean_line = anchor("Gennemsnit 3,44", mean_caption, mean_caption + 8)
    common = dict(experiment=EXP, group="medarbejder", period=_SURVEY_PERIOD)
    note = f'Survey nov. 2018-feb. 2019: "{_EGEN_LAEGE}" — skalaen er ikke angivet i kilden'
    out.append(fact(DOC, mean_line, "Gennemsnit 3,44", measure="survey_mean", unit="score", value=3.44, n=46,
                    note=note, **common))
    out.append(fact(DOC, total_line, "Total 46", measure="respondents_n", unit="count", value=46, note=note,
                    **common))
    # Free-text questions: the report prints how many answered each ("Total", sometimes on a later line).
    free_text_start = anchor("Har egen læge været inddraget på anden måde? Skriv nedenfor", s)
    for question in ("Har egen læge været inddraget på anden måde? Skriv nedenfor",
                     "Hvilke aktører har været inddraget?",
                     "Hvilke kendetegn er der ved de sagstyper, hvor der indhentes LÆ265?",
                     "Har du supplerende kommentarer til din besvarelse? Skriv nedenfor."):
        q_line = anchor(question, free_text_start)
        total = anchor("Total", q_line, q_line + 8)
        text = line_text(DOC, total)
        if text.strip() == "Total":  # the count is printed alone a couple of lines below 'Total'
            value_line = next(n for n in range(total + 1, total + 4) if line_text(DOC, n).strip())
            quote = line_text(DOC, value_line).strip()
        else:
            value_line, quote = total, text.strip()
        out.append(fact(DOC, value_line, quote, measure="respondents_n", unit="count",
                        note=f'Survey nov. 2018-feb. 2019, fritekst: "{question}" (antal svar)', **common))
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
        out.append(LostFigure(
            f"annex13_15-15b-survey{k}", EXP, DOC, line, caption,
            "Diagram i medarbejdersurveyen (nov. 2018-feb. 2019); svarfordelingen er tabt.",
            "Chart in the employee survey (Nov 2018-Feb 2019); the answer distribution is lost.",
        ))
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
    total_rows = [ln for ln in table_lines(total_caption) if re.match(r"8\.\d+ ", cells(ln)[0])]
    round_rows = [[ln for ln in table_lines(_find(h)) if re.match(r"8\.\d+ ", cells(ln)[0])] for h, _ in ROUNDS]
    q84 = [total_rows[3], *(rows[3] for rows in round_rows)]
    # Guard the figures the descriptions cite.
    assert [number(cells(q84[0])[1])] == [76] and [number(cells(r)[1]) for r in q84[1:]] == [19, 37, 21]
    assert sum(number(c) for c in cells(round_rows[2][3])[1:4]) == 54
    q81 = [rows[0] for rows in round_rows]
    q82 = [rows[1] for rows in round_rows]
    municipality_table = table_lines(_find("Opgørelse over revalideringssager i de deltagende kommuner"))
    vesthimmerland = next(ln for ln in municipality_table if cells(ln)[0] == "Vesthimmerland")
    closed_total = sum(number(cells(ln)[2]) for ln in municipality_table[1:])
    assert closed_total == 307
    mean_line = anchor("Gennemsnit 3,44", _survey_start())
    admin = anchor("I hvor høj grad opleves det som en administrativ lettelse", _survey_start())
    return [
        SourceIssue(
            "annex13_15-15b-q84-sum", DOC, tuple(q84), "sum-mismatch",
            "Spørgsmål 8.4/8.9 (ville LÆ 265 have forlænget sagsbehandlingen): \"Ikke relevant\" er 76 i "
            "samletabellen, men 19 + 37 + 21 = 77 i de tre runder; i runden sep. 2019-marts 2020 summer rækken "
            "til 21 + 31 + 2 = 54, selvom runden har 53 sager. Alle andre rækker summer til rundens antal sager.",
            "Question 8.4/8.9 (would LÆ 265 have prolonged the case): \"Not relevant\" is 76 in the overall "
            "table but 19 + 37 + 21 = 77 across the three rounds; in the Sep 2019-Mar 2020 round the row adds up "
            "to 21 + 31 + 2 = 54 although the round has 53 cases. Every other row adds up to the round's cases.",
        ),
        SourceIssue(
            "annex13_15-15b-q81-q82", DOC, (*q81[:2], *q82[:2]), "other",
            "Spørgsmål 8.2 (egen læge inddraget, i sager uden LÆ 265) skal besvares i de sager, hvor 8.1 er "
            "\"Ja\". I runde 1 er 8.1 Ja = 17, men 8.2 Ja + Nej = 14 (Ikke relevant 19 mod 8.1 Nej 16); i runde 2 "
            "er 8.1 Ja = 31, men 8.2 Ja + Nej = 34 (Ikke relevant 35 mod 38). Forskellene går lige op i "
            "samletabellen (83 og 72).",
            "Question 8.2 (GP involved, in cases without LÆ 265) applies to the cases where 8.1 is \"Yes\". In "
            "round 1, 8.1 Yes = 17 but 8.2 Yes + No = 14 (Not relevant 19 vs 8.1 No 16); in round 2, 8.1 Yes = "
            "31 but 8.2 Yes + No = 34 (Not relevant 35 vs 38). The differences cancel in the overall table "
            "(83 and 72).",
        ),
        SourceIssue(
            "annex13_15-15b-vesthimmerland", DOC, (vesthimmerland, _find("Samlet opgørelse af ledelsestilsyn i"),
                                                   _find("Vesthimmerland deltog ikke i temaledelsestilsynet, men")),
            "two-figures",
            "Vesthimmerland har 3 påbegyndte sager i opgørelsen juli 2018-marts 2020, men oplyser 6 "
            "revalideringssager \"i forsøgsperioden\" (under første tilsynsrunde). Desuden nævnes Vesthimmerland "
            "blandt kommunerne i den samlede opgørelse af ledelsestilsyn, men deltog ifølge teksten ikke i "
            "tilsynet.",
            "Vesthimmerland has 3 started cases in the July 2018-March 2020 count but reports 6 rehabilitation "
            "cases \"in the experiment period\" (with the first supervision round). Vesthimmerland is also named "
            "among the municipalities of the overall supervision, but according to the text it took no part.",
        ),
        SourceIssue(
            "annex13_15-15b-closed-gt-started", DOC, tuple(municipality_table[1:]), "other",
            "Der er 307 afsluttede mod 239 påbegyndte sager i perioden (flere afsluttede end påbegyndte i "
            "Hjørring, Jammerbugt, Vesthimmerland og Aalborg). Kilden forklarer det ikke; formentlig indgår sager "
            "påbegyndt før forsøget i de afsluttede.",
            "There are 307 closed against 239 started cases in the period (more closed than started in Hjørring, "
            "Jammerbugt, Vesthimmerland and Aalborg). The source does not explain this; closed cases presumably "
            "include cases started before the experiment.",
        ),
        SourceIssue(
            "annex13_15-15b-survey-mean", DOC, (admin, mean_line), "shifted-table",
            "I Enalyzer-rapporten er det eneste bevarede gennemsnit (3,44, N=46) trykt under diagrammet om egen "
            "læges inddragelse; gennemsnittet for \"administrativ lettelse\" er tabt. Skalaen er ikke angivet. "
            "Tallet er registreret for spørgsmålet om egen læge, som placeringen angiver.",
            "In the Enalyzer report the only surviving mean (3.44, N=46) is printed under the chart on involving "
            "the GP; the mean for \"administrative relief\" is lost. The scale is not given. The figure is "
            "recorded for the GP question, as its position indicates.",
        ),
        SourceIssue(
            "annex13_15-15b-knap-50", DOC, (_find("antallet af lægeerklæringer faldet til med knap 50%"),), "other",
            "\"antallet af lægeerklæringer faldet til med knap 50% marts 2019\" kan læses både som et fald til og "
            "et fald med knap 50 %; udgangspunktet er ikke angivet. Registreret som et fald på knap 50 %.",
            "\"the number of medical certificates fallen to by almost 50% March 2019\" can be read as a fall to or "
            "a fall by almost 50 %; the baseline is not given. Recorded as a fall of almost 50 %.",
        ),
    ]


def facts() -> list[Fact]:
    return [*cases_per_municipality(), *supervision_tables(), *supervision_sentences(), *survey()]
