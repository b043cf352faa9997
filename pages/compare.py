"""Sammenlign: where a municipality differs significantly from the network or from chosen peers."""

import streamlit as st

from frikommune.app import compare_view, components, survey_view
from frikommune.app.cache import cached
from frikommune.domain import stats
from frikommune.text import findings

components.through_app()

lang = components.lang()
st.title(components.tr("compare.title"))
st.write(components.tr("compare.intro"))

names = cached(compare_view.unit_names)()
left, middle, right = st.columns([2, 4, 2])
with left:
    municipality = components.municipality_picker(components.tr("common.municipality"), names)
peers = middle.multiselect(
    components.tr("compare.peers"),
    list(names),
    format_func=names.get,
    key="peers",
    bind="query-params",
    placeholder=components.tr("compare.peers_all"),
)
correction = right.radio(
    components.tr("compare.correction"),
    ["holm", "fdr_bh"],
    format_func=lambda c: stats.CORRECTION_NAMES[c][lang].replace("-korrektion", "").replace(" correction", ""),
    key="korrektion",
    bind="query-params",
)
group_ids = sorted(set(peers) | {municipality}) if peers else None
reference = "group" if peers else "network"
reference_label = stats.REFERENCE_NAMES[reference][lang]


def finding(row, municipality_id: str) -> str:
    """One municipality's finding sentence against the chosen reference."""
    name = names.get(municipality_id, municipality_id)
    return findings.finding_sentence(row, name, correction, lang, reference=reference)


def report_section(questions: dict[str, str]) -> None:
    """The report's means for one question: picker, why there is no interval, the dots chart, its source and table."""
    pick = st.selectbox(
        components.tr("surveys.question"),
        list(questions),
        format_func=questions.get,
        key="rapport_spm",
        bind="query-params",
    )
    found = cached(compare_view.report_means)(pick, municipality, tuple(sorted(peers)), lang)
    st.caption(found.question)
    if found.figure is None:
        components.empty_state()
        return
    st.info(found.why_no_ci)
    st.plotly_chart(found.figure, width="stretch", theme=None, key="report-means-chart", alt=found.title)
    components.source_caption(found.sources)  # under the chart: the table below may stay closed
    if components.print_view():  # on paper the table itself
        components.table_block(found.table, "rapportens-gennemsnit", "report-means", highlight=found.highlight)
        return
    # One click away, as under every chart: a grid on the first screen delays the charts (its script first).
    box = st.expander(components.tr("common.show_table"), key="report-means-box", on_change="rerun")
    with box:
        if box.open:
            components.table_block(found.table, "rapportens-gennemsnit", "report-means", highlight=found.highlight)


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
        # The chosen municipality's finding, then every other significant one, as one block: each element is a
        # message the browser lays out before the chart below.
        others = result[result["significant"] & (result["municipality_id"] != municipality)]
        lines = [] if focus.empty else [f"### {finding(focus.iloc[0], municipality)}"]
        lines += [f"- {finding(row._asdict(), row.municipality_id)}" for row in others.itertuples()]
        if lines:
            st.markdown("\n".join(lines))
        survey_view.comparison_chart(result, municipality, chosen[2], reference_label)


st.header(components.tr("compare.report_header"))
questions = cached(compare_view.report_questions)(lang)
if not questions:
    components.empty_state()
else:
    # Under an uploaded comparison, one click away with its count: its chart drawn with the page kept the page's
    # first chart waiting, and without a spread it cannot say what is significant. Alone (nothing uploaded), open.
    box = st.expander(
        components.tr("compare.show_report", count=len(questions)),
        expanded=chosen is None or "rapport_spm" in st.query_params,
        key="rapport_vis",
        bind="query-params",
        on_change="rerun",
    )
    with box:
        if box.open or components.print_view():
            report_section(questions)
