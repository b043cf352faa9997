"""Udbredelse: how many citizens, cases and exemptions each experiment reached, per municipality and over time."""

import streamlit as st

from frikommune.app import components, family_view

components.through_app()

st.title(components.tr("uptake.title"))
st.write(components.tr("uptake.intro"))
family_view.render(("uptake",), "udb")
