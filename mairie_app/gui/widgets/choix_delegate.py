"""A drop-down list inside a table cell, for closed vocabularies (civilité, fonction, vote)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget


class ChoixDelegate(QStyledItemDelegate):
    """Edits a cell whose EditRole value is one of `choix` (label, value) pairs."""

    def __init__(self, choix: Sequence[tuple[str, Any]], parent=None) -> None:
        super().__init__(parent)
        self._choix = list(choix)

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        combo = QComboBox(parent)
        for libelle, valeur in self._choix:
            combo.addItem(libelle, valeur)
        # The choice is stored when the editor closes: Enter, Tab or a click elsewhere.
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        valeur = index.data(Qt.ItemDataRole.EditRole)
        position = next((i for i, (_, v) in enumerate(self._choix) if v == valeur), 0)
        editor.setCurrentIndex(position)

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
