"""Sammenlign: where a municipality differs significantly from the network or from chosen peers."""

import streamlit as st

from frikommune.app import charts, components, survey_view
from frikommune.app.cache import cached
from frikommune.domain import experiment_catalogue, stats, surveys
from frikommune.text import findings, group_words

components.through_app()

lang = components.lang()
st.title(components.tr("compare.title"))
st.write(components.tr("compare.intro"))

units = cached(experiment_catalogue.units)()
names = dict(zip(units["municipality_id"], units["name"]))
left, middle, right = st.columns([2, 4, 2])
with left:
    municipality = components.municipality_picker(components.tr("common.municipality"), names)
peers = middle.multiselect(components.tr("compare.peers"), list(names), format_func=names.get, key="peers",
                           bind="query-params", placeholder=components.tr("compare.peers_all"))
correction = right.radio(components.tr("compare.correction"), ["holm", "fdr_bh"],
                         format_func=lambda c: stats.CORRECTION_NAMES[c][lang].replace("-korrektion", "").replace(" correction", ""),
                         key="korrektion", bind="query-params")
group_ids = sorted(set(peers) | {municipality}) if peers else None
reference = "group" if peers else "network"
reference_label = stats.REFERENCE_NAMES[reference][lang]
st.caption(components.tr("compare.method", correction=stats.CORRECTION_NAMES[correction][lang]))

st.header(components.tr("compare.uploaded_header"))
chosen = survey_view.pick_question("cmp")
if chosen is not None:
    result = survey_view.stats_for(*chosen, group_ids, correction)
    if result.empty:
        components.empty_state()
    else:
        focus = result[result["municipality_id"] == municipality]
        if focus.empty:
            st.info(components.tr("compare.no_answers", name=names[municipality]))
        else:
            sentence = findings.finding_sentence(focus.iloc[0], names[municipality], correction, lang, reference=reference)
            st.markdown(f"### {sentence}")
        for row in result[result["significant"] & (result["municipality_id"] != municipality)].itertuples():
            st.markdown("- " + findings.finding_sentence(row._asdict(), names.get(row.municipality_id, row.municipality_id),
                                                      correction, lang, reference=reference))
        survey_view.comparison_chart(result, municipality, chosen[2], reference_label)

st.header(components.tr("compare.report_header"))
choices = cached(surveys.report_mean_choices)()
if choices.empty:
    components.empty_state()
else:
    choices = choices.assign(choice=choices["series_id"] + "|" + choices["respondent_group"] + "|" + choices["period"])
    labels = {row.choice: f"{getattr(row, f'label_{lang}')} ({group_words.group_name(row.respondent_group, lang) or '—'}, "
                          f"{row.period or '—'})"
              for row in choices.itertuples()}
    pick = st.selectbox(components.tr("surveys.question"), list(labels), format_func=labels.get, key="rapport_spm",
                        bind="query-params")
    row = choices.set_index("choice").loc[pick]
    st.caption(row[f"question_{lang}"])
    means = cached(surveys.report_means)(row["series_id"], row["respondent_group"], row["period"])
    if group_ids:  # the chosen peers, as in the comparison above
        means = means[means["municipality_id"].isin(group_ids)]
    if means.empty:
        components.empty_state()
    else:
        shown = stats.compare_report_means(means, lang=lang)
        st.info(shown["why_no_ci"].iloc[0])
        shown = shown.assign(municipality=shown["municipality_id"].map(names).fillna(shown["municipality_id"]))
        reference = components.tr("surveys.group_line") if peers else components.tr("surveys.network_line")
        title = components.tr("compare.report_title", question=row[f"label_{lang}"],
                      name=names.get(municipality, municipality))
        fig = charts.dots(shown.dropna(subset=["mean"]), "municipality", "mean", title,
                          components.tr("surveys.report_mean_axis"), lang, float(shown["group_mean"].iloc[0]), reference,
                          names.get(municipality))
        st.plotly_chart(fig, width="stretch", theme=None, key="report-means-chart", alt=title)
        components.table_block(shown[["municipality", "n", "mean"]], "rapportens-gennemsnit", "report-means", sources=means,
                       highlight=(shown["municipality_id"] == municipality).tolist())
