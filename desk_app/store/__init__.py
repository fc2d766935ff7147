"""The local store: SQLCipher-encrypted SQLite through SQLAlchemy, migrated with Alembic."""
