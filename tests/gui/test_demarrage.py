"""A bug at start-up is told in plain words and logged in the data folder; the Aide menu
says where that log and the data are."""

from __future__ import annotations

import argparse
import sys

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy.exc import OperationalError

from mairie_app.db import verrou
from mairie_app.gui import launch
from mairie_app.gui.main_window import MainWindow


def _demarrer(dossier) -> int:
    hook = sys.excepthook
    try:
        return launch.run_gui(argparse.Namespace(data_dir=str(dossier)))
    finally:
        sys.excepthook = hook


def _verifier_message(popups, journal) -> None:
    [message] = popups.erreurs()
    assert message.startswith("Le programme n'a pas pu démarrer à cause d'une erreur inattendue.")
    assert f"Le détail de l'erreur est dans le fichier :\n{journal}" in message
    assert "Traceback" not in message


def test_crash_while_building_the_window(qapp, tmp_path, popups, monkeypatch):
    def en_panne(self, *_args, **_kwargs):
        raise RuntimeError("onglet introuvable")

    monkeypatch.setattr(MainWindow, "__init__", en_panne)
    monkeypatch.setattr(QApplication, "exec", lambda *_a: pytest.fail("the loop started"))
    assert _demarrer(tmp_path) == 1
    journal = tmp_path / "mairie_app.log"
    _verifier_message(popups, journal)
    texte = journal.read_text("utf-8")
    assert "Erreur au démarrage" in texte
    assert "Traceback" in texte and "RuntimeError: onglet introuvable" in texte
    assert not verrou.detenu(tmp_path)  # the register was closed behind it


def test_crash_while_opening_the_register(qapp, tmp_path, popups, monkeypatch):
    def illisible(_dossier):
        raise OperationalError("SELECT 1", {}, Exception("disk I/O error"))

    monkeypatch.setattr("mairie_app.services.registre.ouvrir_registre", illisible)
    assert _demarrer(tmp_path) == 1
    _verifier_message(popups, tmp_path / "mairie_app.log")
    assert "disk I/O error" in (tmp_path / "mairie_app.log").read_text("utf-8")


def test_help_menu_shows_the_log_and_the_data_folder(window, tmp_path, popups):
    window.journal_action.trigger()
    [texte] = popups.infos()
    assert f"Journal des erreurs :\n{tmp_path / 'mairie_app.log'}" in texte
    assert f"Dossier des données :\n{tmp_path}" in texte
    window.dossier_action.trigger()
    assert popups.ouverts == [str(tmp_path)]
    aide = window.menuBar().actions()[-1].menu()
    assert [a.text() for a in aide.actions()] == [
        "À &propos",
        "&Journal des erreurs et dossier des données…",
        "&Ouvrir le dossier des données",
    ]
