"""Upload: consultants add survey exports (validated, atomic, logged) and withdraw wrong ones. Browsing needs no key."""

import hashlib

import pandas as pd
import streamlit as st

from frikommune import auth, batches, config, ingest, ui, upload_view

ui.through_app()

lang = ui.lang()
st.title(ui.tr("upload.title"))
st.write(ui.tr("upload.intro"))
root = config.data_root()

key_name = None
if not auth.upload_configured():
    st.warning(ui.tr("upload.no_key_configured"))
else:
    given = st.text_input(ui.tr("upload.key"), type="password", key="upload_key")
    key_name = auth.upload_key_name(given) if given else None
    if given and key_name is None:
        st.error(ui.tr("upload.wrong_key"))
    elif key_name:
        st.success(ui.tr("upload.key_ok", name=key_name))

st.download_button(ui.tr("upload.template"), ingest.template_bytes(), "skabelon-spoergeskema.xlsx",
                   key="template")

if key_name:
    uploaded = st.file_uploader(ui.tr("upload.file"), type=["xlsx", "csv"], key="upload_file")
    # Files stored in this session (content hash -> batch, rows): the next rerun, while the file is still in the
    # uploader, says it is stored instead of validating it again, which would reject it as a duplicate of itself.
    stored = st.session_state.setdefault("stored_uploads", {})
    data = uploaded.getvalue() if uploaded is not None else b""
    digest = hashlib.sha256(data).hexdigest()
    if uploaded is not None and digest in stored:
        st.success(ui.tr("upload.stored", batch=stored[digest][0], rows=stored[digest][1]))
    elif uploaded is not None:
        saved = ingest.load_mappings(root)
        chosen = st.selectbox(ui.tr("upload.saved_mapping"), [None, *saved], key="saved_mapping",
                              format_func=lambda n: n or ui.tr("upload.auto_mapping"))
        mapping = upload_view.preview(data, uploaded.name, root, key_name, saved.get(chosen) if chosen else None).mapping
        with st.expander(ui.tr("upload.mapping"), expanded=False):
            mapping = upload_view.mapping_editor(mapping, digest)
            name = st.text_input(ui.tr("upload.mapping_name"), key="mapping_name")
            if st.button(ui.tr("upload.save_mapping"), key="save_mapping") and name.strip():
                ingest.save_mapping(root, name.strip(), mapping)
                st.success(ui.tr("upload.mapping_saved", name=name.strip()))
        preview = upload_view.preview(data, uploaded.name, root, key_name, mapping)
        report = preview.report_frame()
        if preview.accepted:
            st.success(ui.tr("upload.valid", rows=preview.rows, respondents=preview.respondents))
            if st.button(ui.tr("upload.store"), type="primary", key="store"):
                result = ingest.ingest(data, uploaded.name, root, key_name, mapping=mapping)
                if result.accepted:
                    stored[digest] = (result.batch_id, result.rows)
                    st.cache_data.clear()
                    st.rerun()  # the sidebar's count and the batch list were drawn before the store
                else:
                    st.error(ui.tr("upload.rejected"))
                    for issue in result.errors:
                        st.markdown(f"- {getattr(issue, 'message_' + lang)}")
        else:
            st.error(ui.tr("upload.rejected"))
            for issue in preview.errors[:50]:
                st.markdown(f"- {getattr(issue, 'message_' + lang)}")
        if not report.empty:
            st.subheader(ui.tr("upload.report"))
            ui.table_block(report, "valideringsrapport", "report")

st.subheader(ui.tr("upload.batches"))
if "withdrawn_batch" in st.session_state:  # set before the rerun that follows a withdrawal, said once
    st.success(ui.tr("upload.withdrawn", batch=st.session_state.pop("withdrawn_batch")))
all_batches = batches.all_batches(root)
if not all_batches:
    ui.empty_state(ui.tr("upload.no_batches"))
else:
    table = pd.DataFrame([{
        "batch_id": b.batch_id, "file_name": b.file_name, "rows": b.rows, "respondents": b.respondents,
        "uploaded_at": str(b.uploaded_at), "key_name": b.key_name, "waves": ", ".join(b.waves),
        "withdrawn": b.withdrawn,
    } for b in all_batches])
    ui.table_block(table, "uploads", "batches")
    active = [b.batch_id for b in all_batches if not b.withdrawn]
    if key_name and active:
        with st.form("withdraw"):
            batch_id = st.selectbox(ui.tr("upload.withdraw_batch"), active)
            reason = st.text_input(ui.tr("upload.withdraw_reason"))
            if st.form_submit_button(ui.tr("upload.withdraw")):
                if not reason.strip():
                    st.error(ui.tr("upload.withdraw_needs_reason"))
                else:
                    batches.withdraw(root, batch_id, key_name, reason.strip())
                    st.cache_data.clear()
                    st.session_state["withdrawn_batch"] = batch_id  # the rerun would wipe a message shown here
                    st.rerun()
