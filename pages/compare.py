"""Sammenlign: where a municipality differs significantly from the network or from chosen peers."""

import streamlit as st

from frikommune import catalogue, stats, survey_page, surveys, ui
from frikommune.app_data import cached

ui.through_app()

lang = ui.lang()
st.title(ui.tr("compare.title"))
st.write(ui.tr("compare.intro"))

units = cached(catalogue.units)()
names = dict(zip(units["municipality_id"], units["name"]))
left, middle, right = st.columns([2, 4, 2])
municipality = left.selectbox(ui.tr("common.municipality"), list(names), format_func=names.get, key="kommune",
                              bind="query-params")
peers = middle.multiselect(ui.tr("compare.peers"), list(names), format_func=names.get, key="peers",
                           bind="query-params", placeholder=ui.tr("compare.peers_all"))
correction = right.radio(ui.tr("compare.correction"), ["holm", "fdr_bh"],
                         format_func=lambda c: stats.CORRECTION_NAMES[c]["da"].replace("-korrektion", ""),
                         key="korrektion", bind="query-params")
group_ids = sorted(set(peers) | {municipality}) if peers else None
reference = "group" if peers else "network"
reference_label = stats.REFERENCE_NAMES[reference][lang]
st.caption(ui.tr("compare.method", correction=stats.CORRECTION_NAMES[correction][lang]))

st.header(ui.tr("compare.uploaded_header"))
chosen = survey_page.pick_question("cmp")
if chosen is not None:
    result = survey_page.stats_for(*chosen, group_ids, correction)
    if result.empty:
        ui.empty_state()
    else:
        focus = result[result["municipality_id"] == municipality]
        if focus.empty:
            st.info(ui.tr("compare.no_answers", name=names[municipality]))
        else:
            sentence = stats.finding_sentence(focus.iloc[0], names[municipality], correction, lang, reference=reference)
            st.markdown(f"### {sentence}")
        for row in result[result["significant"] & (result["municipality_id"] != municipality)].itertuples():
            st.markdown("- " + stats.finding_sentence(row._asdict(), names.get(row.municipality_id, row.municipality_id),
                                                      correction, lang, reference=reference))
        survey_page.comparison_chart(result, municipality, chosen[2], reference_label)

st.header(ui.tr("compare.report_header"))
choices = cached(surveys.report_mean_choices)()
if choices.empty:
    ui.empty_state()
else:
    labels = {i: f"{getattr(row, f'label_{lang}')} ({row.respondent_group or '—'}, {row.period or '—'})"
              for i, row in choices.iterrows()}
    pick = st.selectbox(ui.tr("surveys.question"), list(labels), format_func=labels.get, key="rapport_spm")
    row = choices.loc[pick]
    st.caption(row[f"question_{lang}"])
    means = cached(surveys.report_means)(row["series_id"], row["respondent_group"], row["period"])
    shown = stats.compare_report_means(means, lang=lang)
    st.info(shown["why_no_ci"].iloc[0])
    table = shown.assign(municipality=shown["municipality_id"].map(names)).drop(columns=["why_no_ci"])
    ui.table_block(table, "rapportens-gennemsnit", "report-means", sources=means)
