-- The facts of the series the "Virkede det?" rules read: one row per fact, with what its series and measure are.
SELECT
    f.fact_id,
    f.series_id,
    f.experiment_id,
    f.municipality_id,
    f.measure_id,
    f.respondent_group,
    f.period,
    f.value,
    f.unit,
    f.n,
    f.source_doc,
    f.section,
    f.source_line,
    f.source_quote,
    s.label_da,
    s.label_en,
    s.question,
    s.statistic,
    s.category,
    s.window,
    m.name_da,
    m.name_en,
    m.higher_is_better,
    q.text_da AS question_da,
    q.text_en AS question_en,
    q.scale_da,
    q.scale_en,
    q.higher_is_better AS question_higher_is_better,
    coalesce(u.name, f.municipality_id) AS municipality
FROM facts AS f
INNER JOIN series AS s USING (series_id)
INNER JOIN measures AS m ON f.measure_id = m.measure_id
LEFT JOIN questions AS q ON s.question = q.question_id
LEFT JOIN municipalities AS u ON f.municipality_id = u.municipality_id
WHERE
    f.series_id IN (
        SELECT ei.series_id FROM evidence_inputs AS ei
        WHERE ei.series_id <> ''
    )
ORDER BY f.series_id, f.municipality_id, f.period
