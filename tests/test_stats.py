"""Statistics for comparing municipalities: every number is checked against an independent known answer.

Known answers come from scipy run on the *expanded* answers (one value per respondent), from published tables, or
from hand calculation written out in a comment — never from frikommune.domain.stats itself.
"""

import math

import numpy as np
import pandas as pd
import pytest
import scipy.stats
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from frikommune.domain import stats
from frikommune.text import findings

# Hand-made 1–5 answers with plenty of ties.
A = [1, 1, 2, 3, 3, 3, 4, 5, 5]
B = [2, 2, 3, 4, 4, 4, 4, 5, 5, 5, 5]


def histogram(answers):
    """Answer → count, the shape uploads arrive in."""
    values, counts = np.unique(answers, return_counts=True)
    return {int(v): int(c) for v, c in zip(values, counts)}


def expand(hist):
    """The answers a histogram stands for (only for building known answers in tests)."""
    return np.repeat(np.array(list(hist), dtype=float), list(hist.values()))


def frame(**histograms):
    """A [municipality_id, answer, n] frame from municipality=histogram keyword arguments."""
    return pd.DataFrame(
        [(m, a, n) for m, h in histograms.items() for a, n in h.items()], columns=["municipality_id", "answer", "n"]
    )


# --- one histogram -------------------------------------------------------------------------------------------------


def test_mean_sd_and_ci_equal_scipy_on_the_expanded_answers():
    summary = stats.describe_histogram(histogram(A))
    low, high = scipy.stats.t.interval(0.95, len(A) - 1, loc=np.mean(A), scale=scipy.stats.sem(A))
    assert summary.n == 9
    assert summary.mean == pytest.approx(27 / 9)  # 1+1+2+3+3+3+4+5+5 = 27
    assert summary.sd == pytest.approx(np.std(A, ddof=1))
    assert summary.sem == pytest.approx(scipy.stats.sem(A))
    assert (summary.ci_low, summary.ci_high) == pytest.approx((low, high))


def test_a_dataframe_histogram_is_pooled_by_answer():
    df = pd.DataFrame({"answer": [1, 3, 3, 5], "n": [2, 1, 2, 2]})
    assert stats.describe_histogram(df) == stats.describe_histogram({1: 2, 3: 3, 5: 2})


def test_millions_of_respondents_cost_nothing_because_nothing_is_expanded():
    # Half answer 1, half answer 5: mean 3, every deviation is ±2, so SS = 4·N and SD = √(4N/(N−1)).
    half = 5_000_000
    summary = stats.describe_histogram({1: half, 5: half})
    assert summary.mean == 3
    assert summary.sd == pytest.approx(math.sqrt(4 * 2 * half / (2 * half - 1)), rel=1e-12)


def test_one_answer_has_no_spread_and_no_interval():
    summary = stats.describe_histogram({4: 1})
    assert summary.mean == 4
    assert math.isnan(summary.sd) and math.isnan(summary.ci_low) and math.isnan(summary.ci_high)


def test_negative_or_fractional_counts_are_refused():
    with pytest.raises(ValueError):
        stats.describe_histogram({1: -1, 2: 3})
    with pytest.raises(ValueError):
        stats.describe_histogram({1: 1.5, 2: 3})


# --- two histograms ------------------------------------------------------------------------------------------------


def test_welch_equals_scipy_ttest_on_the_expanded_answers():
    expected = scipy.stats.ttest_ind(A, B, equal_var=False).pvalue
    assert stats.welch_from_histograms(histogram(A), histogram(B)) == pytest.approx(expected, rel=1e-12)


def test_mann_whitney_with_ties_equals_scipy_on_the_expanded_answers():
    expected = scipy.stats.mannwhitneyu(A, B, alternative="two-sided", method="asymptotic", use_continuity=True).pvalue
    assert stats.mann_whitney_from_histograms(histogram(A), histogram(B)) == pytest.approx(expected, rel=1e-12)


