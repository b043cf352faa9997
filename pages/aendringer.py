"""Ændringer: every upload and withdrawal, newest first, with the figures it moved and links to the pages as of it."""

import streamlit as st

from frikommune.app import changes_view, components
from frikommune.app.cache import cached
from frikommune.domain import changes

components.through_app()

st.title(components.tr("changes.title"))
st.write(components.tr("changes.intro"))

entries = cached(changes.changes)()
if not entries:
    components.empty_state(components.tr("changes.none"))
else:
    changes_view.render(entries)
