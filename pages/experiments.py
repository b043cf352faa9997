"""Forsøg: who took part in which experiment, and one profile per experiment with every result the report has."""

import pandas as pd
import streamlit as st

from frikommune.app import components, family_view, result_charts
from frikommune.app.cache import cached
from frikommune.app.evidence_view import render_card
from frikommune.domain import experiment_catalogue, result_series
from frikommune.text import citations, legal_words, result_words

components.through_app()

lang = components.lang()
st.title(components.tr("experiments.title"))
st.write(components.tr("experiments.intro"))

experiments = cached(experiment_catalogue.experiments)()
grid = cached(experiment_catalogue.participation_grid)()

printing = components.print_view()
if not printing:  # on paper the profile alone: the grid of every experiment is a screen's overview
    st.subheader(components.tr("experiments.grid_title"))
    st.caption(components.tr("experiments.grid_legend"))
    matrix = experiment_catalogue.participation_matrix(grid, experiments, lang)
    components.table_block(matrix, "deltagelse", "grid", sources=grid)
    st.divider()
experiment = family_view.experiment_picker(experiments, "forsog")
row = experiments.set_index("experiment_id").loc[experiment]
st.header(row[f"title_{lang}"])

facts_left, facts_right = st.columns(2)
facts_left.markdown(
    f"**{components.tr('experiments.theme')}:** {row[f'theme_{lang}'] or '—'}  \n"
    f"**{components.tr('experiments.round')}:** {row['round_no']}  \n"
    f"**{components.tr('experiments.status')}:** {components.tr('status.' + row['status'])}"
    + (f" ({components.tr('experiments.extended_until')} {row['extended_until']})" if row["extended_until"] else "")
    + f"  \n**{components.tr('experiments.period')}:** {row['period_start'] or '?'} – {row['period_end'] or '?'}"
)
facts_right.markdown(
    f"**{components.tr('experiments.rules')}:** {row[f'rules_suspended_{lang}'] or '—'}  \n"
    f"**{components.tr('experiments.legal_basis')}:** {legal_words.legal_text(row['legal_basis'], lang) or '—'}  \n"
    f"**{components.tr('experiments.measured')}:** {row[f'measured_{lang}'] or '—'}"
)
components.source_caption(experiments[experiments["experiment_id"] == experiment])

who = grid[grid["experiment_id"] == experiment]
participants = experiment_catalogue.took_part(who)["municipality"].tolist()
st.markdown(f"**{components.tr('experiments.participants')}:** {', '.join(participants) or '—'}")
render_card(experiment)  # the "Virkede det?" card: per outcome the headline figure, direction and evidence
if printing:  # on paper the profile and its card; every chart and table stays on screen
    st.caption(components.tr("experiments.more_on_screen_all"))
else:

    figures = cached(experiment_catalogue.experiment_facts)(experiment)
    lost = cached(experiment_catalogue.experiment_lost_figures)(experiment)
    issues = cached(experiment_catalogue.experiment_source_issues)(experiment)

    if pd.isna(row["results_annex_line"]) and row["status"] in ("evaluated", "extended"):
        st.warning(components.tr("experiments.no_annex"))
    if figures.empty:
        components.empty_state(components.tr("experiments.no_results"))
    else:
        targets = figures[figures["family"] == "target"]
        if not targets.empty:
            st.subheader(components.tr("experiments.targets"))
            st.caption(components.tr("experiments.targets_note"))
            components.table_block(targets[[f"name_{lang}", "municipality", "period", "note", "value", "unit", "source_line",
                                    "source_quote"]], "maal", f"targets-{experiment}", sources=targets)
        st.subheader(components.tr("experiments.results"))
        outcomes = figures[figures["family"] != "target"]
        families = list(dict.fromkeys(outcomes["family"]))
        for family in families:
            part = outcomes[outcomes["family"] == family]
            with st.expander(f"{components.tr('family.' + family)} ({len(part)})", expanded=family == families[0]):
                headline = result_series.headline_series(result_words.in_language(part, lang), lang)
                if len(headline) > 1 and not result_series.too_many_categories(headline):
                    label = headline[f"series_{lang}"].iloc[0]
                    fig = result_charts.chart(headline, label, headline["unit"].iloc[0], lang)
                    st.plotly_chart(fig, width="stretch", theme=None, key=f"chart-{experiment}-{family}", alt=label)
                components.table_block(part[[f"name_{lang}", "municipality", "respondent_group", "period", "note", "value",
                                     "unit", "n", "source_line", "source_quote"]],
                               f"{experiment}-{family}", f"res-{experiment}-{family}", sources=part)

    if not lost.empty:
        st.subheader(components.tr("experiments.lost"))
        st.caption(components.tr("experiments.lost_note"))
        for item in lost.itertuples():
            st.markdown(f"- {citations.quoted(item.caption, lang)} ({components.tr('common.line')} {item.source_line})",
                        unsafe_allow_html=True)
    if not issues.empty:
        st.subheader(components.tr("experiments.issues"))
        for item in issues.itertuples():
            st.markdown(f"- {getattr(item, 'description_' + lang)} ({components.tr('common.line')} {item.lines})")
