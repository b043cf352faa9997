-- Survey questions for which the report gives a mean per municipality (mean and N only): one row per series
-- x respondent group x period with at least two municipalities.
SELECT
    f.series_id,
    s.label_da,
    s.label_en,
    coalesce(q.text_da, s.label_da) AS question_da,
    coalesce(q.text_en, s.label_en) AS question_en,
    f.experiment_id,
    f.respondent_group,
    f.period,
    count(DISTINCT f.municipality_id) AS municipalities
FROM facts AS f
INNER JOIN series AS s USING (series_id)
LEFT JOIN questions AS q ON s.question = q.question_id
WHERE f.measure_id = 'survey_mean' AND f.municipality_id NOT IN ('network', 'total', 'comparison')
GROUP BY ALL
HAVING count(DISTINCT f.municipality_id) >= 2
ORDER BY f.experiment_id, f.series_id, f.respondent_group, f.period
