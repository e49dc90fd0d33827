"""`make bench`: median times of what the secretary waits for, on this machine.

Builds its own registers with the app's services (tools/bench_data.py, cached in
.bench/), then measures, each several times:
  1. cold start to the painted window, empty register and 30-year register;
  2. one extrait in process, and the whole `mairie-app pdf extrait` command;
  3. all the documents of one year (12 séances, 180 extraits, 12 listes,
     12 procès-verbaux, the register sheets and the yearly tables), as
     `mairie-app pdf annee` builds them, on every core;
  4. opening the Séances tab, switching séance, searching a word in all objets;
  5. the peak memory (RSS) of the window on the 30-year register.
Prints a table and writes the same figures as JSON (--json).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RACINE = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(RACINE / "tools"))
# Nothing heavy at module level: the PDF worker processes import this module again.

CIBLES = {  # targets of issue 7, in seconds (or MB for memory)
    "demarrage_vide": 0.8,
    "demarrage_30_ans": 0.8,
    "extrait_en_processus": 0.040,
    "commande_pdf_extrait": None,
    "documents_annee": 4.0,
    "onglet_seances": 0.100,
    "changer_seance": 0.100,
    "recherche": 0.050,
    "memoire_max_mo": 200,
}
LIBELLES = {
    "demarrage_vide": "Démarrage à froid, registre vide",
    "demarrage_30_ans": "Démarrage à froid, registre de 30 ans",
    "extrait_en_processus": "Un extrait (en processus)",
    "commande_pdf_extrait": "Commande « mairie-app pdf extrait »",
    "documents_annee": "Tous les documents d'une année",
    "onglet_seances": "Ouverture de l'onglet Séances (30 ans)",
    "changer_seance": "Changement de séance dans la liste (30 ans)",
    "recherche": "Recherche d'un mot dans tous les objets",
    "memoire_max_mo": "Mémoire maximale (RSS), fenêtre sur 30 ans",
}
ENV = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}


def copie(modele: Path, dossier: Path) -> Path:
    shutil.copytree(modele, dossier, ignore=shutil.ignore_patterns("registre.lock"))
    return dossier


def mediane(valeurs: list[float]) -> float:
    return statistics.median(valeurs)


def demarrer(data: Path) -> tuple[float, float]:
    """(seconds from spawn to painted window, peak RSS in MB) of one cold start."""
    debut = time.time()
    proc = subprocess.Popen(
        [sys.executable, "-m", "mairie_app", "--data-dir", str(data), "--quitter-apres-affichage"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=ENV,
        text=True,
    )
    sortie = proc.stdout.read()
    _, statut, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(statut)
    for ligne in sortie.splitlines():
        if ligne.startswith("fenetre-affichee "):
            return float(ligne.split()[1]) - debut, usage.ru_maxrss / 1024
    raise RuntimeError(f"la fenêtre ne s'est pas affichée (code {proc.returncode})")


def mesurer_demarrage(modele_vide: Path, modele_30: Path, tmp: Path, runs: int) -> dict:
    vide = copie(modele_vide, tmp / "vide")
    trente = copie(modele_30, tmp / "trente")
    demarrer(vide)  # the first start of a copy may upgrade its schema: not measured
    demarrer(trente)
    return {
        "demarrage_vide": mediane([demarrer(vide)[0] for _ in range(runs)]),
        "demarrage_30_ans": mediane([demarrer(trente)[0] for _ in range(runs)]),
    }


def mesurer_documents(modele_30: Path, tmp: Path, runs: int) -> dict:
    from mairie_app.pdf.lot import produire_annee
    from mairie_app.pdf.production import produire
    from mairie_app.services.registre import ouvrir_registre

    data = copie(modele_30, tmp / "documents")
    services = ouvrir_registre(data)
    try:
        annee = max(services.seances.annees()) - 1
        seances = sorted(services.seances.seances(annee=annee), key=lambda r: r.date)
        exemple = seances[0].id
        produire(services, "extrait", exemple, tmp / "chauffe.pdf", 1)  # imports ReportLab
        temps = []
        for i in range(max(runs * 2, 10)):
            debut = time.perf_counter()
            produire(services, "extrait", exemple, tmp / f"extrait-{i}.pdf", 1 + i % 15)
            temps.append(time.perf_counter() - debut)
        resultat = {"extrait_en_processus": mediane(temps)}

        temps = []
        for i in range(max(1, runs // 2)):
            debut = time.perf_counter()
            ecrits = produire_annee(services, annee, tmp / f"annee-{i}")
            temps.append(time.perf_counter() - debut)
        resultat["documents_annee"] = mediane(temps)
        resultat["documents_annee_detail"] = {
            "seances": len(seances),
            "extraits": sum(r.nb_points for r in seances),
            "fichiers": len(ecrits),
            "processus": min(os.cpu_count() or 1, 4),
        }
        reference = services.seances.seance(exemple).points[0].reference
    finally:
        services.fermer()
    temps = []
    for i in range(runs):
        debut = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "mairie_app", "--data-dir", str(data), "pdf", "extrait",
             reference, "-o", str(tmp / f"commande-{i}.pdf")],
            check=True, stdout=subprocess.DEVNULL, env=ENV,
        )  # fmt: skip
        temps.append(time.perf_counter() - debut)
    resultat["commande_pdf_extrait"] = mediane(temps)
    return resultat


def tour_fenetre(data: Path, runs: int) -> None:
    """Run in a child process: the window on the 30-year register; prints JSON."""
    from PySide6.QtWidgets import QApplication

    from mairie_app.gui.main_window import MainWindow
    from mairie_app.services.registre import ouvrir_registre

    app = QApplication([])
    services = ouvrir_registre(data)
    window = MainWindow(services, data)
    window.show()
    app.processEvents()
    onglet = window.seances_tab
    ouvrir, changer, chercher = [], [], []
    # The séances she sees in the list (the latest year): what she clicks from one to the next.
    ids = [onglet.model.ligne(i).id for i in range(onglet.model.rowCount())]
    for i in range(runs * 2):
        debut = time.perf_counter()
        onglet.load()
        window.tabs.setCurrentWidget(onglet)
        app.processEvents()
        ouvrir.append(time.perf_counter() - debut)
        debut = time.perf_counter()
        onglet.choisir(ids[(i * 5 + 1) % len(ids)])
        app.processEvents()
        changer.append(time.perf_counter() - debut)
        debut = time.perf_counter()
        services.seances.seances(recherche="subvention" if i % 2 else "deliberation")
        chercher.append(time.perf_counter() - debut)
    print(json.dumps({
        "onglet_seances": mediane(ouvrir),
        "changer_seance": mediane(changer),
        "recherche": mediane(chercher),
    }))  # fmt: skip
    window.close()
    window.deleteLater()
    app.processEvents()
    del window, onglet
    services.fermer()


def mesurer_fenetre(modele_30: Path, tmp: Path, runs: int) -> dict:
    data = copie(modele_30, tmp / "fenetre")
    proc = subprocess.Popen(
        [sys.executable, __file__, "--tour", str(data), "--runs", str(runs)],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=ENV, text=True,
    )  # fmt: skip
    sortie = proc.stdout.read()
    _, _, usage = os.wait4(proc.pid, 0)
    resultat = json.loads(sortie.strip().splitlines()[-1])
    resultat["memoire_max_mo"] = usage.ru_maxrss / 1024
    return resultat


def tableau(resultats: dict) -> str:
    lignes = [f"{'Mesure':<46} {'médiane':>10} {'cible':>9}  ", "-" * 72]
    for cle, libelle in LIBELLES.items():
        valeur, cible = resultats[cle], CIBLES[cle]
        if cle == "memoire_max_mo":
            texte, texte_cible = f"{valeur:.0f} Mo", f"{cible} Mo"
        else:
            texte = f"{valeur * 1000:.0f} ms" if valeur < 1 else f"{valeur:.2f} s"
            texte_cible = (
                ""
                if cible is None
                else (f"{cible * 1000:.0f} ms" if cible < 1 else f"{cible:.1f} s")
            )
        etat = "" if cible is None else ("ok" if valeur <= cible else "MANQUÉE")
        lignes.append(f"{libelle:<46} {texte:>10} {texte_cible:>9}  {etat}")
    return "\n".join(lignes)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="mesures par chiffre (médiane)")
    parser.add_argument("--cache", type=Path, default=RACINE / ".bench")
    parser.add_argument("--json", type=Path, default=RACINE / ".bench" / "resultats.json")
    parser.add_argument("--tour", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.tour:
        tour_fenetre(args.tour, args.runs)
        return 0
    from bench_data import registre_en_cache

    args.cache.mkdir(parents=True, exist_ok=True)
    modele_30 = registre_en_cache(args.cache)
    modele_vide = args.cache / "registre-vide"
    if not modele_vide.exists():
        from mairie_app.services.registre import ouvrir_registre

        ouvrir_registre(modele_vide).fermer()
    with tempfile.TemporaryDirectory(prefix="mairie-bench-") as dossier:
        tmp = Path(dossier)
        resultats = mesurer_demarrage(modele_vide, modele_30, tmp, args.runs)
        resultats |= mesurer_documents(modele_30, tmp, args.runs)
        resultats |= mesurer_fenetre(modele_30, tmp, args.runs)
    resultats["machine"] = {
        "processeur": platform.processor() or platform.machine(),
        "coeurs": os.cpu_count(),
        "systeme": platform.platform(),
        "python": platform.python_version(),
        "date": time.strftime("%Y-%m-%d %H:%M"),
        "mesures_par_chiffre": args.runs,
    }
    print(tableau(resultats))
    print()
    print(json.dumps(resultats, indent=2, ensure_ascii=False))
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(resultats, indent=2, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
