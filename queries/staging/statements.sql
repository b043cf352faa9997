-- Staging: one row per conclusion, recommendation or wish of the network (data/curated/statements.csv). $path: the CSV.
CREATE OR REPLACE TABLE statements AS
SELECT
    statement_id,
    kind,
    coalesce(theme_id, '') AS theme_id,
    coalesce(experiment_id, '') AS experiment_id,
    text_da,
    text_en,
    source_doc,
    coalesce(section, '') AS section,
    cast(source_line AS INTEGER) AS source_line
FROM read_csv($path, header = TRUE, all_varchar = TRUE)
