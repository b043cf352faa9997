-- Staging: one row per contradiction or oddity in the source (data/curated/source_issues.csv). $path: the CSV file.
CREATE OR REPLACE TABLE source_issues AS
SELECT
    issue_id,
    source_doc,
    lines,
    kind,
    description_da,
    description_en,
    coalesce(series_ids, '') AS series_ids,
    coalesce(fact_ids, '') AS fact_ids
FROM read_csv($path, header = TRUE, all_varchar = TRUE)
