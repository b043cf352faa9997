"""'Virkede det?' (AppTest): the matrix of the 17 experiments in both languages, its filters and order from the URL,
and the experiment card saying the same as the matrix for every experiment that ran."""

from __future__ import annotations

import csv
import html
import re
from pathlib import Path

import pytest

from frikommune.data.db import Database
from frikommune.domain import evidence
from frikommune.text import evidence_words
from tests.pages.conftest import texts

CURATED = Path(__file__).resolve().parents[2] / "data" / "curated"
LANGS = {"da": "Dansk", "en": "English"}


def _experiments() -> list[dict[str, str]]:
    with (CURATED / "experiments.csv").open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def ev() -> evidence.Evidence:
    return evidence.load(Database(data_root=str(CURATED.parent / "no-uploads-here"), curated_dir=CURATED))


def matrix_html(at) -> str:
    return next(h.proto.body for h in at.get("html") if "fk-evidence" in h.proto.body)


def card_lines(at) -> list[str]:
    """The experiment card as its reader sees it: one line per heading, paragraph, line break or list item."""
    body = next(h.proto.body for h in at.get("html") if "fk-card" in h.proto.body)
    body = re.sub(r"<style>.*?</style>", "", body, flags=re.S)
    body = re.sub(r"<br\s*/?>|</(h5|p|li)>", "\n", body)
    lines = (html.unescape(re.sub(r"<[^>]+>", "", line)).strip() for line in body.split("\n"))
    return [line for line in lines if line]


def rows(at) -> list[str]:
    body = matrix_html(at).split("<tbody>")[1]
    return re.findall(r"<tr>(.*?)</tr>", body)


RAW = re.compile(
    r"\b(r[123]-\d\d-[a-z-]+|not_measured|no_difference|did_parallel|register_count|survey_mean|"
    r"None|nan|NaN)\b"
)


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_page_lists_the_seventeen_experiments_without_raw_codes(app, lang):
    at = app("pages/virkede-det.py", lang=LANGS[lang])
    assert at.title[0].value == ("Virkede det?" if lang == "da" else "Did it work?")
    assert len(rows(at)) == 17
    visible = re.sub(r'href="[^"]*"', "", matrix_html(at))  # links may carry ids in the address; text may not
    shown = texts(at) + visible
    assert not RAW.findall(shown), RAW.findall(shown)[:5]
    if lang == "en":
        assert "Ikke målt" not in shown and "Bedre" not in shown and "Forlænget" not in shown
        assert "Not measured" in shown and "Extended to the end of 2023" in shown
    else:
        assert "Ikke målt" in shown and "Forlænget til udgangen af 2023" in shown
    assert "Bilag 15.a" in shown or "Annex 15.a" in shown  # the strongest level names its cited line


def test_every_cell_links_to_the_experiment_profile_at_its_outcome(app):
    html = matrix_html(app("pages/virkede-det.py"))
    assert 'href="experiments?forsog=Rehabiliteringsteams#udfald-effect"' in html
    assert html.count("#udfald-") == 17 * 6  # five outcomes and the evidence column


def test_sorting_by_evidence_from_the_url_puts_the_comparison_group_design_first(app):
    at = app("pages/virkede-det.py", sorter="Evidens (stærkest først)")
    first = rows(at)[0]
    assert "Rehabiliteringsteams" in first and "5 af 5" in first
    levels = [
        int(m) if m else 0 for m in (re.search(r"(\d) af 5", r) for r in rows(at)) for m in [m.group(1) if m else None]
    ]
    assert levels == sorted(levels, reverse=True)


def test_the_municipality_filter_keeps_only_its_experiments_and_counts_combined_units(app, ev):
    at = app("pages/virkede-det.py", kommune="Læsø")
    shown = rows(at)
    expected = {
        evidence.row_experiment(p["experiment_id"])
        for p in ev.participation[
            ev.participation["took_part"].astype("boolean").fillna(False)
            & ev.participation["municipality_id"].isin(["laesoe", "frederikshavn-laesoe"])
        ].to_dict("records")
    }
    assert 0 < len(shown) == len(expected) < 17


def test_the_never_started_applications_are_listed_with_why(app):
    body = texts(app("pages/virkede-det.py", lang="English"))
    assert "Applications that were never approved or started" in body
    assert "Approved but never started" in body and "tripartite agreement" in body


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_card_and_the_matrix_agree_for_every_experiment(app, ev, lang):
    table = evidence_words.matrix(ev, lang).set_index("experiment_id")
    from frikommune.text import i18n

    for experiment in (e for e in _experiments() if e["status"] in evidence.RAN):
        # The matrix's link: the profile's picker reads the title it shows, in the chosen language.
        at = app("pages/experiments.py", forsog=experiment[f"title_{lang}"], lang=LANGS[lang])
        assert at.selectbox(key="forsog").value == experiment["experiment_id"]
        row = table.loc[evidence.row_experiment(experiment["experiment_id"])]
        # Each outcome opens a line of the card's text (a heading, or one bold line when nothing was measured).
        lines = card_lines(at)
        for outcome in evidence.OUTCOMES:
            expected = f"{i18n.t(f'evidence.outcome.{outcome}', lang)}: {row[outcome]}"
            assert any(line.startswith(expected) for line in lines), (experiment["experiment_id"], outcome, lines)
        overall = [line for line in lines if line.lower().startswith(("samlet evidens:", "overall evidence:"))]
        assert len(overall) == 1, (experiment["experiment_id"], lines)
        if row["strength_key"]:
            assert row["strength"] in overall[0], (experiment["experiment_id"], overall)
        else:
            assert "ingen målt retning" in overall[0] or "no measured direction" in overall[0]
        assert lines[-1] == i18n.t("evidence.card_rules_link", lang)
        assert not RAW.findall("\n".join(lines)), RAW.findall("\n".join(lines))[:5]
        # The links from the matrix land on the card's outcome headings.
        card = next(h.proto.body for h in at.get("html") if "fk-card" in h.proto.body)
        assert all(f'id="udfald-{outcome}"' in card for outcome in evidence.OUTCOMES)
