"""Besparelser: the certificate saving of Bilag 13 step by step, and a what-if calculator."""

import pandas as pd
import streamlit as st

from frikommune import charts, formatting, savings, ui
from frikommune.app_data import cached

ui.through_app()

lang = ui.lang()
st.title(ui.tr("savings.title"))

facts = cached(savings.certificate_facts)()
if facts.empty:
    ui.empty_state()
    st.stop()
all_steps = savings.steps(facts)
total = savings.reported_total(facts)

st.metric(ui.tr("savings.total"), formatting.dkk(total, lang))
st.write(ui.tr("savings.intro"))

table = savings.step_table(all_steps, lang)
names = {"experiment": ui.tr("common.experiment"), "certificate": ui.tr("savings.certificate"),
         "exemptions": ui.tr("savings.exemptions"), "price": ui.tr("savings.price"),
         "gross": ui.tr("savings.gross"), "other_docs": ui.tr("savings.other_docs"),
         "net_computed": ui.tr("savings.net_computed"), "net_reported": ui.tr("savings.net_reported"),
         "agrees": ui.tr("savings.agrees")}
largest = table.loc[table["net_reported"].idxmax()]
title = ui.tr("savings.chart_title", experiment=largest["experiment"], amount=formatting.dkk(largest["net_reported"], lang),
              total=formatting.dkk(total, lang))
fig = charts.saving_bars(table["experiment"].tolist(), table["net_reported"].tolist(), title,
                         ui.tr("savings.net_reported"), lang)
ui.chart_block(fig, table.rename(columns=names), ui.tr("savings.title"), "savings",
               definition=ui.tr("savings.definition"), sources=facts)

st.subheader(ui.tr("savings.steps_title"))
for s in all_steps:
    title_text = s.title(lang)
    gross = s.exemptions * (s.price or 0)
    line = (f"**{title_text}** ({s.certificate}): {formatting.number(s.exemptions, 0, lang)} × "
            f"{formatting.dkk(s.price, lang)} = {formatting.dkk(gross, lang)}")
    if s.other_docs:
        line += f" − {formatting.dkk(s.other_docs, lang)} {ui.tr('savings.other_docs_short')}"
        line += f" = {formatting.dkk(gross - s.other_docs, lang)}"
    line += f" · {ui.tr('savings.report_says')} {formatting.dkk(s.reported_net, lang)}"
    st.markdown(line)
    st.caption(", ".join(f"{ui.tr('common.line')} {r.source_line}: »{r.source_quote}«"
                         for r in facts[facts["experiment_id"] == s.experiment_id].drop_duplicates("source_quote").itertuples()))

st.subheader(ui.tr("savings.whatif_title"))
st.write(ui.tr("savings.whatif_intro"))
share = st.slider(ui.tr("savings.share_avoided"), 0, 100, 100, step=5, key="andel", bind="query-params")
inputs = []
for s in all_steps:
    title_text = s.title(lang)
    with st.expander(title_text):
        left, right = st.columns(2)
        count = left.number_input(ui.tr("savings.exemptions"), min_value=0, value=int(s.exemptions), step=1,
                                  key=f"antal_{s.experiment_id}")
        price = right.number_input(ui.tr("savings.price"), min_value=0, value=int(s.price or 0), step=10,
                                   key=f"pris_{s.experiment_id}")
    net = savings.net_saving(count, price, s.other_docs, share)
    inputs.append({"experiment": title_text, "net": net})
what_if = pd.DataFrame(inputs)
what_if_total = float(what_if["net"].sum())
st.metric(ui.tr("savings.whatif_total"), formatting.dkk(what_if_total, lang),
          delta=formatting.dkk(what_if_total - total, lang) if not savings.agrees_with_report(what_if_total, total) else None)
if savings.agrees_with_report(what_if_total, total):
    st.caption(ui.tr("savings.whatif_matches"))
