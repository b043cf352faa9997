-- The figures outside Bilag 13 that bound its inputs: one row per fact, with its series' breakdown.
-- Prices of the same certificate in other documents (the applications' 'app_amount_dkk' with a certificate as
-- instrument) and the counts of the management review of vocational-rehabilitation cases (Bilag 15.b: cases
-- reviewed, and cases decided without LÆ265), totals only, per review round and for all rounds.
SELECT
    f.fact_id,
    f.series_id,
    f.experiment_id,
    f.measure_id,
    f.municipality_id,
    f.respondent_group,
    f.period,
    f.value,
    f.unit,
    f.note,
    f.source_doc,
    f.section,
    f.source_line,
    f.source_quote,
    s.instrument,
    s.question,
    s.statistic,
    s.category
FROM facts AS f
INNER JOIN series AS s USING (series_id)
WHERE
    (f.measure_id = 'app_amount_dkk' AND s.instrument IN ('LÆ265', 'LÆ285'))
    OR (
        f.municipality_id = 'total'
        AND (
            f.measure_id = 'reval_supervision_cases_n'
            OR (
                f.measure_id = 'reval_supervision_answers_n'
                AND s.question = 'reval_tilsyn_afgjort_uden_lae265'
                AND s.category = 'Ja'
            )
        )
    )
ORDER BY f.source_line, f.fact_id
