-- Staging: answer counts of the active uploaded batches, one row per batch x municipality x experiment x group x
-- question x wave x answer (DESIGN §8). $paths: the active batches' histogram Parquet files.
CREATE OR REPLACE TABLE upload_histograms AS
SELECT
    batch_id,
    municipality_id,
    experiment_id,
    respondent_group,
    question,
    wave,
    cast(answer AS TINYINT) AS answer,
    cast(n AS BIGINT) AS n
FROM read_parquet($paths)
