"""Screenshots of the window filled with the reference séance, for the README.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py [DOSSIER]

DOSSIER defaults to docs/screenshots/. The script works in a temporary data folder
(nothing is written to the user's register): the first-run assistant on an empty
register, then the demo séance (Chéreng, 12 February 2024) left open, each tab of a
1280 × 800 window, and the preview of its extrait.
"""

from __future__ import annotations

import io
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QFontDatabase, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

RACINE = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(RACINE))

from mairie_app.gui import messages  # noqa: E402
from mairie_app.gui.launch import (  # noqa: E402
    charger_traduction,
    configurer_locale,
    icone_application,
)
from mairie_app.paths import resources_dir  # noqa: E402
from mairie_app.services.demo import charger_demo  # noqa: E402
from mairie_app.services.registre import Services, ouvrir_registre  # noqa: E402

LARGEUR, HAUTEUR = 1280, 800


def _interdire_popups() -> None:
    """A message box would wait forever for a click nobody gives: fail loudly instead."""

    def refuser(nom: str) -> Callable[..., None]:
        def appel(*args: object, **_kwargs: object) -> None:
            raise SystemExit(f"La fenêtre a ouvert une boîte de dialogue ({nom}) : {args[1:]}")

        return appel

    for nom in dir(messages):
        if nom.startswith(("show_", "ask_", "confirm", "open_")):
            setattr(messages, nom, refuser(nom))


def _verifier_polices() -> None:
    """Offscreen Qt draws text only with fonts fontconfig finds; else use the app's own."""
    if QFontDatabase.families():
        return
    for police in sorted((resources_dir() / "fonts").glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(police))
    if not QFontDatabase.families():
        raise SystemExit(
            "Aucune police trouvée : installez fonts-dejavu-core ou définissez QT_QPA_FONTDIR."
        )


def attendre(ms: int = 150) -> None:
    """Let Qt lay out, paint and run its timers (search delay, PDF rendering)."""
    QTest.qWait(ms)


def _ecrire_png(image: QImage, chemin: Path) -> None:
    """256 colours are plenty for a window (flat colours, grey anti-aliasing) and make
    the file three times smaller; without Pillow (a ReportLab dependency), plain PNG."""
    try:
        from PIL import Image
    except ImportError:
        if not image.save(str(chemin), "PNG", 0):
            raise SystemExit(f"Impossible d'écrire {chemin}") from None
        return
    tampon = QBuffer()
    tampon.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(tampon, "PNG")
    with Image.open(io.BytesIO(tampon.data().data())) as source:
        palette = source.convert("RGB").quantize(
            colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE
        )
        palette.save(chemin, optimize=True)


def enregistrer(widget: QWidget, dossier: Path, nom: str) -> Path:
    attendre()
    chemin = dossier / f"{nom}.png"
    _ecrire_png(widget.grab().toImage(), chemin)
    print(f"{chemin} ({chemin.stat().st_size // 1024} Ko)")
    return chemin


def _fenetre(services: Services, data: Path):
    from mairie_app.gui.main_window import MainWindow

    window = MainWindow(services, data)
    window.show()
    window.resize(LARGEUR, HAUTEUR)  # the offscreen screen is small: size it as an office PC
    attendre()
    return window


def assistant(dossier: Path, data: Path) -> None:
    """The first-run assistant over an empty register, "chereng" typed in its search."""
    services = ouvrir_registre(data)
    try:
        window = _fenetre(services, data)
        attendre()
        dialog = window.first_run_dialog
        if dialog is None:
            raise SystemExit("L'assistant de première utilisation ne s'est pas ouvert.")
        page = dialog.commune_page
        page.recherche_edit.setFocus()
        page.recherche_edit.setText("chereng")
        page.recherche.chercher()  # as after a pause in her typing: the list shows
        enregistrer(dialog, dossier, "0-assistant")
        dialog.reject()
        window.close()
        window.deleteLater()
        attendre()
    finally:
        services.fermer()


def fenetre_demo(dossier: Path, data: Path) -> None:
    services = ouvrir_registre(data)
    try:
        charger_demo(services.sessions, cloturer=False)
        window = _fenetre(services, data)
        tabs = window.tabs

        tabs.setCurrentWidget(window.commune_tab)
        enregistrer(window, dossier, "1-commune")

        conseil = window.conseil_tab
        tabs.setCurrentWidget(conseil)
        conseil.vue.selectRow(conseil.model.row_where(lambda c: c.nom == "LLANES"))
        enregistrer(window, dossier, "2-conseil")

        tabs.setCurrentWidget(window.seances_tab)
        window.seances_tab.agenda.vue.selectRow(0)
        enregistrer(window, dossier, "3-seances")

        presences = window.presences_tab
        tabs.setCurrentWidget(presences)
        presences.vue.selectRow(presences.model.row_where(lambda lg: lg.conseiller.nom == "LLANES"))
        enregistrer(window, dossier, "4-presences")

        votes = window.votes_tab
        tabs.setCurrentWidget(votes)
        votes.pages.setCurrentIndex(0)
        enregistrer(window, dossier, "5-votes-texte")
        votes.pages.setCurrentIndex(1)
        enregistrer(window, dossier, "6-votes-vote")

        window.document("extrait")
        apercu = window.documents.apercus[-1]
        apercu.resize(900, HAUTEUR)
        attendre(1500)  # QtPdf renders the page in the background
        enregistrer(apercu, dossier, "7-extrait")
        apercu.close()
        window.close()
        attendre()
    finally:
        services.fermer()


def main(argv: list[str]) -> int:
    dossier = Path(argv[1]) if len(argv) > 1 else RACINE / "docs" / "screenshots"
    dossier.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(argv[:1])
    app.setApplicationDisplayName("Registre des délibérations")
    app.setWindowIcon(icone_application())
    configurer_locale()
    charger_traduction(app)
    _verifier_polices()
    _interdire_popups()
    with tempfile.TemporaryDirectory(prefix="captures-") as tmp:
        assistant(dossier, Path(tmp) / "vide")
        fenetre_demo(dossier, Path(tmp) / "mairie_app")  # its path shows in the preview
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
