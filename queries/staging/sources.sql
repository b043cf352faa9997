-- Staging: one row per seed document with its checksum (data/curated/sources.csv). $path: the CSV file.
CREATE OR REPLACE TABLE sources AS
SELECT source_doc, title, sha256, CAST(lines AS INTEGER) AS lines
FROM read_csv($path, header = true, all_varchar = true)
