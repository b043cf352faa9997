"""'Virkede det?' in words: the published rules, each cell's direction, strength and figure as text, and the matrix."""

from __future__ import annotations

import pandas as pd

from frikommune.domain.evidence import (
    JUDGEMENT_SHARE,
    OUTCOMES,
    PP_THRESHOLD,
    RAN,
    RELATIVE_THRESHOLD,
    SMALL_N,
    SURVEY_MARGIN,
    Cell,
    Evidence,
    cell_sources,
    direction_key,
    experiment_row,
    matrix_ids,
    members,
    overall_strength,
)
from frikommune.text import formatting, i18n

SHORT_DOC_NAMES = {  # a document in two or three words, for a table cell (citations.DOC_NAMES has the full name)
    "000_71766aee2a796972.txt": ("Websiden", "Web page"),
    "001_8aed834aa35d5a3e.txt": ("Ønskelisten", "List of wishes"),
    "002_43ed0633f447e672.txt": ("Statusnotatet", "Status note"),
    "003_dd6b408d530566e6.txt": ("Bilagsmappen", "Annex folder"),
    "004_3012870ef777511f.txt": ("Præsentationen", "Slides"),
}


_PCT_DA = formatting.percent(RELATIVE_THRESHOLD * 100, 0, "da")


_PP_DA = formatting.number(PP_THRESHOLD, None, "da")


_MARGIN_DA = formatting.number(SURVEY_MARGIN, None, "da")


_SHARE_DA = formatting.percent(JUDGEMENT_SHARE * 100, 0, "da")


RULES = {
    "da": [
        (
            "Retning",
            [
                "Hvor rapporten giver en signifikanstest eller et konfidensinterval, følger retningen den: signifikant "
                "i den gode retning = bedre, i den dårlige = dårligere; ikke signifikant (intervallet dækker 0) = "
                "ingen klar forskel.",
                f"Ellers en før/efter-forskel med sit N, markeret som før/efter: en ændring inden for {_PCT_DA} af "
                f"førtallet (for andele inden for {_PP_DA} procentpoint) er ingen klar forskel.",
                f"Spørgeskema alene (skala 1–5): gennemsnit mindst {_MARGIN_DA} over midtpunktet 3 = bedre, mindst "
                f"{_MARGIN_DA} under = dårligere, ellers ingen klar forskel – som respondenterne vurderer det. "
                "Kendes skalaens kodning ikke, gives ingen retning.",
                f"Ledelsens gennemgang af sager (ja/nej): mindst {_SHARE_DA} ja = bedre, mindst {_SHARE_DA} nej = "
                "dårligere.",
                "Besparelse: en opgjort nettobesparelse over 0 = bedre.",
                "Et resultat, der kun kendes i ord (figuren er tabt), følger ordene og markeres sådan. Casehistorier "
                "følger netværkets konklusion og markeres sådan.",
                "Et tal uden noget at sammenligne med (ingen før-tal, intet mål, ingen sammenligningsgruppe) vises, "
                "men giver ingen retning: »kun optalt«. Intet tal: »ikke målt«.",
                "Flere overskriftstal for samme udfald: peger nogle på bedre og andre på dårligere, er det ingen klar "
                "forskel; ellers afgør flertallet.",
            ],
        ),
        (
            "Evidensstyrke 1–5",
            [
                "5: sammenligningsgruppe med test af parallelle forløb (difference-in-differences). "
                "4: sammenligningsgruppe uden den test. 3: før/efter eller optælling i registre. "
                "2: spørgeskema eller ledelsens gennemgang af sager. 1: casehistorier, eller designet kendes ikke.",
                f"Minus 1, hvis overskriftstallets N er under {SMALL_N}.",
                "Minus 1, hvis en registreret modstrid i kilden (to tal for det samme, en sum der ikke stemmer, en "
                "uklar nævner, en forskudt tabel) rører ved overskriftstallene.",
                "Minus 1, hvis resultatet kun kendes i ord, fordi figuren er tabt. Aldrig under 1.",
                "Forsøgets samlede styrke er den højeste styrke blandt dets udfald med en retning.",
            ],
        ),
    ],
    "en": [
        (
            "Direction",
            [
                "Where the report gives a significance test or a confidence interval, the direction follows it: "
                "significant in the good direction = better, in the bad one = worse; not significant (the interval "
                "covers 0) = no clear difference.",
                f"Otherwise a before/after difference with its N, marked as before/after: a change within "
                f"{RELATIVE_THRESHOLD:.0%} of the before figure (for shares within {PP_THRESHOLD:g} percentage points) "
                "is no clear difference.",
                f"Survey only (scale 1–5): a mean at least {SURVEY_MARGIN:g} above the midpoint 3 = better, at least "
                f"{SURVEY_MARGIN:g} below = worse, else no clear difference – as the respondents judge it. If the "
                "scale's coding is unknown, no direction is given.",
                f"Management's review of cases (yes/no): at least {JUDGEMENT_SHARE:.0%} yes = better, at least "
                f"{JUDGEMENT_SHARE:.0%} no = worse.",
                "Saving: a net saving above 0 = better.",
                "A result known only in words (its chart is lost) follows the words and is marked so. Case stories "
                "follow the network's conclusion and are marked so.",
                "A figure with nothing to compare it with (no before figure, no target, no comparison group) is shown "
                "but gives no direction: “counted only”. No figure: “not measured”.",
                "Several headline figures for one outcome: if some point to better and others to worse, it is no clear "
                "difference; otherwise the majority decides.",
            ],
        ),
        (
            "Evidence strength 1–5",
            [
                "5: comparison group with a parallel-trends test (difference-in-differences). 4: comparison group "
                "without that test. 3: before/after or a count in registers. 2: survey or management's review of "
                "cases. 1: case stories, or the design is not known.",
                f"Minus 1 if the headline N is below {SMALL_N}.",
                "Minus 1 if a recorded contradiction of the source (two figures for one thing, a sum that does not add "
                "up, an unclear denominator, a shifted table) touches the headline figures.",
                "Minus 1 if the result is known only in words because its chart is lost. Never below 1.",
                "An experiment's overall strength is the highest strength among its outcomes with a direction.",
            ],
        ),
    ],
}


