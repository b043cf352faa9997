"""Udbredelse: how many citizens, cases and exemptions each experiment reached, per municipality and over time."""

import streamlit as st

from frikommune import family_page, ui

ui.through_app()

st.title(ui.tr("uptake.title"))
st.write(ui.tr("uptake.intro"))
family_page.render(("uptake",), "udb")
