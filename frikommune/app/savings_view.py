"""Besparelser, section by section: render-ready, localised content built from the database; the page only draws it.

Each function takes the database first, so ``cached`` shares its answer across sessions per data version and
language; the what-if total depends on the widgets and is computed per run from the cached uncertainties.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go

from frikommune.app import charts
from frikommune.data.db import Database
from frikommune.domain import certificate_savings as cs
from frikommune.text import citations, formatting, i18n, saving_words


@dataclass(frozen=True)
class Line:
    """One line of text (markdown) and the caption of its sources (HTML allowed: curated quotes only)."""

    text: str
    sources: str


@dataclass(frozen=True)
class Headline:
    """The page's first screen: the report's total, the range the sources give, and the saving per exemption."""

    total: str
    total_range: str
    per_case: tuple[Line, ...]


@dataclass(frozen=True)
class SavingChart:
    """The saving per experiment as bars, its table with column names in the reader's language, and its sources."""

    figure: go.Figure
    table: pd.DataFrame
    facts: pd.DataFrame


def _t(lang: str):
    return lambda key, **values: i18n.t(key, lang, **values)


def headline(db: Database, lang: str) -> Headline | None:
    """The total, its range and one line per experiment on what it saved per exemption; None without figures."""
    facts = cs.certificate_facts(db)
    if facts.empty:
        return None
    total = cs.reported_total(facts)
    uncertain = cs.uncertainties(facts, cs.range_facts(db))
    per_case = tuple(
        Line(
            saving_words.per_case_line(u, lang)
            + "  \n"
            + " ".join([saving_words.computed_from(u, lang), *saving_words.reasons(u, lang)]),
            f"{_t(lang)('common.source')}: {saving_words.cite_text(saving_words.all_cites(u), lang)}",
        )
        for u in uncertain
    )
    return Headline(
        formatting.dkk(total, lang), saving_words.span_text(cs.uncertainty_total(uncertain, total), lang), per_case
    )


def saving_chart(db: Database, lang: str) -> SavingChart:
    """Bars of the reported net saving per experiment, titled by the largest and the total."""
    t = _t(lang)
    facts = cs.certificate_facts(db)
    table = cs.step_table(cs.steps(facts), lang)
    largest = table.loc[table["net_reported"].idxmax()]
    title = t(
        "savings.chart_title",
        experiment=largest["experiment"],
        amount=formatting.dkk(largest["net_reported"], lang),
        total=formatting.dkk(cs.reported_total(facts), lang),
    )
    figure = charts.saving_bars(
        table["experiment"].tolist(), table["net_reported"].tolist(), title, t("savings.net_reported"), lang
    )
    names = {
        "experiment": t("common.experiment"),
        "certificate": t("savings.certificate"),
        "exemptions": t("savings.exemptions"),
        "price": t("savings.price"),
        "gross": t("savings.gross"),
        "other_docs": t("savings.other_docs"),
        "net_computed": t("savings.net_computed"),
        "net_reported": t("savings.net_reported"),
        "agrees": t("savings.agrees"),
    }
    return SavingChart(figure, table.rename(columns=names), facts)


def step_lines(db: Database, lang: str) -> tuple[Line, ...]:
    """Each experiment's saving as the report computes it (count × price − other documentation), with its quotes."""
    t = _t(lang)
    facts = cs.certificate_facts(db)
    lines = []
    for s in cs.steps(facts):
        gross = s.exemptions * (s.price or 0)
        text = (
            f"**{s.title(lang)}** ({s.certificate}): {formatting.number(s.exemptions, 0, lang)} × "
            f"{formatting.dkk(s.price, lang)} = {formatting.dkk(gross, lang)}"
        )
        if s.other_docs:
            text += (
                f" − {formatting.dkk(s.other_docs, lang)} {t('savings.other_docs_short')}"
                f" = {formatting.dkk(gross - s.other_docs, lang)}"
            )
        text += f" · {t('savings.report_says')} {formatting.dkk(s.reported_net, lang)}"
        quotes = facts[facts["experiment_id"] == s.experiment_id].drop_duplicates("source_quote")
        sources = ", ".join(
            f"{t('common.line')} {r.source_line}: {citations.quoted(r.source_quote, lang)}" for r in quotes.itertuples()
        )
        lines.append(Line(text, sources))
    return tuple(lines)


def uncertainties(db: Database) -> list[cs.Uncertainty]:
    """Per experiment the count, price and other documentation with the ranges the sources give."""
    return cs.uncertainties(cs.certificate_facts(db), cs.range_facts(db))


@dataclass(frozen=True)
class WhatIf:
    """The calculator's answer: its total, the difference from the report (None when they agree) and its range."""

    total: str
    difference: str | None
    total_range: str
    matches_report: bool


def what_if(spans: list[cs.Span], reported_total: float, lang: str) -> WhatIf:
    """The what-if total of the experiments' net savings ``spans`` (each low, point, high) beside the report's."""
    point = float(sum(s.point for s in spans))
    agrees = cs.agrees_with_report(point, reported_total)
    return WhatIf(
        formatting.dkk(point, lang),
        None if agrees else formatting.dkk(point - reported_total, lang),
        saving_words.span_text(cs.total_range(spans), lang),
        agrees,
    )
