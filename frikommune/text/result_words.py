"""A result series in words: whom a total covers, the chart's title from its own values, a table for people."""

from __future__ import annotations

import pandas as pd

from frikommune.domain.result_series import (
    SERIES_ATTRIBUTES,
    categories,
    headline_series,
    in_period_order,
    kind,
)
from frikommune.text import citations, formatting, i18n
from frikommune.text.group_words import group_name, period_name

WORDS = {
    "da": {"highest": "højest", "lowest": "lavest", "in": "i", "from": "fra", "to": "til", "only": "kun ét tal"},
    "en": {"highest": "highest", "lowest": "lowest", "in": "in", "from": "from", "to": "to", "only": "one figure"},
}


def scope_label(municipality_id: str, names: object, lang: str) -> str | None:
    """Whom a total covers, in words ('I alt for Aalborg, Brønderslev og Hjørring'); None for a municipality."""
    if municipality_id in ("network", "comparison", "general"):
        return i18n.t(f"scope.{municipality_id}", lang)
    if municipality_id != "total":
        return None
    listed = [str(n) for n in names] if names is not None else []
    if len(listed) > 3:  # a long list would crowd the chart's labels out: the count here, the names in the table
        return i18n.t("scope.total_count", lang, count=len(listed))
    members = formatting.names_list(listed, lang)
    return i18n.t("scope.total", lang, names=members) if members else i18n.t("scope.some", lang)


def in_language(df: pd.DataFrame, lang: str) -> pd.DataFrame:
    """``df`` with a ``series`` column (the series label in ``lang``), totals named by whom they cover and the
    groups named in ``lang``."""
    totals = [scope_label(m, names, lang) for m, names in zip(df["municipality_id"], df["scope_names"])]
    return df.assign(
        series=df[f"series_{lang}"],
        municipality=[t or name for t, name in zip(totals, df["municipality"])],
        respondent_group=[group_name(g, lang) for g in df["respondent_group"]],
        period=[period_name(p, lang) for p in df["period"]],
    )


def _attribute_text(attribute: str, value: object, lang: str) -> str:
    if attribute == "target_group":
        return group_name(value, lang) or i18n.t("results.no_target_group", lang)
    return citations.source_name(value, lang)


def choice_labels(choices: pd.DataFrame, lang: str) -> list[str]:
    """The picker's text per series (rows of ``series_choices``): its label, and where labels repeat, what tells
    those series apart (the target group, else where the source prints it); every text is different."""
    labels = choices["label"].astype(str).tolist()
    texts = []
    for i, label in enumerate(labels):
        same = choices[[other == label for other in labels]]
        text = label
        for attribute in SERIES_ATTRIBUTES:
            if len(same) > 1 and attribute in choices and same[attribute].fillna("").nunique() > 1:
                text = f"{label} · {_attribute_text(attribute, choices[attribute].iloc[i], lang)}"
                break
        texts.append(text)
    seen: dict[str, int] = {}
    for i, text in enumerate(texts):  # the same label, group and source twice: numbered, as the source orders them
        seen[text] = seen.get(text, 0) + 1
        if seen[text] > 1:
            texts[i] = f"{text} ({seen[text]})"
    return texts


def series_context(df: pd.DataFrame, lang: str) -> str:
    """Whom the series counts, for the line under a chart's title: its target group, and the one place all its
    figures are of when the chart's labels name only groups ('' when there is neither)."""
    parts = []
    if "target_group" in df and (group := group_name(df["target_group"].iloc[0], lang)):
        parts.append(i18n.t("results.target_group", lang, group=group))
    if df["respondent_group"].nunique() > 1 and df["municipality"].nunique() == 1:
        parts.append(str(df["municipality"].iloc[0]))
    return " · ".join(parts)


def value_text(value: float, unit: str, lang: str) -> str:
    """A value with its unit in words, as titles print it."""
    return formatting.value_with_unit(value, unit, lang)


def _focus(df: pd.DataFrame, cats: pd.Series, highlight: str | None) -> str | None:
    """The category a title speaks of: the highlighted municipality, else the total; None when neither is drawn."""
    if highlight is not None and (df["municipality_id"] == highlight).any():
        return cats[df["municipality_id"] == highlight].iloc[0]
    totals = df["municipality_id"].isin(["network", "total"])
    return cats[totals].iloc[0] if totals.any() else None


