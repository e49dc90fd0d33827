"""The menu bar of the main window: Fichier, Édition, Documents, Aide.

The actions are set as attributes of the window (window.nouvelle_action…) so the
tests and the other modules reach them by name; what they do lives in the window
(documents, séances) or in echanges.py, sauvegardes.py and lot_extraits.py.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from mairie_app.gui import echanges, lot_annee, lot_extraits, messages, sauvegardes
from mairie_app.gui.dialogs import about_dialog
from mairie_app.gui.edition import EditionActions
from mairie_app.pdf.production import GENRES

if TYPE_CHECKING:
    from mairie_app.gui.main_window import MainWindow

AIDE_DOCUMENT = "Convocation (Séances), procès-verbal (Présences) ou extrait (Votes)"


def _action(
    fenetre: MainWindow,
    menu: QMenu,
    texte: str,
    slot: Callable[[], object],
    raccourci: QKeySequence.StandardKey | str | None = None,
    aide: str = "",
) -> QAction:
    action = QAction(texte, fenetre)
    if raccourci is not None:
        action.setShortcut(QKeySequence(raccourci))
    action.setStatusTip(aide)
    action.triggered.connect(lambda _checked=False: slot())
    menu.addAction(action)
    return action


def creer_menus(f: MainWindow) -> None:
    bar = f.menuBar()
    std = QKeySequence.StandardKey
    fichier = bar.addMenu("&Fichier")
    f.nouvelle_action = _action(
        f, fichier, "&Nouvelle séance", f.nouvelle_seance, std.New, "Préparer une nouvelle séance"
    )
    f.enregistrer_action = _action(
        f, fichier, "&Enregistrer", f.enregistrer, std.Save, "Enregistrer le formulaire affiché"
    )
    fichier.addSeparator()
    f.importer_seance_action = _action(
        f,
        fichier,
        "Im&porter une séance…",
        lambda: echanges.importer_seance(f),
        None,
        "Lire un fichier de séance (JSON) venu d'un autre poste ou d'un autre logiciel",
    )
    f.exporter_seance_action = _action(
        f,
        fichier,
        "E&xporter la séance…",
        lambda: echanges.exporter_seance(f),
        None,
        "Écrire la séance sélectionnée dans un fichier (JSON)",
    )
    f.exporter_scdl_action = _action(
        f,
        fichier,
        "Exporter les &données ouvertes (SCDL)…",
        lambda: echanges.exporter_scdl(f),
        None,
        "Les délibérations d'une année au format national des données ouvertes (CSV)",
    )
    fichier.addSeparator()
    f.imprimer_action = _action(
        f, fichier, "&Imprimer…", lambda: f.document_courant(imprimer=True), std.Print,
        AIDE_DOCUMENT,
    )  # fmt: skip
    f.apercu_action = _action(
        f, fichier, "&Aperçu avant impression", f.document_courant, None, AIDE_DOCUMENT
    )
    fichier.addSeparator()
    f.sauvegarder_action = _action(
        f,
        fichier,
        "&Sauvegarder vers…",
        lambda: sauvegardes.sauvegarder_vers(f),
        None,
        "Copier le registre dans un fichier (clé USB, autre disque)",
    )
    f.restaurer_action = _action(
        f,
        fichier,
        "&Restaurer une sauvegarde…",
        lambda: sauvegardes.restaurer(f),
        None,
        "Remplacer le registre par une sauvegarde",
    )
    fichier.addSeparator()
    f.quitter_action = _action(f, fichier, "&Quitter", f.close, "Ctrl+Q")

    f.edition = EditionActions(bar.addMenu("É&dition"), f)

    documents = bar.addMenu("Do&cuments")
    f.document_actions = {
        cle: _action(f, documents, GENRES[cle].titre + "…", lambda c=cle: f.document(c))
        for cle in ("extrait", "liste", "proces_verbal", "convocation", "registre")
    }
    documents.addSeparator()
    f.lecteur_action = _action(
        f,
        documents,
        "Ouvrir avec le &lecteur PDF",
        f.ouvrir_document_courant,
        None,
        AIDE_DOCUMENT + ", dans votre lecteur PDF habituel",
    )
    f.lot_action = _action(
        f,
        documents,
        "&Tous les extraits de la séance…",
        lambda: lot_extraits.tous_les_extraits(f),
        None,
        "L'extrait de chaque délibération votée, enregistrés dans un dossier ou imprimés",
    )
    f.annee_action = _action(
        f,
        documents,
        "Tous les documents de l'&année…",
        lambda: lot_annee.tous_les_documents(f),
        None,
        "Extraits, listes, procès-verbaux, registre et tables d'une année, dans un dossier",
    )

    aide = bar.addMenu("&Aide")
    _action(f, aide, "À &propos", lambda: about_dialog.montrer(f, f.data_dir))
    f.journal_action = _action(
        f, aide, "&Journal des erreurs et dossier des données…", lambda: montrer_journal(f)
    )
    f.dossier_action = _action(f, aide, "&Ouvrir le dossier des données", lambda: ouvrir_dossier(f))


def actualiser_actions(f: MainWindow) -> None:
    """Documents need a séance; a read-only register cannot be written to."""
    seance = f.seances_tab.seance is not None
    for action in (
        *f.document_actions.values(),
        f.imprimer_action,
        f.apercu_action,
        f.lecteur_action,
        f.lot_action,
        f.exporter_seance_action,
    ):
        action.setEnabled(seance)
    ecriture = not f.services.lecture_seule
    for action in (
        f.nouvelle_action,
        f.enregistrer_action,
        f.importer_seance_action,
        f.restaurer_action,
    ):
        action.setEnabled(ecriture)


def montrer_journal(f: MainWindow) -> None:
    from mairie_app.gui.launch import chemin_journal

    messages.show_info(
        f,
        f"Journal des erreurs :\n{chemin_journal(f.data_dir)}\n"
        "Ce fichier décrit les erreurs inattendues : envoyez-le à la personne qui vous aide "
        "pour le logiciel.\n\n"
        f"Dossier des données :\n{f.data_dir}\n"
        "Il contient le registre (registre.sqlite3), les sauvegardes automatiques (dossier "
        "« sauvegardes ») et les documents produits (dossier « documents »).\n\n"
        "Menu Aide > Ouvrir le dossier des données pour l'afficher.",
        "Journal des erreurs et dossier des données",
    )


def ouvrir_dossier(f: MainWindow) -> bool:
    if messages.open_path(f.data_dir):
        return True
    messages.show_error(
        f,
        f"Le dossier des données n'a pas pu être ouvert. Il se trouve ici :\n{f.data_dir}",
        "Dossier des données",
    )
    return False
