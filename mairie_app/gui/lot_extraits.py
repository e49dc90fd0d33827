"""Documents > Tous les extraits de la séance…: one extrait per voted deliberation.

Each PDF goes through pdf.production (its fingerprint is recorded), then they are
saved together in a folder she chooses, or printed as one job. A progress window
with "Annuler" appears when it takes more than a moment; cancelling stops between
two documents, the extraits already written are kept whole.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtWidgets import QApplication, QProgressDialog

from mairie_app.errors import MairieError
from mairie_app.gui import actions, messages
from mairie_app.gui.documents import nom_fichier
from mairie_app.paths import output_dir
from mairie_app.pdf import production
from mairie_app.services.dto import SeanceDocument

if TYPE_CHECKING:
    from mairie_app.gui.main_window import MainWindow

TITRE = "Tous les extraits de la séance"
ENREGISTRER, IMPRIMER = 0, 1
CHOIX = ["Les enregistrer dans un dossier", "Les imprimer"]
#: The progress window shows only if the batch lasts longer than this (milliseconds).
DELAI_AFFICHAGE_MS = 400


def tous_les_extraits(f: MainWindow) -> list[Path]:
    """Ask what to do, build the extraits with a progress window, save or print them."""
    seance = f.seances_tab.seance
    if seance is None or seance.id is None:
        messages.show_error(f, "Choisissez d'abord une séance (onglet Séances).", TITRE)
        return []
    if not f.confirmer_saisies():  # the extraits print what is stored
        return []
    lu = actions.tenter(f, lambda: f.services.documents.seance_document(seance.id), TITRE)
    if not lu.ok:
        return []
    doc: SeanceDocument = lu.valeur
    ordres = [dd.deliberation.ordre for dd in doc.deliberations if dd.deliberation.vote_saisi]
    sans_vote = [
        dd.deliberation.ordre for dd in doc.deliberations if not dd.deliberation.vote_saisi
    ]
    if not ordres:
        messages.show_error(
            f,
            f"Aucune délibération de la {seance.libelle.lower()} n'a encore de vote saisi : il "
            "n'y a pas d'extrait à produire. Saisissez les votes dans l'onglet Votes.",
            TITRE,
        )
        return []
    question = f"{len(ordres)} extrait(s) de la {seance.libelle.lower()}."
    if sans_vote:
        question += (
            f"\nLes points n° {', '.join(map(str, sans_vote))} n'ont pas encore de vote : "
            "pas d'extrait pour eux."
        )
    choix = messages.ask_choice(f, TITRE, question + "\nQue voulez-vous en faire ?", CHOIX)
    if choix is None:
        return []
    if choix == ENREGISTRER:
        dossier_choisi = messages.ask_directory(f, "Dossier où enregistrer les extraits")
        if not dossier_choisi:
            return []
        dossier = Path(dossier_choisi)
    else:
        dossier = output_dir(f.data_dir)
    chemins, erreur = construire(f, doc, ordres, dossier)
    if not chemins:
        return []
    if choix == IMPRIMER:
        imprimer(f, chemins)
    else:
        _compte_rendu(f, chemins, len(ordres), dossier, erreur)
    return chemins


def construire(
    f: MainWindow, doc: SeanceDocument, ordres: list[int], dossier: Path
) -> tuple[list[Path], bool]:
    """The extraits written, in order, and whether an error stopped the batch."""
    n = len(ordres)
    progres = QProgressDialog("Préparation des extraits…", "Annuler", 0, n, f)
    progres.setWindowTitle(TITRE)
    progres.setWindowModality(Qt.WindowModality.WindowModal)
    progres.setMinimumDuration(DELAI_AFFICHAGE_MS)
    progres.setAutoClose(False)
    progres.setAutoReset(False)
    chemins: list[Path] = []
    erreur = False
    try:
        progres.setValue(0)
        for i, ordre in enumerate(ordres):
            if progres.wasCanceled():
                break
            progres.setLabelText(f"Extrait {i + 1} sur {n} : délibération n° {ordre}…")
            out = dossier / nom_fichier(doc, "extrait", ordre)
            try:
                chemins.append(
                    production.produire(f.services, "extrait", doc.seance.id, out, ordre, doc)
                )
            except MairieError as exc:
                messages.show_error(f, exc.message, TITRE)
                erreur = True
                break
            except OSError as exc:
                messages.show_error(
                    f,
                    f"Impossible d'écrire le fichier {out} : {exc.strerror or exc}. Vérifiez le "
                    "dossier (clé USB retirée, disque plein, fichier ouvert dans un lecteur PDF).",
                    TITRE,
                )
                erreur = True
                break
            progres.setValue(i + 1)
            _laisser_respirer(progres)
    finally:
        progres.close()
        progres.deleteLater()
    return chemins, erreur


def _laisser_respirer(progres: QProgressDialog) -> None:
    """Between two documents: paint, and let an "Annuler" click through once it shows.

    While the progress window is still hidden (a short batch), her clicks and keys
    wait: nothing else of the window may run in the middle of the batch.
    """
    if progres.isVisible():
        QApplication.processEvents()
    else:
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)


def _compte_rendu(f: MainWindow, chemins: list[Path], n: int, dossier: Path, erreur: bool) -> None:
    if len(chemins) == n:
        texte = f"{n} extrait(s) enregistré(s) dans le dossier :\n{dossier}"
    else:
        cause = "à la suite de l'erreur signalée" if erreur else "à votre demande"
        texte = (
            f"Arrêté {cause} : {len(chemins)} extrait(s) sur {n} enregistré(s) dans le "
            f"dossier :\n{dossier}\n\nRelancez « Tous les extraits de la séance… » pour les "
            "produire tous."
        )
    messages.show_info(f, texte, TITRE)


def imprimer(f: MainWindow, chemins: list[Path]) -> bool:
    """One print job with every extrait, through the usual print dialog."""
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter

    from mairie_app.gui.dialogs.pdf_preview_dialog import imprimer_documents

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(f"extraits_{chemins[0].stem.rsplit('_point-', 1)[0]}")
    if not messages.ask_print(f, printer):
        return False
    documents = []
    for chemin in chemins:
        document = QPdfDocument(f)
        document.load(str(chemin))
        documents.append(document)
    try:
        imprimer_documents(documents, printer)
    finally:
        for document in documents:
            document.deleteLater()
    f.statusBar().showMessage(f"{len(chemins)} extrait(s) envoyé(s) à l'imprimante.", 10000)
    return True
