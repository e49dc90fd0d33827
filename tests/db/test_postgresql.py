"""The same migrations and register on PostgreSQL, when a throw-away server is given.

Set MAIRIE_APP_TEST_POSTGRES_URL (e.g. postgresql+psycopg://postgres@/postgres?host=/tmp/pg)
to a database that may be wiped, with a driver installed; skipped otherwise.
"""

import os

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, text

from mairie_app.db.base import Base
from mairie_app.db.migrate import HEAD_REVISION, alembic_config, current_revision
from mairie_app.errors import ValidationError
from mairie_app.services.demo import charger_demo
from mairie_app.services.registre import ouvrir_registre

URL = os.environ.get("MAIRIE_APP_TEST_POSTGRES_URL")
pytestmark = pytest.mark.skipif(not URL, reason="MAIRIE_APP_TEST_POSTGRES_URL not set")


@pytest.fixture
def services():
    engine = create_engine(URL)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    svc = ouvrir_registre(url=URL)
    yield svc
    svc.fermer()


def test_the_register_works_on_postgresql(services):
    assert current_revision(services.engine) == HEAD_REVISION
    with services.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
    seance_id = charger_demo(services.sessions)
    assert services.seances.seance(seance_id).cloturee
    assert services.historique.historique(seance_id)
    with pytest.raises(ValidationError, match="clôturée"):
        services.seances.ajouter_point(seance_id, "Encore un point")
    with pytest.raises(Exception, match="ajout seul"), services.engine.begin() as conn:
        conn.execute(text("DELETE FROM historique"))
    config = alembic_config(services.engine)
    command.downgrade(config, "0001")
    with services.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM presence")).scalar() == 23
    command.upgrade(config, "head")
    assert current_revision(services.engine) == HEAD_REVISION
