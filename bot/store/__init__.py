"""The store: SQLite by default, PostgreSQL by URL; schema changes through Alembic."""
