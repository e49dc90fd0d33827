"""Find one's commune in the official list while typing its name or code.

The list of results sits under the search field rather than in a popup, so she
sees at once which "Saint-Martin" is which (département, population). Enter in
the field takes the only or first result; arrow Down goes into the list.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QTableView

from mairie_app.gui.models.communes_model import CommunesModel
from mairie_app.referentiels.communes import CommuneRef, search_communes

DELAI_MS = 150  # wait for a pause in typing: the list has 37,000 names


class CommuneSearch(QObject):
    """Drives a search field and its results table.

    Signals:
        choisie(object): a CommuneRef picked by Enter, a click or a double click.
    """

    choisie = Signal(object)

    def __init__(self, edit: QLineEdit, limite: int = 12) -> None:
        super().__init__(edit)
        self.edit = edit
        self.limite = limite
        edit.setProperty("garderEntree", True)  # Enter validates the search
        self.model = CommunesModel(self)
        self.vue = QTableView()
        self.vue.setModel(self.model)
        self.vue.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.vue.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.vue.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.vue.verticalHeader().hide()
        entete = self.vue.horizontalHeader()
        entete.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        entete.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the name
        self.vue.setMaximumHeight(170)
        self.vue.setAccessibleName("Communes trouvées")
        self.vue.hide()
        self._minuterie = QTimer(self)
        self._minuterie.setSingleShot(True)
        self._minuterie.setInterval(DELAI_MS)
        self._minuterie.timeout.connect(self.chercher)
        edit.textEdited.connect(lambda _t: self._minuterie.start())
        edit.installEventFilter(self)
        self.vue.installEventFilter(self)
        self.vue.activated.connect(self._on_vue_activated)
        self.vue.doubleClicked.connect(self._on_vue_activated)

    def chercher(self) -> list[CommuneRef]:
        """Run the search now (the timer calls it after a pause in typing)."""
        self._minuterie.stop()
        resultats = search_communes(self.edit.text(), self.limite)
        self.model.definir(resultats)
        self.vue.setVisible(bool(resultats))
        if resultats:
            self.vue.selectRow(0)
        return resultats

    def choisir(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            commune = self.model.ligne(row)
            self.vue.hide()
            self.choisie.emit(commune)

    def _on_edit_return(self) -> None:
        if self._minuterie.isActive() or not self.model.rowCount():
            self.chercher()
        if self.model.rowCount():
            current = self.vue.currentIndex()
            self.choisir(current.row() if current.isValid() else 0)

    def _on_vue_activated(self, index: QModelIndex) -> None:
        self.choisir(index.row())

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if obj is self.edit and event.key() == Qt.Key.Key_Down and self.vue.isVisible():
            self.vue.setFocus()
            return True
        if obj is self.edit and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # Taken here, so a dialog's default button (the assistant's "Suivant")
            # does not fire too: she sees the commune picked before going on.
            self._on_edit_return()
            return True
        if obj is self.vue and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.choisir(self.vue.currentIndex().row())
            return True
        return False
