"""The sentence the Séances form shows when the convocation delay is respected."""

from __future__ import annotations

from mairie_app.domain.effectif import SEUIL_3500, delai_convocation, jours_francs
from mairie_app.services.dto import SeanceData


def delai_respecte(population: int, data: SeanceData) -> str:
    """ "Délai de convocation respecté : 6 jours francs … (3 au moins, moins de 3 500 …)"."""
    assert data.date_convocation is not None
    requis = delai_convocation(population, data.urgence)
    francs = jours_francs(data.date_convocation, data.date)
    if data.urgence:
        motif = "urgence"
    elif population >= SEUIL_3500:
        motif = "à partir de 3 500 habitants"
    else:
        motif = "moins de 3 500 habitants"
    return (
        f"Délai de convocation respecté : {francs} jours francs entre l'envoi et la "
        f"séance ({requis} au moins, {motif})."
    )
