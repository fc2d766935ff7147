"""Alembic environment: always run with the connection the store hands over (never a URL)."""

from alembic import context

from desk_app.store.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only through Store.migrate
    raise RuntimeError("run migrations through desk-app db upgrade")
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
context.run_migrations()
