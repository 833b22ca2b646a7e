"""Use cases: each owns its transaction and returns domain values, never ORM rows."""
