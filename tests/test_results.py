"""The report's figures as charts: titles true to the one line they describe, totals named by whom they cover."""

from __future__ import annotations

import re

import pandas as pd

from frikommune import results


def _quarters(series: str, values: list[float], municipality: str = "total") -> pd.DataFrame:
    return pd.DataFrame({
        "municipality_id": municipality, "municipality": "I alt", "series": series, "respondent_group": "",
        "period": ["2017Q1", "2018Q1", "2019Q1", "2020Q1"][: len(values)], "value": values,
    })


def test_a_time_series_title_compares_one_line_with_itself():
    # Two series of one measure (like Bilag 16.a's kontanthjælp and S&H): the title may not go from one to the other.
    df = pd.concat([_quarters("Kontanthjælp", [205, 190, 240, 249]), _quarters("S&H", [12, 20, 25, 30])],
                   ignore_index=True)
    lines = df["series"]
    title = results.time_series_title(df, lines, "Aktiverede", "count", "da")
    assert re.search(r"fra 205 \(2017Q1\) til 249 \(2020Q1\)", title), title
    assert "30" not in title


def test_a_total_is_named_by_the_municipalities_it_covers():
    assert results.scope_label("total", ["Aalborg", "Brønderslev", "Hjørring"], "da") == \
        "I alt for Aalborg, Brønderslev og Hjørring"
    assert results.scope_label("total", ["Aalborg", "Rebild"], "en") == "Total for Aalborg and Rebild"
    assert results.scope_label("network", [], "da") == "Hele netværket"
    assert results.scope_label("aalborg", None, "da") is None
