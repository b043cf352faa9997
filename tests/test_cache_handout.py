"""What ``cache.cached`` hands out of a shared answer: the caller's own copies, made only of what it reads."""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from frikommune.app import cache


@dataclass
class Part:
    frame: pd.DataFrame
    notes: list[str] = field(default_factory=list)


def shared() -> dict:
    return {"a": Part(pd.DataFrame({"x": [1, 2]}), ["n"]), "b": Part(pd.DataFrame({"x": [3]}))}


def test_a_dict_is_the_callers_own_and_every_value_read_is_a_copy():
    answer = shared()
    mine = cache._handed_out(answer)
    for read in (mine["a"], mine.get("a"), dict(mine)["a"], {**mine}["a"], dict(mine.items())["a"], mine.copy()["a"]):
        read.frame.loc[0, "x"] = 99
        read.notes.append("changed")
    for value in mine.values():
        value.frame["y"] = 0
    mine["c"] = "new"
    del mine["b"]
    assert list(answer) == ["a", "b"]
    assert answer["a"].frame["x"].tolist() == [1, 2] and "y" not in answer["a"].frame
    assert answer["a"].notes == ["n"]
    assert isinstance(mine, dict) and sorted(mine) == ["a", "c"] and mine.get("zzz", 5) == 5


def test_values_never_read_are_never_copied(monkeypatch):
    copied = []
    real = cache._handed_out
    monkeypatch.setattr(cache, "_handed_out", lambda v: copied.append(v) or real(v))
    answer = {str(i): pd.DataFrame({"x": [i]}) for i in range(100)}
    mine = real(answer)
    assert copied == []  # handing out the dict copies none of its hundred frames
    assert mine["7"]["x"].tolist() == [7]
    assert len(copied) == 1


def test_nested_dicts_are_handed_out_the_same_way():
    answer = {"outer": {"inner": pd.DataFrame({"x": [1]})}}
    inner = cache._handed_out(answer)["outer"]["inner"]
    inner.loc[0, "x"] = 5
    assert answer["outer"]["inner"]["x"].tolist() == [1]
