"""Everything the printed acts need, read in one transaction and computed once.

The PDF modules receive a SeanceDocument and never query: every figure on
paper is the one the window shows.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from mairie_app.db import models as m
from mairie_app.domain.presences import compter
from mairie_app.domain.types import Fonction
from mairie_app.errors import NotFoundError, ValidationError
from mairie_app.referentiels.matieres import get_matiere
from mairie_app.services.base import ServiceBase
from mairie_app.services.convert import (
    commune_data,
    conseiller_data,
    deliberation_data,
    presence,
)
from mairie_app.services.dto import DeliberationDocument, MembreSeance, SeanceDocument
from mairie_app.services.votes import comptage_du_point, issue_enregistree


class DocumentsService(ServiceBase):
    def seance_document(self, seance_id: int) -> SeanceDocument:
        with self._transaction() as s:
            row = self._get(s, m.Seance, seance_id, "Séance")
            commune = commune_data(self._commune(s))
            conseillers = {
                c.id: conseiller_data(c) for c in self._conseillers_en_exercice(s, row.date)
            }
            lignes = sorted(row.presences, key=lambda p: conseillers[p.conseiller_id].rang_tableau)
            presences = [presence(p) for p in lignes]
            membres = tuple(
                MembreSeance(
                    conseiller=conseillers[p.conseiller_id],
                    statut=p.statut,
                    pouvoir_a=conseillers.get(p.pouvoir_a) if p.pouvoir_a else None,
                    arrivee_ordre=p.arrivee_ordre,
                    depart_ordre=p.depart_ordre,
                )
                for p in presences
            )
            en_exercice = len(presences)
            deliberations = []
            for d in row.deliberations:
                comptage = comptage_du_point(d, presences, en_exercice)
                matiere = get_matiere(d.matiere_code) if d.matiere_code else None
                deliberations.append(
                    DeliberationDocument(
                        deliberation=deliberation_data(d),
                        comptage=comptage,
                        issue=issue_enregistree(d),
                        rapporteur=conseillers.get(d.rapporteur_id) if d.rapporteur_id else None,
                        non_participants=tuple(
                            conseillers[n.conseiller_id]
                            for n in sorted(
                                d.non_participants,
                                key=lambda n: conseillers[n.conseiller_id].rang_tableau,
                            )
                        ),
                        votes_nominatifs=tuple(
                            (conseillers[v.conseiller_id], v.choix)
                            for v in sorted(
                                d.votes_nominatifs,
                                key=lambda v: conseillers[v.conseiller_id].rang_tableau,
                            )
                        ),
                        matiere_libelle=matiere.libelle if matiere else "",
                    )
                )
            maire = next((c for c in conseillers.values() if c.fonction is Fonction.MAIRE), None)
            return SeanceDocument(
                commune=commune,
                seance=self._seance_data(s, row),
                en_exercice=en_exercice,
                membres=membres,
                deliberations=tuple(deliberations),
                comptage_ouverture=compter(presences, en_exercice, 1, (), row.seconde_convocation),
                president=conseillers.get(row.president_id) if row.president_id else None,
                secretaires=tuple(
                    conseillers[sec.conseiller_id]
                    for sec in row.secretaires
                    if sec.conseiller_id in conseillers
                ),
                maire=maire,
            )

    def seances_de_l_annee(self, annee: int) -> list[SeanceDocument]:
        """For the register's yearly tables."""
        with self._transaction() as s:
            ids = list(
                s.scalars(
                    select(m.Seance.id).where(m.Seance.annee == annee).order_by(m.Seance.date)
                )
            )
        return [self.seance_document(i) for i in ids]

    def seance_par_date(self, jour: date, numero: int | None = None) -> int:
        """The id of the séance held on `jour` (its number in the year when two share the date)."""
        with self._transaction() as s:
            rows = list(
                s.execute(
                    select(m.Seance.id, m.Seance.numero)
                    .where(m.Seance.date == jour)
                    .order_by(m.Seance.numero)
                )
            )
        if numero is not None:
            rows = [r for r in rows if r.numero == numero]
        if not rows:
            quelle = f"n° {numero} " if numero is not None else ""
            raise NotFoundError(f"Aucune séance {quelle}le {jour:%d/%m/%Y}.")
        if len(rows) > 1:
            numeros = ", ".join(str(r.numero) for r in rows)
            raise ValidationError(
                f"Plusieurs séances le {jour:%d/%m/%Y} (n° {numeros}) : précisez le numéro "
                "de la séance.",
                "numero",
            )
        return rows[0].id

    def deliberation_par_reference(self, reference: str) -> tuple[int, int]:
        """(séance id, order number) of the deliberation with this référence."""
        with self._transaction() as s:
            row = s.scalars(
                select(m.Deliberation).where(m.Deliberation.reference == reference.strip())
            ).first()
            if row is None:
                raise NotFoundError(f"Aucune délibération n'a la référence « {reference} ».")
            return row.seance_id, row.ordre
