"""Where a figure comes from, in words: document, annex section and line (DESIGN §7: source under every chart)."""

from __future__ import annotations

import html

import pandas as pd

DOC_NAMES = {
    "000_71766aee2a796972.txt": ("Aalborg Kommunes webside om frikommuneforsøg", "Aalborg Municipality web page"),
    "001_8aed834aa35d5a3e.txt": (
        "Oversigt over forsøg ønsket permanentgjort",
        "Overview of experiments to make permanent",
    ),
    "002_43ed0633f447e672.txt": ("Statusnotat til Beskæftigelsesudvalget 2017", "Status note to the committee 2017"),
    "003_dd6b408d530566e6.txt": ("Bilagsmappe 2, evalueringer 2020", "Annex folder 2, evaluations 2020"),
    "004_3012870ef777511f.txt": ("Præsentation af konklusioner", "Presentation of conclusions"),
}


def doc_name(doc: str, lang: str = "da") -> str:
    """The document's human name."""
    names = DOC_NAMES.get(doc)
    return names[0 if lang == "da" else 1] if names else doc


def _annex(section: str, lang: str) -> str:
    return section if lang == "da" else section.replace("Bilag", "Annex")


# The words the extractor's source names are made of (document, annex, table, figure), in English. Section headings
# the source gives in its own words stay Danish, as a quote would.
SOURCE_WORDS_ENGLISH = (
    ("tekst til", "text of"),
    ("Bilag", "Annex"),
    ("Tabel", "Table"),
    ("Figur", "Figure"),
    ("Webside", "Web page"),
    ("Præsentation", "Presentation"),
    ("Statusnotat", "Status note"),
    ("tilsagnsskrivelse", "approval letter"),
    ("evalueringsdesign", "evaluation design"),
    ("ansøgning", "application"),
    ("sammenfatning", "summary"),
    ("datagrundlag", "data"),
    ("indledning", "introduction"),
    ("tekst", "text"),
)


def source_name(source: object, lang: str) -> str:
    """Where a series is printed ('Bilag 14.a, Tabel 0-10'), in ``lang``; '' for none."""
    text = "" if source is None or (isinstance(source, float) and source != source) else str(source)
    if lang == "en":
        for danish, english in SOURCE_WORDS_ENGLISH:
            text = text.replace(danish, english)
    return text


def cite(doc: str, line: int, lang: str = "da", section: str = "") -> str:
    """'Bilagsmappe 2, evalueringer 2020, Bilag 13, linje 5441' — one figure's source in words.

    ``section`` is the annex section the extractor wrote beside the figure ('' outside the annex folder).
    """
    parts = [doc_name(doc, lang)]
    if section:
        parts.append(_annex(section, lang))
    parts.append(f"{'linje' if lang == 'da' else 'line'} {line}")
    return ", ".join(parts)


def cite_rows(rows: pd.DataFrame, lang: str = "da", limit: int = 6) -> str:
    """The distinct sources of a set of facts, grouped by document and annex section, lines listed."""
    if rows.empty:
        return ""
    sections = rows["section"] if "section" in rows else pd.Series("", index=rows.index)
    groups: dict[tuple[str, str], list[int]] = {}
    for doc, section, line in zip(rows["source_doc"], sections.fillna(""), rows["source_line"]):
        groups.setdefault((doc, section), []).append(int(line))
    word = "linje" if lang == "da" else "line"
    texts = []
    for (doc, section), lines in groups.items():
        lines = sorted(set(lines))
        shown = ", ".join(map(str, lines[:limit])) + (" …" if len(lines) > limit else "")
        annex_text = _annex(section, lang) + ", " if section else ""
        label = word if len(lines) == 1 else ("linjer" if lang == "da" else "lines")
        texts.append(f"{doc_name(doc, lang)} ({doc}), {annex_text}{label} {shown}")
    return "; ".join(texts)


def quoted(quote: object, lang: str = "da") -> str:
    """A source quote for a markdown line (render with unsafe_allow_html): in Danish »the quote«; in English a
    marker whose hover text is the Danish original, since the sources are Danish and we do not translate them."""
    text = html.escape(str(quote), quote=True)  # a source line may hold "<" or quotes
    if lang == "da":
        return f"»{text}«"
    return f'<abbr title="{text}">(quote in Danish)</abbr>'
