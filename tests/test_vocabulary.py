"""The shared vocabulary (frikommune.vocabulary): ids and names the extractor and the upload engine both use."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from frikommune import vocabulary
from frikommune.ingest import vocab

INGEST = Path(__file__).resolve().parents[1] / "frikommune" / "ingest"


def test_every_municipality_name_leads_back_to_its_id():
    for mid, name in vocabulary.MUNICIPALITY_IDS.items():
        assert vocabulary.municipality_id(name) == mid


def test_municipality_id_takes_the_name_only_as_printed():
    assert vocabulary.municipality_id("hjørring") is None


def test_there_are_eleven_municipalities():
    assert len(vocabulary.MUNICIPALITY_IDS) == 11


def test_combined_unit_members_are_municipalities():
    for members in vocabulary.COMBINED_UNITS.values():
        assert set(members) <= set(vocabulary.MUNICIPALITY_IDS)


def test_every_combined_unit_has_spellings_led_by_its_printed_name():
    assert set(vocabulary.COMBINED_NAMES) == set(vocabulary.COMBINED_UNITS)
    assert vocabulary.COMBINED_NAMES["frederikshavn-laesoe"][0] == "Frederikshavn/Læsø"


def test_a_fact_may_be_on_a_municipality_a_combined_unit_or_the_network():
    for mid in ("aalborg", "frederikshavn-laesoe", vocabulary.NETWORK):
        assert vocabulary.known_municipality(mid)


def test_a_fact_may_not_be_on_a_partial_total():
    assert not vocabulary.known_municipality(vocabulary.TOTAL)


def test_experiment_ids_are_unique():
    assert len(set(vocabulary.EXPERIMENT_IDS)) == len(vocabulary.EXPERIMENT_IDS)


def test_experiment_ids_name_round_and_application():
    for eid in vocabulary.EXPERIMENT_IDS:
        assert re.fullmatch(r"r[1-3]-\d{2}-[a-z0-9-]+", eid), eid


def test_upload_engine_names_the_shared_municipalities():
    assert vocab.MUNICIPALITY_IDS is vocabulary.MUNICIPALITY_IDS


def test_upload_groups_are_the_curated_respondent_groups():
    assert set(vocab.GROUP_LABELS) == set(vocabulary.RESPONDENT_GROUPS)


def test_upload_resolves_a_spelling_of_the_combined_unit():
    assert vocab.resolve_municipalities(["Frederikshavn og Læsø"]) == {
        "Frederikshavn og Læsø": ("frederikshavn-laesoe", None)
    }


def test_upload_engine_does_not_import_the_extractor():
    for path in INGEST.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                names = [node.module or ""] + [f"{node.module}.{a.name}" for a in node.names]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            else:
                continue
            assert not any(n.startswith("frikommune.extract") for n in names), path.name