# --- what happened since ------------------------------------------------------------------------------------------
def status_today(
    experiment: pd.Series, statements: pd.DataFrame, inputs: pd.DataFrame, sources: pd.DataFrame, lang: str
) -> tuple[str, list[tuple[str, str, int]]]:
    """One sentence on what became of the experiment, and its citations (doc, section, line)."""
    parts: list[str] = []
    cites: list[tuple[str, str, int]] = []
    eid = experiment["experiment_id"]
    general = inputs[(inputs["experiment_id"] == eid) & (inputs["role"] == "status")]
    for row in general[general["stated"] != "extended"].itertuples():
        parts.append(row.note_da if lang == "da" else row.note_en)
        cites.append((row.source_doc, row.section, int(row.source_line)))
    if experiment["status"] == "extended" and experiment["extended_until"]:
        year = str(experiment["extended_until"])[:4]
        parts.append(i18n.t("evidence.status.extended", lang, year=year))
        cites += [
            (r.source_doc, r.section, int(r.source_line)) for r in general[general["stated"] == "extended"].itertuples()
        ]
    wishes = statements[(statements["experiment_id"] == eid) & (statements["kind"] == "wish")]
    if not wishes.empty:
        parts.append(i18n.t("evidence.status.wish", lang))
        cites += [(r.source_doc, r.section, int(r.source_line)) for r in wishes.itertuples()]
    if not parts:
        parts.append(i18n.t("evidence.status.no_extension", lang))
    return "; ".join(p.rstrip(".") for p in parts) + ".", cites


def figure_text(cell: Cell, lang: str) -> str:
    """The headline figure(s) of a cell in words: value with unit, N and period where known."""
    if cell.facts.empty:
        return ""
    texts = []
    headline_series = [s for s, _ in cell.parts]
    for row in cell.facts[cell.facts["series_id"].isin(headline_series)].itertuples():
        label = getattr(row, f"label_{lang}")
        if label[:1].isdigit():  # a window ('10-12 months after start') needs the measure it is a window of
            label = f"{getattr(row, f'name_{lang}')}, {label}"
        value = formatting.value_with_unit(row.value, row.unit, lang)
        extra = []
        if pd.notna(row.n):
            extra.append(f"N = {formatting.number(row.n, 0, lang)}")
        if row.period:
            extra.append(row.period)
        texts.append(f"{label}: {value}" + (f" ({', '.join(extra)})" if extra else ""))
    return "; ".join(texts)


