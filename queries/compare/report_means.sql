-- The report's mean answer per municipality for one question: one row per municipality, with N where printed.
-- $experiment, $group, $note, $period.
SELECT f.municipality_id, f.value AS mean, f.n, f.source_doc, f.source_line, f.source_quote
FROM facts AS f
WHERE f.measure_id = 'survey_mean' AND f.municipality_id <> 'network' AND f.experiment_id = $experiment
  AND f.respondent_group = $group AND f.note = $note AND f.period = $period
ORDER BY f.municipality_id
