"""Documents > Tous les documents de l'année…: the whole year into one folder.

The building runs in worker processes (pdf.lot); this window only shows the
progress and lets her cancel between two documents.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QProgressDialog

from mairie_app.errors import MairieError
from mairie_app.gui import messages
from mairie_app.pdf.lot import produire_annee

if TYPE_CHECKING:
    from mairie_app.gui.main_window import MainWindow

TITRE = "Tous les documents de l'année"
DELAI_AFFICHAGE_MS = 400


def tous_les_documents(f: MainWindow) -> list[Path]:
    seance = f.seances_tab.seance
    annees = f.services.seances.annees()
    if not annees:
        messages.show_error(f, "Aucune séance n'est encore enregistrée.", TITRE)
        return []
    defaut = seance.date.year if seance is not None else annees[-1]
    annee = messages.ask_integer(f, TITRE, "Année :", defaut, annees[0], annees[-1])
    if annee is None:
        return []
    dossier_choisi = messages.ask_directory(f, f"Dossier où enregistrer les documents de {annee}")
    if not dossier_choisi:
        return []
    dossier = Path(dossier_choisi)
    progres = QProgressDialog(f"Préparation des documents de {annee}…", "Annuler", 0, 1, f)
    progres.setWindowTitle(TITRE)
    progres.setWindowModality(Qt.WindowModality.WindowModal)
    progres.setMinimumDuration(DELAI_AFFICHAGE_MS)

    def avancer(fait: int, total: int) -> bool:
        progres.setMaximum(total)
        progres.setValue(fait)
        progres.setLabelText(f"Document {fait} sur {total}…")
        QApplication.processEvents()
        return not progres.wasCanceled()

    try:
        chemins = produire_annee(f.services, annee, dossier, avancer)
    except MairieError as exc:
        messages.show_error(f, exc.message, TITRE)
        return []
    except OSError as exc:
        messages.show_error(
            f, f"Impossible d'écrire dans {dossier} : {exc.strerror or exc}.", TITRE
        )
        return []
    finally:
        annule = progres.wasCanceled()
        progres.close()
    debut = "Interrompu : " if annule else ""
    messages.show_info(
        f, f"{debut}{len(chemins)} document(s) de {annee} enregistré(s) dans {dossier}.", TITRE
    )
    return chemins
