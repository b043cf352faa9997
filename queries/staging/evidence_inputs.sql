-- Staging: one row per input of the "Virkede det?" rules (data/curated/evidence_inputs.csv). $path: the CSV file.
CREATE OR REPLACE TABLE evidence_inputs AS
SELECT
    input_id,
    experiment_id,
    outcome,
    role,
    coalesce(method, '') AS method,
    coalesce(design, '') AS design,
    coalesce(series_id, '') AS series_id,
    coalesce(municipality_id, '') AS municipality_id,
    coalesce(respondent_group, '') AS respondent_group,
    coalesce(period_before, '') AS period_before,
    coalesce(period, '') AS period,
    coalesce(stated, '') AS stated,
    coalesce(source_doc, '') AS source_doc,
    coalesce(section, '') AS section,
    try_cast(source_line AS INTEGER) AS source_line,
    coalesce(source_quote, '') AS source_quote,
    coalesce(note_da, '') AS note_da,
    coalesce(note_en, '') AS note_en
FROM read_csv($path, header = TRUE, all_varchar = TRUE)
