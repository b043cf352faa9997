-- Staging: one row per municipality, the combined Frederikshavn/Læsø unit and the network
-- (data/curated/municipalities.csv). $path: the CSV file.
CREATE OR REPLACE TABLE municipalities AS
SELECT
    municipality_id,
    name,
    kind,
    coalesce(members, '') AS members,
    coalesce(note_da, '') AS note_da,
    coalesce(note_en, '') AS note_en
FROM read_csv($path, header = TRUE, all_varchar = TRUE)
