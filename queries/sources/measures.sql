-- Every measure with its definition and how many facts use it: one row per measure.
SELECT
    m.measure_id,
    m.family,
    m.name_da,
    m.name_en,
    m.definition_da,
    m.definition_en,
    m.unit,
    m.higher_is_better,
    count(f.fact_id) AS facts
FROM measures AS m
LEFT JOIN facts AS f USING (measure_id)
GROUP BY ALL
ORDER BY m.family, m.measure_id
