"""'Virkede det?': the published rules give the directions and strengths they promise, on small synthetic
fixtures built here and on the curated facts, recomputed independently of the page code."""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
import pytest

from frikommune.data.db import Database
from frikommune.domain import evidence
from frikommune.text import evidence_words, i18n

CURATED = Path(__file__).resolve().parents[1] / "data" / "curated"


# --- the rules, one by one -------------------------------------------------------------------------------------
def test_a_significance_statement_decides_and_the_sign_only_matters_when_significant():
    assert evidence.significance_direction(1.8, "not_significant", True) == "no_difference"
    assert evidence.significance_direction(-5.4, "not_significant", True) == "no_difference"
    assert evidence.significance_direction(3.3, "significant", True) == "better"
    assert evidence.significance_direction(-5.4, "significant", True) == "worse"
    assert evidence.significance_direction(-2.0, "significant", False) == "better"  # e.g. fewer weeks on benefit
    assert evidence.significance_direction(1.0, "", True) == "not_measured"  # no statement, no direction


def test_a_before_after_change_within_the_threshold_is_no_clear_difference():
    assert evidence.before_after_direction(24.8, 32.7, "pct", True) == "better"
    assert evidence.before_after_direction(28.3, 16.5, "pct", True) == "worse"
    assert evidence.before_after_direction(21.0, 20.9, "pct", True) == "no_difference"  # within 2 pp
    assert evidence.before_after_direction(100, 104, "count", True) == "no_difference"  # within 5 %
    assert evidence.before_after_direction(100, 90, "weeks", False) == "better"  # shorter is better
    assert evidence.before_after_direction(100, 110, "count", None) == "not_measured"


def test_a_survey_mean_needs_half_a_point_from_the_midpoint_and_a_known_scale():
    assert evidence.survey_direction(4.4, True, True) == "better"
    assert evidence.survey_direction(3.2, True, True) == "no_difference"
    assert evidence.survey_direction(2.4, True, True) == "worse"
    assert evidence.survey_direction(1.8, False, True) == "better"  # 'hard to judge': low is good
    assert evidence.survey_direction(4.21, True, False) == "not_measured"  # coding not stated


def test_judgements_savings_and_several_figures():
    assert evidence.judgement_direction(66, 13) == "better"
    assert evidence.judgement_direction(5, 27) == "worse"
    assert evidence.judgement_direction(10, 10) == "no_difference"
    assert evidence.saving_direction(4_800_000) == "better"
    assert evidence.combine(["better", "better", "no_difference"]) == "better"
    assert evidence.combine(["better", "worse", "better"]) == "no_difference"  # conflicting
    assert evidence.combine(["no_difference", "better"]) == "no_difference"  # no majority
    assert evidence.combine(["not_measured"]) == "not_measured"


def test_strength_comes_from_the_design_and_each_weakness_costs_one_never_below_one():
    assert evidence.strength("did_parallel", 10_096, 0, False) == (5, ["design.did_parallel"])
    assert evidence.strength("did_parallel", None, 0, True)[0] == 4
    assert evidence.strength("survey", 12, 1, False) == (1, ["design.survey", "small_n", "contradiction"])
    assert evidence.strength("cases", 3, 2, True)[0] == 1
    assert evidence.strength("register_count", None, 0, False)[0] == 3


# --- the rules applied to fixture frames built in code (synthetic, not from the report) -------------------------
def _facts(*rows: dict) -> pd.DataFrame:
    base = {
        "fact_id": "",
        "series_id": "",
        "experiment_id": "x-1",
        "municipality_id": "total",
        "respondent_group": "",
        "period": "",
        "value": 0.0,
        "unit": "count",
        "n": float("nan"),
        "source_doc": "synthetic.txt",
        "section": "",
        "source_line": 1,
        "source_quote": "q",
        "label_da": "Syntetisk",
        "label_en": "Synthetic",
        "name_da": "Mål",
        "name_en": "Measure",
        "higher_is_better": True,
        "question_higher_is_better": None,
        "scale_da": "",
    }
    return pd.DataFrame([{**base, **r} for r in rows])


