-- Staging: one row per experiment x municipality the source names (data/curated/participation.csv). $path: the CSV.
CREATE OR REPLACE TABLE participation AS
SELECT experiment_id, municipality_id, applied, approved, took_part,
       source_doc, CAST(source_line AS INTEGER) AS source_line, source_quote, coalesce(note, '') AS note
FROM read_csv($path, header = true, all_varchar = true)
