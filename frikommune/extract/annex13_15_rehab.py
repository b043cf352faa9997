"""Bilag 15.a – Rehabiliteringsteams (experiment r2-01): method, employee survey, register effect analysis.

Two exemptions are evaluated together: from the rehabiliteringsteam when moving to a jobafklaringsforløb
(JAF) and from obtaining LÆ265 before a rehabiliteringsteam meeting. What survives in the dump:
- Tablet 0.1 (response rates and N per municipality) and Tabel 0.2-0.6 (mean answers per municipality),
  Tabel 0.7, 0.9 and 0.10 (observation counts): regular tab-separated tables, parsed below;
- the charts (Figur 0.1-0.27): captions only -> LostFigure; their N lines survive and are kept, and the
  figures the running text quotes from them are written out by hand.
"""

from __future__ import annotations

import re

from frikommune.extract.annex13_15_common import DOC, anchor, half_year, table_lines
from frikommune.extract.common import Fact, LostFigure, Question, Series, SourceIssue, fact
from frikommune.extract.seed_text import (
    STATUS,
    cell_number,
    cell_quote,
    cells,
    find_line,
    heading,
    is_missing,
    line_text,
    table_municipality,
)

EXP = "r2-01-rehabiliteringsteams"
AFTER = "2017H2-2019H2"  # the experiment period of the effect analysis ("juli 2017 til og med december 2019")
DID_SAMPLE = "2016H1-2019H2"  # before (2016) + after (2017H2-2019H2); 2017H1 is left out by design
EMPLOYEE = "medarbejder"


def section() -> tuple[int, int]:
    start = heading(DOC, "15.a Bilag til forsøg: Rehabiliteringsteams")
    return start, heading(DOC, "15.b Bilag til forsøg: Forenkling af bevillingsgrundlaget for revalidering", start)


def _find(text: str) -> int:
    start, end = section()
    return anchor(text, start, end)


def _source(what: str) -> str:
    """A series' source as the report names it: 'Bilag 15.a, Tabel 0.7'."""
    return f"Bilag 15.a, {what}"


# The two exemptions the report evaluates side by side (the series' instrument), in chart words.
_INSTRUMENT_DA = {"JAF": "fritagelse ifm. JAF", "LÆ265": "fritagelse fra LÆ265"}
_INSTRUMENT_EN = {"JAF": "rehab team exemption", "LÆ265": "LÆ265 exemption"}
_LABEL_EN = {"JAF": "rehab team", "LÆ265": "LÆ265"}  # the exemption, in a label's brackets


def _window(horizon: str) -> tuple[str, str, str]:
    """('1-3 mdr. efter opstart', Danish label, English label) for '1-3', '1-3 mdr. efter opstart' or a
    phrase such as '7-9 og 10-12'; 'ikke angivet' where the text does not say which months."""
    horizon = horizon.removesuffix(" mdr. efter opstart").strip()
    if horizon == "ikke angivet":
        return horizon, "Måleperiode ikke angivet", "Months after start not stated"
    window = f"{horizon} mdr. efter opstart"
    return window, window, f"{horizon.replace(' og ', ' and ')} months after start"


def _window_series(what: str, horizon: str, **breakdown: str) -> Series:
    window, da, en = _window(horizon)
    return Series(_source(what), da, en, window=window, **breakdown)


# --- Tablet 0.1: response rate and N per municipality, per exemption and survey round -------------------

# Columns as the two header lines give them (exemption spans two columns; rounds below it).
_T01_COLUMNS = (
    ("JAF", "midtvejsmåling", "2019"),
    ("JAF", "slutmåling", "2020"),
    ("LÆ265", "midtvejsmåling", "2019"),
    ("LÆ265", "slutmåling", "2020"),
)
_EXEMPTION_TEXT = {
    "JAF": "fritagelse fra rehabiliteringsteamet ifm. JAF",
    "LÆ265": "fritagelse fra at indhente LÆ265",
}


def _t01_series(exemption: str, measure: str, source: str = "Tabel 0.1") -> Series:
    """One series per exemption (JAF, LÆ265) and measure; the survey round is the period (2019 midway, 2020
    final). The caption prints 'Tablet 0.1'; the series uses the table's number as the report's text does."""
    if measure == "response_rate_pct":
        da, en, statistic = "Svarprocent", "Response rate", "share"
    else:
        da, en, statistic = "Besvarelser", "Respondents", "count"
    return Series(
        _source(source),
        f"{da}, {_INSTRUMENT_DA[exemption]}",
        f"{en}, {_INSTRUMENT_EN[exemption]}",
        instrument=exemption,
        statistic=statistic,
    )


def tabel_0_1() -> list[Fact]:
    caption = _find("Tablet 0.1: Datagrundlaget i spørgeskemaundersøgelser til medarbejdere")
    rows = table_lines(caption)
    header, sub, body = rows[0], rows[1], rows[2:]
    # Guard the column layout this parser assumes.
    assert "JAF" in line_text(DOC, header) and "LÆ265" in line_text(DOC, header)
    assert cells(DOC, sub)[1:] == ["Midtvejsmåling", "Slutmåling", "Midtvejsmåling", "Slutmåling"]
    out: list[Fact] = []
    for line in body:
        row = cells(DOC, line)
        municipality = table_municipality(row[0], drop_n=True)
        for k, (exemption, round_, period) in enumerate(_T01_COLUMNS, start=1):
            cell = row[k]
            if is_missing(cell):  # Brønderslev took no part in LÆ265, Vesthimmerland none in JAF: '-'
                continue
            m = re.fullmatch(r"(\d+) % \(N=([\d.]+)\)", cell.strip())
            if not m:
                raise ValueError(f"{DOC}:{line}: unexpected cell {cell!r}")
            rate, n = float(m[1]), float(m[2].replace(".", ""))
            where = f"Tabel 0.1: medarbejdersurvey om {_EXEMPTION_TEXT[exemption]}, {round_}"
            common = dict(experiment=EXP, municipality=municipality, group=EMPLOYEE, period=period)
            out.append(
                fact(
                    DOC,
                    line,
                    cell_quote(DOC, line, k),
                    measure="response_rate_pct",
                    unit="pct",
                    value=rate,
                    n=n,
                    note=where,
                    series=_t01_series(exemption, "response_rate_pct"),
                    **common,
                )
            )
            out.append(
                fact(
                    DOC,
                    line,
                    cell_quote(DOC, line, k),
                    measure="respondents_n",
                    unit="count",
                    value=n,
                    note=where,
                    series=_t01_series(exemption, "respondents_n"),
                    **common,
                )
            )
    return out


def response_rate_sentence() -> list[Fact]:
    """The text below Tablet 0.1 repeats its 'Samlet' row (82/83 midway, 77/78 final)."""
    line = _find("I midtvejsmålingerne deltog hhv. 82 og 83 pct.")
    out = []
    for value, exemption, round_, period, quote in (
        (82, "JAF", "midtvejsmåling", "2019", "I midtvejsmålingerne deltog hhv. 82 og 83 pct."),
        (83, "LÆ265", "midtvejsmåling", "2019", "I midtvejsmålingerne deltog hhv. 82 og 83 pct."),
        (77, "JAF", "slutmåling", "2020", "mens hhv. 77 pct. og 78 pct. af medarbejderne deltog i slutmålingen"),
        (78, "LÆ265", "slutmåling", "2020", "mens hhv. 77 pct. og 78 pct. af medarbejderne deltog i slutmålingen"),
    ):
        out.append(
            fact(
                DOC,
                line,
                quote,
                experiment=EXP,
                measure="response_rate_pct",
                unit="pct",
                value=value,
                group=EMPLOYEE,
                period=period,
                series=_t01_series(exemption, "response_rate_pct", "tekst til Tabel 0.1"),
                note=f"Tabel 0.1: medarbejdersurvey om {_EXEMPTION_TEXT[exemption]}, {round_} "
                '(gentaget i teksten; "hhv." følger tabellens kolonner)',
            )
        )
    return out


# --- Tabel 0.2-0.6: mean answers per municipality ---------------------------------------------------------

_SURVEY_TABLES = (
    "Tabel 0.2: Medarbejdernes vurdering af muligheden for fritagelse fra rehabiliteringsteam ifm. JAF",
    "Tabel 0.3: Medarbejdernes vurdering af borgernes udbytte af fritagelsesmuligheden ifm. JAF",
    "Tabel 0.4: Medarbejdernes vurdering af frikommuneforsøget med fritagelse fra JAF",
    "Tabel 0.5: Medarbejdernes vurdering af muligheden for fritagelse fra LÆ265",
    "Tabel 0.6: Medarbejdernes vurdering af frikommuneforsøget med fritagelse fra LÆ265",
)
_TABLE_INSTRUMENT = {
    "Tabel 0.2": "JAF",
    "Tabel 0.3": "JAF",
    "Tabel 0.4": "JAF",
    "Tabel 0.5": "LÆ265",
    "Tabel 0.6": "LÆ265",
}

