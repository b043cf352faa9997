"""Tilfredshed: survey satisfaction from the report, and the uploaded survey waves (marked as uploaded)."""

import streamlit as st

from frikommune.app import components, family_view, survey_view

components.through_app()

st.title(components.tr("satisfaction.title"))
st.write(components.tr("satisfaction.intro"))

st.header(components.tr("satisfaction.report_header"))
st.caption(components.tr("satisfaction.report_note"))
family_view.render(("satisfaction", "response"), "tilf")

st.header(components.tr("satisfaction.uploaded_header"))
survey_view.uploaded_waves(survey_view.SATISFACTION_WAVES)
