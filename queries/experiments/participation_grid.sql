-- Who took part in what: one row per experiment x municipality named by the source, with its status.
SELECT
    p.experiment_id,
    p.municipality_id,
    coalesce(u.name, p.municipality_id) AS municipality,
    p.applied,
    p.approved,
    p.in_status_note,
    p.results_reported,
    p.took_part,
    p.applied_source,
    p.status_note_source,
    p.results_source,
    p.took_part_source,
    p.source_doc,
    p.section,
    p.source_line,
    p.source_quote,
    p.note
FROM participation AS p
LEFT JOIN municipalities AS u USING (municipality_id)
ORDER BY p.experiment_id, municipality
