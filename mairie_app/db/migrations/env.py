"""Alembic environment: the engine is handed over by mairie_app.db.migrate."""

from __future__ import annotations

from alembic import context

from mairie_app.db import models  # noqa: F401  (registers the tables)
from mairie_app.db.base import Base

engine = context.config.attributes["engine"]

with engine.begin() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()
