"""Sagsvarighed: case durations in weeks before/after (Jobindsats extracts) and the quarterly ratio tables."""

import streamlit as st

from frikommune import family_page, ui

ui.through_app()

st.title(ui.tr("durations.title"))
st.write(ui.tr("durations.intro"))
family_page.render(("duration", "effect"), "var")
