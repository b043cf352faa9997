-- The certificate-saving figures of Bilag 13: one row per fact, with the experiment's title.
-- $doc, $first_line, $last_line: where Bilag 13 stands in the annex folder.
SELECT f.fact_id, f.experiment_id, coalesce(e.title_da, 'Alle forsøg') AS title_da,
       coalesce(e.title_en, 'All experiments') AS title_en, f.measure_id, f.respondent_group, f.value, f.unit,
       f.note, f.source_doc, f.source_line, f.source_quote
FROM facts AS f
LEFT JOIN experiments AS e USING (experiment_id)
WHERE f.source_doc = $doc AND f.source_line BETWEEN $first_line AND $last_line
  AND f.measure_id LIKE 'cert\_%' ESCAPE '\'
ORDER BY f.source_line, f.fact_id
