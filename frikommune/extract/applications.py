"""Extraction of applications (placeholder until written)."""

from frikommune.extract.common import Part


def part() -> Part:
    return Part(name="applications")
