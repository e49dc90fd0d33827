"""The list of séances of the Séances tab."""

from __future__ import annotations

from PySide6.QtCore import Qt

from mairie_app.domain.types import EtatSeance, NatureSeance
from mairie_app.gui.models.base import ListeModel
from mairie_app.services.dto import SeanceData, SeanceResume


class SeancesModel(ListeModel):
    COLONNES = ("N°", "Date", "Heure", "Nature", "Points", "État")

    def texte(self, ligne: SeanceResume, colonne: int) -> str:
        return (
            str(ligne.numero),
            f"{ligne.date:%d/%m/%Y}",
            f"{ligne.heure:%H:%M}",
            "Extraordinaire" if ligne.nature is NatureSeance.EXTRAORDINAIRE else "Ordinaire",
            str(ligne.nb_points),
            "Clôturée" if ligne.etat is EtatSeance.CLOTUREE else "En cours",
        )[colonne]

    def infobulle(self, ligne: SeanceResume, colonne: int) -> str | None:
        return ligne.objets or "Aucun point à l'ordre du jour"

    def alignement(self, colonne: int) -> Qt.AlignmentFlag | None:
        return Qt.AlignmentFlag.AlignRight if colonne in (0, 4) else None


def resume_a_jour(resume: SeanceResume, seance: SeanceData) -> bool:
    """Whether the list's line still tells the truth about the séance just read."""
    return (
        resume.etat == seance.etat
        and resume.date == seance.date
        and resume.heure == seance.heure
        and resume.nature == seance.nature
        and resume.nb_points == len(seance.points)
        and resume.objets == " · ".join(p.objet for p in seance.points)
    )
