"""The top of a séance's form: closing, re-opening, the PV approval date and the history.

Closing freezes what the council decided; the secretary is shown what is still
missing before she may close, and a re-opening always asks why (the motive, her
name and the time are kept for good).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mairie_app.gui import actions, messages
from mairie_app.gui.widgets.dates import DateFacultative
from mairie_app.gui.widgets.status_label import StatusLabel
from mairie_app.services.dto import SeanceData
from mairie_app.services.dto_registre import MODIFIABLE_APRES_CLOTURE, EtatClotureData
from mairie_app.services.registre import Services

EN_COURS = (
    "Séance en cours de saisie : ses présences, ses textes et ses votes restent modifiables. "
    "Quand tout est saisi et vérifié, clôturez-la : le registre la fige."
)


class CloturePanel(QGroupBox):
    """The buttons sit under the list of séances; `etat_label`, the sentence saying why
    the fields are locked, is placed by the tab above the form.

    Signals:
    etat_change(int, str): the séance was closed or re-opened (its id, a status message).
    approbation_changee(object): the SeanceData after the PV approval date was saved.
    """

    etat_change = Signal(int, str)
    approbation_changee = Signal(object)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__("Clôture de la séance", parent)
        self._services = services
        self._cloture = services.cloture
        self._seance: SeanceData | None = None
        self.etat: EtatClotureData | None = None
        self.lecture_seule = False
        #: Asked before closing or re-opening: unsaved input is saved or dropped first.
        self.avant_changement: Callable[[], bool] = lambda: True
        self.historique_dialog = None

        self.etat_label = StatusLabel()
        self.cloturer_button = QPushButton("Clôturer la séance…")
        self.rouvrir_button = QPushButton("Rouvrir la séance…")
        self.historique_button = QPushButton("&Historique des modifications…")
        self.approbation_check = QCheckBox("Procès-verbal approuvé le")
        self.approbation_date = QDateEdit()
        self.approbation = DateFacultative(self.approbation_check, self.approbation_date)
        self.approbation_button = QPushButton("Enregistrer")
        self.approbation_check.setToolTip(
            "Le procès-verbal est approuvé lors d'une séance suivante ; cette date reste "
            "modifiable après la clôture."
        )
        boutons = QHBoxLayout()
        boutons.addWidget(self.cloturer_button)
        boutons.addWidget(self.rouvrir_button)
        boutons.addStretch()
        boutons.addWidget(self.historique_button)
        self._approbation_ligne = QWidget()
        pv = QHBoxLayout(self._approbation_ligne)
        pv.setContentsMargins(0, 0, 0, 0)
        pv.addWidget(self.approbation_check)
        pv.addWidget(self.approbation_date)
        pv.addWidget(self.approbation_button)
        pv.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(boutons)
        layout.addWidget(self._approbation_ligne)

        self.cloturer_button.clicked.connect(self.cloturer)
        self.rouvrir_button.clicked.connect(self.rouvrir)
        self.historique_button.clicked.connect(self.montrer_historique)
        self.approbation_button.clicked.connect(self.enregistrer_approbation)
        self.setVisible(False)

    def set_seance(self, seance: SeanceData | None) -> None:
        """Show the state of a saved séance; a new one (not saved yet) has no panel."""
        self._seance = seance if seance is not None and seance.id is not None else None
        self.setVisible(self._seance is not None)
        self.etat_label.setVisible(self._seance is not None)
        if self._seance is None:
            self.etat = None
            return
        self.actualiser()

    def actualiser(self) -> None:
        if self._seance is None:
            return
        etat = self.etat = self._cloture.etat(self._seance.id)
        if etat.cloturee:
            self.etat_label.set_neutre(etat.raison_lecture_seule or "")
        else:
            texte = EN_COURS
            if etat.reouvertures:
                r = etat.reouvertures[-1]
                texte += (
                    f" Elle a été rouverte le {r.horodatage:%d/%m/%Y à %H:%M} par "
                    f"{r.utilisateur} (motif : {r.motif})."
                )
            self.etat_label.set_neutre(texte)
        self.cloturer_button.setVisible(not etat.cloturee)
        self.rouvrir_button.setVisible(etat.cloturee)
        modifiable = not self.lecture_seule
        for widget in (self.cloturer_button, self.rouvrir_button, self._approbation_ligne):
            widget.setEnabled(modifiable)
        self.approbation.definir(etat.date_approbation_pv, date.today())

    # --- actions ---------------------------------------------------------------
    def cloturer(self) -> bool:
        seance = self._seance
        if seance is None or not self.avant_changement():
            return False
        manquants = actions.tenter(self, lambda: self._cloture.manquants(seance.id))
        if not manquants.ok:
            return False
        if manquants.valeur:
            liste = "\n".join(f"– {m}" for m in manquants.valeur)
            messages.show_error(
                self,
                f"La {seance.libelle.lower()} ne peut pas encore être clôturée. Il manque :\n"
                f"{liste}\n\nComplétez ces éléments (onglets Séances, Présences et Votes), "
                "puis cliquez de nouveau sur « Clôturer la séance… ».",
                "Clôture impossible",
            )
            return False
        if not messages.confirm(
            self,
            f"Clôturer la {seance.libelle.lower()} ?\n\nSes présences, ses textes et ses votes "
            f"ne pourront plus être modifiés. Resteront modifiables {MODIFIABLE_APRES_CLOTURE}."
            "\n\nEn cas d'erreur, il faudra rouvrir la séance en indiquant un motif, qui sera "
            "conservé dans le registre.",
            "Clôturer la séance",
        ):
            return False
        result = actions.tenter(
            self, lambda: self._cloture.cloturer(seance.id), "Clôture impossible"
        )
        if result.ok:
            self.etat_change.emit(seance.id, f"{seance.libelle} clôturée.")
        return result.ok

    def rouvrir(self) -> bool:
        seance = self._seance
        if seance is None or not self.avant_changement():
            return False
        motif = messages.ask_text(
            self,
            "Rouvrir la séance",
            f"Pourquoi rouvrir la {seance.libelle.lower()} ?\nLe motif est obligatoire : il est "
            "conservé dans le registre avec votre nom, la date et l'heure.",
        )
        if motif is None:
            return False
        result = actions.tenter(
            self, lambda: self._cloture.rouvrir(seance.id, motif), "Réouverture refusée"
        )
        if result.ok:
            self.etat_change.emit(
                seance.id,
                f"{seance.libelle} rouverte : corrigez-la, puis clôturez-la de nouveau.",
            )
        return result.ok

    def enregistrer_approbation(self) -> bool:
        seance = self._seance
        if seance is None:
            return False
        jour = self.approbation.valeur()
        result = actions.tenter(
            self, lambda: self._cloture.enregistrer_approbation_pv(seance.id, jour)
        )
        if not result.ok:
            self.actualiser()  # back to the stored date
            return False
        self.actualiser()
        self.approbation_changee.emit(result.valeur)
        return True

    def montrer_historique(self) -> None:
        from mairie_app.gui.dialogs.historique_dialog import HistoriqueDialog

        if self._seance is None:
            return
        dialog = HistoriqueDialog(self._services.historique, self._seance, self.window())
        self.historique_dialog = dialog
        dialog.open()