# The question stems of the table notes, in English.
_STEM_EN = {
    "Tabel 0.2": "How far do you agree with the following statement? The option of exemption from the "
    "rehabilitation team when recommending a job clarification course means that...",
    "Tabel 0.3": "How far do you agree with the statement that the citizens...",
    "Tabel 0.4": "To what extent do you judge that the free municipality experiment has contributed to...",
    "Tabel 0.5": "How far do you agree with the following statement? The option of exemption from LÆ265 means that...",
}
_STEM_EN["Tabel 0.6"] = _STEM_EN["Tabel 0.4"]
_SCALE_EN = {
    "Helt enig": "Strongly agree",
    "Helt uenig": "Strongly disagree",
    "I meget høj grad": "To a very great extent",
    "Slet ikke": "Not at all",
}

# Per table, its columns in order: (question_id, statement as the header prints it after '... ', chart label
# da/en, English statement). Tabel 0.4 and 0.6 ask the same five questions (about the JAF and the LÆ265
# exemption): one question each, told apart by the series' instrument.
_BIDRAG = (
    (
        "rehab_bidrag_dokumentation",
        "mindre dokumentation og færre dokumentationskrav",
        "Mindre dokumentation",
        "Less documentation",
        "less documentation and fewer documentation requirements",
    ),
    (
        "rehab_bidrag_arbejdspres",
        "mindre administrativt arbejdspress for mig i mit arbejde",
        "Mindre administrativt pres",
        "Less admin pressure",
        "less administrative pressure on me in my work",
    ),
    (
        "rehab_bidrag_regelforenkling",
        "et forøget fokus på løbende forenkling af unødvendige regler",
        "Fokus på regelforenkling",
        "Focus on simplifying rules",
        "an increased focus on continually simplifying unnecessary rules",
    ),
    (
        "rehab_bidrag_kvalitet",
        "at styrke kvaliteten i kerneydelsen over for borgeren",
        "Bedre kvalitet i kerneydelsen",
        "Better core service",
        "strengthening the quality of the core service to the citizen",
    ),
    (
        "rehab_bidrag_ressourcer",
        "en forbedret ressourceudnyttelse og effektivitet",
        "Bedre ressourceudnyttelse",
        "Better use of resources",
        "better use of resources and efficiency",
    ),
)
_STATEMENTS = {
    "Tabel 0.2": (
        (
            "rehab_jaf_raaderum",
            "jeg har fået et større fagligt råderum",
            "Større fagligt råderum",
            "More professional latitude",
            "I have gained more professional discretion",
        ),
        (
            "rehab_jaf_prioritere",
            "jeg kan prioritere mine ressourcer på de sager, hvor det er relevant med en "
            "indstilling fra rehabiliteringsteamet",
            "Kan prioritere mine ressourcer",
            "Can prioritise resources",
            "I can focus my resources on the cases where a recommendation from the rehabilitation team is relevant",
        ),
        (
            "rehab_jaf_vanskeligt",
            "jeg finder det fagligt vanskeligt at vurdere, om en borger kan fritages fra rehabiliteringsteamet",
            "Fagligt vanskeligt at vurdere",
            "Hard to judge exemption",
            "I find it professionally difficult to judge whether a citizen can be exempted from the "
            "rehabilitation team",
        ),
        (
            "rehab_jaf_tillid",
            "jeg oplever, at der er tillid til mine faglige kompetencer som medarbejder",
            "Tillid til min faglighed",
            "My expertise is trusted",
            "I feel that my professional skills as an employee are trusted",
        ),
        (
            "rehab_jaf_frigoer_tid",
            "der frigøres tid på rehabiliteringsteamet til borgere, det er mest relevant for",
            "Frigør tid i rehab.teamet",
            "Frees rehab team time",
            "time is freed up in the rehabilitation team for the citizens for whom it is most relevant",
        ),
    ),
    "Tabel 0.3": (
        (
            "rehab_jaf_borger_hurtigere",
            "kommer hurtigere i gang med relevante indsatser",
            "Hurtigere i gang med indsatser",
            "Start support sooner",
            "get started on relevant support sooner",
        ),
        (
            "rehab_jaf_borger_fleksibelt",
            "oplever at systemet er fleksibelt",
            "Oplever systemet som fleksibelt",
            "Find the system flexible",
            "find the system flexible",
        ),
        (
            "rehab_jaf_borger_tilfredse",
            "samlet set er tilfredse med at blive fritaget fra rehabiliteringsteamet",
            "Tilfredse med fritagelsen",
            "Satisfied with exemption",
            "are, all in all, satisfied with being exempted from the rehabilitation team",
        ),
        (
            "rehab_jaf_borger_inddraget_beslutning",
            "har haft mulighed for at blive inddraget i beslutningen om relevans med rehabiliteringsmødet",
            "Inddraget i beslutning om møde",
            "Had a say on the meeting",
            "have had the chance to take part in deciding whether a rehabilitation team meeting is relevant",
        ),
        (
            "rehab_jaf_borger_inddraget_plan",
            "Inddrages aktivt i udarbejdelse af planen for jobafklaringsforløbet",
            "Inddraget aktivt i planen",
            "Involved in the plan",
            "are actively involved in drawing up the plan for the job clarification course",
        ),
    ),
    "Tabel 0.4": _BIDRAG,
    "Tabel 0.5": (
        (
            "rehab_lae265_raaderum",
            "jeg har fået et større fagligt råderum",
            "Større fagligt råderum",
            "More professional latitude",
            "I have gained more professional discretion",
        ),
        (
            "rehab_lae265_kortere_sagsbehandling",
            "sagsbehandling stiden afkortes uden at det påvirker kvaliteten",
            "Kortere sagstid, samme kvalitet",
            "Shorter processing, same quality",
            "case processing time is shortened without affecting quality",
        ),
        (
            "rehab_lae265_tillid",
            "jeg oplever, at der er tillid til mine faglige kompetencer som medarbejder",
            "Tillid til min faglighed",
            "My expertise is trusted",
            "I feel that my professional skills as an employee are trusted",
        ),
        (
            "rehab_lae265_vanskeligt",
            "jeg finder det fagligt vanskeligt at vurdere, om en borger kan fritages fra LÆ265",
            "Fagligt vanskeligt at vurdere",
            "Hard to judge exemption",
            "I find it professionally difficult to judge whether a citizen can be exempted from LÆ265",
        ),
        (
            "rehab_lae265_egen_laege",
            "egen læge inddrages i relevant omfang i sagerne",
            "Egen læge inddrages relevant",
            "GP involved to a relevant extent",
            "the citizen's own GP is involved in the cases to a relevant extent",
        ),
        (
            "rehab_lae265_hurtigere_moede",
            "borgerne kommer hurtigere på rehabiliterings mødet",
            "Hurtigere til rehab.mødet",
            "Sooner to the rehab team meeting",
            "citizens get to the rehabilitation team meeting sooner",
        ),
    ),
    "Tabel 0.6": _BIDRAG,
}
# The table notes mark one statement as negatively worded ("det midterste spørgsmål" in Tabel 0.2, "det
# fjerde spørgsmål" in Tabel 0.5): there a lower mean is the good direction.
_NEGATIVE = {
    ("Tabel 0.2", 3): "det midterste spørgsmål, der er negativt formuleret",
    ("Tabel 0.5", 4): "det fjerde spørgsmål, der er negativt formuleret",
}


def _question_note(note_line: int) -> tuple[str, str, str]:
    """Question stem and the scale's two ends from the 'Note: Spørgsmålsformulering: "..."' line below a table."""
    text = line_text(DOC, note_line)
    stem = re.search(r'Spørgsmålsformulering: "(.*?)"', text)
    scale = re.search(r'skala fra 1-5, hvor 5 er "(.*?)" og 1 er "(.*?)"', text)
    if not stem or not scale:
        raise ValueError(f"{DOC}:{note_line}: no question/scale in note")
    return stem[1], scale[1], scale[2]


