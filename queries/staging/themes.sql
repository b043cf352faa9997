-- Staging: one row per theme (data/curated/themes.csv). $path: the CSV file.
CREATE OR REPLACE TABLE themes AS
SELECT
    theme_id,
    title_da,
    title_en,
    source_doc,
    coalesce(section, '') AS section,
    cast(source_line AS INTEGER) AS source_line,
    source_quote
FROM read_csv($path, header = TRUE, all_varchar = TRUE)
