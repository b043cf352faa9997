"""The benchmark's own logic (not its timings): which pages it opens, what its load clients send, its bounds."""

from __future__ import annotations

import pytest

from bench import browser, load, report
from bench.measure import REPO


def test_every_page_of_the_navigation_is_measured_at_its_address(tmp_path):
    pages = browser.app_pages()
    assert len(pages) >= 10
    defaults = [name for name, path in pages if path == ""]
    assert len(defaults) == 1  # the start page is the root address
    for name, _path in pages:
        assert (REPO / "pages" / f"{name}.py").is_file()
    # A page added to app.py, with an address of its own, is picked up without touching the benchmark.
    app_py = tmp_path / "app.py"
    app_py.write_text(
        'PAGES = [("pages/a.py", "t", "i", True), ("pages/b_c.py", "t", "i", False)]\n'
        'URL_PATHS = {"pages/b_c.py": "bee-see"}\n',
        encoding="utf-8",
    )
    assert browser.app_pages(app_py) == [("a", ""), ("b_c", "bee-see")]


def test_the_load_client_sends_what_a_browser_sends():
    from streamlit.proto.BackMsg_pb2 import BackMsg

    msg = BackMsg()
    msg.ParseFromString(
        load.rerun_msg("lang=en", "satisfaction", "http://127.0.0.1:1/satisfaction?lang=en", {"b", "a"})
    )
    assert msg.WhichOneof("type") == "rerun_script"
    state = msg.rerun_script
    assert (state.query_string, state.page_name) == ("lang=en", "satisfaction")
    assert list(state.cached_message_hashes) == ["a", "b"]
    assert state.context_info.url.endswith("/satisfaction?lang=en")


@pytest.mark.parametrize(
    "kwargs",
    [
        {"sessions": 0},
        {"sessions": load.MAX_SESSIONS + 1},
        {"seconds": load.MAX_PHASE_S + 1},
        {"base_url": "http://example.org:8501"},
    ],
)
def test_the_load_step_is_bounded_and_stays_on_the_loopback_interface(kwargs):
    args = {"server": "app", "base_url": "http://127.0.0.1:1", "page": "", "sessions": 2, "seconds": 1.0} | kwargs
    with pytest.raises(ValueError):
        load.phase(**args)


def test_percentiles():
    assert load.percentile([], 95) is None
    assert load.percentile([3.0], 95) == 3.0
    assert load.percentile([float(x) for x in range(1, 101)], 95) == pytest.approx(95.05)
    assert load.percentile([1.0, 2.0], 50) == pytest.approx(1.5)


def test_a_page_that_failed_to_show_its_chart_fails_the_target():
    results = {
        "first_chart_vs_minimal_max": 1.1,
        "first_chart_vs_minimal_max_page": "overview",
        "first_chart_failed_pages": [],
    }
    assert report.with_targets(dict(results))["targets"]["first_chart_vs_minimal_max"]["met"] is True
    failed = report.with_targets(dict(results, first_chart_failed_pages=["compare"]))
    assert failed["targets"]["first_chart_vs_minimal_max"]["met"] is False
    assert report.with_targets({"load_errors": 1})["targets"]["load_errors"]["met"] is False
    assert report.with_targets({"load_throughput_vs_minimal": 0.7})["targets"]["load_throughput_vs_minimal"]["met"]
