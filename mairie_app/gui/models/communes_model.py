"""Results of a search in the official list of communes."""

from __future__ import annotations

from PySide6.QtCore import Qt

from mairie_app.gui.models.base import ListeModel
from mairie_app.referentiels.communes import CommuneRef


class CommunesModel(ListeModel):
    COLONNES = ("Commune", "Code INSEE", "Département", "Population")

    def texte(self, ligne: CommuneRef, colonne: int) -> str:
        if colonne == 0:
            return ligne.nom if ligne.type == "COM" else f"{ligne.nom} ({ligne.libelle_type})"
        if colonne == 1:
            return ligne.code_insee
        if colonne == 2:
            return f"{ligne.departement_nom} ({ligne.departement_code})"
        return f"{ligne.population:,}".replace(",", "\u202f") if ligne.population else ""

    def infobulle(self, ligne: CommuneRef, colonne: int) -> str | None:
        postaux = ", ".join(ligne.codes_postaux)
        return f"{ligne.nom} : codes postaux {postaux}" if postaux else ligne.nom

    def alignement(self, colonne: int) -> Qt.AlignmentFlag | None:
        return Qt.AlignmentFlag.AlignRight if colonne == 3 else None
