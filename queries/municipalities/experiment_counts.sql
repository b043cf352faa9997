-- How many experiments each municipality took part in, directly or through a combined unit (a participation of
-- Frederikshavn/Læsø counts for both): one row per municipality of the network.
SELECT
    u.municipality_id,
    u.name,
    count(DISTINCT p.experiment_id) FILTER (WHERE p.took_part) AS experiments
FROM municipalities AS u
LEFT JOIN municipalities AS c ON c.kind = 'combined' AND list_contains(string_split(c.members, ';'), u.municipality_id)
LEFT JOIN participation AS p ON p.municipality_id IN (u.municipality_id, c.municipality_id)
WHERE u.kind = 'municipality'
GROUP BY ALL
ORDER BY u.name
