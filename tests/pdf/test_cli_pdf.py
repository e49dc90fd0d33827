"""`mairie-app pdf …`, run in-process as the console script would."""

from __future__ import annotations

import subprocess
import sys
from datetime import time

from pypdf import PdfReader

from mairie_app.cli import build_parser, run
from mairie_app.services.dto import SeanceData
from mairie_app.services.registre import ouvrir_registre


def _run(tmp_path, *argv: str) -> int:
    return run(build_parser().parse_args(["--data-dir", str(tmp_path / "donnees"), *argv]))


def _texte(path) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())


def test_extrait_of_the_demo(tmp_path, capsys):
    assert _run(tmp_path, "demo") == 0
    out = tmp_path / "x.pdf"
    assert (
        _run(tmp_path, "pdf", "extrait", "--seance", "2024-02-12", "--ordre", "1", "-o", str(out))
        == 0
    )
    assert capsys.readouterr().out.strip().endswith(str(out))
    texte = _texte(out)
    assert "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS" in texte
    assert "LLANES David donne pouvoir de vote à M. BARBE Eric" in texte
    assert "23 voix pour" in texte


def test_extrait_by_reference_as_the_issue_writes_it(tmp_path, capsys):
    assert _run(tmp_path, "demo") == 0
    out = tmp_path / "x.pdf"
    assert _run(tmp_path, "pdf", "extrait", "2024 / 1 / 1", "-o", str(out)) == 0
    assert "Référence : 2024 / 1 / 1" in _texte(out)
    tables = tmp_path / "t.pdf"
    assert _run(tmp_path, "pdf", "tables", "--year", "2024", "-o", str(tables)) == 0
    assert "2024 / 1 / 1" in _texte(tables)
    capsys.readouterr()
    assert _run(tmp_path, "pdf", "extrait", "2024 / 9 / 9") == 1
    err = capsys.readouterr().err.strip()
    assert err == "Erreur : Aucune délibération n'a la référence « 2024 / 9 / 9 »."
    assert _run(tmp_path, "pdf", "extrait") == 1
    assert "indiquez la référence" in capsys.readouterr().err


def test_every_document_goes_to_the_documents_folder(tmp_path, capsys):
    assert _run(tmp_path, "demo") == 0
    commandes = {
        "extrait_2024-1-1.pdf": ["extrait", "--seance", "2024-02-12", "--fait-le", "2024-02-13"],
        "liste_2024-1.pdf": ["liste", "--seance", "2024-02-12", "--votes"],
        "proces-verbal_2024-1.pdf": ["pv", "--seance", "2024-02-12"],
        "convocation_2024-1.pdf": ["convocation", "--seance", "2024-02-12#1"],
        "registre_2024-1.pdf": ["registre", "--seance", "2024-02-12", "--premier-feuillet", "3"],
        "tables_2024.pdf": ["tables", "--annee", "2024"],
    }
    dossier = tmp_path / "donnees" / "documents"
    for nom, argv in commandes.items():
        capsys.readouterr()
        assert _run(tmp_path, "pdf", *argv) == 0, nom
        assert capsys.readouterr().out.strip() == str(dossier / nom)
        assert (dossier / nom).stat().st_size > 1000
    assert "Fait à Chéreng, le 13 février 2024" in _texte(dossier / "extrait_2024-1-1.pdf")
    assert "Feuillet n° 3" in _texte(dossier / "registre_2024-1.pdf")


def test_unknown_date_exits_1_in_french(tmp_path, capsys):
    assert _run(tmp_path, "demo") == 0
    assert _run(tmp_path, "pdf", "extrait", "--seance", "2024-02-13") == 1
    assert "Erreur : Aucune séance le 13/02/2024." in capsys.readouterr().err
    assert _run(tmp_path, "pdf", "pv", "--seance", "12/02/2024") == 1
    assert "n'est pas une date au format AAAA-MM-JJ" in capsys.readouterr().err
    assert _run(tmp_path, "pdf", "extrait", "--seance", "2024-02-12", "--ordre", "9") == 1
    assert "Délibération n° 9 introuvable" in capsys.readouterr().err
    assert _run(tmp_path, "pdf", "tables", "--annee", "2023") == 1
    assert "Aucune séance n'est enregistrée en 2023." in capsys.readouterr().err


def test_two_séances_on_one_date_need_their_number(tmp_path, capsys):
    assert _run(tmp_path, "demo") == 0
    services = ouvrir_registre(tmp_path / "donnees")
    seconde = services.seances.creer_seance(
        SeanceData(date=services.seances.seances()[0].date, heure=time(20, 0))
    )
    services.fermer()
    assert _run(tmp_path, "pdf", "pv", "--seance", "2024-02-12") == 1
    erreur = capsys.readouterr().err
    assert "Plusieurs séances le 12/02/2024 (n° 1, 2)" in erreur
    assert "--seance 2024-02-12#2" in erreur
    out = tmp_path / "pv2.pdf"
    assert (
        _run(tmp_path, "pdf", "pv", "--seance", f"2024-02-12#{seconde.numero}", "-o", str(out)) == 0
    )
    assert "vingt heures" in _texte(out)


def test_cli_import_does_not_load_reportlab():
    code = "import sys, mairie_app.cli; print('reportlab' in sys.modules)"
    sortie = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert sortie.stdout.strip() == "False"


def test_printed_extrait_is_recognised_by_verify(tmp_path, capsys):
    assert _run(tmp_path, "demo") == 0
    out = tmp_path / "x.pdf"
    assert _run(tmp_path, "pdf", "extrait", "2024 / 1 / 1", "-o", str(out)) == 0
    capsys.readouterr()
    assert _run(tmp_path, "verify", str(out)) == 0
    texte = capsys.readouterr().out
    assert "2024 / 1 / 1" in texte and "12/02/2024" in texte
    out.write_bytes(out.read_bytes() + b"%modifie")
    assert _run(tmp_path, "verify", str(out)) == 1


def test_backup_then_restore_from_the_command_line(tmp_path, capsys):
    assert _run(tmp_path, "demo") == 0
    copie = tmp_path / "cle-usb" / "registre.sqlite3"
    copie.parent.mkdir()
    assert _run(tmp_path, "backup", "-o", str(copie)) == 0
    (tmp_path / "donnees" / "registre.sqlite3").write_bytes(b"abime" * 1000)
    assert _run(tmp_path, "restore", str(copie)) == 0
    services = ouvrir_registre(tmp_path / "donnees")
    assert services.seances.seances()[0].nb_points == 1
    services.fermer()
