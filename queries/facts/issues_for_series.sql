-- Source contradictions and oddities that touch any of the given series: one row per issue. $series_ids: series ids.
SELECT
    si.issue_id,
    si.kind,
    si.description_da,
    si.description_en
FROM source_issues AS si
WHERE list_has_any(string_split(si.series_ids, ';'), $series_ids)
ORDER BY si.issue_id
