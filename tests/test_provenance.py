"""Sources are cited in words a reader can follow back to the document."""

import pandas as pd

from frikommune.text import citations


def test_a_citation_names_document_annex_and_line():
    text = citations.cite("003_dd6b408d530566e6.txt", 5441, section="Bilag 13")
    assert text == "Bilagsmappe 2, evalueringer 2020, Bilag 13, linje 5441"
    assert citations.cite("003_dd6b408d530566e6.txt", 5441, "en", "Bilag 13").endswith("Annex 13, line 5441")
    assert citations.cite("000_71766aee2a796972.txt", 20) == "Aalborg Kommunes webside om frikommuneforsøg, linje 20"


def test_many_facts_are_cited_once_per_document_and_annex():
    rows = pd.DataFrame(
        {
            "source_doc": ["003_dd6b408d530566e6.txt"] * 3 + ["000_71766aee2a796972.txt"],
            "section": ["Bilag 13"] * 3 + [""],
            "source_line": [5441, 5445, 5441, 20],
        }
    )
    text = citations.cite_rows(rows)
    assert text.count("Bilagsmappe 2") == 1 and "Bilag 13, linjer" in text
    assert "linjer 5441, 5445" in text
    assert "Aalborg Kommunes webside" in text and "linje 20" in text


def test_a_quote_reads_as_itself_in_danish():
    assert citations.quoted("anvendt 5.547 gange", "da") == "»anvendt 5.547 gange«"


def test_in_english_a_quote_is_a_marker_with_the_danish_original_on_hover():
    shown = citations.quoted("anvendt 5.547 gange", "en")
    assert shown.startswith('<abbr title="anvendt 5.547 gange">') and "(quote in Danish)" in shown
    assert "anvendt" not in shown.split(">", 1)[1]  # the Danish is in the title only, not on the page


def test_a_quote_cannot_close_its_tag_or_start_one():
    shown = citations.quoted('under <5 "svar"> her', "en")
    assert "<5" not in shown and '"svar"' not in shown and shown.count("<abbr") == 1
    assert "&lt;5" in citations.quoted("under <5", "da")
