-- The experiments one municipality (or a combined unit it belongs to) is named in: one row per experiment
-- and unit. $units: the municipality id and the ids of combined units containing it.
SELECT
    p.experiment_id,
    e.title_da,
    e.title_en,
    e.theme_id,
    e.status,
    e.extended_until,
    p.municipality_id,
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
INNER JOIN experiments AS e USING (experiment_id)
WHERE list_contains($units, p.municipality_id)
ORDER BY e.round_no, e.application_no
