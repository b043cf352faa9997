"""Extraction of annex16_17 (placeholder until written)."""

from frikommune.extract.common import Part


def part() -> Part:
    return Part(name="annex16_17")