def _inputs(*rows: dict) -> pd.DataFrame:
    base = {
        "input_id": "",
        "experiment_id": "x-1",
        "outcome": "effect",
        "role": "headline",
        "method": "",
        "design": "",
        "series_id": "",
        "municipality_id": "",
        "respondent_group": "",
        "period_before": "",
        "period": "",
        "stated": "",
        "source_doc": "",
        "section": "",
        "source_line": None,
        "source_quote": "",
        "note_da": "",
        "note_en": "",
    }
    return pd.DataFrame([{**base, **r} for r in rows])


NO_ISSUES = pd.DataFrame(columns=["issue_id", "kind", "series_ids", "fact_ids", "description_da", "description_en"])


def test_a_synthetic_difference_in_differences_cell_follows_the_significance_statement():
    facts = _facts(
        {"fact_id": "f1", "series_id": "s-did", "value": 1.8, "unit": "pp"},
        {"fact_id": "f2", "series_id": "s-n", "value": 10_000.0},
    )
    inputs = _inputs(
        {"series_id": "s-did", "method": "significance", "design": "did_parallel"},
        {
            "role": "result",
            "series_id": "s-did",
            "method": "significance",
            "stated": "not_significant",
            "source_doc": "synthetic.txt",
            "source_line": 2,
            "source_quote": "overlapper 0",
        },
        {"role": "n", "series_id": "s-n", "method": "significance"},
    )
    cell = evidence.assess_cell("x-1", "effect", inputs, facts, NO_ISSUES)
    assert (cell.direction, cell.strength, cell.n) == ("no_difference", 5, 10_000.0)
    assert set(evidence.cell_sources(cell)["source_line"]) == {1, 2}  # the figure's line and the sentence's


def test_a_recorded_contradiction_touching_the_headline_lowers_the_strength():
    facts = _facts({"fact_id": "f1", "series_id": "s-save", "value": 225_000.0, "unit": "dkk"})
    inputs = _inputs({"outcome": "saving", "series_id": "s-save", "method": "saving", "design": "register_count"})
    issues = pd.DataFrame(
        [
            {
                "issue_id": "i1",
                "kind": "denominator",
                "series_ids": "s-save",
                "fact_ids": "",
                "description_da": "d",
                "description_en": "e",
            }
        ]
    )
    plain = evidence.assess_cell("x-1", "saving", inputs, facts, NO_ISSUES)
    flagged = evidence.assess_cell("x-1", "saving", inputs, facts, issues)
    assert (plain.direction, plain.strength) == ("better", 3)
    assert (flagged.direction, flagged.strength) == ("better", 2)
    other = issues.assign(kind="other")  # a remark, not a contradiction: shown, not counted
    assert evidence.assess_cell("x-1", "saving", inputs, facts, other).strength == 3


def test_before_after_over_groups_that_disagree_is_no_clear_difference():
    facts = _facts(
        {"fact_id": "a1", "series_id": "s-a", "period": "2017Q1", "value": 20.0, "unit": "pct"},
        {"fact_id": "a2", "series_id": "s-a", "period": "2020Q1", "value": 30.0, "unit": "pct"},
        {"fact_id": "b1", "series_id": "s-b", "period": "2017Q1", "value": 30.0, "unit": "pct"},
        {"fact_id": "b2", "series_id": "s-b", "period": "2020Q1", "value": 20.0, "unit": "pct"},
    )
    inputs = _inputs(
        *(
            {
                "outcome": "uptake",
                "series_id": s,
                "method": "before_after",
                "design": "before_after_register",
                "period_before": "2017Q1",
                "period": "2020Q1",
            }
            for s in ("s-a", "s-b")
        )
    )
    cell = evidence.assess_cell("x-1", "uptake", inputs, facts, NO_ISSUES)
    assert [d for _, d in cell.parts] == ["better", "worse"]
    assert cell.direction == "no_difference"


