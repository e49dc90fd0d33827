"""Reading the change history; nothing here (nor anywhere) edits or deletes it.

The rows are written by mairie_app.db.history at every flush and protected by
database triggers; this service only reads them for the window.
"""

from __future__ import annotations

from sqlalchemy import select

from mairie_app.db import models as m
from mairie_app.services.base import ServiceBase
from mairie_app.services.dto_registre import HistoriqueData


class HistoriqueService(ServiceBase):
    def historique(
        self, seance_id: int | None = None, limite: int | None = None
    ) -> list[HistoriqueData]:
        """Changes to one séance (its attendance, items and votes), newest first.

        seance_id=None gives the whole register's history, councillors included.
        """
        with self._transaction() as s:
            stmt = select(m.Historique).order_by(m.Historique.id.desc())
            if seance_id is not None:
                stmt = stmt.where(m.Historique.seance_id == seance_id)
            if limite is not None:
                stmt = stmt.limit(limite)
            return [
                HistoriqueData(
                    id=r.id,
                    horodatage=r.horodatage,
                    utilisateur=r.utilisateur,
                    action=r.action,
                    objet_type=r.objet_type,
                    objet_cle=r.objet_cle,
                    objet_libelle=r.objet_libelle,
                    seance_id=r.seance_id,
                    champ=r.champ,
                    ancienne_valeur=r.ancienne_valeur,
                    nouvelle_valeur=r.nouvelle_valeur,
                )
                for r in s.scalars(stmt)
            ]
