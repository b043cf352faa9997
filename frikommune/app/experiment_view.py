"""Forsøg, section by section: render-ready, localised content for one experiment's profile; the page only draws.

Each function takes the database first, so ``cached`` shares its answer across sessions per data version,
experiment and language.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go

from frikommune.app import prose, result_charts
from frikommune.app.components import source_line
from frikommune.data.db import Database
from frikommune.domain import experiment_catalogue, result_series
from frikommune.text import citations, i18n, legal_words, result_words

TARGET_COLUMNS = ["name_{lang}", "municipality", "period", "note", "value", "unit", "source_line", "source_quote"]
RESULT_COLUMNS = [
    "name_{lang}",
    "municipality",
    "respondent_group",
    "period",
    "note",
    "value",
    "unit",
    "n",
    "source_line",
    "source_quote",
]


def participation(db: Database, lang: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The grid of every experiment × municipality in words, and the participation rows it rests on."""
    grid = experiment_catalogue.participation_grid(db)
    return experiment_catalogue.participation_matrix(grid, experiment_catalogue.experiments(db), lang), grid


@dataclass(frozen=True)
class Profile:
    """What the experiment is: two columns of facts in markdown, who took part, and the catalogue row cited;
    ``html``: all of it as the one element the page shows (the facts, the source line, who took part)."""

    title: str
    about: str
    rules: str
    participants: str
    sources: pd.DataFrame
    status: str
    has_results_annex: bool
    html: str


def profile(db: Database, experiment: str, lang: str) -> Profile:
    """The experiment's theme, round, status, period, the rules set aside, legal basis, what was measured and who
    took part, each label in ``lang``."""
    t = lambda key: i18n.t(key, lang)  # noqa: E731
    catalogue = experiment_catalogue.experiments(db)
    row = catalogue.set_index("experiment_id").loc[experiment]
    extended = f" ({t('experiments.extended_until')} {row['extended_until']})" if row["extended_until"] else ""
    about = (
        f"**{t('experiments.theme')}:** {row[f'theme_{lang}'] or '—'}  \n"
        f"**{t('experiments.round')}:** {row['round_no']}  \n"
        f"**{t('experiments.status')}:** {t('status.' + row['status'])}{extended}  \n"
        f"**{t('experiments.period')}:** {row['period_start'] or '?'} – {row['period_end'] or '?'}"
    )
    rules = (
        f"**{t('experiments.rules')}:** {row[f'rules_suspended_{lang}'] or '—'}  \n"
        f"**{t('experiments.legal_basis')}:** {legal_words.legal_text(row['legal_basis'], lang) or '—'}  \n"
        f"**{t('experiments.measured')}:** {row[f'measured_{lang}'] or '—'}"
    )
    grid = experiment_catalogue.participation_grid(db)
    took_part = experiment_catalogue.took_part(grid[grid["experiment_id"] == experiment])["municipality"].tolist()
    participants = f"**{t('experiments.participants')}:** {', '.join(took_part) or '—'}"
    sources = catalogue[catalogue["experiment_id"] == experiment]
    # One element, not six (two columns, three paragraphs, a caption): the profile stands above the first chart.
    body = prose.to_html(
        [prose.columns(about, rules), ("caption", source_line(sources, lang)), ("markdown", participants)],
        "fk-profile",
    )
    return Profile(
        row[f"title_{lang}"],
        about,
        rules,
        participants,
        sources,
        row["status"],
        not pd.isna(row["results_annex_line"]),
        body,
    )


@dataclass(frozen=True)
class ResultSection:
    """One measure family's results: its headline chart (None when it has nothing to draw) and the full table."""

    family: str
    title: str
    figure: go.Figure | None
    alt: str
    table: pd.DataFrame
    sources: pd.DataFrame


@dataclass(frozen=True)
class Results:
    """The experiment's targets and results by family, the figures the source lost, and its caveats; an empty
    ``sections`` means the report has no result for it."""

    targets: pd.DataFrame
    target_sources: pd.DataFrame
    sections: tuple[ResultSection, ...]
    lost: tuple[str, ...]
    issues: tuple[str, ...]
    lost_count: int  # figures lost (in English ``lost`` is one line naming them all)


def results(db: Database, experiment: str, lang: str) -> Results:
    """Every figure the report has for ``experiment``: targets, one section per family (headline chart + table),
    the lost figures (captions, shown as quotes) and the source issues, in ``lang``."""
    t = lambda key: i18n.t(key, lang)  # noqa: E731
    figures = experiment_catalogue.experiment_facts(db, experiment)
    if not figures.empty:  # totals named by whom they cover, groups in the reader's language
        figures = result_words.in_language(figures, lang)
    targets = figures[figures["family"] == "target"]
    outcomes = figures[figures["family"] != "target"]
    sections = []
    for family in dict.fromkeys(outcomes["family"]):
        part = outcomes[outcomes["family"] == family]
        headline = result_series.headline_series(part, lang)
        figure, alt = None, ""
        if len(headline) > 1 and not result_series.too_many_categories(headline):
            alt = headline[f"series_{lang}"].iloc[0]
            figure = result_charts.chart(headline, alt, headline["unit"].iloc[0], lang)
        columns = [c.format(lang=lang) for c in RESULT_COLUMNS]
        table = part[columns]
        sections.append(ResultSection(family, f"{t('family.' + family)} ({len(part)})", figure, alt, table, part))
    line = t("common.line")
    captions = experiment_catalogue.experiment_lost_figures(db, experiment)
    if lang == "da":
        lost = tuple(
            f"{citations.quoted(item.caption, lang)} ({line} {item.source_line})" for item in captions.itertuples()
        )
    elif captions.empty:
        lost = ()
    else:  # a list of "(quote in Danish)" tells an English reader nothing: one line, each caption on hover
        numbers = ", ".join(
            f'<abbr title="{html.escape(str(item.caption), quote=True)}">{item.source_line}</abbr>'
            for item in captions.itertuples()
        )
        lost = (i18n.t("experiments.lost_in_english", lang, count=len(captions), lines=numbers),)
    issues = tuple(
        f"{getattr(item, 'description_' + lang)} ({line} {item.lines})"
        for item in experiment_catalogue.experiment_source_issues(db, experiment).itertuples()
    )
    return Results(
        targets[[c.format(lang=lang) for c in TARGET_COLUMNS]], targets, tuple(sections), lost, issues, len(captions)
    )
