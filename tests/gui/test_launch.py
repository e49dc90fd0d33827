"""Start-up: French translation, the crash handler, an unreadable register."""

from __future__ import annotations

import argparse
import sys

import pytest
from PySide6.QtWidgets import QApplication

from mairie_app.errors import StorageError
from mairie_app.gui import launch


def test_french_translation_loaded(qapp):
    translator = launch.charger_traduction(qapp)
    try:
        assert translator is not None  # PySide6 ships qtbase_fr.qm
        assert translator.language().startswith("fr")
    finally:
        if translator is not None:
            qapp.removeTranslator(translator)


def test_storage_error_shown_not_raised(qapp, tmp_path, popups, monkeypatch):
    def illisible(_dossier):
        raise StorageError("Base de données illisible (file is not a database).")

    monkeypatch.setattr("mairie_app.services.registre.ouvrir_registre", illisible)
    monkeypatch.setattr(QApplication, "exec", lambda *_a: pytest.fail("window opened"))
    hook = sys.excepthook
    try:
        code = launch.run_gui(argparse.Namespace(data_dir=str(tmp_path)))
    finally:
        sys.excepthook = hook
    assert code == 1
    assert popups.erreurs() == ["Base de données illisible (file is not a database)."]
    assert qapp.applicationName() == "Registre des délibérations"
    assert not qapp.windowIcon().isNull()


def test_excepthook_logs_and_shows_generic_message(qapp, tmp_path, popups, caplog):
    hook = sys.excepthook
    try:
        launch.installer_excepthook(tmp_path / "mairie_app.log")
        try:
            raise ZeroDivisionError("bug")
        except ZeroDivisionError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        sys.excepthook = hook
    assert "ZeroDivisionError: bug" in caplog.text
    assert len(popups.erreurs()) == 1
    assert popups.erreurs()[0].startswith("Une erreur inattendue s'est produite.")
    assert "mairie_app.log" in popups.erreurs()[0]
