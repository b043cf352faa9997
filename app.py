"""Entry point: `streamlit run app.py`. Navigation over pages/, and the sidebar every page shares."""

import streamlit as st

from frikommune.app import cache, components
from frikommune.text import i18n

st.set_page_config(page_title="Frikommuneforsøg II", page_icon=":material/bar_chart:", layout="wide")

# Bound to the URL, so a copied link opens in the same language; the sidebar is on every page, so it persists.
st.sidebar.segmented_control(
    "Sprog / Language", list(i18n.LANGUAGES), default=i18n.DEFAULT_LANG, required=True,
    format_func=lambda code: {"da": "Dansk", "en": "English"}[code], key="lang", bind="query-params",
)

PAGES = [
    ("pages/overview.py", "nav.overview", ":material/home:", True),
    ("pages/did_it_work.py", "nav.did_it_work", ":material/fact_check:", False),
    ("pages/experiments.py", "nav.experiments", ":material/science:", False),
    ("pages/municipalities.py", "nav.municipalities", ":material/map:", False),
    ("pages/uptake.py", "nav.uptake", ":material/groups:", False),
    ("pages/durations.py", "nav.durations", ":material/timer:", False),
    ("pages/savings.py", "nav.savings", ":material/savings:", False),
    ("pages/satisfaction.py", "nav.satisfaction", ":material/sentiment_satisfied:", False),
    ("pages/compare.py", "nav.compare", ":material/balance:", False),
    ("pages/sources.py", "nav.sources", ":material/menu_book:", False),
    ("pages/upload.py", "nav.upload", ":material/upload:", False),
]
# Pages whose address is not their file name (the Danish address a politician is sent).
URL_PATHS = {"pages/did_it_work.py": "virkede-det"}
navigation = st.navigation([
    st.Page(path, title=components.tr(title), icon=icon, default=default,
            url_path=URL_PATHS.get(path, path.split("/")[-1][:-3]))
    for path, title, icon, default in PAGES
])

# Print view: static tables instead of scrollable grids, every section open; the stylesheet drops the chrome.
st.sidebar.toggle(components.tr("common.print_view"), key="print", bind="query-params")
st.html(components.PRINT_CSS)

version = cache.data_version()
with st.sidebar:
    st.caption(f"{components.tr('app.data_version')}: `{version}`")
    st.caption(f"{components.tr('app.uploaded_batches')}: {cache.active_batch_count()}")

# The page's language for screen readers and hyphenation (Streamlit has no setting for <html lang>).
st.html(f'<script>document.documentElement.lang = "{components.lang()}";</script>', unsafe_allow_javascript=True)
# On a phone the menu covers the page: close it once a page is chosen (Streamlit leaves it open).
st.html(components.CLOSE_MENU_ON_PHONE_JS, unsafe_allow_javascript=True)
navigation.run()
if not components.print_view():  # on paper every figure already carries its source
    st.divider()
    st.caption(components.tr("app.footer"))
