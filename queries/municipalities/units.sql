-- The municipalities and reporting units a user can choose: one row each (the network excluded).
SELECT
    municipality_id,
    name,
    kind,
    members,
    note_da,
    note_en
FROM municipalities
WHERE kind IN ('municipality', 'combined')
ORDER BY kind DESC, name ASC