def _survey_table_layout() -> list[tuple[str, list[int], str, list[Question]]]:
    """Per survey table: its name, body lines, note line and one Question per column (checked against the header)."""
    start, end = section()
    out = []
    for caption_text in _SURVEY_TABLES:
        caption = anchor(caption_text, start, end)
        rows = table_lines(caption)
        header, body = rows[0], rows[1:]
        note_line = anchor("Note: Spørgsmålsformulering", body[-1], end)
        stem, high, low = _question_note(note_line)
        table = caption_text.split(":")[0]
        printed = [c.strip().removeprefix("... ") for c in cells(DOC, header)[1:]]
        declared = _STATEMENTS[table]
        if printed != [d[1] for d in declared]:
            raise ValueError(f"{DOC}:{header}: {table} columns are not the declared statements: {printed}")
        questions = []
        for k, (qid, statement, _, _, text_en) in enumerate(declared, start=1):
            negative = _NEGATIVE.get((table, k))
            if negative is not None and negative not in line_text(DOC, note_line):
                raise ValueError(f"{DOC}:{note_line}: the note no longer marks {qid} as negatively worded")
            questions.append(
                Question(
                    qid,
                    f"{stem} {statement}",
                    f"{_STEM_EN[table]} {text_en}",
                    f'1-5, 5 = "{high}", 1 = "{low}"',
                    f'1-5, 5 = "{_SCALE_EN[high]}", 1 = "{_SCALE_EN[low]}"',
                    negative is None,
                )
            )
        out.append((table, body, stem, questions))
    return out


def survey_questions() -> list[Question]:
    """The questions of Tabel 0.2-0.6, each once (Tabel 0.4 and 0.6 share theirs)."""
    by_id: dict[str, Question] = {}
    for _, _, _, questions in _survey_table_layout():
        for q in questions:
            if by_id.setdefault(q.question_id, q) != q:
                raise ValueError(f"question {q.question_id} worded differently in two tables")
    return list(by_id.values())


def survey_tables() -> list[Fact]:
    """Mean answer per municipality and statement (midway and final survey together), and the N of each row."""
    out: list[Fact] = []
    for table, body, _stem, questions in _survey_table_layout():
        instrument = _TABLE_INSTRUMENT[table]
        labels = {d[0]: (d[2], d[3]) for d in _STATEMENTS[table]}
        n_series = Series(
            _source(table),
            "Antal besvarelser (N)",
            "Number of respondents (N)",
            instrument=instrument,
            statistic="count",
        )
        for line in body:
            row = cells(DOC, line)
            n = float(re.search(r"\(N=([\d.]+)\)", row[0])[1].replace(".", ""))
            municipality = table_municipality(row[0], drop_n=True)
            common = dict(experiment=EXP, municipality=municipality, group=EMPLOYEE, period="2019-2020")
            # The row label's N ('Aalborg (N=101)'): respondents of the midway and final survey together.
            out.append(
                fact(
                    DOC,
                    line,
                    cell_quote(DOC, line, 0),
                    measure="respondents_n",
                    unit="count",
                    value=n,
                    series=n_series,
                    note=f"{table}: antal besvarelser, midtvejs- og slutmåling samlet",
                    **common,
                )
            )
            for k, q in enumerate(questions, start=1):
                if is_missing(row[k]):
                    continue
                # The instrument in the label: Tabel 0.2/0.5 and 0.4/0.6 ask alike about the two exemptions.
                label_da, label_en = labels[q.question_id]
                label_da, label_en = f"{label_da} ({instrument})", f"{label_en} ({_LABEL_EN[instrument]})"
                negative = "" if q.higher_is_better else " [negativt formuleret: lavere er bedre]"
                out.append(
                    fact(
                        DOC,
                        line,
                        cell_quote(DOC, line, k),
                        measure="survey_mean",
                        unit="score",
                        value=cell_number(row[k]),
                        n=n,
                        series=Series(
                            _source(table),
                            label_da,
                            label_en,
                            question=q.question_id,
                            instrument=instrument,
                            statistic="mean",
                        ),
                        note=f'{table}: "{q.text_da}" — skala {q.scale_da}; midtvejs- og slutmåling samlet{negative}',
                        **common,
                    )
                )
    return out


# --- Observation counts: Tabel 0.7, 0.9, 0.10 and the N lines under the figures ------------------------

_HORIZON = re.compile(r"(\d{1,2}-\d{1,2}) mdr\. efter opstart \(N=([\d.]+)\)")
_HALF_YEAR_N = re.compile(r"(\d{4}), ([12]) \(N=([\d.]+)\)")


def tabel_0_7() -> list[Fact]:
    caption = _find("Tabel 0.7: Antal observationer for deskriptive resultater på udfaldsmålene")
    rows = table_lines(caption)
    header, body = rows[0], rows[1:]
    horizons = [c.strip() for c in cells(DOC, header)[1:]]
    out = []
    for line in body:
        row = cells(DOC, line)
        for k, horizon in enumerate(horizons, start=1):
            out.append(
                fact(
                    DOC,
                    line,
                    cell_quote(DOC, line, k),
                    experiment=EXP,
                    municipality=table_municipality(row[0], drop_n=True),
                    measure="rehab_obs_n",
                    unit="count",
                    value=cell_number(row[k]),
                    group="indsatsgruppe",
                    period=AFTER,
                    note=f"Tabel 0.7 (Figur 0.5-0.7): {horizon}",
                    series=_window_series("Tabel 0.7", horizon, statistic="count"),
                )
            )
    return out


_T09_GROUPS = {"Sammenligningsgruppe": "sammenligningsgruppe", "Indsatsgruppe": "indsatsgruppe", "Samlet": "samlet"}


# Tabel 0.9 is one series: its columns are the respondent groups, its rows the half-years (and the two
# 'Samlet' rows the periods 2016 and 2017H2-2019H2).
T09_SERIES = Series(
    _source("Tabel 0.9"),
    "Sygedagpengeforløb i effektanalysen",
    "Sickness-benefit spells in the analysis",
    statistic="count",
)


def tabel_0_9() -> list[Fact]:
    caption = _find("Tabel 0.9. Antal forløb fordelt på hhv. indsats- og sammenligningsgruppe")
    # A footnote (the comparison municipalities' names) is printed between the caption and the table.
    rows = table_lines(caption, max_gap=6)
    header, body = rows[0], rows[1:]
    groups = [_T09_GROUPS[c.strip()] for c in cells(DOC, header)[2:]]
    out = []
    phase = ""
    for line in body:
        row = cells(DOC, line)
        phase = row[0].strip() or phase  # 'Førperiode'/'Efterperiode' is written once: fill down
        label = row[1].strip()
        if label == "Samlet":
            period = "2016" if phase == "Førperiode" else AFTER
        else:
            period = half_year(label)
        for k, group in enumerate(groups, start=2):
            if is_missing(row[k]):  # 2017H1 is excluded by design and printed as '-'
                continue
            out.append(
                fact(
                    DOC,
                    line,
                    cell_quote(DOC, line, k),
                    experiment=EXP,
                    measure="rehab_forloeb_n",
                    unit="count",
                    value=cell_number(row[k]),
                    group=group,
                    period=period,
                    series=T09_SERIES,
                    note=f"Tabel 0.9: {phase.lower()}, {label.lower() if label == 'Samlet' else label}",
                )
            )
    return out


def tabel_0_10() -> list[Fact]:
    caption = _find("Tabel 0.10: Antal observationer")
    rows = table_lines(caption)
    header, body = rows[0], rows[1:]
    horizons = [c.strip() for c in cells(DOC, header)[1:]]
    out = []
    for line in body:
        row = cells(DOC, line)
        for k, horizon in enumerate(horizons, start=1):
            out.append(
                fact(
                    DOC,
                    line,
                    cell_quote(DOC, line, k),
                    experiment=EXP,
                    measure="rehab_obs_n",
                    unit="count",
                    value=cell_number(row[k]),
                    group="samlet",
                    period=half_year(row[0]),
                    series=_window_series("Tabel 0.10", horizon, statistic="count"),
                    note=f"Tabel 0.10 (Figur 0.19-0.23, effekter for halvårlige opstartsgrupper): {horizon}",
                )
            )
    return out


def _horizon_n(line: int, fig: str, note: str, group: str, period: str) -> list[Fact]:
    """One fact per '1-3 mdr. efter opstart (N=...)' piece of an N line under Figur ``fig``: one series per
    figure and window."""
    found = list(_HORIZON.finditer(line_text(DOC, line)))
    if len(found) != 4:
        raise ValueError(f"{DOC}:{line}: expected four horizons, found {len(found)}")
    return [
        fact(
            DOC,
            line,
            m[0],
            experiment=EXP,
            measure="rehab_obs_n",
            unit="count",
            value=float(m[2].replace(".", "")),
            group=group,
            period=period,
            series=_window_series(f"Figur {fig}", m[1], statistic="count"),
            note=f"{note}, {m[1]} mdr. efter opstart",
        )
        for m in found
    ]


