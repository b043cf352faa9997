"""Rendering helpers every page uses: language, the chart block (chart, definition, source, table, downloads)."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import ParamSpec

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from frikommune.app import cache, charts, export
from frikommune.text import citations, formatting, i18n

PRINT_CSS = """<style>
@media print {
  [data-testid="stSidebar"], [data-testid="stHeader"], [data-testid="stToolbar"],
  [data-testid="stDownloadButton"], [data-testid="stElementToolbar"] { display: none !important; }
  [data-testid="stMain"] { margin: 0 !important; }
  /* Paper is read at arm's length: smaller type keeps a profile on two A4 pages. */
  html { font-size: 12px !important; }
  [data-testid="stMarkdownContainer"] p, [data-testid="stMarkdownContainer"] li { font-size: 0.95rem !important; }
  /* The pickers are on the paper as the page's heading already; a printed dropdown only takes room. */
  [data-testid="stSelectbox"], [data-testid="stMultiSelect"], [data-testid="stExpanderToggleIcon"] { display: none !important; }
  .stMainBlockContainer { padding: 0.5cm !important; max-width: 100% !important; }
  .js-plotly-plot { break-inside: avoid; }
  summary, h1, h2, h3 { break-after: avoid; }
  /* Tables break between rows (an inline table cannot break: it left blank pages), header repeated;
     wide ones wrap instead of being clipped at the page edge. */
  [data-testid="stTable"], [data-testid="stTable"] > div { overflow: visible !important; }
  [data-testid="stTable"] table { display: table !important; width: 100% !important; font-size: 9pt; }
  [data-testid="stTable"] th, [data-testid="stTable"] td { overflow-wrap: anywhere; padding: 2px 4px !important; }
  [data-testid="stTable"] thead { display: table-header-group; }
  [data-testid="stTable"] tr { break-inside: avoid; }
  /* A chart keeps the width it was drawn at on screen (about 900 px at 1366): scaled to the A4 text width. */
  [data-testid="stPlotlyChart"] { zoom: 0.78; }
}
/* On a phone a long title hyphenates ("Frikommune-forsøg") instead of breaking inside a word. */
@media (max-width: 640px) {
  h1 { font-size: 2rem !important; hyphens: auto; overflow-wrap: break-word; }
}
</style>"""


CLOSE_MENU_ON_PHONE_JS = """<script>
if (!window.__closeMenuOnPhone) {
  window.__closeMenuOnPhone = true;
  document.addEventListener("click", (event) => {
    if (window.innerWidth < 640 && event.target.closest('[data-testid="stSidebarNav"] a')) {
      setTimeout(() => document.querySelector('[data-testid="stSidebarHeader"] button')?.click(), 50);
    }
  });
}
</script>"""


P = ParamSpec("P")


def redrawn_alone(draw: Callable[P, None]) -> Callable[P, None]:
    """``draw`` as a Streamlit fragment: a change of a widget inside reruns ``draw`` only, not the whole page (a
    picker's change redraws its chart and leaves the rest of the page as it is). Its rerun reads the data version
    the page was opened on (``?v=N`` or the newest), as app.py pins a page run."""

    @functools.wraps(draw)
    def pinned(*args: P.args, **kwargs: P.kwargs) -> None:
        cache.pin_unpinned_run(st.query_params.get("v"))
        draw(*args, **kwargs)

    return st.fragment(pinned)


def through_app() -> None:
    """Make sure the page runs inside app.py's navigation, even when a deep link is the server's first request.

    Streamlit decides once per process whether a `pages/` folder means old-style auto-discovered pages; until
    app.py has called st.navigation, a first request for /experiments would run pages/experiments.py alone
    (no sidebar, no language). Clearing that flag and rerunning sends the request through app.py.
    """
    from streamlit.runtime.pages_manager import PagesManager

    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        st.rerun()


def navigation_pages(pages: list[tuple[str, str, str, bool]]) -> list:
    """``st.Page`` objects for ``pages`` (path, title key, icon, default) titled in the chosen language, made once
    per session and language.

    Making a page resolves its file's real path and checks that it exists: a tenth of the start page's rerun for
    twelve pages. They are kept per session, never shared across sessions: ``st.navigation`` marks the page it
    returns as runnable on the object itself.
    """
    key = f"_navigation_pages_{lang()}"
    made = st.session_state.get(key)
    if made is None:
        made = [
            st.Page(path, title=tr(title), icon=icon, default=default, url_path=path.split("/")[-1][:-3])
            for path, title, icon, default in pages
        ]
        st.session_state[key] = made
    return made


def print_view() -> bool:
    """True when the user asked for the print-friendly view (static tables, all sections open)."""
    return bool(st.session_state.get("print"))


def lang() -> str:
    """The language chosen in the sidebar (Danish by default)."""
    value = st.session_state.get("lang")
    return value if value in i18n.LANGUAGES else i18n.DEFAULT_LANG


def tr(key: str, **values: object) -> str:
    """The text for ``key`` in the chosen language."""
    return i18n.t(key, lang(), **values)


def slug(text: str) -> str:
    """A file-name-safe version of ``text`` for downloads."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60] or "data"


def _number_texts(values: pd.Series, language: str) -> list[str]:
    """``formatting.number`` of every value of a numeric column, each distinct value formatted once."""
    memo: dict[object, str] = {}
    out = []
    for value in values.tolist():
        text = memo.get(value)
        if text is None:
            # Nullable columns (Int64, e.g. the validation report's row) hold pd.NA: shown as '–'.
            text = memo[value] = formatting.number(None if pd.isna(value) else value, None, language)
        out.append(text)
    return out


def display_table(df: pd.DataFrame, language: str) -> tuple[pd.DataFrame, list[str]]:
    """``df`` with its numbers as text in ``language``'s format ('6.406', '4,21') and a plain index; the names of
    the columns that held numbers (shown right-aligned).

    A plain frame instead of a pandas ``Styler``: Streamlit translates a Styler to HTML cell by cell on every run
    (half of a table page's rerun); a frame of strings is sent as it is.
    """
    numeric = [c for c in df.columns if pd.api.types.is_numeric_dtype(df[c]) and not pd.api.types.is_bool_dtype(df[c])]
    out = df.reset_index(drop=True)
    if numeric:
        out = out.assign(**{c: _number_texts(out[c], language) for c in numeric})
    return out, numeric


_CITATIONS: dict[tuple, str] = {}


def citation(sources: pd.DataFrame, language: str) -> str:
    """``citations.cite_rows`` of ``sources`` in ``language``, worked out once per distinct set of sources.

    The key is the columns the citation is made of, in order; reading them as lists is much cheaper than the
    grouping, and pages cite the same facts on every rerun of every session.
    """
    if sources.empty:
        return ""
    columns = [c for c in ("source_doc", "section", "source_line") if c in sources]
    key = (language, tuple(columns), *(tuple(sources[c].tolist()) for c in columns))
    text = _CITATIONS.get(key)
    if text is None:
        text = citations.cite_rows(sources[columns], language)
        if len(_CITATIONS) >= 2048:
            _CITATIONS.clear()
        _CITATIONS[key] = text
    return text


def source_line(sources: pd.DataFrame, language: str) -> str:
    """'**Kilde:** …' naming the sources (document, annex, lines) of the facts; "" without sources."""
    text = citation(sources, language)
    return f"**{i18n.t('common.source', language)}:** {text}" if text else ""


def source_caption(sources: pd.DataFrame) -> None:
    """The sources (document, annex, lines) of the facts behind a chart or table, under it."""
    line = source_line(sources, lang())
    if line:
        st.caption(line)


def downloads(df: pd.DataFrame, name: str, key: str) -> None:
    """CSV (Danish Excel form) and XLSX download buttons for ``df``."""
    left, right = st.columns(2)
    # The files are built when clicked, not on every run of the page.
    left.download_button(
        tr("common.download_csv"),
        lambda: export.to_csv_danish(df),
        f"{slug(name)}.csv",
        "text/csv",
        key=f"{key}-csv",
        on_click="ignore",
    )
    right.download_button(
        tr("common.download_xlsx"),
        lambda: export.to_xlsx(df),
        f"{slug(name)}.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        key=f"{key}-xlsx",
        on_click="ignore",
    )


# Columns that hold codes for the machine: never shown to people (the row's names and sources say the same).
HIDDEN_COLUMNS = ("municipality_id", "experiment_id", "fact_id", "series_id", "scope", "scope_names", "section")


def readable(df: pd.DataFrame) -> pd.DataFrame:
    """``df`` as people read it, in the chosen language: codes in words (status, unit, yes/no), id columns left
    out, headings translated (unknown columns keep their name)."""
    current = lang()
    index = 0 if current == "da" else 1
    out = df.drop(columns=[c for c in HIDDEN_COLUMNS if c in df.columns])
    if "status" in out:
        out = out.assign(status=[tr(f"status.{v}") if f"status.{v}" in i18n.TEXTS else v for v in out["status"]])
    if "source_line" in out:  # a line number, not an amount: never '5.768'
        out = out.assign(source_line=out["source_line"].astype("string"))
    if "unit" in out:
        out = out.assign(unit=[formatting.unit_word(u, current) or u for u in out["unit"]])
    for column in [c for c in out.columns if pd.api.types.is_bool_dtype(out[c])]:
        out[column] = [
            tr("common.not_stated") if pd.isna(v) else tr("common.yes") if v else tr("common.no") for v in out[column]
        ]
    return out.rename(columns={c: i18n.COLUMNS[c][index] for c in out.columns if c in i18n.COLUMNS})


WIDE_TABLE = 6  # columns from which a phone shows only the first one unless it is narrowed and pinned


def _column_config(shown: pd.DataFrame, numeric: list[str]) -> dict:
    """Numbers right-aligned; in a wide table the first (naming) column pinned at a medium width, so on a phone the
    values scroll beside it instead of the name filling the screen."""
    config: dict = {c: st.column_config.TextColumn(alignment="right") for c in numeric}
    if len(shown.columns) >= WIDE_TABLE and shown.columns[0] not in config:
        config[shown.columns[0]] = st.column_config.TextColumn(width="medium", pinned=True)
    return config


def table_block(
    df: pd.DataFrame,
    name: str,
    key: str,
    sources: pd.DataFrame | None = None,
    highlight: list[bool] | None = None,
    static: bool = False,
) -> None:
    """A table with Danish numbers and readable headings, its sources and downloads; ``highlight`` marks rows
    (the chosen municipality) in bold on the highlight tint. ``static`` (and the print view) draws a table that
    wraps its text instead of a scrollable grid."""
    df = readable(df)
    shown, numeric = display_table(df, lang())
    data: pd.DataFrame | pd.io.formats.style.Styler = shown
    if highlight is not None and any(highlight):  # a few rows (one per municipality): a Styler only for the tint
        marks = list(highlight)
        data = shown.style.apply(
            lambda row: ["background-color: #FBE3D6; font-weight: bold" if marks[row.name] else "" for _ in row], axis=1
        )
    if static or print_view():
        st.table(data, hide_index=True)
    else:
        st.dataframe(
            data,
            hide_index=True,
            width="stretch",
            column_config=_column_config(shown, numeric),
        )
    if sources is not None:
        source_caption(sources)
    downloads(df, name, key)


def expander_table(label: str, df: pd.DataFrame, name: str, key: str, sources: pd.DataFrame | None = None) -> None:
    """``table_block`` inside an expander that builds and sends its table only while it is open (always on paper).

    A closed expander's grid still costs its rerun and delays the page's first chart: the browser loads the grid's
    script before plotly's.
    """
    box = st.expander(label, expanded=False, key=f"{key}-box", on_change="rerun")
    with box:
        if box.open or print_view():
            table_block(df, name, key, sources=sources)


def chart_block(
    fig: go.Figure,
    table: pd.DataFrame,
    name: str,
    key: str,
    definition: str = "",
    sources: pd.DataFrame | None = None,
) -> None:
    """A chart with its definition and source under it, and its table (with downloads) one click away.

    Its text alternative (generated from the plotted data) is the chart's accessible description and, on paper,
    its caption."""
    description = charts.describe(fig, lang())
    st.plotly_chart(
        fig,
        key=f"{key}-chart",
        width="stretch",
        theme=None,
        alt=description,
        config={"displaylogo": False, "toImageButtonOptions": {"format": "png", "filename": slug(name)}},
    )
    # Definition and sources in one caption: every element is a message to every session on every rerun.
    lines = [description] if print_view() else []
    lines += [f"**{tr('common.definition')}:** {definition}"] if definition else []
    cited = citation(sources, lang()) if sources is not None else ""
    if cited:
        lines.append(f"**{tr('common.source')}:** {cited}")
    if lines:
        st.caption("  \n".join(lines))
    if print_view():  # on paper the chart and its sources; the table stays on screen
        return
    # Lazy: a closed expander's table is neither built nor sent (the grid's script delays the first chart).
    table_box = st.expander(tr("common.show_table"), expanded=False, key=f"{key}-table", on_change="rerun")
    with table_box:
        if table_box.open:
            table_block(table, name, key)


def empty_state(reason: str | None = None) -> None:
    """Say why there is nothing to draw instead of drawing an empty chart."""
    st.info(reason or tr("common.no_data"))


def municipality_picker(label: str, names: dict[str, str], optional: bool = False) -> str | None:
    """A municipality select box bound to the URL (``?kommune=``) and carried from page to page in the session.

    A widget's state is dropped when a page without it runs, so the choice is also kept under a plain session key
    and restored when the next page draws its picker (a link's own ``?kommune=`` still wins).
    """
    options = [None, *names] if optional else list(names)
    remembered = st.session_state.get("_kommune")
    if "kommune" not in st.query_params and "kommune" not in st.session_state and remembered in options:
        st.session_state["kommune"] = remembered
    chosen = st.selectbox(
        label,
        options,
        format_func=lambda m: names.get(m, tr("common.no_highlight")),
        key="kommune",
        bind="query-params",
        placeholder=tr("common.no_highlight"),
    )
    st.session_state["_kommune"] = chosen
    return chosen
