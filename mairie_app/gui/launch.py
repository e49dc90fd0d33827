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

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from mairie_app.errors import MairieError
from mairie_app.gui import messages
from mairie_app.paths import APP_NAME, data_dir, resources_dir

log = logging.getLogger(__name__)

ORGANISATION = "mairie_app"
NOM_APPLICATION = "Registre des délibérations"
MESSAGE_ERREUR = (
    "Une erreur inattendue s'est produite. Ce que vous avez enregistré est conservé ; "
    "la dernière action n'a peut-être pas abouti.\n\nLe détail est dans le fichier {log}."
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


def configurer_journal(dossier: Path) -> logging.Handler:
    """Log to <data>/mairie_app.log, where a helper can read what went wrong."""
    handler = logging.FileHandler(dossier / f"{APP_NAME}.log", encoding="utf-8")
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
    journal = configurer_journal(dossier)
    hook_precedent = sys.excepthook
    installer_excepthook(Path(journal.baseFilename))
    try:
        return _ouvrir_fenetre(app, dossier, getattr(args, "quitter_apres_affichage", False))
    finally:
        sys.excepthook = hook_precedent
        logging.getLogger().removeHandler(journal)
        journal.close()


def _ouvrir_fenetre(app: QApplication, dossier: Path, quitter: bool = False) -> int:
    from mairie_app.gui.main_window import MainWindow
    from mairie_app.services.registre import ouvrir_registre

    try:
        services = ouvrir_registre(dossier)
    except MairieError as exc:  # StorageError: unreadable file, register locked
        messages.show_error(None, exc.message, "Ouverture du registre impossible")
        return 1
    try:
        window = MainWindow(services, dossier)
        window.show()
        if quitter:  # tools/bench.py: process start to window shown
            QTimer.singleShot(0, lambda: _signaler_affichage(app))
        return app.exec()
    finally:
        services.fermer()


def _signaler_affichage(app: QApplication) -> None:
    """Print when the first window has been painted, for the start-up benchmark."""
    app.processEvents()
    print(f"fenetre-affichee {time.time():.6f}", flush=True)
    app.quit()
