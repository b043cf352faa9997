-- The certificate-saving figures of Bilag 13: one row per fact, with the experiment's title.
-- $section: the annex section that holds the saving ('Bilag 13'; the extractor writes each fact's section).
SELECT
    f.fact_id,
    f.series_id,
    f.experiment_id,
    coalesce(e.title_da, 'Alle forsøg') AS title_da,
    coalesce(e.title_en, 'All experiments') AS title_en,
    f.measure_id,
    f.respondent_group,
    f.value,
    f.unit,
    f.note,
    f.source_doc,
    f.section,
    f.source_line,
    f.source_quote
FROM facts AS f
LEFT JOIN experiments AS e USING (experiment_id)
WHERE
    f.section = $section
    AND f.measure_id LIKE 'cert\_%' ESCAPE '\'
ORDER BY f.source_line, f.fact_id
