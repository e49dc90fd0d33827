"""Open the register: engine, schema upgrade, and the services the window and CLI use."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session, sessionmaker

from mairie_app.db.engine import make_engine, make_sessionmaker
from mairie_app.db.migrate import upgrade
from mairie_app.errors import StorageError
from mairie_app.paths import database_url
from mairie_app.services.conseil_service import ConseilService
from mairie_app.services.deliberation_service import DeliberationService
from mairie_app.services.documents_service import DocumentsService
from mairie_app.services.seance_service import SeanceService


@dataclass(frozen=True)
class Services:
    """What the composition root hands to the window and the command line."""

    engine: Engine
    sessions: sessionmaker[Session]
    conseil: ConseilService
    seances: SeanceService
    deliberations: DeliberationService
    documents: DocumentsService


def ouvrir_registre(data_dir: Path | None = None, url: str | None = None) -> Services:
    """Create or upgrade the database, then build one service per area."""
    if url is None:
        if data_dir is None:
            raise ValueError("data_dir or url is required")
        data_dir.mkdir(parents=True, exist_ok=True)
        url = database_url(data_dir)
    engine = make_engine(url)
    try:
        upgrade(engine)
    except DatabaseError as exc:
        engine.dispose()
        raise StorageError(
            f"Base de données illisible ({exc.orig}). Le fichier n'est pas un registre de "
            "l'application ou il est endommagé : restaurez une sauvegarde."
        ) from exc
    sessions = make_sessionmaker(engine)
    return Services(
        engine=engine,
        sessions=sessions,
        conseil=ConseilService(sessions),
        seances=SeanceService(sessions),
        deliberations=DeliberationService(sessions),
        documents=DocumentsService(sessions),
    )
