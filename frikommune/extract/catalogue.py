"""Extraction of the experiment catalogue (placeholder until written)."""

from frikommune.extract.common import Part


def part() -> Part:
    return Part(name="catalogue")


def catalogue_tables() -> dict[str, list[dict[str, str]]]:
    return {}
