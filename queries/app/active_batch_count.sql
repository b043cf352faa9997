-- The number of active (not withdrawn) uploaded batches; one row.
SELECT count(*) AS batches FROM upload_batches
