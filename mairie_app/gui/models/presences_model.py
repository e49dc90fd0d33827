"""The attendance sheet: one row per councillor in office on the day of the séance."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from mairie_app.domain.presences import Presence
from mairie_app.domain.types import Statut
from mairie_app.gui.models.base import ListeModel
from mairie_app.services.dto import ConseillerData


@dataclass(frozen=True)
class LignePresence:
    """A councillor and his line of the sheet, with the names the row prints."""

    conseiller: ConseillerData
    presence: Presence
    pouvoir_a: str = ""
    pouvoir_de: str = ""


def lignes_presence(
    presences: tuple[Presence, ...], conseillers: Mapping[int, ConseillerData]
) -> list[LignePresence]:
    """Join the séance's lines with the councillors, keeping the ordre du tableau."""
    donneurs = {p.pouvoir_a: p.conseiller_id for p in presences if p.pouvoir_a is not None}
    lignes = []
    for p in presences:
        c = conseillers.get(p.conseiller_id)
        if c is None:
            continue
        titulaire = conseillers.get(p.pouvoir_a) if p.pouvoir_a else None
        donneur = (
            conseillers.get(donneurs[p.conseiller_id]) if p.conseiller_id in donneurs else None
        )
        lignes.append(
            LignePresence(
                c,
                p,
                titulaire.nom_tableau if titulaire else "",
                donneur.nom_tableau if donneur else "",
            )
        )
    return lignes


_COULEURS = {Statut.PRESENT: None, Statut.EXCUSE: "#8d4a00", Statut.ABSENT: "#b71c1c"}


class PresencesModel(ListeModel):
    COLONNES = (
        "Conseiller",
        "Statut",
        "Pouvoir donné à",
        "Pouvoir reçu de",
        "Arrivée",
        "Départ",
    )

    def texte(self, ligne: LignePresence, colonne: int) -> str:
        p = ligne.presence
        return (
            ligne.conseiller.designation,
            p.statut.libelle,
            ligne.pouvoir_a,
            ligne.pouvoir_de,
            f"avant le point {p.arrivee_ordre}" if p.arrivee_ordre else "",
            f"avant le point {p.depart_ordre}" if p.depart_ordre else "",
        )[colonne]

    def couleur(self, ligne: LignePresence, colonne: int) -> str | None:
        return _COULEURS[ligne.presence.statut] if colonne in (0, 1) else None
