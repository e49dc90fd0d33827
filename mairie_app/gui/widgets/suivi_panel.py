"""What happens to a deliberation after the séance: display, prefecture, acknowledgement.

These dates come days or weeks later and stay editable once the séance is
closed, so they have their own page and their own button in the Votes tab.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from mairie_app.gui.widgets import aide
from mairie_app.gui.widgets.dates import DateFacultative
from mairie_app.services.deliberation_service import DeliberationService
from mairie_app.services.dto import DeliberationData

AIDE_SUIVI = (
    "Ces dates suivent la séance : elles restent modifiables après la clôture. Une "
    "délibération devient exécutoire après sa publication ou son affichage et, pour les "
    "actes concernés, sa transmission en préfecture (art. L2131-1 du CGCT). L'accusé de "
    "réception du contrôle de légalité (@CTES) porte un identifiant : recopiez-le ici."
)


class SuiviPanel(QWidget):
    """Signals:
    modifie(): a date or the identifier changed (not saved yet).
    """

    modifie = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

        def date_facultative(texte: str) -> DateFacultative:
            return DateFacultative(QCheckBox(texte), QDateEdit())

        self.affichage = date_facultative("Affichée ou publiée le")
        self.transmission = date_facultative("Transmise en préfecture le")
        self.accuse = date_facultative("Accusé de réception du")
        self.identifiant_edit = QLineEdit()
        self.identifiant_edit.setMaxLength(120)
        self.identifiant_edit.setPlaceholderText("ex. 059-215901463-20240212-2024_1_1-DE")
        self.identifiant_edit.setAccessibleName("Identifiant de l'accusé de réception")
        self.enregistrer_button = QPushButton("Enregistrer le &suivi")
        form = QFormLayout()
        for champ in (self.affichage, self.transmission, self.accuse):
            champ.edit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            form.addRow(champ.case, champ.edit)
            champ.changed.connect(self.modifie.emit)
        form.addRow("Identifiant de l'accusé :", self.identifiant_edit)
        self.identifiant_edit.textChanged.connect(lambda _t: self.modifie.emit())
        bouton = QHBoxLayout()
        bouton.addStretch()
        bouton.addWidget(self.enregistrer_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(aide.hint(AIDE_SUIVI))
        layout.addLayout(bouton)
        layout.addStretch()

    def definir(self, d: DeliberationData | None) -> None:
        """Show the stored dates (today's date is proposed when a box is ticked)."""
        defaut = date.today()
        self.affichage.definir(d.date_affichage if d else None, defaut)
        self.transmission.definir(d.date_transmission if d else None, defaut)
        self.accuse.definir(d.date_accuse_reception if d else None, defaut)
        self.identifiant_edit.setText(d.identifiant_accuse if d else "")

    def enregistrer(self, service: DeliberationService, deliberation_id: int) -> DeliberationData:
        """Store the dates; a refusal (date before the séance) raises the service's error."""
        return service.enregistrer_suivi(
            deliberation_id,
            self.affichage.valeur(),
            self.transmission.valeur(),
            self.accuse.valeur(),
            self.identifiant_edit.text(),
        )