def parallel_trend_n() -> list[Fact]:
    """Figur 0.1-0.4: N per half-year (both groups together) for each horizon; the curves are lost."""
    out = []
    for fig in ("0.1", "0.2", "0.3", "0.4"):
        caption = _find(f"Figur {fig}. Paral")
        horizon = re.search(r"udfaldsmålene (\d+-\d+) mdr", line_text(DOC, caption))[1]
        line = anchor("N: 2015, 1 (N=", caption, caption + 8)
        for m in _HALF_YEAR_N.finditer(line_text(DOC, line)):
            # N=0 for 2019H2 at 7-9 and 10-12 months is printed: no spell started late enough (kept as 0).
            out.append(
                fact(
                    DOC,
                    line,
                    m[0],
                    experiment=EXP,
                    measure="rehab_obs_n",
                    unit="count",
                    value=float(m[3].replace(".", "")),
                    group="samlet",
                    period=f"{m[1]}H{m[2]}",
                    series=_window_series(f"Figur {fig}", horizon, statistic="count"),
                    note=f"Figur {fig}: parallelle udviklingsforløb, {horizon} mdr. efter opstart",
                )
            )
    return out


_DESCRIPTIVE = (
    ("0.9", "beskæftigelse"),
    ("0.10", "virksomhedsrettet indsats"),
    ("0.11", "vejledning og opkvalificering"),
)
_EFFECT_FIGURES = (
    ("0.12", "andel med beskæftigelse"),
    ("0.13", "gns. beskæftigelsesgrad"),
    ("0.15", "andel med virksomhedsrettet indsats"),
    ("0.16", "grad af virksomhedsrettet indsats"),
    ("0.17", "andel i vejledning og opkvalificering"),
    ("0.18", "grad af vejledning og opkvalificering"),
)


def figure_n_lines() -> list[Fact]:
    out: list[Fact] = []
    for fig, topic in _DESCRIPTIVE:
        caption = _find(f"Figur {fig}. Deskriptive resultater")
        for label, group in (
            ("N for frikommunerne:", "indsatsgruppe"),
            ("N for sammenligningskommunerne:", "sammenligningsgruppe"),
        ):
            line = anchor(label, caption, caption + 12)
            out += _horizon_n(line, fig, f"Figur {fig}: deskriptive resultater for {topic}", group, AFTER)
    for fig, topic in _EFFECT_FIGURES:
        caption = _find(f"Figur {fig}. Forskel")
        line = anchor("N: 1-3 mdr. efter opstart", caption, caption + 12)
        out += _horizon_n(
            line, fig, f"Figur {fig}: effekt på {topic} (før 2016, efter 2017H2-2019H2)", "samlet", DID_SAMPLE
        )
    caption = _find("Figur 0.14. Forskel i gns. beskæftigelsesgrad fordelt på halvårige perioder")
    for start in ("2017-2", "2018-1", "2018-2", "2019-1", "2019-2"):
        line = anchor(f"blandt borgere med opstart i {start}:", caption, caption + 20)
        # The period is the start cohort (half-year): one series per window across the five cohorts.
        out += _horizon_n(
            line,
            "0.14",
            "Figur 0.14: effekt på gns. beskæftigelsesgrad for opstartshalvåret",
            "samlet",
            half_year(start),
        )
    return out


# --- Result sentences (values quoted from the lost charts) -----------------------------------------------

# The group of an effect estimate (difference-in-differences): the frikommuner against the comparison municipalities.
_EFFECT_GROUP = "samlet"


def _result_fact(
    anchor_text: str,
    quote: str,
    value: float,
    measure: str,
    unit: str,
    group: str,
    period: str,
    note: str,
    *,
    source: str,
    window: str,
) -> Fact:
    """A figure the running text quotes from a lost chart. ``source``: the figure the sentence reports on;
    ``window``: the months after start it is about."""
    line = _find(anchor_text)
    statistic = "effect" if measure.startswith("rehab_did_") else ("mean" if "_grade_" in measure else "share")
    return fact(
        DOC,
        line,
        quote,
        experiment=EXP,
        measure=measure,
        unit=unit,
        value=value,
        group=group,
        period=period,
        note=note,
        series=_window_series(
            source if source.startswith("tekst") else f"tekst til {source}", window, statistic=statistic
        ),
    )


def _figure_0_9_employment_share() -> list[Fact]:
    """Figur 0.9 as the text quotes it: the share in employment, treatment vs comparison group."""
    s = "Resultaterne for andelen med beskæftigelse"
    return [
        _result_fact(
            s,
            "hhv. 36,8 og 36,6 pct.",
            36.8,
            "rehab_employed_share_pct",
            "pct",
            "indsatsgruppe",
            AFTER,
            "Figur 0.9 (tekst): 1-3 mdr. efter opstart",
            source="Figur 0.9",
            window="1-3",
        ),
        _result_fact(
            s,
            "hhv. 36,8 og 36,6 pct.",
            36.6,
            "rehab_employed_share_pct",
            "pct",
            "sammenligningsgruppe",
            AFTER,
            "Figur 0.9 (tekst): 1-3 mdr. efter opstart",
            source="Figur 0.9",
            window="1-3",
        ),
        _result_fact(
            s,
            "31,6 pct. for frikommunerne",
            31.6,
            "rehab_employed_share_pct",
            "pct",
            "indsatsgruppe",
            AFTER,
            "Figur 0.9 (tekst): 10-12 mdr. efter opstart",
            source="Figur 0.9",
            window="10-12",
        ),
        _result_fact(
            s,
            "29,8 pct. for sammenligningskommunerne",
            29.8,
            "rehab_employed_share_pct",
            "pct",
            "sammenligningsgruppe",
            AFTER,
            "Figur 0.9 (tekst): 10-12 mdr. efter opstart",
            source="Figur 0.9",
            window="10-12",
        ),
    ]


def _figure_0_10_company_activation() -> list[Fact]:
    """Figur 0.10 as the text quotes it: share and degree of company-based activation (treatment group)."""
    s = "er det cirka hver tiende, som på et tidspunkt er i virksomhedsrettet indsats"
    # '16,8' is printed without a unit; the sentence is about the share in company-based activation.
    return [
        _result_fact(
            s,
            "stiger til 16,8 10-12 måneder efter",
            16.8,
            "rehab_company_share_pct",
            "pct",
            "indsatsgruppe",
            AFTER,
            "Figur 0.10 (tekst): 10-12 mdr. efter opstart (enhed ikke angivet i teksten)",
            source="Figur 0.10",
            window="10-12",
        ),
        _result_fact(
            s,
            "7,3 pct. af de første tre måneder",
            7.3,
            "rehab_company_grade_pct",
            "pct",
            "indsatsgruppe",
            AFTER,
            "Figur 0.10 (tekst): 1-3 mdr. efter opstart",
            source="Figur 0.10",
            window="1-3",
        ),
        _result_fact(
            s,
            "11,7 pct. af tiden 10-12 måneder",
            11.7,
            "rehab_company_grade_pct",
            "pct",
            "indsatsgruppe",
            AFTER,
            "Figur 0.10 (tekst): 10-12 mdr. efter opstart",
            source="Figur 0.10",
            window="10-12",
        ),
    ]


