"""A checkable list of members: secretaries of the séance, members not taking part."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, Qt, Signal

from mairie_app.gui.models.base import RACINE, Index


class MembresCochesModel(QAbstractListModel):
    """Rows are (id, label); ticking one emits `coches_changes` with every ticked id.

    Signals:
        coches_changes(list): the ticked ids, in the list order, after a user change.
    """

    coches_changes = Signal(list)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._membres: list[tuple[int, str]] = []
        self._coches: set[int] = set()

    def definir(self, membres: list[tuple[int, str]], coches: set[int] | tuple[int, ...]) -> None:
        self.beginResetModel()
        self._membres = list(membres)
        ids = {i for i, _ in self._membres}
        self._coches = set(coches) & ids
        self.endResetModel()

    def coches(self) -> list[int]:
        return [i for i, _ in self._membres if i in self._coches]

    def rowCount(self, parent: Index = RACINE) -> int:
        return 0 if parent.isValid() else len(self._membres)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._membres)):
            return None
        ident, libelle = self._membres[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return libelle
        if role == Qt.ItemDataRole.CheckStateRole:
            return (
                Qt.CheckState.Checked if ident in self._coches else Qt.CheckState.Unchecked
            ).value
        if role == Qt.ItemDataRole.UserRole:
            return ident
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        ident = self._membres[index.row()][0]
        etat = value.value if isinstance(value, Qt.CheckState) else int(value)
        if etat == Qt.CheckState.Checked.value:
            self._coches.add(ident)
        else:
            self._coches.discard(ident)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.coches_changes.emit(self.coches())
        return True
