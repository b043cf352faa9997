-- The contradictions and oddities recorded in the source: one row per issue.
SELECT
    issue_id,
    source_doc,
    lines,
    kind,
    description_da,
    description_en,
    fact_ids
FROM source_issues
ORDER BY source_doc, try_cast(split_part(lines, ';', 1) AS INTEGER), issue_id
