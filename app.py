"""Entry point: `streamlit run app.py`. Navigation over pages/, and the sidebar every page shares."""

import logging
import secrets

import streamlit as st
from streamlit.runtime.scriptrunner_utils.exceptions import RerunException, StopException

from frikommune.app import cache, components
from frikommune.ingest.text import escape_markdown
from frikommune.text import change_words, i18n

log = logging.getLogger("frikommune.app")

st.set_page_config(page_title="Frikommuneforsøg II", page_icon=":material/bar_chart:", layout="wide")

# Bound to the URL, so a copied link opens in the same language; the sidebar is on every page, so it persists.
st.sidebar.segmented_control(
    "Sprog / Language",
    list(i18n.LANGUAGES),
    default=i18n.DEFAULT_LANG,
    required=True,
    format_func=lambda code: {"da": "Dansk", "en": "English"}[code],
    key="lang",
    bind="query-params",
)

PAGES = [
    ("pages/overview.py", "nav.overview", ":material/home:", True),
    ("pages/virkede-det.py", "nav.did_it_work", ":material/fact_check:", False),
    ("pages/experiments.py", "nav.experiments", ":material/science:", False),
    ("pages/municipalities.py", "nav.municipalities", ":material/map:", False),
    ("pages/uptake.py", "nav.uptake", ":material/groups:", False),
    ("pages/durations.py", "nav.durations", ":material/timer:", False),
    ("pages/savings.py", "nav.savings", ":material/savings:", False),
    ("pages/satisfaction.py", "nav.satisfaction", ":material/sentiment_satisfied:", False),
    ("pages/compare.py", "nav.compare", ":material/balance:", False),
    ("pages/sources.py", "nav.sources", ":material/menu_book:", False),
    ("pages/upload.py", "nav.upload", ":material/upload:", False),
    ("pages/aendringer.py", "nav.changes", ":material/history:", False),
]
# A page's address is its file name: Streamlit resolves a first request by the files in pages/ before
# st.navigation runs, so an address that differs from its file opens with "Page not found" (pages/virkede-det.py).
navigation = st.navigation(components.navigation_pages(PAGES))

# Print view: static tables instead of scrollable grids, every section open; the stylesheet drops the chrome.
st.sidebar.toggle(components.tr("common.print_view"), key="print", bind="query-params")
st.html(components.PRINT_CSS)

# One data version for the whole run: ?v=N pins it to change N of the upload log, else the newest.
run_version = cache.pin_run(st.query_params.get("v"))
with st.sidebar:
    st.caption(f"{components.tr('app.data_version')}: `{run_version.key}`")
    batches, synthetic = cache.active_batch_count()
    st.caption(
        f"{components.tr('app.uploaded_batches')}: {batches}"
        + (f" ({components.tr('app.synthetic_batches', count=synthetic)})" if synthetic else "")
    )

# The page's language for screen readers and hyphenation (Streamlit has no setting for <html lang>).
st.html(f'<script>document.documentElement.lang = "{components.lang()}";</script>', unsafe_allow_javascript=True)
# On a phone the menu covers the page: close it once a page is chosen (Streamlit leaves it open).
st.html(components.CLOSE_MENU_ON_PHONE_JS, unsafe_allow_javascript=True)
if run_version.invalid:
    st.warning(components.tr("version.invalid", version=escape_markdown(str(st.query_params.get("v", ""))[:20])))
elif run_version.pinned is not None:
    notice, latest = st.columns([5, 1], vertical_alignment="center")
    notice.info(
        components.tr(
            "version.pinned",
            version=run_version.pinned,
            when=change_words.when(run_version.pinned_at, components.lang()),
        ),
        icon=":material/history:",
    )
    # A link, not a button: the address bar then holds the newest page, and a copied link opens it.
    latest.page_link(
        navigation,
        label=components.tr("version.show_latest"),
        icon=":material/update:",
        query_params={k: v for k, v in st.query_params.items() if k != "v"},
    )

try:
    navigation.run()
except (StopException, RerunException):
    raise  # Streamlit's own control flow (st.stop, st.rerun, st.switch_page), not an error
except Exception:
    # Visitors get a short message and an id; the traceback, under the same id, goes to the server log only.
    incident = secrets.token_hex(4)
    log.exception("incident %s on page %s", incident, navigation.url_path or "(start)")
    st.error(components.tr("app.incident", incident=incident))
if not components.print_view():  # on paper every figure already carries its source
    st.divider()
    st.caption(components.tr("app.footer"))
