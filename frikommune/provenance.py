"""Where a figure comes from, in words: document, annex section and line (DESIGN §7: source under every chart)."""

from __future__ import annotations

import bisect

import pandas as pd

DOC_NAMES = {
    "000_71766aee2a796972.txt": ("Aalborg Kommunes webside om frikommuneforsøg", "Aalborg Municipality web page"),
    "001_8aed834aa35d5a3e.txt": ("Oversigt over forsøg ønsket permanentgjort", "Overview of experiments to make permanent"),
    "002_43ed0633f447e672.txt": ("Statusnotat til Beskæftigelsesudvalget 2017", "Status note to the committee 2017"),
    "003_dd6b408d530566e6.txt": ("Bilagsmappe 2, evalueringer 2020", "Annex folder 2, evaluations 2020"),
    "004_3012870ef777511f.txt": ("Præsentation af konklusioner", "Presentation of conclusions"),
}

# First body line of each annex section in 003 (from its table of contents and headings).
_ANNEX_STARTS = [
    (142, "Bilag 1"), (1768, "Bilag 2"), (2518, "Bilag 3"), (3440, "Bilag 4"), (3501, "Bilag 5"), (3554, "Bilag 6"),
    (3622, "Bilag 7"), (4336, "Bilag 8"), (4520, "Bilag 9"), (5064, "Bilag 10"), (5198, "Bilag 11"), (5330, "Bilag 12"),
    (5422, "Bilag 13"), (5470, "Bilag 14.a"), (5996, "Bilag 14.b"), (6840, "Bilag 14.c"), (6945, "Bilag 14.d"),
    (6980, "Bilag 15.a"), (7788, "Bilag 15.b"), (8001, "Bilag 15.c"), (8074, "Bilag 15.d"), (8096, "Bilag 16.a"),
    (8691, "Bilag 17.a"), (9140, "Bilag 17.b"), (9736, "Bilag 17.c"),
]
_STARTS = [line for line, _ in _ANNEX_STARTS]


def annex_of(doc: str, line: int) -> str:
    """The annex section of Bilagsmappe 2 a line belongs to ('Bilag 13'), or '' for the other documents."""
    if not doc.startswith("003_"):
        return ""
    i = bisect.bisect_right(_STARTS, line) - 1
    return _ANNEX_STARTS[i][1] if i >= 0 else ""


def doc_name(doc: str, lang: str = "da") -> str:
    """The document's human name."""
    names = DOC_NAMES.get(doc)
    return names[0 if lang == "da" else 1] if names else doc


def cite(doc: str, line: int, lang: str = "da") -> str:
    """'Bilagsmappe 2, evalueringer 2020, Bilag 13, linje 5441' — one figure's source in words."""
    parts = [doc_name(doc, lang)]
    annex = annex_of(doc, line)
    if annex:
        parts.append(annex if lang == "da" else annex.replace("Bilag", "Annex"))
    parts.append(f"{'linje' if lang == 'da' else 'line'} {line}")
    return ", ".join(parts)


def cite_rows(rows: pd.DataFrame, lang: str = "da", limit: int = 6) -> str:
    """The distinct sources of a set of facts, grouped by document and annex, lines listed."""
    if rows.empty:
        return ""
    groups: dict[tuple[str, str], list[int]] = {}
    for doc, line in rows[["source_doc", "source_line"]].drop_duplicates().itertuples(index=False):
        groups.setdefault((doc, annex_of(doc, int(line))), []).append(int(line))
    word = "linje" if lang == "da" else "line"
    texts = []
    for (doc, annex), lines in groups.items():
        lines = sorted(set(lines))
        shown = ", ".join(map(str, lines[:limit])) + (" …" if len(lines) > limit else "")
        annex_text = (annex if lang == "da" else annex.replace("Bilag", "Annex")) + ", " if annex else ""
        label = word if len(lines) == 1 else ("linjer" if lang == "da" else "lines")
        texts.append(f"{doc_name(doc, lang)} ({doc}), {annex_text}{label} {shown}")
    return "; ".join(texts)
