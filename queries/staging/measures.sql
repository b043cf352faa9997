-- Staging: one row per measure (data/curated/measures.csv). $path: the CSV file.
-- higher_is_better is BOOLEAN, NULL where a higher value is neither better nor worse.
CREATE OR REPLACE TABLE measures AS
SELECT
    measure_id,
    name_da,
    name_en,
    definition_da,
    definition_en,
    unit,
    cast(nullif(higher_is_better, '') AS BOOLEAN) AS higher_is_better,
    family
FROM read_csv($path, header = TRUE, all_varchar = TRUE)
