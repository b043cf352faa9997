-- Source contradictions that touch one experiment's facts: one row per issue. $experiment.
SELECT DISTINCT
    si.issue_id,
    si.source_doc,
    si.lines,
    si.kind,
    si.description_da,
    si.description_en
FROM source_issues AS si
INNER JOIN facts AS f ON list_contains(string_split(si.fact_ids, ';'), f.fact_id)
WHERE f.experiment_id = $experiment
ORDER BY si.issue_id
