"""Rendering of "Virkede det?": the matrix of all experiments, the card of one experiment, the rules.

The figures, directions and strengths come from ``frikommune.domain.evidence`` (pure, tested); this module only lays them
out. Text from the curated tables is escaped before it goes into HTML.
"""

from __future__ import annotations

import html
from urllib.parse import urlencode

import pandas as pd
import streamlit as st

from frikommune.app import components, prose
from frikommune.app.cache import cached
from frikommune.data.db import Database
from frikommune.domain import certificate_savings, evidence, experiment_catalogue
from frikommune.text import citations, evidence_words, i18n, legal_words, saving_words

_load = cached(evidence.load)

TABLE_CSS = """<style>
.fk-evidence-wrap { overflow-x: auto; }
table.fk-evidence { border-collapse: collapse; width: 100%; font-size: 0.85rem; }
table.fk-evidence caption { text-align: left; caption-side: top; padding-bottom: 6px; }
table.fk-evidence th, table.fk-evidence td { border-bottom: 1px solid #d0d0d0; padding: 6px 6px; text-align: left;
  vertical-align: top; }
table.fk-evidence th { background: #f3f3f3; font-weight: 600; }
table.fk-evidence td.fk-title { min-width: 11rem; font-weight: 500; }
table.fk-evidence td a { color: inherit; text-decoration: underline; text-underline-offset: 2px; }
table.fk-evidence td.fk-better a { color: #0b5394; }
table.fk-evidence td.fk-worse a { color: #a61c00; }
table.fk-evidence .fk-small { display: block; font-size: 0.75rem; color: #555; }
table.fk-evidence td.fk-outcome { min-width: 4.8rem; }
table.fk-evidence td.fk-status { min-width: 7rem; }
table.fk-evidence .fk-nowrap { white-space: nowrap; }
table.fk-evidence .fk-badge { display: inline-block; font-size: 0.72rem; border: 1px solid #777; border-radius: 8px;
  padding: 0 5px; margin-left: 4px; white-space: nowrap; }
/* A phone: every experiment a block, every cell with its heading in front (the header row is hidden). */
@media (max-width: 640px) {
  table.fk-evidence, table.fk-evidence tbody, table.fk-evidence tr, table.fk-evidence td { display: block; }
  table.fk-evidence thead { position: absolute; left: -9999px; }
  table.fk-evidence caption { display: block; }
  table.fk-evidence tr { border: 1px solid #d0d0d0; border-radius: 6px; margin: 0 0 10px 0; padding: 4px 0; }
  table.fk-evidence td { border: none; padding: 2px 8px; min-width: 0; }
  table.fk-evidence td.fk-title { font-size: 1rem; }
  table.fk-evidence td[data-label]::before { content: attr(data-label) ": "; font-weight: 600; }
}
@media print {
  .fk-evidence-wrap { overflow: visible; }
  table.fk-evidence { font-size: 8pt; }
  table.fk-evidence th, table.fk-evidence td { padding: 2px 3px; }
  table.fk-evidence tr { break-inside: avoid; }
  table.fk-evidence thead { display: table-header-group; }
}
</style>"""


def load() -> evidence.Evidence:
    """The evidence of every experiment, computed once per data version."""
    return _load()


def _e(text: object) -> str:
    return html.escape("" if text is None or (isinstance(text, float) and pd.isna(text)) else str(text))


# A bound widget keeps its shown label in the URL: the profile's picker shows titles in the chosen language, the
# language toggle 'Dansk'/'English'.
LANGUAGE_LABELS = {"da": "Dansk", "en": "English"}


def profile_link(title: str, outcome: str, lang: str) -> str:
    """The experiment profile at one outcome of its card (the profile's picker reads ?forsog=<title as shown>)."""
    query = {"forsog": title}
    if lang != i18n.DEFAULT_LANG:
        query["lang"] = LANGUAGE_LABELS[lang]
    return f"experiments?{urlencode(query)}#{f'udfald-{outcome}' if outcome else 'virkede-det'}"


