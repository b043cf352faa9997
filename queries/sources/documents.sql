-- The source documents with checksum and the number of facts taken from each: one row per document.
SELECT
    s.source_doc,
    s.title,
    s.sha256,
    s.lines,
    count(f.fact_id) AS facts
FROM sources AS s
LEFT JOIN facts AS f USING (source_doc)
GROUP BY ALL
ORDER BY s.source_doc
