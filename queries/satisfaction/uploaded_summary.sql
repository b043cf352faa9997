-- Uploaded survey answers per municipality x experiment x respondent group x question x wave: N, "ved ikke",
-- mean and sum of squares (for SD and CI), computed from the answer histograms (DESIGN §8), so the cost
-- does not grow with the number of respondents. $experiment ('' = all experiments).
SELECT
    municipality_id,
    experiment_id,
    respondent_group,
    question,
    wave,
    coalesce(sum(n) FILTER (WHERE answer IS NOT NULL), 0) AS n,
    coalesce(sum(n) FILTER (WHERE answer IS NULL), 0) AS dont_know,
    sum(cast(answer AS DOUBLE) * n) FILTER (WHERE answer IS NOT NULL)
    / nullif(sum(n) FILTER (WHERE answer IS NOT NULL), 0) AS mean,
    sum(cast(answer AS DOUBLE) * answer * n) FILTER (WHERE answer IS NOT NULL) AS sum_sq
FROM upload_histograms
WHERE $experiment = '' OR experiment_id = $experiment
GROUP BY ALL
ORDER BY experiment_id, respondent_group, question, wave, municipality_id
