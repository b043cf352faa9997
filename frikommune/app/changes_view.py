"""The change log page's rendering: one bordered block per change, its moved figures in words, links to the
pages as of that change. Internals (key names, file names, batch ids, reasons) for upload-key holders only."""

from __future__ import annotations

import streamlit as st

from frikommune.app import components, survey_view
from frikommune.app.cache import cached
from frikommune.domain import changes, experiment_catalogue
from frikommune.ingest.text import escape_markdown  # uploaded texts are text, never markup
from frikommune.text import change_words, formatting, i18n

MOVED_SHOWN = 8  # figures listed per change; the rest are counted

# The line key holders see, registered here (keys only added, never changed): the shared "changes.internals" names
# its placeholder {key}, which the text functions' own first parameter takes, so it could never be filled.
i18n.TEXTS.setdefault(
    "changes.internals_named",
    {
        "da": "Nøgle: {key_name} · fil: {file} · batch: {batch}",
        "en": "Key: {key_name} · file: {file} · batch: {batch}",
    },
)


def key_holder() -> bool:
    """True when this session entered a valid upload key (on the upload page): the same rule as its batch table."""
    checked = st.session_state.get("upload_key_checked")
    return bool(checked and checked[1])


def version_links(version: int) -> None:
    """Links that open Tilfredshed and Sammenlign as of data version ``version`` (``?v=N``), in this language."""
    params = {"v": str(version)}
    if "lang" in st.query_params:
        params["lang"] = st.query_params["lang"]
    left, right = st.columns(2)
    left.page_link(
        "pages/satisfaction.py",
        label=components.tr("changes.open_satisfaction", version=version),
        icon=":material/history:",
        query_params=params | survey_view.waves_opened(survey_view.SATISFACTION_WAVES),  # the uploaded figures it moved
    )
    right.page_link(
        "pages/compare.py",
        label=components.tr("changes.open_compare", version=version),
        icon=":material/history:",
        query_params=params,
    )


def render(entries: list[changes.Change]) -> None:
    """Every change, newest first: what happened, its figures that moved, and its version's links."""
    lang = components.lang()
    units = cached(experiment_catalogue.units)()
    names = dict(zip(units["municipality_id"], units["name"]))
    internals = key_holder()
    for change in entries:
        with st.container(border=True):
            st.subheader(components.tr(f"changes.{change.kind}", version=change.version))
            st.write(
                components.tr(
                    f"changes.summary_{change.kind}",
                    when=change_words.when(change.time, lang),
                    answers=formatting.number(change.answers, 0, lang),
                    respondents=formatting.number(change.respondents, 0, lang),
                    waves=escape_markdown(", ".join(change.waves)) or "–",
                )
            )
            if internals:
                st.caption(
                    components.tr(
                        "changes.internals_named",
                        key_name=escape_markdown(change.key_name or "–"),
                        file=escape_markdown(change.file_name or "–"),
                        batch=escape_markdown(change.batch_id),
                    )
                )
                if change.reason:
                    st.caption(components.tr("changes.reason", reason=escape_markdown(change.reason)))
            if change.moved:
                lines = [
                    "- "
                    + change_words.moved_sentence(
                        m,
                        names.get(m.municipality_id, m.municipality_id),
                        survey_view.group_name(m.respondent_group, lang).lower(),
                        lang,
                        escape_markdown,
                    )
                    for m in change.moved[:MOVED_SHOWN]
                ]
                if len(change.moved) > MOVED_SHOWN:
                    lines.append(components.tr("changes.moved_more", count=len(change.moved) - MOVED_SHOWN))
                st.markdown(components.tr("changes.moved") + "\n\n" + "\n".join(lines))
            else:
                st.caption(components.tr("changes.moved_none"))
            version_links(change.version)
    if not internals:
        st.caption(components.tr("changes.for_key_holders"))
