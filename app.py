"""Entry point: `streamlit run app.py`. Navigation over pages/, and the sidebar every page shares."""

import streamlit as st

from frikommune import app_data, i18n, ui

st.set_page_config(page_title="Frikommuneforsøg II", page_icon="📊", layout="wide")

# Bound to the URL, so a copied link opens in the same language; the sidebar is on every page, so it persists.
st.sidebar.segmented_control(
    "Sprog / Language", list(i18n.LANGUAGES), default=i18n.DEFAULT_LANG, required=True,
    format_func=lambda code: {"da": "Dansk", "en": "English"}[code], key="lang", bind="query-params",
)

PAGES = [
    ("pages/overview.py", "nav.overview", "🏠", True),
]
navigation = st.navigation([
    st.Page(path, title=ui.tr(title), icon=icon, default=default, url_path=path.split("/")[-1][:-3])
    for path, title, icon, default in PAGES
])

db = app_data.database()
version = app_data.data_version()
with st.sidebar:
    st.caption(f"{ui.tr('app.data_version')}: `{version}`")
    uploaded = db.query("app/active_batch_count")["batches"].iloc[0]
    st.caption(f"{ui.tr('app.uploaded_batches')}: {uploaded}")

st.html(f'<script>document.documentElement.lang = "{ui.lang()}";</script>')
navigation.run()
st.divider()
st.caption(ui.tr("app.footer"))
