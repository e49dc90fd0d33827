"""Open the register: lock, engine, schema upgrade, and the services the window and CLI use.

One program writes to a register at a time: the first takes the OS lock on
`registre.lock` (mairie_app.db.verrou) and keeps it; a second copy opened on
the same folder is told so and gets the register read-only (SQLite `mode=ro`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.engine import URL
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session, sessionmaker

from mairie_app.db import verrou
from mairie_app.db.engine import make_engine, make_sessionmaker
from mairie_app.db.migrate import HEAD_REVISION, current_revision, upgrade
from mairie_app.errors import StorageError
from mairie_app.paths import database_path, database_url
from mairie_app.services.archives_service import ArchivesService
from mairie_app.services.cloture_service import ClotureService
from mairie_app.services.conseil_service import ConseilService
from mairie_app.services.deliberation_service import DeliberationService
from mairie_app.services.documents_service import DocumentsService
from mairie_app.services.historique_service import HistoriqueService
from mairie_app.services.seance_service import SeanceService

MESSAGE_LECTURE_SEULE = (
    "Le registre est déjà ouvert sur ce poste par un autre programme : "
    "il est ouvert en lecture seule."
)


@dataclass(frozen=True)
class Services:
    """What the composition root hands to the window and the command line."""

    engine: Engine
    sessions: sessionmaker[Session]
    conseil: ConseilService
    seances: SeanceService
    deliberations: DeliberationService
    documents: DocumentsService
    cloture: ClotureService
    archives: ArchivesService
    historique: HistoriqueService
    data_dir: Path | None = None
    lecture_seule: bool = False
    # The sentence the window shows in its status bar when lecture_seule is True.
    message_lecture_seule: str = ""

    def fermer(self) -> None:
        """Close the connections and release this copy's share of the register lock."""
        self.engine.dispose()
        if self.data_dir is not None and not self.lecture_seule:
            verrou.liberer(self.data_dir)


def ouvrir_registre(
    data_dir: Path | None = None,
    url: str | None = None,
    lecture_seule: bool | None = None,
) -> Services:
    """Create or upgrade the database, then build one service per area.

    lecture_seule: None (the default) takes the lock or, if another program
    holds it, opens read-only; True opens read-only without the lock; False
    insists on writing and raises StorageError if another program holds it.
    A bare `url` (tests, another database server) takes no lock.
    """
    if url is not None:
        return _construire(make_engine(url), None, None)
    if data_dir is None:
        raise ValueError("data_dir or url is required")
    data_dir.mkdir(parents=True, exist_ok=True)
    if lecture_seule is not True and verrou.acquerir(data_dir):
        try:
            return _construire(make_engine(database_url(data_dir)), data_dir, None)
        except BaseException:
            verrou.liberer(data_dir)
            raise
    if lecture_seule is False:
        raise StorageError(
            "Le registre est déjà ouvert par un autre programme : fermez-le avant de continuer."
        )
    chemin = database_path(data_dir)
    if not chemin.exists():
        raise StorageError(
            f"Registre introuvable ({chemin}) : il ne peut pas être créé en lecture seule."
        )
    url_ro = URL.create(
        "sqlite", database=chemin.resolve().as_uri(), query={"mode": "ro", "uri": "true"}
    )
    message = (
        MESSAGE_LECTURE_SEULE if lecture_seule is None else "Registre ouvert en lecture seule."
    )
    return _construire(make_engine(url_ro, lecture_seule=True), data_dir, message)


def _construire(engine: Engine, data_dir: Path | None, lecture_seule: str | None) -> Services:
    """lecture_seule: None for a writer, else the sentence explaining why it is read-only."""
    try:
        if lecture_seule:
            _exiger_a_jour(engine)
        else:
            upgrade(engine)
    except DatabaseError as exc:
        engine.dispose()
        raise StorageError(
            f"Base de données illisible ({exc.orig}). Le fichier n'est pas un registre de "
            "l'application ou il est endommagé : restaurez une sauvegarde."
        ) from exc
    except BaseException:
        engine.dispose()
        raise
    sessions = make_sessionmaker(engine)
    return Services(
        engine=engine,
        sessions=sessions,
        conseil=ConseilService(sessions),
        seances=SeanceService(sessions),
        deliberations=DeliberationService(sessions),
        documents=DocumentsService(sessions),
        cloture=ClotureService(sessions),
        archives=ArchivesService(sessions),
        historique=HistoriqueService(sessions),
        data_dir=data_dir,
        lecture_seule=lecture_seule is not None,
        message_lecture_seule=lecture_seule or "",
    )


def _exiger_a_jour(engine: Engine) -> None:
    """A read-only copy cannot migrate: the program holding the register must be as recent."""
    revision = current_revision(engine)
    if revision != HEAD_REVISION:
        raise StorageError(
            f"Le registre est ouvert par un autre programme et n'est pas à la version de "
            f"celui-ci (révision {revision}, attendue {HEAD_REVISION}) : fermez l'autre "
            "programme, puis rouvrez celui-ci."
        )
