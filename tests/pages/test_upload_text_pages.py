"""No user string renders as markdown or HTML on the pages that show uploaded text: a question named with links,
an image and HTML shows as typed on Tilfredshed and Sammenlign (chart titles, hover, tables) and on Ændringer
(the figures that moved, and the file and key names key holders see). Tiny synthetic uploads (SYNTETISK ids)."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest

from frikommune.ingest import ingest
from tests.pages.conftest import texts
from tests.upload_helpers import EXPERIMENT, csv_bytes

QUESTION = 'Mødt [klik](http://x.invalid/) ![m](http://x.invalid/m.png) <a href="http://x.invalid">q</a> <b>fed</b>'
MARKDOWN = ["](http://x.invalid", "![m]", "<a href", "<b>fed"]  # a link, an image or HTML, where markdown renders
HTML = ["<a href", "<b>fed", "<b>fil", "<b>nøgle"]  # where plotly renders a subset of HTML (titles, hover, ticks)


def hostile_upload(root) -> None:
    table: list[list[object]] = [["Respondent", "Kommune", "Forsøg", "Respondentgruppe", "Dato", "Bølge", QUESTION]]
    for i, value in enumerate([3, 4, 5, 2, 4]):
        table.append([f"SYNTETISK-h-{i + 1}", "Aalborg", EXPERIMENT, "borger", dt.date(2021, 3, 1 + i), "2021", value])
    result = ingest(csv_bytes(table), "**fed** <b>fil.csv", str(root), key_name="<b>nøgle")
    assert result.accepted, [e.message_en for e in result.errors]


def unescaped(markdown: str) -> str:
    """Markdown source without its backslash-escaped characters: what is left can act as markup."""
    return re.sub(r"\\.", " ", markdown)


def markup_left(at) -> list[str]:
    """Raw link, image or HTML markup from the upload in what the page wrote as markdown or drew as charts."""
    markdown = unescaped(texts(at))
    charts = "\n".join(json.dumps(json.loads(c.proto.spec), ensure_ascii=False) for c in at.get("plotly_chart"))
    return [raw for raw in MARKDOWN if raw in markdown] + [raw for raw in HTML if raw in charts]


@pytest.mark.parametrize("page", ["pages/satisfaction.py", "pages/compare.py", "pages/aendringer.py"])
def test_an_uploaded_question_made_of_markup_shows_as_text(app, data_root, page):
    hostile_upload(data_root)
    at = app(page, tilf_up_vis="true")  # the satisfaction page's uploaded waves open (the other pages ignore it)
    charts = " ".join(json.dumps(json.loads(c.proto.spec), ensure_ascii=False) for c in at.get("plotly_chart"))
    assert "Mødt" in texts(at) + charts  # the question is on the page: the check below is not of an empty page
    assert markup_left(at) == []


def test_key_holders_see_file_and_key_names_as_text_on_the_change_log(app, data_root):
    hostile_upload(data_root)
    at = app("pages/aendringer.py")
    at.session_state["upload_key_checked"] = ("fingerprint", "konsulent")  # as the upload page sets it
    at.run()
    assert not at.error, [e.value for e in at.error]
    shown = unescaped(texts(at))
    assert "<b>fil" not in shown and "<b>nøgle" not in shown and "**fed**" not in shown
    assert "fil.csv" in texts(at).replace("\\", "") and "nøgle" in shown  # the names are there, escaped
    assert "Mødt" in shown and markup_left(at) == []
