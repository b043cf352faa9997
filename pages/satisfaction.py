"""Tilfredshed: survey satisfaction from the report, and the uploaded survey waves (marked as uploaded)."""

import streamlit as st

from frikommune import family_page, survey_page, ui

ui.through_app()

st.title(ui.tr("satisfaction.title"))
st.write(ui.tr("satisfaction.intro"))

st.header(ui.tr("satisfaction.report_header"))
st.caption(ui.tr("satisfaction.report_note"))
family_page.render(("satisfaction", "response"), "tilf")

st.header(ui.tr("satisfaction.uploaded_header"))
chosen = survey_page.pick_question("tilf_up")
if chosen is not None:
    experiment, group, question, wave = chosen
    result = survey_page.stats_for(experiment, group, question, wave, None, "holm")
    if result.empty:
        ui.empty_state()
    else:
        survey_page.comparison_chart(result, None, question, ui.tr("surveys.network_line"))
