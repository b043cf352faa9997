"""The extractor's text helpers (frikommune.extract.seed_text), each on a few lines of a seed built in the test.

These need no source documents: every test writes its own small seed and points $FRIKOMMUNE_SEEDS at it.
"""

from __future__ import annotations

import pytest

from frikommune.extract import seed_text
from frikommune.extract.seed_text import (
    cell_number,
    cell_quote,
    cells,
    find_line,
    heading,
    is_decimal,
    is_missing,
    line_text,
    number_words_in,
    numbers_in,
    only_number,
    parse_number,
    table_municipality,
    value_is_printed,
)

DOC = "seed.txt"
# A table of contents entry, then the same heading in the body, then a small table as the PDF dump prints one:
# tab-separated cells, a label written once above (line 6 starts with an empty cell), a long question as label.
LINES = [
    "Indhold",
    "14.a Bilag til forsøg\t12",
    "",
    "14.a Bilag til forsøg",
    "Kommune\tSvarprocent\tAntal",
    "\tAalborg \t 74 %\t1.102",
    "Samlet\t61,3\t-",
    "I hvilken grad er samtalen relevant for dig\t4,1\t3,9",
    "14.a Bilag til forsøg",
]


@pytest.fixture(autouse=True)
def seed(tmp_path, monkeypatch):
    (tmp_path / DOC).write_text("\n".join(LINES), encoding="utf-8")
    monkeypatch.setenv("FRIKOMMUNE_SEEDS", str(tmp_path))
    seed_text.seed_lines.cache_clear()  # the lines are cached per document name
    yield
    seed_text.seed_lines.cache_clear()


# --- lines and headings ---------------------------------------------------------------------------------------


def test_line_numbers_start_at_one():
    assert line_text(DOC, 1) == "Indhold"


def test_find_line_returns_the_first_line_containing_the_text():
    assert find_line(DOC, "Bilag til forsøg") == 2


def test_find_line_searches_from_start():
    assert find_line(DOC, "Bilag til forsøg", start=3) == 4


def test_find_line_raises_when_the_text_is_absent():
    with pytest.raises(ValueError, match="not found"):
        find_line(DOC, "Bilag 99")


def test_heading_skips_the_table_of_contents_entry():
    assert heading(DOC, "14.a Bilag til forsøg") == 4


def test_heading_searches_from_start():
    assert heading(DOC, "14.a Bilag til forsøg", start=5) == 9


def test_heading_raises_when_no_line_is_exactly_the_text():
    with pytest.raises(ValueError, match="no heading line"):
        heading(DOC, "14.a Bilag")


# --- table rows -----------------------------------------------------------------------------------------------


def test_cells_are_unstripped_by_default():
    assert cells(DOC, 6) == ["", "Aalborg ", " 74 %", "1.102"]


def test_cells_are_stripped_when_asked():
    assert cells(DOC, 6, strip=True) == ["", "Aalborg", "74 %", "1.102"]


def test_cell_quote_runs_from_the_row_label_to_the_cell():
    assert cell_quote(DOC, 7, 1) == "Samlet\t61,3"


def test_cell_quote_leaves_out_leading_empty_cells():
    assert cell_quote(DOC, 6, 3) == "Aalborg \t 74 %\t1.102"


def test_cell_quote_keeps_white_space_at_its_ends_by_default():
    assert cell_quote(DOC, 6, 1) == "Aalborg "


def test_cell_quote_trim_drops_white_space_at_its_ends():
    assert cell_quote(DOC, 6, 1, trim=True) == "Aalborg"


def test_cell_quote_label_words_keeps_the_end_of_a_long_label():
    assert cell_quote(DOC, 8, 1, label_words=3) == "relevant for dig\t4,1"


def test_cell_quote_is_a_substring_of_its_line():
    for index in range(4):
        assert cell_quote(DOC, 6, index) in line_text(DOC, 6)


@pytest.mark.parametrize("cell", ["", " ", "-", "–", ".", "N/A", "Ingen data"])
def test_missing_marks_are_missing(cell):
    assert is_missing(cell)


def test_zero_is_not_missing():
    assert not is_missing("0")


def test_table_municipality_maps_a_printed_name_to_its_id():
    assert table_municipality("Hjørring") == "hjoerring"


def test_table_municipality_maps_samlet_to_the_network():
    assert table_municipality("Samlet") == "network"


def test_table_municipality_is_none_for_other_labels():
    assert table_municipality("Kommune") is None


def test_table_municipality_keeps_a_respondent_count_by_default():
    assert table_municipality("Aalborg (N=101)") is None


def test_table_municipality_drops_a_respondent_count_when_asked():
    assert table_municipality(" Aalborg (N=1.101) ", drop_n=True) == "aalborg"


# --- numbers --------------------------------------------------------------------------------------------------


def test_parse_number_reads_thousands_dots():
    assert parse_number("6.406") == 6406


def test_parse_number_reads_a_decimal_comma():
    assert parse_number("4,21") == 4.21


def test_parse_number_returns_the_printed_figure_before_its_scale():
    assert parse_number("ca. 12,2 mio. kr.") == 12.2


def test_parse_number_is_none_without_digits():
    assert parse_number("ingen tal her") is None


def test_numbers_in_applies_a_scale_word():
    assert numbers_in("12,2 mio. kr.") == [12.2, 12_200_000]


def test_numbers_in_reads_a_dash_as_a_minus_sign():
    assert numbers_in("-3,5 og –2") == [-3.5, -2]


def test_cell_number_is_the_first_number_of_the_cell():
    assert cell_number("74 % (N=40)") == 74


def test_cell_number_raises_for_a_cell_without_a_number():
    with pytest.raises(ValueError, match="no number"):
        cell_number("-")


def test_only_number_reads_a_percentage_cell():
    assert only_number("68,00%") == 68


def test_only_number_is_none_for_a_label_with_numbers():
    assert only_number("0-4 uger") is None


def test_only_number_is_none_for_a_missing_mark():
    assert only_number(".") is None


def test_is_decimal_for_a_decimal_comma():
    assert is_decimal("61,3")


def test_is_decimal_not_for_a_whole_number():
    assert not is_decimal("1.102")


def test_number_words_in_reads_danish_number_words_in_order():
    assert number_words_in("fire af jeres syv ansøgninger") == [4, 7]


def test_number_words_in_leaves_out_the_article_en():
    assert number_words_in("en ansøgning") == []


def test_value_is_printed_ignores_a_dash_used_as_a_bullet():
    assert value_is_printed(12, "- 12 borgere")


def test_value_is_printed_accepts_a_number_word():
    assert value_is_printed(10, "ti forsøg")


def test_value_is_printed_refuses_a_figure_not_in_the_quote():
    assert not value_is_printed(13, "12 borgere")
