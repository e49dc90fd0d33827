"""Documents menu: build a PDF with the pdf package, then show it for printing.

The pdf modules (ReportLab) are imported only when she asks for a document, so
the window opens fast. Every PDF goes through pdf.production, which records its
fingerprint so a printed copy can be checked later (`mairie-app verify`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from mairie_app.errors import MairieError
from mairie_app.gui import messages
from mairie_app.paths import output_dir
from mairie_app.pdf.production import GENRES, produire
from mairie_app.services.dto import SeanceDocument
from mairie_app.services.registre import Services


def nom_fichier(doc: SeanceDocument, cle: str, ordre: int | None = None) -> str:
    """ "seance_2024-02-12_n1_extrait_point-1.pdf": sorts by date, says what it is."""
    s = doc.seance
    base = f"seance_{s.date:%Y-%m-%d}_n{s.numero}_{cle.replace('_', '-')}"
    return f"{base}_point-{ordre}.pdf" if ordre is not None else f"{base}.pdf"


class Documents:
    """Builds documents into the user's documents folder and opens their preview."""

    def __init__(self, services: Services, data_dir: Path, parent: QWidget) -> None:
        self._services = services
        self._data_dir = data_dir
        self._parent = parent
        self.apercus: list[QDialog] = []  # kept so a preview is not garbage-collected

    def construire(
        self, cle: str, seance_id: int, ordre: int | None = None, **options: Any
    ) -> Path | None:
        """The PDF's path (recorded for `verify`), or None after telling her why not."""
        genre = GENRES[cle]
        try:
            doc = self._services.documents.seance_document(seance_id)
            out = output_dir(self._data_dir) / nom_fichier(doc, cle, ordre)
            return produire(self._services, cle, seance_id, out, ordre, doc, **options)
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

    def ouvrir_avec_lecteur(self, chemin: Path) -> bool:
        """Hand the PDF to her usual reader (Adobe, Edge…); say so if none opens it."""
        if messages.open_path(chemin):
            return True
        messages.show_error(
            self._parent,
            f"Aucun lecteur PDF n'a pu ouvrir le fichier {chemin}. Installez un lecteur PDF, "
            "ou utilisez l'aperçu (menu Documents) pour le lire et l'imprimer.",
            "Ouvrir avec le lecteur PDF",
        )
        return False

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
