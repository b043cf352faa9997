"""The certificate saving with its uncertainty: the range functions on small inputs built here, and the ranges
the curated facts give, recomputed by hand from the figures the report prints."""

from __future__ import annotations

import itertools

import pytest

from frikommune.data.db import Database
from frikommune.domain import certificate_savings as cs
from frikommune.domain.certificate_savings import Span

SPANS = [Span.of(100), Span.of(100, 80, 120), Span.of(0, 0, 10)]
PRICES = [Span.of(1120), Span.of(1742, 1639, 1742), Span.of(1000, 500, 2000)]
OTHER = [Span.of(0), Span.of(1000, 900, 1100)]
SHARES = [Span.of(100), Span.of(90, 50, 100), Span.of(50, 0, 100)]


# --- Span ------------------------------------------------------------------------------------------------------
def test_a_span_always_holds_its_point_and_orders_its_bounds():
    assert Span.of(5, 7, 9) == Span(5, 5, 9)  # a range above the point is widened down to it
    assert Span.of(5, 9, 1) == Span(1, 5, 9)  # bounds given the wrong way round
    assert Span.of(5).is_point() and not Span.of(5, 4, 6).is_point()


def test_rounding_span_is_half_the_last_printed_unit():
    assert cs.rounding_span(4_800_000) == Span(4_750_000, 4_800_000, 4_850_000)
    assert cs.rounding_span(26_000) == Span(25_500, 26_000, 26_500)


# --- the range of the net saving -------------------------------------------------------------------------------
@pytest.mark.parametrize("n,p,o,s", list(itertools.product(SPANS, PRICES, OTHER, SHARES)))
def test_low_le_point_le_high_and_the_point_is_the_calculators_point(n, p, o, s):
    r = cs.net_saving_range(n, p, o, s)
    assert r.low <= r.point <= r.high
    assert r.point == pytest.approx(cs.net_saving(n.point, p.point, o.point, s.point))


def test_the_range_collapses_to_the_point_when_every_input_is_a_point():
    r = cs.net_saving_range(Span.of(5547), Span.of(1120), Span.of(1_400_000), Span.of(100))
    assert r.is_point() and r.point == pytest.approx(5547 * 1120 - 1_400_000)
    assert cs.per_case_range(Span.of(4092), Span.of(1742), Span.of(0)).is_point()


def test_the_range_is_the_product_of_the_bounds_where_there_is_no_deduction():
    r = cs.net_saving_range(Span.of(129, 83, 167), Span.of(1742, 1639, 1742), Span.of(0))
    assert (r.low, r.point, r.high) == (83 * 1639, 129 * 1742, 167 * 1742)


def test_a_wider_input_never_narrows_the_range():
    narrow = cs.net_saving_range(Span.of(100, 90, 110), Span.of(1000, 950, 1050), Span.of(5000, 4000, 6000))
    wide = cs.net_saving_range(Span.of(100, 80, 120), Span.of(1000, 900, 1100), Span.of(5000, 3000, 7000))
    assert wide.low <= narrow.low and wide.high >= narrow.high and wide.point == narrow.point


def test_the_range_rises_with_the_price():
    n, o, s = Span.of(100, 80, 120), Span.of(5000, 4000, 6000), Span.of(90, 50, 100)
    previous = None
    for low in range(500, 2001, 250):
        r = cs.net_saving_range(n, Span.of(low + 100, low, low + 200), o, s)
        if previous:
            assert r.low > previous.low and r.point > previous.point and r.high > previous.high
        previous = r


def test_the_range_falls_with_the_cost_of_other_documentation_and_rises_with_the_share():
    n, p = Span.of(100), Span.of(1000)
    cheap = cs.net_saving_range(n, p, Span.of(10_000, 5_000, 15_000))
    dear = cs.net_saving_range(n, p, Span.of(20_000, 15_000, 25_000))
    assert dear.high <= cheap.low
    half = cs.net_saving_range(n, p, Span.of(0), Span.of(50, 40, 60))
    assert (half.low, half.point, half.high) == pytest.approx((40_000, 50_000, 60_000))


def test_per_case_is_net_over_count_and_undefined_when_the_count_can_be_zero():
    r = cs.per_case_range(Span.of(5547), Span.of(1120), Span.of(1_400_000, 1_350_000, 1_450_000))
    assert r.point == pytest.approx(1120 - 1_400_000 / 5547)
    assert r.low == pytest.approx(1120 - 1_450_000 / 5547) and r.high == pytest.approx(1120 - 1_350_000 / 5547)
    assert cs.per_case_range(Span.of(10, 0, 20), Span.of(1000), Span.of(0)) is None