def _figure_0_11_guidance() -> list[Fact]:
    """Figur 0.11 as the text quotes it: share and degree of guidance and upskilling, both groups."""
    s = "14,5 pct. i sammenligningskommunerne"
    return [
        _result_fact(
            "I frikommunerne anvendes det for 15,4 pct. af borgerne",
            "anvendes det for 15,4 pct. af borgerne",
            15.4,
            "rehab_guidance_share_pct",
            "pct",
            "indsatsgruppe",
            AFTER,
            "Figur 0.11 (tekst): 1-3 mdr. efter opstart",
            source="Figur 0.11",
            window="1-3",
        ),
        _result_fact(
            s,
            "14,5 pct. i sammenligningskommunerne",
            14.5,
            "rehab_guidance_share_pct",
            "pct",
            "sammenligningsgruppe",
            AFTER,
            "Figur 0.11 (tekst): 10-12 mdr. efter opstart",
            source="Figur 0.11",
            window="10-12",
        ),
        _result_fact(
            s,
            "i 7,8 pct. af tiden 1-3 måneder efter opstart",
            7.8,
            "rehab_guidance_grade_pct",
            "pct",
            "indsatsgruppe",
            AFTER,
            "Figur 0.11 (tekst): 1-3 mdr. efter opstart",
            source="Figur 0.11",
            window="1-3",
        ),
        _result_fact(
            s,
            "dette tal er 5,8 pct. 10-12 måneder efter opstart",
            5.8,
            "rehab_guidance_grade_pct",
            "pct",
            "indsatsgruppe",
            AFTER,
            "Figur 0.11 (tekst): 10-12 mdr. efter opstart",
            source="Figur 0.11",
            window="10-12",
        ),
        _result_fact(
            s,
            "hhv. 10,2 pct. og 8,2 pct. af tiden",
            10.2,
            "rehab_guidance_grade_pct",
            "pct",
            "sammenligningsgruppe",
            AFTER,
            "Figur 0.11 (tekst): 1-3 mdr. efter opstart",
            source="Figur 0.11",
            window="1-3",
        ),
        _result_fact(
            s,
            "hhv. 10,2 pct. og 8,2 pct. af tiden",
            8.2,
            "rehab_guidance_grade_pct",
            "pct",
            "sammenligningsgruppe",
            AFTER,
            "Figur 0.11 (tekst): 10-12 mdr. efter opstart",
            source="Figur 0.11",
            window="10-12",
        ),
    ]


def _figure_0_12_employment_effect() -> list[Fact]:
    """Figur 0.12 as the text quotes it: the effect on the share in employment (percentage points)."""
    s = "hhv. 1,4 og 1,8 procentpoint flere"
    return [
        _result_fact(
            "f.eks. 0,1 procentpoint flere af borgerne",
            "f.eks. 0,1 procentpoint flere af borgerne",
            0.1,
            "rehab_did_employed_share_pp",
            "pp",
            _EFFECT_GROUP,
            DID_SAMPLE,
            "Figur 0.12 (tekst): 1-3 mdr. efter opstart; ikke signifikant (nævnt som eksempel i læsevejledningen)",
            source="Figur 0.12",
            window="1-3",
        ),
        _result_fact(
            s,
            s,
            1.4,
            "rehab_did_employed_share_pp",
            "pp",
            _EFFECT_GROUP,
            DID_SAMPLE,
            "Figur 0.12 (tekst): 7-9 mdr. efter opstart; ikke signifikant",
            source="Figur 0.12",
            window="7-9",
        ),
        _result_fact(
            s,
            s,
            1.8,
            "rehab_did_employed_share_pp",
            "pp",
            _EFFECT_GROUP,
            DID_SAMPLE,
            "Figur 0.12 (tekst): 10-12 mdr. efter opstart; ikke signifikant",
            source="Figur 0.12",
            window="10-12",
        ),
    ]


def _figure_0_13_employment_grade_effect() -> list[Fact]:
    """Figur 0.13 as the text quotes it: the effect on the degree of employment."""
    s = "hhv. 1,9 og 1,6 procentpoint større"
    return [
        _result_fact(
            s,
            s,
            1.9,
            "rehab_did_employment_grade_pp",
            "pp",
            _EFFECT_GROUP,
            DID_SAMPLE,
            "Figur 0.13 (tekst): 7-9 mdr. efter opstart; ikke signifikant",
            source="Figur 0.13",
            window="7-9",
        ),
        _result_fact(
            s,
            s,
            1.6,
            "rehab_did_employment_grade_pp",
            "pp",
            _EFFECT_GROUP,
            DID_SAMPLE,
            "Figur 0.13 (tekst): 10-12 mdr. efter opstart; ikke signifikant",
            source="Figur 0.13",
            window="10-12",
        ),
    ]


def _figure_0_14_employment_grade_by_cohort() -> list[Fact]:
    """Figur 0.14 as the text quotes it: the effect on the degree of employment per start cohort."""
    # One printed figure for two horizons: the sentence says it holds for both.
    both = "med 4,4 procentpoint både 7-9 og 10-12 måneder efter"
    later = "hhv. 4,3 og 3,6 procent mindre"
    return [
        _result_fact(
            both,
            both,
            4.4,
            "rehab_did_employment_grade_pp",
            "pp",
            _EFFECT_GROUP,
            "2017H2",
            "Figur 0.14 (tekst): 7-9 mdr. efter opstart; signifikant",
            source="Figur 0.14",
            window="7-9",
        ),
        _result_fact(
            both,
            both,
            4.4,
            "rehab_did_employment_grade_pp",
            "pp",
            _EFFECT_GROUP,
            "2017H2",
            "Figur 0.14 (tekst): 10-12 mdr. efter opstart; signifikant",
            source="Figur 0.14",
            window="10-12",
        ),
        _result_fact(
            later,
            later,
            -4.3,
            "rehab_did_employment_grade_pp",
            "pp",
            _EFFECT_GROUP,
            "2018H2",
            "Figur 0.14 (tekst): måleperiode ikke angivet; negativ effekt (teksten skriver 'procent')",
            source="Figur 0.14",
            window="ikke angivet",
        ),
        _result_fact(
            later,
            later,
            -3.6,
            "rehab_did_employment_grade_pp",
            "pp",
            _EFFECT_GROUP,
            "2019H2",
            "Figur 0.14 (tekst): måleperiode ikke angivet; negativ effekt (teksten skriver 'procent')",
            source="Figur 0.14",
            window="ikke angivet",
        ),
    ]


def _figure_0_15_company_share_effect() -> list[Fact]:
    """Figur 0.15 as the text quotes it: the effect on the share in company-based activation."""
    s = "reduceret andelen som er i virksomhedsrettet indsats med 5,4 procentpoint"
    return [
        _result_fact(
            s,
            s,
            -5.4,
            "rehab_did_company_share_pp",
            "pp",
            _EFFECT_GROUP,
            DID_SAMPLE,
            "Figur 0.15 (tekst): 1-3 mdr. efter opstart; signifikant",
            source="Figur 0.15",
            window="1-3",
        ),
        _result_fact(
            s,
            "reduceres den negative forskel marginalt til ca. 4 procentpoint",
            -4,
            "rehab_did_company_share_pp",
            "pp",
            _EFFECT_GROUP,
            DID_SAMPLE,
            "Figur 0.15 (tekst): de følgende kvartaler (4-6, 7-9 og 10-12 mdr. efter opstart), ca.; signifikant",
            source="Figur 0.15",
            window="4-6, 7-9 og 10-12",
        ),
    ]


def _figure_0_16_company_grade_effect() -> list[Fact]:
    """Figur 0.16 as the text quotes it: the effect on the degree of company-based activation."""
    s = "reduceres graden af virksomhedsrettet indsats med ca. 3,5 procentpoint"
    return [
        _result_fact(
            s,
            s,
            -3.5,
            "rehab_did_company_grade_pp",
            "pp",
            _EFFECT_GROUP,
            DID_SAMPLE,
            "Figur 0.16 (tekst): de første to kvartaler (1-3 og 4-6 mdr. efter opstart), ca.; signifikant",
            source="Figur 0.16",
            window="1-3 og 4-6",
        ),
        _result_fact(
            s,
            "reduktionen er ca. 3 procentpoint hhv. 7-9 og 10-12 måneder efter",
            -3,
            "rehab_did_company_grade_pp",
            "pp",
            _EFFECT_GROUP,
            DID_SAMPLE,
            "Figur 0.16 (tekst): 7-9 og 10-12 mdr. efter opstart, ca.; signifikant",
            source="Figur 0.16",
            window="7-9 og 10-12",
        ),
    ]


def _figure_0_17_guidance_effect() -> list[Fact]:
    """Figur 0.17 and the summary after it: the effect on the share in guidance and upskilling."""
    share = "øger forsøget andelen med 3,3 procentpoint"
    summary = "10-12 måneder efter overgang fra sygedagpenge på 3,3 procentpoint"
    return [
        _result_fact(
            share,
            share,
            3.3,
            "rehab_did_guidance_share_pp",
            "pp",
            _EFFECT_GROUP,
            DID_SAMPLE,
            "Figur 0.17 (tekst): 10-12 mdr. efter opstart; signifikant",
            source="Figur 0.17",
            window="10-12",
        ),
        _result_fact(
            summary,
            "på 3,3 procentpoint",
            3.3,
            "rehab_did_guidance_share_pp",
            "pp",
            _EFFECT_GROUP,
            DID_SAMPLE,
            "Figur 0.17 (tekst, opsummering): 10-12 mdr. efter opstart; signifikant",
            source="tekst, opsamling på effekter for vejledning og opkvalificering",
            window="10-12",
        ),
    ]


