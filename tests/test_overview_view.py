"""Overblik's sections as the page draws them: the key figures, the reach and the themes, in either language."""

from __future__ import annotations

import re

import pandas as pd

from frikommune.app import overview_view
from frikommune.data.config import curated_dir


def test_the_key_figures_are_the_networks_size_and_the_saving(db):
    figures, rows = overview_view.key_figures(db, "da")
    values = {f.value for f in figures}
    assert {"11", "17", "12,2 mio. kr."} <= values and len(figures) == len(rows)


def test_in_english_the_hover_says_the_quote_is_the_danish_original(db):
    figures, _ = overview_view.key_figures(db, "en")
    assert all("Danish original: »" in f.source for f in figures)


def test_reach_lines_keep_acronyms_and_names_capitalised(db):
    for lang in ("da", "en"):
        lines = overview_view.reach(db, lang)
        assert lines
        assert not any("læ2" in line.text for line in lines)
        assert all("**" in line.text and line.source for line in lines)


def test_every_experiment_of_a_theme_is_listed_once(db):
    themes = pd.read_csv(curated_dir() / "experiments.csv", dtype=str)
    listed = [item for _, block in overview_view.themes(db, "en") for item in block.splitlines()]
    assert len(listed) == len(set(listed)) >= 17
    assert len(listed) <= len(themes)


def test_the_networks_conclusions_and_recommendations_are_headed_in_the_language(db):
    headings = [heading for heading, _, _ in overview_view.statements(db, "en")]
    assert headings and all(heading.isascii() for heading in headings)


def test_a_conclusion_stated_on_the_web_page_and_in_the_presentation_is_listed_once_and_cited_twice(db):
    for _, listed, _rows in overview_view.statements(db, "da"):
        items = listed.splitlines()
        assert len(items) == len(set(items))
    conclusions = overview_view.statements(db, "da")[0]
    repeated = "Forsøgene og de større frihedsgrader har forbedret eller i hvert fald fastholdt"
    assert sum(repeated in item for item in conclusions[1].splitlines()) == 1
    assert (conclusions[2]["text_da"].str.startswith(repeated)).sum() == 2


def test_the_verdict_counts_the_did_it_work_matrix_and_adds_up(db):
    from frikommune.domain import evidence
    from frikommune.text import evidence_words

    matrix = evidence_words.matrix(evidence.load(db), "da")
    keys = matrix[[f"{o}_key" for o in evidence.OUTCOMES]]
    better = int(keys.eq("better").any(axis=1).sum())
    unclear = int((keys.eq("no_difference").any(axis=1) & ~keys.isin(["better", "worse"]).any(axis=1)).sum())
    text = overview_view.verdict(db, "da")
    assert f"Af de {len(matrix)} forsøg" in text and f"bedre i {better} " in text and f"i {unclear} var" in text
    worse_only = int((keys.eq("worse").any(axis=1) & ~keys.eq("better").any(axis=1)).sum())
    nothing = len(matrix) - better - unclear - worse_only
    assert [int(n) for n in re.findall(r"\b(\d+)\b", text)][-1] == nothing and f"for {nothing} kan" in text