def direction_label(cell: Cell, lang: str) -> str:
    """The direction as a symbol and a word ('✔ Bedre'), never a colour alone."""
    return i18n.t(f"evidence.direction.{direction_key(cell)}", lang)


def direction_reason(cell: Cell, lang: str, has_annex: bool = True) -> str:
    """One sentence on how the direction was found."""
    if cell.counted and cell.method == "survey_mean":
        return i18n.t("evidence.reason.coding_unknown", lang)
    if cell.counted:
        return i18n.t("evidence.reason.counted", lang)
    if cell.direction == "not_measured":
        return i18n.t("evidence.reason.not_measured" if has_annex else "evidence.reason.no_annex", lang)
    return i18n.t(f"evidence.reason.{cell.method}", lang)


def brief_figure(cell: Cell, lang: str) -> str:
    """The headline figure in a few characters for the matrix ('7,1 mio. kr.', 'gns. 4,2–4,7', '1.728'), or ''."""
    headline = (
        cell.facts[cell.facts["series_id"].isin([s for s, _ in cell.parts])] if not cell.facts.empty else cell.facts
    )
    # Only beside a direction: a bare count or a mean of unknown coding says nothing in a table cell.
    if (
        headline.empty
        or cell.direction == "not_measured"
        or cell.method not in ("survey_mean", "significance", "saving")
    ):
        return ""
    values = headline["value"].astype(float)
    first = headline.iloc[0]
    if cell.method == "survey_mean":
        low, high = values.min(), values.max()
        span = formatting.number(low, 1, lang) + ("" if low == high else "–" + formatting.number(high, 1, lang))
        return ("gns. " if lang == "da" else "mean ") + span
    if cell.method == "significance":
        text = formatting.number(first["value"], 1, lang)
        return ("+" if first["value"] > 0 else "") + text + (" pct.-point" if lang == "da" else " pp")
    return formatting.value_with_unit(first["value"], first["unit"], lang)


def strength_label(level: int | None, lang: str) -> str:
    """'●●●○○ 3 af 5', or '–' when nothing has a direction."""
    if level is None:
        return "–"
    return "●" * level + "○" * (5 - level) + " " + i18n.t("evidence.strength_value", lang, level=level)


def strength_reason(cell: Cell, lang: str, with_label: bool = True) -> str:
    """One sentence: why the level is what it is."""
    if cell.strength is None:
        return ""
    parts = "; ".join(i18n.t(f"evidence.why.{r}", lang) for r in cell.strength_reasons) + "."
    return f"{strength_label(cell.strength, lang)}: {parts}" if with_label else parts


def short_cite(sources: pd.DataFrame, lang: str, limit: int = 2) -> str:
    """'Bilag 15.a, linje 7350' – the first cited lines, short enough for a table cell."""
    if sources.empty:
        return ""
    word = "linje" if lang == "da" else "line"
    texts = []
    for row in sources.head(limit).itertuples():
        names = SHORT_DOC_NAMES.get(row.source_doc, (row.source_doc, row.source_doc))
        where = row.section if row.section else names[0 if lang == "da" else 1]
        if lang == "en":
            where = where.replace("Bilag", "Annex")
        texts.append(f"{where}, {word} {row.source_line}")
    more = " …" if len(sources) > limit else ""
    return ", ".join(texts) + more


