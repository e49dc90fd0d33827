"""The roll-call grid: each votant of the item and how he voted.

A proxy holder votes twice, so a represented member has his own row, marked
with the name of the colleague who casts his vote.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import Qt, Signal

from mairie_app.domain.types import Choix
from mairie_app.gui.models.base import Index, ListeModel
from mairie_app.services.dto import ConseillerData

LIBELLES_CHOIX = {Choix.POUR: "Pour", Choix.CONTRE: "Contre", Choix.ABSTENTION: "Abstention"}


@dataclass(frozen=True)
class LigneVotant:
    conseiller: ConseillerData
    par: str = ""  # the proxy holder's name, for a represented member
    choix: Choix | None = None


class NominatifModel(ListeModel):
    """Editable in the "Vote" column (EditRole takes a Choix).

    Signals:
        choix_modifie: a choice changed (the form becomes "modifié").
    """

    COLONNES = ("Votant", "Vote")
    choix_modifie = Signal()

    def texte(self, ligne: LigneVotant, colonne: int) -> str:
        if colonne == 0:
            nom = ligne.conseiller.designation
            return f"{nom} (pouvoir, vote par {ligne.par})" if ligne.par else nom
        return LIBELLES_CHOIX[ligne.choix] if ligne.choix else "— à indiquer —"

    def couleur(self, ligne: LigneVotant, colonne: int) -> str | None:
        if colonne == 1 and ligne.choix is None:
            return "#b71c1c"
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == 1:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.EditRole and index.isValid() and index.column() == 1:
            return self._lignes[index.row()].choix
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() != 1:
            return False
        choix = value if isinstance(value, Choix) or value is None else Choix(value)
        self._lignes[index.row()] = replace(self._lignes[index.row()], choix=choix)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])
        self.choix_modifie.emit()
        return True

    def tous(self, choix: Choix) -> None:
        """One click for the usual case, then she changes the few who differ."""
        self._lignes = [replace(ligne, choix=choix) for ligne in self._lignes]
        if self._lignes:
            self.dataChanged.emit(self.index(0, 1), self.index(len(self._lignes) - 1, 1))
        self.choix_modifie.emit()

    def choix(self) -> dict[int, Choix]:
        return {
            ligne.conseiller.id: ligne.choix
            for ligne in self._lignes
            if ligne.choix is not None and ligne.conseiller.id is not None
        }
