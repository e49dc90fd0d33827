"""What every service shares: one transaction per action, and the lookups it needs."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from mairie_app.db import models as m
from mairie_app.db.garde import message_seance_cloturee
from mairie_app.domain.types import EtatSeance
from mairie_app.errors import MairieError, NotFoundError, StorageError, ValidationError
from mairie_app.services.convert import seance_data
from mairie_app.services.dto import SeanceData

T = TypeVar("T")


class ServiceBase:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    @contextmanager
    def _transaction(self) -> Iterator[Session]:
        """Commit everything or nothing; a database failure becomes a French message."""
        try:
            with self._sessions.begin() as session:
                yield session
        except MairieError:
            raise
        except OperationalError as exc:
            text = str(exc.orig).lower()
            if "locked" in text or "busy" in text:
                raise StorageError(
                    "Base de données occupée par un autre programme : réessayez dans un instant."
                ) from exc
            if "readonly" in text or "read-only" in text:
                raise StorageError(
                    "Base de données en lecture seule : la modification n'a pas été enregistrée."
                ) from exc
            raise StorageError(f"Base de données : {exc.orig}") from exc
        except SQLAlchemyError as exc:
            raise StorageError(f"Base de données : la modification est refusée ({exc}).") from exc

    @staticmethod
    def _get(session: Session, model: type[T], ident: int | None, label: str) -> T:
        row = session.get(model, ident) if ident is not None else None
        if row is None:
            raise NotFoundError(f"{label} introuvable (n° {ident}).")
        return row

    @staticmethod
    def _exiger_brouillon(seance: m.Seance) -> None:
        """Refuse early, with the field-free message; mairie_app.db.garde is the backstop."""
        if seance.etat is EtatSeance.CLOTUREE:
            raise ValidationError(message_seance_cloturee(seance.date))

    @staticmethod
    def _conseillers_en_exercice(session: Session, jour: date) -> list[m.Conseiller]:
        stmt = (
            select(m.Conseiller)
            .where(m.Conseiller.mandat_debut <= jour)
            .where((m.Conseiller.mandat_fin.is_(None)) | (m.Conseiller.mandat_fin >= jour))
            .order_by(m.Conseiller.rang_tableau)
        )
        return list(session.scalars(stmt))

    def _seance_data(self, session: Session, row: m.Seance) -> SeanceData:
        rang = {c.id: c.rang_tableau for c in self._conseillers_en_exercice(session, row.date)}
        return seance_data(row, rang)

    @staticmethod
    def _commune(session: Session) -> m.Commune:
        row = session.scalars(select(m.Commune).limit(1)).first()
        if row is None:
            raise ValidationError(
                "Commune : renseignez d'abord la commune (onglet Commune).", "commune"
            )
        return row
