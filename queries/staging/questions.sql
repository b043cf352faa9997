-- Staging: one row per survey question of the report (data/curated/questions.csv). $path: the CSV file.
CREATE OR REPLACE TABLE questions AS
SELECT
    question_id,
    text_da,
    text_en,
    coalesce(scale_da, '') AS scale_da,
    coalesce(scale_en, '') AS scale_en,
    cast(nullif(higher_is_better, '') AS BOOLEAN) AS higher_is_better
FROM read_csv($path, header = TRUE, all_varchar = TRUE)
