-- Every figure the report has for one experiment: one row per fact, with measure name and family. $experiment.
SELECT
    f.fact_id,
    f.series_id,
    s.label_da AS series_da,
    s.label_en AS series_en,
    s.target_group,
    s.statistic,
    s.source AS series_source,
    m.family,
    f.measure_id,
    m.name_da,
    m.name_en,
    m.definition_da,
    m.definition_en,
    f.municipality_id,
    coalesce(u.name, f.municipality_id) AS municipality,
    (
        SELECT list(n.name ORDER BY n.name) FROM municipalities AS n
        WHERE list_contains(f.scope, n.municipality_id)
    ) AS scope_names,
    f.respondent_group,
    f.period,
    f.note,
    f.value,
    f.unit,
    f.n,
    f.source_doc,
    f.section,
    f.source_line,
    f.source_quote
FROM facts AS f
INNER JOIN measures AS m USING (measure_id)
INNER JOIN series AS s USING (series_id)
LEFT JOIN municipalities AS u USING (municipality_id)
WHERE f.experiment_id = $experiment
ORDER BY m.family, f.measure_id, f.source_line, f.fact_id
