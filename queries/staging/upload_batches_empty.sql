-- Staging: the list of active uploaded batches, emptied before it is filled again from the upload log.
CREATE OR REPLACE TABLE upload_batches (
    batch_id VARCHAR, file_name VARCHAR, rows BIGINT, respondents BIGINT, uploaded_at VARCHAR,
    key_name VARCHAR, waves VARCHAR
)