def matrix_html(table: pd.DataFrame, lang: str) -> str:
    """The matrix as an accessible HTML table: a header row, one row per experiment, every cell a link."""
    t = lambda key, **kw: i18n.t(key, lang, **kw)  # noqa: E731
    head = [
        t("evidence.experiment"),
        *(t(f"evidence.outcome.{o}") for o in evidence.OUTCOMES),
        t("evidence.strength"),
        t("evidence.status_today"),
    ]
    out = [
        TABLE_CSS,
        '<div class="fk-evidence-wrap"><table class="fk-evidence">',
        f"<caption>{_e(t('evidence.legend'))}</caption><thead><tr>",
        *(f'<th scope="col">{_e(h)}</th>' for h in head),
        "</tr></thead><tbody>",
    ]
    for row in table.itertuples():
        badge = f'<span class="fk-badge">{_e(t("evidence.extended_mark"))}</span>' if row.extended else ""
        merged = " (+ JAF/LÆ265)" if row.experiment_id in evidence.MERGED_INTO.values() else ""
        theme = f'<span class="fk-small">{_e(row.theme)}</span>' if row.theme else ""
        out.append(
            f'<tr><td class="fk-title"><a href="{_e(profile_link(row.title, "", lang))}">'
            f"{_e(row.title)}{_e(merged)}</a>{badge}{theme}</td>"
        )
        for outcome in evidence.OUTCOMES:
            key = getattr(row, f"{outcome}_key")
            label = _e(t(f"evidence.outcome.{outcome}"))
            out.append(
                f'<td class="fk-outcome fk-{key.replace("_", "-")}" data-label="{label}">'
                f'<a href="{_e(profile_link(row.title, outcome, lang))}">{_e(getattr(row, outcome))}</a>'
                + (
                    f'<span class="fk-small">{_e(figure)}</span>'
                    if (figure := getattr(row, f"{outcome}_figure"))
                    else ""
                )
                + "</td>"
            )
        cite = (
            f'<span class="fk-small">{_e(row.strength_cite)}</span>'
            if row.strength_cite
            else f'<span class="fk-small">{_e(t("evidence.no_strength"))}</span>'
        )
        link = profile_link(row.title, row.strength_outcome or "uptake", lang)
        out.append(
            f'<td data-label="{_e(t("evidence.strength"))}"><a class="fk-nowrap" href="{_e(link)}">'
            f"{_e(row.strength)}</a>{cite}</td>"
            f'<td class="fk-status" data-label="{_e(t("evidence.status_today"))}">{_e(row.status)}</td></tr>'
        )
    out.append("</tbody></table></div>")
    return "".join(out)


