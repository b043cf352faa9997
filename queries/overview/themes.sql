-- The four themes with the experiments under each that started: one row per theme x experiment.
SELECT
    t.theme_id,
    t.title_da AS theme_da,
    t.title_en AS theme_en,
    e.experiment_id,
    e.title_da,
    e.title_en,
    e.status,
    e.extended_until,
    t.source_doc,
    t.section,
    t.source_line
FROM themes AS t
LEFT JOIN experiments AS e ON t.theme_id = e.theme_id AND e.status NOT IN ('not_started', 'not_approved')
ORDER BY t.theme_id, e.round_no, e.application_no
