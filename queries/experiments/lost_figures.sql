-- Figures of one experiment that the source lost (caption only): one row per lost figure. $experiment.
SELECT
    lost_id,
    source_doc,
    section,
    source_line,
    caption,
    note_da,
    note_en
FROM lost_figures
WHERE experiment_id = $experiment
ORDER BY source_line