def test_mann_whitney_does_not_depend_on_which_values_each_side_uses():
    # B never answers 1, A never answers 6 here: the midranks must still come from the pooled answers.
    a, b = [1, 2, 2, 3], [2, 3, 3, 6, 6]
    expected = scipy.stats.mannwhitneyu(a, b, alternative="two-sided", method="asymptotic").pvalue
    assert stats.mann_whitney_from_histograms(histogram(a), histogram(b)) == pytest.approx(expected, rel=1e-12)


histograms = st.dictionaries(st.integers(1, 5), st.integers(0, 40), min_size=1, max_size=5)


# scipy warns about its own precision on near-constant expanded samples; the reference values are still exact enough.
@pytest.mark.filterwarnings("ignore:Precision loss occurred:RuntimeWarning")
@settings(max_examples=150, deadline=None)
@given(histograms, histograms)
def test_histogram_statistics_equal_the_expanded_ones(ha, hb):
    a, b = expand(ha), expand(hb)
    assume(len(a) >= 2 and len(b) >= 2)

    summary = stats.describe_histogram(ha)
    assert summary.n == len(a)
    assert summary.mean == pytest.approx(np.mean(a), rel=1e-12)
    assert summary.sd == pytest.approx(np.std(a, ddof=1), rel=1e-9, abs=1e-12)
    if np.ptp(a) > 0:  # scipy has no interval for zero spread; ours is then the single point [mean, mean]
        low, high = scipy.stats.t.interval(0.95, len(a) - 1, loc=np.mean(a), scale=scipy.stats.sem(a))
        assert (summary.ci_low, summary.ci_high) == pytest.approx((low, high), rel=1e-9)

    expected_rank = scipy.stats.mannwhitneyu(a, b, alternative="two-sided", method="asymptotic").pvalue
    assert stats.mann_whitney_from_histograms(ha, hb) == pytest.approx(expected_rank, rel=1e-9, abs=1e-12)

    if np.ptp(a) > 0 or np.ptp(b) > 0:  # with no spread on either side scipy's t-test is undefined
        expected_welch = scipy.stats.ttest_ind(a, b, equal_var=False).pvalue
        assert stats.welch_from_histograms(ha, hb) == pytest.approx(expected_welch, rel=1e-9, abs=1e-12)


# --- multiple comparisons ------------------------------------------------------------------------------------------

P = [0.01, 0.04, 0.03, 0.005]


def test_holm_by_hand():
    # Sorted 0.005, 0.01, 0.03, 0.04 times m, m−1, …:
    # 4·0.005 = 0.02, 3·0.01 = 0.03, 2·0.03 = 0.06, 1·0.04 = 0.04;
    # running maximum → 0.02, 0.03, 0.06, 0.06; back in input order: 0.03, 0.06, 0.06, 0.02.
    assert stats.adjust(P, "holm") == pytest.approx([0.03, 0.06, 0.06, 0.02])


def test_benjamini_hochberg_by_hand():
    # Sorted p·m/rank: 0.005·4/1 = 0.02, 0.01·4/2 = 0.02, 0.03·4/3 = 0.04, 0.04·4/4 = 0.04;
    # running minimum from the top changes nothing; in input order: 0.02, 0.04, 0.04, 0.02.
    assert stats.adjust(P, "fdr_bh") == pytest.approx([0.02, 0.04, 0.04, 0.02])


