"""Sources are cited in words a reader can follow back to the document."""

import pandas as pd

from frikommune.text import citations


def test_a_citation_names_document_annex_and_line():
    text = citations.cite("003_dd6b408d530566e6.txt", 5441, section="Bilag 13")
    assert text == "Bilagsmappe 2, evalueringer 2020, Bilag 13, linje 5441"
    assert citations.cite("003_dd6b408d530566e6.txt", 5441, "en", "Bilag 13").endswith("Annex 13, line 5441")
    assert citations.cite("000_71766aee2a796972.txt", 20) == "Aalborg Kommunes webside om frikommuneforsøg, linje 20"


def test_many_facts_are_cited_once_per_document_and_annex():
    rows = pd.DataFrame({
        "source_doc": ["003_dd6b408d530566e6.txt"] * 3 + ["000_71766aee2a796972.txt"],
        "section": ["Bilag 13"] * 3 + [""],
        "source_line": [5441, 5445, 5441, 20],
    })
    text = citations.cite_rows(rows)
    assert text.count("Bilagsmappe 2") == 1 and "Bilag 13, linjer" in text
    assert "linjer 5441, 5445" in text
    assert "Aalborg Kommunes webside" in text and "linje 20" in text
