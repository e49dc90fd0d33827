"""Arrow keys open the list of a combo instead of changing its value at once.

For a combo whose every change is saved (the holder of a proxy), walking through
the values with the arrows would store, and maybe refuse, each one on the way.
With this filter the arrows open the list; Enter picks, Escape leaves it as it was.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox

_FLECHES = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)


class FlechesOuvrentListe(QObject):
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (
            isinstance(obj, QComboBox)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _FLECHES
            and not event.modifiers() & Qt.KeyboardModifier.AltModifier
        ):
            obj.showPopup()
            return True
        return False


def installer(combo: QComboBox) -> None:
    combo.installEventFilter(FlechesOuvrentListe(combo))
