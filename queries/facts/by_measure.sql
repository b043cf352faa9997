-- The figures of one measure in one experiment: one row per fact, with the municipality's name and the
-- experiment's start (the time axis marks it).
-- $measure, $experiment.
SELECT
    f.fact_id,
    f.series_id,
    s.label_da AS series_da,
    s.label_en AS series_en,
    s.target_group,
    s.statistic,
    s.source AS series_source,
    f.municipality_id,
    coalesce(u.name, f.municipality_id) AS municipality,
    u.kind AS municipality_kind,
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
    e.period_start,
    e.extended_until,
    f.source_doc,
    f.section,
    f.source_line,
    f.source_quote
FROM facts AS f
INNER JOIN series AS s USING (series_id)
INNER JOIN experiments AS e ON f.experiment_id = e.experiment_id
LEFT JOIN municipalities AS u USING (municipality_id)
WHERE f.measure_id = $measure AND f.experiment_id = $experiment
ORDER BY f.source_line, f.fact_id
