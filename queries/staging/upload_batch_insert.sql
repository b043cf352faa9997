-- Staging: one active batch from the upload log. $batch_id, $file_name, $rows, $respondents, $uploaded_at,
-- $key_name, $waves.
INSERT INTO upload_batches VALUES ($batch_id, $file_name, $rows, $respondents, $uploaded_at, $key_name, $waves)
