"""Backups through SQLite's backup API, daily rotation, and a restore that checks first."""

import shutil
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from mairie_app.db.migrate import HEAD_REVISION
from mairie_app.errors import StorageError
from mairie_app.paths import database_path
from mairie_app.services.registre import ouvrir_registre
from mairie_app.services.sauvegarde import (
    dossier_sauvegardes,
    restaurer,
    sauvegarde_auto,
    sauvegarder_vers,
    sauvegardes_auto,
    verifier_fichier,
)


@pytest.fixture
def services(tmp_path):
    """Backups are copies of the SQLite file: these tests use SQLite only."""
    svc = ouvrir_registre(tmp_path / "registre")
    yield svc
    svc.fermer()


REVISION_0001 = Path(__file__).resolve().parent.parent / "data" / "registre-revision-0001.sqlite3"


def lire(path, sql):
    with sqlite3.connect(f"{Path(path).as_uri()}?mode=ro", uri=True) as conn:
        return conn.execute(sql).fetchall()


def test_backup_is_a_checked_self_contained_copy(demo, tmp_path):
    services, seance_id = demo
    # A committed change still in the -wal file must be in the backup.
    services.seances.ajouter_point(seance_id, "Point tout juste ajouté")
    assert Path(f"{database_path(services.data_dir)}-wal").stat().st_size > 0
    cible = sauvegarder_vers(services.engine, tmp_path / "cle USB" / "registre.sqlite3")
    assert lire(cible, "PRAGMA integrity_check") == [("ok",)]
    assert lire(cible, "PRAGMA journal_mode") == [("delete",)]
    assert lire(cible, "SELECT objet FROM deliberation WHERE ordre = 2") == [
        ("Point tout juste ajouté",)
    ]
    assert sorted(p.name for p in cible.parent.iterdir()) == ["registre.sqlite3"]
    assert verifier_fichier(cible) == HEAD_REVISION


def test_backup_onto_the_register_itself_is_refused(demo):
    services, _ = demo
    with pytest.raises(StorageError, match="autre fichier que le registre"):
        sauvegarder_vers(services.engine, database_path(services.data_dir))
    lecture = ouvrir_registre(services.data_dir, lecture_seule=True)
    try:
        with pytest.raises(StorageError, match="autre fichier que le registre"):
            sauvegarder_vers(lecture.engine, database_path(services.data_dir))
    finally:
        lecture.fermer()
    assert len(services.conseil.conseillers()) == 23


def test_daily_backup_is_made_once_a_day_and_the_last_thirty_are_kept(demo):
    services, _ = demo
    debut = datetime(2026, 1, 1, 18, 15)
    for jour in range(35):
        quand = debut + timedelta(days=jour)
        assert sauvegarde_auto(services.data_dir, services.engine, quand) is not None
        assert (
            sauvegarde_auto(services.data_dir, services.engine, quand + timedelta(hours=2)) is None
        )
    fichiers = sauvegardes_auto(services.data_dir)
    assert len(fichiers) == 30
    assert fichiers[0].name == "registre-2026-02-04T181500.sqlite3"
    assert fichiers[-1].name == "registre-2026-01-06T181500.sqlite3"
    assert fichiers[0].parent == dossier_sauvegardes(services.data_dir)


def test_a_read_only_copy_of_the_app_makes_no_automatic_backup(demo):
    services, _ = demo
    lecture = ouvrir_registre(services.data_dir, lecture_seule=True)
    try:
        assert sauvegarde_auto(lecture.data_dir, lecture.engine) is None
        assert sauvegardes_auto(lecture.data_dir) == []
    finally:
        lecture.fermer()


def test_a_revision_0001_register_is_accepted():
    assert verifier_fichier(REVISION_0001) == "0001"


