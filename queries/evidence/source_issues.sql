-- Source contradictions and oddities with the series and facts they touch: one row per issue.
SELECT
    issue_id,
    source_doc,
    lines,
    kind,
    description_da,
    description_en,
    series_ids,
    fact_ids
FROM source_issues
ORDER BY issue_id
