"""Documents menu: build a PDF with the pdf package, then show it for printing.

The pdf modules (ReportLab) are imported only when she asks for a document, so
the window opens fast; one not yet written gives a message instead of a crash.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from mairie_app.errors import MairieError
from mairie_app.gui import messages
from mairie_app.paths import output_dir
from mairie_app.services.documents_service import DocumentsService
from mairie_app.services.dto import SeanceDocument


@dataclass(frozen=True)
class Genre:
    """One kind of document: where its builder lives and what the menu calls it."""

    cle: str
    module: str
    fonction: str
    titre: str


GENRES = {
    g.cle: g
    for g in (
        Genre("extrait", "mairie_app.pdf.extrait", "build_extrait", "Extrait de la délibération"),
        Genre("liste", "mairie_app.pdf.liste", "build_liste", "Liste des délibérations"),
        Genre(
            "proces_verbal", "mairie_app.pdf.proces_verbal", "build_proces_verbal", "Procès-verbal"
        ),
        Genre("convocation", "mairie_app.pdf.convocation", "build_convocation", "Convocation"),
        Genre("registre", "mairie_app.pdf.registre", "build_registre_seance", "Pages du registre"),
    )
}


def disponible(cle: str) -> bool:
    """Whether the pdf module of this document exists in this installation."""
    return importlib.util.find_spec(GENRES[cle].module) is not None


class Documents:
    """Builds documents into the user's documents folder and opens their preview."""

    def __init__(self, service: DocumentsService, data_dir: Path, parent: QWidget) -> None:
        self._service = service
        self._data_dir = data_dir
        self._parent = parent
        self.apercus: list[QDialog] = []  # kept so a preview is not garbage-collected

    def construire(
        self, cle: str, seance_id: int, ordre: int | None = None, **options: Any
    ) -> Path | None:
        """The PDF's path, or None after telling her why it could not be made."""
        genre = GENRES[cle]
        try:
            module = importlib.import_module(genre.module)
            builder: Callable[..., Path] = getattr(module, genre.fonction)
        except (ImportError, AttributeError):
            messages.show_error(
                self._parent,
                f"« {genre.titre} » n'est pas encore disponible dans cette version du logiciel.",
                "Document indisponible",
            )
            return None
        try:
            doc = self._service.seance_document(seance_id)
            out = output_dir(self._data_dir) / self._nom(doc, cle, ordre)
            if cle == "extrait":
                return builder(doc, ordre, out)
            return builder(doc, out, **options)
        except MairieError as exc:
            messages.show_error(self._parent, exc.message, genre.titre)
        except PermissionError:
            messages.show_error(
                self._parent,
                f"Impossible d'écrire le fichier {out.name} : il est sans doute ouvert dans un "
                "autre programme (lecteur PDF). Fermez-le, puis recommencez.",
                genre.titre,
            )
        except OSError as exc:
            messages.show_error(
                self._parent, f"Impossible d'écrire le document : {exc.strerror}.", genre.titre
            )
        return None

    @staticmethod
    def _nom(doc: SeanceDocument, cle: str, ordre: int | None) -> str:
        s = doc.seance
        base = f"seance_{s.date:%Y-%m-%d}_n{s.numero}_{cle.replace('_', '-')}"
        return f"{base}_point-{ordre}.pdf" if ordre is not None else f"{base}.pdf"

    def apercu(self, chemin: Path, titre: str, montrer: bool = True) -> QDialog:
        from mairie_app.gui.dialogs.pdf_preview_dialog import PdfPreviewDialog

        dialog = PdfPreviewDialog(chemin, titre, self._parent)
        if montrer:
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.destroyed.connect(lambda _o=None, d=dialog: self._oublier(d))
            self.apercus.append(dialog)
            dialog.show()
        return dialog

    def _oublier(self, dialog: QDialog) -> None:
        if dialog in self.apercus:
            self.apercus.remove(dialog)
