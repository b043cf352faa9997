-- The experiment catalogue: one row per application of the three rounds, with its theme's title and the number
-- of figures the report has for it (a page opens on the richest).
SELECT
    e.*,
    coalesce(t.title_da, '') AS theme_da,
    coalesce(t.title_en, '') AS theme_en,
    (
        SELECT count(*) FROM facts AS f
        WHERE f.experiment_id = e.experiment_id
    ) AS facts
FROM experiments AS e
LEFT JOIN themes AS t USING (theme_id)
ORDER BY e.round_no, e.application_no
