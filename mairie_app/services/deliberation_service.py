"""Deliberations: their texts and their vote."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlalchemy import select

from mairie_app.db import models as m
from mairie_app.domain.numerotation import identifiant_prefecture, verifier_objet
from mairie_app.domain.presences import Comptage, compter
from mairie_app.domain.types import ModeScrutin
from mairie_app.domain.vote import Issue, Vote, compter_nominatif, verifier_mode, verifier_vote
from mairie_app.errors import ValidationError
from mairie_app.referentiels.matieres import get_matiere
from mairie_app.services.base import ServiceBase
from mairie_app.services.convert import deliberation_data, presence
from mairie_app.services.dto import DeliberationData, SaisieVote, TextesDeliberation
from mairie_app.services.votes import comptage_du_point, issue_enregistree


class DeliberationService(ServiceBase):
    """Every action of the Votes tab."""

    def deliberation(self, deliberation_id: int) -> DeliberationData:
        with self._transaction() as s:
            return deliberation_data(self._get(s, m.Deliberation, deliberation_id, "Délibération"))

    def deliberations(self, seance_id: int) -> list[DeliberationData]:
        with self._transaction() as s:
            row = self._get(s, m.Seance, seance_id, "Séance")
            return [deliberation_data(d) for d in row.deliberations]

    def enregistrer_textes(
        self, deliberation_id: int, textes: TextesDeliberation
    ) -> DeliberationData:
        textes = self._valider_textes(textes)
        with self._transaction() as s:
            row = self._get(s, m.Deliberation, deliberation_id, "Délibération")
            self._exiger_brouillon(row.seance)
            doublon = s.scalars(
                select(m.Deliberation).where(
                    m.Deliberation.reference == textes.reference, m.Deliberation.id != row.id
                )
            ).first()
            if doublon is not None:
                raise ValidationError(
                    f"Référence : « {textes.reference} » est déjà celle de la délibération "
                    f"« {doublon.objet} ».",
                    "reference",
                )
            if textes.rapporteur_id is not None:
                self._get(s, m.Conseiller, textes.rapporteur_id, "Rapporteur")
            for name in (
                "reference", "objet", "matiere_code", "rapporteur_id", "preambule", "visas",
                "considerants", "dispositif", "annexes", "debats",
            ):  # fmt: skip
                setattr(row, name, getattr(textes, name))
            return deliberation_data(row)

    @staticmethod
    def _valider_textes(textes: TextesDeliberation) -> TextesDeliberation:
        ref = textes.reference.strip()
        if not ref:
            raise ValidationError("Référence : elle est obligatoire.", "reference")
        identifiant_prefecture(ref)
        code = textes.matiere_code.strip()
        if code and get_matiere(code) is None:
            raise ValidationError(
                f"Matière : « {code} » n'est pas un code de la nomenclature ACTES (ex. 7.1).",
                "matiere_code",
            )
        return replace(textes, reference=ref, objet=verifier_objet(textes.objet), matiere_code=code)

    def comptage(
        self, deliberation_id: int, ne_prennent_pas_part: tuple[int, ...] | None = None
    ) -> Comptage:
        """Counters of the item, optionally with a different list of members withdrawing."""
        with self._transaction() as s:
            row = self._get(s, m.Deliberation, deliberation_id, "Délibération")
            presences = [presence(p) for p in row.seance.presences]
            if ne_prennent_pas_part is None:
                return comptage_du_point(row, presences, len(presences))
            return compter(
                presences,
                len(presences),
                row.ordre,
                ne_prennent_pas_part,
                row.seance.seconde_convocation,
            )

    def enregistrer_vote(self, deliberation_id: int, saisie: SaisieVote) -> DeliberationData:
        """Check the vote against the law and the attendance, then store it with its result."""
        with self._transaction() as s:
            row = self._get(s, m.Deliberation, deliberation_id, "Délibération")
            self._exiger_brouillon(row.seance)
            presents = {p.conseiller_id for p in row.seance.presences}
            for cid in saisie.non_participant_ids:
                if cid not in presents:
                    raise ValidationError(
                        "Ne prend pas part au vote : ce conseiller n'est pas en exercice.",
                        "non_participants",
                    )
            row.non_participants = [
                m.NonParticipant(conseiller_id=c) for c in dict.fromkeys(saisie.non_participant_ids)
            ]
            s.flush()
            comptage = self._comptage(row)
            if not comptage.quorum_atteint:
                raise ValidationError(f"Point {row.ordre} : {comptage.message_quorum}", "quorum")
            for label, n in (
                ("secret", saisie.demandes_secret),
                ("public", saisie.demandes_public),
            ):
                if n < 0 or n > comptage.presents:
                    raise ValidationError(
                        f"Demandes de scrutin {label} : entre 0 et {comptage.presents} présents.",
                        f"demandes_{label}",
                    )
            verifier_mode(
                saisie.mode, comptage.presents, saisie.demandes_secret, saisie.demandes_public
            )
            vote = self._vote(saisie, comptage, row.seance.president_id)
            verifier_vote(vote, comptage.votants)
            row.mode_scrutin = saisie.mode
            row.demandes_secret = saisie.demandes_secret
            row.demandes_public = saisie.demandes_public
            for name in ("pour", "contre", "abstentions", "blancs", "nuls", "voix_president"):
                setattr(row, name, getattr(vote, name))
            row.votes_nominatifs = (
                [
                    m.VoteNominatif(conseiller_id=c, choix=v)
                    for c, v in saisie.choix_nominatifs.items()
                ]
                if saisie.mode is ModeScrutin.NOMINATIF
                else []
            )
            row.vote_saisi = True
            row.resultat = issue_enregistree(row).resultat
            s.flush()
            return deliberation_data(row)

    def effacer_vote(self, deliberation_id: int) -> DeliberationData:
        with self._transaction() as s:
            row = self._get(s, m.Deliberation, deliberation_id, "Délibération")
            self._exiger_brouillon(row.seance)
            row.vote_saisi = False
            row.resultat = None
            row.votes_nominatifs = []
            return deliberation_data(row)

    def issue(self, deliberation_id: int) -> Issue | None:
        with self._transaction() as s:
            return issue_enregistree(self._get(s, m.Deliberation, deliberation_id, "Délibération"))

    def enregistrer_suivi(
        self,
        deliberation_id: int,
        date_affichage: date | None,
        date_transmission: date | None,
        date_accuse_reception: date | None,
        identifiant_accuse: str = "",
    ) -> DeliberationData:
        """Dates that come after the séance; allowed even once it is closed."""
        with self._transaction() as s:
            row = self._get(s, m.Deliberation, deliberation_id, "Délibération")
            seance_date = row.seance.date
            for label, d in (
                ("Date d'affichage ou de publication", date_affichage),
                ("Date de transmission en préfecture", date_transmission),
                ("Date de l'accusé de réception", date_accuse_reception),
            ):
                if d is not None and d < seance_date:
                    raise ValidationError(f"{label} : elle ne peut précéder la séance.")
            if (
                date_accuse_reception
                and date_transmission
                and date_accuse_reception < date_transmission
            ):
                raise ValidationError(
                    "Date de l'accusé de réception : elle ne peut précéder la transmission."
                )
            row.date_affichage = date_affichage
            row.date_transmission = date_transmission
            row.date_accuse_reception = date_accuse_reception
            row.identifiant_accuse = identifiant_accuse.strip()
            return deliberation_data(row)

    @staticmethod
    def _comptage(row: m.Deliberation) -> Comptage:
        presences = [presence(p) for p in row.seance.presences]
        return comptage_du_point(row, presences, len(presences))

    @staticmethod
    def _vote(saisie: SaisieVote, comptage: Comptage, president_id: int | None) -> Vote:
        if saisie.mode is ModeScrutin.NOMINATIF:
            return compter_nominatif(saisie.choix_nominatifs, comptage.votants_ids, president_id)
        return Vote(
            mode=saisie.mode,
            pour=saisie.pour,
            contre=saisie.contre,
            abstentions=saisie.abstentions,
            blancs=saisie.blancs if saisie.mode is ModeScrutin.SECRET else 0,
            nuls=saisie.nuls if saisie.mode is ModeScrutin.SECRET else 0,
            voix_president=saisie.voix_president if saisie.mode is ModeScrutin.MAIN_LEVEE else None,
        )
