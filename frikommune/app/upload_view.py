"""The upload page's state and rendering: a validated preview per file and mapping (validated once, stored as
validated), the editable column mapping, issue lists and batch tables where text from files is shown as text."""

from __future__ import annotations

import hashlib
import json

import pandas as pd
import streamlit as st

from frikommune import ingest
from frikommune.app import components
from frikommune.data import batches
from frikommune.ingest.mapping import ROLES
from frikommune.ingest.text import escape_markdown
from frikommune.text import i18n

# The upload page's own texts, registered in the shared table (keys only added, never changed).
i18n.TEXTS.update(
    {
        "upload.damaged": {
            "da": "Beskadigede batches er sat i karantæne og vises ikke på nogen side (intet er slettet). Træk dem "
            "tilbage og upload filen igen:",
            "en": "Damaged batches are quarantined and shown on no page (nothing is deleted). Withdraw them and upload "
            "the file again:",
        },
        "upload.damaged_unknown": {"da": "(ukendt batch)", "en": "(unknown batch)"},
        "upload.store_unavailable": {
            "da": "Datalageret kan ikke læses lige nu; listen over batches kan ikke vises. Prøv igen om lidt.",
            "en": "The data store cannot be read right now; the list of batches cannot be shown. Try again shortly.",
        },
        "upload.details_for_key_holders": {
            "da": "Filnavne og nøglenavne vises kun for indehavere af en upload-nøgle.",
            "en": "File names and key names are shown to upload-key holders only.",
        },
        "upload.key_wait": {
            "da": "For mange forkerte nøgler fra denne session; hvert nyt forsøg venter {seconds} sekunder.",
            "en": "Too many wrong keys from this session; each new attempt waits {seconds} seconds.",
        },
        # A withdrawal or a saved mapping that did not land (ingest.timed_write's codes).
        "upload.write_storage_full": {
            "da": "Det blev ikke gemt: der er ikke mere plads på datalageret. Intet er ændret. Kontakt driften.",
            "en": "It was not saved: the data store is full. Nothing was changed. Contact operations.",
        },
        "upload.write_storage_read_only": {
            "da": "Det blev ikke gemt: datalageret er skrivebeskyttet eller mangler rettigheder. Intet er ændret. "
            "Kontakt driften.",
            "en": "It was not saved: the data store is read-only or lacks permissions. Nothing was changed. "
            "Contact operations.",
        },
        "upload.write_storage_timeout": {
            "da": "Datalageret svarede ikke i tide. Prøv igen om lidt; at gøre det igen skader ikke.",
            "en": "The data store did not answer in time. Try again shortly; doing it again does no harm.",
        },
        "upload.write_storage_failed": {
            "da": "Det blev ikke gemt: datalageret fejlede. Intet er ændret; prøv igen om lidt.",
            "en": "It was not saved: the data store failed. Nothing was changed; try again shortly.",
        },
        "upload.status_active": {"da": "aktiv", "en": "active"},
        "upload.status_withdrawn": {"da": "trukket tilbage", "en": "withdrawn"},
        "upload.status_damaged": {"da": "beskadiget (karantæne)", "en": "damaged (quarantined)"},
    }
)

for _column, _names in {
    "status": ("Status", "Status"),
    "batch_id": ("Batch", "Batch"),
    "file_name": ("Filnavn", "File name"),
    "key_name": ("Nøglenavn", "Key name"),
    "uploaded_at": ("Uploadet", "Uploaded"),
    "waves": ("Bølger", "Waves"),
}.items():
    i18n.COLUMNS.setdefault(_column, _names)

PREVIEWS_KEPT = 4  # one file, its detected and its edited mapping, and one more: reruns never validate twice


def preview(
    data: bytes, file_name: str, root: str, key_name: str, mapping: dict[str, str] | None
) -> ingest.IngestResult:
    """The dry-run validation of ``data`` with ``mapping``, computed once per content digest and mapping."""
    cache: dict = st.session_state.setdefault("upload_previews", {})
    key = (hashlib.sha256(data).hexdigest(), file_name, json.dumps(mapping, sort_keys=True))
    if key not in cache:
        if any(k[0] != key[0] for k in cache) or len(cache) >= PREVIEWS_KEPT:
            cache.clear()  # a new file, or too many mappings: keep memory flat
        cache[key] = ingest.ingest(data, file_name, root, key_name, mapping=mapping, dry_run=True)
    return cache[key]


def mapping_editor(mapping: dict[str, str], digest: str) -> dict[str, str]:
    """A two-column table (file column -> role) the consultant can correct; returns the edited mapping."""
    lang = components.lang()
    roles = list(ROLES)
    table = pd.DataFrame({"column": list(mapping), "role": list(mapping.values())})
    edited = st.data_editor(
        table,
        hide_index=True,
        disabled=["column"],
        key=f"mapping-{digest}",
        column_config={
            "column": st.column_config.TextColumn(components.tr("upload.mapping_column")),
            "role": st.column_config.SelectboxColumn(
                components.tr("upload.mapping_role"), options=roles, required=True
            ),
        },
    )
    st.caption(" · ".join(f"{role} = {ROLES[role][0 if lang == 'da' else 1]}" for role in roles))
    return dict(zip(edited["column"], edited["role"]))


def issue_markdown(issues: list, lang: str, limit: int = 50) -> str:
    """The messages as a markdown list in which every character from the file is escaped (never a link, an image,
    HTML or formatting)."""
    return "\n".join(f"- {escape_markdown(getattr(i, 'message_' + lang))}" for i in issues[:limit])


def batch_table(all_batches: list[batches.Batch], damaged: list[batches.Damaged], key_holder: bool) -> pd.DataFrame:
    """One row per batch: id, rows, respondents, time, waves, status; file and key names for key holders only."""
    damaged_ids = {d.batch_id for d in damaged}
    rows = []
    for b in all_batches:
        status = (
            "upload.status_withdrawn"
            if b.withdrawn
            else "upload.status_damaged"
            if b.batch_id in damaged_ids
            else "upload.status_active"
        )
        row = {
            "batch_id": b.batch_id,
            "rows": b.rows,
            "respondents": b.respondents,
            "uploaded_at": b.uploaded_at.strftime("%Y-%m-%d %H:%M UTC"),
            "waves": ", ".join(b.waves),
            "status": components.tr(status),
        }
        if key_holder:
            row["file_name"] = b.file_name
            row["key_name"] = b.key_name
        rows.append(row)
    return pd.DataFrame(rows)


def damaged_markdown(damaged: list[batches.Damaged], lang: str) -> str:
    unknown = components.tr("upload.damaged_unknown")
    return "\n".join(
        f"- {escape_markdown(d.batch_id or unknown)}: {escape_markdown(d.reason_da if lang == 'da' else d.reason_en)}"
        for d in damaged
    )