def download_table(table: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The matrix as a plain table for CSV/XLSX (headings in the chosen language, no internal keys)."""
    t = lambda key: i18n.t(key, lang)  # noqa: E731
    columns = {
        "title": t("evidence.experiment"),
        "theme": t("evidence.theme"),
        **{o: t(f"evidence.outcome.{o}") for o in evidence.OUTCOMES},
        "strength": t("evidence.strength"),
        "strength_cite": t("common.source"),
        "status": t("evidence.status_today"),
    }
    return table[list(columns)].rename(columns=columns)


def filter_and_sort(
    table: pd.DataFrame,
    ev: evidence.Evidence,
    theme: str | None,
    municipality: str | None,
    units: pd.DataFrame,
    sort: str,
) -> pd.DataFrame:
    """Rows of one theme and/or one municipality (combined units count for their members), in the chosen order."""
    shown = table
    if theme:
        shown = shown[shown["theme_id"] == theme]
    if municipality:
        ids = experiment_catalogue.unit_ids(units, municipality)
        took = experiment_catalogue.took_part(ev.participation[ev.participation["municipality_id"].isin(ids)])
        wanted = {evidence.row_experiment(e) for e in took["experiment_id"]}
        shown = shown[shown["experiment_id"].isin(wanted)]
    order = {
        "evidence": (["strength_key", "order_key"], [False, True]),
        "title": (["title"], [True]),
        "status": (["status_key", "order_key"], [True, True]),
    }.get(sort, (["order_key"], [True]))
    return shown.sort_values(order[0], ascending=order[1], kind="stable")


# --- the card --------------------------------------------------------------------------------------------------
def _first_sentence(text: str) -> str:
    """The first sentence of a caveat ('…' when more follows)."""
    head, dot, rest = text.partition(". ")
    return head + "." + (" …" if rest else "") if dot else text


def _saving_per_case(db: Database, experiment_ids: list[str], lang: str) -> list[tuple[str, str]]:
    """Per experiment with a certificate saving: the per-exemption sentence (with its range and why) and its cites."""
    facts = certificate_savings.certificate_facts(db)
    if facts.empty:
        return []
    return [
        (
            " ".join([saving_words.card_sentence(u, lang), *saving_words.reasons(u, lang)]),
            saving_words.cite_text(saving_words.all_cites(u), lang),
        )
        for u in certificate_savings.uncertainties(facts, certificate_savings.range_facts(db))
        if u.step.experiment_id in experiment_ids
    ]


def _cite_line(doc: str, section: str, line: int, lang: str) -> str:
    return citations.cite(doc, int(line), lang, section)


Block = tuple[str, str]  # (kind, text in markdown): kind is "subheader", "markdown" or "caption"


def _card_blocks(db: Database, experiment_id: str, lang: str, header_facts: bool, printing: bool) -> tuple[Block, ...]:
    """The evidence card as blocks of markdown in reading order (see ``render_card``)."""
    ev = evidence.load(db)
    row_id = evidence.row_experiment(experiment_id)
    if row_id not in evidence.matrix_ids(ev):
        return ()
    t = lambda key, **values: i18n.t(key, lang, **values)  # noqa: E731
    blocks: list[Block] = []
    exp = evidence.experiment_row(ev, experiment_id)
    blocks.append(("subheader", t("evidence.card_title")))
    if row_id != experiment_id:
        blocks.append(
            ("caption", t("evidence.card_merged", title=evidence.experiment_row(ev, row_id)[f"title_{lang}"]))
        )
    elif evidence.members(row_id)[1:]:
        blocks.append(("caption", t("evidence.merged_note")))
    cells = [ev.cells[(row_id, o)] for o in evidence.OUTCOMES]
    best = evidence.overall_strength(cells)
    if best:
        blocks.append(
            (
                "markdown",
                f"**{t('evidence.card_overall', level=evidence_words.strength_label(best.strength, lang))}** – "
                f"{t(f'evidence.outcome.{best.outcome}').lower()}: "
                f"{evidence_words.strength_reason(best, lang, with_label=False)}",
            )
        )
    else:
        blocks.append(("markdown", f"**{t('evidence.card_overall_none')}**"))

    if header_facts or row_id != experiment_id:
        rules = exp[f"rules_suspended_{lang}"]
        who = experiment_catalogue.took_part(
            ev.participation[ev.participation["experiment_id"].isin(evidence.members(row_id))]
        )
        names = ", ".join(dict.fromkeys(who["municipality"]))
        blocks.append(
            (
                "markdown",
                f"**{t('evidence.card_rules')}:** {rules or '—'}  \n**{t('evidence.card_who')}:** {names or '—'}",
            )
        )
        if not who.empty:
            cited = citations.cite_rows(who.drop_duplicates(["source_doc", "source_line"]), lang)
            blocks.append(("caption", f"**{t('common.source')}:** {cited}"))

    annex = evidence.has_annex(ev, row_id)
    # A caveat touching several outcomes is said once: under the first outcome with a direction it touches.
    home: dict[str, str] = {}
    for cell in sorted(cells, key=lambda c: c.direction == "not_measured"):
        for issue_id in cell.issues.get("issue_id", []):
            home.setdefault(issue_id, cell.outcome)
    for cell in cells:
        # The outcome's anchor (the matrix links to it) in the text's own block: a block of its own was an element.
        anchor = f'<div id="udfald-{cell.outcome}"></div>\n\n'
        heading = f"{t(f'evidence.outcome.{cell.outcome}')}: {evidence_words.direction_label(cell, lang)}"
        reason = evidence_words.direction_reason(cell, lang, annex)
        if cell.facts.empty and cell.statements.empty:  # nothing measured: one line, so the card prints short
            blocks.append(("markdown", f"{anchor}**{heading}.** {reason}"))
            continue
        lines = [f"**{t('evidence.card_why')}:** {reason}"]
        if cell.strength is not None:
            lines.append(f"**{t('evidence.strength')}:** {evidence_words.strength_reason(cell, lang)}")
        figures = evidence_words.figure_text(cell, lang)
        if figures:
            lines.append(f"**{t('evidence.card_figures')}:** {figures}")
        for quote in cell.statements.itertuples():
            note = getattr(quote, f"note_{lang}")
            lines.append(citations.quoted(quote.source_quote, lang) + (f" – {note}" if note else ""))
        per_case = _saving_per_case(db, evidence.members(row_id), lang) if cell.outcome == "saving" else []
        lines.extend(sentence for sentence, _ in per_case)
        # Curated text; English quotes are <abbr>.
        blocks.append(("markdown", f"{anchor}##### {heading}\n\n" + "  \n".join(lines)))
        sources = evidence.cell_sources(cell)
        cited = evidence_words.compact_cite(sources, lang) if not sources.empty else ""
        if cited:
            blocks.append(("caption", f"**{t('evidence.card_cited')}:** {cited}"))
        for cites in dict.fromkeys(c for _, c in per_case if c != cited):  # the per-exemption figure's own lines
            blocks.append(("caption", f"**{t('evidence.card_cited')}:** {cites}"))
        for issue in cell.issues.itertuples():
            if home.get(issue.issue_id) == cell.outcome:
                text = getattr(issue, f"description_{lang}")
                if printing:  # on paper the gist; the whole text is on screen and under Kilder og metode
                    text = _first_sentence(text)
                blocks.append(("caption", f"**{t('evidence.card_caveats')}:** {text}"))

    said = ev.statements[
        ev.statements["experiment_id"].isin(evidence.members(row_id))
        & ev.statements["kind"].isin(["conclusion", "recommendation"])
    ]
    network = [f"##### {t('evidence.card_network')}"]
    if said.empty:
        network.append(t("evidence.card_no_statement"))
    network.extend(
        f"- {getattr(s, f'text_{lang}')} ({_cite_line(s.source_doc, s.section, s.source_line, lang)})"
        for s in said.itertuples()
    )
    blocks.append(("markdown", network[0] + "\n\n" + "\n".join(network[1:])))

    status, cites = evidence_words.status_today(
        exp if row_id == experiment_id else evidence.experiment_row(ev, row_id),
        ev.statements,
        ev.inputs,
        ev.sources,
        lang,
    )
    blocks.append(("markdown", f"##### {t('evidence.card_next')}\n\n{status}"))
    if exp["status"] == "extended" and exp["extension_basis"]:
        blocks.append(("caption", legal_words.legal_text(exp["extension_basis"], lang)))
    wishes = ev.statements[
        ev.statements["experiment_id"].isin(evidence.members(row_id)) & (ev.statements["kind"] == "wish")
    ]
    for s in wishes.itertuples():
        blocks.append(
            ("markdown", f"- {getattr(s, f'text_{lang}')} ({_cite_line(s.source_doc, s.section, s.source_line, lang)})")
        )
    for issue in evidence.issues_on_lines(ev.issues, cites).itertuples():
        blocks.append(("caption", f"**{t('evidence.card_caveats')}:** {getattr(issue, f'description_{lang}')}"))
    if cites:
        sources_text = "; ".join(dict.fromkeys(_cite_line(d, sec, line, lang) for d, sec, line in cites))
        blocks.append(("caption", f"**{t('common.source')}:** {sources_text}"))
    blocks.append(("caption", t("evidence.card_rules_link")))
    return tuple(blocks)


def _card(db: Database, experiment_id: str, lang: str, header_facts: bool, printing: bool) -> tuple[str, str]:
    """The card's title and its body as one block of HTML ("", "" for an experiment without a card)."""
    blocks = _card_blocks(db, experiment_id, lang, header_facts, printing)
    if not blocks:
        return "", ""
    return blocks[0][1], prose.to_html(blocks[1:], "fk-card")  # the first block is the title, a heading of the page


card = cached(_card)


def render_card(experiment_id: str, header_facts: bool = False) -> None:
    """The experiment's evidence card: rule set aside, who took part, per outcome figures, direction and evidence
    with cited lines, the network's conclusion and recommendation, and what happened next.

    On the experiment profile the rule and the participants stand right above the card, so they are repeated only
    with ``header_facts`` (a card shown on its own) or where the card is another approval's (r3-13 on r2-01).
    """
    title, body = card(experiment_id, components.lang(), header_facts, components.print_view())
    if title:
        st.subheader(title, anchor="virkede-det")
        st.html(body)  # curated text rendered from markdown; English quotes are <abbr>


# --- the rules, for Kilder og metode ---------------------------------------------------------------------------
def render_rules() -> None:
    """The published rules of "Virkede det?" in the chosen language (both languages live in evidence_words.RULES)."""
    lang = components.lang()
    st.subheader(components.tr("evidence.rules_title"), anchor="virkede-det-regler")
    st.write(components.tr("evidence.rules_intro"))
    for heading, items in evidence_words.RULES[lang]:
        st.markdown(f"**{heading}**  \n" + "\n".join(f"- {item}" for item in items))
