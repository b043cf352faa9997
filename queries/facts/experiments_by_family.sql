-- Experiments that have figures of the given measure families: one row per experiment. $families: e.g. ['uptake'].
SELECT
    e.experiment_id,
    e.title_da,
    e.title_en,
    e.round_no,
    e.application_no,
    count(*) AS facts
FROM facts
INNER JOIN measures AS m USING (measure_id)
INNER JOIN experiments AS e USING (experiment_id)
WHERE list_contains($families, m.family)
GROUP BY ALL
ORDER BY e.round_no, e.application_no
