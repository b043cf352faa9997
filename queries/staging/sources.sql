-- Staging: one row per seed document with its checksum (data/curated/sources.csv). $path: the CSV file.
CREATE OR REPLACE TABLE sources AS
SELECT
    source_doc,
    title,
    sha256,
    cast(lines AS INTEGER) AS lines
FROM read_csv($path, header = TRUE, all_varchar = TRUE)
