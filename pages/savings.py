"""Besparelser: the certificate saving of Bilag 13 step by step, and a what-if calculator."""

import streamlit as st

from frikommune.app import components, savings_view
from frikommune.app.cache import cached
from frikommune.domain import certificate_savings

components.through_app()

lang = components.lang()
st.title(components.tr("savings.title"))

headline = cached(savings_view.headline)(lang)
if headline is None:
    components.empty_state()
    st.stop()
left, right = st.columns(2)
left.metric(components.tr("savings.total"), headline.total)
right.metric(components.tr("savings.range_total"), headline.total_range)
st.write(components.tr("savings.intro"))

# What it saved per exemption, and how sure: the report's net ÷ its count, with the ranges the sources give.
st.subheader(components.tr("savings.per_case_title"))
for line in headline.per_case:
    st.markdown(line.text)
    st.caption(line.sources)
st.caption(components.tr("savings.per_case_intro"))

chart = cached(savings_view.saving_chart)(lang)
components.chart_block(
    chart.figure,
    chart.table,
    components.tr("savings.title"),
    "savings",
    definition=components.tr("savings.definition"),
    sources=chart.facts,
)

st.subheader(components.tr("savings.steps_title"))
for line in cached(savings_view.step_lines)(lang):
    st.markdown(line.text)
    st.caption(line.sources, unsafe_allow_html=True)  # curated quotes; in English each is an <abbr> with the original


@components.redrawn_alone
def what_if() -> None:
    """The what-if calculator: moving one of its sliders recalculates it alone, not the page above."""
    lang = components.lang()
    st.subheader(components.tr("savings.whatif_title"))
    st.write(components.tr("savings.whatif_intro"))
    share = st.slider(components.tr("savings.share_avoided"), 0, 100, 100, step=5, key="andel", bind="query-params")
    st.caption(components.tr("savings.whatif_range_intro"))
    share_low, share_high = st.slider(
        components.tr("savings.share_range"), 0, 100, (100, 100), step=5, key="andel_spaend", bind="query-params"
    )
    share_span = certificate_savings.Span.of(share, share_low, share_high)
    spans = []
    for u in cached(savings_view.uncertainties)():
        s = u.step
        with st.expander(s.title(lang)):
            left, right = st.columns(2)
            count = left.number_input(
                components.tr("savings.exemptions"),
                min_value=0,
                value=int(s.exemptions),
                step=1,
                key=f"antal_{s.experiment_id}",
                bind="query-params",
            )
            price = right.number_input(
                components.tr("savings.price"),
                min_value=0,
                value=int(s.price or 0),
                step=10,
                key=f"pris_{s.experiment_id}",
                bind="query-params",
            )
            count_top = int(max(2 * s.exemptions, u.exemptions.span.high))
            count_range = left.slider(
                components.tr("savings.count_range"),
                0,
                count_top,
                (int(u.exemptions.span.low), int(u.exemptions.span.high)),
                key=f"antal_spaend_{s.experiment_id}",
                bind="query-params",
            )
            price_range = right.slider(
                components.tr("savings.price_range"),
                0,
                4000,
                (int(u.price.span.low), int(u.price.span.high)),
                step=1,
                key=f"pris_spaend_{s.experiment_id}",
                bind="query-params",
            )
        span = certificate_savings.net_saving_range(
            certificate_savings.Span.of(count, *count_range),
            certificate_savings.Span.of(price, *price_range),
            u.other_docs.span,
            share_span,
        )
        spans.append(span)
    result = savings_view.what_if(
        spans, certificate_savings.reported_total(cached(certificate_savings.certificate_facts)()), lang
    )
    left, right = st.columns(2)
    left.metric(components.tr("savings.whatif_total"), result.total, delta=result.difference)
    right.metric(components.tr("savings.whatif_range_total"), result.total_range)
    st.caption(components.tr("savings.whatif_range_caption"))
    if result.matches_report:
        st.caption(components.tr("savings.whatif_matches"))


what_if()
