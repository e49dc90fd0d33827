"""Run many service actions as one all-or-nothing transaction.

Each service method opens its own short transaction. An import must go through
those same methods (so the window's legal checks apply) yet commit nothing unless
the whole file is right. Binding a fresh set of services to one connection whose
transaction we hold, with ``join_transaction_mode="create_savepoint"``, makes each
service "transaction" a SAVEPOINT inside ours: the services stay unchanged, a
refused action rolls back to its savepoint, and a failure anywhere rolls back all.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import fields, replace

from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from mairie_app.errors import StorageError
from mairie_app.services.base import ServiceBase
from mairie_app.services.registre import Services


@contextmanager
def une_transaction(services: Services) -> Iterator[Services]:
    """Services whose every action joins one transaction, committed only on success.

    Any exception (a ValidationError included) leaves the database as it was.
    """
    with services.engine.connect() as conn:
        outer = conn.begin()
        if conn.dialect.name == "sqlite":
            # pysqlite only sends BEGIN before the first INSERT/UPDATE; a SAVEPOINT sent
            # first would open (and its RELEASE commit) the real transaction, so the
            # final rollback would undo nothing. IMMEDIATE also takes the write lock now,
            # rather than failing half-way if another program writes meanwhile.
            try:
                conn.exec_driver_sql("BEGIN IMMEDIATE")
            except OperationalError as exc:
                outer.rollback()
                raise _erreur_debut(exc) from exc
        sessions = sessionmaker(
            bind=conn, join_transaction_mode="create_savepoint", expire_on_commit=False
        )
        joined = _services_lies(services, sessions)
        try:
            yield joined
        except BaseException:
            outer.rollback()
            raise
        outer.commit()


def _services_lies(services: Services, sessions: sessionmaker[Session]) -> Services:
    """Every service of the register rebuilt on `sessions`, those added later included."""
    changes: dict[str, object] = {"sessions": sessions}
    for f in fields(services):
        valeur = getattr(services, f.name)
        if isinstance(valeur, ServiceBase):
            changes[f.name] = type(valeur)(sessions)
    return replace(services, **changes)


def _erreur_debut(exc: OperationalError) -> StorageError:
    texte = str(exc.orig).lower()
    if "readonly" in texte or "read-only" in texte:
        return StorageError(
            "Registre ouvert en lecture seule (un autre programme l'a déjà ouvert) : "
            "rien n'a été importé."
        )
    return StorageError(
        "Base de données occupée par un autre programme : réessayez dans un instant."
    )
