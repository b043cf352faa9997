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

# The total's split by experiment right under it: the first screen shows where the saving came from.
chart = cached(savings_view.saving_chart)(lang)
components.chart_block(
    chart.figure,
    chart.table,
    components.tr("savings.title"),
    "savings",
    definition=components.tr("savings.definition"),
    sources=chart.facts,
)

# What it saved per exemption, and how sure: the report's net ÷ its count, with the ranges the sources give.
st.subheader(components.tr("savings.per_case_title"))
for line in headline.per_case:
    st.markdown(line.text)
    st.caption(line.sources)
st.caption(components.tr("savings.per_case_intro"))

st.subheader(components.tr("savings.steps_title"))
for line in cached(savings_view.step_lines)(lang):
    st.markdown(line.text)
    st.caption(line.sources, unsafe_allow_html=True)  # curated quotes; in English each is an <abbr> with the original


def step_inputs(u: certificate_savings.Uncertainty, lang: str) -> tuple[int, int, tuple, tuple]:
    """One experiment's count, price and their ranges: the report's own until its section is opened.

    Closed and never opened, the section sends no inputs: 16 number boxes and sliders drawn with the page delayed
    its chart. A link holding one of its values opens it; once opened it stays drawn (closed, its values stay)."""
    s = u.step
    keys = [f"{name}_{s.experiment_id}" for name in ("antal", "pris", "antal_spaend", "pris_spaend")]
    defaults = (
        int(s.exemptions),
        int(s.price or 0),
        (int(u.exemptions.span.low), int(u.exemptions.span.high)),
        (int(u.price.span.low), int(u.price.span.high)),
    )
    drawn_key = f"_hvis_tegnet_{s.experiment_id}"
    box = st.expander(
        s.title(lang),
        expanded=any(k in st.query_params for k in keys),
        key=f"hvis_{s.experiment_id}",
        on_change="rerun",
    )
    if not (box.open or st.session_state.get(drawn_key)):
        return defaults
    st.session_state[drawn_key] = True
    with box:
        left, right = st.columns(2)
        count = left.number_input(
            components.tr("savings.exemptions"),
            min_value=0,
            value=defaults[0],
            step=1,
            key=keys[0],
            bind="query-params",
        )
        price = right.number_input(
            components.tr("savings.price"), min_value=0, value=defaults[1], step=10, key=keys[1], bind="query-params"
        )
        count_top = int(max(2 * s.exemptions, u.exemptions.span.high))
        count_range = left.slider(
            components.tr("savings.count_range"), 0, count_top, defaults[2], key=keys[2], bind="query-params"
        )
        price_range = right.slider(
            components.tr("savings.price_range"), 0, 4000, defaults[3], step=1, key=keys[3], bind="query-params"
        )
    return count, price, count_range, price_range


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
        count, price, count_range, price_range = step_inputs(u, lang)
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
