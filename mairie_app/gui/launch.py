"""Start the window: Qt application, French translation, crash handler, register, window.

Called by the composition root (mairie_app.app.main) with the parsed command line.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from mairie_app.errors import MairieError
from mairie_app.gui import messages
from mairie_app.paths import APP_NAME, data_dir, resources_dir

if TYPE_CHECKING:
    from mairie_app.services.registre import Services

log = logging.getLogger(__name__)

ORGANISATION = "mairie_app"
NOM_APPLICATION = "Registre des délibérations"
MESSAGE_ERREUR = (
    "Une erreur inattendue s'est produite. Ce que vous avez enregistré est conservé ; "
    "la dernière action n'a peut-être pas abouti.\n\nLe détail est dans le fichier {log}."
)
MESSAGE_DEMARRAGE = (
    "Le programme n'a pas pu démarrer à cause d'une erreur inattendue. Le registre "
    "enregistré n'a pas été modifié.\n\nLe détail de l'erreur est dans le fichier :\n{log}\n\n"
    "Relancez le programme ; si l'erreur revient, envoyez ce fichier à la personne qui vous "
    "aide pour le logiciel."
)
MESSAGE_SAUVEGARDE = (
    "La sauvegarde automatique de fermeture n'a pas pu être faite : {erreur}\n\n"
    "Ce que vous avez saisi est bien enregistré dans le registre. Au prochain démarrage, "
    "faites une sauvegarde avec Fichier > Sauvegarder vers…"
)


def icone_application() -> QIcon:
    """The town-hall icon in every size shipped, for the title bar and the task bar."""
    icone = QIcon()
    for taille in (16, 24, 32, 48, 64, 128, 256):
        chemin = resources_dir() / "icons" / f"mairie-app-{taille}.png"
        if chemin.exists():
            icone.addFile(str(chemin))
    return icone


def configurer_locale() -> None:
    """French numbers and dates in every field ("3 078", "lundi"), whatever Windows says."""
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))


def charger_traduction(app: QApplication) -> QTranslator | None:
    """Qt's own French (standard buttons, dialogs), from PySide6's translations folder."""
    translator = QTranslator(app)
    dossier = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(
        QLocale(QLocale.Language.French, QLocale.Country.France), "qtbase", "_", dossier
    ):
        app.installTranslator(translator)
        return translator
    log.info("Traduction qtbase_fr introuvable dans %s", dossier)
    return None


def chemin_journal(dossier: Path) -> Path:
    """<data>/mairie_app.log: the error log (Aide > Journal des erreurs… shows where)."""
    return dossier / f"{APP_NAME}.log"


def configurer_journal(dossier: Path) -> logging.FileHandler:
    """Log to <data>/mairie_app.log, where a helper can read what went wrong."""
    handler = logging.FileHandler(chemin_journal(dossier), encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    racine = logging.getLogger()
    racine.addHandler(handler)
    if racine.level > logging.INFO or racine.level == logging.NOTSET:
        racine.setLevel(logging.INFO)
    return handler


def installer_excepthook(journal: Path) -> None:
    """Any bug: log the traceback, tell her in one sentence, keep the window open."""

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.error("Erreur non prévue:\n%s", "".join(traceback.format_exception(exc_type, exc, tb)))
        if isinstance(exc, MairieError):  # an expected error that escaped a tab
            messages.show_error(QApplication.activeWindow(), exc.message)
            return
        try:
            messages.show_error(
                QApplication.activeWindow(), MESSAGE_ERREUR.format(log=journal), "Erreur inattendue"
            )
        except Exception:
            log.exception("Impossible d'afficher l'erreur")

    sys.excepthook = hook


def run_gui(args: argparse.Namespace) -> int:
    """Run the window until she quits; returns the exit code."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(NOM_APPLICATION)
    app.setApplicationDisplayName(NOM_APPLICATION)
    app.setWindowIcon(icone_application())
    configurer_locale()
    charger_traduction(app)
    try:
        dossier = data_dir(getattr(args, "data_dir", None))
    except OSError as exc:
        messages.show_error(None, f"Dossier des données inaccessible : {exc}", NOM_APPLICATION)
        return 1
    try:
        journal = configurer_journal(dossier)
    except OSError as exc:
        messages.show_error(
            None,
            f"Impossible d'écrire dans le dossier des données {dossier} ({exc.strerror or exc}). "
            "Vérifiez qu'il n'est pas en lecture seule ou sur un support retiré.",
            NOM_APPLICATION,
        )
        return 1
    hook_precedent = sys.excepthook
    installer_excepthook(Path(journal.baseFilename))
    try:
        return _ouvrir_fenetre(app, dossier, getattr(args, "quitter_apres_affichage", False))
    except Exception:  # a bug before the window shows: say so, keep the traceback
        return echec_demarrage(Path(journal.baseFilename))
    finally:
        sys.excepthook = hook_precedent
        logging.getLogger().removeHandler(journal)
        journal.close()


def echec_demarrage(journal: Path) -> int:
    """An unexpected error while starting: log the traceback, tell her in plain words."""
    log.exception("Erreur au démarrage")
    try:
        messages.show_error(None, MESSAGE_DEMARRAGE.format(log=journal), "Démarrage impossible")
    except Exception:
        log.exception("Impossible d'afficher l'erreur de démarrage")
    return 1


def sauvegarde_fermeture(services: Services) -> Path | None:
    """The daily backup when the window closes; a failure is logged and told, never raised."""
    from mairie_app.services.sauvegarde import sauvegarde_auto

    if services.data_dir is None or services.lecture_seule:
        return None
    try:
        chemin = sauvegarde_auto(services.data_dir, services.engine)
    except Exception as exc:
        log.exception("Sauvegarde automatique impossible")
        erreur = exc.message if isinstance(exc, MairieError) else f"{type(exc).__name__}: {exc}"
        try:
            messages.show_error(
                None, MESSAGE_SAUVEGARDE.format(erreur=erreur), "Sauvegarde automatique"
            )
        except Exception:
            log.exception("Impossible d'afficher l'erreur de sauvegarde")
        return None
    if chemin is not None:
        log.info("Sauvegarde automatique : %s", chemin)
    return chemin


def _ouvrir_fenetre(app: QApplication, dossier: Path, quitter: bool = False) -> int:
    from mairie_app.gui.main_window import MainWindow
    from mairie_app.services.registre import ouvrir_registre

    try:
        services = ouvrir_registre(dossier)
    except MairieError as exc:  # StorageError: unreadable file, register locked
        messages.show_error(None, exc.message, "Ouverture du registre impossible")
        return 1
    window = None
    try:
        window = MainWindow(services, dossier)
        window.show()
        if quitter:  # tools/bench.py: process start to window shown
            QTimer.singleShot(0, lambda: _signaler_affichage(app))
        code = app.exec()
        if not quitter:  # the benchmark's start-up run leaves no backup behind
            sauvegarde_fermeture(window.services)
        return code
    finally:
        # After a restore the window holds the reopened register: close that one.
        (window.services if window is not None else services).fermer()


def _signaler_affichage(app: QApplication) -> None:
    """Print when the first window has been painted, for the start-up benchmark."""
    app.processEvents()
    print(f"fenetre-affichee {time.time():.6f}", flush=True)
    app.quit()
