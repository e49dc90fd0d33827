"""One writer per register: a second program is told so and gets it read-only."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from mairie_app.db import verrou
from mairie_app.errors import StorageError
from mairie_app.services.dto import CommuneData
from mairie_app.services.registre import MESSAGE_LECTURE_SEULE, ouvrir_registre
from mairie_app.services.sauvegarde import restaurer

TENIR = """
import sys
from dataclasses import replace
from pathlib import Path
from mairie_app.services.registre import ouvrir_registre
services = ouvrir_registre(Path(sys.argv[1]))
print("lecture seule" if services.lecture_seule else "ouvert", flush=True)
for ligne in sys.stdin:
    commune = services.conseil.commune()
    services.conseil.enregistrer_commune(replace(commune, nom=ligne.strip()))
    print("ecrit", flush=True)
"""


class AutreProgramme:
    """A second process that opens the register and keeps it open until told to stop."""

    def __init__(self, data_dir: Path) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", TENIR, str(data_dir)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.etat = self.proc.stdout.readline().strip()

    def ecrire(self, nom: str) -> str:
        self.proc.stdin.write(nom + "\n")
        self.proc.stdin.flush()
        return self.proc.stdout.readline().strip()

    def fermer(self) -> None:
        """End of input: the program leaves its loop and exits, releasing the lock."""
        _, erreurs = self.proc.communicate(timeout=30)
        assert self.proc.returncode == 0, erreurs


@pytest.fixture
def registre(tmp_path) -> Path:
    data_dir = tmp_path / "registre"
    services = ouvrir_registre(data_dir)
    services.conseil.enregistrer_commune(CommuneData(nom="Chéreng", code_insee="59146"))
    services.fermer()
    assert not verrou.detenu(data_dir)
    return data_dir


def test_a_second_program_gets_the_register_read_only(registre):
    autre = AutreProgramme(registre)
    try:
        assert autre.etat == "ouvert"
        services = ouvrir_registre(registre)
        try:
            assert services.lecture_seule
            assert services.message_lecture_seule == MESSAGE_LECTURE_SEULE
            assert services.conseil.commune().nom == "Chéreng"
            with pytest.raises(StorageError, match="lecture seule"):
                services.conseil.enregistrer_commune(CommuneData(nom="X", code_insee="59146"))
            # What the first program writes is visible to the read-only copy.
            assert autre.ecrire("Chéreng-Village") == "ecrit"
            assert services.conseil.commune().nom == "Chéreng-Village"
            with pytest.raises(StorageError, match="autre programme"):
                ouvrir_registre(registre, lecture_seule=False)
            with pytest.raises(StorageError, match="ouvert par un autre programme"):
                restaurer(registre, registre / "registre.sqlite3")
        finally:
            services.fermer()
    finally:
        autre.fermer()
    # The lock dies with its program: the register opens for writing again.
    services = ouvrir_registre(registre)
    try:
        assert not services.lecture_seule and services.message_lecture_seule == ""
        services.conseil.enregistrer_commune(CommuneData(nom="Chéreng", code_insee="59146"))
    finally:
        services.fermer()


def test_the_first_program_keeps_writing_while_a_second_reads(registre):
    services = ouvrir_registre(registre)
    try:
        autre = AutreProgramme(registre)
        try:
            assert autre.etat == "lecture seule"
        finally:
            autre.fermer()
        services.conseil.enregistrer_commune(CommuneData(nom="Chéreng", code_insee="59146"))
    finally:
        services.fermer()


def test_one_program_may_open_its_register_twice(registre):
    """The window reopening after a restore shares the lock with itself."""
    premier = ouvrir_registre(registre)
    second = ouvrir_registre(registre)
    assert not premier.lecture_seule and not second.lecture_seule
    premier.fermer()
    assert verrou.detenu(registre)
    second.fermer()
    assert not verrou.detenu(registre)


def test_a_register_that_does_not_exist_cannot_be_opened_read_only(tmp_path):
    with pytest.raises(StorageError, match="introuvable"):
        ouvrir_registre(tmp_path / "neuf", lecture_seule=True)
