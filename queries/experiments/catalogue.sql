-- The experiment catalogue: one row per application of the three rounds, with its theme's title.
SELECT e.*, coalesce(t.title_da, '') AS theme_da, coalesce(t.title_en, '') AS theme_en
FROM experiments AS e
LEFT JOIN themes AS t USING (theme_id)
ORDER BY e.round_no, e.application_no
