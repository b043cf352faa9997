"""Accessibility in the real browser: chart titles, names and table alternatives, contrast, a colour-blind-safe
palette with the chosen municipality kept apart, the keyboard alone, and ``<html lang>`` following the language."""

from __future__ import annotations

import numpy as np
import pytest

from frikommune.app import charts
from frikommune.text import i18n
from tests.browser.helpers import (
    MAIN,
    assert_no_error_box,
    fresh_page,
    nudge,
    open_page,
    query,
    rerun_after,
    runs,
    screenshot,
    seed_synthetic_wave,
    wait_until_idle,
)

pytestmark = pytest.mark.browser

# Every page that draws a chart, with a municipality chosen where the page can highlight one.
CHART_PAGES = {
    "overview": "/",
    "experiments": "/experiments",
    "municipalities": "/municipalities?kommune=Rebild",
    "uptake": "/uptake",
    "durations": "/durations?var_kommune=Rebild",
    "savings": "/savings",
    "satisfaction": "/satisfaction",
    "compare": "/compare?kommune=Rebild",
}

# WCAG 2.2 contrast of every piece of text (1.4.3: 4.5:1, large text 3:1), in the page and inside the charts.
CONTRAST_JS = """() => {
  const parse = c => { const m = c && c.match(/rgba?\\(([^)]+)\\)/); if (!m) return null;
    const p = m[1].split(/[\\s,\\/]+/).filter(Boolean).map(Number); return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1]; };
  const over = (top, bottom) => [0, 1, 2].map(i => top[i] * top[3] + bottom[i] * (1 - top[3])).concat([1]);
  // The backgrounds painted under the text: ancestors whose box holds the text's centre (a label drawn above a
  // slider's thumb is a child of the thumb, but not on it).
  const background = el => { const layers = [], r = el.getBoundingClientRect();
    const x = r.left + r.width / 2, y = r.top + r.height / 2;
    for (let e = el; e; e = e.parentElement) { const b = e.getBoundingClientRect();
      if (e !== document.documentElement && e !== document.body && (x < b.left || x > b.right || y < b.top || y > b.bottom)) continue;
      const c = parse(getComputedStyle(e).backgroundColor);
      if (c && c[3] > 0) { layers.push(c); if (c[3] >= 1) break; } }
    return layers.reverse().reduce((acc, c) => over(c, acc), [255, 255, 255, 1]); };
  const lum = c => { const s = c.slice(0, 3).map(v => { v /= 255; return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * s[0] + 0.7152 * s[1] + 0.0722 * s[2]; };
  const ratio = (a, b) => { const x = lum(a), y = lum(b); return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); };
  const needed = cs => { const size = parseFloat(cs.fontSize), bold = parseInt(cs.fontWeight) >= 700;
    return size >= 24 || (bold && size >= 18.66) ? 3 : 4.5; };
  const failures = [], seen = new Set();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const el = walker.currentNode.parentElement;
    if (!walker.currentNode.textContent.trim() || seen.has(el)) continue;
    seen.add(el);
    if (el.closest('[aria-hidden="true"], [disabled], [aria-disabled="true"], noscript, style, script')) continue;
    const box = el.getBoundingClientRect();
    const cs = getComputedStyle(el);
    if (box.width < 2 || box.height < 2 || cs.visibility === 'hidden' || cs.display === 'none') continue;
    let fg, bg;
    if (el.closest('svg')) {
      // Chart text: its fill on the bar it sits in (text inside a bar) or on the white plot.
      fg = parse(el.style.fill || cs.fill);
      const bar = el.classList.contains('bartext-inside') && el.closest('.point')?.querySelector('path');
      bg = bar ? parse(bar.style.fill) : [255, 255, 255, 1];
      if (!fg) continue;
      fg = over([fg[0], fg[1], fg[2], fg[3] * parseFloat(cs.fillOpacity || 1)], bg);
    } else {
      bg = background(el);
      fg = over(parse(cs.color), bg);
    }
    const got = ratio(fg, bg), need = needed(cs);
    if (got + 1e-6 < need) failures.push(`${got.toFixed(2)} < ${need}: "${walker.currentNode.textContent.trim().slice(0, 50)}" (${cs.color} on rgb(${bg.slice(0, 3).map(Math.round)}))`);
  }
  return failures;
}"""

