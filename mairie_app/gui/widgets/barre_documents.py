"""Two buttons under a list: open a document in her own PDF reader, build all the extraits.

The bar only asks; the window builds the documents (it knows the séance and the
deliberation selected) and connects to the signals.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mairie_app.pdf.production import GENRES

LECTEUR = "Ouvrir avec le lecteur PDF"
LOT = "Tous les extraits de la séance…"


class BarreDocuments(QWidget):
    """Signals:
    ouvrir(str): open this kind of document (a key of production.GENRES) in the PDF reader.
    lot(): build every extrait of the séance.
    """

    ouvrir = Signal(str)
    lot = Signal()

    def __init__(
        self,
        cles: tuple[str, ...],
        lot: bool = True,
        vertical: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self) if vertical else QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if len(cles) == 1:
            titre = GENRES[cles[0]].titre.split()[0].lower()  # "extrait"
            self.lecteur_button: QPushButton | QToolButton = QPushButton(
                f"Ouvrir l'{titre} avec le lecteur PDF"
            )
            self.lecteur_button.clicked.connect(lambda: self.ouvrir.emit(cles[0]))
            self.actions_lecteur: dict[str, QAction] = {}
        else:
            bouton = QToolButton()
            bouton.setText(f"{LECTEUR} ▾")
            bouton.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            # The style's own arrow was drawn over the last letter: the text carries it.
            bouton.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")
            menu = QMenu(bouton)
            self.actions_lecteur = {}
            for cle in cles:
                action = menu.addAction(GENRES[cle].titre)
                action.triggered.connect(lambda _c=False, c=cle: self.ouvrir.emit(c))
                self.actions_lecteur[cle] = action
            bouton.setMenu(menu)
            self.lecteur_button = bouton
        self.lecteur_button.setToolTip(
            "Prépare le document et l'ouvre dans votre lecteur PDF habituel."
        )
        layout.addWidget(self.lecteur_button)
        self.lot_button = QPushButton(LOT)
        self.lot_button.setToolTip(
            "Prépare l'extrait de chaque délibération votée, puis les enregistre dans un "
            "dossier ou les imprime."
        )
        self.lot_button.clicked.connect(self.lot.emit)
        self.lot_button.setVisible(lot)
        layout.addWidget(self.lot_button)
        if not vertical:
            layout.addStretch()
