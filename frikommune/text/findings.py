"""A statistical comparison in one plain sentence, with a Danish- or English-format p-value."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any, Literal

import pandas as pd

from frikommune.domain.stats import CORRECTION_NAMES, DEFAULT_MIN_N, REFERENCE_NAMES, Correction, Lang
from frikommune.text import formatting


def finding_sentence(
    row: Mapping[str, Any] | pd.Series,
    municipality_name: str,
    correction: Correction = "holm",
    lang: Lang = "da",
    *,
    min_n: int = DEFAULT_MIN_N,
    reference: Literal["network", "group"] = "network",
) -> str:
    """One plain sentence for a row of compare_histograms or compare_shares, with a Danish- or English-format p."""
    if bool(row["suppressed"]):
        return (
            f"For få svar til at sammenligne (under {formatting.number(min_n, lang=lang)})."
            if lang == "da"
            else f"Too few answers to compare (under {formatting.number(min_n, lang=lang)})."
        )
    p = row["p_welch_adj"] if "p_welch_adj" in row else row["p_adj"]
    against = REFERENCE_NAMES[reference][lang]
    if p is None or (isinstance(p, float) and math.isnan(p)):
        # Nobody left to compare with, or no variation at all: say so rather than print "p = –".
        return (
            f"{municipality_name} kan ikke testes mod {against}."
            if lang == "da"
            else f"{municipality_name} cannot be tested against {against}."
        )
    after = (
        f"({formatting.p_value(float(p), lang)} efter {CORRECTION_NAMES[correction]['da']})"
        if lang == "da"
        else f"({formatting.p_value(float(p), lang)} after {CORRECTION_NAMES[correction]['en']})"
    )
    if bool(row["significant"]):
        if lang == "da":
            side = "over" if row["direction"] == "higher" else "under"
            return f"{municipality_name} ligger signifikant {side} {against} {after}."
        side = "above" if row["direction"] == "higher" else "below"
        return f"{municipality_name} is significantly {side} {against} {after}."
    if lang == "da":
        return f"{municipality_name} er ikke signifikant forskellig fra {against} {after}."
    return f"{municipality_name} is not significantly different from {against} {after}."
