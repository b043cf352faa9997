-- The number of active (not withdrawn) uploaded batches, and of those that are synthetic (their file is named
-- SYNTETISK…, as the samples and the benchmark's data are); one row.
SELECT
    count(*) AS batches,
    count(*) FILTER (WHERE upper(file_name) LIKE 'SYNTETISK%') AS synthetic
FROM upload_batches
