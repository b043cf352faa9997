"""Extraction of annex13_15 (placeholder until written)."""

from frikommune.extract.common import Part


def part() -> Part:
    return Part(name="annex13_15")
