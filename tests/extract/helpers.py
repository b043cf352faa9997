"""Small look-ups over an extraction part's facts, shared by the per-annex spot checks."""

from __future__ import annotations


def pick(part, **where) -> list:
    """Facts whose attributes equal ``where`` (keys: municipality_id, measure_id, period, respondent_group, ...)."""
    return [f for f in part.facts if all(getattr(f, k) == v for k, v in where.items())]


def one(part, **where) -> float:
    """The value of the single fact matching ``where``; fails if there is none or more than one."""
    found = pick(part, **where)
    assert len(found) == 1, (where, found)
    return found[0].value
