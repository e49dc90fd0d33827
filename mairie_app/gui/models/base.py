"""A read-only table model over a list of frozen DTOs, the shape every list of the window has.

Subclasses name their columns and say how one row shows in one column; the
model never queries anything, the tab hands it fresh DTOs after each action.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
#: The invalid index, parent of every row of a flat model (a shared default argument).
RACINE = QModelIndex()


class ListeModel(QAbstractTableModel):
    """Rows are DTOs; `texte` and `couleur` are the only things subclasses write."""

    COLONNES: tuple[str, ...] = ()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._lignes: list[Any] = []

    # --- content -----------------------------------------------------------
    def definir(self, lignes: Sequence[Any]) -> None:
        """Replace every row at once (the tab reloads from the service after each action)."""
        self.beginResetModel()
        self._lignes = list(lignes)
        self.endResetModel()

    def lignes(self) -> list[Any]:
        return list(self._lignes)

    def ligne(self, row: int) -> Any:
        return self._lignes[row]

    def row_where(self, predicate) -> int:
        """Row of the first DTO matching `predicate`, or -1."""
        return next((i for i, x in enumerate(self._lignes) if predicate(x)), -1)

    # --- what subclasses fill ------------------------------------------------
    def texte(self, ligne: Any, colonne: int) -> str:
        raise NotImplementedError

    def couleur(self, ligne: Any, colonne: int) -> str | None:
        """A foreground colour name (e.g. "#b71c1c"), or None."""
        return None

    def infobulle(self, ligne: Any, colonne: int) -> str | None:
        return None

    def alignement(self, colonne: int) -> Qt.AlignmentFlag | None:
        return None

    # --- Qt API --------------------------------------------------------------
    def rowCount(self, parent: Index = RACINE) -> int:
        return 0 if parent.isValid() else len(self._lignes)

    def columnCount(self, parent: Index = RACINE) -> int:
        return 0 if parent.isValid() else len(self.COLONNES)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.COLONNES):
            return self.COLONNES[section]
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._lignes):
            return str(section + 1)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._lignes)):
            return None
        ligne, colonne = self._lignes[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.texte(ligne, colonne)
        if role == Qt.ItemDataRole.ForegroundRole:
            from PySide6.QtGui import QBrush, QColor

            nom = self.couleur(ligne, colonne)
            return QBrush(QColor(nom)) if nom else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.infobulle(ligne, colonne)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            align = self.alignement(colonne)
            return int(align | Qt.AlignmentFlag.AlignVCenter) if align is not None else None
        if role == Qt.ItemDataRole.UserRole:
            return ligne
        return None
