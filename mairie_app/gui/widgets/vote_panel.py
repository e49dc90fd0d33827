"""How the council voted on one item: ballot mode, counts or roll call, who withdrew.

The panel only collects the vote and checks what it can show at once (the total
against the votants, the ballot the members asked for); the service decides,
and its refusal is shown with the figures that differ.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mairie_app.domain.presences import Comptage
from mairie_app.domain.types import Choix, ModeScrutin
from mairie_app.domain.vote import mode_requis
from mairie_app.gui.models.membres_coches_model import MembresCochesModel
from mairie_app.gui.models.nominatif_model import LIBELLES_CHOIX, LigneVotant, NominatifModel
from mairie_app.gui.widgets import aide, combos
from mairie_app.gui.widgets.choix_delegate import ChoixDelegate
from mairie_app.gui.widgets.status_label import StatusLabel
from mairie_app.services.dto import ConseillerData, DeliberationData, SaisieVote


def _spin(suffixe: str = "") -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(0, 99)
    spin.setSuffix(suffixe)
    spin.setAccelerated(True)
    return spin


class VotePanel(QWidget):
    """Signals:
    modifie(): she changed something in the vote.
    non_participants_changes(object): the tuple of ids of members not taking part.
    """

    modifie = Signal()
    non_participants_changes = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._chargement = False
        self._votants = 0
        self._presents = 0
        self._membres: dict[int, ConseillerData] = {}
        self._titulaires: dict[int, int] = {}

        self.mode_combo = QComboBox()
        for mode in ModeScrutin:
            self.mode_combo.addItem(mode.libelle, mode)
        self.demandes_secret_spin = _spin()
        self.demandes_public_spin = _spin()
        self.mode_label = StatusLabel()
        self.npp_model = MembresCochesModel(self)
        self.npp_vue = QListView()
        self.npp_vue.setModel(self.npp_model)
        self.npp_vue.setAccessibleName("Ne prennent pas part au vote")
        self.npp_vue.setMinimumHeight(90)
        self.npp_vue.setMaximumHeight(110)

        self.pour_spin = _spin()
        self.contre_spin = _spin()
        self.abstentions_spin = _spin()
        self.blancs_spin = _spin()
        self.nuls_spin = _spin()
        self.unanimite_button = QPushButton("&Unanimité (tous pour)")
        self.president_combo = QComboBox()
        self.president_combo.addItem("— à indiquer —", None)
        for choix in (Choix.POUR, Choix.CONTRE, Choix.ABSTENTION):
            self.president_combo.addItem(LIBELLES_CHOIX[choix], choix)
        self.total_label = StatusLabel()

        self.nominatif_model = NominatifModel(self)
        self.nominatif_vue = QTableView()
        self.nominatif_vue.setModel(self.nominatif_model)
        self.nominatif_vue.setAccessibleName("Vote de chaque votant")
        self.nominatif_vue.setItemDelegateForColumn(
            1, ChoixDelegate([(LIBELLES_CHOIX[c], c) for c in Choix], self)
        )
        self.nominatif_vue.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.nominatif_vue.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch
        )
        self.nominatif_vue.setMinimumHeight(220)
        self.tous_pour_button = QPushButton("Tous « &pour »")

        pour_ligne = QHBoxLayout()
        pour_ligne.addWidget(self.pour_spin)
        pour_ligne.addWidget(self.unanimite_button)
        pour_ligne.addStretch()
        nominatif = QWidget()
        ln = QVBoxLayout(nominatif)
        ln.setContentsMargins(0, 0, 0, 0)
        ln.addWidget(self.nominatif_vue)
        ln.addWidget(self.tous_pour_button)

        self.form = QFormLayout(self)
        f = self.form
        f.setContentsMargins(0, 0, 0, 0)
        f.setVerticalSpacing(8)
        f.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        f.addRow("&Mode de scrutin :", self.mode_combo)
        f.addRow("Demandes de scrutin &secret :", self.demandes_secret_spin)
        f.addRow("Demandes de scrutin pu&blic :", self.demandes_public_spin)
        f.addRow(self.mode_label)
        f.addRow("Ne prennent pas part\nau vote :", self.npp_vue)
        f.addRow(aide.hint(aide.NE_PREND_PAS_PART))
        pour_label = QLabel("P&our :")
        pour_label.setBuddy(self.pour_spin)
        f.addRow(pour_label, pour_ligne)
        f.addRow("&Contre :", self.contre_spin)
        f.addRow("Abstentio&ns :", self.abstentions_spin)
        f.addRow("Bulletins blancs :", self.blancs_spin)
        f.addRow("Bulletins nuls :", self.nuls_spin)
        f.addRow("Voix du &président :", self.president_combo)
        f.addRow("Votes nominatifs :", nominatif)
        f.addRow(self.total_label)
        f.addRow(aide.hint(aide.MAJORITE))
        self._nominatif = nominatif
        self._pour_ligne = pour_ligne

        self.mode_combo.currentIndexChanged.connect(self._on_change)
        for spin in (
            self.demandes_secret_spin,
            self.demandes_public_spin,
            self.pour_spin,
            self.contre_spin,
            self.abstentions_spin,
            self.blancs_spin,
            self.nuls_spin,
        ):
            spin.valueChanged.connect(self._on_change)
        self.president_combo.currentIndexChanged.connect(self._on_change)
        self.nominatif_model.choix_modifie.connect(self._on_change)
        self.npp_model.coches_changes.connect(self._on_npp)
        self.unanimite_button.clicked.connect(self.unanimite)
        self.tous_pour_button.clicked.connect(lambda: self.nominatif_model.tous(Choix.POUR))

    # --- filling -----------------------------------------------------------------
    def definir(
        self,
        delib: DeliberationData,
        candidats: Comptage,
        comptage: Comptage,
        membres: Mapping[int, ConseillerData],
        titulaires: Mapping[int, int],
    ) -> None:
        """Show a stored vote. `candidats` is the item's count with nobody withdrawing:
        its present and represented members are those who could vote."""
        self._membres = dict(membres)
        self._titulaires = dict(titulaires)
        self._chargement = True
        try:
            self.mode_combo.setCurrentIndex(self.mode_combo.findData(delib.mode_scrutin))
            self.demandes_secret_spin.setValue(delib.demandes_secret)
            self.demandes_public_spin.setValue(delib.demandes_public)
            ids = candidats.presents_ids | candidats.representes_ids
            self.npp_model.definir(
                [(i, self._nom(i)) for i in self._ordonner(ids)], delib.non_participant_ids
            )
            self.pour_spin.setValue(delib.pour)
            self.contre_spin.setValue(delib.contre)
            self.abstentions_spin.setValue(delib.abstentions)
            self.blancs_spin.setValue(delib.blancs)
            self.nuls_spin.setValue(delib.nuls)
            index = self.president_combo.findData(delib.voix_president)
            self.president_combo.setCurrentIndex(max(0, index))
            self.set_comptage(comptage, delib.choix_nominatifs)
        finally:
            self._chargement = False
        self._actualiser()

    def set_comptage(self, comptage: Comptage, choix: Mapping[int, Choix] | None = None) -> None:
        """New counters (attendance or withdrawals changed): the roll-call grid follows."""
        self._votants = comptage.votants
        self._presents = comptage.presents
        anciens = choix if choix is not None else self.nominatif_model.choix()
        lignes = []
        for i in self._ordonner(comptage.votants_ids):
            titulaire = self._titulaires.get(i) if i in comptage.representes_ids else None
            par = self._membres[titulaire].nom_tableau if titulaire in self._membres else ""
            lignes.append(LigneVotant(self._membres[i], par, anciens.get(i)))
        self.nominatif_model.definir(lignes)
        self.nominatif_vue.resizeColumnToContents(1)
        self._actualiser()

    def _ordonner(self, ids) -> list[int]:
        return sorted(
            (i for i in ids if i in self._membres), key=lambda i: self._membres[i].rang_tableau
        )

    def _nom(self, ident: int) -> str:
        nom = self._membres[ident].designation
        titulaire = self._titulaires.get(ident)
        if titulaire in self._membres:
            return f"{nom} (représenté par {self._membres[titulaire].nom_tableau})"
        return nom

    # --- reading --------------------------------------------------------------------
    def mode(self) -> ModeScrutin:
        return combos.valeur(self.mode_combo, ModeScrutin) or ModeScrutin.MAIN_LEVEE

    def saisie(self) -> SaisieVote:
        mode = self.mode()
        secret = mode is ModeScrutin.SECRET
        return SaisieVote(
            mode=mode,
            pour=self.pour_spin.value(),
            contre=self.contre_spin.value(),
            abstentions=self.abstentions_spin.value(),
            blancs=self.blancs_spin.value() if secret else 0,
            nuls=self.nuls_spin.value() if secret else 0,
            voix_president=(
                combos.valeur(self.president_combo, Choix)
                if self._egalite() and not secret
                else None
            ),
            non_participant_ids=tuple(self.npp_model.coches()),
            choix_nominatifs=self.nominatif_model.choix() if mode is ModeScrutin.NOMINATIF else {},
            demandes_secret=self.demandes_secret_spin.value(),
            demandes_public=self.demandes_public_spin.value(),
        )

    def _voix_president(self) -> Choix | None:
        return combos.valeur(self.president_combo, Choix) if self._egalite() else None

    # --- behaviour --------------------------------------------------------------------
    def unanimite(self) -> None:
        """Everyone who votes voted for: pour = votants, nothing else."""
        self._chargement = True
        self.pour_spin.setValue(self._votants)
        for spin in (self.contre_spin, self.abstentions_spin, self.blancs_spin, self.nuls_spin):
            spin.setValue(0)
        self._chargement = False
        self._on_change()

    def _egalite(self) -> bool:
        return self.pour_spin.value() == self.contre_spin.value() and self.pour_spin.value() > 0

    def _on_npp(self, ids: list[int]) -> None:
        if not self._chargement:
            self.non_participants_changes.emit(tuple(ids))
            self.modifie.emit()

    def _on_change(self, *_args: object) -> None:
        self._actualiser()
        if not self._chargement:
            self.modifie.emit()

    def _actualiser(self) -> None:
        """Show only the fields of the chosen mode, the total, and the law on the mode."""
        mode = self.mode()
        main_levee, secret = mode is ModeScrutin.MAIN_LEVEE, mode is ModeScrutin.SECRET
        nominatif = mode is ModeScrutin.NOMINATIF
        f = self.form
        f.setRowVisible(self._pour_ligne, not nominatif)
        f.setRowVisible(self.contre_spin, not nominatif)
        f.setRowVisible(self.abstentions_spin, not nominatif)
        f.setRowVisible(self.blancs_spin, secret)
        f.setRowVisible(self.nuls_spin, secret)
        f.setRowVisible(self.president_combo, main_levee and self._egalite())
        f.setRowVisible(self._nominatif, nominatif)
        self.unanimite_button.setVisible(main_levee)
        s = self.saisie()
        if nominatif:
            manquants = self.nominatif_model.rowCount() - len(s.choix_nominatifs)
            total, detail = len(s.choix_nominatifs), f"{manquants} votant(s) sans choix"
        else:
            total = s.pour + s.contre + s.abstentions + s.blancs + s.nuls
            detail = f"écart {total - self._votants:+d}"
        if total == self._votants and (not nominatif or manquants == 0):
            self.total_label.set_ok(f"Total : {total} voix pour {self._votants} votants.")
        else:
            self.total_label.set_erreur(
                f"Total : {total} voix pour {self._votants} votants ({detail})."
            )
        self._expliquer_mode(mode)

    def _expliquer_mode(self, mode: ModeScrutin) -> None:
        presents = self._presents
        ds, dp = self.demandes_secret_spin.value(), self.demandes_public_spin.value()
        requis = mode_requis(presents, ds, dp)
        if requis is not None and requis is not mode:
            self.mode_label.set_erreur(
                f"{requis.libelle} obligatoire : {ds if requis is ModeScrutin.SECRET else dp} "
                f"demande(s) sur {presents} présents (art. L2121-21)."
            )
            return
        tiers, quart = math.ceil(presents / 3), math.ceil(presents / 4)
        self.mode_label.set_neutre(
            f"Avec {presents} présents : scrutin public nominatif si {quart} membres le "
            f"demandent (un quart), scrutin secret si {tiers} (un tiers). Le secret l'emporte."
        )
