"""overview on the fixture (tests/fixture_data.py): the reach counted from the report's totals."""

from __future__ import annotations

from frikommune.domain import overview
from tests.fixture_data import ATTESTER, REHAB


def test_reach_lists_the_chosen_keys_in_the_order_overview_declares_them(db):
    reach = overview.reach(db)
    assert list(zip(reach["experiment_id"], reach["respondent_group"], reach["value"])) == [
        (ATTESTER, "LÆ285", 1000),
        (REHAB, "LÆ265", 200),
        (REHAB, "fritagne", 40),
    ]


def test_reach_counts_only_network_and_total_figures(db):
    reach = overview.reach(db)
    assert set(reach["municipality_id"]) == {"network", "total"}
    assert 600 not in set(reach["value"])  # Aalborg's own LÆ285 exemptions


def test_reach_names_whom_a_total_covers(db):
    rehab = overview.reach(db).set_index("respondent_group").loc["LÆ265"]
    assert list(rehab["scope_names"]) == ["Aalborg", "Frederikshavn/Læsø"]


def test_reach_leaves_out_keys_the_data_does_not_have(db):
    assert "r2-02-psykologbehandling" not in set(overview.reach(db)["experiment_id"])


def test_statements_are_the_conclusions_and_recommendations(db):
    assert list(overview.statements(db)["text_da"]) == ["Det virkede."]
    assert overview.statements(db, kinds=("recommendation",)).empty
