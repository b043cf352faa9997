"""Text from a file is text: shown as typed (never a link, image, HTML or formatting), normalised before it becomes
a key (look-alikes are one series), and municipalities matched by their normalised form."""

from __future__ import annotations

import numpy as np
import pytest

from frikommune.data import batches
from frikommune.ingest import ingest, text
from tests.upload_helpers import HEADER, csv_bytes, duck, rows

HOSTILE = [
    "![m](http://example.invalid/m.png)",
    "[klik](http://example.invalid/)",
    '<a href="http://x.invalid">q</a>',
    "<img src=x onerror=alert(1)>",
    "**fed** _kursiv_ `kode`",
    "# overskrift",
    "$x^2$",
    "<script>x</script>",
]


@pytest.fixture(autouse=True)
def _clean_env(no_frikommune_settings):
    """No FRIKOMMUNE_* setting of the machine leaks into these tests (tests/conftest.py)."""


def active_markup(source: str) -> list[str]:
    """The characters in ``source`` that markdown (or the HTML it allows) could act on: every one of
    ``[ ] ( ) < > ! * _ ` # $ ~ |`` not escaped by a backslash (a backslash itself escaped counts as text)."""
    out, i = [], 0
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if ch in "[]()<>!*_`#$~|":
            out.append(ch)
        i += 1
    return out


@pytest.mark.parametrize("value", HOSTILE)
def test_escaped_text_renders_as_typed(value):
    escaped = text.escape_markdown(value)
    assert active_markup(escaped) == []
    assert escaped.replace("\\", "") == value.replace("\\", "")  # nothing lost: shown exactly as typed


@pytest.mark.parametrize("value", HOSTILE)
def test_validation_messages_quote_hostile_cells_as_text(value):
    from frikommune.app.upload_view import issue_markdown

    table = rows(3, seed=91)
    table[1][1] = value  # an unknown municipality: its message quotes the cell
    table[0][5] = value  # and a question named with it
    result = ingest(csv_bytes(table), "x.csv", None, key_name="t", dry_run=True)
    assert not result.accepted
    for lang in ("da", "en"):
        shown = issue_markdown(result.issues, lang)
        body = "\n".join(line[2:] for line in shown.splitlines())  # the "- " of each list item is ours
        assert active_markup(body) == [], body


def test_plotly_labels_escape_markup():
    assert text.escape_html('<a href="http://x">q</a>') == "&lt;a href=&quot;http://x&quot;&gt;q&lt;/a&gt;"


def test_fullwidth_and_zero_width_waves_and_questions_are_one_series(tmp_path):
    table = [HEADER[:5] + ["Bølge", HEADER[5]]]
    for i, wave in enumerate(["2019", "２０１９", "20\u200b19", " 2019\ufeff"]):
        table.append([f"R{i}", "Aalborg", "r1-04-formkrav-samtaler", "borger", "2019-03-01", wave, 3])
    table[0][6] = "Jeg blev\u200b mødt med respekt"  # a zero-width space in the header
    result = ingest(csv_bytes(table), "waves.csv", str(tmp_path), key_name="t")
    assert result.accepted, [i.message_en for i in result.issues]
    assert result.waves == ["2019"]
    (b,) = batches.active_batches(str(tmp_path))
    questions = duck("select distinct question from read_parquet($u)", {"u": b.histogram_url})
    assert questions == [("Jeg blev mødt med respekt",)]


@pytest.mark.parametrize(
    "written", ["Frederikshavn/Læsø", "Frederikshavn og Læsø", "FREDERIKSHAVN/LÆSØ", "frederikshavn-laesoe"]
)
def test_frederikshavn_laesoe_is_the_combined_unit(tmp_path, written):
    table = rows(3, seed=92, municipality=written)
    result = ingest(csv_bytes(table), "fl.csv", str(tmp_path), key_name="t")
    assert result.accepted, [i.message_en for i in result.issues]
    (b,) = batches.active_batches(str(tmp_path))
    assert duck("select distinct municipality_id from read_parquet($u)", {"u": b.answers_url}) == [
        ("frederikshavn-laesoe",)
    ]


@pytest.mark.parametrize("written", ["ＡＡＬＢＯＲＧ", "Aal\u200bborg", "Aalborg\u00a0Kommune", "Hjørring"])
def test_municipalities_match_by_their_normalised_form(written):
    result = ingest(csv_bytes(rows(3, seed=93, municipality=written)), "m.csv", None, key_name="t", dry_run=True)
    assert result.accepted, [i.message_en for i in result.issues]


def test_a_look_alike_letter_is_not_a_municipality_nor_a_near_miss():
    cyrillic = "\u0410alborg"  # Cyrillic А, then "alborg"
    result = ingest(csv_bytes(rows(3, seed=94, municipality=cyrillic)), "c.csv", None, key_name="t", dry_run=True)
    hits = [i for i in result.errors if i.code == "unknown_municipality"]
    assert hits and "mente du" not in hits[0].message_da and "did you mean" not in hits[0].message_en


@pytest.mark.parametrize(
    "odd",
    [
        [],
        [" R1 B", "R2 B ", "R3  B", "R4\tB", "R5\x1cB", "R6\r\nB", "", "\x00R9 B"],  # ASCII white space
        ["R6\u00a0B", "Ｒ7 B", "R8\u200b B", " R1 B"],  # NFKC and invisible characters
    ],
    ids=["plain", "ascii-spacing", "non-ascii"],
)
def test_many_distinct_ids_are_cleaned_like_one(odd):
    """Over 1,000 distinct respondent ids are cleaned column-wise (the fast way); each must come out as
    ``text.clean`` makes it."""
    from frikommune.ingest.validate import _text_fn, classify

    values = np.array([*(f"R{i} B" for i in range(1200)), *odd, None], dtype=object)
    coded, status, _, _ = classify(values, _text_fn)
    got = [coded.values[c] if c >= 0 else None for c in coded.codes]
    assert got == [text.clean(v) or None if v is not None else None for v in values]
    assert status.tolist() == [0 if v else 1 for v in values]