def test_a_total_adds_lows_points_and_highs():
    assert cs.total_range([Span(1, 2, 3), Span(10, 20, 30)]) == Span(11, 22, 33)


# --- the ranges of the curated facts ---------------------------------------------------------------------------
@pytest.fixture(scope="module")
def uncertain(tmp_path_factory):
    db = Database(data_root=str(tmp_path_factory.mktemp("root")))
    facts = cs.certificate_facts(db)
    return {u.step.experiment_id: u for u in cs.uncertainties(facts, cs.range_facts(db))}, cs.reported_total(facts)


def test_the_lae265_price_spans_the_2016_application_and_the_2020_rate(uncertain):
    by_id, _ = uncertain
    for experiment in ("r2-01-rehabiliteringsteams", "r3-01-revalidering", "r3-08-ressourceforloeb-forlaengelse"):
        price = by_id[experiment].price
        assert price.basis == "documents" and price.span == Span(1639, 1742, 1742)
        assert {c.value for c in price.cites} == {1639, 1742}
        assert any(c.section == "Bilag 2" for c in price.cites) and any(c.section == "Bilag 13" for c in price.cites)
    assert by_id["r2-03-laegeattester-sygedagpenge"].price.span.is_point()  # LÆ285: one price in every document


def test_revalidering_counts_from_the_review_to_the_review_plus_every_unreviewed_case(uncertain):
    by_id, _ = uncertain
    count = by_id["r3-01-revalidering"].exemptions
    assert count.basis == "review"
    assert count.span == Span(83, 129, 83 + 239 - 155)  # 83 of 155 reviewed decided without LÆ265; 84 not reviewed
    assert {c.value for c in count.cites} >= {83, 129, 155, 239}


def test_the_other_documentation_is_the_reports_ca_figure_and_only_lae285_has_one(uncertain):
    by_id, _ = uncertain
    assert by_id["r2-03-laegeattester-sygedagpenge"].other_docs.span == Span(1_350_000, 1_400_000, 1_450_000)
    assert all(u.other_docs.span == Span.of(0) for k, u in by_id.items() if k != "r2-03-laegeattester-sygedagpenge")


def test_every_saving_holds_the_reports_figure_and_per_case_is_net_over_count(uncertain):
    by_id, reported = uncertain
    for u in by_id.values():
        assert u.net.low <= u.step.reported_net <= u.net.high
        assert u.net.point == u.step.reported_net
        assert u.per_case.point == pytest.approx(u.step.reported_net / u.step.exemptions)
        assert u.per_case.low <= u.per_case.point <= u.per_case.high
        assert u.net_cites and all(c.value == u.step.reported_net for c in u.net_cites)
    assert by_id["r2-03-laegeattester-sygedagpenge"].per_case.point == pytest.approx(4_800_000 / 5547)  # 865 kr.
    assert by_id["r2-01-rehabiliteringsteams"].net.low == pytest.approx(4092 * 1639)
    total = cs.uncertainty_total(list(by_id.values()), reported)
    assert total.point == reported == 12_200_000
    assert total.low == pytest.approx(sum(u.net.low for u in by_id.values()))
    assert total.low < 12_000_000 < total.high


def test_the_words_name_every_range_in_both_languages(uncertain):
    from frikommune.text import formatting, saving_words

    by_id, _ = uncertain
    reval = by_id["r3-01-revalidering"]
    da = " ".join(saving_words.reasons(reval, "da"))
    assert "83 af 155" in da and "84 sager" in da and "83–167" in da and "1.639–1.742 kr." in da
    en = " ".join(saving_words.reasons(reval, "en"))
    assert "83 of 155" in en and "DKK 1,639–1,742" in en
    assert "Bilag 2, linje 1936" in saving_words.cite_text(saving_words.all_cites(reval), "da")
    lae285 = by_id["r2-03-laegeattester-sygedagpenge"]
    assert "865 kr. pr. fritagelse" in saving_words.per_case_line(lae285, "da")
    assert "4,8 mio. kr. ÷ 5.547" in saving_words.card_sentence(lae285, "da")
    assert "DKK 865 per exemption" in saving_words.per_case_line(lae285, "en")
    assert formatting.dkk_range(4_750_000, 4_862_640) == "4,75–4,86 mio. kr."
    assert formatting.dkk_range(865.2, 865.4, "en") == "DKK 865"
    assert "kr.." not in saving_words.card_sentence(lae285, "da")
