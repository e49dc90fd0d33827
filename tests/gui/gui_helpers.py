"""Helpers of the window tests: click a row, pick in a combo, type in a cell, type accents.

They do what the secretary does with mouse and keyboard, so the tests go through
the same signals as she does.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QLineEdit, QWidget

from mairie_app.services.registre import Services


def ids_par_nom(services: Services) -> dict[str, int]:
    return {c.nom: c.id for c in services.conseil.conseillers()}


def cliquer_ligne(qtbot, vue: QAbstractItemView, row: int, column: int = 0) -> None:
    """Click a row of a table as she would, with the mouse."""
    index = vue.model().index(row, column)
    vue.scrollTo(index)
    rect = vue.visualRect(index)
    qtbot.mouseClick(vue.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def ligne_de(model, predicate) -> int:
    row = model.row_where(predicate)
    assert row >= 0
    return row


def choisir_dans(qtbot, combo: QComboBox, texte: str) -> None:
    """Open the list, move to the item whose text starts with `texte`, press Enter.

    The combo may show another value afterwards: the window puts back the stored
    value when the service refuses the choice."""
    index = next(i for i in range(combo.count()) if combo.itemText(i).startswith(texte))
    combo.setFocus()
    combo.showPopup()  # F4, Alt+Down or a click
    vue = combo.view()
    qtbot.waitUntil(vue.isVisible)
    vue.setCurrentIndex(vue.model().index(index, combo.modelColumn()))
    qtbot.keyClick(vue, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not vue.isVisible())


def taper_cellule(qtbot, vue: QAbstractItemView, row: int, column: int, texte: str) -> None:
    """Open the cell's editor, type, and press Enter as in a spreadsheet."""
    index = vue.model().index(row, column)
    vue.setCurrentIndex(index)  # with AllEditTriggers this already opens the editor
    if vue.state() != QAbstractItemView.State.EditingState:
        vue.edit(index)
    editeurs = [
        w
        for w in vue.viewport().findChildren(QWidget)
        if isinstance(w, QLineEdit | QComboBox) and w.isVisible()
    ]
    assert len(editeurs) == 1, "one editor should be open"
    editeur = editeurs[0]
    if isinstance(editeur, QComboBox):
        choisir_dans(qtbot, editeur, texte)
    else:
        taper(qtbot, editeur, texte)
    qtbot.keyClick(editeur, Qt.Key.Key_Return)
    # Qt commits on Enter through a queued call: let it run, as a human pause would.
    qtbot.waitUntil(lambda: vue.state() != QAbstractItemView.State.EditingState)
    qtbot.wait(1)


def taper(qtbot, champ: QWidget, texte: str) -> None:
    """Type text, accents included (QTest's keyClicks only knows ASCII)."""
    for c in texte:
        if c.isascii():
            qtbot.keyClicks(champ, c)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(champ, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, c))


def remplacer(qtbot, champ: QWidget, texte: str) -> None:
    """Select what the field holds and type over it."""
    champ.setFocus()
    qtbot.keyClick(champ, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    taper(qtbot, champ, texte)
