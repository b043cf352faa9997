-- Answer counts per municipality for one question of the uploaded surveys: one row per municipality x answer
-- (1-5; "ved ikke" left out). $experiment, $group, $question, $wave.
SELECT
    municipality_id,
    answer,
    sum(n) AS n
FROM upload_histograms
WHERE
    experiment_id = $experiment AND respondent_group = $group AND question = $question AND wave = $wave
    AND answer IS NOT NULL
GROUP BY ALL
ORDER BY municipality_id, answer
