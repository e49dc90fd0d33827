"""Data in and out from the window: séance files (JSON), open data (SCDL), the RNE.

Each function is one menu item or button of the main window; the work is done by
mairie_app.exchange, and an expected refusal (a bad file, a full disk) is shown
in French by actions.tenter, naming the file and the place in it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QProgressDialog

from mairie_app.errors import MairieError
from mairie_app.gui import actions, messages

if TYPE_CHECKING:
    from mairie_app.exchange.rne_plan import PlanRne
    from mairie_app.gui.main_window import MainWindow

RIEN_IMPORTE = (
    "\n\nRien n'a été importé : le registre est inchangé. Faites corriger le fichier (par "
    "la personne ou le logiciel qui l'a produit), puis recommencez."
)
FILTRE_JSON = "Fichiers de séance (*.json);;Tous les fichiers (*)"
FILTRE_CSV = "Fichiers CSV (*.csv);;Tous les fichiers (*)"
FILTRE_RNE = "Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)"


def _avec_extension(chemin: str, extension: str) -> Path:
    """The name she typed, with the extension the file dialog may have left out."""
    p = Path(chemin)
    return p if p.suffix.lower() == extension else p.with_name(p.name + extension)


# --- séance files ---------------------------------------------------------------------
def importer_seance(f: MainWindow) -> int | None:
    """Fichier > Importer une séance…: all or nothing; the imported séance is then shown."""
    from mairie_app.exchange.seance_json import importer_seance as importer

    if f.services.lecture_seule or not f.confirmer_saisies():
        return None
    chemin = messages.ask_open_path(f, "Importer une séance", FILTRE_JSON)
    if not chemin:
        return None
    progres = QProgressDialog("Import de la séance…", "Annuler", 0, 1, f)
    progres.setWindowTitle("Importer une séance")
    progres.setWindowModality(Qt.WindowModality.WindowModal)
    progres.setMinimumDuration(400)  # only a large file shows it

    def avancer(fait: int, total: int) -> bool:
        progres.setMaximum(total)
        progres.setValue(fait)
        QApplication.processEvents()
        return not progres.wasCanceled()

    try:
        importe = importer(f.services, Path(chemin), avancer)
    except MairieError as exc:  # SeanceFileError names the place in the file
        messages.show_error(f, exc.message + RIEN_IMPORTE, "Import refusé")
        return None
    finally:
        progres.close()
    f.load()
    f.seances_tab.choisir(importe.seance_id)
    f.tabs.setCurrentWidget(f.seances_tab)
    messages.show_info(f, importe.message, "Séance importée")
    return importe.seance_id


def exporter_seance(f: MainWindow) -> Path | None:
    """Fichier > Exporter la séance…: the séance shown, as stored (unsaved input is asked)."""
    from mairie_app.exchange.seance_json import ecrire_seance

    seance = f.seances_tab.seance
    if seance is None or seance.id is None:
        messages.show_error(f, "Choisissez d'abord une séance (onglet Séances).", "Exporter")
        return None
    if not f.confirmer_saisies():
        return None
    chemin = messages.ask_save_path(
        f, "Exporter la séance", f"seance_{seance.date:%Y-%m-%d}.json", FILTRE_JSON
    )
    if not chemin:
        return None
    cible = _avec_extension(chemin, ".json")
    result = actions.tenter(f, lambda: ecrire_seance(f.services, seance.id, cible), "Export")
    if not result.ok:
        return None
    f.statusBar().showMessage(f"{seance.libelle} exportée dans {cible}.", 10000)
    return cible


def exporter_scdl(f: MainWindow) -> Path | None:
    """Fichier > Exporter les données ouvertes (SCDL)…: a year's deliberations as CSV."""
    from mairie_app.exchange.scdl import ecrire_scdl, nom_fichier_scdl

    titre = "Données ouvertes (SCDL)"
    commune = f.services.conseil.commune()
    if commune is None:
        messages.show_error(f, "Renseignez d'abord la commune (onglet Commune).", titre)
        return None
    seance = f.seances_tab.seance
    annee = messages.ask_integer(
        f,
        titre,
        "Année des délibérations à publier :",
        seance.date.year if seance is not None else date.today().year,
        1990,
        2099,
    )
    if annee is None:
        return None
    chemin = messages.ask_save_path(
        f, "Enregistrer le fichier SCDL", nom_fichier_scdl(commune, date.today()), FILTRE_CSV
    )
    if not chemin:
        return None
    cible = _avec_extension(chemin, ".csv")
    result = actions.tenter(f, lambda: ecrire_scdl(f.services, annee, cible), titre)
    if not result.ok:
        return None
    export = result.valeur
    texte = f"{len(export.lignes)} délibération(s) de {annee} écrite(s) dans le fichier :\n{cible}"
    if export.ignorees:
        texte += (
            f"\n\n{len(export.ignorees)} délibération(s) non exportée(s), à compléter puis à "
            "exporter de nouveau :\n" + "\n".join(f"– {i.message}" for i in export.ignorees)
        )
    elif not export.lignes:
        texte += f"\n\nAucune délibération votée en {annee} : le fichier ne contient que l'en-tête."
    messages.show_info(f, texte, titre)
    return cible


# --- the council from the Répertoire national des élus ---------------------------------------
def importer_rne(f: MainWindow) -> PlanRne | None:
    """Conseil > Importer depuis le RNE…: read the file, show what would change, then apply."""
    from mairie_app.exchange.rne_plan import preparer_import_rne
    from mairie_app.gui.dialogs.rne_dialog import RneDialog

    titre = "Import des élus"
    if f.services.lecture_seule or not f.conseil_tab.confirm_leave():
        return None
    if f.services.conseil.commune() is None:
        messages.show_error(
            f, "Renseignez d'abord la commune (onglet Commune), puis importez les élus.", titre
        )
        return None
    chemin = messages.ask_open_path(f, "Fichier du Répertoire national des élus", FILTRE_RNE)
    if not chemin:
        return None
    result = actions.tenter(f, lambda: preparer_import_rne(f.services, Path(chemin)), titre)
    if not result.ok:
        return None
    plan = result.valeur
    if plan.rien_a_faire:
        messages.show_info(
            f, f"Rien à modifier : le conseil de {plan.commune_nom} est déjà à jour.", titre
        )
        return plan
    dialog = RneDialog(plan, f)
    dialog.accepted.connect(lambda: appliquer_rne(f, plan))
    f.rne_dialog = dialog
    dialog.open()
    return plan


def appliquer_rne(f: MainWindow, plan: PlanRne) -> bool:
    from mairie_app.exchange.rne_plan import appliquer_import_rne

    try:
        appliquer_import_rne(f.services, plan)
    except MairieError as exc:
        messages.show_error(
            f, f"{exc.message}\n\nLe conseil n'a pas été modifié.", "Import des élus refusé"
        )
        return False
    f.conseil_tab.load()
    f.conseil_tab.conseil_modifie.emit()
    f.statusBar().showMessage(
        f"Conseil mis à jour depuis le Répertoire national des élus : {len(plan.a_ajouter)} "
        f"ajouté(s), {len(plan.a_mettre_a_jour)} mis à jour.",
        15000,
    )
    return True
