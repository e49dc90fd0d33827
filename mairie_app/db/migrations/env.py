"""Alembic environment: the engine is handed over by mairie_app.db.migrate.

On SQLite the whole upgrade runs in one BEGIN IMMEDIATE transaction, so a
migration interrupted by a crash or a power cut leaves the previous revision
intact (pysqlite would otherwise commit each CREATE/ALTER on its own). Foreign
keys are switched off meanwhile, as Alembic advises for batch mode: rebuilding a
table drops the old one, and with foreign keys on that DROP would cascade-delete
the rows that reference it. PRAGMA foreign_key_check then runs before COMMIT.

Offline mode (`sql=True`, dialect from config.attributes["dialect_name"]) only
renders the SQL; a test uses it to check the migrations for PostgreSQL.
"""

from __future__ import annotations

from alembic import context

from mairie_app.db import models  # noqa: F401  (registers the tables)
from mairie_app.db.base import Base

config = context.config


def _offline() -> None:
    context.configure(
        dialect_name=config.attributes.get("dialect_name", "postgresql"),
        target_metadata=Base.metadata,
        literal_binds=True,
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def _online() -> None:
    engine = config.attributes["engine"]
    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        raw = connection.connection.driver_connection if sqlite else None
        if raw is not None:
            raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with connection.begin():
                if sqlite:
                    connection.exec_driver_sql("BEGIN IMMEDIATE")
                context.configure(
                    connection=connection, target_metadata=Base.metadata, render_as_batch=True
                )
                with context.begin_transaction():
                    context.run_migrations()
                if sqlite:
                    orphelins = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if orphelins:
                        raise RuntimeError(f"migration : clés étrangères rompues {orphelins[:5]}")
        finally:
            if raw is not None:
                raw.execute("PRAGMA foreign_keys=ON")


if context.is_offline_mode():
    _offline()
else:
    _online()
