"""Enter moves to the next field, as on the paper forms she is used to.

Typists coming from other office software press Enter after each field. In a
Qt form that would do nothing (or trigger a default button), so an event filter
turns Enter into Tab for one-line fields. Multi-line texts keep Enter for new
paragraphs, and buttons keep it to be pressed.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QRadioButton,
    QWidget,
)

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_CHAMPS = (QLineEdit, QAbstractSpinBox, QComboBox, QCheckBox, QRadioButton)


class EnterMovesFocus(QObject):
    """Event filter: Enter in a one-line field behaves as Tab."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(obj, QWidget):
            return False
        key_event = event if isinstance(event, QKeyEvent) else None
        if key_event is None or key_event.key() not in _ENTER:
            return False
        if key_event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        combo = _combo_parent(obj)
        if combo is not None and combo.view().isVisible():
            return False  # Enter picks the item of an open list
        tab = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(obj, tab)
        return True


def _combo_parent(obj: QObject) -> QComboBox | None:
    if isinstance(obj, QComboBox):
        return obj
    parent = obj.parent()
    return parent if isinstance(parent, QComboBox) else None


def installer(racine: QWidget, filtre: EnterMovesFocus | None = None) -> EnterMovesFocus:
    """Install the filter on every one-line field under `racine`; returns the filter.

    The filter is parented to `racine`, so it lives exactly as long as the form.
    """
    filtre = filtre or EnterMovesFocus(racine)
    for widget in racine.findChildren(QWidget):
        if isinstance(widget, _CHAMPS) and not _dans_recherche(widget):
            widget.installEventFilter(filtre)
    return filtre


def _dans_recherche(widget: QWidget) -> bool:
    """Search boxes keep Enter: it validates the search."""
    return bool(widget.property("garderEntree"))
