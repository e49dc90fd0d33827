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
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mairie_app.domain.effectif import SEUIL_3500, delai_convocation, jours_francs
from mairie_app.domain.types import NatureSeance
from mairie_app.errors import MairieError
from mairie_app.gui import actions, messages
from mairie_app.gui.forms.ui_seance_form import Ui_SeanceForm
from mairie_app.gui.models.seances_model import SeancesModel
from mairie_app.gui.tabs.agenda_panel import AgendaPanel
from mairie_app.gui.tabs.base import Onglet
from mairie_app.gui.widgets import aide, combos, enter_navigation
from mairie_app.gui.widgets.dates import (
    DateFacultative,
    depuis_qdate,
    depuis_qtime,
    preparer,
    vers_qdate,
    vers_qtime,
)
from mairie_app.gui.widgets.status_label import StatusLabel
from mairie_app.services.conseil_service import ConseilService
from mairie_app.services.dto import SeanceData
from mairie_app.services.seance_service import SeanceService

TOUTES = "Toutes les années"


class SeancesTab(Onglet):
    """Signals:
    seance_choisie(object): the id of the séance now shown, or None for a new one.
    seance_modifiee(object): the SeanceData after a save or an agenda change.
    """

    seance_choisie = Signal(object)
    seance_modifiee = Signal(object)

    def __init__(
        self, seances: SeanceService, conseil: ConseilService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._seances = seances
        self._conseil = conseil
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
        self.vue = QTableView()
        self.vue.setModel(self.model)
        self.vue.setAccessibleName("Séances")
        self.vue.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.vue.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.vue.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.vue.verticalHeader().hide()
        self.vue.setWordWrap(False)
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
        gauche = QWidget()
        lg = QVBoxLayout(gauche)
        lg.addLayout(filtre)
        lg.addWidget(self.vue)
        lg.addLayout(boutons)

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
        self.cloture_label = StatusLabel()
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

    @property
    def nom_formulaire(self) -> str:  # type: ignore[override]
        return (
            f"la séance du {self._seance.date:%d/%m/%Y}" if self._seance else "la nouvelle séance"
        )

    @property
    def seance(self) -> SeanceData | None:
        return self._seance

    # --- contract ------------------------------------------------------------
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
            self._montrer(result.valeur)
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
        ferme = seance is not None and seance.cloturee
        self._form.setEnabled(not ferme)
        self.agenda.setEnabled(seance is not None and not ferme)
        self.supprimer_button.setEnabled(seance is not None and not ferme)
        if ferme:
            self.cloture_label.set_neutre(
                f"{seance.libelle} clôturée : ses présences, textes et votes ne peuvent plus "
                "être modifiés. Une erreur se corrige par une nouvelle délibération."
            )
        else:
            self.cloture_label.set_neutre("")

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
            population = commune.population if commune else 0
            requis = delai_convocation(population, data.urgence)
            francs = jours_francs(data.date_convocation, data.date)
            motif = (
                "urgence"
                if data.urgence
                else (
                    "à partir de 3 500 habitants"
                    if population >= SEUIL_3500
                    else "moins de 3 500 habitants"
                )
            )
            label.set_ok(
                f"Délai de convocation respecté : {francs} jours francs entre l'envoi et la "
                f"séance ({requis} au moins, {motif})."
            )
