"""Overblik, section by section: render-ready, localised content for the politicians' first page; the page draws it.

Each function takes the database first, so ``cached`` shares its answer across sessions per data version and
language.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go

from frikommune.app import charts, components, prose
from frikommune.data.db import Database
from frikommune.domain import certificate_savings, evidence, overview
from frikommune.text import citations, formatting, i18n, result_words


@dataclass(frozen=True)
class KeyFigure:
    """One headline figure: its name, the value with its unit, and where it stands (with the quote) for hover."""

    name: str
    value: str
    source: str


def key_figures(db: Database, lang: str) -> tuple[tuple[KeyFigure, ...], pd.DataFrame]:
    """The page's key figures (municipalities, active experiments, saving, applications) and their source rows."""
    rows = overview.headline_figures(db)
    original = i18n.t("common.danish_original", lang)
    figures = tuple(
        KeyFigure(
            getattr(f, f"name_{lang}"),
            formatting.value_with_unit(f.value, f.unit, lang),
            f"{citations.cite(f.source_doc, f.source_line, lang, f.section)}: {original}»{f.source_quote}«",
        )
        for f in rows.itertuples()
    )
    return figures, rows


@dataclass(frozen=True)
class SavingOverview:
    """The certificate saving per experiment as bars titled by the total, its short table and sources."""

    figure: go.Figure
    title: str
    table: pd.DataFrame
    sources: pd.DataFrame


def saving(db: Database, lang: str) -> SavingOverview | None:
    """Bars of the reported net saving per experiment; None when the data has no certificate saving."""
    facts = certificate_savings.certificate_facts(db)
    steps = certificate_savings.steps(facts)
    if not steps:
        return None
    title = i18n.t(
        "overview.saving_chart_title", lang, total=formatting.dkk(certificate_savings.reported_total(facts), lang)
    )
    figure = charts.saving_bars(
        [s.title(lang) for s in steps], [s.reported_net for s in steps], title, formatting.unit_word("dkk", lang), lang
    )
    table = certificate_savings.step_table(steps, lang)[["experiment", "certificate", "net_reported"]]
    return SavingOverview(figure, title, table, facts)


@dataclass(frozen=True)
class ReachLine:
    """'4.092 exemptions from LÆ265 — Rehabilitation teams (total for 9 municipalities)' and its cited quote."""

    text: str
    source: str


def reach(db: Database, lang: str) -> tuple[ReachLine, ...]:
    """How many citizens and cases the experiments reached, one line each, with the quote behind it."""
    lines = []
    for f in overview.reach(db).itertuples():
        scope = result_words.scope_label(f.municipality_id, f.scope_names, lang) or ""
        lines.append(
            ReachLine(
                f"**{formatting.number(f.value, None, lang)}** {formatting.lower_first(getattr(f, f'series_{lang}'))} — "
                f"{getattr(f, f'title_{lang}')} ({formatting.lower_first(scope)})",
                f"{citations.cite(f.source_doc, f.source_line, lang, f.section)}: {citations.quoted(f.source_quote, lang)}",
            )
        )
    return tuple(lines)


def reach_text(db: Database, lang: str) -> str:
    """The reach lines as one block of HTML: each line, and under it in grey the quote behind it."""
    return prose.to_html(
        [block for line in reach(db, lang) for block in (("markdown", f"- {line.text}"), ("caption", line.source))]
    )


def themes(db: Database, lang: str) -> tuple[tuple[str, str], ...]:
    """Per theme its name and its experiments as one markdown list (with 'extended until' where it was)."""
    out = []
    until = i18n.t("experiments.extended_until", lang)
    for _, part in overview.themes(db).groupby("theme_id", sort=False):
        items = [
            f"- {getattr(r, f'title_{lang}')}" + (f" — {until} {r.extended_until}" if r.extended_until else "")
            for r in part.dropna(subset=["experiment_id"]).itertuples()
        ]
        out.append((part[f"theme_{lang}"].iloc[0], "\n".join(items)))
    return tuple(out)


def statements(db: Database, lang: str) -> tuple[tuple[str, str, pd.DataFrame], ...]:
    """The network's conclusions and recommendations: heading, one markdown list, and the rows it cites.

    The web page and the presentation state many of them in the same words: each is listed once, and the
    sources under the list still name both places."""
    said = overview.statements(db)
    wording = said["text_da"].str.lower().str.replace(r"[^\wæøå]+", " ", regex=True).str.strip()
    out = []
    for kind in ("conclusion", "recommendation"):
        chosen = said[said["kind"] == kind]
        once = chosen[~wording[chosen.index].duplicated()]
        if not chosen.empty:
            out.append(
                (
                    i18n.t(f"overview.{kind}s", lang),
                    "\n".join(f"- {getattr(r, f'text_{lang}')}" for r in once.itertuples()),
                    chosen,
                )
            )
    return tuple(out)


def statement_texts(db: Database, lang: str) -> tuple[tuple[str, str], ...]:
    """Per kind of statement its heading and, as one block of HTML, its list with the sources under it."""
    return tuple(
        (heading, prose.to_html([("markdown", listed), ("caption", components.source_line(rows, lang))]))
        for heading, listed, rows in statements(db, lang)
    )


def verdict(db: Database, lang: str) -> str:
    """'Of the 17 experiments, 9 improved at least one outcome, …': the "Virkede det?" matrix in one sentence, by
    the same published rules (an experiment counts in each direction any of its outcomes took)."""
    ev = evidence.load(db)
    rows = evidence.matrix_ids(ev)
    directions = {
        row: {
            evidence.direction_key(cell)
            for (experiment, _), cell in ev.cells.items()
            if experiment in evidence.members(row)
        }
        for row in rows
    }
    better = sum("better" in d for d in directions.values())
    worse = sum("worse" in d for d in directions.values())
    unclear = sum(not {"better", "worse"} & d and "no_difference" in d for d in directions.values())
    nothing = len(rows) - better - unclear - sum("worse" in d and "better" not in d for d in directions.values())
    return i18n.t(
        "overview.verdict", lang, total=len(rows), better=better, worse=worse, unclear=unclear, nothing=nothing
    )
