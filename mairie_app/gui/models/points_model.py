"""The agenda of a séance: one row per item, which becomes one deliberation."""

from __future__ import annotations

from PySide6.QtCore import Qt

from mairie_app.domain.types import Resultat
from mairie_app.gui.models.base import ListeModel
from mairie_app.services.dto import PointData


def libelle_vote(point: PointData) -> str:
    if not point.vote_saisi or point.resultat is None:
        return "Vote à saisir"
    return point.resultat.libelle


class PointsModel(ListeModel):
    COLONNES = ("N°", "Objet", "Référence", "Vote")

    def texte(self, ligne: PointData, colonne: int) -> str:
        return (str(ligne.ordre), ligne.objet, ligne.reference, libelle_vote(ligne))[colonne]

    def couleur(self, ligne: PointData, colonne: int) -> str | None:
        if colonne != 3:
            return None
        if not ligne.vote_saisi:
            return "#8d6e00"
        return "#1b5e20" if ligne.resultat is Resultat.ADOPTEE else "#b71c1c"

    def infobulle(self, ligne: PointData, colonne: int) -> str | None:
        return ligne.objet

    def alignement(self, colonne: int) -> Qt.AlignmentFlag | None:
        return Qt.AlignmentFlag.AlignRight if colonne == 0 else None
