"""Édition menu: Annuler, Rétablir, Couper, Copier, Coller on the field that has the focus.

Each text field keeps its own undo history (Qt gives one to every QLineEdit and
QPlainTextEdit); the menu only forwards to the focused one, and greys out what
it cannot do there.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QMenu, QPlainTextEdit, QWidget


def _cible(widget: QWidget | None) -> QLineEdit | QPlainTextEdit | None:
    if widget is None or not shiboken6.isValid(widget) or not widget.isEnabled():
        return None  # a disabled field (closed séance, read-only register) takes no paste
    if isinstance(widget, QComboBox) and widget.isEditable():
        return widget.lineEdit()
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        return widget
    return None


class EditionActions(QObject):
    """Builds the actions into `menu` and keeps them in step with the focused field.

    A QObject child of the window, so its connection to the application's focus
    signal ends with the window.
    """

    def __init__(self, menu: QMenu, parent: QWidget) -> None:
        super().__init__(parent)

        def action(texte: str, raccourci: QKeySequence.StandardKey, methode: str) -> QAction:
            a = QAction(texte, parent)
            a.setShortcut(QKeySequence(raccourci))
            a.triggered.connect(lambda: self._appeler(methode))
            menu.addAction(a)
            return a

        self.annuler = action("&Annuler la frappe", QKeySequence.StandardKey.Undo, "undo")
        self.retablir = action("&Rétablir", QKeySequence.StandardKey.Redo, "redo")
        menu.addSeparator()
        self.couper = action("Co&uper", QKeySequence.StandardKey.Cut, "cut")
        self.copier = action("&Copier", QKeySequence.StandardKey.Copy, "copy")
        self.coller = action("C&oller", QKeySequence.StandardKey.Paste, "paste")
        menu.addSeparator()
        self.tout = action("&Tout sélectionner", QKeySequence.StandardKey.SelectAll, "selectAll")
        self._suivi: QWidget | None = None
        menu.aboutToShow.connect(self.actualiser)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)
        self.actualiser()

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        # The menu grabs the focus while open: keep the last text field as the target.
        if _cible(new) is not None:
            self._suivi = new
        self.actualiser()

    def cible(self) -> QLineEdit | QPlainTextEdit | None:
        courant = _cible(QApplication.focusWidget())
        return courant or _cible(self._suivi)

    def actualiser(self) -> None:
        cible = self.cible()
        if isinstance(cible, QLineEdit):
            undo, redo = cible.isUndoAvailable(), cible.isRedoAvailable()
            lecture = cible.isReadOnly()
        elif isinstance(cible, QPlainTextEdit):
            undo, redo = cible.document().isUndoAvailable(), cible.document().isRedoAvailable()
            lecture = cible.isReadOnly()
        else:
            undo = redo = False
            lecture = True
        self.annuler.setEnabled(undo)
        self.retablir.setEnabled(redo)
        for a in (self.couper, self.coller):
            a.setEnabled(cible is not None and not lecture)
        for a in (self.copier, self.tout):
            a.setEnabled(cible is not None)

    def _appeler(self, methode: str) -> None:
        cible = self.cible()
        if cible is not None:
            getattr(cible, methode)()
        self.actualiser()
