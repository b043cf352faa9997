-- The network's conclusions, recommendations and wishes: one row per statement. $kinds: the kinds to show.
SELECT
    statement_id,
    kind,
    theme_id,
    experiment_id,
    text_da,
    text_en,
    source_doc,
    section,
    source_line
FROM statements
WHERE list_contains($kinds, kind)
ORDER BY list_position($kinds, kind), source_doc, source_line
