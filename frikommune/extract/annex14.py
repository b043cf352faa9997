"""Extraction of annex14 (placeholder until written)."""

from frikommune.extract.common import Part


def part() -> Part:
    return Part(name="annex14")
