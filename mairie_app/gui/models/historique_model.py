"""The change history of a séance, newest first: who changed what, when, from what to what."""

from __future__ import annotations

import re

from mairie_app.db.history import CREATION, SUPPRESSION
from mairie_app.domain.types import EtatSeance, ModeScrutin, Resultat, Statut
from mairie_app.gui.models.base import ListeModel
from mairie_app.services.dto_registre import HistoriqueData

LONGUEUR_MAX = 90
# The register stores codes ("absent_excuse"); she reads words ("Absent excusé").
_MOTS = {
    **{s.value: s.libelle for s in Statut},
    **{m.value: m.libelle for m in ModeScrutin},
    **{r.value: r.libelle for r in Resultat},
    EtatSeance.BROUILLON.value: "en cours",
    EtatSeance.CLOTUREE.value: "clôturée",
}
_CHAMPS_CODES = {"statut", "mode_scrutin", "resultat", "etat"}
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)?$")


def _date_francaise(texte: str) -> str:
    """ "2024-02-14" → "14/02/2024", "2024-02-14T18:30:05" → "14/02/2024 18:30"."""
    trouve = _ISO.match(texte)
    if trouve is None:
        return texte
    a, m, j, h, mn = trouve.groups()
    return f"{j}/{m}/{a}" + (f" {h}:{mn}" if h else "")


def _court(texte: str | None, champ: str | None = None) -> str:
    if texte is None or not texte.strip():
        return "(vide)"
    if champ in _CHAMPS_CODES:
        texte = _MOTS.get(texte, texte)
    texte = _date_francaise(texte.strip())
    texte = " ".join(texte.split())
    return texte if len(texte) <= LONGUEUR_MAX else texte[: LONGUEUR_MAX - 1].rstrip() + "…"


def modification(h: HistoriqueData) -> str:
    """ "statut : present → absent", "Création", "Suppression (était : …)"."""
    if h.action == CREATION:
        return f"Création : {_court(h.nouvelle_valeur)}" if h.nouvelle_valeur else "Création"
    if h.action == SUPPRESSION:
        return f"Suppression (était : {_court(h.ancienne_valeur)})"
    avant, apres = _court(h.ancienne_valeur, h.champ), _court(h.nouvelle_valeur, h.champ)
    return f"{h.libelle_champ} : {avant} → {apres}"


class HistoriqueModel(ListeModel):
    """Read-only: nothing in the history can be edited, here or anywhere."""

    COLONNES = ("Date et heure", "Utilisateur", "Objet", "Modification")

    def texte(self, ligne: HistoriqueData, colonne: int) -> str:
        return (
            f"{ligne.horodatage:%d/%m/%Y %H:%M:%S}",
            ligne.utilisateur or "inconnu",
            ligne.objet_libelle,
            modification(ligne),
        )[colonne]

    def infobulle(self, ligne: HistoriqueData, colonne: int) -> str | None:
        return ligne.description if colonne >= 2 else None