MAX_LINES_NAMED = 3  # lines a title follows one by one when none is chosen and no total is drawn


def _movement(line: pd.DataFrame, unit: str, lang: str) -> str:
    """One line's first and last value with their periods ('fra 61,3 uger (2017-06) til 45,8 uger (2020-04)')."""
    w = WORDS[lang]
    line = in_period_order(line)
    first, last = line.iloc[0], line.iloc[-1]
    if len(line) == 1:
        return f"{value_text(first['value'], unit, lang)} ({first['period']})"
    return (
        f"{w['from']} {value_text(first['value'], unit, lang)} ({first['period']}) "
        f"{w['to']} {value_text(last['value'], unit, lang)} ({last['period']})"
    )


def series_title(df: pd.DataFrame, label: str, unit: str, lang: str, highlight: str | None = None) -> str:
    """The chart's title from the one series drawn: the chosen line's (or the total's) first and last value, every
    line's when there are a few and neither is drawn, else where it is highest and lowest. Every number in it is a
    value of ``df``."""
    w = WORDS[lang]
    cats = categories(df)
    form = kind(df)
    if len(df) == 1:
        return f"{label}, {cats.iloc[0]}: {value_text(df['value'].iloc[0], unit, lang)} ({df['period'].iloc[0]})"
    if form in ("time", "change"):
        focus = _focus(df, cats, highlight)
        if focus is not None and (cats == focus).sum() >= 2:
            return f"{label}, {focus}: {_movement(df[cats == focus], unit, lang)}"
        # Without a chosen line or a total, naming only the first line hid the others the chart draws.
        if focus is None and 1 < cats.nunique() <= MAX_LINES_NAMED:
            lines = [f"{place} {_movement(df[cats == place], unit, lang)}" for place in cats.unique()]
            return f"{label}: {'; '.join(lines)}"
        if focus is None and cats.nunique() == 1:
            return f"{label}, {cats.iloc[0]}: {_movement(df, unit, lang)}"
    if cats.nunique() == 1 and len(df) <= 4:  # one place, a few periods (estimates): each value with its period
        ordered = in_period_order(df)
        values = [f"{value_text(v, unit, lang)} ({p})" for v, p in zip(ordered["value"], ordered["period"])]
        return f"{label}, {cats.iloc[0]}: {formatting.names_list(values, lang)}"
    top, bottom = df["value"].idxmax(), df["value"].idxmin()
    return (
        f"{label}: {w['highest']} {w['in']} {cats[top]} ({value_text(df['value'][top], unit, lang)}), "
        f"{w['lowest']} {w['in']} {cats[bottom]} ({value_text(df['value'][bottom], unit, lang)})"
    )


def key_figures(figures: pd.DataFrame, lang: str) -> pd.DataFrame:
    """One line per experiment for a printed profile: the headline series' latest figure beside its total.

    ``figures`` are one municipality's facts with ``network_value`` (queries/municipalities/facts_with_network).
    """
    rows = []
    for _, part in figures.groupby("experiment_id", sort=False):
        headline = headline_series(part, lang)
        last = in_period_order(headline).iloc[-1]
        rows.append(
            {
                "experiment": last[f"title_{lang}"],
                "series": last[f"series_{lang}"],
                "period": last["period"],
                "value": formatting.value_with_unit(last["value"], last["unit"], lang),
                "total": ""
                if pd.isna(last["network_value"])
                else formatting.value_with_unit(last["network_value"], last["unit"], lang),
                "source_doc": last["source_doc"],
                "section": last["section"],
                "source_line": last["source_line"],
            }
        )
    return pd.DataFrame(rows)


def table(df: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The figures as a table for people: readable column names, source columns kept."""
    names = {
        "da": {
            "municipality": "Kommune",
            "series": "Serie",
            "respondent_group": "Gruppe",
            "period": "Periode",
            "note": "Note",
            "value": "Værdi",
            "n": "N",
            "source_doc": "Kilde",
            "source_line": "Linje",
            "source_quote": "Citat",
        },
        "en": {
            "municipality": "Municipality",
            "series": "Series",
            "respondent_group": "Group",
            "period": "Period",
            "note": "Note (in Danish)",
            "value": "Value",
            "n": "N",
            "source_doc": "Source",
            "source_line": "Line",
            "source_quote": "Quote (in Danish)",
        },
    }[lang]
    return df[list(names)].rename(columns=names)
