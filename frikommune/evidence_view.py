"""Rendering of "Virkede det?": the matrix of all experiments, the card of one experiment, the rules.

The figures, directions and strengths come from ``frikommune.evidence`` (pure, tested); this module only lays them
out. Text from the curated tables is escaped before it goes into HTML.
"""

from __future__ import annotations

import html
from urllib.parse import urlencode

import pandas as pd
import streamlit as st

from frikommune import catalogue, evidence, i18n, provenance, ui
from frikommune.app_data import cached

_load = cached(evidence.load)

TABLE_CSS = """<style>
.fk-evidence-wrap { overflow-x: auto; }
table.fk-evidence { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
table.fk-evidence th, table.fk-evidence td { border-bottom: 1px solid #d0d0d0; padding: 6px 8px; text-align: left;
  vertical-align: top; }
table.fk-evidence th { background: #f3f3f3; font-weight: 600; }
table.fk-evidence td.fk-title { min-width: 14rem; font-weight: 500; }
table.fk-evidence td a { color: inherit; text-decoration: underline; text-underline-offset: 2px; }
table.fk-evidence td.fk-better a { color: #0b5394; }
table.fk-evidence td.fk-worse a { color: #a61c00; }
table.fk-evidence .fk-small { display: block; font-size: 0.75rem; color: #555; }
table.fk-evidence .fk-badge { display: inline-block; font-size: 0.72rem; border: 1px solid #777; border-radius: 8px;
  padding: 0 5px; margin-left: 4px; white-space: nowrap; }
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


# A bound widget keeps its shown label in the URL: the profile's picker shows Danish titles, the toggle a language.
LANGUAGE_LABELS = {"da": "Dansk", "en": "English"}


def profile_link(title_da: str, outcome: str, lang: str) -> str:
    """The experiment profile at one outcome of its card (the profile's picker reads ?forsog=<Danish title>)."""
    query = {"forsog": title_da}
    if lang != i18n.DEFAULT_LANG:
        query["lang"] = LANGUAGE_LABELS[lang]
    return f"experiments?{urlencode(query)}#{f'udfald-{outcome}' if outcome else 'virkede-det'}"


def matrix_html(table: pd.DataFrame, lang: str) -> str:
    """The matrix as an accessible HTML table: a header row, one row per experiment, every cell a link."""
    t = lambda key, **kw: i18n.t(key, lang, **kw)  # noqa: E731
    head = [t("evidence.experiment"), *(t(f"evidence.outcome.{o}") for o in evidence.OUTCOMES),
            t("evidence.strength"), t("evidence.status_today")]
    out = [TABLE_CSS, '<div class="fk-evidence-wrap"><table class="fk-evidence">',
           f"<caption style='text-align:left;caption-side:top'>{_e(t('evidence.legend'))}</caption><thead><tr>",
           *(f'<th scope="col">{_e(h)}</th>' for h in head), "</tr></thead><tbody>"]
    for row in table.itertuples():
        badge = f'<span class="fk-badge">{_e(t("evidence.extended_mark"))}</span>' if row.extended else ""
        merged = " (+ JAF/LÆ265)" if row.experiment_id in evidence.MERGED_INTO.values() else ""
        theme = f'<span class="fk-small">{_e(row.theme)}</span>' if row.theme else ""
        out.append(f'<tr><td class="fk-title"><a href="{_e(profile_link(row.title_da, "", lang))}">'
                   f"{_e(row.title)}{_e(merged)}</a>{badge}{theme}</td>")
        for outcome in evidence.OUTCOMES:
            key = getattr(row, f"{outcome}_key")
            out.append(f'<td class="fk-{key.replace("_", "-")}"><a href="{_e(profile_link(row.title_da, outcome, lang))}">'
                       f"{_e(getattr(row, outcome))}</a></td>")
        cite = f'<span class="fk-small">{_e(row.strength_cite)}</span>' if row.strength_cite else ""
        link = profile_link(row.title_da, row.strength_outcome or "uptake", lang)
        out.append(f'<td><a href="{_e(link)}">{_e(row.strength)}</a>{cite}</td><td>{_e(row.status)}</td></tr>')
    out.append("</tbody></table></div>")
    return "".join(out)


def download_table(table: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The matrix as a plain table for CSV/XLSX (headings in the chosen language, no internal keys)."""
    t = lambda key: i18n.t(key, lang)  # noqa: E731
    columns = {"title": t("evidence.experiment"), "theme": t("evidence.theme"),
               **{o: t(f"evidence.outcome.{o}") for o in evidence.OUTCOMES},
               "strength": t("evidence.strength"), "strength_cite": t("common.source"),
               "status": t("evidence.status_today")}
    return table[list(columns)].rename(columns=columns)


def filter_and_sort(table: pd.DataFrame, ev: evidence.Evidence, theme: str | None, municipality: str | None,
                    units: pd.DataFrame, sort: str) -> pd.DataFrame:
    """Rows of one theme and/or one municipality (combined units count for their members), in the chosen order."""
    shown = table
    if theme:
        shown = shown[shown["theme_id"] == theme]
    if municipality:
        ids = catalogue.unit_ids(units, municipality)
        took = catalogue.took_part(ev.participation[ev.participation["municipality_id"].isin(ids)])
        wanted = {evidence.row_experiment(e) for e in took["experiment_id"]}
        shown = shown[shown["experiment_id"].isin(wanted)]
    order = {
        "evidence": (["strength_key", "order_key"], [False, True]),
        "title": (["title"], [True]),
        "status": (["status_key", "order_key"], [True, True]),
    }.get(sort, (["order_key"], [True]))
    return shown.sort_values(order[0], ascending=order[1], kind="stable")


# --- the card --------------------------------------------------------------------------------------------------
def _cite_line(doc: str, section: str, line: int, lang: str) -> str:
    return provenance.cite(doc, int(line), lang, section)


def render_card(experiment_id: str) -> None:
    """The experiment's evidence card: rule set aside, who took part, per outcome figures, direction and evidence
    with cited lines, the network's conclusion and recommendation, and what happened next."""
    lang = ui.lang()
    ev = load()
    row_id = evidence.row_experiment(experiment_id)
    if row_id not in evidence.matrix_ids(ev):
        return
    t = ui.tr
    exp = evidence.experiment_row(ev, experiment_id)
    st.subheader(t("evidence.card_title"), anchor="virkede-det")
    if row_id != experiment_id:
        st.caption(t("evidence.card_merged", title=evidence.experiment_row(ev, row_id)[f"title_{lang}"]))
    elif evidence.members(row_id)[1:]:
        st.caption(t("evidence.merged_note"))
    cells = [ev.cells[(row_id, o)] for o in evidence.OUTCOMES]
    best = evidence.overall_strength(cells)
    if best:
        st.markdown(f"**{t('evidence.card_overall', level=evidence.strength_label(best.strength, lang))}** "
                    f"({t(f'evidence.outcome.{best.outcome}').lower()}: {evidence.strength_reason(best, lang)})")
    else:
        st.markdown(f"**{t('evidence.card_overall_none')}**")

    rules = exp[f"rules_suspended_{lang}"]
    who = catalogue.took_part(ev.participation[ev.participation["experiment_id"].isin(evidence.members(row_id))])
    names = ", ".join(dict.fromkeys(who["municipality"]))
    st.markdown(f"**{t('evidence.card_rules')}:** {rules or '—'}  \n**{t('evidence.card_who')}:** {names or '—'}")
    if not who.empty:
        ui.source_caption(who.drop_duplicates(["source_doc", "source_line"]))

    annex = evidence.has_annex(ev, row_id)
    for cell in cells:
        st.html(f'<div id="udfald-{cell.outcome}"></div>')
        heading = f"##### {t(f'evidence.outcome.{cell.outcome}')}: {evidence.direction_label(cell, lang)}"
        st.markdown(heading)
        lines = [f"**{t('evidence.card_why')}:** {evidence.direction_reason(cell, lang, annex)}"]
        if cell.strength is not None:
            lines.append(f"**{t('evidence.strength')}:** {evidence.strength_reason(cell, lang)}")
        figures = evidence.figure_text(cell, lang)
        if figures:
            lines.append(f"**{t('evidence.card_figures')}:** {figures}")
        st.markdown("  \n".join(lines))
        for quote in cell.statements.itertuples():
            note = getattr(quote, f"note_{lang}")
            st.markdown(f"> »{quote.source_quote}«" + (f"  \n> {note}" if note else ""))
        sources = evidence.cell_sources(cell)
        if not sources.empty:
            st.caption(f"**{t('evidence.card_cited')}:** {ui.citation(sources, lang)}")
        for issue in cell.issues.itertuples():
            st.caption(f"**{t('evidence.card_caveats')}:** {getattr(issue, f'description_{lang}')}")

    st.markdown(f"##### {t('evidence.card_network')}")
    said = ev.statements[ev.statements["experiment_id"].isin(evidence.members(row_id))
                         & ev.statements["kind"].isin(["conclusion", "recommendation"])]
    if said.empty:
        st.markdown(t("evidence.card_no_statement"))
    for s in said.itertuples():
        st.markdown(f"- {getattr(s, f'text_{lang}')} ({_cite_line(s.source_doc, s.section, s.source_line, lang)})")

    st.markdown(f"##### {t('evidence.card_next')}")
    status, cites = evidence.status_today(exp if row_id == experiment_id else evidence.experiment_row(ev, row_id),
                                          ev.statements, ev.inputs, ev.sources, lang)
    st.markdown(status)
    # The catalogue words the extension and its legal basis in Danish only (as the sources do).
    if exp["status"] == "extended" and exp["extension_basis"] and lang == "da":
        st.caption(exp["extension_basis"])
    wishes = ev.statements[ev.statements["experiment_id"].isin(evidence.members(row_id))
                           & (ev.statements["kind"] == "wish")]
    for s in wishes.itertuples():
        st.markdown(f"- {getattr(s, f'text_{lang}')} ({_cite_line(s.source_doc, s.section, s.source_line, lang)})")
    if cites:
        st.caption(f"**{t('common.source')}:** " + "; ".join(
            dict.fromkeys(_cite_line(d, sec, line, lang) for d, sec, line in cites)))
    st.caption(t("evidence.card_rules_link"))


# --- the rules, for Kilder og metode ---------------------------------------------------------------------------
def render_rules() -> None:
    """The published rules of "Virkede det?" in the chosen language (both languages live in evidence.RULES)."""
    lang = ui.lang()
    st.subheader(ui.tr("evidence.rules_title"), anchor="virkede-det-regler")
    st.write(ui.tr("evidence.rules_intro"))
    for heading, items in evidence.RULES[lang]:
        st.markdown(f"**{heading}**  \n" + "\n".join(f"- {item}" for item in items))
