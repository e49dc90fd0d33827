"""Fichier > Sauvegarder vers… and Restaurer une sauvegarde…, and the daily backup made
when the window closes."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pytest
from gui_helpers import taper
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from mairie_app.db import verrou
from mairie_app.errors import StorageError
from mairie_app.gui import launch
from mairie_app.gui.main_window import MainWindow
from mairie_app.services import sauvegarde
from mairie_app.services.demo import charger_demo
from mairie_app.services.registre import ouvrir_registre


@pytest.fixture
def fenetre(qtbot, tmp_path):
    """A window on its own register (tmp_path/registre), closed with whatever it holds."""
    dossier = tmp_path / "registre"
    services = ouvrir_registre(dossier)
    charger_demo(services.sessions, cloturer=False)
    window = MainWindow(services, dossier)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.services.fermer()  # after a restore: the reopened register


def _ajouter_point(qtbot, window, objet: str) -> None:
    agenda = window.seances_tab.agenda
    window.tabs.setCurrentWidget(window.seances_tab)
    taper(qtbot, agenda.objet_edit, objet)
    qtbot.mouseClick(agenda.ajouter_button, Qt.MouseButton.LeftButton)


def test_backup_then_restore_shows_the_restored_register(qtbot, fenetre, tmp_path, popups):
    ancien = fenetre.services
    popups.chemins.append(str(tmp_path / "cle-usb" / "copie"))
    fenetre.sauvegarder_action.trigger()
    copie = tmp_path / "cle-usb" / "copie.sqlite3"
    assert sauvegarde.verifier_fichier(copie)
    assert popups.infos()[-1].startswith(f"Le registre a été sauvegardé dans le fichier :\n{copie}")

    _ajouter_point(qtbot, fenetre, "Point saisi après la sauvegarde")
    assert fenetre.seances_tab.agenda.model.rowCount() == 2

    popups.chemins.append(str(copie))
    fenetre.restaurer_action.trigger()
    question = [m for kind, m in popups.appels if kind == "confirm"][-1]
    assert question.startswith(
        "Le fichier copie.sqlite3 est une sauvegarde du registre de la commune Chéreng : "
        "1 séance(s), du 12/02/2024 au 12/02/2024."
    )
    assert "remplace TOUT le registre actuel" in question
    assert popups.erreurs() == []

    # The window now shows the restored register, through newly opened services.
    assert fenetre.services is not ancien
    assert fenetre.seances_tab.agenda.model.rowCount() == 1
    seance = fenetre.seances_tab.seance
    assert [p.objet for p in fenetre.services.seances.seance(seance.id).points] == [
        seance.points[0].objet
    ]
    assert fenetre.windowTitle() == "Registre des délibérations — Commune de Chéreng"
    assert verrou.detenu(tmp_path / "registre")  # the lock was never let go
    mis_de_cote = list((tmp_path / "registre" / "sauvegardes").glob("avant-restauration-*"))
    assert len(mis_de_cote) == 1
    assert str(mis_de_cote[0]) in popups.infos()[-1]
    # The new tabs work: she can go on typing.
    _ajouter_point(qtbot, fenetre, "Point saisi après la restauration")
    assert len(fenetre.services.seances.seance(seance.id).points) == 2


def test_restore_cancelled_or_refused_changes_nothing(qtbot, fenetre, tmp_path, popups):
    ancien = fenetre.services
    faux = tmp_path / "notes.sqlite3"
    faux.write_text("pas une base", encoding="utf-8")
    popups.chemins.append(str(faux))
    fenetre.restaurer_action.trigger()
    assert popups.erreurs() == ["notes.sqlite3 n'est pas une base SQLite : ce n'est pas une "
                                "sauvegarde du registre."]  # fmt: skip
    assert popups.compte("confirm") == 0

    copie = sauvegarde.sauvegarder_vers(ancien.engine, tmp_path / "copie.sqlite3")
    _ajouter_point(qtbot, fenetre, "Point à garder")
    popups.chemins.append(str(copie))
    popups.confirmations.append(False)
    fenetre.restaurer_action.trigger()
    assert fenetre.services is ancien
    assert len(ancien.seances.seance(fenetre.seances_tab.seance.id).points) == 2


def _lancer(monkeypatch, dossier: Path) -> int:
    """Start the app as the desktop shortcut does; she closes the window at once."""

    def fermer(*_args) -> int:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow):
                widget.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", fermer)
    hook = sys.excepthook
    try:
        return launch.run_gui(argparse.Namespace(data_dir=str(dossier)))
    finally:
        sys.excepthook = hook


@pytest.fixture
def registre(tmp_path) -> Path:
    services = ouvrir_registre(tmp_path)
    charger_demo(services.sessions)
    services.fermer()
    return tmp_path


def test_automatic_backup_when_the_window_closes(qapp, registre, popups, monkeypatch):
    assert sauvegarde.sauvegardes_auto(registre) == []
    assert _lancer(monkeypatch, registre) == 0
    [fichier] = sauvegarde.sauvegardes_auto(registre)
    assert sauvegarde.verifier_fichier(fichier)
    assert popups.appels == []
    assert not verrou.detenu(registre)
    assert "Sauvegarde automatique" in (registre / "mairie_app.log").read_text("utf-8")
    assert _lancer(monkeypatch, registre) == 0
    assert len(sauvegarde.sauvegardes_auto(registre)) == 1  # one a day


def test_automatic_backup_failure_is_told_and_the_app_still_closes(
    qapp, registre, popups, monkeypatch
):
    def disque_plein(*_args, **_kwargs):
        raise StorageError("Sauvegarde vers … impossible : le disque est plein.")

    monkeypatch.setattr(sauvegarde, "sauvegarde_auto", disque_plein)
    assert _lancer(monkeypatch, registre) == 0
    [message] = popups.erreurs()
    assert message.startswith(
        "La sauvegarde automatique de fermeture n'a pas pu être faite : Sauvegarde vers … "
        "impossible : le disque est plein."
    )
    assert "Fichier > Sauvegarder vers…" in message
    assert not verrou.detenu(registre)
    journal = (registre / "mairie_app.log").read_text("utf-8")
    assert "Sauvegarde automatique impossible" in journal and "StorageError" in journal
