-- The report's mean answer per municipality for one question: one row per municipality, with N where printed.
-- $series, $group, $period.
SELECT
    f.municipality_id,
    u.name AS municipality,
    f.value AS mean,
    f.n,
    f.source_doc,
    f.section,
    f.source_line,
    f.source_quote
FROM facts AS f
LEFT JOIN municipalities AS u USING (municipality_id)
WHERE
    f.series_id = $series AND f.municipality_id NOT IN ('network', 'total', 'comparison')
    AND f.respondent_group = $group AND f.period = $period
ORDER BY f.municipality_id
