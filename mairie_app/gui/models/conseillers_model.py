"""The council in the ordre du tableau, reordered by drag and drop.

A drop does not move rows itself: it asks the tab (through `deplacer`) to move
the councillor in the service, and the tab reloads the list. The database
stays the only truth about ranks.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, Qt, QTimer

from mairie_app.gui.models.base import Index, ListeModel
from mairie_app.services.dto import ConseillerData

MIME = "application/x-mairie-conseiller"


class ConseillersModel(ListeModel):
    COLONNES = ("Rang", "Civilité", "Nom", "Prénom", "Fonction", "Début du mandat", "Fin")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.deplacer: Callable[[int, int], None] | None = None
        self.aujourdhui = date.today()

    def texte(self, ligne: ConseillerData, colonne: int) -> str:
        fin = f"{ligne.mandat_fin:%d/%m/%Y}" if ligne.mandat_fin else "en exercice"
        return (
            str(ligne.rang_tableau),
            ligne.civilite.value,
            ligne.nom,
            ligne.prenom,
            ligne.libelle_fonction,
            f"{ligne.mandat_debut:%d/%m/%Y}",
            fin,
        )[colonne]

    def couleur(self, ligne: ConseillerData, colonne: int) -> str | None:
        return None if ligne.en_exercice(self.aujourdhui) else "#757575"

    def infobulle(self, ligne: ConseillerData, colonne: int) -> str | None:
        if ligne.en_exercice(self.aujourdhui):
            return f"{ligne.designation}, {ligne.libelle_fonction.lower()}"
        return f"{ligne.designation} : ancien conseiller, il ne compte plus en exercice."

    def alignement(self, colonne: int) -> Qt.AlignmentFlag | None:
        return Qt.AlignmentFlag.AlignRight if colonne == 0 else None

    # --- drag and drop ---------------------------------------------------------
    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base | Qt.ItemFlag.ItemIsDropEnabled
        return base | Qt.ItemFlag.ItemIsDragEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows:
            data.setData(MIME, QByteArray(str(self._lignes[rows[0]].id).encode()))
        return data

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(MIME) or not self._lignes:
            return False
        ident = int(bytes(data.data(MIME).data()).decode())
        source = self.row_where(lambda c: c.id == ident)
        if source < 0:
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._lignes)
        cible = row - 1 if row > source else row  # the dragged row leaves its place first
        cible = max(0, min(cible, len(self._lignes) - 1))
        if cible == source or self.deplacer is None:
            return False
        rang = self._lignes[cible].rang_tableau
        deplacer = self.deplacer
        # After the drag has finished: reloading the model inside the drop would pull
        # the rows out from under the view that is still handling it.
        QTimer.singleShot(0, lambda: deplacer(ident, rang))
        return True