def compact_cite(sources: pd.DataFrame, lang: str, limit: int = 8) -> str:
    """'Bilagsmappen, Bilag 15.a, linje 7018, 7350' – every cited line, grouped by document and section, short."""
    if sources.empty:
        return ""
    groups: dict[tuple[str, str], list[int]] = {}
    for row in sources.itertuples():
        groups.setdefault((row.source_doc, row.section), []).append(int(row.source_line))
    texts = []
    for (doc, section), lines in groups.items():
        name = SHORT_DOC_NAMES.get(doc, (doc, doc))[0 if lang == "da" else 1]
        where = f"{name}, {section if lang == 'da' else section.replace('Bilag', 'Annex')}" if section else name
        lines = sorted(set(lines))
        word = ("linje" if len(lines) == 1 else "linjer") if lang == "da" else ("line" if len(lines) == 1 else "lines")
        shown = ", ".join(map(str, lines[:limit])) + (" …" if len(lines) > limit else "")
        texts.append(f"{where}, {word} {shown}")
    return "; ".join(texts)


def status_short(ev: Evidence, experiment: pd.Series, lang: str) -> tuple[str, int]:
    """Status today in a few words for the matrix, and its sort key (extended, made law for all, ended)."""
    eid = experiment["experiment_id"]
    mine = ev.inputs[(ev.inputs["experiment_id"] == eid) & (ev.inputs["role"] == "status")]
    wish = not ev.statements[
        (ev.statements["experiment_id"].isin(members(eid))) & (ev.statements["kind"] == "wish")
    ].empty
    if (mine["stated"] == "made_general").any():
        return i18n.t("evidence.short.made_general", lang), 1
    if experiment["status"] == "extended" and experiment["extended_until"]:
        text = i18n.t("evidence.status.extended", lang, year=str(experiment["extended_until"])[:4])
        return text + (i18n.t("evidence.short.wish", lang) if wish else ""), 0
    year = str(experiment["period_end"])[:4]
    return i18n.t("evidence.short.ended", lang, year=year) if year else i18n.t("evidence.status.no_extension", lang), 2


def matrix(ev: Evidence, lang: str) -> pd.DataFrame:
    """One row per experiment that ran (the source's 17): title, theme, per outcome the direction, strength, status.

    Columns ending in ``_key`` are for sorting and tests; the others are text for people.
    """
    catalogue = ev.experiments.set_index("experiment_id")
    rows = []
    for order, eid in enumerate(matrix_ids(ev)):
        e = catalogue.loc[eid]
        cells = [ev.cells[(eid, o)] for o in OUTCOMES]
        best = overall_strength(cells)
        status, status_key = status_short(ev, experiment_row(ev, eid), lang)
        row = {
            "experiment_id": eid,
            "order_key": order,
            "title": e[f"title_{lang}"],
            "theme": e[f"theme_{lang}"],
            "theme_id": e["theme_id"],
            "extended": e["status"] == "extended",
            "status": status,
            "status_key": status_key,
            "strength_key": best.strength if best else 0,
            "strength": strength_label(best.strength if best else None, lang),
            "strength_cite": short_cite(cell_sources(best), lang, limit=1) if best else "",
            "strength_outcome": best.outcome if best else "",
        }
        for cell in cells:
            row[cell.outcome] = direction_label(cell, lang)
            row[f"{cell.outcome}_key"] = direction_key(cell)
            row[f"{cell.outcome}_figure"] = brief_figure(cell, lang)
        rows.append(row)
    return pd.DataFrame(rows)


def never_ran(ev: Evidence, lang: str) -> pd.DataFrame:
    """The applications that were never approved or never started, with why (cited)."""
    rest = ev.experiments[~ev.experiments["status"].isin(RAN)]
    why = ev.inputs[(ev.inputs["role"] == "status")].set_index("experiment_id")
    rows = []
    for e in rest.itertuples():
        reason = why.loc[e.experiment_id] if e.experiment_id in why.index else None
        rows.append(
            {
                "experiment_id": e.experiment_id,
                "title": getattr(e, f"title_{lang}"),
                "round": e.round_no,
                "kind": i18n.t(
                    "evidence.kind.not_started" if e.status == "not_started" else "evidence.kind.rejected", lang
                ),
                "why": "" if reason is None else reason[f"note_{lang}"],
                "source_doc": "" if reason is None else reason["source_doc"],
                "section": "" if reason is None else reason["section"],
                "source_line": None if reason is None else int(reason["source_line"]),
            }
        )
    return pd.DataFrame(rows)
