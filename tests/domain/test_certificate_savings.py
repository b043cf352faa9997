"""certificate_savings on the fixture's Bilag 13 (tests/fixture_data.py): the steps and their arithmetic."""

from __future__ import annotations

import pytest

from frikommune.domain import certificate_savings
from tests.fixture_data import ATTESTER, REHAB, SAMTALER


@pytest.fixture(scope="module")
def facts(db):
    return certificate_savings.certificate_facts(db)


@pytest.fixture(scope="module")
def steps(facts):
    return {s.experiment_id: s for s in certificate_savings.steps(facts)}


def test_certificate_facts_are_only_those_of_bilag_13(facts):
    assert set(facts["section"]) == {"Bilag 13"}
    assert 750 not in set(facts["value"])  # the application's price (Bilag 3)


def test_certificate_facts_leave_out_non_certificate_measures_of_bilag_13(facts):
    assert "citizens_n" not in set(facts["measure_id"])


def test_steps_come_in_the_order_bilag_13_prints_them(facts):
    assert [s.experiment_id for s in certificate_savings.steps(facts)] == [ATTESTER, REHAB]


def test_steps_leave_out_an_experiment_without_a_net_saving(steps):
    assert SAMTALER not in steps  # 30 exemptions, no net saving printed


def test_step_reads_exemptions_price_other_documents_and_net_as_printed(steps):
    s = steps[ATTESTER]
    assert (s.certificate, s.exemptions, s.price, s.other_docs, s.reported_gross, s.reported_net) == (
        "LÆ285",
        1000,
        500,
        100_000,
        500_000,
        400_000,
    )


def test_step_without_a_price_of_its_own_takes_the_same_certificates_price_from_bilag_13(steps):
    assert steps[REHAB].certificate == "LÆ265"
    assert steps[REHAB].price == 1000  # not the LÆ285 price (500), not the application's (750)


def test_step_without_a_printed_gross_has_none(steps):
    assert steps[REHAB].reported_gross is None


def test_step_title_follows_the_language(steps):
    assert steps[ATTESTER].title("da") == "Lægeattester i sygedagpengesager"
    assert steps[ATTESTER].title("en") == "Lægeattester i sygedagpengesager (en)"


def test_reported_total_is_the_printed_total(facts):
    assert certificate_savings.reported_total(facts) == 550_000


def test_net_saving_is_exemptions_times_price_minus_other_documents():
    assert certificate_savings.net_saving(1000, 500, 100_000) == 1000 * 500 - 100_000


def test_net_saving_scales_exemptions_and_other_documents_by_the_share_avoided():
    assert certificate_savings.net_saving(1000, 500, 100_000, share_avoided=50) == 500 * 500 - 50_000


def test_net_saving_of_nothing_avoided_is_zero():
    assert certificate_savings.net_saving(1000, 500, 100_000, share_avoided=0) == 0


def test_report_rounding_is_half_a_tenth_of_a_million_from_a_million_up():
    assert certificate_savings.report_rounding(1_000_000) == 50_000
    assert certificate_savings.report_rounding(-2_500_000) == 50_000


def test_report_rounding_is_half_a_thousand_below_a_million():
    assert certificate_savings.report_rounding(999_999) == 500


def test_agrees_with_report_within_the_reports_rounding():
    assert certificate_savings.agrees_with_report(400_500, 400_000)
    assert not certificate_savings.agrees_with_report(400_501, 400_000)
    assert certificate_savings.agrees_with_report(12_240_000, 12_200_000)
    assert not certificate_savings.agrees_with_report(12_260_000, 12_200_000)


def test_step_table_recomputes_gross_and_net_per_experiment(steps):
    table = certificate_savings.step_table([steps[ATTESTER], steps[REHAB]]).set_index("certificate")
    assert table.loc["LÆ285", "gross"] == 1000 * 500
    assert table.loc["LÆ285", "net_computed"] == 1000 * 500 - 100_000
    assert table.loc["LÆ265", "gross"] == 200 * 1000
    assert table.loc["LÆ265", "net_computed"] == 200 * 1000 - 50_000


def test_step_table_agrees_with_the_fixtures_printed_nets(steps):
    table = certificate_savings.step_table([steps[ATTESTER], steps[REHAB]])
    assert list(table["net_reported"]) == [400_000, 150_000]
    assert table["agrees"].all()


def test_step_table_names_experiments_in_the_language(steps):
    table = certificate_savings.step_table([steps[REHAB]], lang="en")
    assert list(table["experiment"]) == ["Rehabiliteringsteams (en)"]
