-- Staging: one row per application/experiment (data/curated/experiments.csv). $path: the CSV file.
-- Flags are BOOLEAN: counted_as_active is NULL where the sources do not say.
CREATE OR REPLACE TABLE experiments AS
SELECT
    experiment_id,
    title_da,
    title_en,
    coalesce(theme_id, '') AS theme_id,
    cast("round" AS INTEGER) AS round_no,
    try_cast(application_no AS INTEGER) AS application_no,
    coalesce(rules_suspended_da, '') AS rules_suspended_da,
    coalesce(rules_suspended_en, '') AS rules_suspended_en,
    coalesce(legal_basis, '') AS legal_basis,
    approval,
    status,
    coalesce(period_start, '') AS period_start,
    coalesce(period_end, '') AS period_end,
    coalesce(extended_until, '') AS extended_until,
    coalesce(extension_basis, '') AS extension_basis,
    coalesce(measured_da, '') AS measured_da,
    coalesce(measured_en, '') AS measured_en,
    coalesce(evaluation_annex, '') AS evaluation_annex,
    try_cast(results_annex_line AS INTEGER) AS results_annex_line,
    cast(nullif(counted_as_active, '') AS BOOLEAN) AS counted_as_active,
    source_doc,
    coalesce(section, '') AS section,
    cast(source_line AS INTEGER) AS source_line,
    source_quote
FROM read_csv($path, header = TRUE, all_varchar = TRUE)