def result_sentences() -> list[Fact]:
    """The figures the running text quotes from the lost charts: descriptive results (Figur 0.9-0.11) after the
    period, treatment vs comparison group, then the effect estimates (Figur 0.12-0.17)."""
    return [
        *_figure_0_9_employment_share(),
        *_figure_0_10_company_activation(),
        *_figure_0_11_guidance(),
        # Effect estimates (difference-in-differences, percentage points). Reductions are stored negative, as
        # the sentences describe them ("reduceret ... med", "negativ effekt", "mindre").
        *_figure_0_12_employment_effect(),
        *_figure_0_13_employment_grade_effect(),
        *_figure_0_14_employment_grade_by_cohort(),
        *_figure_0_15_company_share_effect(),
        *_figure_0_16_company_grade_effect(),
        *_figure_0_17_guidance_effect(),
    ]


# --- Bilag 6: target group analysis (Figur 0.24 LÆ265, Figur 0.25 JAF) ---------------------------------

_LAE = "fritagelse fra LÆ265"
_JAF = "fritagelse fra rehabiliteringsteamet ifm. overgang til JAF"


def _target_group_counts() -> list[Fact]:
    """The N lines of Figur 0.24 and 0.25: citizens exempted and not exempted, per exemption."""
    out: list[Fact] = []
    for fig, instrument, exemption, caption_text in (
        ("0.24", "LÆ265", _LAE, "Figur 0.24. Målgruppeanalyse vedr. fritagelse fra LÆ265"),
        ("0.25", "JAF", _JAF, "Figur 0.25. Målgruppeanalyse vedr. fritagelse fra rehabiliteringsteamet"),
    ):
        caption = _find(caption_text)
        line = anchor("N: Ikke fritagne (N=", caption, caption + 8)
        series = Series(
            _source(f"Figur {fig}"),
            f"Borgere, {_INSTRUMENT_DA[instrument]}",
            f"Citizens, {_INSTRUMENT_EN[instrument]}",
            instrument=instrument,
            statistic="count",
        )
        for label, group in (("Ikke fritagne", "ikke fritagne"), ("Fritagne", "fritagne")):
            m = re.search(rf"{label} \(N=([\d.]+)\)", line_text(DOC, line))
            out.append(
                fact(
                    DOC,
                    line,
                    m[0],
                    experiment=EXP,
                    measure="citizens_n",
                    unit="count",
                    value=float(m[1].replace(".", "")),
                    group=group,
                    period=AFTER,
                    series=series,
                    note=f"Figur {fig}: målgruppeanalyse, {exemption} (personer, første forløb)",
                )
            )
    return out


# The measures the text quotes from the target group charts: (Danish label, English label, statistic).
_TARGET_LABELS = {
    "rehab_target_age_mean": ("Gennemsnitsalder", "Mean age", "mean"),
    "rehab_exemption_rate_pct": ("Fritagelsesgrad efter alder", "Exemption rate by age", "share"),
    "rehab_target_emp_grade_pct": ("Beskæftigelsesgrad året før", "Prior-year employment rate", "mean"),
}


def _target_fact(
    anchor_text: str, quote: str, value: float, measure: str, unit: str, group: str, note: str, *, fig: str
) -> Fact:
    """A figure the running text quotes from the target group charts (Figur 0.24 and 0.25)."""
    line = _find(anchor_text)
    instrument = {"0.24": "LÆ265", "0.25": "JAF"}[fig]
    da, en, statistic = _TARGET_LABELS[measure]
    series = Series(
        _source(f"tekst til Figur {fig}"),
        f"{da}, {instrument}",
        f"{en}, {_LABEL_EN[instrument]}",
        instrument=instrument,
        statistic=statistic,
    )
    return fact(
        DOC,
        line,
        quote,
        experiment=EXP,
        measure=measure,
        unit=unit,
        value=value,
        group=group,
        period=AFTER,
        note=note,
        series=series,
    )


def _figure_0_24_target_group() -> list[Fact]:
    """Figur 0.24 as the text quotes it: the mean age with and without the LÆ265 exemption, the rate by age."""
    s = "Dette ses dels ved aldersgennemsnittet"
    return [
        _target_fact(
            s,
            "som er 45,5 for borgere som ikke fritages",
            45.5,
            "rehab_target_age_mean",
            "years",
            "ikke fritagne",
            f"Figur 0.24 (tekst): {_LAE}",
            fig="0.24",
        ),
        _target_fact(
            s,
            "det er 48,4 for de borgere som fritages",
            48.4,
            "rehab_target_age_mean",
            "years",
            "fritagne",
            f"Figur 0.24 (tekst): {_LAE}",
            fig="0.24",
        ),
        _target_fact(
            s,
            "kun er 9 pct. blandt den yngste",
            9,
            "rehab_exemption_rate_pct",
            "pct",
            "yngste aldersgruppe",
            f"Figur 0.24 (tekst): {_LAE}",
            fig="0.24",
        ),
        _target_fact(
            s,
            "stiger til 19 pct. blandt de ældste borgere",
            19,
            "rehab_exemption_rate_pct",
            "pct",
            "ældste aldersgruppe",
            f"Figur 0.24 (tekst): {_LAE}",
            fig="0.24",
        ),
    ]


def _figure_0_25_target_group() -> list[Fact]:
    """Figur 0.25 as the text quotes it: the exemption rate of the oldest, and the prior-year employment rate."""
    s = "Blandt de to ældste grupper fritages hhv. 66 og 70 pct."
    # The chart's age bands are lost; the text only says the two oldest groups are 56+ years.
    return [
        _target_fact(
            s,
            s,
            66,
            "rehab_exemption_rate_pct",
            "pct",
            "næstældste aldersgruppe (56+ år)",
            f"Figur 0.25 (tekst): {_JAF}",
            fig="0.25",
        ),
        _target_fact(
            s,
            s,
            70,
            "rehab_exemption_rate_pct",
            "pct",
            "ældste aldersgruppe (56+ år)",
            f"Figur 0.25 (tekst): {_JAF}",
            fig="0.25",
        ),
        _target_fact(
            s,
            "gennemsnitlige beskæftigelsesgrad er 49 pct.",
            49,
            "rehab_target_emp_grade_pct",
            "pct",
            "fritagne",
            f"Figur 0.25 (tekst): {_JAF}",
            fig="0.25",
        ),
        _target_fact(
            s,
            "mens den er 41 for de borgere, som ikke fritages",
            41,
            "rehab_target_emp_grade_pct",
            "pct",
            "ikke fritagne",
            f"Figur 0.25 (tekst): {_JAF} (enhed ikke gentaget i teksten)",
            fig="0.25",
        ),
    ]


def target_group() -> list[Fact]:
    """Bilag 6's target group analysis (Figur 0.24 LÆ265, Figur 0.25 JAF): the N lines, then what the text quotes."""
    return [*_target_group_counts(), *_figure_0_24_target_group(), *_figure_0_25_target_group()]


# --- Bilag 7: employee assessment charts (values lost, N kept) -----------------------------------------


def employee_charts_n() -> list[Fact]:
    out = []
    for fig, exemption, caption_text in (
        ("0-26", "JAF", "Figur 0-26: Medarbejdernes vurdering af borgernes udbytte"),
        ("0-27", "LÆ265", "Figur 0-27: Medarbejdernes vurdering af muligheden for fritagelse fra LÆ265"),
    ):
        caption = _find(caption_text)
        line = anchor("Note: N=", caption, caption + 8)
        series = Series(
            _source(f"Figur {fig}"),
            f"Besvarelser, {_INSTRUMENT_DA[exemption]}",
            f"Respondents, {_INSTRUMENT_EN[exemption]}",
            instrument=exemption,
            statistic="count",
        )
        for m in re.finditer(r"N=(\d+) \((\d{4})\)", line_text(DOC, line)):
            out.append(
                fact(
                    DOC,
                    line,
                    m[0],
                    experiment=EXP,
                    measure="respondents_n",
                    unit="count",
                    value=float(m[1]),
                    group=EMPLOYEE,
                    period=m[2],
                    series=series,
                    note=f"Figur {fig}: medarbejdersurvey om {_EXEMPTION_TEXT[exemption]}",
                )
            )
    return out


def facts() -> list[Fact]:
    return [
        *tabel_0_1(),
        *response_rate_sentence(),
        *survey_tables(),
        *tabel_0_7(),
        *tabel_0_9(),
        *tabel_0_10(),
        *parallel_trend_n(),
        *figure_n_lines(),
        *result_sentences(),
        *target_group(),
        *employee_charts_n(),
    ]


