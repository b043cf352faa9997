-- Staging: one row per measure (data/curated/measures.csv). $path: the CSV file.
CREATE OR REPLACE TABLE measures AS
SELECT
    measure_id,
    name_da,
    name_en,
    definition_da,
    definition_en,
    unit,
    CASE higher_is_better WHEN 'true' THEN TRUE WHEN 'false' THEN FALSE END AS higher_is_better,
    family
FROM read_csv($path, header = TRUE, all_varchar = TRUE)
