"""Sammenlign: where a municipality differs significantly from the network or from chosen peers."""

import streamlit as st

from frikommune import catalogue, charts, stats, survey_page, surveys, ui
from frikommune.app_data import cached

ui.through_app()

lang = ui.lang()
st.title(ui.tr("compare.title"))
st.write(ui.tr("compare.intro"))

units = cached(catalogue.units)()
names = dict(zip(units["municipality_id"], units["name"]))
left, middle, right = st.columns([2, 4, 2])
with left:
    municipality = ui.municipality_picker(ui.tr("common.municipality"), names)
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
    choices = choices.assign(choice=choices["series_id"] + "|" + choices["respondent_group"] + "|" + choices["period"])
    labels = {row.choice: f"{getattr(row, f'label_{lang}')} ({row.respondent_group or '—'}, {row.period or '—'})"
              for row in choices.itertuples()}
    pick = st.selectbox(ui.tr("surveys.question"), list(labels), format_func=labels.get, key="rapport_spm",
                        bind="query-params")
    row = choices.set_index("choice").loc[pick]
    st.caption(row[f"question_{lang}"])
    means = cached(surveys.report_means)(row["series_id"], row["respondent_group"], row["period"])
    if group_ids:  # the chosen peers, as in the comparison above
        means = means[means["municipality_id"].isin(group_ids)]
    if means.empty:
        ui.empty_state()
    else:
        shown = stats.compare_report_means(means, lang=lang)
        st.info(shown["why_no_ci"].iloc[0])
        shown = shown.assign(municipality=shown["municipality_id"].map(names).fillna(shown["municipality_id"]))
        reference = ui.tr("surveys.group_line") if peers else ui.tr("surveys.network_line")
        title = ui.tr("compare.report_title", question=row[f"label_{lang}"],
                      name=names.get(municipality, municipality))
        fig = charts.dots(shown.dropna(subset=["mean"]), "municipality", "mean", title,
                          ui.tr("surveys.report_mean_axis"), lang, float(shown["group_mean"].iloc[0]), reference,
                          names.get(municipality))
        st.plotly_chart(fig, width="stretch", theme=None, key="report-means-chart", alt=title)
        ui.table_block(shown[["municipality", "n", "mean"]], "rapportens-gennemsnit", "report-means", sources=means,
                       highlight=(shown["municipality_id"] == municipality).tolist())
