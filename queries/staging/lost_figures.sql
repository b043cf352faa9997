-- Staging: one row per chart that survives only as a caption (data/curated/lost_figures.csv). $path: the CSV file.
CREATE OR REPLACE TABLE lost_figures AS
SELECT
    lost_id,
    experiment_id,
    source_doc,
    coalesce(section, '') AS section,
    cast(source_line AS INTEGER) AS source_line,
    caption,
    note_da,
    note_en
FROM read_csv($path, header = TRUE, all_varchar = TRUE)