# --- Lost figures ------------------------------------------------------------------------------------------

_LOST = (
    (
        "Figur 0.1. Parallele udviklingsforløb",
        "Kurverne for parallelle udviklingsforløb er tabt; kun N pr. halvår er bevaret.",
        "The parallel-trend curves are lost; only N per half-year survives.",
    ),
    ("Figur 0.2. Parallelle udviklingsforløb", None, None),
    ("Figur 0.3. Parallelle udviklingsforløb", None, None),
    ("Figur 0.4. Parallelle udviklingsforløb", None, None),
    (
        "Figur 0.5. Deskriptive resultater for beskæftigelse fordelt på frikommunerne",
        "Resultaterne pr. kommune er tabt; antal observationer står i Tabel 0.7.",
        "The per-municipality results are lost; the number of observations is in Table 0.7.",
    ),
    ("Figur 0.6. Deskriptive resultater for virksomhedsrettet indsats fordelt på frikommunerne", None, None),
    ("Figur 0.7. Deskriptive resultater for vejledning og opkvalificering fordelt på frikommunerne", None, None),
    (
        "Figur 0.9. Deskriptive resultater for beskæftigelse",
        "Søjlerne er tabt; enkelte værdier citeres i teksten og er registreret som fakta.",
        "The bars are lost; a few values quoted in the text are recorded as facts.",
    ),
    ("Figur 0.10. Deskriptive resultater for virksomhedsrettet indsats", None, None),
    ("Figur 0.11. Deskriptive resultater for vejledning og opkvalificering", None, None),
    (
        "Figur 0.12. Forskel i andel med beskæftigelse",
        "Punktestimater og konfidensintervaller er tabt; de estimater teksten nævner er registreret som fakta.",
        "Point estimates and confidence intervals are lost; the estimates the text mentions are recorded as facts.",
    ),
    ("Figur 0.13. Forskel i gns. beskæftigelsesgrad (%-point)", None, None),
    ("Figur 0.14. Forskel i gns. beskæftigelsesgrad fordelt på halvårige perioder", None, None),
    ("Figur 0.15. Forskel i andel med virksomhedsrettet indsats", None, None),
    ("Figur 0.16. Forskel i grad af virksomhedsrettet indsats", None, None),
    ("Figur 0.17. Forskel i andel i vejledning og opkvalificering", None, None),
    (
        "Figur 0.18. Forskel grad af vejledning og opkvalificering",
        "Punktestimater og konfidensintervaller er "
        "tabt; teksten siger kun at forskellene er positive og ikke signifikante.",
        "Point estimates and confidence intervals are lost; the text only says the differences are positive and "
        "not significant.",
    ),
    (
        "Figur 0.19. Forskel i andel som opnår beskæftigelse fordelt på halvårslige perioder",
        "Effekterne for de halvårlige opstartsgrupper er tabt; N står i Tabel 0.10.",
        "The effects for the half-yearly start cohorts are lost; N is in Table 0.10.",
    ),
    ("Figur 0.20. Forskel i andel som opnår virksomhedsrettet indsats fordelt på halvårslige perioder", None, None),
    ("Figur 0.21. Forskel i gns. grad af virksomhedsrettet indsats fordelt på halvårslige perioder", None, None),
    ("Figur 0.22. Forskel i andel som opnår vejledning og opkvalificering fordelt på halvårslige perioder", None, None),
    ("Figur 0.23. Forskel i gns. grad af vejledning og opkvalificering fordelt på halvårige perioder", None, None),
    (
        "Figur 0.24. Målgruppeanalyse vedr. fritagelse fra LÆ265",
        "Fordelingerne på baggrundskarakteristika og fritagelsesgraderne er tabt; teksten nævner enkelte tal, som "
        "er registreret som fakta.",
        "The distributions over background characteristics and the exemption rates are lost; the few figures the "
        "text mentions are recorded as facts.",
    ),
    ("Figur 0.25. Målgruppeanalyse vedr. fritagelse fra rehabiliteringsteamet", None, None),
    (
        "Figur 0-26: Medarbejdernes vurdering af borgernes udbytte af fritagelsesmuligheden ifm. JAF",
        "Gennemsnittene for 2019 og 2020 er tabt; kun N er bevaret (kommunefordelte gennemsnit for begge målinger "
        "samlet står i Tabel 0.3).",
        "The 2019 and 2020 means are lost; only N survives (per-municipality means for both rounds together are in "
        "Table 0.3).",
    ),
    (
        "Figur 0-27: Medarbejdernes vurdering af muligheden for fritagelse fra LÆ265",
        "Gennemsnittene for 2019 og 2020 er tabt; kun N er bevaret (kommunefordelte gennemsnit for begge målinger "
        "samlet står i Tabel 0.5).",
        "The 2019 and 2020 means are lost; only N survives (per-municipality means for both rounds together are in "
        "Table 0.5).",
    ),
)


def lost_figures() -> list[LostFigure]:
    out = []
    note_da = note_en = ""
    for caption_text, da, en in _LOST:
        # Consecutive charts of one kind share the note of the first one (None = same as above).
        note_da, note_en = (da, en) if da else (note_da, note_en)
        line = _find(caption_text)
        label = re.match(r"Figur (0[.-]\d+)", caption_text)[1]
        out.append(LostFigure(f"annex13_15-15a-fig{label}", EXP, DOC, line, caption_text, note_da, note_en))
    return out


# --- Source issues ----------------------------------------------------------------------------------------


def key_lines() -> dict[str, int]:
    """Lines other parts of this module refer to (Bilag 13 cross-checks)."""
    return {
        "target_lae265_n": anchor("N: Ikke fritagne (N=3.373)", *section()),
        "target_jaf_n": anchor("N: Ikke fritagne (N=1.059)", *section()),
        "period": _find("Frikommuneforsøget startede i juli 2017"),
    }


def _legal_start_lines() -> tuple[int, int]:
    """The approval letter's 'ikrafttrædelse d. 1. januar 2018' (Bilag 5, round 2) and the status note's line
    saying the round-2 experiments started on 1 January 2018."""
    letter = heading(DOC, "Bilag 5 – Tilsagnsskrivelse fra Social og Indenrigsministeriet: 2. ansøgningsrunde")
    end = heading(DOC, "Bilag 6 – Tilsagnsskrivelse fra Social og Indenrigsministeriet: 3. ansøgningsrunde", letter)
    law = anchor("med henblik på ikrafttrædelse d. 1. januar 2018", letter, end)
    status = find_line(STATUS, "Disse forsøg er opstartet d. 1. januar 2018")
    assert "Til 2. ansøgningsrunde" in line_text(STATUS, status)
    return law, status


