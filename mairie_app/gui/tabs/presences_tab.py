"""Présences tab: the attendance sheet of the selected séance, saved line by line.

Each change is stored at once (nothing to lose), and refused on the spot with
the law's reason when it cannot be: the line then shows its stored value again.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QItemSelection, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mairie_app.domain.presences import Presence
from mairie_app.domain.types import Statut
from mairie_app.gui import actions, messages
from mairie_app.gui.models.membres_coches_model import MembresCochesModel
from mairie_app.gui.models.presences_model import LignePresence, PresencesModel, lignes_presence
from mairie_app.gui.tabs.base import Onglet
from mairie_app.gui.widgets import aide, combo_liste
from mairie_app.gui.widgets.comptage_panel import ComptagePanel
from mairie_app.gui.widgets.status_label import StatusLabel
from mairie_app.services.registre import Services

_STATUTS = (Statut.PRESENT, Statut.EXCUSE, Statut.ABSENT)


class PresencesTab(Onglet):
    """Signals:
    presences_modifiees(object): the order numbers of items whose vote was cleared.
    """

    presences_modifiees = Signal(object)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._seances = services.seances
        self._conseil = services.conseil
        self._deliberations = services.deliberations
        self._seance_id: int | None = None
        self._lignes: list[LignePresence] = []
        self._nb_points = 0
        self._cloturee = False

        self.titre_label = QLabel()
        self.titre_label.setStyleSheet("font-weight: bold; font-size: 11pt;")
        self.model = PresencesModel(self)
        self.vue = QTableView()
        self.vue.setModel(self.model)
        self.vue.setAccessibleName("Feuille de présence")
        self.vue.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.vue.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.vue.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.vue.setWordWrap(False)
        self.vue.verticalHeader().setDefaultSectionSize(26)
        self.vue.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.vue.horizontalHeader().setStretchLastSection(True)

        # --- one line of the sheet -------------------------------------------------
        self.ligne_group = QGroupBox("Présence du conseiller sélectionné")
        self.statut_group = QButtonGroup(self)
        statuts = QHBoxLayout()
        for i, statut in enumerate(_STATUTS):
            bouton = QRadioButton(statut.libelle)
            self.statut_group.addButton(bouton, i)
            statuts.addWidget(bouton)
        self.pouvoir_combo = QComboBox()
        combo_liste.installer(self.pouvoir_combo)  # each value is saved: no walking through
        self.arrivee_spin = QSpinBox()
        self.arrivee_spin.setSpecialValueText("dès le début")
        self.depart_spin = QSpinBox()
        self.depart_spin.setSpecialValueText("jusqu'à la fin")
        for spin in (self.arrivee_spin, self.depart_spin):
            spin.setKeyboardTracking(False)
            spin.setPrefix("point n° ")
            spin.setMinimum(1)
        form = QFormLayout(self.ligne_group)
        form.addRow("Statut :", statuts)
        form.addRow("&Pouvoir donné à :", self.pouvoir_combo)
        form.addRow("&Arrivé avant le :", self.arrivee_spin)
        form.addRow("Pa&rti avant le :", self.depart_spin)
        form.addRow(aide.hint(aide.POUVOIRS))

        # --- secretaries -------------------------------------------------------------
        self.secretaires_model = MembresCochesModel(self)
        self.secretaires_vue = QListView()
        self.secretaires_vue.setModel(self.secretaires_model)
        self.secretaires_vue.setAccessibleName("Secrétaires de séance")
        self.secretaires_vue.setMaximumHeight(130)
        sec_group = QGroupBox("Secrétaire(s) de séance (membres présents)")
        ls = QVBoxLayout(sec_group)
        ls.addWidget(self.secretaires_vue)
        ls.addWidget(aide.hint(aide.SECRETAIRES))

        # --- counters -------------------------------------------------------------------
        self.ouverture_panel = ComptagePanel("À l'ouverture de la séance")
        self.point_combo = QComboBox()
        self.point_combo.setAccessibleName("Point de l'ordre du jour")
        self.point_panel = ComptagePanel("Pour le point")
        self.alertes_label = StatusLabel()
        # One grid, so the two panels stand level under the item selector.
        compteurs = QGridLayout()
        compteurs.addWidget(self.point_combo, 0, 1)
        compteurs.addWidget(self.ouverture_panel, 1, 0)
        compteurs.addWidget(self.point_panel, 1, 1)
        compteurs.setColumnStretch(0, 1)
        compteurs.setColumnStretch(1, 1)

        droite = QWidget()
        ld = QVBoxLayout(droite)
        ld.addWidget(self.ligne_group)
        ld.addWidget(sec_group)
        ld.addLayout(compteurs)
        ld.addWidget(self.alertes_label)
        ld.addWidget(aide.hint(aide.QUORUM))
        ld.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(droite)
        splitter = QSplitter()
        splitter.addWidget(self.vue)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([700, 560])
        layout = QVBoxLayout(self)
        layout.addWidget(self.titre_label)
        layout.addWidget(splitter, 1)

        self.vue.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.statut_group.idToggled.connect(self._on_statut_toggled)
        self.pouvoir_combo.currentIndexChanged.connect(self._on_pouvoir_changed)
        self.arrivee_spin.valueChanged.connect(lambda _v: self._appliquer(self._saisie()))
        self.depart_spin.valueChanged.connect(lambda _v: self._appliquer(self._saisie()))
        self.secretaires_model.coches_changes.connect(self._on_secretaires)
        self.point_combo.currentIndexChanged.connect(lambda _i: self._compter_point())

    # --- contract ------------------------------------------------------------
    def set_seance(self, seance_id: int | None) -> None:
        self._seance_id = seance_id
        self.load()

    def load(self) -> None:
        if self._seance_id is None:
            self.model.definir([])
            self.setEnabled(False)
            return
        self.setEnabled(True)
        courant = self.courant()
        seance = self._seances.seance(self._seance_id)
        conseillers = {c.id: c for c in self._conseil.conseillers(en_exercice_le=seance.date)}
        self._lignes = lignes_presence(seance.presences, conseillers)
        self._nb_points = len(seance.points)
        self._cloturee = seance.cloturee or self.lecture_seule  # nothing can be changed
        self.titre_label.setText(
            f"{seance.libelle} — feuille de présence ({len(self._lignes)} conseillers en exercice)"
            + (" — séance clôturée, en lecture seule" if seance.cloturee else "")
        )
        self.secretaires_vue.setEnabled(not self._cloturee)
        self.model.definir(self._lignes)
        presents = [
            (lg.conseiller.id, lg.conseiller.designation)
            for lg in self._lignes
            if lg.presence.statut is Statut.PRESENT
        ]
        self.secretaires_model.definir(presents, seance.secretaire_ids)
        self.point_combo.blockSignals(True)
        ordre = self.point_combo.currentData()
        self.point_combo.clear()
        for p in seance.points:
            self.point_combo.addItem(f"Point n° {p.ordre} : {p.objet}", (p.id, p.ordre))
        index = next(
            (i for i in range(self.point_combo.count()) if self.point_combo.itemData(i) == ordre), 0
        )
        self.point_combo.setCurrentIndex(index)
        self.point_combo.blockSignals(False)
        self.point_combo.setEnabled(bool(seance.points))
        row = self.model.row_where(lambda lg: courant is not None and lg.conseiller.id == courant)
        self.vue.selectRow(max(row, 0))
        self._montrer_ligne()
        self._compter()

    def courant(self) -> int | None:
        rows = self.vue.selectionModel().selectedRows()
        return self.model.ligne(rows[0].row()).conseiller.id if rows else None

    def _ligne_courante(self) -> LignePresence | None:
        rows = self.vue.selectionModel().selectedRows()
        return self.model.ligne(rows[0].row()) if rows else None

    def _on_selection_changed(self, _s: QItemSelection, _d: QItemSelection) -> None:
        self._montrer_ligne()

    # --- editor ----------------------------------------------------------------
    def _montrer_ligne(self) -> None:
        """Put the stored values of the selected line in the editor."""
        ligne = self._ligne_courante()
        self.ligne_group.setEnabled(ligne is not None and not self._cloturee)
        if ligne is None:
            return
        p = ligne.presence
        self._chargement = True
        try:
            self.ligne_group.setTitle(f"Présence de {ligne.conseiller.designation}")
            self.statut_group.button(_STATUTS.index(p.statut)).setChecked(True)
            self.pouvoir_combo.clear()
            self.pouvoir_combo.addItem("— aucun pouvoir —", None)
            for lg in self._lignes:
                autre = lg.conseiller
                if autre.id != p.conseiller_id and (
                    lg.presence.statut is Statut.PRESENT or autre.id == p.pouvoir_a
                ):
                    suffixe = f" (détient déjà celui de {lg.pouvoir_de})" if lg.pouvoir_de else ""
                    self.pouvoir_combo.addItem(autre.designation + suffixe, autre.id)
            self.pouvoir_combo.setCurrentIndex(max(0, self.pouvoir_combo.findData(p.pouvoir_a)))
            maximum = max(1, self._nb_points)
            present = p.statut is Statut.PRESENT and self._nb_points >= 2
            for spin, valeur in (
                (self.arrivee_spin, p.arrivee_ordre),
                (self.depart_spin, p.depart_ordre),
            ):
                spin.setMaximum(maximum)
                spin.setValue(valeur or 1)
                spin.setEnabled(present)
        finally:
            self._chargement = False

    def _saisie(self) -> Presence | None:
        ligne = self._ligne_courante()
        if ligne is None or self._chargement:
            return None
        arrivee, depart = self.arrivee_spin.value(), self.depart_spin.value()
        return replace(
            ligne.presence,
            statut=_STATUTS[max(0, self.statut_group.checkedId())],
            pouvoir_a=self.pouvoir_combo.currentData(),
            arrivee_ordre=arrivee if arrivee > 1 else None,
            depart_ordre=depart if depart > 1 else None,
        )

    def _on_statut_toggled(self, _id: int, coche: bool) -> None:
        if coche:
            saisie = self._saisie()
            if saisie is not None and saisie.statut is not Statut.PRESENT:
                saisie = replace(saisie, arrivee_ordre=None, depart_ordre=None)
            self._appliquer(saisie)

    def _on_pouvoir_changed(self, _index: int) -> None:
        saisie = self._saisie()
        if saisie is not None and saisie.pouvoir_a is not None and saisie.statut is Statut.ABSENT:
            # A written proxy means he excused himself: the law calls him "absent excusé".
            saisie = replace(saisie, statut=Statut.EXCUSE)
        self._appliquer(saisie)

    def _appliquer(self, saisie: Presence | None) -> None:
        if saisie is None or self._seance_id is None:
            return
        sid = self._seance_id
        result = actions.tenter(self, lambda: self._seances.modifier_presence(sid, saisie))
        if not result.ok:
            self._montrer_ligne()  # back to the stored value
            return
        self.load()
        self.status.emit("Présence enregistrée.")
        a_revoir = result.valeur or []
        if a_revoir:
            points = ", ".join(str(n) for n in a_revoir)
            messages.show_info(
                self,
                f"Avec ces présences, le vote des points n° {points} ne correspond plus au "
                "nombre de votants : il a été effacé. Saisissez-le à nouveau dans l'onglet Votes.",
                "Votes à saisir à nouveau",
            )
        self.presences_modifiees.emit(a_revoir)

    def _on_secretaires(self, ids: list[int]) -> None:
        if self._seance_id is None:
            return
        sid = self._seance_id
        if actions.tenter(self, lambda: self._seances.definir_secretaires(sid, ids)).ok:
            self.status.emit("Secrétaire(s) de séance enregistré(s).")
        else:
            self.load()

    # --- counters ----------------------------------------------------------------
    def _compter(self) -> None:
        if self._seance_id is None:
            return
        self.ouverture_panel.afficher(self._seances.comptage(self._seance_id, 1))
        self._compter_point()
        alertes = self._seances.alertes_pouvoirs(self._seance_id)
        if alertes:
            self.alertes_label.set_erreur(" ".join(alertes))
        else:
            self.alertes_label.set_neutre("")

    def _compter_point(self) -> None:
        donnees = self.point_combo.currentData()
        if donnees is None:
            self.point_panel.setTitle("Pour le point (aucun point à l'ordre du jour)")
            self.point_panel.afficher(None)
            return
        delib_id, ordre = donnees
        self.point_panel.setTitle(f"Pour le point n° {ordre}")
        self.point_panel.afficher(self._deliberations.comptage(delib_id))
