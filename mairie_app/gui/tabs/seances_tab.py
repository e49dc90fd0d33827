"""Séances tab: the list of séances by year, the form of the selected one and its agenda.

The form checks the convocation delay as she types, so she learns before the
séance (not from the prefecture) that the councillors were convened too late.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, time

from PySide6.QtCore import QItemSelection, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from mairie_app.domain.types import NatureSeance
from mairie_app.errors import MairieError
from mairie_app.gui import actions, messages
from mairie_app.gui.forms.ui_seance_form import Ui_SeanceForm
from mairie_app.gui.models.seances_model import SeancesModel, resume_a_jour
from mairie_app.gui.tabs.agenda_panel import AgendaPanel
from mairie_app.gui.tabs.base import Onglet
from mairie_app.gui.tabs.cloture_panel import CloturePanel
from mairie_app.gui.tabs.convocation import delai_respecte
from mairie_app.gui.widgets import aide, combos, enter_navigation
from mairie_app.gui.widgets.barre_documents import BarreDocuments
from mairie_app.gui.widgets.dates import (
    DateFacultative,
    depuis_qdate,
    depuis_qtime,
    preparer,
    vers_qdate,
    vers_qtime,
)
from mairie_app.gui.widgets.tables import vue_liste
from mairie_app.services.dto import SeanceData
from mairie_app.services.registre import Services

TOUTES = "Toutes les années"


class SeancesTab(Onglet):
    """Signals:
    seance_choisie(object): the id of the séance now shown, or None for a new one.
    seance_modifiee(object): the SeanceData after a save or an agenda change.
    """

    seance_choisie = Signal(object)
    seance_modifiee = Signal(object)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        seances = self._seances = services.seances
        self._conseil = services.conseil
        self._seance: SeanceData | None = None
        self._revert = False
        #: Other forms to protect before the séance changes (the Votes tab's).
        self.gardes: list[Callable[[], bool]] = []

        self.annee_combo = QComboBox()
        self.annee_combo.setAccessibleName("Année")
        self.recherche_edit = QLineEdit()
        self.recherche_edit.setPlaceholderText("Rechercher (date, lieu, objet)…")
        self.recherche_edit.setClearButtonEnabled(True)
        self.model = SeancesModel(self)
        self.vue = vue_liste(self.model, "Séances")
        self.vue.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.vue.horizontalHeader().setStretchLastSection(True)
        self.nouvelle_button = QPushButton("Nouvelle séan&ce")
        self.supprimer_button = QPushButton("Supprimer la séance")
        filtre = QHBoxLayout()
        filtre.addWidget(self.annee_combo)
        filtre.addWidget(self.recherche_edit, 1)
        boutons = QHBoxLayout()
        boutons.addWidget(self.nouvelle_button)
        boutons.addStretch()
        boutons.addWidget(self.supprimer_button)
        self.documents_barre = BarreDocuments(
            ("convocation", "liste", "proces_verbal", "registre"), lot=True
        )
        self.cloture = CloturePanel(services)
        gauche = QWidget()
        lg = QVBoxLayout(gauche)
        lg.addLayout(filtre)
        lg.addWidget(self.vue)
        lg.addLayout(boutons)
        lg.addWidget(self.cloture)
        lg.addWidget(self.documents_barre)

        self._form = QWidget()
        self.ui = Ui_SeanceForm()
        self.ui.setupUi(self._form)
        ui = self.ui
        preparer(ui.dateEdit)
        ui.natureCombo.addItem("Ordinaire", NatureSeance.ORDINAIRE)
        ui.natureCombo.addItem("Extraordinaire", NatureSeance.EXTRAORDINAIRE)
        self.convocation = DateFacultative(ui.convocationCheck, ui.convocationDate)
        self.affichage = DateFacultative(ui.affichageCheck, ui.affichageDate)
        ui.aideLabel.setText(aide.CONVOCATION + "\n" + aide.SECONDE_CONVOCATION)
        ui.aideLabel.setStyleSheet("color: #4a4a4a; font-size: 9pt;")
        self._suivre_modifie(ui.modifieLabel)
        for signal in (
            ui.dateEdit.dateChanged,
            ui.heureEdit.timeChanged,
            ui.lieuEdit.textChanged,
            ui.natureCombo.currentIndexChanged,
            ui.presidentCombo.currentIndexChanged,
            ui.urgenceCheck.toggled,
            ui.secondeCheck.toggled,
            self.convocation.changed,
            self.affichage.changed,
        ):
            signal.connect(self._on_modifie)
            signal.connect(self._verifier_convocation)
        ui.affichageCheck.toggled.connect(self._on_affichage_coche)
        ui.dateEdit.dateChanged.connect(
            lambda qd: self._charger_presidents(depuis_qdate(qd), ui.presidentCombo.currentData())
        )
        ui.enregistrerButton.clicked.connect(self.save)
        ui.annulerButton.clicked.connect(self.discard)
        enter_navigation.installer(self._form)
        self.agenda = AgendaPanel(seances)
        self.cloture.avant_changement = self._peut_quitter
        self.cloture_label = self.cloture.etat_label
        droite = QWidget()
        ld = QVBoxLayout(droite)
        ld.addWidget(self.cloture_label)
        ld.addWidget(self._form)
        ld.addWidget(self.agenda, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(droite)
        splitter = QSplitter()
        splitter.addWidget(gauche)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([440, 800])
        QVBoxLayout(self).addWidget(splitter)

        self.annee_combo.currentIndexChanged.connect(lambda _i: self._afficher_liste())
        self.recherche_edit.textChanged.connect(lambda _t: self._afficher_liste())
        self.vue.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.nouvelle_button.clicked.connect(self.nouvelle)
        self.supprimer_button.clicked.connect(self._on_supprimer)
        self.agenda.agenda_modifie.connect(self._on_agenda_modifie)
        self.cloture.etat_change.connect(self._on_etat_change)
        self.cloture.approbation_changee.connect(self._on_approbation)

    @property
    def nom_formulaire(self) -> str:  # type: ignore[override]
        return (
            f"la séance du {self._seance.date:%d/%m/%Y}" if self._seance else "la nouvelle séance"
        )

    @property
    def seance(self) -> SeanceData | None:
        return self._seance

    # --- contract ------------------------------------------------------------
    def _appliquer_lecture_seule(self) -> None:
        self.nouvelle_button.setEnabled(not self.lecture_seule)
        self.cloture.lecture_seule = self.lecture_seule

    def load(self) -> None:
        """Years and list from the services; the form keeps the séance shown."""
        annees = sorted(self._seances.annees(), reverse=True)
        courante = self.annee_combo.currentData()
        self.annee_combo.blockSignals(True)
        self.annee_combo.clear()
        self.annee_combo.addItem(TOUTES, None)
        for annee in annees:
            self.annee_combo.addItem(str(annee), annee)
        choix = courante if courante in annees else (annees[0] if annees else None)
        self.annee_combo.setCurrentIndex(max(0, self.annee_combo.findData(choix)))
        self.annee_combo.blockSignals(False)
        self._afficher_liste()
        if self._seance is None and not self._dirty:
            self._remplir(None)

    def save(self) -> bool:
        data = self.donnees()
        creation = data.id is None
        action = self._seances.creer_seance if creation else self._seances.modifier_seance
        result = actions.tenter(self, lambda: action(data))
        if not result.ok:
            return False
        self._set_dirty(False)
        self._montrer(result.valeur)
        self.load()
        self.status.emit(f"{result.valeur.libelle} enregistrée.")
        self.seance_modifiee.emit(result.valeur)
        if creation:
            self.seance_choisie.emit(result.valeur.id)
        return True

    def discard(self) -> None:
        self._set_dirty(False)
        self._montrer(self._seances.seance(self._seance.id) if self._seance else None)

    # --- list ------------------------------------------------------------------
    def _afficher_liste(self) -> None:
        resumes = self._seances.seances(self.annee_combo.currentData(), self.recherche_edit.text())
        self._revert = True
        self.model.definir(resumes)
        if self._seance is not None:
            row = self.model.row_where(lambda r: r.id == self._seance.id)
            if row >= 0:
                self.vue.selectRow(row)
        self._revert = False

    def _peut_quitter(self) -> bool:
        return self.confirm_leave() and all(garde() for garde in self.gardes)

    def _on_selection_changed(self, selected: QItemSelection, _d: QItemSelection) -> None:
        if self._revert:
            return
        rows = sorted({i.row() for i in selected.indexes()})
        if not rows:
            return
        cible = self.model.ligne(rows[0])
        if self._seance is not None and cible.id == self._seance.id:
            return
        if not self._peut_quitter():
            self._afficher_liste()  # puts the selection back on the séance shown
            return
        self.choisir(cible.id)

    def choisir(self, seance_id: int) -> None:
        """Show a séance (the list's selection follows) and tell the other tabs."""
        result = actions.tenter(self, lambda: self._seances.seance(seance_id))
        if result.ok:
            annee = self.annee_combo.currentData()
            if annee is not None and annee != result.valeur.date.year:
                self.annee_combo.setCurrentIndex(0)  # "Toutes les années": the list shows it
            self._montrer(result.valeur)
            seance = result.valeur
            row = self.model.row_where(lambda r: r.id == seance_id)
            if row >= 0 and resume_a_jour(self.model.ligne(row), seance):
                # Already listed as it is: only move the selection, no new query.
                self._revert = True
                self.vue.selectRow(row)
                self._revert = False
            else:
                self._afficher_liste()
            self.seance_choisie.emit(seance_id)

    def nouvelle(self) -> None:
        if not self._peut_quitter():
            return
        self._revert = True
        self.vue.clearSelection()
        self._revert = False
        self._montrer(None)
        self.seance_choisie.emit(None)
        self.ui.dateEdit.setFocus()

    def _on_supprimer(self) -> None:
        if self._seance is None or self._seance.id is None:
            return
        seance = self._seance
        if not messages.confirm(
            self,
            f"Supprimer la {seance.libelle.lower()}, ses présences et ses "
            f"{len(seance.points)} délibération(s) ?\nCette suppression est définitive.",
        ):
            return
        if actions.tenter(self, lambda: self._seances.supprimer_seance(seance.id)).ok:
            self._set_dirty(False)
            self._montrer(None)
            self.load()
            self.seance_choisie.emit(None)

    def _on_agenda_modifie(self, seance: SeanceData) -> None:
        self._seance = replace(self._seance, points=seance.points) if self._seance else seance
        self._afficher_liste()
        self.seance_modifiee.emit(seance)

    def _on_etat_change(self, seance_id: int, message: str) -> None:
        """Closed or re-opened: every tab shows the séance again, locked or not."""
        self._set_dirty(False)
        self.choisir(seance_id)
        self.status.emit(message)

    def _on_approbation(self, seance: SeanceData) -> None:
        if self._seance is not None:
            self._seance = replace(self._seance, date_approbation_pv=seance.date_approbation_pv)
        self.status.emit("Date d'approbation du procès-verbal enregistrée.")

    def rafraichir_points(self) -> None:
        """Objets or votes changed in the Votes tab: the agenda and the list follow."""
        if self._seance is None or self._seance.id is None:
            return
        frais = self._seances.seance(self._seance.id)
        self._seance = replace(self._seance, points=frais.points)
        self.agenda.set_seance(self._seance)
        self._afficher_liste()

    # --- form ------------------------------------------------------------------
    def _montrer(self, seance: SeanceData | None) -> None:
        self._seance = seance
        self._remplir(seance)
        self.agenda.set_seance(seance)
        fige = (seance is not None and seance.cloturee) or self.lecture_seule
        self._form.setEnabled(not fige)
        self.agenda.setEnabled(seance is not None and not fige)
        self.supprimer_button.setEnabled(seance is not None and not fige)
        self.cloture.set_seance(seance)  # says why the fields are locked
        self.documents_barre.setEnabled(seance is not None and seance.id is not None)

    def _remplir(self, s: SeanceData | None) -> None:
        ui = self.ui
        self._chargement = True
        try:
            if s is None:
                commune = self._conseil.commune()
                s = SeanceData(date=date.today(), heure=time(18, 30))
                s = replace(s, lieu=commune.lieu_habituel if commune else "")
                ui.titreLabel.setText("Nouvelle séance")
            else:
                ui.titreLabel.setText(s.libelle)
            ui.dateEdit.setDate(vers_qdate(s.date))
            ui.heureEdit.setTime(vers_qtime(s.heure))
            ui.lieuEdit.setText(s.lieu)
            ui.natureCombo.setCurrentIndex(ui.natureCombo.findData(s.nature))
            ui.urgenceCheck.setChecked(s.urgence)
            ui.secondeCheck.setChecked(s.seconde_convocation)
            self.convocation.definir(s.date_convocation, date.today())
            self.affichage.definir(s.date_affichage_convocation, date.today())
            self._charger_presidents(s.date, s.president_id)
        finally:
            self._chargement = False
        self._set_dirty(False)
        self._verifier_convocation()

    def _on_affichage_coche(self, coche: bool) -> None:
        """Usually posted the day it is sent: propose the sending date."""
        envoi = self.convocation.valeur()
        if coche and not self._chargement and envoi is not None:
            self.ui.affichageDate.setDate(vers_qdate(envoi))

    def _charger_presidents(self, jour: date, president_id: int | None) -> None:
        """Members in office on the séance's day; the mayor presides unless she says."""
        combo = self.ui.presidentCombo
        chargement, self._chargement = self._chargement, True
        combo.clear()
        combo.addItem("Le maire (par défaut)", None)
        for c in self._conseil.conseillers(en_exercice_le=jour):
            combo.addItem(f"{c.designation}, {c.libelle_fonction.lower()}", c.id)
        combo.setCurrentIndex(max(0, combo.findData(president_id)))
        self._chargement = chargement

    def donnees(self) -> SeanceData:
        ui = self.ui
        base = self._seance or SeanceData(date=date.today(), heure=time(18, 30))
        return replace(
            base,
            date=depuis_qdate(ui.dateEdit.date()),
            heure=depuis_qtime(ui.heureEdit.time()),
            lieu=ui.lieuEdit.text(),
            nature=combos.valeur(ui.natureCombo, NatureSeance),
            urgence=ui.urgenceCheck.isChecked(),
            seconde_convocation=ui.secondeCheck.isChecked(),
            date_convocation=self.convocation.valeur(),
            date_affichage_convocation=self.affichage.valeur(),
            president_id=ui.presidentCombo.currentData(),
        )

    def _verifier_convocation(self, *_args: object) -> None:
        """Green or red sentence about the convocation delay, at each keystroke."""
        if self._chargement:
            return
        data = self.donnees()
        label = self.ui.alerteLabel
        try:
            alerte = self._seances.alerte_convocation(data)
        except MairieError as exc:
            label.set_neutre(exc.message)
            return
        if data.date_convocation is None:
            label.set_neutre(f"{alerte} Cochez « Convocation envoyée le » pour la vérifier.")
        elif alerte:
            label.set_erreur(alerte)
        else:
            commune = self._conseil.commune()
            label.set_ok(delai_respecte(commune.population if commune else 0, data))
