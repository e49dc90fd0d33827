"""Séances: convocation, agenda, attendance, proxies and secretaries."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mairie_app.db import models as m
from mairie_app.domain.effectif import verifier_convocation, verifier_seconde_convocation
from mairie_app.domain.numerotation import reference, verifier_objet
from mairie_app.domain.presences import (
    Comptage,
    Presence,
    alerte_pouvoirs_consecutifs,
    compter,
    verifier_presences,
)
from mairie_app.domain.texte import plier
from mairie_app.domain.types import Fonction, Statut
from mairie_app.errors import ValidationError
from mairie_app.services.base import ServiceBase
from mairie_app.services.convert import presence
from mairie_app.services.dto import SeanceData, SeanceResume
from mairie_app.services.votes import revoir_votes


class SeanceService(ServiceBase):
    """Every action the Séances and Présences tabs offer."""

    def annees(self) -> list[int]:
        with self._transaction() as s:
            return list(s.scalars(select(m.Seance.annee).distinct().order_by(m.Seance.annee)))

    def seances(self, annee: int | None = None, recherche: str = "") -> list[SeanceResume]:
        """Séances, newest first; `recherche` matches dates, places and objets.

        Two queries whatever the number of séances: the objets are read in one
        pass and searched on their folded copy, so twenty years stay instant.
        """
        aiguille = plier(recherche.strip())
        with self._transaction() as s:
            stmt = select(m.Seance).order_by(m.Seance.date.desc(), m.Seance.heure.desc())
            if annee is not None:
                stmt = stmt.where(m.Seance.annee == annee)
            rows = list(s.scalars(stmt))
            points = select(m.Deliberation.seance_id, m.Deliberation.objet).order_by(
                m.Deliberation.seance_id, m.Deliberation.ordre
            )
            if annee is not None:
                points = points.join(m.Seance).where(m.Seance.annee == annee)
            objets: dict[int, list[str]] = {}
            for seance_id, objet in s.execute(points):
                objets.setdefault(seance_id, []).append(objet)
            trouvees: set[int] | None = None
            if aiguille:
                motif = f"%{aiguille}%"
                trouvees = set(
                    s.scalars(
                        select(m.Deliberation.seance_id).where(
                            m.Deliberation.objet_plie.like(motif)
                        )
                    )
                )
            result = []
            for row in rows:
                if trouvees is not None and row.id not in trouvees:
                    texte = plier(f"{row.date:%d/%m/%Y} {row.lieu}")
                    if aiguille not in texte:
                        continue
                liste = objets.get(row.id, [])
                result.append(
                    SeanceResume(
                        row.id,
                        row.date,
                        row.heure,
                        row.numero,
                        row.nature,
                        row.etat,
                        len(liste),
                        " · ".join(liste),
                    )
                )
            return result

    def seance(self, seance_id: int) -> SeanceData:
        with self._transaction() as s:
            return self._seance_data(s, self._get(s, m.Seance, seance_id, "Séance"))

    def creer_seance(self, data: SeanceData) -> SeanceData:
        """A new séance numbered in its year, every member in office marked present."""
        with self._transaction() as s:
            commune = self._commune(s)
            data = self._valider(s, data, commune.population)
            numero = (
                s.scalar(select(func.max(m.Seance.numero)).where(m.Seance.annee == data.date.year))
                or 0
            ) + 1
            row = m.Seance(annee=data.date.year, numero=numero)
            self._copier(row, data, commune.lieu_habituel)
            if row.president_id is None:
                row.president_id = self._maire_id(s, data.date)
            s.add(row)
            s.flush()
            self._synchroniser_presences(s, row)
            return self._seance_data(s, row)

    def modifier_seance(self, data: SeanceData) -> SeanceData:
        with self._transaction() as s:
            row = self._get(s, m.Seance, data.id, "Séance")
            self._exiger_brouillon(row)
            commune = self._commune(s)
            data = self._valider(s, data, commune.population)
            if data.date.year != row.annee:
                raise ValidationError(
                    "Date : une séance ne peut pas changer d'année (sa numérotation en dépend). "
                    "Créez une nouvelle séance.",
                    "date",
                )
            self._copier(row, data, commune.lieu_habituel)
            self._synchroniser_presences(s, row)
            return self._seance_data(s, row)

    def supprimer_seance(self, seance_id: int) -> None:
        with self._transaction() as s:
            row = self._get(s, m.Seance, seance_id, "Séance")
            self._exiger_brouillon(row)
            s.delete(row)

    def alerte_convocation(self, data: SeanceData) -> str | None:
        """The convocation delay check, for the form to show as the secretary types.

        A second convocation must also come at least three days after the séance
        where the quorum failed: the latest séance held before this one.
        """
        with self._transaction() as s:
            commune = self._commune(s)
            precedente = None
            if data.seconde_convocation:
                precedente = s.scalar(
                    select(func.max(m.Seance.date)).where(
                        m.Seance.date < data.date, m.Seance.id != data.id
                    )
                )
        if data.date_convocation is None:
            return "Date de convocation : elle n'est pas encore indiquée."
        alerte = verifier_convocation(
            data.date_convocation, data.date, commune.population, data.urgence
        )
        if alerte is None and data.seconde_convocation:
            if precedente is None:
                return (
                    "Seconde convocation : aucune séance antérieure n'est enregistrée "
                    "(celle où le quorum n'a pas été atteint)."
                )
            alerte = verifier_seconde_convocation(precedente, data.date)
        return alerte

    # --- agenda ------------------------------------------------------------
    def ajouter_point(self, seance_id: int, objet: str) -> SeanceData:
        objet = verifier_objet(objet)
        with self._transaction() as s:
            row = self._get(s, m.Seance, seance_id, "Séance")
            self._exiger_brouillon(row)
            ordre = len(row.deliberations) + 1
            fmt = self._commune(s).format_reference
            row.deliberations.append(
                m.Deliberation(
                    ordre=ordre, objet=objet, reference=reference(fmt, row.annee, row.numero, ordre)
                )
            )
            s.flush()
            return self._seance_data(s, row)

    def deplacer_point(self, deliberation_id: int, nouvel_ordre: int) -> SeanceData:
        """Reorder the agenda; references still as proposed follow their new place."""
        with self._transaction() as s:
            delib = self._get(s, m.Deliberation, deliberation_id, "Point")
            row = delib.seance
            self._exiger_brouillon(row)
            points = list(row.deliberations)
            points.remove(delib)
            points.insert(max(0, min(nouvel_ordre - 1, len(points))), delib)
            self._renumeroter(s, row, points)
            return self._seance_data(s, row)

    def supprimer_point(self, deliberation_id: int) -> SeanceData:
        with self._transaction() as s:
            delib = self._get(s, m.Deliberation, deliberation_id, "Point")
            row = delib.seance
            self._exiger_brouillon(row)
            points = [d for d in row.deliberations if d.id != deliberation_id]
            row.deliberations.remove(delib)
            self._renumeroter(s, row, points)
            return self._seance_data(s, row)

    def _renumeroter(self, s: Session, row: m.Seance, points: list[m.Deliberation]) -> None:
        fmt = self._commune(s).format_reference
        for ordre, d in enumerate(points, start=1):
            if d.reference == reference(fmt, row.annee, row.numero, d.ordre):
                d.reference = reference(fmt, row.annee, row.numero, ordre)
            d.ordre = ordre
        s.flush()
        s.expire(row, ["deliberations"])

    # --- attendance --------------------------------------------------------
    def modifier_presence(self, seance_id: int, nouvelle: Presence) -> list[int]:
        """Change one line of the attendance sheet; refuse it whole if it breaks a rule.

        Returns the order numbers of the items whose recorded vote no longer
        adds up: their result is cleared and must be typed again.
        """
        with self._transaction() as s:
            row = self._get(s, m.Seance, seance_id, "Séance")
            self._exiger_brouillon(row)
            lignes = {p.conseiller_id: p for p in row.presences}
            if nouvelle.conseiller_id not in lignes:
                raise ValidationError("Présence : ce conseiller n'est pas en exercice ce jour-là.")
            # The line she changed is checked last, so a refusal names her line
            # ("Pouvoir de X : Y détient déjà celui de Z"), not an earlier one.
            presences = [presence(p) for cid, p in lignes.items() if cid != nouvelle.conseiller_id]
            presences.append(nouvelle)
            noms = {c.id: f"{c.prenom} {c.nom}" for c in self._conseillers_en_exercice(s, row.date)}
            verifier_presences(presences, noms, len(row.deliberations) or None)
            cible = lignes[nouvelle.conseiller_id]
            cible.statut = nouvelle.statut
            cible.pouvoir_a_id = nouvelle.pouvoir_a
            cible.arrivee_ordre = nouvelle.arrivee_ordre
            cible.depart_ordre = nouvelle.depart_ordre
            if nouvelle.statut is not Statut.PRESENT:
                for sec in list(row.secretaires):
                    if sec.conseiller_id == nouvelle.conseiller_id:
                        row.secretaires.remove(sec)
            s.flush()
            return revoir_votes(row, presences, len(lignes))

    def definir_secretaires(self, seance_id: int, conseiller_ids: list[int]) -> SeanceData:
        """The council names one or more of its members present (L2121-15)."""
        with self._transaction() as s:
            row = self._get(s, m.Seance, seance_id, "Séance")
            self._exiger_brouillon(row)
            statuts = {p.conseiller_id: p.statut for p in row.presences}
            for cid in conseiller_ids:
                if statuts.get(cid) is not Statut.PRESENT:
                    c = self._get(s, m.Conseiller, cid, "Conseiller")
                    raise ValidationError(
                        f"Secrétaire de séance : {c.prenom} {c.nom} n'est pas présent.",
                        "secretaires",
                    )
            row.secretaires.clear()
            s.flush()
            for rang, cid in enumerate(dict.fromkeys(conseiller_ids), start=1):
                row.secretaires.append(m.SeanceSecretaire(conseiller_id=cid, rang=rang))
            s.flush()
            return self._seance_data(s, row)

    def comptage(
        self, seance_id: int, ordre: int = 1, ne_prennent_pas_part: tuple[int, ...] = ()
    ) -> Comptage:
        with self._transaction() as s:
            row = self._get(s, m.Seance, seance_id, "Séance")
            return compter(
                [presence(p) for p in row.presences],
                len(row.presences),
                ordre,
                ne_prennent_pas_part,
                row.seconde_convocation,
            )

    def alertes_pouvoirs(self, seance_id: int) -> list[str]:
        """Members whose proxies now cover more than three consecutive séances.

        Two queries, whatever the length of the register: the séances up to this
        one, and who gave a proxy at each.
        """
        with self._transaction() as s:
            row = self._get(s, m.Seance, seance_id, "Séance")
            donneurs = [p.conseiller_id for p in row.presences if p.pouvoir_a_id is not None]
            if not donneurs:
                return []
            anciennes = list(
                s.scalars(
                    select(m.Seance.id)
                    .where(m.Seance.date <= row.date)
                    .order_by(m.Seance.date, m.Seance.heure)
                )
            )
            pouvoirs = {
                (seance, conseiller)
                for seance, conseiller in s.execute(
                    select(m.Presence.seance_id, m.Presence.conseiller_id).where(
                        m.Presence.conseiller_id.in_(donneurs),
                        m.Presence.pouvoir_a_id.is_not(None),
                    )
                )
            }
            alertes = []
            for cid in donneurs:
                historique = [(sid, cid) in pouvoirs for sid in anciennes]
                c = s.get(m.Conseiller, cid)
                alerte = alerte_pouvoirs_consecutifs(f"{c.prenom} {c.nom}", historique)
                if alerte:
                    alertes.append(alerte)
            return alertes

    # --- helpers -----------------------------------------------------------
    def _valider(self, s: Session, data: SeanceData, population: int) -> SeanceData:
        if data.date_convocation and data.date_convocation > data.date:
            raise ValidationError(
                "Date de convocation : elle ne peut pas suivre la date de la séance.",
                "date_convocation",
            )
        if data.date_affichage_convocation and data.date_affichage_convocation > data.date:
            raise ValidationError(
                "Date d'affichage de la convocation : elle ne peut pas suivre la séance.",
                "date_affichage_convocation",
            )
        if not self._conseillers_en_exercice(s, data.date):
            raise ValidationError(
                f"Date : aucun conseiller n'est en exercice le {data.date:%d/%m/%Y}. "
                "Saisissez d'abord le conseil (onglet Conseil).",
                "date",
            )
        if data.president_id is not None:
            president = self._get(s, m.Conseiller, data.president_id, "Président")
            if not any(c.id == president.id for c in self._conseillers_en_exercice(s, data.date)):
                raise ValidationError(
                    "Président : il doit être conseiller en exercice à la date de la séance.",
                    "president_id",
                )
        return replace(data, lieu=data.lieu.strip())

    @staticmethod
    def _copier(row: m.Seance, data: SeanceData, lieu_habituel: str) -> None:
        row.date = data.date
        row.heure = data.heure
        row.lieu = data.lieu or lieu_habituel
        row.nature = data.nature
        row.urgence = data.urgence
        row.seconde_convocation = data.seconde_convocation
        row.date_convocation = data.date_convocation
        row.date_affichage_convocation = data.date_affichage_convocation
        row.president_id = data.president_id or row.president_id

    def _maire_id(self, s: Session, jour: date) -> int | None:
        for c in self._conseillers_en_exercice(s, jour):
            if c.fonction is Fonction.MAIRE:
                return c.id
        return None

    def _synchroniser_presences(self, s: Session, row: m.Seance) -> None:
        """One line per member in office on the séance's date, no more."""
        en_exercice = {c.id for c in self._conseillers_en_exercice(s, row.date)}
        for p in list(row.presences):
            if p.conseiller_id not in en_exercice:
                row.presences.remove(p)
        present = {p.conseiller_id for p in row.presences}
        for cid in sorted(en_exercice - present):
            row.presences.append(m.Presence(conseiller_id=cid, statut=Statut.PRESENT))
        s.flush()
