"""Fichier > Sauvegarder vers… and Fichier > Restaurer une sauvegarde….

Restoring replaces the whole register: the chosen file is checked and described
first, she confirms, the current register is set aside (sauvegardes/
avant-restauration-…), then the window reopens the register and rebuilds its tabs.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from mairie_app.errors import MairieError
from mairie_app.gui import actions, messages
from mairie_app.services import sauvegarde

if TYPE_CHECKING:
    from mairie_app.gui.main_window import MainWindow

FILTRE = "Sauvegardes du registre (*.sqlite3);;Tous les fichiers (*)"
TITRE_RESTAURER = "Restaurer une sauvegarde"


def sauvegarder_vers(f: MainWindow) -> Path | None:
    """A consistent copy of the register where she chooses (a USB key, another disk)."""
    suggere = f"registre-{datetime.now():%Y-%m-%d}.sqlite3"
    chemin = messages.ask_save_path(f, "Sauvegarder le registre", suggere, FILTRE)
    if not chemin:
        return None
    cible = Path(chemin)
    if cible.suffix.lower() != ".sqlite3":
        cible = cible.with_name(cible.name + ".sqlite3")
    result = actions.tenter(
        f, lambda: sauvegarde.sauvegarder_vers(f.services.engine, cible), "Sauvegarde impossible"
    )
    if not result.ok:
        return None
    messages.show_info(
        f,
        f"Le registre a été sauvegardé dans le fichier :\n{cible}\n\nGardez cette copie en "
        "lieu sûr (clé USB, autre ordinateur). Pour revenir à cet état : Fichier > Restaurer "
        "une sauvegarde.",
        "Sauvegarde faite",
    )
    return cible


def description(apercu: sauvegarde.ApercuSauvegarde, chemin: Path) -> str:
    """What the backup holds, in words, for the confirmation."""
    commune = f"de la commune {apercu.commune}" if apercu.commune else "sans commune renseignée"
    if apercu.seances and apercu.premiere_seance and apercu.derniere_seance:
        seances = (
            f"{apercu.seances} séance(s), du {apercu.premiere_seance:%d/%m/%Y} au "
            f"{apercu.derniere_seance:%d/%m/%Y}"
        )
    else:
        seances = "aucune séance"
    return (
        f"Le fichier {chemin.name} est une sauvegarde du registre {commune} : {seances}. "
        f"Fichier daté du {apercu.modifie_le:%d/%m/%Y à %H:%M}."
    )


def restaurer(f: MainWindow) -> bool:
    """Replace the register by a checked backup, then show it; True when done."""
    services = f.services
    if services.lecture_seule or services.data_dir is None:
        messages.show_error(
            f,
            "Le registre est ouvert en lecture seule : fermez l'autre programme qui l'utilise, "
            "puis rouvrez celui-ci pour restaurer une sauvegarde.",
            TITRE_RESTAURER,
        )
        return False
    if not f.confirmer_saisies():
        return False
    chemin = messages.ask_open_path(f, TITRE_RESTAURER, FILTRE)
    if not chemin:
        return False
    source = Path(chemin)
    apercu = actions.tenter(f, lambda: sauvegarde.apercu_fichier(source), "Restauration impossible")
    if not apercu.ok:
        return False
    if not messages.confirm(
        f,
        description(apercu.valeur, source) + "\n\nRestaurer remplace TOUT le registre actuel "
        "par le contenu de ce fichier : ce qui a été saisi depuis cette sauvegarde sera perdu. "
        "Le registre actuel est d'abord mis de côté dans le dossier « sauvegardes ».\n\n"
        "Restaurer cette sauvegarde ?",
        TITRE_RESTAURER,
    ):
        return False
    data_dir = services.data_dir
    fait = actions.tenter(
        f,
        lambda: sauvegarde.restaurer(data_dir, source, services.engine),
        "Restauration impossible",
    )
    if not fait.ok:
        return False
    return _rouvrir(f, data_dir, source, fait.valeur)


def _rouvrir(f: MainWindow, data_dir: Path, source: Path, avant: Path | None) -> bool:
    """Open the restored register, then let go of the old one (the lock is never dropped)."""
    from mairie_app.services.registre import ouvrir_registre

    ancien = f.services
    try:
        nouveaux = ouvrir_registre(data_dir)
    except MairieError as exc:
        messages.show_error(
            f,
            f"La sauvegarde a été restaurée mais le registre ne s'ouvre pas : {exc.message}\n"
            "Fermez le programme puis relancez-le.",
            TITRE_RESTAURER,
        )
        return False
    f.remplacer_services(nouveaux)
    ancien.fermer()
    mis_de_cote = (
        f"\n\nL'ancien registre a été mis de côté dans le fichier :\n{avant}" if avant else ""
    )
    messages.show_info(
        f, f"Le registre a été restauré depuis {source.name}.{mis_de_cote}", TITRE_RESTAURER
    )
    return True
