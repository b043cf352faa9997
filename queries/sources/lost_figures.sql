-- Charts and tables that survive only as a caption: one row per lost figure.
SELECT
    lost_id,
    experiment_id,
    source_doc,
    section,
    source_line,
    caption,
    note_da,
    note_en
FROM lost_figures
ORDER BY source_doc, source_line
