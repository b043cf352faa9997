"""The Ændringer page and data versions in the app (AppTest): the page names what an upload moved, a link with
``?v=N`` shows the figures of version N after later uploads, a bad ``v`` says so, and an error in a page shows an
incident id that the server log carries with the traceback. Uploads are tiny and synthetic (SYNTETISK ids)."""

from __future__ import annotations

import base64
import json
import logging
import re

import numpy as np

from frikommune.domain import changes
from frikommune.ingest import ingest
from tests.pages.conftest import texts
from tests.test_changes import QUESTION, answers

PAGE = "pages/aendringer.py"


def upload(root, data: bytes, name: str) -> None:
    assert ingest(data, name, str(root), key_name="konsulent-nord").accepted


def plotted_means(at) -> list[float]:
    """The means the chart of the uploaded question draws (its title names the question)."""
    specs = [json.loads(chart.proto.spec) for chart in at.get("plotly_chart")]
    [spec] = [s for s in specs if QUESTION in json.dumps(s["layout"].get("title"), ensure_ascii=False)]
    return [round(float(v), 2) for trace in spec["data"] for v in values(trace.get("x"))]


def values(axis) -> list[float]:
    """An axis of a plotly spec as numbers: plain lists, or the base64 arrays plotly writes for numpy data."""
    if isinstance(axis, dict) and "bdata" in axis:
        return np.frombuffer(base64.b64decode(axis["bdata"]), dtype=np.dtype(axis["dtype"])).tolist()
    return [v for v in axis or [] if isinstance(v, (int, float))]


def test_the_page_lists_an_upload_with_the_figure_it_moved_and_hides_internals_from_visitors(app, data_root):
    upload(data_root, answers("Aalborg", [3, 4, 3, 4, 3]), "syntetisk-foerste.csv")
    at = app(PAGE)
    shown = texts(at)
    assert at.title[0].value == "Ændringer i data"
    assert "Ændring 1: upload" in shown
    assert f"Aalborgs gennemsnit på »{QUESTION}« (borgere, bølge 2021): – → 3,4 (N 0 → 5)" in shown
    assert "blev 5 svar fra 5 respondenter tilføjet (bølge 2021)." in shown
    assert "konsulent-nord" not in shown and "syntetisk-foerste.csv" not in shown  # visitors see results only
    [link] = [link for link in at.get("page_link") if "Tilfredshed efter ændring 1" in link.proto.label]
    assert "tilf_up_vis=true" in link.proto.query_string  # it opens the uploaded waves, the figures that moved


def test_the_page_in_english_says_the_same(app, data_root):
    upload(data_root, answers("Aalborg", [3, 4, 3, 4, 3]), "a.csv")
    shown = texts(app(PAGE, lang="English"))
    assert f"Aalborg's mean on “{QUESTION}” (citizens, wave 2021): – → 3.4 (N 0 → 5)" in shown


def test_a_link_with_v_shows_the_older_figure_after_a_later_upload(app, data_root):
    upload(data_root, answers("Aalborg", [3, 4, 3, 4, 3], tag="a"), "a.csv")
    upload(data_root, answers("Aalborg", [4, 4, 4, 4, 4], tag="b"), "b.csv")  # Aalborg's mean 3,4 -> 3,7
    latest = app("pages/satisfaction.py", tilf_up_vis="true")
    assert 3.7 in plotted_means(latest) and 3.4 not in plotted_means(latest)
    assert not latest.info or "efter ændring" not in texts(latest)
    pinned = app("pages/satisfaction.py", v="1", tilf_up_vis="true")
    assert 3.4 in plotted_means(pinned) and 3.7 not in plotted_means(pinned)
    assert "Du ser data som de var efter ændring 1 (" in texts(pinned)
    [latest_link] = [link for link in pinned.get("page_link") if link.proto.label == "Vis nyeste"]
    assert "v=" not in latest_link.proto.query_string and latest_link.proto.page.endswith("satisfaction")
    # The change log as of version 1 ends at change 1; the newest shows change 2 and what it moved.
    assert "Ændring 2" not in texts(app(PAGE, v="1"))
    assert "3,4 → 3,7 (N 5 → 10)" in texts(app(PAGE))


def test_an_invalid_or_future_version_says_so_and_shows_the_latest(app, data_root):
    upload(data_root, answers("Aalborg", [3, 4, 3, 4, 3]), "a.csv")
    for bad in ("abc", "99", "0", "-1", "1e9", "<b>x</b>"):
        at = app("pages/satisfaction.py", v=bad, tilf_up_vis="true")
        warning = " ".join(w.value for w in at.warning)
        assert "findes ikke" in warning and "Du ser de nyeste data" in warning, bad
        assert 3.4 in plotted_means(at)
    english = app(PAGE, v="99", lang="English")
    assert "does not exist" in " ".join(w.value for w in english.warning)


def test_an_error_in_a_page_shows_an_incident_id_that_the_server_log_carries(app, data_root, monkeypatch, caplog):
    def broken(db, limit=50):
        raise RuntimeError("the log store fell over")

    monkeypatch.setattr(changes, "changes", broken)
    with caplog.at_level(logging.ERROR, logger="frikommune.app"):
        at = app(PAGE)
    [error] = at.error
    found = re.search(r"fejlkoden ([0-9a-f]{8})", error.value)
    assert found, error.value
    assert "RuntimeError" not in texts(at) and "Traceback" not in texts(at)  # no internals for visitors
    [record] = [r for r in caplog.records if r.name == "frikommune.app"]
    assert found.group(1) in record.getMessage()
    assert record.exc_info and "the log store fell over" in str(record.exc_info[1])
