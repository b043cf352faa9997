-- Citizens and cases the experiments reached, as the report counts them (it gives no network total):
-- one row per series of a chosen experiment|measure|group key, its first total in the source.
-- $keys: 'experiment_id|measure_id|respondent_group' strings.
SELECT
    f.fact_id,
    f.series_id,
    f.experiment_id,
    e.title_da,
    e.title_en,
    m.name_da,
    m.name_en,
    s.label_da AS series_da,
    s.label_en AS series_en,
    f.municipality_id,
    (
        SELECT list(n.name ORDER BY n.name) FROM municipalities AS n
        WHERE list_contains(f.scope, n.municipality_id)
    ) AS scope_names,
    f.respondent_group,
    f.period,
    f.value,
    f.unit,
    f.note,
    f.source_doc,
    f.section,
    f.source_line,
    f.source_quote
FROM facts AS f
INNER JOIN measures AS m USING (measure_id)
INNER JOIN experiments AS e USING (experiment_id)
INNER JOIN series AS s USING (series_id)
WHERE
    f.municipality_id IN ('network', 'total')
    AND list_contains($keys, f.experiment_id || '|' || f.measure_id || '|' || f.respondent_group)
QUALIFY row_number() OVER (PARTITION BY f.series_id ORDER BY f.source_doc, f.source_line) = 1
ORDER BY list_position($keys, f.experiment_id || '|' || f.measure_id || '|' || f.respondent_group), f.source_line
