"""German-aware full-text search: normalisation, query language, SQLite FTS5 index."""
