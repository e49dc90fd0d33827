"""Closing a séance, re-opening it, and correcting its acts afterwards.

Closing freezes what the council decided: attendance, secretaries, agenda,
texts and votes (mairie_app.db.garde enforces it at every flush). What happens
later stays open: display, transmission to the prefecture, its acknowledgement,
and the approval of the procès-verbal at a later séance.

A mistake in a closed act is not edited: the council votes a correcting
deliberation, which references the one it corrects (corrige_id). If the séance
is still open the correction joins it with the " BIS" reference; once it is
closed the correction can only be voted at a later séance, chosen by the caller.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mairie_app.db import models as m
from mairie_app.db.history import utilisateur
from mairie_app.domain.numerotation import identifiant_prefecture, reference, verifier_objet
from mairie_app.domain.presences import verifier_presences
from mairie_app.domain.types import EtatSeance, Statut
from mairie_app.domain.vote import verifier_vote
from mairie_app.errors import ValidationError
from mairie_app.services.base import ServiceBase
from mairie_app.services.convert import deliberation_data, presence
from mairie_app.services.dto import DeliberationData, SeanceData
from mairie_app.services.dto_registre import EtatClotureData, ReouvertureData
from mairie_app.services.votes import comptage_du_point, vote_enregistre

SUFFIXE_CORRECTION = " BIS"


class ClotureImpossible(ValidationError):
    """Closing refused; `manquants` lists every problem, one French sentence each."""

    def __init__(self, manquants: list[str]) -> None:
        lignes = "\n".join(f"– {x}" for x in manquants)
        super().__init__(f"La séance ne peut pas encore être clôturée :\n{lignes}", "cloture")
        self.manquants = tuple(manquants)


class ClotureService(ServiceBase):
    """The "Clôturer la séance" and "Rouvrir la séance" actions, and corrections."""

    def etat(self, seance_id: int) -> EtatClotureData:
        with self._transaction() as s:
            row = self._get(s, m.Seance, seance_id, "Séance")
            return EtatClotureData(
                seance_id=row.id,
                cloturee=row.etat is EtatSeance.CLOTUREE,
                date_cloture=row.date_cloture,
                cloturee_par=row.cloturee_par,
                date_approbation_pv=row.date_approbation_pv,
                manquants=tuple(self._manquants(s, row)),
                reouvertures=tuple(self._reouvertures(s, row.id)),
            )

    def manquants(self, seance_id: int) -> list[str]:
        """What still prevents closing, one line per problem; empty when it can be closed."""
        with self._transaction() as s:
            return self._manquants(s, self._get(s, m.Seance, seance_id, "Séance"))

    def cloturer(self, seance_id: int) -> SeanceData:
        with self._transaction() as s:
            row = self._get(s, m.Seance, seance_id, "Séance")
            if row.etat is EtatSeance.CLOTUREE:
                raise ValidationError(f"Séance du {row.date:%d/%m/%Y} : elle est déjà clôturée.")
            manquants = self._manquants(s, row)
            if manquants:
                raise ClotureImpossible(manquants)
            row.etat = EtatSeance.CLOTUREE
            row.date_cloture = datetime.now().replace(microsecond=0)
            row.cloturee_par = utilisateur()
            s.flush()
            return self._seance_data(s, row)

    def rouvrir(self, seance_id: int, motif: str) -> SeanceData:
        """Re-open a closed séance; the motive, the user and the time are kept for good."""
        motif = motif.strip()
        if not motif:
            raise ValidationError(
                "Motif : indiquez pourquoi la séance est rouverte (il sera conservé).", "motif"
            )
        with self._transaction() as s:
            row = self._get(s, m.Seance, seance_id, "Séance")
            if row.etat is not EtatSeance.CLOTUREE:
                raise ValidationError(f"Séance du {row.date:%d/%m/%Y} : elle n'est pas clôturée.")
            s.add(
                m.Reouverture(
                    seance_id=row.id,
                    horodatage=datetime.now().replace(microsecond=0),
                    utilisateur=utilisateur(),
                    motif=motif,
                    date_cloture_annulee=row.date_cloture,
                    cloturee_par_annule=row.cloturee_par,
                )
            )
            row.etat = EtatSeance.BROUILLON
            row.date_cloture = None
            row.cloturee_par = None
            s.flush()
            return self._seance_data(s, row)

    def reouvertures(self, seance_id: int) -> list[ReouvertureData]:
        with self._transaction() as s:
            return self._reouvertures(s, seance_id)

    def enregistrer_approbation_pv(self, seance_id: int, jour: date | None) -> SeanceData:
        """The date the procès-verbal was approved, at a later séance; allowed once closed."""
        with self._transaction() as s:
            row = self._get(s, m.Seance, seance_id, "Séance")
            if jour is not None and jour <= row.date:
                raise ValidationError(
                    "Date d'approbation du procès-verbal : il est approuvé lors d'une séance "
                    f"suivante, donc après le {row.date:%d/%m/%Y}.",
                    "date_approbation_pv",
                )
            row.date_approbation_pv = jour
            s.flush()
            return self._seance_data(s, row)

    def corriger(self, deliberation_id: int, seance_id: int | None = None) -> DeliberationData:
        """Create the correcting deliberation, texts copied, linked by corrige_id.

        seance_id is the séance where the correction is voted: by default the
        corrected act's own séance, which must then still be open; a closed act
        is corrected at a later, open séance.
        """
        with self._transaction() as s:
            orig = self._get(s, m.Deliberation, deliberation_id, "Délibération")
            source = orig.seance
            cible = source if seance_id is None else self._get(s, m.Seance, seance_id, "Séance")
            if cible.etat is EtatSeance.CLOTUREE:
                if cible is source:
                    raise ValidationError(
                        f"La séance du {source.date:%d/%m/%Y} est clôturée : la délibération "
                        "rectificative se vote lors d'une séance ultérieure. Choisissez-la.",
                        "seance_id",
                    )
                self._exiger_brouillon(cible)
            if cible is not source and (cible.date, cible.heure) <= (source.date, source.heure):
                raise ValidationError(
                    "Séance de la correction : elle doit suivre celle du "
                    f"{source.date:%d/%m/%Y}, où la délibération corrigée a été votée.",
                    "seance_id",
                )
            ordre = len(cible.deliberations) + 1
            rapporteurs = {c.id for c in self._conseillers_en_exercice(s, cible.date)}
            row = m.Deliberation(
                ordre=ordre,
                reference=self._reference_corrective(s, orig.reference, cible, ordre),
                objet=_objet_correctif(orig.reference, orig.objet),
                matiere_code=orig.matiere_code,
                rapporteur_id=orig.rapporteur_id if orig.rapporteur_id in rapporteurs else None,
                preambule=orig.preambule,
                visas=f"Vu la délibération n° {orig.reference} du {source.date:%d/%m/%Y} ;\n"
                + orig.visas,
                considerants=orig.considerants,
                dispositif=orig.dispositif,
                annexes=orig.annexes,
                corrige_id=orig.id,
            )
            cible.deliberations.append(row)
            s.flush()
            return deliberation_data(row)

    def corrections(self, deliberation_id: int) -> list[DeliberationData]:
        """The deliberations that correct this one, oldest first."""
        with self._transaction() as s:
            rows = s.scalars(
                select(m.Deliberation)
                .where(m.Deliberation.corrige_id == deliberation_id)
                .order_by(m.Deliberation.id)
            )
            return [deliberation_data(r) for r in rows]

    # --- helpers -----------------------------------------------------------
    def _reference_corrective(self, s: Session, ref: str, cible: m.Seance, ordre: int) -> str:
        """ "2024 / 1 / 1 BIS" if @CTES accepts it and it is free, else the next number."""
        bis = ref + SUFFIXE_CORRECTION
        try:
            identifiant_prefecture(bis)
        except ValidationError:
            pass
        else:
            if not self._reference_prise(s, bis):
                return bis
        return reference(self._commune(s).format_reference, cible.annee, cible.numero, ordre)

    @staticmethod
    def _reference_prise(s: Session, ref: str) -> bool:
        n = s.scalar(
            select(func.count()).select_from(m.Deliberation).where(m.Deliberation.reference == ref)
        )
        return bool(n)

    @staticmethod
    def _reouvertures(s: Session, seance_id: int) -> list[ReouvertureData]:
        rows = s.scalars(
            select(m.Reouverture)
            .where(m.Reouverture.seance_id == seance_id)
            .order_by(m.Reouverture.id)
        )
        return [
            ReouvertureData(
                id=r.id,
                seance_id=r.seance_id,
                horodatage=r.horodatage,
                utilisateur=r.utilisateur,
                motif=r.motif,
                date_cloture_annulee=r.date_cloture_annulee,
                cloturee_par_annule=r.cloturee_par_annule,
            )
            for r in rows
        ]

    def _manquants(self, s: Session, row: m.Seance) -> list[str]:
        manquants: list[str] = []
        if row.date_convocation is None:
            manquants.append("Date de convocation non indiquée")
        if row.president_id is None:
            manquants.append("Président de séance non désigné")
        manquants += self._manquants_presences(s, row)
        if not row.deliberations:
            manquants.append("Aucun point à l'ordre du jour")
        presences = [presence(p) for p in row.presences]
        for d in row.deliberations:
            manquants += self._manquants_point(s, d, presences)
        return manquants

    def _manquants_presences(self, s: Session, row: m.Seance) -> list[str]:
        manquants = []
        conseillers = self._conseillers_en_exercice(s, row.date)
        if {c.id for c in conseillers} != {p.conseiller_id for p in row.presences}:
            manquants.append(
                f"Feuille de présence : elle ne correspond plus aux conseillers en exercice le "
                f"{row.date:%d/%m/%Y} ; enregistrez de nouveau la séance pour la mettre à jour"
            )
        noms = {c.id: f"{c.prenom} {c.nom}" for c in conseillers}
        try:
            verifier_presences(
                [presence(p) for p in row.presences], noms, len(row.deliberations) or None
            )
        except ValidationError as exc:
            manquants.append(f"Feuille de présence : {exc.message}")
        statuts = {p.conseiller_id: p.statut for p in row.presences}
        if not row.secretaires:
            manquants.append("Aucun secrétaire de séance")
        for sec in row.secretaires:
            if statuts.get(sec.conseiller_id) is not Statut.PRESENT:
                nom = noms.get(sec.conseiller_id, f"n° {sec.conseiller_id}")
                manquants.append(f"Secrétaire de séance : {nom} n'est pas présent")
        return manquants

    def _manquants_point(self, s: Session, d: m.Deliberation, presences: list) -> list[str]:
        nom = f"Point {d.ordre} « {_court(d.objet)} »"
        manquants = []
        comptage = comptage_du_point(d, presences, len(presences))
        if not comptage.quorum_atteint:
            manquants.append(f"Quorum non atteint au point {d.ordre}")
        if not d.vote_saisi:
            manquants.append(f"{nom} : vote non saisi")
        else:
            try:
                verifier_vote(vote_enregistre(d), comptage.votants)
            except ValidationError as exc:
                manquants.append(f"{nom} : vote incohérent avec les présences ({exc.message})")
        try:
            verifier_objet(d.objet)
        except ValidationError as exc:
            manquants.append(f"Point {d.ordre} : {exc.message}")
        if not d.matiere_code:
            manquants.append(f"{nom} : matière (nomenclature @CTES) manquante")
        if not d.dispositif.strip():
            manquants.append(f"{nom} : dispositif (le texte de la décision) vide")
        try:
            identifiant_prefecture(d.reference)
        except ValidationError as exc:
            manquants.append(f"{nom} : {exc.message}")
        doublons = s.scalar(
            select(func.count())
            .select_from(m.Deliberation)
            .where(m.Deliberation.reference == d.reference, m.Deliberation.id != d.id)
        )
        if doublons:
            manquants.append(f"{nom} : la référence « {d.reference} » est déjà utilisée")
        return manquants


def _court(texte: str, n: int = 60) -> str:
    return texte if len(texte) <= n else texte[: n - 1].rstrip() + "…"


def _objet_correctif(ref: str, objet: str) -> str:
    """The corrected act's objet, prefixed when @CTES's 499 characters allow it."""
    prefixe = f"Rectification de la délibération n° {ref} – "
    try:
        return verifier_objet(prefixe + objet)
    except ValidationError:
        return objet
