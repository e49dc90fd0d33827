"""Conseil tab: the councillors in the ordre du tableau, and one form to edit each.

A councillor who leaves is not deleted: his end of mandate keeps him in past
séances and out of the members in office. Deletion is only for a typing mistake.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mairie_app.domain.types import Civilite, Fonction
from mairie_app.gui import actions, messages
from mairie_app.gui.forms.ui_conseiller_form import Ui_ConseillerForm
from mairie_app.gui.models.conseillers_model import ConseillersModel
from mairie_app.gui.tabs.base import Onglet
from mairie_app.gui.widgets import aide, combos, enter_navigation
from mairie_app.gui.widgets.dates import DateFacultative, depuis_qdate, preparer, vers_qdate
from mairie_app.services.conseil_service import ConseilService
from mairie_app.services.dto import ConseillerData


class ConseilTab(Onglet):
    """Signals:
    conseil_modifie(): the roster changed (séance forms reload their lists).
    """

    conseil_modifie = Signal()
    nom_formulaire = "la fiche du conseiller"

    def __init__(self, conseil: ConseilService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._conseil = conseil
        self._courant: ConseillerData | None = None
        self._tous: list[ConseillerData] = []
        self._revert = False

        self.anciens_check = QCheckBox("Afficher les &anciens conseillers (mandat terminé)")
        self.resume_label = QLabel()
        self.model = ConseillersModel(self)
        self.model.deplacer = self._deplacer
        self.vue = QTableView()
        self.vue.setModel(self.model)
        self.vue.setAccessibleName("Conseillers dans l'ordre du tableau")
        self.vue.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.vue.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.vue.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.vue.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.vue.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.vue.setDragDropOverwriteMode(False)
        self.vue.setDropIndicatorShown(True)
        self.vue.verticalHeader().hide()
        self.vue.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.vue.horizontalHeader().setStretchLastSection(True)
        self.monter_button = QPushButton("▲ Monter")
        self.descendre_button = QPushButton("▼ Descendre")
        self.nouveau_button = QPushButton("Nouveau &conseiller")
        self.supprimer_button = QPushButton("Supprimer (erreur de saisie)")
        self.rne_button = QPushButton("Importer depuis le Répertoire national des élus…")
        self.rne_button.setToolTip(
            "Fichier des conseillers municipaux publié sur data.gouv.fr (CSV) : un aperçu "
            "des changements s'affiche avant tout enregistrement."
        )
        boutons = QHBoxLayout()
        for b in (self.monter_button, self.descendre_button):
            boutons.addWidget(b)
        boutons.addStretch()
        boutons.addWidget(self.supprimer_button)
        boutons.addWidget(self.nouveau_button)
        gauche = QWidget()
        lg = QVBoxLayout(gauche)
        lg.addWidget(QLabel("Ordre du tableau (faites glisser une ligne pour la déplacer) :"))
        lg.addWidget(self.vue)
        lg.addLayout(boutons)
        lg.addWidget(self.anciens_check)
        lg.addWidget(self.resume_label)
        lg.addWidget(self.rne_button)

        self._form = QWidget()
        self.ui = Ui_ConseillerForm()
        self.ui.setupUi(self._form)
        ui = self.ui
        for civ in Civilite:
            ui.civiliteCombo.addItem(f"{civ.value} ({civ.long})", civ)
        for fonction in Fonction:
            ui.fonctionCombo.addItem(fonction.libelle, fonction)
        preparer(ui.debutDate)
        self.fin = DateFacultative(ui.finCheck, ui.finDate)
        ui.aideLabel.setText(aide.ANCIENS)
        ui.aideLabel.setStyleSheet("color: #4a4a4a; font-size: 9pt;")
        self._suivre_modifie(ui.modifieLabel)
        ui.nomEdit.textChanged.connect(self._on_modifie)
        ui.prenomEdit.textChanged.connect(self._on_modifie)
        ui.civiliteCombo.currentIndexChanged.connect(self._on_modifie)
        ui.fonctionCombo.currentIndexChanged.connect(self._on_modifie)
        ui.fonctionCombo.currentIndexChanged.connect(self._on_fonction_changed)
        ui.rangAdjointSpin.valueChanged.connect(self._on_modifie)
        ui.debutDate.dateChanged.connect(self._on_modifie)
        self.fin.changed.connect(self._on_modifie)
        ui.enregistrerButton.clicked.connect(self.save)
        enter_navigation.installer(self._form)

        splitter = QSplitter()
        splitter.addWidget(gauche)
        splitter.addWidget(self._form)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        QVBoxLayout(self).addWidget(splitter)

        self.anciens_check.toggled.connect(lambda _c: self._afficher_liste())
        self.vue.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.monter_button.clicked.connect(lambda: self._decaler(-1))
        self.descendre_button.clicked.connect(lambda: self._decaler(+1))
        self.nouveau_button.clicked.connect(self.nouveau)
        self.supprimer_button.clicked.connect(self._on_supprimer)
        self._editer(None)

    # --- contract ------------------------------------------------------------
    def _appliquer_lecture_seule(self) -> None:
        modifiable = not self.lecture_seule
        for widget in (self._form, self.monter_button, self.descendre_button):
            widget.setEnabled(modifiable)
        for widget in (self.nouveau_button, self.rne_button, self.supprimer_button):
            widget.setEnabled(modifiable)
        if not modifiable:
            self.vue.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)

    def load(self) -> None:
        self._tous = self._conseil.conseillers()
        if self._courant is None and not self._dirty:
            self._editer(None)  # the usual mandate start is known only now
        self._afficher_liste(self._courant.id if self._courant else None)

    def save(self) -> bool:
        data = self.donnees()
        if data.id is None:
            result = actions.tenter(self, lambda: self._conseil.ajouter_conseiller(data))
        else:
            result = actions.tenter(self, lambda: self._conseil.modifier_conseiller(data))
        if not result.ok:
            return False
        self._courant = result.valeur
        self._set_dirty(False)
        self.load()
        self.status.emit(f"{result.valeur.designation} : fiche enregistrée.")
        self.conseil_modifie.emit()
        return True

    def discard(self) -> None:
        self._set_dirty(False)
        self._editer(self._courant)

    # --- list ------------------------------------------------------------------
    def _afficher_liste(self, selection: int | None = None) -> None:
        aujourdhui = date.today()
        en_exercice = [c for c in self._tous if c.en_exercice(aujourdhui)]
        visibles = self._tous if self.anciens_check.isChecked() else en_exercice
        if selection is None and self._courant is not None:
            selection = self._courant.id
        self._revert = True
        self.model.definir(visibles)
        row = self.model.row_where(lambda c: c.id == selection)
        if row >= 0:
            self.vue.selectRow(row)
        self._revert = False
        frais = next((c for c in self._tous if self._courant and c.id == self._courant.id), None)
        if frais is not None and not self._dirty:
            self._editer(frais)  # rank or name normalised by the service
        anciens = len(self._tous) - len(en_exercice)
        self.resume_label.setText(
            f"{len(en_exercice)} conseiller(s) en exercice aujourd'hui"
            + (f", {anciens} ancien(s) conseiller(s)." if anciens else ".")
        )

    def _on_selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        if self._revert:
            return
        rows = {i.row() for i in selected.indexes()}
        cible = self.model.ligne(min(rows)) if rows else None
        if cible is not None and self._courant is not None and cible.id == self._courant.id:
            return
        if not self.confirm_leave():
            self._revert = True
            row = self.model.row_where(
                lambda c: self._courant is not None and c.id == self._courant.id
            )
            if row >= 0:
                self.vue.selectRow(row)
            else:
                self.vue.clearSelection()
            self._revert = False
            return
        if cible is not None:
            self._editer(cible)

    def selectionne(self) -> ConseillerData | None:
        rows = self.vue.selectionModel().selectedRows()
        return self.model.ligne(rows[0].row()) if rows else None

    def _decaler(self, sens: int) -> None:
        courant = self.selectionne()
        if courant is None or courant.id is None:
            return
        row = self.model.row_where(lambda c: c.id == courant.id) + sens
        if not 0 <= row < self.model.rowCount():
            return
        self._deplacer(courant.id, self.model.ligne(row).rang_tableau)

    def _deplacer(self, conseiller_id: int, rang: int) -> None:
        result = actions.tenter(
            self, lambda: self._conseil.deplacer_conseiller(conseiller_id, rang)
        )
        if result.ok:
            self._tous = result.valeur
            self._afficher_liste(conseiller_id)
            self.status.emit("Ordre du tableau modifié.")
            self.conseil_modifie.emit()

    def _on_supprimer(self) -> None:
        courant = self.selectionne()
        if courant is None or courant.id is None:
            return
        if not messages.confirm(
            self,
            f"Supprimer {courant.designation} ?\nÀ réserver à une erreur de saisie : un "
            "conseiller qui quitte le conseil garde son historique (indiquez la fin de son "
            "mandat).",
        ):
            return
        if actions.tenter(self, lambda: self._conseil.supprimer_conseiller(courant.id)).ok:
            self._courant = None
            self._set_dirty(False)
            self._editer(None)
            self.load()
            self.conseil_modifie.emit()

    # --- form ------------------------------------------------------------------
    def nouveau(self) -> None:
        if not self.confirm_leave():
            return
        self._revert = True
        self.vue.clearSelection()
        self._revert = False
        self._editer(None)
        self.ui.nomEdit.setFocus()

    def _editer(self, c: ConseillerData | None) -> None:
        ui = self.ui
        self._courant = c
        self._chargement = True
        try:
            if c is None:
                c = ConseillerData(Civilite.MONSIEUR, "", "", mandat_debut=self._debut_habituel())
                ui.titreLabel.setText("Nouveau conseiller")
            else:
                ui.titreLabel.setText(f"{c.designation} — rang {c.rang_tableau}")
            ui.civiliteCombo.setCurrentIndex(ui.civiliteCombo.findData(c.civilite))
            ui.nomEdit.setText(c.nom)
            ui.prenomEdit.setText(c.prenom)
            ui.fonctionCombo.setCurrentIndex(ui.fonctionCombo.findData(c.fonction))
            ui.rangAdjointSpin.setValue(c.rang_adjoint or 1)
            ui.debutDate.setDate(vers_qdate(c.mandat_debut))
            self.fin.definir(c.mandat_fin, date.today())
        finally:
            self._chargement = False
        self._on_fonction_changed()
        self.supprimer_button.setEnabled(self._courant is not None and not self.lecture_seule)
        self._set_dirty(False)

    def _debut_habituel(self) -> date:
        """The installation date most councillors share, else today."""
        debuts = Counter(c.mandat_debut for c in self._tous if c.mandat_fin is None)
        return debuts.most_common(1)[0][0] if debuts else date.today()

    def _on_fonction_changed(self, *_args: object) -> None:
        adjoint = combos.valeur(self.ui.fonctionCombo, Fonction) is Fonction.ADJOINT
        self.ui.rangAdjointSpin.setEnabled(adjoint)

    def donnees(self) -> ConseillerData:
        ui = self.ui
        fonction = combos.valeur(ui.fonctionCombo, Fonction)
        base = self._courant or ConseillerData(Civilite.MONSIEUR, "", "")
        return replace(
            base,
            civilite=combos.valeur(ui.civiliteCombo, Civilite),
            nom=ui.nomEdit.text(),
            prenom=ui.prenomEdit.text(),
            fonction=fonction,
            rang_adjoint=ui.rangAdjointSpin.value() if fonction is Fonction.ADJOINT else None,
            mandat_debut=depuis_qdate(ui.debutDate.date()),
            mandat_fin=self.fin.valeur(),
        )
