"""The council typed in the first-run assistant: a small editable table.

Rows are mutable drafts (not DTOs yet): she fills names in any order, leaves
blank rows, and only complete rows become councillors when she finishes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from mairie_app.domain.types import Civilite, Fonction
from mairie_app.gui.models.base import RACINE, Index, ListeModel

LIBELLES_FONCTION = {
    Fonction.MAIRE: "Maire",
    Fonction.ADJOINT: "Adjoint",
    Fonction.DELEGUE: "Conseiller délégué",
    Fonction.CONSEILLER: "Conseiller municipal",
}


@dataclass
class LigneTableau:
    civilite: Civilite = Civilite.MONSIEUR
    nom: str = ""
    prenom: str = ""
    fonction: Fonction = Fonction.CONSEILLER
    id: int | None = None  # set once saved, so a second try does not add him twice

    @property
    def vide(self) -> bool:
        return not self.nom.strip() and not self.prenom.strip()


class RosterModel(ListeModel):
    """The shared read-only list model, made editable cell by cell."""

    COLONNES = ("Civilité", "Nom", "Prénom", "Fonction")

    def __init__(self, lignes: int = 0, parent=None) -> None:
        super().__init__(parent)
        self._lignes = [LigneTableau() for _ in range(lignes)]

    def remplies(self) -> list[LigneTableau]:
        return [ligne for ligne in self._lignes if not ligne.vide]

    def texte(self, ligne: LigneTableau, colonne: int) -> str:
        return (
            ligne.civilite.value,
            ligne.nom,
            ligne.prenom,
            LIBELLES_FONCTION[ligne.fonction],
        )[colonne]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.EditRole and index.isValid():
            ligne = self._lignes[index.row()]
            return (ligne.civilite, ligne.nom, ligne.prenom, ligne.fonction)[index.column()]
        return super().data(index, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        ligne = self._lignes[index.row()]
        col = index.column()
        if col == 0:
            ligne.civilite = Civilite(value)
        elif col == 1:
            ligne.nom = str(value).strip().upper()
        elif col == 2:
            ligne.prenom = str(value).strip()
        else:
            ligne.fonction = Fonction(value)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])
        return True

    def insertRows(self, row: int, count: int, parent: Index = RACINE) -> bool:
        if parent.isValid() or count < 1 or not (0 <= row <= len(self._lignes)):
            return False
        self.beginInsertRows(QModelIndex(), row, row + count - 1)
        self._lignes[row:row] = [LigneTableau() for _ in range(count)]
        self.endInsertRows()
        return True

    def removeRows(self, row: int, count: int, parent: Index = RACINE) -> bool:
        if parent.isValid() or count < 1 or row < 0 or row + count > len(self._lignes):
            return False
        self.beginRemoveRows(QModelIndex(), row, row + count - 1)
        del self._lignes[row : row + count]
        self.endRemoveRows()
        return True