def test_a_count_alone_is_shown_but_gives_no_direction_and_no_inputs_is_not_measured():
    facts = _facts({"fact_id": "c1", "series_id": "s-count", "value": 4092.0})
    inputs = _inputs({"outcome": "uptake", "series_id": "s-count", "method": "counted", "design": "register_count"})
    counted = evidence.assess_cell("x-1", "uptake", inputs, facts, NO_ISSUES)
    assert (counted.direction, counted.counted, counted.strength) == ("not_measured", True, None)
    empty = evidence.assess_cell("x-1", "staff", inputs, facts, NO_ISSUES)
    assert (empty.direction, empty.counted, empty.facts.empty) == ("not_measured", False, True)


def test_a_survey_with_small_n_loses_a_level_and_an_unknown_coding_gives_no_direction():
    facts = _facts(
        {
            "fact_id": "m1",
            "series_id": "s-m",
            "value": 4.5,
            "unit": "score",
            "n": 12.0,
            "scale_da": '1-5, 5 = "Helt enig"',
            "question_higher_is_better": True,
        },
        {
            "fact_id": "m2",
            "series_id": "s-u",
            "value": 4.2,
            "unit": "score",
            "n": 98.0,
            "scale_da": "kodningen er ikke angivet",
            "question_higher_is_better": True,
        },
    )
    known = _inputs({"outcome": "staff", "series_id": "s-m", "method": "survey_mean", "design": "survey"})
    unknown = _inputs({"outcome": "citizens", "series_id": "s-u", "method": "survey_mean", "design": "survey"})
    cell = evidence.assess_cell("x-1", "staff", known, facts, NO_ISSUES)
    assert (cell.direction, cell.strength, cell.strength_reasons) == ("better", 1, ["design.survey", "small_n"])
    cell = evidence.assess_cell("x-1", "citizens", unknown, facts, NO_ISSUES)
    assert (cell.direction, cell.counted) == ("not_measured", True)
    assert "kodet" in evidence_words.direction_reason(cell, "da") and "coded" in evidence_words.direction_reason(
        cell, "en"
    )


# --- the curated data: recomputed from facts.csv by the published rule --------------------------------------------
def _csv(table: str) -> list[dict[str, str]]:
    with (CURATED / f"{table}.csv").open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def ev() -> evidence.Evidence:
    return evidence.load(Database(data_root=str(CURATED.parent / "no-uploads-here"), curated_dir=CURATED))


def test_the_matrix_has_the_seventeen_experiments_of_the_web_page(ev):
    table = evidence_words.matrix(ev, "da")
    assert len(table) == 17
    ran = {r["experiment_id"] for r in _csv("experiments") if r["status"] in ("evaluated", "extended")}
    assert set(table["experiment_id"]) | set(evidence.MERGED_INTO) == ran
    assert table["extended"].sum() == 9  # ten extended approvals, r2-01 and r3-13 on one row


