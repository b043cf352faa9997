"""Kept for old imports: the identifiers live in :mod:`frikommune.vocabulary`, which new code imports."""

from frikommune.vocabulary import (  # noqa: F401
    ALL_EXPERIMENTS,
    COMBINED_UNITS,
    COMPARISON,
    COMPARISON_GROUP,
    EXPERIMENT_IDS,
    FAMILIES,
    GENERAL,
    MUNICIPALITY_IDS,
    NETWORK,
    RESPONDENT_GROUPS,
    THEME_IDS,
    TOTAL,
    UNITS,
)
