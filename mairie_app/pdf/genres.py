"""The documents the app prints: where each builder lives, and what the menus call it.

Kept free of the database layer, so the worker processes that build a year's
documents start quickly (they import ReportLab and this, nothing more).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from mairie_app.domain import documents as types_documents


@dataclass(frozen=True)
class Genre:
    """One kind of document: its builder, its menu title, its kind in the register of copies."""

    cle: str
    module: str
    fonction: str
    titre: str
    type_archive: str


GENRES: dict[str, Genre] = {
    g.cle: g
    for g in (
        Genre(
            "extrait", "mairie_app.pdf.extrait", "build_extrait", "Extrait de la délibération",
            types_documents.EXTRAIT,
        ),
        Genre(
            "liste", "mairie_app.pdf.liste", "build_liste", "Liste des délibérations",
            types_documents.LISTE,
        ),
        Genre(
            "proces_verbal", "mairie_app.pdf.proces_verbal", "build_proces_verbal",
            "Procès-verbal", types_documents.PROCES_VERBAL,
        ),
        Genre(
            "convocation", "mairie_app.pdf.convocation", "build_convocation", "Convocation",
            types_documents.CONVOCATION,
        ),
        Genre(
            "registre", "mairie_app.pdf.registre", "build_registre_seance", "Pages du registre",
            types_documents.REGISTRE,
        ),
    )
}  # fmt: skip


def builder(cle: str) -> Callable[..., Path]:
    """The build function, imported only now: ReportLab stays out of start-up."""
    genre = GENRES[cle]
    return getattr(importlib.import_module(genre.module), genre.fonction)
