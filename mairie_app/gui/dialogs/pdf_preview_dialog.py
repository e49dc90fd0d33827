"""Show a PDF the app has just built, print it, or save a copy elsewhere.

The documents are built as PDF files by the Qt-free pdf package; this dialog
only displays them (QtPdf) and prints by rendering each page onto the printer,
so what she prints is exactly what she saw.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QPointF, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mairie_app.gui import messages

#: Rendering above this resolution only makes huge images for no visible gain.
DPI_MAX = 300


def imprimer_document(document: QPdfDocument, printer: QPrinter) -> int:
    """Render every page of `document` onto `printer`; returns the number of pages printed."""
    return imprimer_documents([document], printer)


def imprimer_documents(documents: list[QPdfDocument], printer: QPrinter) -> int:
    """Render the pages of several documents as one print job (all the extraits of a séance)."""
    pages = [(d, p) for d in documents for p in range(max(d.pageCount(), 0))]
    if not pages:
        return 0
    dpi = min(printer.resolution(), DPI_MAX)
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        for numero, (document, page) in enumerate(pages):
            if numero:
                printer.newPage()
            taille_pt = document.pagePointSize(page)
            image = document.render(
                page, QSize(int(taille_pt.width() * dpi / 72), int(taille_pt.height() * dpi / 72))
            )
            cible = printer.pageLayout().paintRectPixels(printer.resolution())
            # Keep the page's proportions inside the printable area.
            echelle = min(cible.width() / image.width(), cible.height() / image.height())
            largeur, hauteur = int(image.width() * echelle), int(image.height() * echelle)
            painter.drawImage(QRect(0, 0, largeur, hauteur), image)
    finally:
        painter.end()
    return len(pages)


class PdfPreviewDialog(QDialog):
    """A document on screen, with Imprimer and Enregistrer sous… buttons."""

    def __init__(self, chemin: Path, titre: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chemin = Path(chemin)
        self.setWindowTitle(f"Aperçu — {titre}")
        self.document = QPdfDocument(self)
        self.document.load(str(self.chemin))
        self.vue = QPdfView(self)
        self.vue.setDocument(self.document)
        self.vue.setPageMode(QPdfView.PageMode.MultiPage)
        self.vue.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.info_label = QLabel(
            f"{self.document.pageCount()} page(s) — enregistré dans {self.chemin}"
        )
        self.info_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # A long folder path wraps instead of widening the dialog past the screen.
        self.info_label.setWordWrap(True)
        self.info_label.setMinimumWidth(200)
        self.info_label.setToolTip(str(self.chemin))
        self.imprimer_button = QPushButton("&Imprimer…")
        self.enregistrer_button = QPushButton("&Enregistrer sous…")
        self.lecteur_button = QPushButton("Ouvrir avec le &lecteur PDF")
        self.fermer_button = QPushButton("&Fermer")
        boutons = QHBoxLayout()
        boutons.addWidget(self.info_label, 1)
        for b in (
            self.imprimer_button,
            self.enregistrer_button,
            self.lecteur_button,
            self.fermer_button,
        ):
            boutons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.vue, 1)
        layout.addLayout(boutons)
        self.imprimer_button.clicked.connect(self.imprimer)
        self.enregistrer_button.clicked.connect(self.enregistrer_sous)
        self.lecteur_button.clicked.connect(self.ouvrir_avec_lecteur)
        self.fermer_button.clicked.connect(self.accept)
        self.vue.setFocus()
        self.resize(900, 1000)
        self.vue.pageNavigator().jump(0, QPointF())

    def imprimer(self) -> bool:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.chemin.stem)
        if not messages.ask_print(self, printer):
            return False
        imprimer_document(self.document, printer)
        return True

    def ouvrir_avec_lecteur(self) -> bool:
        if messages.open_path(self.chemin):
            return True
        messages.show_error(
            self,
            f"Aucun lecteur PDF n'a pu ouvrir le fichier {self.chemin}. Installez un lecteur "
            "PDF, ou imprimez depuis cet aperçu.",
            "Ouvrir avec le lecteur PDF",
        )
        return False

    def enregistrer_sous(self) -> Path | None:
        choisi = messages.ask_save_path(
            self, "Enregistrer le document", str(self.chemin.name), "Documents PDF (*.pdf)"
        )
        if not choisi:
            return None
        cible = Path(choisi)
        if cible.suffix.lower() != ".pdf":
            cible = cible.with_suffix(".pdf")
        try:
            shutil.copyfile(self.chemin, cible)
        except OSError as exc:
            messages.show_error(self, f"Impossible d'enregistrer {cible} : {exc.strerror}.")
            return None
        return cible
