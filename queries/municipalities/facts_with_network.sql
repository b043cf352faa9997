-- A municipality's figures beside the network's figure for the same measure, group, period and note:
-- one row per fact of the municipality. $units: the municipality id and its combined units.
SELECT f.fact_id, f.experiment_id, e.title_da, e.title_en, m.family, m.name_da, m.name_en, f.unit,
       f.respondent_group, f.period, f.note, f.value, f.n,
       (SELECT any_value(nw.value) FROM facts AS nw
         WHERE nw.municipality_id = 'network' AND nw.experiment_id = f.experiment_id
           AND nw.measure_id = f.measure_id AND nw.respondent_group = f.respondent_group
           AND nw.period = f.period AND nw.note = f.note) AS network_value,
       f.source_doc, f.source_line, f.source_quote
FROM facts AS f
JOIN measures AS m USING (measure_id)
JOIN experiments AS e USING (experiment_id)
WHERE list_contains($units, f.municipality_id)
ORDER BY e.round_no, e.application_no, m.family, f.source_line