# Per chart: its accessible name, its title, whether a table goes with it, and the colours of its data marks.
CHARTS_JS = """() => [...document.querySelectorAll('[data-testid="stMain"] [data-testid="stPlotlyChart"]')].map(c => {
  const block = c.closest('[data-testid="stVerticalBlock"]');
  const table = [...block.querySelectorAll('[data-testid="stExpander"] summary, [data-testid="stDataFrame"], [data-testid="stTable"]')]
    .some(e => e.tagName !== 'SUMMARY' || /Vis tabel|Show table/.test(e.innerText));
  const fills = [...c.querySelectorAll('.bars .point path, .scatterlayer .point')].map(p => p.style.fill);
  const strokes = [...c.querySelectorAll('.scatterlayer .js-line')].map(p => p.style.stroke);
  const outlines = [...c.querySelectorAll('.scatterlayer .point')].map(p => p.style.stroke);
  const labelled = c.querySelectorAll('.scatterlayer .textpoint').length >= fills.length;  // e.g. the tile map
  return {name: c.getAttribute('aria-label') || '', role: c.getAttribute('role'),
          title: (c.querySelector('.gtitle') || {}).textContent || '', table, fills, strokes, outlines, labelled};
})"""


def rgb(colour: str) -> tuple[int, int, int]:
    if colour.startswith("#"):
        return tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return tuple(int(float(v)) for v in colour[colour.index("(") + 1 : colour.index(")")].split(",")[:3])


def relative_luminance(colour: tuple[int, int, int]) -> float:
    c = np.array(colour) / 255
    c = np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)
    return float(0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2])


def contrast(a: tuple[int, int, int], b: tuple[int, int, int]) -> float:
    x, y = relative_luminance(a), relative_luminance(b)
    return (max(x, y) + 0.05) / (min(x, y) + 0.05)


# Machado, Oliveira & Fernandes (2009), severity 1: what people with each kind of dichromacy see (linear RGB).
DICHROMACY = {
    "protanopia": [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
    "deuteranopia": [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.011820, 0.042940, 0.968881]],
    "tritanopia": [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.303900]],
}


def lab(colour: tuple[int, int, int], kind: str | None = None) -> np.ndarray:
    """CIELAB of ``colour`` (as seen with dichromacy ``kind``)."""
    c = np.array(colour) / 255
    c = np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)
    if kind:
        c = np.clip(np.array(DICHROMACY[kind]) @ c, 0, 1)
    xyz = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]]) @ c
    xyz = xyz / np.array([0.95047, 1.0, 1.08883])
    f = np.where(xyz > 0.008856, np.cbrt(xyz), 7.787 * xyz + 16 / 116)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


def allowed_colour(colour: tuple[int, int, int]) -> bool:
    """Okabe & Ito's palette, the muted grey, the missing-value grey, or a tile of the map's single-hue blue scale."""
    named = {rgb(c) for c in (*charts.PALETTE, charts.MUTED, charts.NETWORK, "#E0E0E0")}
    r, g, b = colour
    blue_scale = b >= g >= r and 107 <= r <= 222  # charts._blue_scale: from (222,235,247) to (107,174,214)
    return colour in named or blue_scale


