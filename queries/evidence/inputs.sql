-- The inputs of the "Virkede det?" rules: one row per headline series, N, stated result, design or status.
SELECT
    input_id,
    experiment_id,
    outcome,
    role,
    method,
    design,
    series_id,
    municipality_id,
    respondent_group,
    period_before,
    period,
    stated,
    source_doc,
    section,
    source_line,
    source_quote,
    note_da,
    note_en
FROM evidence_inputs
ORDER BY experiment_id, outcome, role, input_id
