"""Sagsvarighed: case durations in weeks before/after (Jobindsats extracts) and the quarterly ratio tables."""

import streamlit as st

from frikommune.app import components, family_view

components.through_app()

st.title(components.tr("durations.title"))
st.write(components.tr("durations.intro"))
family_view.render(("duration", "effect"), "var")
