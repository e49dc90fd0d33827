"""The one place where a recorded vote meets the attendance: window, acts and imports agree."""

from __future__ import annotations

from collections.abc import Sequence

from mairie_app.db import models as m
from mairie_app.domain.presences import Comptage, Presence, compter
from mairie_app.domain.types import ModeScrutin
from mairie_app.domain.vote import Issue, Vote, issue_du_vote, verifier_vote
from mairie_app.errors import ValidationError


def comptage_du_point(
    delib: m.Deliberation, presences: Sequence[Presence], en_exercice: int
) -> Comptage:
    return compter(
        presences,
        en_exercice,
        delib.ordre,
        [n.conseiller_id for n in delib.non_participants],
        delib.seance.seconde_convocation,
    )


def vote_enregistre(delib: m.Deliberation) -> Vote:
    return Vote(
        mode=delib.mode_scrutin,
        pour=delib.pour,
        contre=delib.contre,
        abstentions=delib.abstentions,
        blancs=delib.blancs,
        nuls=delib.nuls,
        voix_president=delib.voix_president,
    )


def issue_enregistree(delib: m.Deliberation) -> Issue | None:
    return issue_du_vote(vote_enregistre(delib)) if delib.vote_saisi else None


def revoir_votes(seance: m.Seance, presences: Sequence[Presence], en_exercice: int) -> list[int]:
    """Clear the votes that the new attendance makes impossible, and say which."""
    a_revoir = []
    for delib in seance.deliberations:
        if not delib.vote_saisi:
            continue
        comptage = comptage_du_point(delib, presences, en_exercice)
        try:
            verifier_vote(vote_enregistre(delib), comptage.votants)
            if delib.mode_scrutin is ModeScrutin.NOMINATIF and set(
                v.conseiller_id for v in delib.votes_nominatifs
            ) != set(comptage.votants_ids):
                raise ValidationError("votants changés")
        except ValidationError:
            delib.vote_saisi = False
            delib.resultat = None
            a_revoir.append(delib.ordre)
    return a_revoir