def test_untested_cells_are_not_counted_in_the_correction():
    # Holm over the three real p-values only: 3·0.01 = 0.03, 2·0.02 = 0.04, 1·0.5 = 0.5.
    adjusted = stats.adjust([0.01, math.nan, 0.02, 0.5], "holm")
    assert math.isnan(adjusted[1])
    assert adjusted[[0, 2, 3]] == pytest.approx([0.03, 0.04, 0.5])


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.floats(0, 1) | st.sampled_from([0.0, 0.05, 1.0]), min_size=1, max_size=40),
    st.sampled_from(["holm", "fdr_bh"]),
)
def test_corrections_agree_with_statsmodels(pvalues, method):
    # The corrections are written out in frikommune (statsmodels' Holm runs a gc.collect() per call); statsmodels'
    # multipletests is the independent reference, ties and p of exactly 0 and 1 included.
    from statsmodels.stats.multitest import multipletests

    expected = multipletests(np.array(pvalues), method=method)[1]
    assert stats.adjust(pvalues, method) == pytest.approx(expected, rel=1e-12, abs=1e-15)


def test_unknown_correction_is_refused():
    with pytest.raises(ValueError):
        stats.adjust(P, "bonferroni")


# --- shares --------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "k, n, low, high",
    [
        # Newcombe (1998), Statistics in Medicine 17:857–872, Table I, method 3 (Wilson score, no continuity correction).
        (81, 263, 0.2553, 0.3662),
        (15, 148, 0.0624, 0.1605),
        (0, 20, 0.0000, 0.1611),
        (1, 29, 0.0061, 0.1718),
    ],
)
def test_wilson_interval_matches_newcombe_1998(k, n, low, high):
    assert stats.wilson_interval(k, n) == pytest.approx((low, high), abs=5e-5)


def test_two_proportion_test_by_hand_and_as_chi_square():
    # 30/100 vs 45/100: pooled 75/200 = 0.375, SE = √(0.375·0.625·(1/100 + 1/100)) = 0.0684653,
    # z = (0.30 − 0.45)/0.0684653 = −2.19089, p = 2·Φ(−2.19089) = 0.028460; z² is the chi-square without Yates.
    p = stats.two_proportion_test(30, 100, 45, 100)
    assert p == pytest.approx(0.028460, abs=1e-6)
    chi2_p = scipy.stats.chi2_contingency([[30, 70], [45, 55]], correction=False).pvalue
    assert p == pytest.approx(chi2_p, rel=1e-9)


def test_two_proportion_test_without_variation_is_not_a_test():
    assert math.isnan(stats.two_proportion_test(0, 50, 0, 60))


def test_compare_shares_flags_a_clearly_different_share():
    # Rebild 20 % against nine municipalities at about 50 %; Aalborg's rest (Rebild included) is 47 % vs its 50 %.
    others = {
        "Aalborg": 100,
        "Brønderslev": 102,
        "Frederikshavn": 98,
        "Hjørring": 101,
        "Jammerbugt": 99,
        "Mariagerfjord": 100,
        "Morsø": 97,
        "Thisted": 103,
        "Vesthimmerland": 100,
    }
    df = pd.DataFrame({"municipality_id": ["Rebild", *others], "k": [40, *others.values()], "n": 200})
    result = stats.compare_shares(df).set_index("municipality_id")
    assert bool(result.loc["Rebild", "significant"]) and result.loc["Rebild", "direction"] == "lower"
    assert not result.loc["Aalborg", "significant"] and result.loc["Aalborg", "direction"] == "same"
    assert result.loc["Rebild", "rest_share"] == pytest.approx(900 / 1800)  # the nine others sum to 900 of 1800
    assert (result.loc["Rebild", "ci_low"], result.loc["Rebild", "ci_high"]) == pytest.approx(
        stats.wilson_interval(40, 200)
    )


# --- comparing municipalities --------------------------------------------------------------------------------------


def synthetic_network(seed=20240611):
    """Ten municipalities answering alike, Rebild clearly lower, Frederikshavn drawn from the same distribution."""
    rng = np.random.default_rng(seed)
    alike = [0.05, 0.10, 0.25, 0.35, 0.25]
    lower = [0.30, 0.30, 0.20, 0.15, 0.05]
    names = [
        "Aalborg",
        "Brønderslev",
        "Frederikshavn",
        "Hjørring",
        "Jammerbugt",
        "Læsø",
        "Mariagerfjord",
        "Morsø",
        "Thisted",
        "Vesthimmerland",
    ]
    hists = {name: dict(zip(range(1, 6), rng.multinomial(300, alike).tolist())) for name in names}
    hists["Rebild"] = dict(zip(range(1, 6), rng.multinomial(300, lower).tolist()))
    return hists


