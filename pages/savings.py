"""Besparelser: the certificate saving of Bilag 13 step by step, and a what-if calculator."""

import pandas as pd
import streamlit as st

from frikommune.app import charts, components
from frikommune.app.cache import cached
from frikommune.domain import certificate_savings
from frikommune.text import citations, formatting, saving_words

components.through_app()

lang = components.lang()
st.title(components.tr("savings.title"))

facts = cached(certificate_savings.certificate_facts)()
if facts.empty:
    components.empty_state()
    st.stop()
all_steps = certificate_savings.steps(facts)
total = certificate_savings.reported_total(facts)
uncertain = certificate_savings.uncertainties(facts, cached(certificate_savings.range_facts)())
total_span = certificate_savings.uncertainty_total(uncertain, total)

left, right = st.columns(2)
left.metric(components.tr("savings.total"), formatting.dkk(total, lang))
right.metric(components.tr("savings.range_total"), saving_words.span_text(total_span, lang))
st.write(components.tr("savings.intro"))

# What it saved per exemption, and how sure: the report's net ÷ its count, with the ranges the sources give.
st.subheader(components.tr("savings.per_case_title"))
for u in uncertain:
    st.markdown(saving_words.per_case_line(u, lang) + "  \n" + " ".join(
        [saving_words.computed_from(u, lang), *saving_words.reasons(u, lang)]))
    st.caption(f"{components.tr('common.source')}: {saving_words.cite_text(saving_words.all_cites(u), lang)}")
st.caption(components.tr("savings.per_case_intro"))

table = certificate_savings.step_table(all_steps, lang)
names = {"experiment": components.tr("common.experiment"), "certificate": components.tr("savings.certificate"),
         "exemptions": components.tr("savings.exemptions"), "price": components.tr("savings.price"),
         "gross": components.tr("savings.gross"), "other_docs": components.tr("savings.other_docs"),
         "net_computed": components.tr("savings.net_computed"), "net_reported": components.tr("savings.net_reported"),
         "agrees": components.tr("savings.agrees")}
largest = table.loc[table["net_reported"].idxmax()]
title = components.tr("savings.chart_title", experiment=largest["experiment"], amount=formatting.dkk(largest["net_reported"], lang),
              total=formatting.dkk(total, lang))
fig = charts.saving_bars(table["experiment"].tolist(), table["net_reported"].tolist(), title,
                         components.tr("savings.net_reported"), lang)
components.chart_block(fig, table.rename(columns=names), components.tr("savings.title"), "savings",
               definition=components.tr("savings.definition"), sources=facts)

st.subheader(components.tr("savings.steps_title"))
for s in all_steps:
    title_text = s.title(lang)
    gross = s.exemptions * (s.price or 0)
    line = (f"**{title_text}** ({s.certificate}): {formatting.number(s.exemptions, 0, lang)} × "
            f"{formatting.dkk(s.price, lang)} = {formatting.dkk(gross, lang)}")
    if s.other_docs:
        line += f" − {formatting.dkk(s.other_docs, lang)} {components.tr('savings.other_docs_short')}"
        line += f" = {formatting.dkk(gross - s.other_docs, lang)}"
    line += f" · {components.tr('savings.report_says')} {formatting.dkk(s.reported_net, lang)}"
    st.markdown(line)
    st.caption(", ".join(f"{components.tr('common.line')} {r.source_line}: {citations.quoted(r.source_quote, lang)}"
                         for r in facts[facts["experiment_id"] == s.experiment_id].drop_duplicates("source_quote").itertuples()),
               unsafe_allow_html=True)  # curated quotes; in English each is an <abbr> with the Danish original

st.subheader(components.tr("savings.whatif_title"))
st.write(components.tr("savings.whatif_intro"))
share = st.slider(components.tr("savings.share_avoided"), 0, 100, 100, step=5, key="andel", bind="query-params")
st.caption(components.tr("savings.whatif_range_intro"))
share_low, share_high = st.slider(components.tr("savings.share_range"), 0, 100, (100, 100), step=5,
                                  key="andel_spaend", bind="query-params")
share_span = certificate_savings.Span.of(share, share_low, share_high)
inputs = []
for u in uncertain:
    s = u.step
    title_text = s.title(lang)
    with st.expander(title_text):
        left, right = st.columns(2)
        count = left.number_input(components.tr("savings.exemptions"), min_value=0, value=int(s.exemptions), step=1,
                                  key=f"antal_{s.experiment_id}", bind="query-params")
        price = right.number_input(components.tr("savings.price"), min_value=0, value=int(s.price or 0), step=10,
                                   key=f"pris_{s.experiment_id}", bind="query-params")
        count_top = int(max(2 * s.exemptions, u.exemptions.span.high))
        count_range = left.slider(components.tr("savings.count_range"), 0, count_top,
                                  (int(u.exemptions.span.low), int(u.exemptions.span.high)),
                                  key=f"antal_spaend_{s.experiment_id}", bind="query-params")
        price_range = right.slider(components.tr("savings.price_range"), 0, 4000,
                                   (int(u.price.span.low), int(u.price.span.high)), step=1,
                                   key=f"pris_spaend_{s.experiment_id}", bind="query-params")
    span = certificate_savings.net_saving_range(certificate_savings.Span.of(count, *count_range),
                                                certificate_savings.Span.of(price, *price_range),
                                                u.other_docs.span, share_span)
    inputs.append({"experiment": title_text, "net": span.point, "low": span.low, "high": span.high})
what_if = pd.DataFrame(inputs)
what_if_total = float(what_if["net"].sum())
what_if_span = certificate_savings.total_range(
    [certificate_savings.Span(r.low, r.net, r.high) for r in what_if.itertuples()])
left, right = st.columns(2)
left.metric(components.tr("savings.whatif_total"), formatting.dkk(what_if_total, lang),
            delta=formatting.dkk(what_if_total - total, lang) if not certificate_savings.agrees_with_report(what_if_total, total) else None)
right.metric(components.tr("savings.whatif_range_total"), saving_words.span_text(what_if_span, lang))
st.caption(components.tr("savings.whatif_range_caption"))
if certificate_savings.agrees_with_report(what_if_total, total):
    st.caption(components.tr("savings.whatif_matches"))