def _recompute(experiment: str, outcome: str) -> str:
    """The direction by the published rule, from facts.csv and evidence_inputs.csv read as plain CSV."""
    facts = {r["fact_id"]: r for r in _csv("facts")}
    by_series: dict[str, list[dict[str, str]]] = {}
    for f in facts.values():
        by_series.setdefault(f["series_id"], []).append(f)
    hib = {m["measure_id"]: m["higher_is_better"] for m in _csv("measures")}
    inputs = [r for r in _csv("evidence_inputs") if r["experiment_id"] == experiment and r["outcome"] == outcome]
    method = next(r["method"] for r in inputs)
    stated = {r["series_id"]: r["stated"] for r in inputs if r["role"] == "result"}
    out = []
    for h in (r for r in inputs if r["role"] == "headline"):
        rows = [f for f in by_series[h["series_id"]] if f["municipality_id"] in ("total", "network")]
        if h["respondent_group"]:
            rows = [f for f in rows if f["respondent_group"] == h["respondent_group"]]
        good = hib[rows[0]["measure_id"]] == "true"
        if method == "significance":
            out.append(
                "no_difference"
                if stated[h["series_id"]] == "not_significant"
                else ("better" if (float(rows[0]["value"]) > 0) == good else "worse")
            )
        elif method == "before_after":
            before = next(float(f["value"]) for f in rows if f["period"] == h["period_before"])
            after = next(float(f["value"]) for f in rows if f["period"] == h["period"])
            out.append(
                "no_difference" if abs(after - before) < 2 else ("better" if (after > before) == good else "worse")
            )
        elif method == "survey_mean":
            mean = float(rows[0]["value"])
            out.append("better" if mean >= 3.5 else "worse" if mean <= 2.5 else "no_difference")
        elif method == "saving":
            out.append("better" if float(rows[0]["value"]) > 0 else "worse")
    if "better" in out and "worse" in out:
        return "no_difference"
    return max(set(out), key=out.count) if out.count(max(set(out), key=out.count)) * 2 > len(out) else "no_difference"


@pytest.mark.parametrize(
    "experiment,outcome,expected",
    [
        ("r2-01-rehabiliteringsteams", "effect", "no_difference"),  # DiD, CIs cover 0 (Bilag 15.a)
        ("r2-01-rehabiliteringsteams", "saving", "better"),  # 7,1 mio. kr. (Bilag 13)
        ("r2-01-rehabiliteringsteams", "staff", "better"),  # means 4,2-4,7 of 5
        ("r1-04-formkrav-samtaler", "citizens", "no_difference"),  # means 3,1-3,4 of 5
        ("r1-04-formkrav-samtaler", "staff", "better"),  # means 3,6-4,2 of 5
        ("r1-05-forholdstalskrav", "uptake", "no_difference"),  # up in two groups, down in one
        ("r2-03-laegeattester-sygedagpenge", "saving", "better"),  # 4,8 mio. kr.
        ("r3-01-revalidering", "saving", "better"),
        ("r3-08-ressourceforloeb-forlaengelse", "saving", "better"),
    ],
)
def test_directions_recomputed_from_the_curated_facts_agree(ev, experiment, outcome, expected):
    assert _recompute(experiment, outcome) == expected
    assert ev.cells[(experiment, outcome)].direction == expected


def test_every_direction_the_matrix_gives_is_backed_by_a_cited_line_and_every_level_too(ev):
    for (experiment, outcome), cell in ev.cells.items():
        if cell.direction != "not_measured" or cell.counted:
            sources = evidence.cell_sources(cell)
            assert not sources.empty, (experiment, outcome)
            assert sources["source_line"].min() >= 1
        if cell.strength is not None:
            assert 1 <= cell.strength <= 5
            assert evidence_words.strength_reason(cell, "da") and evidence_words.strength_reason(cell, "en")


def test_the_effect_figures_of_the_formal_requirements_experiment_are_lost_so_its_result_is_words(ev):
    cell = ev.cells[("r1-04-formkrav-samtaler", "effect")]
    assert (cell.direction, cell.method, cell.strength) == ("no_difference", "words", 4)  # 5, minus words only
    assert "words_only" in cell.strength_reasons


def test_experiments_without_a_result_annex_are_not_measured_and_say_why(ev):
    for eid in ("r3-05-mentorregler", "r3-07-kontaktforloeb-integration", "r3-11-praktik-ledighedsydelse"):
        cells = [ev.cells[(eid, o)] for o in evidence.OUTCOMES]
        assert {c.direction for c in cells} == {"not_measured"}
        assert evidence.overall_strength(cells) is None
        assert "resultatbilag" in evidence_words.direction_reason(cells[0], "da", evidence.has_annex(ev, eid))