def test_every_chart_has_a_title_a_name_a_table_readable_contrast_and_safe_colours(app_server, browser):
    seed_synthetic_wave(app_server.root)  # so the survey pages draw their charts too
    problems: list[str] = []
    with fresh_page(browser) as page:
        for name, path in CHART_PAGES.items():
            open_page(page, app_server.url + path)
            assert page.evaluate("document.documentElement.lang") == "da", name
            found = page.evaluate(CHARTS_JS)
            assert found, f"{name}: no chart"
            for number, chart in enumerate(found):
                where = f"{name} chart {number + 1} ({chart['title'][:40]!r})"
                if chart["role"] != "figure" or not chart["name"].strip():
                    problems.append(f"{where}: no accessible name (st.plotly_chart alt=)")
                if len(chart["title"].strip()) < 10:
                    problems.append(f"{where}: no text title")
                if not chart["table"]:
                    problems.append(f"{where}: no table beside it")
                for colour in {*chart["fills"], *chart["strokes"]} - {""}:
                    if not allowed_colour(rgb(colour)):
                        problems.append(f"{where}: {colour} is not in the colour-blind-safe palette")
                # A data mark lighter than 3:1 on white needs a dark outline or a text label (WCAG 1.4.11).
                for fill, outline in zip(chart["fills"], [] if chart["labelled"] else chart["outlines"]):
                    if fill and contrast(rgb(fill), (255, 255, 255)) < 3 and fill not in {c for c in chart["strokes"]}:
                        if not outline or contrast(rgb(outline), (255, 255, 255)) < 3:
                            problems.append(f"{where}: mark {fill} has neither contrast nor an outline")
                            break
            problems += [f"{name}: contrast {failure}" for failure in page.evaluate(CONTRAST_JS)]
            screenshot(page, f"accessibility-{name}")
    assert not problems, "\n".join(problems)


def test_the_chosen_municipality_stands_apart_in_every_kind_of_colour_vision(app_server, browser):
    seed_synthetic_wave(app_server.root)
    highlight, others = rgb(charts.HIGHLIGHT), rgb(charts.OTHERS)
    for kind in (None, *DICHROMACY):
        distance = float(np.linalg.norm(lab(highlight, kind) - lab(others, kind)))
        assert distance > 40, f"highlight and others are {distance:.0f} apart for {kind or 'normal vision'}"
    # Both are graphics people must see on white (WCAG 1.4.11: 3:1).
    assert contrast(highlight, (255, 255, 255)) >= 3 and contrast(others, (255, 255, 255)) >= 3
    with fresh_page(browser) as page:
        # The comparison's dots: exactly one, Rebild's, in the highlight colour; the significant ones also differ in
        # shape (diamond) and carry '*', so colour is never the only clue.
        open_page(page, app_server.url + "/compare?kommune=Rebild")
        chart = page.locator(f'{MAIN} [data-testid="stPlotlyChart"]').first
        fills = chart.evaluate("c => [...c.querySelectorAll('.scatterlayer .point')].map(p => p.style.fill)")
        assert [rgb(f) for f in fills].count(highlight) == 1, fills
        labels = chart.evaluate("c => [...c.querySelectorAll('.ytick text')].map(t => t.textContent)")
        assert "Rebild *" in labels and "Morsø *" in labels, labels
        # The map: only Rebild's tile has the highlight frame.
        open_page(page, app_server.url + "/municipalities?kommune=Rebild")
        frames = page.locator(f'{MAIN} [data-testid="stPlotlyChart"]').first.evaluate(
            "c => [...c.querySelectorAll('.shapelayer path')].map(p => p.style.stroke)"
        )  # the tiles are shapes
        assert [rgb(f) for f in frames].count(highlight) == 1, frames


def test_the_highlight_colour_is_reserved_for_the_chosen_municipality_in_time_series(app_server, browser):
    with fresh_page(browser) as page:
        open_page(page, app_server.url + "/uptake")
        strokes = page.locator(f'{MAIN} [data-testid="stPlotlyChart"]').first.evaluate(
            "c => [...c.querySelectorAll('.scatterlayer .js-line')].map(p => p.style.stroke)"
        )
        assert len(strokes) > 1
        assert rgb(charts.HIGHLIGHT) not in {rgb(s) for s in strokes}, "no municipality is chosen, yet a line is orange"


