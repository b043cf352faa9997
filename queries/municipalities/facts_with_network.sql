-- A municipality's figures beside the total of the same series, group and period (the whole network, or the
-- municipalities the total covers): one row per fact of the municipality.
-- $units: the municipality id and its combined units.
SELECT
    f.fact_id,
    f.series_id,
    f.experiment_id,
    e.title_da,
    e.title_en,
    m.family,
    f.measure_id,
    m.name_da,
    m.name_en,
    s.label_da AS series_da,
    s.label_en AS series_en,
    f.municipality_id,
    f.unit,
    f.respondent_group,
    f.period,
    f.note,
    f.value,
    f.n,
    t.value AS network_value,
    t.municipality_id AS total_id,
    t.scope AS total_scope,
    f.source_doc,
    f.section,
    f.source_line,
    f.source_quote
FROM facts AS f
INNER JOIN measures AS m USING (measure_id)
INNER JOIN experiments AS e USING (experiment_id)
INNER JOIN series AS s USING (series_id)
LEFT JOIN facts AS t
    ON
        f.series_id = t.series_id AND t.municipality_id IN ('network', 'total')
        AND f.respondent_group = t.respondent_group AND f.period = t.period
WHERE list_contains($units, f.municipality_id)
ORDER BY e.round_no, e.application_no, m.family, f.source_line
