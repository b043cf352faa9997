-- Every fact matching a free-text search over measure, experiment, municipality, quote and note:
-- one row per fact. $text ('' matches all), $experiment ('' = all), $limit.
SELECT
    f.fact_id,
    f.experiment_id,
    f.municipality_id,
    m.name_da AS measure_da,
    m.name_en AS measure_en,
    f.respondent_group,
    f.period,
    f.value,
    f.unit,
    f.n,
    f.source_doc,
    f.section,
    f.source_line,
    f.source_quote,
    f.note
FROM facts AS f
INNER JOIN measures AS m USING (measure_id)
WHERE
    ($experiment = '' OR f.experiment_id = $experiment)
    AND (
        $text = ''
        OR concat_ws(
            ' ', f.fact_id, f.experiment_id, f.municipality_id, m.name_da, m.name_en, f.respondent_group,
            f.period, f.source_quote, f.note
        ) ILIKE '%' || $text || '%'
    )
ORDER BY f.source_doc, f.source_line, f.fact_id
LIMIT $limit
