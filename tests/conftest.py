"""Shared fixtures: headless Qt, a throw-away data folder, real services on it."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from mairie_app.services.registre import Services, ouvrir_registre


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory, monkeypatch):
    """No test ever writes to the real user data folder."""
    monkeypatch.setenv("MAIRIE_APP_DATA_DIR", str(tmp_path_factory.mktemp("donnees")))


@pytest.fixture
def services(tmp_path) -> Services:
    svc = ouvrir_registre(tmp_path / "registre")
    yield svc
    svc.fermer()


@pytest.fixture
def demo(services) -> tuple[Services, int]:
    """The Chéreng séance of 12 February 2024, typed through the services, left open.

    `mairie-app demo` loads it closed; most tests modify it, so here it stays open
    (tests of the closed register close it themselves).
    """
    from mairie_app.services.demo import charger_demo

    return services, charger_demo(services.sessions, cloturer=False)
