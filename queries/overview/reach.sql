-- Citizens and cases the experiments reached, as the report counts them (it gives no network total):
-- one row per chosen experiment|measure|group key, the first such network-level fact in the source.
-- $keys: 'experiment_id|measure_id|respondent_group' strings.
SELECT f.fact_id, f.experiment_id, e.title_da, e.title_en, m.name_da, m.name_en, f.respondent_group, f.period,
       f.value, f.unit, f.note, f.source_doc, f.source_line, f.source_quote
FROM facts AS f
JOIN measures AS m USING (measure_id)
JOIN experiments AS e USING (experiment_id)
WHERE f.municipality_id = 'network'
  AND list_contains($keys, f.experiment_id || '|' || f.measure_id || '|' || f.respondent_group)
QUALIFY row_number() OVER (PARTITION BY f.experiment_id, f.measure_id, f.respondent_group
                           ORDER BY f.source_doc, f.source_line) = 1
ORDER BY list_position($keys, f.experiment_id || '|' || f.measure_id || '|' || f.respondent_group)
