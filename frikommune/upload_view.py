"""The upload page's state: a validated preview per file and mapping (so reruns do not re-read the file),
and the editable column mapping."""

from __future__ import annotations

import json

import pandas as pd
import streamlit as st

from frikommune import ingest, ui
from frikommune.ingest.mapping import ROLES


def preview(data: bytes, file_name: str, root: str, key_name: str,
            mapping: dict[str, str] | None) -> ingest.IngestResult:
    """The dry-run validation of ``data`` with ``mapping``, computed once per file and mapping in this session."""
    import hashlib

    cache = st.session_state.setdefault("upload_previews", {})
    key = (hashlib.sha256(data).hexdigest(), json.dumps(mapping, sort_keys=True))
    if key not in cache:
        cache.clear()  # one file at a time: keep memory flat
        cache[key] = ingest.ingest(data, file_name, root, key_name, mapping=mapping, dry_run=True)
    return cache[key]


def mapping_editor(mapping: dict[str, str], digest: str) -> dict[str, str]:
    """A two-column table (file column -> role) the consultant can correct; returns the edited mapping."""
    lang = ui.lang()
    roles = list(ROLES)
    table = pd.DataFrame({"column": list(mapping), "role": list(mapping.values())})
    edited = st.data_editor(
        table, hide_index=True, disabled=["column"], key=f"mapping-{digest}",
        column_config={
            "column": st.column_config.TextColumn(ui.tr("upload.mapping_column")),
            "role": st.column_config.SelectboxColumn(ui.tr("upload.mapping_role"), options=roles, required=True),
        },
    )
    st.caption(" · ".join(f"{role} = {ROLES[role][0 if lang == 'da' else 1]}" for role in roles))
    return dict(zip(edited["column"], edited["role"]))
