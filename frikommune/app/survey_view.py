"""Widgets shared by the pages that show uploaded survey waves: pick one question of one wave (bound to the URL)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from frikommune.app import charts, components
from frikommune.app.cache import active_batch_count, cached
from frikommune.domain import experiment_catalogue, surveys
from frikommune.ingest.text import escape_html  # an uploaded question is text, never markup

GROUP_NAMES = {
    "borger": ("Borgere", "Citizens"),
    "medarbejder": ("Medarbejdere", "Employees"),
    "virksomhed": ("Virksomheder", "Employers"),
    "laege": ("Læger", "Doctors"),
    "a-kasse": ("A-kasser", "Unemployment funds"),
    "leder": ("Ledere", "Managers"),
}


def group_name(group: str, lang: str) -> str:
    """A respondent group's name in the chosen language."""
    names = GROUP_NAMES.get(group)
    return names[0 if lang == "da" else 1] if names else group


def pick_question(prefix: str) -> tuple[str, str, str, str] | None:
    """Experiment, respondent group, question and wave pickers over the active uploads; None if nothing is uploaded."""
    choices = cached(surveys.uploaded_choices)()
    if choices.empty:
        components.empty_state(components.tr("surveys.none_uploaded"))
        return None
    batches, synthetic = active_batch_count()
    if synthetic:  # generated answers are said to be generated wherever they are shown
        words = "surveys.synthetic_all" if synthetic == batches else "surveys.synthetic"
        st.warning(components.tr(words, count=synthetic, total=batches), icon=":material/science:")
    experiments = cached(experiment_catalogue.experiments)()
    titles = dict(zip(experiments["experiment_id"], experiments["title_da"]))
    cols = st.columns(4)
    experiment = cols[0].selectbox(
        components.tr("common.experiment"),
        sorted(choices["experiment_id"].unique()),
        format_func=lambda e: titles.get(e, e),
        key=f"{prefix}_exp",
        bind="query-params",
    )
    rows = choices[choices["experiment_id"] == experiment]
    # Group names are the same word in the URL whatever the language (the Danish name), so links survive a toggle.
    group = cols[1].selectbox(
        components.tr("surveys.group"),
        sorted(rows["respondent_group"].unique()),
        format_func=lambda g: group_name(g, "da"),
        key=f"{prefix}_gruppe",
        bind="query-params",
    )
    rows = rows[rows["respondent_group"] == group]
    question = cols[2].selectbox(
        components.tr("surveys.question"), sorted(rows["question"].unique()), key=f"{prefix}_spm", bind="query-params"
    )
    rows = rows[rows["question"] == question]
    wave = cols[3].selectbox(
        components.tr("surveys.wave"), sorted(rows["wave"].unique()), key=f"{prefix}_bolge", bind="query-params"
    )
    return experiment, group, question, wave


def comparison_chart(result: pd.DataFrame, highlight: str | None, question: str, reference_label: str) -> None:
    """The dot-and-whisker chart of a comparison with its table and downloads (uploaded waves are marked)."""
    lang = components.lang()
    units = cached(experiment_catalogue.units)()
    names = dict(zip(units["municipality_id"], units["name"]))
    significant = result[result["significant"] & ~result["suppressed"]]
    if significant.empty:
        title = components.tr("surveys.title_none_significant", question=escape_html(question))
    else:
        title = components.tr(
            "surveys.title_significant_one" if len(significant) == 1 else "surveys.title_significant",
            question=escape_html(question),
            count=len(significant),
            names=", ".join(names.get(m, m) for m in significant["municipality_id"]),
        )
    fig = charts.dot_whisker(
        result,
        names,
        float(result["group_mean"].iloc[0]),
        title,
        components.tr("surveys.mean_axis"),
        lang,
        highlight,
        reference_label,
    )
    table = result.assign(municipality=result["municipality_id"].map(names))
    table = table[["municipality", *[c for c in result.columns if c != "municipality_id"]]]
    components.chart_block(fig, table, f"{question}", f"cmp-{question}", definition=components.tr("surveys.definition"))
    st.caption(components.tr("surveys.uploaded_marker"))


@components.redrawn_alone
def question_chart(prefix: str) -> None:
    """The pickers of one uploaded question and its chart against the network (another question redraws only this)."""
    chosen = pick_question(prefix)
    if chosen is None:
        return
    experiment, group, question, wave = chosen
    result = stats_for(experiment, group, question, wave, None, "holm")
    if result.empty:
        components.empty_state()
    else:
        comparison_chart(result, None, question, components.tr("surveys.network_line"))


SATISFACTION_WAVES = "tilf_up"  # the key prefix of the satisfaction page's uploaded waves (links open them)


def waves_opened(prefix: str) -> dict[str, str]:
    """The query parameter that opens ``uploaded_waves(prefix)`` (for links that lead to an uploaded figure)."""
    return {f"{prefix}_vis": "true"}


def uploaded_waves(prefix: str) -> None:
    """The uploaded waves' question chart (see ``question_chart``) one click away, with the count of waves.

    Closed, nothing of it is built: its pickers and second chart drawn with the page kept the page's first chart
    waiting. A link that names the section or one of its pickers opens it; on paper it is open.
    """
    choices = cached(surveys.uploaded_choices)()
    if choices.empty:
        components.empty_state(components.tr("surveys.none_uploaded"))
        return
    pickers = [f"{prefix}_{name}" for name in ("exp", "gruppe", "spm", "bolge")]
    box = st.expander(
        components.tr("surveys.show_waves", count=len(choices[["experiment_id", "wave"]].drop_duplicates())),
        expanded=any(key in st.query_params for key in pickers),
        key=f"{prefix}_vis",
        bind="query-params",
        on_change="rerun",
    )
    with box:
        if box.open or components.print_view():
            question_chart(prefix)


def stats_for(
    experiment: str, group: str, question: str, wave: str, peers: list[str] | None, correction: str
) -> pd.DataFrame:
    """The comparison for the chosen question and peer group, cached per data version."""
    return cached(surveys.comparison)(experiment, group, question, wave, tuple(peers or ()), correction)
