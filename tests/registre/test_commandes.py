"""`mairie-app verify`, `backup` and `restore`, and the demo loaded closed."""

from __future__ import annotations

import argparse
import sqlite3
from pathlib import Path

import pytest

from mairie_app.cli import build_parser
from mairie_app.cli import run as cli_run
from mairie_app.paths import database_path
from mairie_app.registre_commands import register
from mairie_app.services.archives_service import EXTRAIT
from mairie_app.services.demo import charger_demo
from mairie_app.services.registre import ouvrir_registre

REVISION_0001 = Path(__file__).resolve().parent.parent / "data" / "registre-revision-0001.sqlite3"


def run(*argv: str) -> int:
    """The real command line, in process."""
    return cli_run(build_parser().parse_args(list(argv)))


@pytest.fixture
def registre(tmp_path):
    """A data folder holding the demo, closed, as `mairie-app demo` leaves it."""
    data_dir = tmp_path / "donnees"
    services = ouvrir_registre(data_dir)
    seance_id = charger_demo(services.sessions)
    point_id = services.seances.seance(seance_id).points[0].id
    services.fermer()
    return data_dir, seance_id, point_id


def imprimer(data_dir, tmp_path, contenu, seance_id, point_id=None):
    fichier = tmp_path / "extrait.pdf"
    fichier.write_bytes(b"%PDF-1.4\n" + contenu)
    services = ouvrir_registre(data_dir)
    try:
        services.archives.enregistrer(fichier, EXTRAIT, seance_id, point_id)
    finally:
        services.fermer()
    return fichier


def test_cli_demo_loads_the_seance_closed(tmp_path, capsys):
    args = build_parser().parse_args(["--data-dir", str(tmp_path), "demo"])
    assert cli_run(args) == 0
    services = ouvrir_registre(tmp_path)
    try:
        (resume,) = services.seances.seances()
        etat = services.cloture.etat(resume.id)
        assert etat.cloturee and etat.date_cloture is not None
        assert resume.etat.value == "cloturee"
    finally:
        services.fermer()
    assert cli_run(args) == 0  # still idempotent


def test_verify_names_the_act_and_its_seance(registre, tmp_path, capsys):
    data_dir, seance_id, point_id = registre
    fichier = imprimer(data_dir, tmp_path, b"extrait signe", seance_id, point_id)
    assert run("--data-dir", str(data_dir), "verify", str(fichier)) == 0
    sortie = capsys.readouterr().out
    assert "Document reconnu : extrait — Délibération 2024 / 1 / 1" in sortie
    assert "séance n° 1 du 12/02/2024" in sortie
    assert "(séance clôturée)" in sortie and "Attention" not in sortie


def test_verify_warns_about_a_copy_printed_before_closing(registre, tmp_path, capsys):
    data_dir, seance_id, point_id = registre
    services = ouvrir_registre(data_dir)
    services.cloture.rouvrir(seance_id, "Correction d'une coquille")
    services.fermer()
    fichier = imprimer(data_dir, tmp_path, b"brouillon", seance_id, point_id)
    assert run("--data-dir", str(data_dir), "verify", str(fichier)) == 0
    sortie = capsys.readouterr().out
    assert "séance NON clôturée" in sortie
    assert "Attention : ce document a été produit avant la clôture" in sortie


def test_verify_fails_for_a_file_that_matches_nothing(registre, tmp_path, capsys):
    data_dir, *_ = registre
    inconnu = tmp_path / "inconnu.pdf"
    inconnu.write_bytes(b"%PDF-1.4 autre chose")
    assert run("--data-dir", str(data_dir), "verify", str(inconnu)) == 1
    assert "ne correspond à aucun document" in capsys.readouterr().err
    assert run("--data-dir", str(data_dir), "verify", str(tmp_path / "absent.pdf")) == 1
    assert "lecture impossible" in capsys.readouterr().err


def test_backup_then_restore_on_the_command_line(registre, tmp_path, capsys):
    data_dir, seance_id, _ = registre
    cle = tmp_path / "cle" / "registre.sqlite3"
    assert run("--data-dir", str(data_dir), "backup", "-o", str(cle)) == 0
    assert "Registre sauvegardé dans" in capsys.readouterr().out
    services = ouvrir_registre(data_dir)
    services.cloture.rouvrir(seance_id, "essai")
    services.fermer()

    assert run("--data-dir", str(data_dir), "restore", str(cle)) == 0
    sortie = capsys.readouterr().out
    assert "Registre restauré depuis" in sortie and "1 séance(s), 23 conseiller(s)" in sortie
    assert "avant-restauration-" in sortie
    services = ouvrir_registre(data_dir)
    try:
        assert services.seances.seance(seance_id).cloturee  # the re-opening is undone
    finally:
        services.fermer()


def test_backup_without_output_goes_to_the_backup_folder(registre, capsys):
    data_dir, *_ = registre
    assert run("--data-dir", str(data_dir), "backup") == 0
    (fichier,) = (data_dir / "sauvegardes").iterdir()
    assert fichier.name.startswith("manuelle-")


def test_restore_repairs_a_register_that_no_longer_opens(tmp_path, capsys):
    data_dir = tmp_path / "donnees"
    data_dir.mkdir()
    database_path(data_dir).write_bytes(b"ceci n'est plus une base" * 500)
    assert run("--data-dir", str(data_dir), "restore", str(REVISION_0001)) == 0
    assert "(révision 0001)" in capsys.readouterr().out
    with sqlite3.connect(database_path(data_dir)) as conn:
        assert conn.execute("SELECT count(*) FROM conseiller").fetchone() == (23,)


def test_restore_refuses_a_bad_file_in_french(registre, tmp_path, capsys):
    data_dir, *_ = registre
    mauvais = tmp_path / "photo.jpg"
    mauvais.write_bytes(b"\xff\xd8\xff\xe0 pas une base")
    assert run("--data-dir", str(data_dir), "restore", str(mauvais)) == 1
    assert "n'est pas une base SQLite" in capsys.readouterr().err


def test_restore_also_works_after_the_services_were_opened(registre, tmp_path, capsys):
    """If cli.py dispatches `restore` like the others (no pre_open step)."""
    data_dir, *_ = registre
    args = argparse.Namespace(fichier=REVISION_0001)
    services = ouvrir_registre(data_dir)
    try:
        assert register(argparse.ArgumentParser().add_subparsers())["restore"](args, services) == 0
    finally:
        services.fermer()
    assert "Registre restauré" in capsys.readouterr().out
