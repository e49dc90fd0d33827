"""Votes tab: the deliberations of the selected séance, each with its texts and its vote.

The texts are usually prepared before the séance and the vote typed afterwards
from handwritten notes, so the two are saved together but checked apart: a vote
that does not add up is refused without losing the texts.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mairie_app.domain.types import Resultat
from mairie_app.gui import actions, messages
from mairie_app.gui.forms.ui_deliberation_form import Ui_DeliberationForm
from mairie_app.gui.models.points_model import PointsModel
from mairie_app.gui.tabs import correction
from mairie_app.gui.tabs.base import Onglet
from mairie_app.gui.widgets import aide, enter_navigation
from mairie_app.gui.widgets.barre_documents import BarreDocuments
from mairie_app.gui.widgets.comptage_panel import ComptagePanel
from mairie_app.gui.widgets.status_label import StatusLabel
from mairie_app.gui.widgets.suivi_panel import SuiviPanel
from mairie_app.gui.widgets.tables import defiler, vue_liste
from mairie_app.gui.widgets.vote_panel import VotePanel
from mairie_app.services.dto import DeliberationData, SeanceData, TextesDeliberation
from mairie_app.services.registre import Services


class VotesTab(Onglet):
    """Signals:
    deliberation_modifiee(object): the DeliberationData after a save (objet, result).
    correction_creee(object): the DeliberationData of a new correcting deliberation.
    """

    deliberation_modifiee = Signal(object)
    correction_creee = Signal(object)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._seances = services.seances
        self._conseil = services.conseil
        self._deliberations = services.deliberations
        self._seance: SeanceData | None = None
        self._delib: DeliberationData | None = None
        self._textes_modifies = False
        self._vote_modifie = False
        self._suivi_modifie = False
        self._revert = False

        self.titre_label = QLabel()
        self.titre_label.setStyleSheet("font-weight: bold; font-size: 11pt;")
        self.model = PointsModel(self)
        self.vue = vue_liste(self.model, "Délibérations de la séance")
        self.vue.setColumnHidden(2, True)
        entete = self.vue.horizontalHeader()
        entete.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        entete.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        gauche = QWidget()
        lg = QVBoxLayout(gauche)
        lg.addWidget(self.vue)
        lg.addWidget(aide.hint("Les points s'ajoutent et se déplacent dans l'onglet Séances."))
        self.documents_barre = BarreDocuments(("extrait",), vertical=True)
        lg.addWidget(self.documents_barre)

        self._form = QWidget()
        self.ui = Ui_DeliberationForm()
        self.ui.setupUi(self._form)
        self.ui.aideLabel.setText(aide.TEXTE_GRAS)
        self.ui.aideLabel.setStyleSheet("color: #4a4a4a; font-size: 9pt;")
        enter_navigation.installer(self._form)
        self.vote = VotePanel()
        self.comptage_panel = ComptagePanel("Compteurs du point")
        self.resultat_label = StatusLabel()
        vote_page = QWidget()
        lv = QHBoxLayout(vote_page)
        gauche_vote = QVBoxLayout()
        gauche_vote.addWidget(self.vote)
        gauche_vote.addStretch(1)  # spare height below the form, not between its rows
        lv.addLayout(gauche_vote, 3)
        cote = QVBoxLayout()
        cote.addWidget(self.comptage_panel)
        cote.addWidget(aide.hint(aide.QUORUM))
        cote.addStretch()
        lv.addLayout(cote, 2)
        self.pages = QTabWidget()
        self.pages.addTab(defiler(self._form), "&Texte de la délibération")
        self.pages.addTab(defiler(vote_page), "&Vote")
        self.suivi = SuiviPanel()
        self.pages.addTab(defiler(self.suivi), "Suivi (affichage, &préfecture)")

        self.modifie_label = QLabel()
        self.modifie_label.setStyleSheet("color: #b26a00; font-weight: bold;")
        self.effacer_button = QPushButton("Effacer le vote")
        self.enregistrer_button = QPushButton("&Enregistrer la délibération")
        self.corriger_button = QPushButton("Corriger cette délibération…")
        boutons = QHBoxLayout()
        boutons.addWidget(self.modifie_label)
        boutons.addStretch()
        boutons.addWidget(self.corriger_button)
        boutons.addWidget(self.effacer_button)
        boutons.addWidget(self.enregistrer_button)
        droite = QWidget()
        ld = QVBoxLayout(droite)
        ld.setContentsMargins(0, 0, 0, 0)
        ld.addWidget(self.resultat_label)
        ld.addWidget(self.pages, 1)
        ld.addLayout(boutons)
        self.detail = droite
        splitter = QSplitter()
        splitter.addWidget(gauche)
        splitter.addWidget(droite)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([330, 950])
        layout = QVBoxLayout(self)
        layout.addWidget(self.titre_label)
        layout.addWidget(splitter, 1)
        self._suivre_modifie(self.modifie_label)

        ui = self.ui
        for edit in (ui.referenceEdit, ui.objetEdit):
            edit.textChanged.connect(self._on_textes_modifies)
        for combo in (ui.matiereCombo, ui.rapporteurCombo):
            combo.currentIndexChanged.connect(self._on_textes_modifies)
        ui.matiereCombo.editTextChanged.connect(self._on_textes_modifies)
        for texte in self._textes():
            texte.textChanged.connect(self._on_textes_modifies)
        self.vote.modifie.connect(self._on_vote_modifie)
        self.vote.non_participants_changes.connect(self._on_npp)
        self.vue.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.enregistrer_button.clicked.connect(self.save)
        self.effacer_button.clicked.connect(self._on_effacer)
        self.suivi.modifie.connect(self._on_suivi_modifie)
        self.suivi.enregistrer_button.clicked.connect(self.save)
        self.corriger_button.clicked.connect(self._on_corriger)
        self.detail.setEnabled(False)

    def _textes(self):
        ui = self.ui
        return (ui.preambuleEdit, ui.visasEdit, ui.considerantsEdit, ui.dispositifEdit,
                ui.annexesEdit, ui.debatsEdit)  # fmt: skip

    @property
    def nom_formulaire(self) -> str:  # type: ignore[override]
        return f"la délibération n° {self._delib.ordre}" if self._delib else "la délibération"

    @property
    def deliberation(self) -> DeliberationData | None:
        return self._delib

    # --- contract ------------------------------------------------------------
    def set_seance(self, seance_id: int | None) -> None:
        self._seance = self._seances.seance(seance_id) if seance_id is not None else None
        self._delib = None
        self._set_dirty(False)
        self.load()

    def load(self) -> None:
        """Reload the list; the deliberation shown is reloaded unless she is typing in it."""
        if self._seance is None:
            self.model.definir([])
            self._montrer(None)
            return
        self._seance = self._seances.seance(self._seance.id)
        ferme = self._seance.cloturee
        self.titre_label.setText(
            f"{self._seance.libelle} — délibérations et votes"
            + (" — séance clôturée : seul le suivi reste modifiable" if ferme else "")
        )
        for widget in (self._form, self.vote, self.enregistrer_button, self.effacer_button):
            widget.setEnabled(not ferme and not self.lecture_seule)
        self.suivi.setEnabled(not self.lecture_seule)
        self._revert = True
        self.model.definir(self._seance.points)
        courant = self._delib.id if self._delib else None
        row = self.model.row_where(lambda p: p.id == courant)
        if row < 0 and not self._dirty and self.model.rowCount():
            row = 0
        if row >= 0:
            self.vue.selectRow(row)
        self._revert = False
        if row < 0:
            self._montrer(None)
        elif not self._dirty:
            self._montrer(self._deliberations.deliberation(self.model.ligne(row).id))
        else:
            self._compter()

    def save(self) -> bool:
        if self._delib is None:
            return True
        delib_id = self._delib.id
        if self._textes_modifies:
            textes = self.textes()
            result = actions.tenter(
                self, lambda: self._deliberations.enregistrer_textes(delib_id, textes)
            )
            if not result.ok:
                return False
            self._textes_modifies = False
        if self._vote_modifie:
            saisie = self.vote.saisie()
            result = actions.tenter(
                self, lambda: self._deliberations.enregistrer_vote(delib_id, saisie), "Vote refusé"
            )
            if not result.ok:
                return False
            self._vote_modifie = False
        if self._suivi_modifie:
            result = actions.tenter(
                self, lambda: self.suivi.enregistrer(self._deliberations, delib_id), "Suivi refusé"
            )
            if not result.ok:
                return False
            self._suivi_modifie = False
        self._set_dirty(False)
        self._delib = self._deliberations.deliberation(delib_id)
        self.load()
        self.status.emit(f"Délibération n° {self._delib.ordre} enregistrée.")
        self.deliberation_modifiee.emit(self._delib)
        return True

    def discard(self) -> None:
        self._set_dirty(False)
        self._textes_modifies = self._vote_modifie = self._suivi_modifie = False
        self.load()

    def choisir(self, deliberation_id: int) -> None:
        """Show one deliberation of the séance (a correction just created)."""
        self._set_dirty(False)
        self._delib = self._deliberations.deliberation(deliberation_id)
        self.load()

    # --- selection -------------------------------------------------------------
    def _on_selection_changed(self, selected: QItemSelection, _d: QItemSelection) -> None:
        if self._revert:
            return
        rows = sorted({i.row() for i in selected.indexes()})
        if not rows:
            return
        point = self.model.ligne(rows[0])
        if self._delib is not None and point.id == self._delib.id:
            return
        if not self.confirm_leave():
            self._revert = True
            row = self.model.row_where(lambda p: self._delib is not None and p.id == self._delib.id)
            if row >= 0:
                self.vue.selectRow(row)
            self._revert = False
            return
        self._montrer(self._deliberations.deliberation(point.id))

    def _montrer(self, d: DeliberationData | None) -> None:
        self._delib = d
        self.detail.setEnabled(d is not None)
        self._textes_modifies = self._vote_modifie = self._suivi_modifie = False
        self.corriger_button.setEnabled(
            correction.peut_corriger(self._seance, d) and not self.lecture_seule
        )
        self.documents_barre.setEnabled(d is not None)
        if d is None:
            self.comptage_panel.afficher(None)
            self.resultat_label.set_neutre("")
            self._set_dirty(False)
            return
        ui = self.ui
        seance = self._seance
        assert seance is not None
        membres = {c.id: c for c in self._conseil.conseillers(en_exercice_le=seance.date)}
        self._chargement = True
        try:
            ui.referenceEdit.setText(d.reference)
            ui.objetEdit.setText(d.objet)
            ui.matiereCombo.set_code(d.matiere_code)
            ui.rapporteurCombo.clear()
            ui.rapporteurCombo.addItem("— aucun —", None)
            for c in membres.values():
                ui.rapporteurCombo.addItem(f"{c.designation}, {c.libelle_fonction.lower()}", c.id)
            ui.rapporteurCombo.setCurrentIndex(max(0, ui.rapporteurCombo.findData(d.rapporteur_id)))
            for edit, texte in zip(
                self._textes(),
                (d.preambule, d.visas, d.considerants, d.dispositif, d.annexes, d.debats),
                strict=True,
            ):
                edit.setPlainText(texte)
            titulaires = {p.conseiller_id: p.pouvoir_a for p in seance.presences if p.pouvoir_a}
            candidats = self._deliberations.comptage(d.id, ())
            comptage = self._deliberations.comptage(d.id)
            self.vote.definir(d, candidats, comptage, membres, titulaires)
            self.comptage_panel.afficher(comptage)
            self.comptage_panel.setTitle(f"Compteurs du point n° {d.ordre}")
            self.suivi.definir(d)
        finally:
            self._chargement = False
        self._afficher_resultat()
        self.effacer_button.setEnabled(
            d.vote_saisi and not seance.cloturee and not self.lecture_seule
        )
        self._set_dirty(False)

    def _afficher_resultat(self) -> None:
        d = self._delib
        if d is None:
            return
        issue = self._deliberations.issue(d.id) if d.vote_saisi else None
        if issue is None:
            self.resultat_label.set_neutre(f"Point n° {d.ordre} : vote pas encore saisi.")
        elif issue.resultat is Resultat.ADOPTEE:
            self.resultat_label.set_ok(f"Point n° {d.ordre} : {issue.libelle}.")
        else:
            self.resultat_label.set_erreur(f"Point n° {d.ordre} : {issue.libelle}.")

    # --- editing -----------------------------------------------------------------
    def textes(self) -> TextesDeliberation:
        ui = self.ui
        preambule, visas, considerants, dispositif, annexes, debats = (
            e.toPlainText().strip() for e in self._textes()
        )
        return TextesDeliberation(
            reference=ui.referenceEdit.text(),
            objet=ui.objetEdit.text(),
            matiere_code=ui.matiereCombo.code(),
            rapporteur_id=ui.rapporteurCombo.currentData(),
            preambule=preambule,
            visas=visas,
            considerants=considerants,
            dispositif=dispositif,
            annexes=annexes,
            debats=debats,
        )

    def _on_textes_modifies(self, *_args: object) -> None:
        if not self._chargement and self._delib is not None:
            self._textes_modifies = True
            self._set_dirty(True)

    def _on_vote_modifie(self) -> None:
        if not self._chargement and self._delib is not None:
            self._vote_modifie = True
            self._set_dirty(True)

    def _on_suivi_modifie(self) -> None:
        if not self._chargement and self._delib is not None:
            self._suivi_modifie = True
            self._set_dirty(True)

    def _on_corriger(self) -> None:
        if self._seance is None or self._delib is None or not self.confirm_leave():
            return
        nouvelle = correction.corriger(self, self._services, self._seance, self._delib)
        if nouvelle is not None:
            self.correction_creee.emit(nouvelle)

    def _on_npp(self, ids: tuple[int, ...]) -> None:
        """Members withdrawing change the votants at once, before anything is saved."""
        if self._delib is None:
            return
        comptage = self._deliberations.comptage(self._delib.id, ids)
        self.comptage_panel.afficher(comptage)
        self.vote.set_comptage(comptage)

    def _compter(self) -> None:
        """Attendance changed while she was typing: new counters, her input kept."""
        if self._delib is None:
            return
        comptage = self._deliberations.comptage(self._delib.id, tuple(self.vote.npp_model.coches()))
        self.comptage_panel.afficher(comptage)
        self.vote.set_comptage(comptage)

    def _on_effacer(self) -> None:
        if self._delib is None or not self._delib.vote_saisi:
            return
        if not messages.confirm(self, f"Effacer le vote du point n° {self._delib.ordre} ?"):
            return
        delib_id = self._delib.id
        if actions.tenter(self, lambda: self._deliberations.effacer_vote(delib_id)).ok:
            self._set_dirty(False)
            self._delib = self._deliberations.deliberation(delib_id)
            self.load()
            self.deliberation_modifiee.emit(self._delib)
