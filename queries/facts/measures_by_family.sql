-- Measures of the given families that one experiment has figures for: one row per measure. $families, $experiment.
SELECT
    m.measure_id,
    m.name_da,
    m.name_en,
    m.definition_da,
    m.definition_en,
    m.unit,
    m.higher_is_better,
    count(*) AS facts,
    count(DISTINCT f.municipality_id) AS municipalities
FROM facts AS f
INNER JOIN measures AS m USING (measure_id)
WHERE list_contains($families, m.family) AND f.experiment_id = $experiment
GROUP BY ALL
ORDER BY municipalities DESC, facts DESC, m.measure_id ASC
