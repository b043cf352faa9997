"""Statistics for comparing municipalities: where one differs significantly from the rest of the network (DESIGN §6).

Survey answers arrive as answer histograms (one row per municipality × answer value with a count ``n``, DESIGN §8).
The histogram is a sufficient statistic for everything here, so every function works on counts and never expands to
one row per respondent: cost grows with municipalities × answer values, not with people.
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np
import pandas as pd
from scipy import special, stats
from statsmodels.stats.proportion import proportion_confint, proportions_ztest

Correction = Literal["holm", "fdr_bh"]
Lang = Literal["da", "en"]
Histogram = Mapping[int, int] | pd.Series | pd.DataFrame

CORRECTION_NAMES: dict[str, dict[str, str]] = {
    "holm": {"da": "Holm-korrektion", "en": "Holm correction"},
    "fdr_bh": {"da": "Benjamini-Hochberg-korrektion", "en": "Benjamini-Hochberg correction"},
}

WHY_NO_CI: dict[str, str] = {
    "da": "Rapporten oplyser kun gennemsnit og antal svar, ikke spredning, så der kan ikke beregnes "
    "konfidensinterval eller test.",
    "en": "The report gives only the mean and the number of answers, not the spread, so no confidence interval "
    "or test can be calculated.",
}

# What the sentence compares against: the whole network, or a peer group the user picked.
REFERENCE_NAMES: dict[str, dict[str, str]] = {
    "network": {"da": "netværkets gennemsnit", "en": "the network average"},
    "group": {"da": "sammenligningsgruppens gennemsnit", "en": "the comparison group average"},
}

DEFAULT_MIN_N = 5


@dataclass(frozen=True)
class Summary:
    """Mean of an answer histogram with its spread and 95 % t-interval; NaN where n is too small to say."""

    n: int
    mean: float
    sd: float
    sem: float
    ci_low: float
    ci_high: float


# ---------------------------------------------------------------------------------------------------------------
# Histograms as counts
# ---------------------------------------------------------------------------------------------------------------


def _as_counts(hist: Histogram) -> tuple[np.ndarray, np.ndarray]:
    """Sorted distinct answer values and their counts (float, > 0); DataFrame rows are pooled by answer."""
    if isinstance(hist, pd.DataFrame):
        _require_columns(hist, ["answer", "n"])
        pooled = hist.groupby("answer", sort=True)["n"].sum()
        values, counts = pooled.index.to_numpy(dtype=float), pooled.to_numpy(dtype=float)
    else:
        items = hist.items()
        pairs = sorted((float(a), float(c)) for a, c in items)
        values = np.array([a for a, _ in pairs], dtype=float)
        counts = np.array([c for _, c in pairs], dtype=float)
        values, inverse = np.unique(values, return_inverse=True)  # a Mapping has unique keys, a Series may not
        counts = np.bincount(inverse, weights=counts, minlength=len(values)) if len(values) else counts
    _check_counts(values, counts)
    keep = counts > 0
    return values[keep], counts[keep]


def _check_counts(values: np.ndarray, counts: np.ndarray) -> None:
    # "ved ikke" must be dropped before stats; a missing answer value would silently poison the mean.
    if not np.all(np.isfinite(values)):
        raise ValueError("answer values must be finite numbers (drop 'ved ikke' before computing statistics)")
    if not np.all(np.isfinite(counts)) or np.any(counts < 0) or np.any(counts != np.round(counts)):
        raise ValueError("counts must be whole numbers ≥ 0")


def _moments(counts: np.ndarray, values: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Row-wise n, mean and sample variance (ddof=1) of count rows over ``values``; NaN where undefined."""
    counts = np.atleast_2d(counts)
    n = counts.sum(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        mean = (counts * values).sum(axis=1) / n
        # Two-pass (deviations from the mean) rather than E[x²]−E[x]²: no cancellation with millions of answers.
        ss = (counts * (values - mean[:, None]) ** 2).sum(axis=1)
        var = np.where(n >= 2, ss / (n - 1), np.nan)
    mean = np.where(n >= 1, mean, np.nan)
    return n, mean, var


def _t_interval(n: np.ndarray, mean: np.ndarray, sd: np.ndarray, level: float) -> tuple[np.ndarray, np.ndarray]:
    """Student-t interval mean ± t·sd/√n; degenerate [mean, mean] when every answer is the same."""
    with np.errstate(divide="ignore", invalid="ignore"):
        half = stats.t.ppf(0.5 + level / 2, n - 1) * sd / np.sqrt(n)
    return mean - half, mean + half


def describe_histogram(counts: Histogram, level: float = 0.95) -> Summary:
    """n, mean, SD (ddof=1), SEM and t-interval of an answer histogram, equal to those of the expanded answers."""
    values, c = _as_counts(counts)
    n, mean, var = _moments(c[None, :], values)
    sd = np.sqrt(var)
    low, high = _t_interval(n, mean, sd, level)
    return Summary(
        n=int(n[0]),
        mean=float(mean[0]),
        sd=float(sd[0]),
        sem=float(sd[0] / math.sqrt(n[0])) if n[0] else math.nan,
        ci_low=float(low[0]),
        ci_high=float(high[0]),
    )


def _welch_p(n1, m1, v1, n2, m2, v2) -> np.ndarray:
    """Row-wise two-sided Welch p-values from summary statistics; NaN where a side has fewer than 2 answers."""
    with warnings.catch_warnings(), np.errstate(divide="ignore", invalid="ignore"):
        warnings.simplefilter("ignore", RuntimeWarning)
        result = stats.ttest_ind_from_stats(m1, np.sqrt(v1), n1, m2, np.sqrt(v2), n2, equal_var=False)
    p = np.asarray(result.pvalue, dtype=float)
    return np.where((np.asarray(n1) >= 2) & (np.asarray(n2) >= 2), p, np.nan)


def welch_from_histograms(a: Histogram, b: Histogram) -> float:
    """Two-sided Welch p-value of two answer histograms, as scipy's ttest_ind(equal_var=False) on the answers."""
    va, ca = _as_counts(a)
    vb, cb = _as_counts(b)
    n1, m1, v1 = _moments(ca[None, :], va)
    n2, m2, v2 = _moments(cb[None, :], vb)
    return float(_welch_p(n1, m1, v1, n2, m2, v2)[0])


def _mann_whitney_p(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Row-wise two-sided Mann-Whitney p-values for count rows ``a`` and ``b`` on one sorted grid of answer values.

    Mirrors scipy.stats.mannwhitneyu(method='asymptotic', use_continuity=True): every answer with the same value
    gets the midrank of its tie block, and the tie block sizes are exactly the pooled counts per value.
    """
    a, b = np.atleast_2d(a).astype(float), np.atleast_2d(b).astype(float)
    ties = a + b
    below = np.cumsum(ties, axis=1) - ties
    midrank = below + (ties + 1) / 2
    n1, n2 = a.sum(axis=1), b.sum(axis=1)
    u1 = (a * midrank).sum(axis=1) - n1 * (n1 + 1) / 2
    u = np.maximum(u1, n1 * n2 - u1)
    n = n1 + n2
    with np.errstate(divide="ignore", invalid="ignore"):
        tie_term = (ties**3 - ties).sum(axis=1)
        s = np.sqrt(n1 * n2 / 12 * ((n + 1) - tie_term / (n * (n - 1))))
        z = (u - n1 * n2 / 2 - 0.5) / s  # −0.5: continuity correction, as scipy does for the survival function
    # All answers tied gives s = 0 and z = −inf: p clips to 1, exactly as scipy does.
    p = np.clip(2 * special.ndtr(-z), 0.0, 1.0)
    return np.where((n1 > 0) & (n2 > 0), p, np.nan)


def mann_whitney_from_histograms(a: Histogram, b: Histogram) -> float:
    """Two-sided Mann-Whitney U p-value (normal approximation, tie and continuity corrections) from counts alone."""
    va, ca = _as_counts(a)
    vb, cb = _as_counts(b)
    grid = np.union1d(va, vb)
    row_a = np.zeros(len(grid))
    row_b = np.zeros(len(grid))
    row_a[np.searchsorted(grid, va)] = ca
    row_b[np.searchsorted(grid, vb)] = cb
    return float(_mann_whitney_p(row_a, row_b)[0])


# ---------------------------------------------------------------------------------------------------------------
# Multiple comparisons, shares
# ---------------------------------------------------------------------------------------------------------------


def adjust(pvalues: Sequence[float] | np.ndarray, method: Correction = "holm") -> np.ndarray:
    """P-values adjusted for multiple comparisons (Holm or Benjamini-Hochberg); NaN stays NaN and is not counted."""
    if method not in CORRECTION_NAMES:
        raise ValueError(f"method must be one of {sorted(CORRECTION_NAMES)}, not {method!r}")
    p = np.asarray(pvalues, dtype=float)
    out = np.full(p.shape, np.nan)
    tested = ~np.isnan(p)
    if np.any((p[tested] < 0) | (p[tested] > 1)):
        raise ValueError("p-values must lie in [0, 1]")
    # Untested cells (suppressed, no rest to compare with) are not comparisons, so they must not inflate m.
    if tested.any():
        out[tested] = _holm(p[tested]) if method == "holm" else _benjamini_hochberg(p[tested])
    return out


# Holm and Benjamini-Hochberg written out rather than statsmodels' multipletests: its Holm branch runs a full
# gc.collect() on every call (60 ms, holding every session's thread), twice per comparison. The test suite checks
# these against multipletests.
def _holm(p: np.ndarray) -> np.ndarray:
    """Holm's step-down adjustment: sorted ascending, p times (m, m-1, ..., 1), running maximum, capped at 1."""
    order = np.argsort(p, kind="stable")
    stepped = np.maximum.accumulate(p[order] * np.arange(len(p), 0, -1))
    out = np.empty_like(p)
    out[order] = np.minimum(stepped, 1.0)
    return out


def _benjamini_hochberg(p: np.ndarray) -> np.ndarray:
    """Benjamini-Hochberg: sorted ascending, p times m / rank, running minimum from the largest, capped at 1."""
    order = np.argsort(p, kind="stable")
    scaled = p[order] * len(p) / np.arange(1, len(p) + 1)
    stepped = np.minimum.accumulate(scaled[::-1])[::-1]
    out = np.empty_like(p)
    out[order] = np.minimum(stepped, 1.0)
    return out


def wilson_interval(k: int, n: int, level: float = 0.95) -> tuple[float, float]:
    """Wilson score interval for k successes of n, as fractions; (NaN, NaN) when n is 0."""
    if n <= 0:
        return math.nan, math.nan
    low, high = proportion_confint(k, n, alpha=1 - level, method="wilson")
    return float(low), float(high)


def two_proportion_test(k1: int, n1: int, k2: int, n2: int) -> float:
    """Two-sided p of the pooled two-proportion z-test; NaN if a side is empty or nobody (or everybody) said yes."""
    if n1 <= 0 or n2 <= 0:
        return math.nan
    pooled = (k1 + k2) / (n1 + n2)
    # With a pooled share of 0 or 1 there is no variation; statsmodels would divide 0 by 0 and warn.
    if pooled in (0.0, 1.0):
        return math.nan
    _, p = proportions_ztest(np.array([k1, k2]), np.array([n1, n2]), alternative="two-sided")
    return float(p)


# ---------------------------------------------------------------------------------------------------------------
# Small cells
# ---------------------------------------------------------------------------------------------------------------


def suppress_small(
    df: pd.DataFrame,
    n_col: str = "n",
    threshold: int = DEFAULT_MIN_N,
    value_cols: Sequence[str] | None = None,
    flag_col: str = "suppressed",
) -> pd.DataFrame:
    """A copy with ``value_cols`` blanked where ``n_col`` < threshold (or unknown) and ``flag_col`` marking those rows.

    ``value_cols=None`` blanks every numeric column except ``n_col``, identifiers (``*_id``) and columns about the
    others (``rest_*``, ``group_*``); name the columns when a frame does not follow that convention.
    """
    out = df.copy()
    # An unknown n cannot be shown to be large enough, so it is suppressed too.
    small = ~(out[n_col] >= threshold).fillna(False).to_numpy(dtype=bool)
    if value_cols is None:
        value_cols = [
            c
            for c in out.columns
            if c != n_col
            and pd.api.types.is_numeric_dtype(out[c])
            and not pd.api.types.is_bool_dtype(out[c])
            and not str(c).endswith("_id")
            and not str(c).startswith(("rest_", "group_"))
        ]
    for col in value_cols:
        # Series.where upcasts ints to float instead of raising on NaN (pandas 3 refuses silent upcasts in .loc).
        out[col] = out[col].where(~small)
    previous = out[flag_col].to_numpy(dtype=bool) if flag_col in out.columns else False
    out[flag_col] = small | previous
    return out


# ---------------------------------------------------------------------------------------------------------------
# Comparing municipalities
# ---------------------------------------------------------------------------------------------------------------


def _require_columns(df: pd.DataFrame, columns: Sequence[str]) -> None:
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise ValueError(f"missing columns: {missing}")


def _municipalities(df: pd.DataFrame, group: Sequence[Any] | None) -> list[Any]:
    """The peer group in the order given (duplicates dropped), or every municipality in ``df`` in sorted order."""
    if group is not None:
        return list(dict.fromkeys(group))
    return list(pd.Index(pd.unique(df["municipality_id"])).sort_values())


def _count_grid(rows: pd.DataFrame, ids: list[Any], values: np.ndarray) -> np.ndarray:
    """Counts summed per municipality (rows, in ``ids`` order) and answer value (columns, ``values``), 0 where none.

    What ``pivot_table(...).reindex(ids, values)`` gives, in numpy: the pivot was half of a comparison's time, and a
    comparison is computed on every change of question. Answers missing or not among ``values`` are left out."""
    row = pd.Index(ids).get_indexer(rows["municipality_id"])
    col = pd.Index(values).get_indexer(rows["answer"])
    counts = rows["n"].to_numpy(dtype=float)
    keep = (row >= 0) & (col >= 0) & ~np.isnan(counts)
    grid = np.zeros((len(ids), len(values)))
    np.add.at(grid, (row[keep], col[keep]), counts[keep])
    return grid


def _direction(significant: np.ndarray, diff: np.ndarray, suppressed: np.ndarray) -> list[str | None]:
    return [
        None if sup else ("higher" if d > 0 else "lower") if sig else "same"
        for sig, d, sup in zip(significant, diff, suppressed)
    ]


def compare_histograms(
    hist: pd.DataFrame,
    group: Sequence[Any] | None = None,
    correction: Correction = "holm",
    alpha: float = 0.05,
    min_n: int = DEFAULT_MIN_N,
) -> pd.DataFrame:
    """One row per municipality of the group: mean with 95 % CI, tested against the pooled rest of the group.

    ``significant`` means the Welch p-value after ``correction`` across the tested municipalities is below ``alpha``;
    the Mann-Whitney rank test (``p_rank``, ``p_rank_adj``) is shown beside it, because the answers are ordinal, but
    does not decide the flag. ``direction`` is 'higher'/'lower' when significant, else 'same' (missing when
    suppressed). Municipalities with n < ``min_n`` are suppressed: no mean, CI or p, not tested, not
    counted in the correction, and — so that the group line minus the shown municipalities cannot reveal them — left
    out of the rest and of the group line (``group_n``, ``group_mean``, the pooled mean of the shown municipalities).
    """
    _require_columns(hist, ["municipality_id", "answer", "n"])
    ids = _municipalities(hist, group)
    rows = hist[hist["municipality_id"].isin(ids)].astype({"answer": float})
    values, _ = _as_counts(rows[["answer", "n"]])  # validates; the grid is every answer value present
    own = _count_grid(rows, ids, values)  # municipalities × answer values
    n, mean, var = _moments(own, values)
    suppressed = n < min_n

    pool = own[~suppressed].sum(axis=0)
    group_n, group_mean, _ = _moments(pool[None, :], values)
    # The rest of a shown municipality is the pool without it; a suppressed one is not in the pool to begin with.
    rest = np.where(suppressed[:, None], pool[None, :], pool[None, :] - own)
    rest_n, rest_mean, rest_var = _moments(rest, values)

    sd = np.sqrt(var)
    ci_low, ci_high = _t_interval(n, mean, sd, 0.95)
    p_welch = np.where(suppressed, np.nan, _welch_p(n, mean, var, rest_n, rest_mean, rest_var))
    p_rank = np.where(suppressed, np.nan, _mann_whitney_p(own, rest))
    p_welch_adj = adjust(p_welch, correction)
    p_rank_adj = adjust(p_rank, correction)
    significant = np.nan_to_num(p_welch_adj, nan=1.0) < alpha

    def shown(column: np.ndarray) -> np.ndarray:  # what suppress_small blanks, done before the frame is built
        return np.where(suppressed, np.nan, column)

    return pd.DataFrame(
        {
            "municipality_id": ids,
            "n": n.astype(int),
            "mean": shown(mean),
            "ci_low": shown(ci_low),
            "ci_high": shown(ci_high),
            "rest_n": rest_n.astype(int),
            "rest_mean": rest_mean,
            "p_welch": shown(p_welch),
            "p_rank": shown(p_rank),
            "p_welch_adj": shown(p_welch_adj),
            "p_rank_adj": shown(p_rank_adj),
            "significant": significant,
            "direction": _direction(significant, mean - rest_mean, suppressed),
            "group_n": int(group_n[0]),
            "group_mean": float(group_mean[0]),
            "suppressed": suppressed,
        }
    )


def compare_shares(
    df: pd.DataFrame,
    group: Sequence[Any] | None = None,
    correction: Correction = "holm",
    alpha: float = 0.05,
    min_n: int = DEFAULT_MIN_N,
) -> pd.DataFrame:
    """One row per municipality of the group: share k/n (a fraction) with Wilson 95 % CI, tested against the rest.

    ``significant`` means the two-proportion z-test p after ``correction`` is below ``alpha``. Suppression works as in
    compare_histograms: k, share, CI and p are blanked for n < ``min_n`` and those municipalities are left out of the
    rest, the correction and the group line (``group_share``).
    """
    _require_columns(df, ["municipality_id", "k", "n"])
    ids = _municipalities(df, group)
    sums = df[df["municipality_id"].isin(ids)].groupby("municipality_id")[["k", "n"]].sum().reindex(ids, fill_value=0)
    k, n = sums["k"].to_numpy(dtype=float), sums["n"].to_numpy(dtype=float)
    if np.any((k < 0) | (k > n)):
        raise ValueError("each k must lie between 0 and n")
    suppressed = n < min_n

    group_k, group_n = k[~suppressed].sum(), n[~suppressed].sum()
    rest_k = np.where(suppressed, group_k, group_k - k)
    rest_n = np.where(suppressed, group_n, group_n - n)
    with np.errstate(divide="ignore", invalid="ignore"):
        share, rest_share = k / n, rest_k / rest_n
    intervals = [wilson_interval(int(ki), int(ni)) for ki, ni in zip(k, n)]
    p = np.array(
        [
            math.nan if sup else two_proportion_test(int(ki), int(ni), int(rk), int(rn))
            for ki, ni, rk, rn, sup in zip(k, n, rest_k, rest_n, suppressed)
        ]
    )
    p_adj = adjust(p, correction)
    significant = np.nan_to_num(p_adj, nan=1.0) < alpha

    out = pd.DataFrame(
        {
            "municipality_id": ids,
            "k": k.astype(int),
            "n": n.astype(int),
            "share": share,
            "ci_low": [low for low, _ in intervals],
            "ci_high": [high for _, high in intervals],
            "rest_n": rest_n.astype(int),
            "rest_share": rest_share,
            "p": p,
            "p_adj": p_adj,
            "significant": significant,
            "direction": _direction(significant, share - rest_share, suppressed),
            "group_n": int(group_n),
            "group_share": group_k / group_n if group_n else math.nan,
        }
    )
    return suppress_small(out, "n", min_n, ["k", "share", "ci_low", "ci_high", "p", "p_adj"])


def compare_report_means(df: pd.DataFrame, min_n: int = DEFAULT_MIN_N, *, lang: Lang = "da") -> pd.DataFrame:
    """Report aggregates (mean and N only): n and mean per municipality plus ``why_no_ci``; never a CI or a test.

    The report gives no spread, and inventing one would make an interval look measured when it is not.
    ``group_mean`` is the n-weighted mean of the shown municipalities' means (the pooled mean of their answers).
    """
    _require_columns(df, ["municipality_id", "mean", "n"])
    ids = _municipalities(df, None)
    weighted = df.assign(_sum=df["mean"] * df["n"]).groupby("municipality_id")[["_sum", "n"]].sum().reindex(ids)
    n = weighted["n"].to_numpy(dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        mean = weighted["_sum"].to_numpy(dtype=float) / n
    shown = n >= min_n
    group_n = n[shown].sum()
    out = pd.DataFrame(
        {
            "municipality_id": ids,
            "n": n.astype(int),
            "mean": mean,
            "group_n": int(group_n),
            "group_mean": (mean[shown] * n[shown]).sum() / group_n if group_n else math.nan,
            "why_no_ci": WHY_NO_CI[lang],
        }
    )
    return suppress_small(out, "n", min_n, ["mean"])
