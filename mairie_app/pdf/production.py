"""Write a document and record it in the register of printed copies.

The window and the command line both go through `produire`, so every PDF the
app hands out can later be checked with `mairie-app verify`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mairie_app.pdf.genres import GENRES, builder
from mairie_app.services.dto import SeanceDocument
from mairie_app.services.registre import Services

__all__ = ["GENRES", "builder", "enregistrer", "produire"]


def produire(
    services: Services,
    cle: str,
    seance_id: int,
    out: Path,
    ordre: int | None = None,
    doc: SeanceDocument | None = None,
    **options: Any,
) -> Path:
    """Build one document of a séance into `out` and record its fingerprint.

    `doc` saves reading the séance again when a batch prints all its extraits.
    """
    doc = doc or services.documents.seance_document(seance_id)
    build = builder(cle)
    deliberation_id = None
    if cle == "extrait":
        from mairie_app.pdf.extrait import deliberation

        deliberation_id = deliberation(doc, ordre).deliberation.id
        path = build(doc, ordre, out, **options)
    else:
        path = build(doc, out, **options)
    enregistrer(services, path, GENRES[cle].type_archive, seance_id, deliberation_id)
    return path


def enregistrer(
    services: Services,
    path: Path,
    type_document: str,
    seance_id: int | None,
    deliberation_id: int | None = None,
) -> None:
    """A read-only copy of the register can print, but cannot record what it printed."""
    if not services.lecture_seule:
        services.archives.enregistrer(path, type_document, seance_id, deliberation_id)
