"""The ordre du jour of one séance: each item becomes one deliberation, in this order."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mairie_app.gui import actions, messages
from mairie_app.gui.models.points_model import PointsModel
from mairie_app.services.dto import PointData, SeanceData
from mairie_app.services.seance_service import SeanceService


class AgendaPanel(QGroupBox):
    """Signals:
    agenda_modifie(object): the SeanceData after an item was added, moved or removed.
    """

    agenda_modifie = Signal(object)

    def __init__(self, seances: SeanceService, parent: QWidget | None = None) -> None:
        super().__init__("Ordre du jour", parent)
        self._seances = seances
        self._seance: SeanceData | None = None
        self.model = PointsModel(self)
        self.vue = QTableView()
        self.vue.setModel(self.model)
        self.vue.setAccessibleName("Points de l'ordre du jour")
        self.vue.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.vue.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.vue.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.vue.verticalHeader().hide()
        # The table takes the height left under the séance form, not its own preferred
        # height: at 1280 × 800 the field and buttons under it stay in view.
        self.vue.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.vue.setMinimumHeight(100)
        entete = self.vue.horizontalHeader()
        entete.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        entete.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.objet_edit = QLineEdit()
        self.objet_edit.setPlaceholderText("Objet du point à ajouter, puis Entrée")
        self.objet_edit.setMaxLength(499)
        self.objet_edit.setProperty("garderEntree", True)
        self.objet_edit.setAccessibleName("Objet du nouveau point")
        self.ajouter_button = QPushButton("&Ajouter le point")
        self.monter_button = QPushButton("▲ Monter")
        self.descendre_button = QPushButton("▼ Descendre")
        self.supprimer_button = QPushButton("Supprimer le point")
        self.info_label = QLabel()
        self.info_label.setWordWrap(True)
        ajout = QHBoxLayout()
        ajout.addWidget(self.objet_edit, 1)
        ajout.addWidget(self.ajouter_button)
        boutons = QHBoxLayout()
        boutons.addWidget(self.monter_button)
        boutons.addWidget(self.descendre_button)
        boutons.addStretch()
        boutons.addWidget(self.supprimer_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info_label)
        layout.addWidget(self.vue, 1)
        layout.addLayout(ajout)
        layout.addLayout(boutons)
        self.objet_edit.returnPressed.connect(self.ajouter)
        self.ajouter_button.clicked.connect(self.ajouter)
        self.monter_button.clicked.connect(lambda: self._deplacer(-1))
        self.descendre_button.clicked.connect(lambda: self._deplacer(+1))
        self.supprimer_button.clicked.connect(self._supprimer)
        self.set_seance(None)

    def set_seance(self, seance: SeanceData | None) -> None:
        self._seance = seance
        self.setEnabled(seance is not None)
        self.model.definir(seance.points if seance else ())
        if seance is None:
            self.info_label.setText("Enregistrez d'abord la séance pour saisir son ordre du jour.")
        else:
            self.info_label.setText(
                "Les points de la convocation, dans l'ordre où ils seront examinés. "
                "Le texte et le vote de chacun se saisissent dans l'onglet Votes."
            )

    def point_selectionne(self) -> PointData | None:
        rows = self.vue.selectionModel().selectedRows()
        return self.model.ligne(rows[0].row()) if rows else None

    def ajouter(self) -> None:
        if self._seance is None or self._seance.id is None:
            return
        objet = self.objet_edit.text()
        sid = self._seance.id
        result = actions.tenter(self, lambda: self._seances.ajouter_point(sid, objet))
        if result.ok:
            self.objet_edit.clear()
            self._maj(result.valeur, result.valeur.points[-1].id)

    def _deplacer(self, sens: int) -> None:
        point = self.point_selectionne()
        if point is None:
            return
        ordre = point.ordre + sens
        if not 1 <= ordre <= self.model.rowCount():
            return
        result = actions.tenter(self, lambda: self._seances.deplacer_point(point.id, ordre))
        if result.ok:
            self._maj(result.valeur, point.id)

    def _supprimer(self) -> None:
        point = self.point_selectionne()
        if point is None:
            return
        if not messages.confirm(
            self,
            f"Retirer le point n° {point.ordre} « {point.objet} » de l'ordre du jour ?\n"
            "Son texte et son vote seront supprimés.",
        ):
            return
        result = actions.tenter(self, lambda: self._seances.supprimer_point(point.id))
        if result.ok:
            self._maj(result.valeur, None)

    def _maj(self, seance: SeanceData, selection: int | None) -> None:
        self.set_seance(seance)
        row = self.model.row_where(lambda p: p.id == selection)
        if row >= 0:
            self.vue.selectRow(row)
        self.agenda_modifie.emit(seance)
