-- Staging: the upload_histograms table with no rows, for when no batch is active.
CREATE OR REPLACE TABLE upload_histograms (
    batch_id VARCHAR, municipality_id VARCHAR, experiment_id VARCHAR, respondent_group VARCHAR,
    question VARCHAR, wave VARCHAR, answer TINYINT, n BIGINT
)
