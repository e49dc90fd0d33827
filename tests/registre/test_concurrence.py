"""Two processes writing at once never corrupt the register nor lose a write.

The OS lock normally keeps a second program read-only; this test opens both by
URL, without the lock, as two machines sharing a network folder could (flock is
not reliable there). SQLite's own locking, the busy timeout and a retry on
"occupée" must then keep every write, whole.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from contextlib import closing

from mairie_app.paths import database_path

NB = 40

ECRIRE = """
import sys, time
from datetime import date, time as heure
from pathlib import Path
from mairie_app.domain.presences import Presence
from mairie_app.domain.types import Statut
from mairie_app.errors import StorageError
from mairie_app.paths import database_url
from mairie_app.services.dto import SeanceData
from mairie_app.services.registre import ouvrir_registre

data_dir, annee, nb = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
services = ouvrir_registre(url=database_url(data_dir))
reprises = 0

def essayer(action):
    global reprises
    for _ in range(100):
        try:
            return action()
        except StorageError as exc:
            if "occupée" not in exc.message:
                raise
            reprises += 1
            time.sleep(0.02)
    raise RuntimeError("base toujours occupée")

print("pret", flush=True)
sys.stdin.readline()
seance = essayer(lambda: services.seances.creer_seance(
    SeanceData(date=date(annee, 3, 2), heure=heure(18), date_convocation=date(annee, 2, 24))
))
dernier = seance.presences[-1].conseiller_id
for i in range(nb):
    essayer(lambda: services.seances.ajouter_point(seance.id, f"Point {i + 1} de {annee}"))
    statut = Statut.ABSENT if i % 2 == 0 else Statut.PRESENT
    essayer(lambda: services.seances.modifier_presence(seance.id, Presence(dernier, statut)))
services.fermer()
print(f"fini {reprises}", flush=True)
"""


def test_two_processes_writing_at_once(demo):
    services, _ = demo
    data_dir = services.data_dir
    processus = [
        subprocess.Popen(
            [sys.executable, "-c", ECRIRE, str(data_dir), str(annee), str(NB)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for annee in (2025, 2026)
    ]
    for p in processus:
        assert p.stdout.readline().strip() == "pret"
    for p in processus:  # both start together
        p.stdin.write("go\n")
        p.stdin.flush()
    for p in processus:
        sortie, erreurs = p.communicate(timeout=120)
        assert p.returncode == 0, erreurs
        assert sortie.startswith("fini"), sortie

    with closing(sqlite3.connect(database_path(data_dir))) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        for annee in (2025, 2026):
            (seance_id,) = conn.execute(
                "SELECT id FROM seance WHERE annee = ?", (annee,)
            ).fetchone()
            ordres = conn.execute(
                "SELECT ordre FROM deliberation WHERE seance_id = ? ORDER BY ordre", (seance_id,)
            ).fetchall()
            assert [o for (o,) in ordres] == list(range(1, NB + 1))
            creations = conn.execute(
                "SELECT count(*) FROM historique WHERE seance_id = ? AND action = 'create' "
                "AND objet_type = 'deliberation'",
                (seance_id,),
            ).fetchone()[0]
            assert creations == NB
            statuts = conn.execute(
                "SELECT count(*) FROM historique WHERE seance_id = ? AND champ = 'statut'",
                (seance_id,),
            ).fetchone()[0]
            assert statuts == NB
