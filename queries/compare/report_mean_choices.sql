-- Survey questions for which the report gives a mean per municipality (mean and N only): one row per
-- experiment x respondent group x question (note) x period with at least two municipalities.
SELECT f.experiment_id, f.respondent_group, f.note, f.period, count(DISTINCT f.municipality_id) AS municipalities
FROM facts AS f
WHERE f.measure_id = 'survey_mean' AND f.municipality_id <> 'network'
GROUP BY ALL
HAVING count(DISTINCT f.municipality_id) >= 2
ORDER BY f.experiment_id, f.respondent_group, f.note, f.period