def test_compare_histograms_flags_the_municipality_made_different_and_not_one_made_equal():
    result = stats.compare_histograms(frame(**synthetic_network())).set_index("municipality_id")
    assert bool(result.loc["Rebild", "significant"])
    assert result.loc["Rebild", "direction"] == "lower"
    assert not result.loc["Frederikshavn", "significant"]
    assert result.loc["Frederikshavn", "direction"] == "same"
    assert result.loc["Rebild", "p_rank_adj"] < 0.05  # the rank test, shown beside, agrees


def test_each_municipality_is_tested_against_the_pooled_rest_of_its_group():
    hists = synthetic_network()
    group = ["Rebild", "Aalborg", "Thisted", "Morsø"]
    result = stats.compare_histograms(frame(**hists), group=group).set_index("municipality_id")
    assert list(result.index) == group
    own = expand(hists["Rebild"])
    rest = np.concatenate([expand(hists[m]) for m in group[1:]])
    assert result.loc["Rebild", "rest_mean"] == pytest.approx(rest.mean())
    assert result.loc["Rebild", "p_welch"] == pytest.approx(
        scipy.stats.ttest_ind(own, rest, equal_var=False).pvalue, rel=1e-9
    )
    assert result.loc["Rebild", "p_rank"] == pytest.approx(
        scipy.stats.mannwhitneyu(own, rest, alternative="two-sided", method="asymptotic").pvalue, rel=1e-9
    )
    low, high = scipy.stats.t.interval(0.95, len(own) - 1, loc=own.mean(), scale=scipy.stats.sem(own))
    assert (result.loc["Rebild", "ci_low"], result.loc["Rebild", "ci_high"]) == pytest.approx((low, high))
    everyone = np.concatenate([expand(hists[m]) for m in group])
    assert result["group_mean"].iloc[0] == pytest.approx(everyone.mean())


