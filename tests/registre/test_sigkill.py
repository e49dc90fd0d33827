"""Never lose data: a séance import killed (SIGKILL) at random moments leaves all or nothing.

The command-line import of a large séance file runs in a subprocess, on a fresh
copy of an empty register each time, and is killed at a random moment of its
work (from the opening of the database to a little after its expected end).
After each kill the database must pass PRAGMA integrity_check and hold either
the whole séance, with its commune, council, votes and history, or none of it.

Two imports run at a time (the machine has two cores) to keep the test near 20 s;
80 deliberations (a very large séance) keep each run near a second and a half.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from contextlib import closing
from pathlib import Path

import pytest

from mairie_app.paths import database_path
from mairie_app.services.registre import ouvrir_registre

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

NB_DELIBERATIONS = 80
KILLS = 30
TRAVAILLEURS = 2


@pytest.fixture(scope="module")
def fichiers(tmp_path_factory):
    """The séance file, and an empty register at the current revision to copy."""
    from gros_import import fabriquer_seance

    from mairie_app.exchange.seance_json import ecrire_seance

    racine = tmp_path_factory.mktemp("sigkill")
    source = ouvrir_registre(racine / "source")
    try:
        seance_id = fabriquer_seance(source, NB_DELIBERATIONS)
        fichier = ecrire_seance(source, seance_id, racine / "seance.json")
    finally:
        source.fermer()
    vide = racine / "vide"
    ouvrir_registre(vide).fermer()
    return Path(fichier), database_path(vide)


def _nouveau_registre(modele: Path, dossier: Path) -> Path:
    dossier.mkdir(parents=True)
    with (
        closing(sqlite3.connect(modele)) as src,
        closing(sqlite3.connect(dossier / modele.name)) as dst,
    ):
        src.backup(dst)
    return dossier


def _lancer(dossier: Path, fichier: Path) -> subprocess.Popen:
    """`mairie-app --data-dir DOSSIER import FICHIER`, the real command line."""
    return subprocess.Popen(
        [sys.executable, "-m", "mairie_app", "--data-dir", str(dossier), "import", str(fichier)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def _attendre_ouverture(proc: subprocess.Popen, dossier: Path) -> float:
    """Wait until the program has opened the database (its -wal file exists)."""
    wal = Path(f"{database_path(dossier)}-wal")
    while not wal.exists() and proc.poll() is None:
        time.sleep(0.002)
    return time.monotonic()


def _etat(dossier: Path) -> str:
    """'tout' or 'rien' after checking integrity and completeness; fails otherwise."""
    with closing(sqlite3.connect(database_path(dossier))) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []

        def n(sql: str) -> int:
            return conn.execute(sql).fetchone()[0]

        seances = n("SELECT count(*) FROM seance")
        if seances == 0:
            for table in ("commune", "conseiller", "deliberation", "presence", "historique"):
                assert n(f"SELECT count(*) FROM {table}") == 0, table
            return "rien"
        assert seances == 1
        assert n("SELECT count(*) FROM commune") == 1
        assert n("SELECT count(*) FROM conseiller") == 23
        assert n("SELECT count(*) FROM presence") == 23
        assert n("SELECT count(*) FROM deliberation") == NB_DELIBERATIONS
        assert n("SELECT count(*) FROM deliberation WHERE vote_saisi") == NB_DELIBERATIONS
        assert n("SELECT sum(pour) FROM deliberation") == 23 * NB_DELIBERATIONS
        assert n("SELECT count(*) FROM historique WHERE objet_type = 'deliberation'") > 0
        return "tout"


def test_an_import_killed_at_random_moments_leaves_all_or_nothing(fichiers, tmp_path):
    fichier, modele = fichiers

    # One run to the end: how long the work lasts once the database is open.
    dossier = _nouveau_registre(modele, tmp_path / "complet")
    proc = _lancer(dossier, fichier)
    debut = _attendre_ouverture(proc, dossier)
    _, erreurs = proc.communicate(timeout=120)
    assert proc.returncode == 0, erreurs.decode()
    duree = time.monotonic() - debut
    assert _etat(dossier) == "tout"

    hasard = random.Random(int(os.environ.get("SIGKILL_SEED", time.time_ns())))
    delais = [hasard.uniform(0, duree * 1.1) for _ in range(2 * KILLS)]

    def essai(i: int) -> tuple[bool, str]:
        dossier = _nouveau_registre(modele, tmp_path / f"essai-{i}")
        proc = _lancer(dossier, fichier)
        _attendre_ouverture(proc, dossier)
        time.sleep(delais[i])
        tue = proc.poll() is None
        if tue:
            proc.send_signal(signal.SIGKILL)
        _, erreurs = proc.communicate(timeout=120)
        assert proc.returncode == (-signal.SIGKILL if tue else 0), erreurs.decode()
        return tue, _etat(dossier)

    resultats: list[tuple[bool, str]] = []
    with ThreadPoolExecutor(TRAVAILLEURS) as pool:
        en_cours = {pool.submit(essai, i) for i in range(TRAVAILLEURS)}
        suivant = TRAVAILLEURS
        while en_cours:
            fini = next(as_completed(en_cours))
            en_cours.remove(fini)
            resultats.append(fini.result())
            kills = sum(tue for tue, _ in resultats) + len(en_cours)
            if kills < KILLS and suivant < len(delais):
                en_cours.add(pool.submit(essai, suivant))
                suivant += 1

    tues = [etat for tue, etat in resultats if tue]
    assert len(tues) >= KILLS
    assert "rien" in tues  # most kills land before the commit
