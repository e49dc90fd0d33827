"""Create or upgrade the schema at start-up.

Alembic is imported only when the database is not at the current revision,
so an ordinary start stays quick.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, inspect, text

from mairie_app.errors import StorageError

# The newest revision in migrations/versions; a test checks it matches Alembic's head.
HEAD_REVISION = "0003"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def alembic_config(engine: Engine):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["engine"] = engine
    return config


def revisions_connues() -> set[str]:
    """Every revision this version of the app can read (and upgrade from)."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return {rev.revision for rev in ScriptDirectory.from_config(config).walk_revisions()}


def upgrade(engine: Engine) -> None:
    """Bring the database to the newest revision, refusing files from a newer app."""
    revision = current_revision(engine)
    if revision == HEAD_REVISION:
        return
    from alembic import command

    config = alembic_config(engine)
    if revision is not None and revision not in revisions_connues():
        raise StorageError(
            f"Base de données : elle a été créée par une version plus récente de l'application "
            f"(révision {revision}). Mettez l'application à jour."
        )
    command.upgrade(config, "head")