def test_counts_of_one_answer_in_several_rows_are_added_up():
    whole = frame(**synthetic_network())
    # Every count split over two rows, as two uploaded batches of one wave give, in any order; an answer no one gave.
    first = whole.assign(n=whole["n"] // 2)
    split = pd.concat(
        [first, whole.assign(n=whole["n"] - first["n"]), frame(Aalborg={6: 0})], ignore_index=True
    ).sample(frac=1, random_state=1)
    pd.testing.assert_frame_equal(stats.compare_histograms(split), stats.compare_histograms(whole))


def test_four_answers_are_suppressed_and_five_are_not():
    hists = synthetic_network()
    hists["Læsø"] = {2: 2, 4: 2}  # n = 4
    hists["Morsø"] = {1: 1, 3: 2, 5: 2}  # n = 5
    result = stats.compare_histograms(frame(**hists)).set_index("municipality_id")

    laesoe, morsoe = result.loc["Læsø"], result.loc["Morsø"]
    assert laesoe["suppressed"] and laesoe["n"] == 4
    assert all(math.isnan(laesoe[c]) for c in ["mean", "ci_low", "ci_high", "p_welch", "p_rank", "p_welch_adj"])
    assert not laesoe["significant"]
    assert not morsoe["suppressed"] and morsoe["mean"] == pytest.approx((1 + 6 + 10) / 5)
    # Ten municipalities are tested, so Holm multiplies the smallest p by 10, not 11.
    assert result["p_welch"].min() * 10 == pytest.approx(result["p_welch_adj"].min())
    # The suppressed answers stay out of the group line, so it cannot be differenced back out.
    shown = np.concatenate([expand(h) for m, h in hists.items() if m != "Læsø"])
    assert result["group_mean"].iloc[0] == pytest.approx(shown.mean())


def test_a_municipality_in_the_group_without_answers_is_listed_as_suppressed():
    result = stats.compare_histograms(frame(**synthetic_network()), group=["Aalborg", "Rebild", "Nowhere"])
    assert result.set_index("municipality_id").loc["Nowhere", "suppressed"]


def test_suppress_small_blanks_values_below_the_threshold_only():
    df = pd.DataFrame(
        {"municipality_id": [1, 2], "n": [4, 5], "k": [1, 2], "share": [0.25, 0.4], "group_share": [0.3, 0.3]}
    )
    out = stats.suppress_small(df)
    assert out["suppressed"].tolist() == [True, False]
    assert math.isnan(out.loc[0, "k"]) and math.isnan(out.loc[0, "share"])
    assert out.loc[1, "share"] == 0.4 and out.loc[1, "k"] == 2
    assert out["n"].tolist() == [4, 5] and out["group_share"].tolist() == [0.3, 0.3]
    assert df.loc[0, "share"] == 0.25  # the input is left alone


def test_report_means_get_no_interval_and_say_why():
    df = pd.DataFrame({"municipality_id": ["Rebild", "Aalborg", "Læsø"], "mean": [3.1, 3.9, 2.0], "n": [80, 120, 3]})
    result = stats.compare_report_means(df).set_index("municipality_id")
    assert not {"ci_low", "ci_high", "sd", "p_welch", "p"} & set(result.columns)
    assert result.loc["Rebild", "why_no_ci"].startswith("Rapporten oplyser kun gennemsnit og antal svar")
    assert "confidence interval" in stats.compare_report_means(df, lang="en")["why_no_ci"].iloc[0]
    assert result.loc["Læsø", "suppressed"] and math.isnan(result.loc["Læsø", "mean"])
    assert result["group_mean"].iloc[0] == pytest.approx((3.1 * 80 + 3.9 * 120) / 200)


# --- plain words ---------------------------------------------------------------------------------------------------


def row(p_adj, significant, direction, suppressed=False):
    return pd.Series(
        {"p_welch_adj": p_adj, "significant": significant, "direction": direction, "suppressed": suppressed}
    )


def test_significant_finding_in_danish_uses_a_decimal_comma():
    sentence = findings.finding_sentence(row(0.0123, True, "lower"), "Rebild", "holm")
    assert sentence == "Rebild ligger signifikant under netværkets gennemsnit (p = 0,01 efter Holm-korrektion)."


def test_significant_finding_in_english():
    sentence = findings.finding_sentence(row(0.0123, True, "lower"), "Rebild", "holm", lang="en")
    assert sentence == "Rebild is significantly below the network average (p = 0.01 after Holm correction)."


def test_not_significant_finding_names_benjamini_hochberg():
    sentence = findings.finding_sentence(row(0.43, False, "same"), "Thisted", "fdr_bh")
    assert sentence == (
        "Thisted er ikke signifikant forskellig fra netværkets gennemsnit "
        "(p = 0,43 efter Benjamini-Hochberg-korrektion)."
    )


def test_suppressed_finding_says_too_few_answers():
    assert (
        findings.finding_sentence(row(math.nan, False, None, True), "Læsø", "holm")
        == "For få svar til at sammenligne (under 5)."
    )


def test_sentence_for_a_real_comparison_row():
    result = stats.compare_histograms(frame(**synthetic_network())).set_index("municipality_id")
    sentence = findings.finding_sentence(result.loc["Rebild"], "Rebild", "holm")
    assert sentence.startswith("Rebild ligger signifikant under netværkets gennemsnit (p ")
    assert "." not in sentence.removesuffix(".").replace("p < 0,001", "")  # Danish decimals: no decimal point
