"""The demo séance loaded into a throw-away register, and a PDF text reader."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader

from mairie_app.services.demo import charger_demo
from mairie_app.services.dto import SeanceDocument
from mairie_app.services.registre import Services, ouvrir_registre


def _normaliser(texte: str) -> str:
    return " ".join(texte.split())


@pytest.fixture
def registre_demo(tmp_path) -> tuple[Services, int]:
    """A fresh register holding the demo, left open: tests change it through the services."""
    services = ouvrir_registre(tmp_path / "registre-demo")
    seance_id = charger_demo(services.sessions, cloturer=False)
    yield services, seance_id
    services.fermer()


@pytest.fixture(scope="session")
def seance_doc(tmp_path_factory) -> SeanceDocument:
    """The demo's SeanceDocument (closed, as `mairie-app demo` loads it), built once.

    It is frozen: tests replace() what they change.
    """
    services = ouvrir_registre(tmp_path_factory.mktemp("demo-pdf"))
    try:
        return services.documents.seance_document(charger_demo(services.sessions))
    finally:
        services.fermer()


@pytest.fixture
def texte_pdf() -> Callable[[Path], str]:
    """All pages' text, whitespace normalised (pypdf breaks lines where the layout does)."""

    def lire(path: Path) -> str:
        return _normaliser(" ".join(page.extract_text() for page in PdfReader(path).pages))

    return lire


@pytest.fixture
def pages_pdf() -> Callable[[Path], list[str]]:
    def lire(path: Path) -> list[str]:
        return [_normaliser(page.extract_text()) for page in PdfReader(path).pages]

    return lire
