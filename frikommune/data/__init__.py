"""Data access: settings, the DuckDB database, storage back-ends, upload batches and access keys."""