@pytest.mark.parametrize(
    ("fabrique", "message"),
    [
        (lambda p: p.write_text("pas une base", encoding="utf-8"), "n'est pas une base SQLite"),
        (
            lambda p: sqlite3.connect(p).execute("CREATE TABLE notes (x)").connection.commit(),
            "n'est pas un registre de cette application",
        ),
        (lambda p: _revision(p, "9999"), "version plus récente"),
        (lambda p: _endommager(p), "endommagé"),
        (lambda p: None, "introuvable"),
    ],
    ids=["texte", "autre_base", "plus_recente", "endommagee", "absente"],
)
def test_a_bad_backup_is_refused_in_french(tmp_path, fabrique, message):
    fichier = tmp_path / "sauvegarde.sqlite3"
    fabrique(fichier)
    with pytest.raises(StorageError, match=message):
        verifier_fichier(fichier)


def _revision(path, revision):
    shutil.copyfile(REVISION_0001, path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = ?", (revision,))


def _endommager(path):
    """Garbage over the b-tree headers of some tables, the file header left intact."""
    shutil.copyfile(REVISION_0001, path)
    with open(path, "r+b") as f:
        for page in (4, 7, 9):  # 0-based offsets: tables conseiller, presence, its index
            f.seek(4096 * page)
            f.write(b"\xff" * 64)


def test_restore_replaces_the_register_and_keeps_the_current_one(demo, tmp_path):
    services, seance_id = demo
    cle = sauvegarder_vers(services.engine, tmp_path / "cle" / "registre.sqlite3")
    services.seances.ajouter_point(seance_id, "Point saisi après la sauvegarde")
    data_dir = services.data_dir

    avant = restaurer(data_dir, cle, services.engine)

    rouvert = ouvrir_registre(data_dir)
    try:
        assert len(rouvert.seances.seance(seance_id).points) == 1
    finally:
        rouvert.fermer()
    assert avant.parent == dossier_sauvegardes(data_dir)
    assert avant.name.startswith("avant-restauration-")
    assert lire(avant, "SELECT count(*) FROM deliberation") == [(2,)]


def test_restoring_an_old_revision_upgrades_it_on_reopening(services):
    restaurer(services.data_dir, REVISION_0001, services.engine)
    rouvert = ouvrir_registre(services.data_dir)
    try:
        assert len(rouvert.conseil.conseillers()) == 23
        assert lire(
            database_path(services.data_dir), "SELECT version_num FROM alembic_version"
        ) == [(HEAD_REVISION,)]
    finally:
        rouvert.fermer()


def test_a_bad_file_changes_nothing(demo, tmp_path):
    services, _ = demo
    mauvais = tmp_path / "mauvais.sqlite3"
    mauvais.write_text("rien", encoding="utf-8")
    with pytest.raises(StorageError, match="n'est pas une base SQLite"):
        restaurer(services.data_dir, mauvais, services.engine)
    assert not dossier_sauvegardes(services.data_dir).exists()
    assert len(services.conseil.conseillers()) == 23


def test_a_damaged_register_can_be_restored_without_opening_it(tmp_path):
    """The usual reason to restore: the current file is not a database any more."""
    data_dir = tmp_path / "donnees"
    data_dir.mkdir()
    database_path(data_dir).write_bytes(b"\x00" * 8192)
    with pytest.raises(StorageError, match="illisible"):
        ouvrir_registre(data_dir)

    avant = restaurer(data_dir, REVISION_0001)

    assert avant.read_bytes() == b"\x00" * 8192  # the damaged file is kept as it was
    rouvert = ouvrir_registre(data_dir)
    try:
        assert len(rouvert.seances.seances()) == 1
    finally:
        rouvert.fermer()


def test_restore_is_refused_from_a_read_only_copy(demo):
    services, _ = demo
    lecture = ouvrir_registre(services.data_dir, lecture_seule=True)
    try:
        with pytest.raises(StorageError, match="lecture seule"):
            restaurer(lecture.data_dir, REVISION_0001, lecture.engine)
    finally:
        lecture.fermer()
