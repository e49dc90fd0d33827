"""The services tests run on SQLite and, when CI provides one, on a PostgreSQL server too.

The same code must serve a shared secretariat's server: every service test below
is run once per database (the backups, which are SQLite files, excepted).
"""

from __future__ import annotations

import os

import pytest
from sqlalchemy import create_engine, text

from mairie_app.services.registre import Services, ouvrir_registre

POSTGRES_URL = os.environ.get("MAIRIE_APP_TEST_POSTGRES_URL")
BASES = ["sqlite", "postgresql"] if POSTGRES_URL else ["sqlite"]


@pytest.fixture(params=BASES)
def services(request, tmp_path) -> Services:
    if request.param == "sqlite":
        svc = ouvrir_registre(tmp_path / "registre")
    else:
        engine = create_engine(POSTGRES_URL)
        with engine.begin() as conn:
            conn.execute(text("DROP SCHEMA public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
        engine.dispose()
        svc = ouvrir_registre(url=POSTGRES_URL)
    yield svc
    svc.fermer()
