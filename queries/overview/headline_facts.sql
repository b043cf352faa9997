-- The headline figures chosen for the overview, in the order given: one row per fact, with its measure.
-- $measure_ids: the headline measures.
SELECT
    f.fact_id,
    f.measure_id,
    m.name_da,
    m.name_en,
    m.definition_da,
    m.definition_en,
    f.value,
    f.unit,
    f.source_doc,
    f.section,
    f.source_line,
    f.source_quote
FROM facts AS f
INNER JOIN measures AS m USING (measure_id)
WHERE list_contains($measure_ids, f.measure_id) AND f.municipality_id = 'network'
QUALIFY row_number() OVER (PARTITION BY f.measure_id ORDER BY f.source_doc, f.source_line) = 1
ORDER BY list_position($measure_ids, f.measure_id)
