"""The counters of a séance or of one item: who is there, who votes, is there a quorum."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QWidget

from mairie_app.domain.presences import Comptage
from mairie_app.gui.widgets.status_label import StatusLabel


class ComptagePanel(QGroupBox):
    """Five figures and the quorum sentence, refreshed after every change."""

    def __init__(self, titre: str, parent: QWidget | None = None) -> None:
        super().__init__(titre, parent)
        layout = QFormLayout(self)
        self.en_exercice = QLabel("–")
        self.presents = QLabel("–")
        self.representes = QLabel("–")
        self.ne_prennent_pas_part = QLabel("–")
        self.votants = QLabel("–")
        for label in (
            self.en_exercice,
            self.presents,
            self.representes,
            self.ne_prennent_pas_part,
            self.votants,
        ):
            label.setStyleSheet("font-weight: bold;")
        layout.addRow("En exercice :", self.en_exercice)
        layout.addRow("Présents :", self.presents)
        layout.addRow("Représentés (pouvoirs) :", self.representes)
        layout.addRow("Ne prennent pas part :", self.ne_prennent_pas_part)
        layout.addRow("Votants :", self.votants)
        self.quorum = StatusLabel(self)
        layout.addRow(self.quorum)

    def afficher(self, comptage: Comptage | None) -> None:
        if comptage is None:
            for label in (
                self.en_exercice,
                self.presents,
                self.representes,
                self.ne_prennent_pas_part,
                self.votants,
            ):
                label.setText("–")
            self.quorum.set_neutre("")
            return
        self.en_exercice.setText(str(comptage.en_exercice))
        self.presents.setText(str(comptage.presents))
        self.representes.setText(str(comptage.representes))
        self.ne_prennent_pas_part.setText(str(comptage.ne_prennent_pas_part))
        self.votants.setText(str(comptage.votants))
        if comptage.quorum_atteint:
            self.quorum.set_ok(comptage.message_quorum)
        else:
            self.quorum.set_erreur(comptage.message_quorum)
