-- The experiment x respondent group x question x wave combinations the uploaded surveys hold, with their N:
-- one row each, for the comparison page's pickers.
SELECT
    experiment_id,
    respondent_group,
    question,
    wave,
    sum(n) AS n,
    count(DISTINCT municipality_id) AS municipalities
FROM upload_histograms
WHERE answer IS NOT NULL
GROUP BY ALL
ORDER BY experiment_id, respondent_group, question, wave
