"""The comparison page flags a municipality that really differs and not one that does not (synthetic wave)."""

from __future__ import annotations

import json
import random

import pytest
import streamlit as st

from frikommune import ingest
from frikommune.vocabulary import MUNICIPALITY_IDS
from tests.pages.conftest import texts

QUESTION = "Samtalerne var relevante"


def synthetic_wave(seed: int = 7, question: str = QUESTION) -> bytes:
    """SYNTETISK: 60 respondents per municipality answering 1-5; Rebild answers clearly lower than the rest."""
    rng = random.Random(seed)
    lines = [f"Respondent;Kommune;Forsøg;Respondentgruppe;Bølge;{question}"]
    for municipality in MUNICIPALITY_IDS.values():
        weights = [30, 30, 20, 10, 10] if municipality == "Rebild" else [5, 10, 25, 35, 25]
        for i in range(60):
            answer = rng.choices([1, 2, 3, 4, 5], weights)[0]
            lines.append(f"SYNT-{municipality}-{i};{municipality};r1-04-formkrav-samtaler;borger;2021;{answer}")
    return ("\n".join(lines) + "\n").encode("utf-8")


@pytest.fixture
def wave(data_root):
    result = ingest.ingest(synthetic_wave(), "SYNTETISK_bolge.csv", str(data_root), "test")
    assert result.accepted, [i.message_en for i in result.errors]
    return result


def test_a_municipality_made_clearly_lower_is_flagged_significant(app, wave):
    at = app("pages/compare.py", kommune="Rebild")
    assert "Rebild ligger signifikant under netværkets gennemsnit" in texts(at)
    assert "efter Holm-korrektion" in texts(at)


def test_a_municipality_drawn_like_the_rest_is_not_flagged(app, wave):
    at = app("pages/compare.py", kommune="Aalborg")
    assert "Aalborg er ikke signifikant forskellig fra netværkets gennemsnit" in texts(at)


def test_the_correction_can_be_benjamini_hochberg_and_the_page_says_so(app, wave):
    at = app("pages/compare.py", kommune="Rebild", korrektion="Benjamini-Hochberg")
    assert "efter Benjamini-Hochberg-korrektion" in texts(at)


def test_the_satisfaction_page_keeps_the_uploaded_waves_one_click_away_with_their_count(app, wave):
    at = app("pages/satisfaction.py")
    assert len(at.get("plotly_chart")) == 1  # the report's chart only: the waves' pickers and chart are not built
    assert "Vis de uploadede bølger (1)" in [e.label for e in at.expander]
    at.session_state["tilf_up_vis"] = True  # opened
    at.run()
    assert len(at.get("plotly_chart")) == 2


def test_a_link_naming_an_uploaded_question_opens_the_waves(app, wave):
    at = app("pages/satisfaction.py", tilf_up_spm=QUESTION)
    assert len(at.get("plotly_chart")) == 2
    assert at.selectbox(key="tilf_up_spm").value == QUESTION


def test_the_satisfaction_page_shows_the_uploaded_wave_marked_as_uploaded(app, wave):
    at = app("pages/satisfaction.py", tilf_up_vis="true")
    assert "uploadet spørgeskemabølge" in texts(at)
    chart = json.loads(at.get("plotly_chart")[-1].proto.spec)
    title = chart["layout"]["title"]["text"].replace("<br>", " ")  # wrapped to fit a phone
    assert "1 kommune afviger signifikant – Rebild" in title and "Rebild" in title and "Aalborg" not in title
    assert "Rebild *" in chart["data"][0]["y"]  # the significant one is marked in the chart itself


def test_an_uploaded_question_is_shown_as_text_never_as_a_link(app, data_root):
    hostile = '<a href="http://example.invalid/x">klik</a>'
    result = ingest.ingest(synthetic_wave(question=hostile), "SYNTETISK_bolge.csv", str(data_root), "test")
    assert result.accepted, [i.message_en for i in result.errors]
    at = app("pages/satisfaction.py", tilf_up_vis="true")
    title = json.loads(at.get("plotly_chart")[-1].proto.spec)["layout"]["title"]["text"].replace("<br>", " ")
    assert "<a href" not in title and "&lt;a href=" in title  # plotly shows the escaped text as typed


def test_under_an_uploaded_comparison_the_report_means_are_one_click_away_with_their_count(app, wave):
    at = app("pages/compare.py", kommune="Rebild")
    assert len(at.get("plotly_chart")) == 1  # the uploaded comparison only: the report's picker and chart not built
    [label] = [e.label for e in at.expander if e.label.startswith("Vis rapportens gennemsnit")]
    at.session_state["rapport_vis"] = True  # opened
    at.run()
    assert len(at.get("plotly_chart")) == 2
    assert f"({len(at.selectbox(key='rapport_spm').options)} spørgsmål)" in label


def test_the_report_means_are_open_when_nothing_is_uploaded_or_a_link_names_them(app, data_root):
    assert len(app("pages/compare.py").get("plotly_chart")) == 1  # nothing uploaded: the report's chart, open
    assert ingest.ingest(synthetic_wave(), "SYNTETISK_bolge.csv", str(data_root), "test").accepted
    st.cache_data.clear()  # as the upload page does after a store: the next run looks at the log at once
    assert len(app("pages/compare.py").get("plotly_chart")) == 1
    assert len(app("pages/compare.py", rapport_vis="true").get("plotly_chart")) == 2
    question = app("pages/compare.py", rapport_vis="true").selectbox(key="rapport_spm").options[1]  # as shown
    linked = app("pages/compare.py", rapport_spm=question)
    assert len(linked.get("plotly_chart")) == 2 and linked.selectbox(key="rapport_spm").index == 1


@pytest.mark.parametrize("page", ["pages/compare.py", "pages/satisfaction.py"])
def test_a_synthetic_wave_is_said_to_be_synthetic_where_its_figures_are_shown(app, wave, page):
    at = app(page, tilf_up_vis="true")
    assert "**Syntetiske data:** de uploadede bølger er genererede eksempeldata" in texts(at)
    assert "(heraf 1 syntetiske)" in " ".join(c.value for c in at.sidebar.caption)


def test_beside_a_wave_from_a_file_not_named_synthetic_the_warning_counts_the_synthetic_ones(app, data_root):
    assert ingest.ingest(synthetic_wave(), "bolge.csv", str(data_root), "test").accepted
    at = app("pages/compare.py")
    assert len(at.get("plotly_chart")) == 1  # the uploaded comparison is shown
    assert "Syntetiske data" not in texts(at)
    assert "syntetiske" not in " ".join(c.value for c in at.sidebar.caption)
    other = synthetic_wave(seed=8, question="Mødet var godt forberedt")
    assert ingest.ingest(other, "SYNTETISK_bolge.csv", str(data_root), "test").accepted
    st.cache_data.clear()  # as the upload page does after a store
    at = app("pages/compare.py")
    assert "**Syntetiske data:** 1 af de 2 uploadede bølger er genererede eksempeldata" in texts(at)