def tab_to(page, description: str, test_js: str, limit: int = 80, key: str = "Tab") -> None:
    """Press Tab (or ``key``) until the focused element passes ``test_js`` (a function of it): keyboard reachability."""
    for _ in range(limit):
        page.keyboard.press(key)
        if page.evaluate(f"() => {{ const e = document.activeElement; return !!e && ({test_js})(e); }}"):
            return
    raise AssertionError(f"{description} cannot be reached with Tab")


def choose_language_by_keyboard(page, language: str, key: str = "Tab") -> None:
    """Tab into the sidebar's language toggle (a radio group: one tab stop), arrow to ``language``, select it."""
    before = runs(page)
    tab_to(
        page,
        "the language toggle",
        "e => e.getAttribute('role') === 'radio' && !!e.closest('[role=radiogroup][aria-label=\"Sprog / Language\"]')",
        key=key,
    )
    for _ in range(3):
        if page.evaluate("document.activeElement.innerText.trim()") == language:
            break
        page.keyboard.press("ArrowRight")
    assert page.evaluate("document.activeElement.innerText.trim()") == language
    if page.evaluate("document.activeElement.getAttribute('aria-checked')") != "true":
        page.keyboard.press("Space")
    wait_until_idle(page, since=before)


def test_keyboard_alone_switches_language_navigates_chooses_opens_a_table_and_prints(app_server, browser):
    with fresh_page(browser) as page:
        open_page(page, app_server.url)
        assert page.evaluate("document.documentElement.lang") == "da"

        choose_language_by_keyboard(page, "English")
        assert query(page).get("lang") == ["English"]
        assert page.evaluate("document.documentElement.lang") == "en"

        tab_to(
            page,
            "the navigation",
            "e => e.matches('[data-testid=stSidebarNavLink]') && /Municipalities/.test(e.innerText)",
        )
        rerun_after(page, lambda: page.keyboard.press("Enter"))
        page.wait_for_url("**/municipalities**")
        assert page.locator("h1").first.inner_text() == "Municipalities"
        assert page.evaluate("document.documentElement.lang") == "en"  # the language goes along

        tab_to(page, "the municipality picker", "e => e.getAttribute('aria-label') === 'Municipality'")
        page.keyboard.type("Rebild")
        rerun_after(page, lambda: page.keyboard.press("Enter"))
        assert query(page).get("kommune") == ["Rebild"]
        assert page.locator("h2").first.inner_text() == "Rebild"

        tab_to(page, "the chart's table", "e => e.tagName === 'SUMMARY' && /Show table/.test(e.innerText)")
        page.keyboard.press("Enter")
        table = page.locator(f'{MAIN} [data-testid="stExpander"]', has_text="Show table").first
        table.locator('[data-testid="stDataFrame"]').wait_for()
        assert table.locator("details").first.get_attribute("open") is not None

        tab_to(page, "the print view toggle", "e => e.type === 'checkbox'")
        rerun_after(page, lambda: page.keyboard.press("Space"))
        page.wait_for_url("**print=true**")
        assert page.locator(f'{MAIN} [data-testid="stTable"]').count() > 0  # static tables for paper
        assert_no_error_box(page)
        screenshot(page, "accessibility-keyboard-print-view")

        open_page(page, app_server.url + "/savings?lang=English")
        tab_to(page, "the what-if slider", "e => e.type === 'range'")
        nudge(page, page.get_by_role("slider", name=i18n.TEXTS["savings.share_avoided"]["en"]), "ArrowLeft")
        page.wait_for_url("**andel=95**")
        assert_no_error_box(page)

        choose_language_by_keyboard(page, "Dansk", key="Shift+Tab")  # back up the page to the sidebar
        assert "lang" not in query(page) or query(page)["lang"] == ["Dansk"]
        assert page.evaluate("document.documentElement.lang") == "da"
        assert query(page).get("andel") == ["95"]  # the rest of the view stays
