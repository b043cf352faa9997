-- Staging: every curated figure, one row per fact (data/curated/facts.csv), typed. $path: the CSV file.
-- municipality_id 'network' is the whole network; 'total' a total over the municipalities listed in scope.
CREATE OR REPLACE TABLE facts AS
SELECT
    fact_id,
    series_id,
    experiment_id,
    municipality_id,
    string_split(coalesce(scope, ''), ';') AS scope,
    measure_id,
    coalesce(respondent_group, '') AS respondent_group,
    coalesce(period, '') AS period,
    cast(value AS DOUBLE) AS value,
    unit,
    try_cast(n AS DOUBLE) AS n,
    source_doc,
    coalesce(section, '') AS section,
    cast(source_line AS INTEGER) AS source_line,
    source_quote,
    coalesce(note, '') AS note
FROM read_csv($path, header = TRUE, all_varchar = TRUE)
