"""Besparelser: the certificate saving of Bilag 13 step by step, and a what-if calculator."""

import pandas as pd
import streamlit as st

from frikommune.app import charts, components
from frikommune.app.cache import cached
from frikommune.domain import certificate_savings
from frikommune.text import formatting

components.through_app()

lang = components.lang()
st.title(components.tr("savings.title"))

facts = cached(certificate_savings.certificate_facts)()
if facts.empty:
    components.empty_state()
    st.stop()
all_steps = certificate_savings.steps(facts)
total = certificate_savings.reported_total(facts)

st.metric(components.tr("savings.total"), formatting.dkk(total, lang))
st.write(components.tr("savings.intro"))

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
    st.caption(", ".join(f"{components.tr('common.line')} {r.source_line}: »{r.source_quote}«"
                         for r in facts[facts["experiment_id"] == s.experiment_id].drop_duplicates("source_quote").itertuples()))

st.subheader(components.tr("savings.whatif_title"))
st.write(components.tr("savings.whatif_intro"))
share = st.slider(components.tr("savings.share_avoided"), 0, 100, 100, step=5, key="andel", bind="query-params")
inputs = []
for s in all_steps:
    title_text = s.title(lang)
    with st.expander(title_text):
        left, right = st.columns(2)
        count = left.number_input(components.tr("savings.exemptions"), min_value=0, value=int(s.exemptions), step=1,
                                  key=f"antal_{s.experiment_id}")
        price = right.number_input(components.tr("savings.price"), min_value=0, value=int(s.price or 0), step=10,
                                   key=f"pris_{s.experiment_id}")
    net = certificate_savings.net_saving(count, price, s.other_docs, share)
    inputs.append({"experiment": title_text, "net": net})
what_if = pd.DataFrame(inputs)
what_if_total = float(what_if["net"].sum())
st.metric(components.tr("savings.whatif_total"), formatting.dkk(what_if_total, lang),
          delta=formatting.dkk(what_if_total - total, lang) if not certificate_savings.agrees_with_report(what_if_total, total) else None)
if certificate_savings.agrees_with_report(what_if_total, total):
    st.caption(components.tr("savings.whatif_matches"))
