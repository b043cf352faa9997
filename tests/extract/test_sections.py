"""The extractor places every line of the annex folder in its annex section by the headings, not by line numbers."""

from __future__ import annotations

from frikommune.extract.sections import section_of
from frikommune.extract.seed_text import ANNEX, WEB, find_line


def test_a_line_is_placed_in_the_annex_whose_heading_precedes_it(seeds):
    saving = find_line(ANNEX, "samlet set sparet ca. 12,2 mio. kr.")  # Bilag 13's total
    assert section_of(ANNEX, saving) == "Bilag 13"
    psychology = find_line(ANNEX, "17.a Bilag til forsøg: Psykologbehandling", 200)
    assert section_of(ANNEX, psychology) == section_of(ANNEX, psychology + 10) == "Bilag 17.a"
    assert section_of(ANNEX, psychology - 1) == "Bilag 16.a"


def test_the_table_of_contents_and_other_documents_have_no_section(seeds):
    assert section_of(ANNEX, 14) == ""  # the table of contents lists 'Bilag 1 –' with its page number
    assert section_of(WEB, 20) == ""