def _start_before_law_issues() -> list[SourceIssue]:
    """The experiment starts in the evaluation (July 2017) half a year before it does in law (1 January 2018)."""
    # The experiment's start: July 2017 in the evaluation, 1 January 2018 in law (letter and status note).
    started = _find("Frikommuneforsøget startede i juli 2017")
    population = _find("Evalueringens målgruppe er sygedagpengemodtagere")
    after_def2 = _find("Vi har således en efterperiode")
    effect_2017h2 = _find("med 4,4 procentpoint både 7-9 og 10-12 måneder efter")
    n_2017h2 = _find("blandt borgere med opstart i 2017-2:")
    law, status = _legal_start_lines()
    # Tabel 0.9's 2017H2 row and after-period total: the spells counted before the legal start.
    t09 = _find("Tabel 0.9. Antal forløb fordelt på hhv. indsats- og sammenligningsgruppe")
    t09_2017h2 = anchor("\t2017, 2\t", t09, t09 + 16)
    t09_after = anchor("\tSamlet\t5.288", t09, t09 + 16)
    for line, text in (
        (started, "juli 2017"),
        (population, "fra juli 2017 til og med december 2019"),
        (after_def2, "juli 2017 til december 2019"),
        (effect_2017h2, "andet halvår af 2017"),
    ):
        assert text in line_text(DOC, line), (line, text)
    return [
        SourceIssue(
            "annex13_15-15a-start-before-law",
            DOC,
            (started, population, after_def2, t09_2017h2, t09_after, law),
            "two-figures",
            'Evalueringen lader forsøget starte i juli 2017 ("Frikommuneforsøget startede i juli 2017"), og '
            "efterperioden er forløb fra juli 2017 til december 2019. Tilsagnsbrevet for 2. ansøgningsrunde "
            "(Bilag 5) siger, at lovforslaget forventes at træde i kraft 1. januar 2018, og statusnotatet (002, "
            "linje 51) at forsøgene i runde 2 er opstartet 1. januar 2018. Andet halvår 2017 ligger altså før "
            "forsøgets lovlige start, men indgår i efterperioden (Tabel 0.9: 1.555 forløb i 2017H2, heraf 687 i "
            "frikommunerne) og i alle effekt- og deskriptive tal for 2017H2-2019H2. Kilden forklarer ikke "
            "forskellen.",
            'The evaluation has the experiment start in July 2017 ("the free municipality experiment started in '
            'July 2017"), and the after-period is spells from July 2017 to December 2019. The approval letter for '
            "application round 2 (Bilag 5) says the bill is expected to take effect on 1 January 2018, and the "
            "status note (002, line 51) that the round-2 experiments started on 1 January 2018. The second half "
            "of 2017 thus lies before the experiment's legal start, yet it is part of the after-period (Table 0.9: "
            "1,555 spells in 2017H2, 687 of them in the free municipalities) and of every effect and descriptive "
            "figure for 2017H2-2019H2. The source does not explain the difference.",
        ),
        SourceIssue(
            "annex13_15-15a-start-before-law-status",
            STATUS,
            (status,),
            "two-figures",
            "Statusnotatet siger, at forsøgene i 2. ansøgningsrunde (herunder Fleksibilitet i "
            "rehabiliteringsteams) er opstartet 1. januar 2018; evalueringen i Bilag 15.a lader forsøget starte i "
            "juli 2017 og måler efterperioden fra juli 2017 (se annex13_15-15a-start-before-law).",
            "The status note says the round-2 experiments (including flexibility in rehabilitation teams) started "
            "on 1 January 2018; the evaluation in Bilag 15.a has the experiment start in July 2017 and measures "
            "the after-period from July 2017 (see annex13_15-15a-start-before-law).",
        ),
        SourceIssue(
            "annex13_15-15a-effect-2017h2",
            DOC,
            (effect_2017h2, n_2017h2, law),
            "other",
            "Forsøgets eneste signifikant positive beskæftigelseseffekt (+4,4 procentpoint på "
            "beskæftigelsesgraden 7-9 og 10-12 måneder efter opstart) gælder forløb med opstart i andet halvår "
            "2017, dvs. før forsøgets lovlige start 1. januar 2018 (Bilag 5; statusnotatet 002, linje 51). Det "
            "fremgår ikke, om fritagelserne kunne bruges i den periode, så effekten kan ikke uden videre "
            "tilskrives fritagelserne. For opstart i andet halvår 2018 og 2019 er effekten negativ.",
            "The experiment's only significant positive employment effect (+4.4 percentage points on the "
            "employment rate 7-9 and 10-12 months after start) is for spells starting in the second half of "
            "2017, i.e. before the experiment's legal start on 1 January 2018 (Bilag 5; status note 002, line "
            "51). The source does not say whether the exemptions could be used in that period, so the effect "
            "cannot simply be attributed to them. For starts in the second half of 2018 and 2019 the effect is "
            "negative.",
        ),
    ]


def _definition_issues() -> list[SourceIssue]:
    """The after-period defined two ways, and a target group that may or may not include revalidering."""
    after_def = _find("efterperioden som indeholdende sygedagpengeforløb")
    after_def2 = _find("Vi har således en efterperiode")
    population = _find("Evalueringens målgruppe er sygedagpengemodtagere")
    method = _find("Effektevalueringen bygger på en før-efter-logik")  # the first one names revalidering
    assert "december 2020" in line_text(DOC, after_def) and "december 2019" in line_text(DOC, after_def2)
    return [
        SourceIssue(
            "annex13_15-15a-after-period",
            DOC,
            (after_def, after_def2),
            "two-figures",
            'Efterperioden defineres først som forløb "mellem juli 2017 og december 2020" og i næste afsnit som '
            '"juli 2017 til december 2019". Data slutter februar 2020, så december 2019 er det gældende.',
            'The after-period is first defined as spells "between July 2017 and December 2020" and in the next '
            'paragraph as "July 2017 to December 2019". The data end in February 2020, so December 2019 applies.',
        ),
        SourceIssue(
            "annex13_15-15a-population",
            DOC,
            (population, method),
            "other",
            "Målgruppen defineres som sygedagpengemodtagere der overgår til jobafklaringsforløb, førtidspension, "
            "fleksjob eller ressourceforløb; metodeafsnittene (og noterne til effekterne) nævner også revalidering. "
            "Det fremgår ikke, om overgange til revalidering indgår i tallene.",
            "The target group is defined as sickness-benefit recipients moving to a job clarification course, "
            "disability pension, flex job or resource course; the method sections (and the text on the effects) "
            "also name vocational rehabilitation. It is not clear whether moves to rehabilitation are counted.",
        ),
    ]


def _cohort_2019h2_issues() -> list[SourceIssue]:
    """The 2019H2 start cohort: estimates with no after-period spell behind them, and effects in per cent."""
    fig03 = _find("Figur 0.3. Parallelle")
    fig04 = _find("Figur 0.4. Parallelle")
    n03 = anchor("N: 2015, 1", fig03, fig03 + 8)
    n04 = anchor("N: 2015, 1", fig04, fig04 + 8)
    n1419 = _find("blandt borgere med opstart i 2019-2:")
    t10 = _find("Tabel 0.10: Antal observationer")
    t10_row = anchor("2019, 2\t", t10, t10 + 10)
    negative = _find("hhv. 4,3 og 3,6 procent mindre")
    assert "(N=0)" in line_text(DOC, n03) and "(N=0)" in line_text(DOC, n04)
    return [
        SourceIssue(
            "annex13_15-15a-2019h2-no-after",
            DOC,
            (n03, n04, n1419, t10_row, negative),
            "other",
            "For opstartsgruppen 2019H2 er N 7-9 og 10-12 mdr. efter opstart 1.869 (Figur 0.14, Tabel 0.10), "
            "hvilket netop er førperiodens 2016H2-forløb alene; Figur 0.3-0.4 angiver N=0 for 2019,2. Der er altså "
            "ingen forløb fra efterperioden bag disse estimater. Teksten nævner en negativ effekt på 3,6 for "
            "opstart i andet halvår 2019 uden at sige hvilken måleperiode.",
            "For the 2019H2 start cohort N at 7-9 and 10-12 months after start is 1,869 (Figure 0.14, Table 0.10), "
            "which is exactly the 2016H2 before-period spells alone; Figures 0.3-0.4 give N=0 for 2019,2. So no "
            "after-period spell lies behind those estimates. The text reports a negative effect of 3.6 for starts "
            "in the second half of 2019 without saying at which horizon.",
        ),
        SourceIssue(
            "annex13_15-15a-procent",
            DOC,
            (negative,),
            "other",
            'Effekterne for opstart i andet halvår 2018 og 2019 angives som "4,3 og 3,6 procent mindre", mens '
            "alle andre effekter er i procentpoint. Tallene er registreret som procentpoint (negative).",
            'The effects for starts in the second half of 2018 and 2019 are given as "4.3 and 3.6 per cent '
            'less", while all other effects are in percentage points. They are recorded as (negative) '
            "percentage points.",
        ),
    ]


def _table_010_issues() -> list[SourceIssue]:
    """Tabel 0.10 titled as Tabel 0.7 although it counts something else."""
    t10 = _find("Tabel 0.10: Antal observationer")
    t07 = _find("Tabel 0.7: Antal observationer")
    return [
        SourceIssue(
            "annex13_15-15a-table010-caption",
            DOC,
            (t10, t07),
            "other",
            'Tabel 0.10 har samme titel som Tabel 0.7 ("Antal observationer for deskriptive resultater på '
            'udfaldsmålene") og kolonnen hedder "Kommuner", men rækkerne er opstartshalvår, og tallene er N for '
            "effektestimaterne i Figur 0.19-0.23 (de samme som under Figur 0.14).",
            'Table 0.10 has the same title as Table 0.7 ("number of observations for descriptive results") and '
            'its first column is headed "Kommuner", but the rows are start half-years and the figures are the N '
            "of the effect estimates in Figures 0.19-0.23 (the same as under Figure 0.14).",
        ),
    ]


def source_issues() -> list[SourceIssue]:
    """Where Bilag 15.a contradicts itself or the law, or leaves its figures unclear."""
    return [
        *_start_before_law_issues(),
        *_definition_issues(),
        *_cohort_2019h2_issues(),
        *_table_010_issues(),
    ]
