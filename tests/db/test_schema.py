import sqlite3
import subprocess
import sys

import pytest
from sqlalchemy import inspect, text

from mairie_app.db.engine import make_engine
from mairie_app.db.migrate import HEAD_REVISION, alembic_config, current_revision, upgrade
from mairie_app.errors import StorageError
from mairie_app.services.registre import ouvrir_registre


def test_new_database_is_created_at_the_head_revision(tmp_path):
    services = ouvrir_registre(tmp_path)
    assert current_revision(services.engine) == HEAD_REVISION
    tables = set(inspect(services.engine).get_table_names())
    assert {"commune", "conseiller", "seance", "presence", "deliberation"} <= tables
    assert (tmp_path / "registre.sqlite3").exists()
    services.engine.dispose()


def test_head_revision_constant_matches_alembic(tmp_path):
    from alembic.script import ScriptDirectory

    config = alembic_config(make_engine(f"sqlite:///{tmp_path}/x.sqlite3"))
    assert ScriptDirectory.from_config(config).get_current_head() == HEAD_REVISION


def test_every_connection_has_foreign_keys_and_wal(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path}/x.sqlite3")
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"


def test_foreign_keys_are_enforced(services):
    with services.engine.connect() as conn, pytest.raises(Exception, match="FOREIGN KEY"):
        conn.execute(
            text(
                "INSERT INTO seance (annee, numero, date, heure, lieu, nature, urgence, "
                "seconde_convocation, president_id, etat) VALUES "
                "(2024, 1, '2024-01-01', '18:00:00', '', 'ordinaire', 0, 0, 999, 'brouillon')"
            )
        )


def test_upgrade_is_idempotent_and_keeps_data(tmp_path, demo):
    services, _ = demo
    upgrade(services.engine)
    assert services.seances.seances()[0].nb_points == 1


def test_database_from_a_newer_app_is_refused(tmp_path):
    services = ouvrir_registre(tmp_path)
    with services.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    services.engine.dispose()
    with pytest.raises(StorageError, match="version plus récente"):
        ouvrir_registre(tmp_path)


def test_a_file_that_is_not_a_database_is_refused_in_french(tmp_path):
    (tmp_path / "registre.sqlite3").write_bytes(b"ceci n'est pas une base" * 100)
    with pytest.raises(StorageError, match="illisible"):
        ouvrir_registre(tmp_path)


def test_empty_sqlite_file_is_upgraded(tmp_path):
    sqlite3.connect(tmp_path / "registre.sqlite3").close()
    services = ouvrir_registre(tmp_path)
    assert services.conseil.commune() is None
    services.engine.dispose()


CORE = [
    "mairie_app.domain.effectif",
    "mairie_app.domain.presences",
    "mairie_app.domain.vote",
    "mairie_app.domain.wording",
    "mairie_app.db.models",
    "mairie_app.db.migrate",
    "mairie_app.db.history",
    "mairie_app.db.garde",
    "mairie_app.db.verrou",
    "mairie_app.services.cloture_service",
    "mairie_app.services.archives_service",
    "mairie_app.services.sauvegarde",
    "mairie_app.registre_commands",
    "mairie_app.services.registre",
    "mairie_app.services.demo",
    "mairie_app.referentiels.communes",
    "mairie_app.cli",
    "mairie_app.pdf.extrait",
    "mairie_app.pdf.lot",
    "mairie_app.pdf.registre",
    "mairie_app.exchange.seance_json",
    "mairie_app.exchange.scdl",
    "mairie_app.exchange.rne_plan",
]


def test_core_packages_import_without_pyside6(tmp_path):
    """Run in a fresh interpreter where importing PySide6 fails."""
    code = (
        "import sys; sys.modules['PySide6'] = None\n"
        f"import importlib\nfor name in {CORE!r}: importlib.import_module(name)\n"
        "from mairie_app.services.registre import ouvrir_registre\n"
        "from mairie_app.services.demo import charger_demo\n"
        "import pathlib\n"
        f"s = ouvrir_registre(pathlib.Path({str(tmp_path)!r}))\n"
        "charger_demo(s.sessions)\n"
        "assert not any(m.startswith('PySide6.') for m in sys.modules)\n"
        "print('ok')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
