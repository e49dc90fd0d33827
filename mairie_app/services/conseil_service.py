"""The commune and its council: identity, population, and the ordre du tableau."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlalchemy import func, select

from mairie_app.db import models as m
from mairie_app.domain.effectif import effectif_legal
from mairie_app.domain.identifiants import verifier_code_insee, verifier_siret
from mairie_app.domain.numerotation import verifier_format_reference
from mairie_app.domain.types import Fonction
from mairie_app.errors import ValidationError
from mairie_app.services.base import ServiceBase
from mairie_app.services.convert import commune_data, conseiller_data
from mairie_app.services.dto import CommuneData, ConseillerData


class ConseilService(ServiceBase):
    """Commune settings and councillors."""

    # --- commune -----------------------------------------------------------
    def commune(self) -> CommuneData | None:
        with self._transaction() as s:
            row = s.scalars(select(m.Commune).limit(1)).first()
            return commune_data(row) if row else None

    def enregistrer_commune(self, data: CommuneData) -> CommuneData:
        data = self._valider_commune(data)
        with self._transaction() as s:
            row = s.scalars(select(m.Commune).limit(1)).first() or m.Commune()
            for name in (
                "nom", "code_insee", "population", "type_liaison", "departement_nom",
                "departement_liaison", "arrondissement_nom", "arrondissement_liaison",
                "effectif_legal_override", "siret", "adresse", "mode_publication",
                "tribunal_administratif", "format_reference", "lieu_habituel",
            ):  # fmt: skip
                setattr(row, name, getattr(data, name))
            s.add(row)
            s.flush()
            en_exercice = len(self._conseillers_en_exercice(s, date.today()))
            if en_exercice > data.effectif_legal:
                raise ValidationError(
                    f"Effectif légal : {data.effectif_legal} sièges, mais {en_exercice} "
                    "conseillers sont en exercice. Vérifiez la population ou l'effectif.",
                    "population",
                )
            return commune_data(row)

    @staticmethod
    def _valider_commune(data: CommuneData) -> CommuneData:
        nom = data.nom.strip()
        if not nom:
            raise ValidationError("Nom de la commune : il est obligatoire.", "nom")
        if data.population < 0:
            raise ValidationError("Population : elle ne peut pas être négative.", "population")
        effectif_legal(data.population, data.effectif_legal_override)
        siret = verifier_siret(data.siret) if data.siret.strip() else ""
        verifier_format_reference(data.format_reference)
        return replace(
            data,
            nom=nom,
            code_insee=verifier_code_insee(data.code_insee),
            siret=siret,
            departement_nom=data.departement_nom.strip(),
            arrondissement_nom=data.arrondissement_nom.strip(),
            tribunal_administratif=data.tribunal_administratif.strip(),
        )

    # --- conseillers -------------------------------------------------------
    def conseillers(self, en_exercice_le: date | None = None) -> list[ConseillerData]:
        """All councillors in the ordre du tableau, or only those in office on a day."""
        with self._transaction() as s:
            if en_exercice_le is not None:
                rows = self._conseillers_en_exercice(s, en_exercice_le)
            else:
                rows = s.scalars(select(m.Conseiller).order_by(m.Conseiller.rang_tableau))
            return [conseiller_data(r) for r in rows]

    def ajouter_conseiller(self, data: ConseillerData) -> ConseillerData:
        data = self._valider_conseiller(data)
        with self._transaction() as s:
            rang = s.scalar(select(func.max(m.Conseiller.rang_tableau))) or 0
            row = m.Conseiller(rang_tableau=rang + 1)
            self._copier(row, data)
            s.add(row)
            s.flush()
            self._verifier_effectif(s, data.mandat_debut)
            self._verifier_maire_unique(s, row)
            return conseiller_data(row)

    def modifier_conseiller(self, data: ConseillerData) -> ConseillerData:
        data = self._valider_conseiller(data)
        with self._transaction() as s:
            row = self._get(s, m.Conseiller, data.id, "Conseiller")
            self._copier(row, data)
            s.flush()
            self._verifier_effectif(s, data.mandat_debut)
            self._verifier_maire_unique(s, row)
            return conseiller_data(row)

    def deplacer_conseiller(self, conseiller_id: int, nouveau_rang: int) -> list[ConseillerData]:
        """Move one councillor in the ordre du tableau; the others close ranks."""
        with self._transaction() as s:
            rows = list(s.scalars(select(m.Conseiller).order_by(m.Conseiller.rang_tableau)))
            row = self._get(s, m.Conseiller, conseiller_id, "Conseiller")
            rows.remove(row)
            index = max(0, min(nouveau_rang - 1, len(rows)))
            rows.insert(index, row)
            for rang, r in enumerate(rows, start=1):
                r.rang_tableau = rang
            return [conseiller_data(r) for r in rows]

    def supprimer_conseiller(self, conseiller_id: int) -> None:
        """Only a councillor typed by mistake: one who sat keeps his history (end his mandate)."""
        with self._transaction() as s:
            row = self._get(s, m.Conseiller, conseiller_id, "Conseiller")
            utilise = s.scalar(
                select(func.count())
                .select_from(m.Presence)
                .where(m.Presence.conseiller_id == conseiller_id)
            )
            if utilise:
                raise ValidationError(
                    f"{row.prenom} {row.nom} figure déjà dans des séances : indiquez plutôt "
                    "la fin de son mandat, son historique sera conservé.",
                    "mandat_fin",
                )
            s.delete(row)

    @staticmethod
    def _valider_conseiller(data: ConseillerData) -> ConseillerData:
        nom, prenom = data.nom.strip(), data.prenom.strip()
        if not nom:
            raise ValidationError("Nom : il est obligatoire.", "nom")
        if not prenom:
            raise ValidationError("Prénom : il est obligatoire.", "prenom")
        if data.mandat_fin is not None and data.mandat_fin < data.mandat_debut:
            raise ValidationError(
                "Fin de mandat : elle ne peut précéder le début du mandat.", "mandat_fin"
            )
        rang_adjoint = data.rang_adjoint
        if data.fonction is Fonction.ADJOINT:
            if not rang_adjoint or rang_adjoint < 1:
                raise ValidationError("Rang d'adjoint : indiquez 1, 2, 3…", "rang_adjoint")
        else:
            rang_adjoint = None
        return replace(data, nom=nom.upper(), prenom=prenom, rang_adjoint=rang_adjoint)

    @staticmethod
    def _copier(row: m.Conseiller, data: ConseillerData) -> None:
        row.civilite = data.civilite
        row.nom = data.nom
        row.prenom = data.prenom
        row.fonction = data.fonction
        row.rang_adjoint = data.rang_adjoint
        row.mandat_debut = data.mandat_debut
        row.mandat_fin = data.mandat_fin

    def _verifier_effectif(self, s, jour: date) -> None:
        commune = s.scalars(select(m.Commune).limit(1)).first()
        if commune is None:
            return
        effectif = effectif_legal(commune.population, commune.effectif_legal_override)
        en_exercice = len(self._conseillers_en_exercice(s, jour))
        if en_exercice > effectif:
            raise ValidationError(
                f"Conseil complet : {en_exercice} conseillers seraient en exercice le "
                f"{jour:%d/%m/%Y} pour un effectif légal de {effectif}. Indiquez d'abord la "
                "fin de mandat du conseiller remplacé.",
                "mandat_debut",
            )

    @staticmethod
    def _verifier_maire_unique(s, row: m.Conseiller) -> None:
        if row.fonction is not Fonction.MAIRE:
            return
        for other in s.scalars(select(m.Conseiller).where(m.Conseiller.id != row.id)):
            overlaps = (other.mandat_fin is None or other.mandat_fin >= row.mandat_debut) and (
                row.mandat_fin is None or row.mandat_fin >= other.mandat_debut
            )
            if other.fonction is Fonction.MAIRE and overlaps:
                raise ValidationError(
                    f"Fonction : {other.prenom} {other.nom} est déjà maire sur cette période.",
                    "fonction",
                )
