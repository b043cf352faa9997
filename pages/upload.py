"""Upload: consultants add survey exports (validated, atomic, logged) and withdraw wrong ones. Browsing needs no key."""

import hashlib
import logging

import streamlit as st

from frikommune import ingest
from frikommune.app import components, upload_view
from frikommune.data import auth, batches, config
from frikommune.ingest import sandbox
from frikommune.ingest.text import escape_markdown

components.through_app()
log = logging.getLogger("frikommune.pages.upload")

lang = components.lang()
st.title(components.tr("upload.title"))
st.write(components.tr("upload.intro"))
root = config.data_root()


def session_id() -> str:
    from streamlit.runtime.scriptrunner import get_script_run_ctx

    ctx = get_script_run_ctx()
    return ctx.session_id if ctx is not None else "no-session"


key_name = None
if not auth.upload_configured():
    st.warning(components.tr("upload.no_key_configured"))
else:
    given = st.text_input(components.tr("upload.key"), type="password", key="upload_key")
    if given:
        # Checked once per typed value (a rerun is not a new attempt); wrong keys are logged and slowed down.
        fingerprint = hashlib.sha256(given.encode("utf-8")).hexdigest()
        checked = st.session_state.get("upload_key_checked")
        if checked is None or checked[0] != fingerprint:
            checked = (fingerprint, auth.check_key(given, session_id()))
            st.session_state["upload_key_checked"] = checked
        key_name = checked[1]
    if given and key_name is None:
        st.error(components.tr("upload.wrong_key"))
        wait = auth.delay_for(session_id())
        if wait:
            st.caption(components.tr("upload.key_wait", seconds=f"{wait:.0f}"))
    elif key_name:
        st.success(components.tr("upload.key_ok", name=escape_markdown(key_name)))

st.download_button(
    components.tr("upload.template"), ingest.template_bytes(), "skabelon-spoergeskema.xlsx", key="template"
)

if key_name:
    if not st.session_state.get("reader_prepared"):
        sandbox.prepare()  # the child processes that read uploads: ready before the first file arrives
        st.session_state["reader_prepared"] = True
    uploaded = st.file_uploader(components.tr("upload.file"), type=["xlsx", "csv"], key="upload_file")
    # Files stored in this session (content hash -> batch, rows): the next rerun, while the file is still in the
    # uploader, says it is stored instead of validating it again, which would reject it as a duplicate of itself.
    stored = st.session_state.setdefault("stored_uploads", {})
    data = uploaded.getvalue() if uploaded is not None else b""
    digest = hashlib.sha256(data).hexdigest()
    if uploaded is not None and digest in stored:
        st.success(components.tr("upload.stored", batch=stored[digest][0], rows=stored[digest][1]))
    elif uploaded is not None:
        saved = ingest.load_mappings(root)
        chosen = st.selectbox(
            components.tr("upload.saved_mapping"),
            [None, *saved],
            key="saved_mapping",
            format_func=lambda n: n or components.tr("upload.auto_mapping"),
        )
        first = upload_view.preview(data, uploaded.name, root, key_name, saved.get(chosen) if chosen else None)
        mapping = first.mapping
        with st.expander(components.tr("upload.mapping"), expanded=False):
            mapping = upload_view.mapping_editor(mapping, digest)
            name = st.text_input(components.tr("upload.mapping_name"), key="mapping_name")
            if st.button(components.tr("upload.save_mapping"), key="save_mapping") and name.strip():
                problem = ingest.timed_write(lambda: ingest.save_mapping(root, name.strip(), mapping), "save mapping")
                if problem:
                    st.error(components.tr(f"upload.write_{problem}"))
                else:
                    st.success(components.tr("upload.mapping_saved", name=escape_markdown(name.strip())))
        # Nothing edited: the first preview is the one shown and stored (each file is validated once per mapping).
        preview = (
            first if mapping == first.mapping else upload_view.preview(data, uploaded.name, root, key_name, mapping)
        )
        report = preview.report_frame()
        if preview.accepted:
            st.success(components.tr("upload.valid", rows=preview.rows, respondents=preview.respondents))
            if st.button(components.tr("upload.store"), type="primary", key="store"):
                # Store what was validated and shown (the claims still guard against duplicates).
                result = ingest.ingest(data, uploaded.name, root, key_name, mapping=preview.mapping, validated=preview)
                if result.accepted:
                    stored[digest] = (result.batch_id, result.rows)
                    st.session_state.pop("upload_previews", None)
                    st.cache_data.clear()
                    st.rerun()  # the sidebar's count and the batch list were drawn before the store
                else:
                    st.error(components.tr("upload.rejected"))
                    st.markdown(upload_view.issue_markdown(result.errors, lang))
                    st.session_state.pop("upload_previews", None)
        else:
            st.error(components.tr("upload.rejected"))
            st.markdown(upload_view.issue_markdown(preview.errors, lang))
        if not report.empty:
            st.subheader(components.tr("upload.report"))
            components.table_block(report, "valideringsrapport", "report")

st.subheader(components.tr("upload.batches"))
if "withdrawn_batch" in st.session_state:  # set before the rerun that follows a withdrawal, said once
    st.success(components.tr("upload.withdrawn", batch=st.session_state.pop("withdrawn_batch")))
try:
    all_batches = batches.all_batches(root)
    damaged = batches.damaged(root)
except Exception:  # noqa: BLE001 - the store is down: say so; the details go to the server log
    log.exception("upload page: the batch log cannot be read")
    all_batches, damaged = None, []
    st.warning(components.tr("upload.store_unavailable"))
if damaged:
    st.warning(components.tr("upload.damaged") + "\n\n" + upload_view.damaged_markdown(damaged, lang))
if all_batches is not None and not all_batches:
    components.empty_state(components.tr("upload.no_batches"))
elif all_batches:
    components.table_block(
        upload_view.batch_table(all_batches, damaged, key_holder=bool(key_name)), "uploads", "batches"
    )
    if not key_name:
        st.caption(components.tr("upload.details_for_key_holders"))
    withdrawable = [b.batch_id for b in all_batches if not b.withdrawn]
    withdrawable += [d.batch_id for d in damaged if d.batch_id and d.batch_id not in withdrawable]
    if key_name and withdrawable:
        with st.form("withdraw"):
            batch_id = st.selectbox(components.tr("upload.withdraw_batch"), withdrawable)
            reason = st.text_input(components.tr("upload.withdraw_reason"))
            if st.form_submit_button(components.tr("upload.withdraw")):
                if not reason.strip():
                    st.error(components.tr("upload.withdraw_needs_reason"))
                elif problem := ingest.timed_write(
                    lambda: batches.withdraw(root, batch_id, key_name, reason.strip()), "withdraw"
                ):
                    st.error(components.tr(f"upload.write_{problem}"))
                else:
                    st.cache_data.clear()
                    st.session_state["withdrawn_batch"] = batch_id  # the rerun would wipe a message shown here
                    st.rerun()
