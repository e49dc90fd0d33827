"""Fixtures of the window tests: a register on tmp_path, the demo séance, the window,
and a recorder in place of every popup (a real dialog would block the test run)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QMessageBox,
)

from mairie_app.gui import messages
from mairie_app.services.demo import charger_demo
from mairie_app.services.dto import SeanceData
from mairie_app.services.registre import Services, ouvrir_registre

# The offscreen platform says it cannot forward a window's size constraints, raise a
# popup or grab the keyboard for it; that is about the test platform, not the app.
IGNORER_QT = r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    ici = Path(__file__).parent
    for item in items:
        if ici in Path(item.fspath).parents:
            item.add_marker(pytest.mark.qt_log_ignore(IGNORER_QT))


@dataclass
class Popups:
    """What the window asked or told; answers are queued by the test."""

    appels: list[tuple[str, str]] = field(default_factory=list)
    confirmations: list[bool] = field(default_factory=list)
    non_enregistre: list[str] = field(default_factory=list)
    chemins: list[str | None] = field(default_factory=list)
    textes: list[str | None] = field(default_factory=list)
    choix: list[int | None] = field(default_factory=list)
    entiers: list[int | None] = field(default_factory=list)
    ouverts: list[str] = field(default_factory=list)
    impression: bool = False

    def erreurs(self) -> list[str]:
        return [m for kind, m in self.appels if kind == "show_error"]

    def infos(self) -> list[str]:
        return [m for kind, m in self.appels if kind == "show_info"]

    def compte(self, kind: str) -> int:
        return sum(1 for k, _ in self.appels if k == kind)

    # --- stand-ins for mairie_app.gui.messages ---------------------------------
    def show_error(self, parent, message, title="Saisie refusée"):
        self.appels.append(("show_error", message))

    def show_info(self, parent, message, title="Information"):
        self.appels.append(("show_info", message))

    def show_about(self, parent, title, text):
        self.appels.append(("show_about", text))

    def confirm(self, parent, message, title="Confirmation"):
        self.appels.append(("confirm", message))
        return self.confirmations.pop(0) if self.confirmations else True

    def ask_unsaved(self, parent, message):
        self.appels.append(("ask_unsaved", message))
        # Unplanned question (e.g. when the test closes the window): drop the input.
        return self.non_enregistre.pop(0) if self.non_enregistre else "discard"

    def ask_save_path(self, parent, title, suggested, filters):
        self.appels.append(("ask_save_path", suggested))
        return self.chemins.pop(0) if self.chemins else None

    def ask_open_path(self, parent, title, filters):
        self.appels.append(("ask_open_path", title))
        return self.chemins.pop(0) if self.chemins else None

    def ask_directory(self, parent, title):
        self.appels.append(("ask_directory", title))
        return self.chemins.pop(0) if self.chemins else None

    def ask_integer(self, parent, title, label, value, minimum, maximum):
        self.appels.append(("ask_integer", label))
        return self.entiers.pop(0) if self.entiers else value

    def ask_text(self, parent, title, label, text=""):
        self.appels.append(("ask_text", label))
        return self.textes.pop(0) if self.textes else None

    def ask_choice(self, parent, title, label, choices):
        self.appels.append(("ask_choice", label + "\n" + "\n".join(choices)))
        return self.choix.pop(0) if self.choix else None

    def open_path(self, path):
        self.appels.append(("open_path", str(path)))
        self.ouverts.append(str(path))
        return True

    def ask_print(self, parent, printer):
        self.appels.append(("ask_print", printer.docName()))
        return self.impression


@pytest.fixture(autouse=True)
def popups(monkeypatch: pytest.MonkeyPatch) -> Popups:
    """Every popup goes through messages; any real modal dialog fails the test."""
    recorder = Popups()
    for name in (
        "show_error",
        "show_info",
        "show_about",
        "confirm",
        "ask_unsaved",
        "ask_save_path",
        "ask_open_path",
        "ask_integer",
        "ask_print",
        "ask_text",
        "ask_choice",
        "ask_directory",
        "open_path",
    ):
        monkeypatch.setattr(messages, name, getattr(recorder, name))

    def interdit(*_args, **_kwargs):
        pytest.fail("Une vraie boîte de dialogue modale se serait ouverte.")

    for name in ("warning", "information", "question", "critical", "about", "exec"):
        monkeypatch.setattr(QMessageBox, name, interdit)
    for name in ("getSaveFileName", "getOpenFileName", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, interdit)
    for name in ("getInt", "getText", "getItem"):
        monkeypatch.setattr(QInputDialog, name, interdit)
    monkeypatch.setattr(QDesktopServices, "openUrl", interdit)
    return recorder


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    s = ouvrir_registre(tmp_path)
    yield s
    s.fermer()


@pytest.fixture
def demo(services: Services) -> int:
    """The Chéreng demo séance of 12/02/2024 (LLANES gave his proxy to BARBE), left open
    so the tests can change it; its id."""
    return charger_demo(services.sessions, cloturer=False)


@pytest.fixture
def seance_vide(services: Services, demo: int) -> int:
    """A second séance of the demo council, everyone present, one item on the agenda."""
    seance = services.seances.creer_seance(
        SeanceData(
            date=date(2024, 3, 18),
            heure=time(19, 0),
            date_convocation=date(2024, 3, 11),
            date_affichage_convocation=date(2024, 3, 11),
        )
    )
    services.seances.ajouter_point(seance.id, "Vote du budget primitif 2024")
    return seance.id


@pytest.fixture
def ouvrir(qtbot, services: Services, tmp_path: Path):
    """Open the main window on the register as it is now (call it after filling it)."""
    from mairie_app.gui.main_window import MainWindow

    def _ouvrir() -> MainWindow:
        w = MainWindow(services, tmp_path)
        qtbot.addWidget(w)
        w.show()
        qtbot.waitExposed(w)
        return w

    return _ouvrir


@pytest.fixture
def window(ouvrir, demo: int):
    """The window on the demo register, its séance selected."""
    return ouvrir()
