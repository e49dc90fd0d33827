"""Every schema revision keeps the data: the revision-0001 register is upgraded intact.

tests/data/registre-revision-0001.sqlite3 is the demo séance typed with the first
schema. Each future revision must keep test_revision_0001_register_upgrades_with_all_its_data
green (and add its own small file when it changes data, not only tables).
"""

import io
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text

from mairie_app.db import models  # noqa: F401
from mairie_app.db.base import Base
from mairie_app.db.engine import make_engine
from mairie_app.db.migrate import HEAD_REVISION, alembic_config, current_revision, upgrade
from mairie_app.domain.types import EtatSeance, Resultat, Statut
from mairie_app.services.registre import ouvrir_registre

REVISION_0001 = Path(__file__).resolve().parent.parent / "data" / "registre-revision-0001.sqlite3"


@pytest.fixture
def registre_0001(tmp_path) -> Path:
    """A copy of the revision-0001 register in a fresh data folder (the original stays closed)."""
    dossier = tmp_path / "registre"
    dossier.mkdir()
    shutil.copyfile(REVISION_0001, dossier / "registre.sqlite3")
    return dossier


def test_the_kept_file_is_still_at_revision_0001():
    with sqlite3.connect(f"{REVISION_0001.as_uri()}?mode=ro", uri=True) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)


def test_revision_0001_register_upgrades_with_all_its_data(registre_0001):
    services = ouvrir_registre(registre_0001)
    try:
        assert current_revision(services.engine) == HEAD_REVISION
        with services.engine.connect() as conn:
            assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
            assert conn.execute(text("PRAGMA foreign_key_check")).fetchall() == []

        commune = services.conseil.commune()
        assert (commune.nom, commune.code_insee, commune.population) == ("Chéreng", "59146", 3078)
        conseillers = services.conseil.conseillers()
        assert len(conseillers) == 23
        ids = {c.nom: c.id for c in conseillers}

        (resume,) = services.seances.seances()
        seance = services.seances.seance(resume.id)
        assert seance.libelle == "Séance n° 1 du 12/02/2024"
        assert seance.etat is EtatSeance.BROUILLON
        assert seance.president_id == ids["ZOUTE"]
        assert len(seance.secretaire_ids) == 1
        assert len(seance.presences) == 23
        excuses = [p for p in seance.presences if p.statut is not Statut.PRESENT]
        assert [(p.conseiller_id, p.statut, p.pouvoir_a) for p in excuses] == [
            (ids["LLANES"], Statut.EXCUSE, ids["BARBE"])
        ]

        (delib,) = services.deliberations.deliberations(seance.id)
        assert delib.reference == "2024 / 1 / 1"
        assert delib.objet.startswith("ESPACE NUMERIQUE DE TRAVAIL (ENT)")
        assert delib.matiere_code
        assert "Décide" in delib.dispositif and delib.visas and delib.considerants
        assert (delib.pour, delib.contre, delib.abstentions) == (23, 0, 0)
        assert delib.vote_saisi and delib.resultat is Resultat.ADOPTEE

        # The new columns and tables start empty; the upgraded register works as usual.
        etat = services.cloture.etat(seance.id)
        assert etat.date_cloture is None and etat.reouvertures == ()
        assert etat.manquants == ()
        assert services.historique.historique() == []
        services.cloture.cloturer(seance.id)
        assert services.seances.seance(seance.id).cloturee
    finally:
        services.fermer()


def test_models_and_migrations_describe_the_same_schema(tmp_path):
    """A model change without its revision fails here."""
    engine = make_engine(f"sqlite:///{tmp_path}/x.sqlite3")
    upgrade(engine)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    assert diff == []


def test_a_failed_migration_leaves_the_previous_revision_intact(registre_0001):
    """The upgrade runs in one transaction: no half-migrated register after a failure."""
    with sqlite3.connect(registre_0001 / "registre.sqlite3") as conn:
        conn.execute("CREATE TABLE historique (x INTEGER)")  # makes revision 0002 fail half-way
    engine = make_engine(f"sqlite:///{registre_0001}/registre.sqlite3")
    with pytest.raises(Exception, match="historique"):
        upgrade(engine)
    assert current_revision(engine) == "0001"
    tables = set(inspect(engine).get_table_names())
    assert "document_imprime" not in tables  # created before the failure, rolled back
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM presence")).scalar() == 23
    engine.dispose()


def test_downgrade_and_upgrade_keep_the_attendance(registre_0001):
    """Dropping columns rebuilds `seance` in batch mode: foreign keys must not cascade."""
    engine = make_engine(f"sqlite:///{registre_0001}/registre.sqlite3")
    upgrade(engine)
    config = alembic_config(engine)
    command.downgrade(config, "0001")
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM presence")).scalar() == 23
        assert conn.execute(text("SELECT count(*) FROM deliberation")).scalar() == 1
        assert "historique" not in inspect(conn).get_table_names()
    command.upgrade(config, "head")
    assert current_revision(engine) == HEAD_REVISION
    engine.dispose()


def test_migrations_render_for_postgresql():
    """Offline SQL for PostgreSQL: every revision, batch operations and trigger included."""
    buffer = io.StringIO()
    config = alembic_config(engine=None)
    config.output_buffer = buffer
    config.attributes["dialect_name"] = "postgresql"
    command.upgrade(config, "head", sql=True)
    sql = buffer.getvalue()
    assert "CREATE TABLE historique" in sql
    assert "ALTER TABLE seance ADD COLUMN date_cloture TIMESTAMP WITHOUT TIME ZONE" in sql
    assert "LANGUAGE plpgsql" in sql and "CREATE TRIGGER historique_ajout_seul" in sql
    assert f"UPDATE alembic_version SET version_num='{HEAD_REVISION}'" in sql


def test_revision_0003_folds_existing_objets_for_the_search(registre_0001):
    services = ouvrir_registre(registre_0001)
    try:
        assert [r.numero for r in services.seances.seances(recherche="numerique 59 62")] == [1]
        assert services.seances.seances(recherche="FIBRE NUMÉRIQUE")[0].nb_points == 1
        assert services.seances.seances(recherche="budget") == []
    finally:
        services.fermer()
