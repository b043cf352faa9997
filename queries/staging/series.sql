-- Staging: one row per series -- one row or column of one source table or figure, or one statement
-- (data/curated/series.csv). $path: the CSV file.
CREATE OR REPLACE TABLE series AS
SELECT
    series_id,
    experiment_id,
    measure_id,
    source,
    coalesce(target_group, '') AS target_group,
    coalesce(band, '') AS band,
    coalesce(question, '') AS question,
    coalesce(instrument, '') AS instrument,
    coalesce("window", '') AS "window",
    coalesce(cohort, '') AS cohort,
    coalesce(statistic, '') AS statistic,
    coalesce(category, '') AS category,
    label_da,
    label_en
FROM read_csv($path, header = TRUE, all_varchar = TRUE)