def test_status_today_says_extended_made_general_or_ended_with_sources(ev):
    def status(eid: str, lang: str = "da") -> tuple[str, list]:
        return evidence_words.status_today(evidence.experiment_row(ev, eid), ev.statements, ev.inputs, ev.sources, lang)

    text, cites = status("r2-01-rehabiliteringsteams")
    assert text.startswith("Forlænget til udgangen af 2023") and "permanent" in text
    assert ("000_71766aee2a796972.txt", "", 174) in cites
    # The web page's two end dates for the extensions (2023 in the statutes, 2024 in its introduction) are said.
    assert "catalogue-extension-end" in set(evidence.issues_on_lines(ev.issues, cites)["issue_id"])
    text, cites = status("r2-03-laegeattester-sygedagpenge", "en")
    assert "1 January 2020" in text and cites[0][2] >= 1
    assert status("r1-06-fleksibel-uddannelse")[0] == i18n.t("evidence.status.no_extension", "da") + "."


def test_the_applications_that_never_ran_each_say_why_in_both_languages(ev):
    for lang in ("da", "en"):
        rest = evidence_words.never_ran(ev, lang)
        assert len(rest) == 6
        assert rest["why"].str.len().min() > 20 and rest["source_line"].notna().all()


def test_every_evidence_input_quote_stands_on_its_line(seeds):
    for row in _csv("evidence_inputs"):
        if row["source_quote"]:
            lines = (seeds / row["source_doc"]).read_text(encoding="utf-8").split("\n")
            assert row["source_quote"] in lines[int(row["source_line"]) - 1], row["input_id"]


def test_every_headline_series_of_the_inputs_exists_in_its_experiment():
    series = {r["series_id"]: r["experiment_id"] for r in _csv("series")}
    for row in _csv("evidence_inputs"):
        if row["series_id"]:
            assert series.get(row["series_id"]) == row["experiment_id"], row["input_id"]


def test_the_rules_are_published_in_both_languages_with_the_same_thresholds():
    assert [h for h, _ in evidence_words.RULES["da"]] and len(evidence_words.RULES["da"]) == len(
        evidence_words.RULES["en"]
    )
    for (_, da), (_, en) in zip(evidence_words.RULES["da"], evidence_words.RULES["en"]):
        assert len(da) == len(en)
    text_da = " ".join(" ".join(items) for _, items in evidence_words.RULES["da"])
    assert "5 %" in text_da and "0,5" in text_da and "60 %" in text_da and "under 30" in text_da


def test_the_cited_sentences_follow_their_lines_when_the_seeds_shift(seeds, tmp_path):
    """Inputs cite sentences by quote, never by a line number in code: blank lines added move only the lines."""
    import json
    import os
    import shutil
    import subprocess
    import sys

    shifted = tmp_path / "seeds"
    shutil.copytree(seeds, shifted)
    for doc in ("000_71766aee2a796972.txt", "003_dd6b408d530566e6.txt"):
        path = shifted / doc
        path.chmod(0o644)
        lines = path.read_text(encoding="utf-8").split("\n")
        lines[1:1] = ["", ""]
        path.write_text("\n".join(lines), encoding="utf-8")
    code = (
        "import json; from frikommune.extract.evidence_inputs import evidence_input_rows; "
        "print(json.dumps(evidence_input_rows()))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=CURATED.parents[1],
        check=True,
        capture_output=True,
        text=True,
        env={**os.environ, "FRIKOMMUNE_SEEDS": str(shifted)},
    ).stdout
    moved = {r["input_id"]: r for r in json.loads(out)}
    for row in _csv("evidence_inputs"):
        new = moved[row["input_id"]]
        assert {k: v for k, v in new.items() if k != "source_line"} == {
            k: v for k, v in row.items() if k != "source_line"
        }
        if row["source_line"]:
            shift = 2 if row["source_doc"] in ("000_71766aee2a796972.txt", "003_dd6b408d530566e6.txt") else 0
            assert int(new["source_line"]) - int(row["source_line"]) == shift, row["input_id"]
