"""The shapes every list and long form of the window share."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QFrame, QScrollArea, QTableView, QWidget


def vue_liste(model: QAbstractItemModel, nom: str) -> QTableView:
    """A read-only table where one clicks a whole row, as in every list of the window."""
    vue = QTableView()
    vue.setModel(model)
    vue.setAccessibleName(nom)
    vue.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    vue.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    vue.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    vue.verticalHeader().hide()
    vue.setWordWrap(False)
    return vue


def defiler(contenu: QWidget) -> QScrollArea:
    """A form that scrolls on a small screen instead of squeezing its fields."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(contenu)
    return scroll
