-- Staging: every curated figure, one row per fact (data/curated/facts.csv), typed. $path: the CSV file.
CREATE OR REPLACE TABLE facts AS
SELECT
    fact_id,
    experiment_id,
    municipality_id,
    measure_id,
    coalesce(respondent_group, '') AS respondent_group,
    coalesce(period, '') AS period,
    CAST(value AS DOUBLE) AS value,
    unit,
    TRY_CAST(n AS DOUBLE) AS n,
    source_doc,
    CAST(source_line AS INTEGER) AS source_line,
    source_quote,
    coalesce(note, '') AS note
FROM read_csv($path, header = true, all_varchar = true)
