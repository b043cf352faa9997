-- Staging: one row per experiment x municipality the source names (data/curated/participation.csv). $path: the CSV.
-- Each flag is true, false or NULL (the sources do not say); *_source is the '<doc>:<line>' it rests on.
CREATE OR REPLACE TABLE participation AS
SELECT
    experiment_id,
    municipality_id,
    cast(nullif(applied, '') AS BOOLEAN) AS applied,
    cast(nullif(approved, '') AS BOOLEAN) AS approved,
    cast(nullif(in_status_note, '') AS BOOLEAN) AS in_status_note,
    cast(nullif(results_reported, '') AS BOOLEAN) AS results_reported,
    cast(nullif(took_part, '') AS BOOLEAN) AS took_part,
    coalesce(applied_source, '') AS applied_source,
    coalesce(status_note_source, '') AS status_note_source,
    coalesce(results_source, '') AS results_source,
    coalesce(took_part_source, '') AS took_part_source,
    source_doc,
    coalesce(section, '') AS section,
    cast(source_line AS INTEGER) AS source_line,
    source_quote,
    coalesce(note, '') AS note
FROM read_csv($path, header = TRUE, all_varchar = TRUE)
