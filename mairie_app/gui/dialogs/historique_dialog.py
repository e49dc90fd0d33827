"""Séances > Historique des modifications…: every change of one séance, newest first.

The history is kept by the register itself at every save and cannot be edited or
deleted; this window only reads it, with a search field to find one change.
"""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mairie_app.gui.models.historique_model import HistoriqueModel
from mairie_app.gui.widgets import aide
from mairie_app.services.dto import SeanceData
from mairie_app.services.historique_service import HistoriqueService


class HistoriqueDialog(QDialog):
    def __init__(
        self, historique: HistoriqueService, seance: SeanceData, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Historique — {seance.libelle}")
        self.model = HistoriqueModel(self)
        self.model.definir(historique.historique(seance.id))
        self.filtre = QSortFilterProxyModel(self)
        self.filtre.setSourceModel(self.model)
        self.filtre.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filtre.setFilterKeyColumn(-1)  # every column
        self.recherche_edit = QLineEdit()
        self.recherche_edit.setPlaceholderText("Rechercher (nom, objet, champ)…")
        self.recherche_edit.setClearButtonEnabled(True)
        self.recherche_edit.textChanged.connect(self.filtre.setFilterFixedString)
        self.vue = QTableView()
        self.vue.setModel(self.filtre)
        self.vue.setAccessibleName("Historique des modifications")
        self.vue.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.vue.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.vue.setWordWrap(False)
        self.vue.verticalHeader().hide()
        entete = self.vue.horizontalHeader()
        entete.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        entete.setStretchLastSection(True)
        self.resume_label = QLabel(
            f"{self.model.rowCount()} modification(s) enregistrée(s) pour la "
            f"{seance.libelle.lower()}, les plus récentes en premier."
        )
        self.fermer_button = QPushButton("&Fermer")
        self.fermer_button.clicked.connect(self.accept)
        bas = QHBoxLayout()
        bas.addWidget(
            aide.hint(
                "Cet historique est tenu par le registre à chaque enregistrement : il ne peut "
                "être ni modifié ni effacé. Passez la souris sur une ligne pour la lire en entier."
            ),
            1,
        )
        bas.addWidget(self.fermer_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.resume_label)
        layout.addWidget(self.recherche_edit)
        layout.addWidget(self.vue, 1)
        layout.addLayout(bas)
        self.resize(1100, 620)
