"""Forsøg: who took part in which experiment, and one profile per experiment with every result the report has."""

import pandas as pd
import streamlit as st

from frikommune import catalogue, family_page, results, ui
from frikommune.app_data import cached
from frikommune.evidence_view import render_card

ui.through_app()

lang = ui.lang()
st.title(ui.tr("experiments.title"))
st.write(ui.tr("experiments.intro"))

experiments = cached(catalogue.experiments)()
grid = cached(catalogue.participation_grid)()

printing = ui.print_view()
if not printing:  # on paper the profile alone: the grid of every experiment is a screen's overview
    st.subheader(ui.tr("experiments.grid_title"))
    st.caption(ui.tr("experiments.grid_legend"))
    matrix = catalogue.participation_matrix(grid, experiments, lang)
    ui.table_block(matrix, "deltagelse", "grid", sources=grid)
    st.divider()
experiment = family_page.experiment_picker(experiments, "forsog")
row = experiments.set_index("experiment_id").loc[experiment]
st.header(row[f"title_{lang}"])

facts_left, facts_right = st.columns(2)
facts_left.markdown(
    f"**{ui.tr('experiments.theme')}:** {row[f'theme_{lang}'] or '—'}  \n"
    f"**{ui.tr('experiments.round')}:** {row['round_no']}  \n"
    f"**{ui.tr('experiments.status')}:** {ui.tr('status.' + row['status'])}"
    + (f" ({ui.tr('experiments.extended_until')} {row['extended_until']})" if row["extended_until"] else "")
    + f"  \n**{ui.tr('experiments.period')}:** {row['period_start'] or '?'} – {row['period_end'] or '?'}"
)
facts_right.markdown(
    f"**{ui.tr('experiments.rules')}:** {row[f'rules_suspended_{lang}'] or '—'}  \n"
    f"**{ui.tr('experiments.legal_basis')}:** {row['legal_basis'] or '—'}  \n"
    f"**{ui.tr('experiments.measured')}:** {row[f'measured_{lang}'] or '—'}"
)
ui.source_caption(experiments[experiments["experiment_id"] == experiment])

who = grid[grid["experiment_id"] == experiment]
participants = catalogue.took_part(who)["municipality"].tolist()
st.markdown(f"**{ui.tr('experiments.participants')}:** {', '.join(participants) or '—'}")
render_card(experiment)  # the "Virkede det?" card: per outcome the headline figure, direction and evidence
if printing:  # on paper the profile and its card; every chart and table stays on screen
    st.caption(ui.tr("experiments.more_on_screen_all"))
else:

    figures = cached(catalogue.experiment_facts)(experiment)
    lost = cached(catalogue.experiment_lost_figures)(experiment)
    issues = cached(catalogue.experiment_source_issues)(experiment)

    if pd.isna(row["results_annex_line"]) and row["status"] in ("evaluated", "extended"):
        st.warning(ui.tr("experiments.no_annex"))
    if figures.empty:
        ui.empty_state(ui.tr("experiments.no_results"))
    else:
        targets = figures[figures["family"] == "target"]
        if not targets.empty:
            st.subheader(ui.tr("experiments.targets"))
            st.caption(ui.tr("experiments.targets_note"))
            ui.table_block(targets[[f"name_{lang}", "municipality", "period", "note", "value", "unit", "source_line",
                                    "source_quote"]], "maal", f"targets-{experiment}", sources=targets)
        st.subheader(ui.tr("experiments.results"))
        outcomes = figures[figures["family"] != "target"]
        families = list(dict.fromkeys(outcomes["family"]))
        for family in families:
            part = outcomes[outcomes["family"] == family]
            with st.expander(f"{ui.tr('family.' + family)} ({len(part)})", expanded=family == families[0]):
                headline = results.headline_series(results.in_language(part, lang), lang)
                if len(headline) > 1 and not results.too_many_categories(headline):
                    label = headline[f"series_{lang}"].iloc[0]
                    fig = results.chart(headline, label, headline["unit"].iloc[0], lang)
                    st.plotly_chart(fig, width="stretch", theme=None, key=f"chart-{experiment}-{family}", alt=label)
                ui.table_block(part[[f"name_{lang}", "municipality", "respondent_group", "period", "note", "value",
                                     "unit", "n", "source_line", "source_quote"]],
                               f"{experiment}-{family}", f"res-{experiment}-{family}", sources=part)

    if not lost.empty:
        st.subheader(ui.tr("experiments.lost"))
        st.caption(ui.tr("experiments.lost_note"))
        for item in lost.itertuples():
            st.markdown(f"- »{item.caption}« ({ui.tr('common.line')} {item.source_line})")
    if not issues.empty:
        st.subheader(ui.tr("experiments.issues"))
        for item in issues.itertuples():
            st.markdown(f"- {getattr(item, 'description_' + lang)} ({ui.tr('common.line')} {item.lines})")
