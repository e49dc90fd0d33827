"""Backups and restore of the register, without a window.

Every copy goes through SQLite's online backup API (sqlite3.Connection.backup):
a file copy of a live WAL database can miss the pages still in the -wal file or
catch a half-written transaction; the backup API reads one consistent snapshot.
Copies are written under a temporary name, checked (integrity_check), switched
to journal_mode=DELETE (one self-contained file, safe on a USB key), then
renamed into place, so a backup file is either whole or absent.

Restore: the chosen file is loaded into memory through the backup API and
checked (integrity, this app's tables, a schema revision this version knows);
only then is the current register backed up to `sauvegardes/avant-restauration-…`,
and the checked copy written into the live database file with the backup API
again. Writing into the live file, rather than swapping files, keeps SQLite's
locking and WAL consistent for any other reader. The caller's engine is disposed
first; the caller must then reopen the services (ouvrir_registre), which
upgrades an older revision.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import Engine

from mairie_app.db import verrou
from mairie_app.db.engine import en_lecture_seule
from mairie_app.errors import StorageError
from mairie_app.paths import database_path

DOSSIER = "sauvegardes"
GARDER = 30
TABLES_REGISTRE = frozenset({"commune", "conseiller", "seance", "presence", "deliberation"})
_AUTO = re.compile(r"^registre-(\d{4}-\d{2}-\d{2})T\d{6}\.sqlite3$")
_ENTETE_SQLITE = b"SQLite format 3\x00"


def dossier_sauvegardes(data_dir: Path) -> Path:
    return data_dir / DOSSIER


def sauvegardes_auto(data_dir: Path) -> list[Path]:
    """The automatic backups, newest first (their names sort by date)."""
    dossier = dossier_sauvegardes(data_dir)
    if not dossier.is_dir():
        return []
    return sorted((p for p in dossier.iterdir() if _AUTO.match(p.name)), reverse=True)


def sauvegarde_auto(
    data_dir: Path, engine: Engine, maintenant: datetime | None = None, garder: int = GARDER
) -> Path | None:
    """The daily backup, made when the app closes: at most one a day, the last `garder` kept.

    Returns the new file, or None when today's backup exists already or when
    this copy of the app is read-only (the copy that writes makes the backup).
    """
    if en_lecture_seule(engine):
        return None
    maintenant = maintenant or datetime.now()
    jour = f"{maintenant:%Y-%m-%d}"
    if any(_AUTO.match(p.name).group(1) == jour for p in sauvegardes_auto(data_dir)):
        return None
    chemin = dossier_sauvegardes(data_dir) / f"registre-{maintenant:%Y-%m-%dT%H%M%S}.sqlite3"
    sauvegarder_vers(engine, chemin)
    for ancienne in sauvegardes_auto(data_dir)[garder:]:
        ancienne.unlink(missing_ok=True)
    return chemin


def sauvegarder_vers(engine: Engine, destination: Path) -> Path:
    """Copy the register to `destination` ("Sauvegarder vers…", `mairie-app backup -o`)."""
    if engine.dialect.name != "sqlite":
        raise StorageError("Sauvegarde : elle n'est possible que pour un registre SQLite.")
    destination = Path(destination)
    registre = _fichier_du_moteur(engine)
    if registre is not None and destination.resolve() == registre.resolve():
        raise StorageError("Sauvegarde : choisissez un autre fichier que le registre lui-même.")
    with engine.connect() as conn:
        _copier(conn.connection.driver_connection, destination)
    return destination


def _fichier_du_moteur(engine: Engine) -> Path | None:
    """The database file behind a SQLite engine (plain path or read-only file: URI)."""
    nom = engine.url.database
    if not nom or nom == ":memory:":
        return None
    if nom.startswith("file:"):
        from urllib.parse import unquote, urlparse

        return Path(unquote(urlparse(nom).path))
    return Path(nom)


def verifier_fichier(path: Path) -> str:
    """Check a backup before using it; return its schema revision, or raise StorageError."""
    with closing(_charger(Path(path))) as copie:
        return _verifier(copie, Path(path))


@dataclass(frozen=True)
class ApercuSauvegarde:
    """What a checked backup holds, for the question asked before restoring it."""

    revision: str
    commune: str | None
    seances: int
    premiere_seance: date | None
    derniere_seance: date | None
    modifie_le: datetime


def apercu_fichier(path: Path) -> ApercuSauvegarde:
    """Check a backup like verifier_fichier, and say whose register it is and how far it goes."""
    path = Path(path)
    with closing(_charger(path)) as copie:
        revision = _verifier(copie, path)
        try:
            commune = copie.execute("SELECT nom FROM commune ORDER BY id LIMIT 1").fetchone()
            n, premiere, derniere = copie.execute(
                "SELECT count(*), min(date), max(date) FROM seance"
            ).fetchone()
        except sqlite3.Error as exc:
            raise StorageError(f"{path.name} est endommagé ou illisible ({exc}).") from exc
    return ApercuSauvegarde(
        revision=revision,
        commune=commune[0] if commune else None,
        seances=n,
        premiere_seance=date.fromisoformat(premiere) if premiere else None,
        derniere_seance=date.fromisoformat(derniere) if derniere else None,
        modifie_le=datetime.fromtimestamp(path.stat().st_mtime).replace(microsecond=0),
    )


def restaurer(data_dir: Path, source: Path, engine: Engine | None = None) -> Path | None:
    """Replace the register by a checked backup; return the backup of the replaced register.

    Refused while another program holds the register. `engine` (the caller's,
    if the register is open) is disposed; reopen the services afterwards.
    """
    source = Path(source)
    if engine is not None and en_lecture_seule(engine):
        raise StorageError("Restauration : impossible depuis un registre ouvert en lecture seule.")
    pris_ici = not verrou.detenu(data_dir)
    if pris_ici and not verrou.acquerir(data_dir):
        raise StorageError(
            "Restauration : le registre est ouvert par un autre programme. Fermez-le, puis "
            "recommencez."
        )
    try:
        with closing(_charger(source)) as copie:
            _verifier(copie, source)
            avant = _mettre_de_cote(data_dir, engine)
            if engine is not None:
                engine.dispose()
            _ecrire_dans_le_registre(copie, database_path(data_dir))
        return avant
    finally:
        if pris_ici:
            verrou.liberer(data_dir)


# --- internals ---------------------------------------------------------------
def _copier(source: sqlite3.Connection, destination: Path) -> None:
    """Backup API to a temporary file, checked, then renamed into place."""
    temporaire = destination.with_name(f".{destination.name}.partiel")
    try:
        destination.parent.mkdir(parents=True, exist_ok=True)
        temporaire.unlink(missing_ok=True)
        with closing(sqlite3.connect(temporaire)) as cible:
            source.backup(cible)
            cible.execute("PRAGMA journal_mode=DELETE")
            verdict = cible.execute("PRAGMA integrity_check").fetchone()[0]
        if verdict != "ok":
            raise StorageError(f"Sauvegarde vers {destination} : la copie est endommagée.")
        os.replace(temporaire, destination)
    except sqlite3.Error as exc:
        raise StorageError(f"Sauvegarde vers {destination} impossible : {exc}.") from exc
    except OSError as exc:
        raise StorageError(
            f"Sauvegarde vers {destination} impossible : {exc.strerror or exc}."
        ) from exc
    finally:
        temporaire.unlink(missing_ok=True)


def _charger(path: Path) -> sqlite3.Connection:
    """The file's content in memory, read through the backup API without writing to it."""
    if not path.is_file():
        raise StorageError(f"Fichier introuvable : {path}.")
    try:
        with open(path, "rb") as f:
            entete = f.read(len(_ENTETE_SQLITE))
    except OSError as exc:
        raise StorageError(f"Fichier {path} : lecture impossible ({exc.strerror}).") from exc
    if entete != _ENTETE_SQLITE:
        raise StorageError(
            f"{path.name} n'est pas une base SQLite : ce n'est pas une sauvegarde du registre."
        )
    memoire = sqlite3.connect(":memory:")
    try:
        for options in ("mode=ro", "immutable=1"):
            try:
                with closing(
                    sqlite3.connect(f"{path.resolve().as_uri()}?{options}", uri=True)
                ) as s:
                    s.backup(memoire)
                break
            except sqlite3.OperationalError:
                if options == "immutable=1":
                    raise
    except sqlite3.Error as exc:
        memoire.close()
        raise StorageError(f"{path.name} est endommagé ou illisible ({exc}).") from exc
    return memoire


def _verifier(copie: sqlite3.Connection, path: Path) -> str:
    from mairie_app.db.migrate import revisions_connues

    try:
        verdict = [r[0] for r in copie.execute("PRAGMA integrity_check")]
        if verdict != ["ok"]:
            raise StorageError(
                f"{path.name} est endommagé (contrôle d'intégrité : {'; '.join(verdict[:3])})."
            )
        tables = {r[0] for r in copie.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "alembic_version" not in tables or not TABLES_REGISTRE.issubset(tables):
            raise StorageError(f"{path.name} n'est pas un registre de cette application.")
        revision = copie.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error as exc:
        raise StorageError(f"{path.name} est endommagé ou illisible ({exc}).") from exc
    if revision is None or revision[0] not in revisions_connues():
        raise StorageError(
            f"{path.name} a été créé par une version plus récente de l'application "
            f"(révision {revision[0] if revision else '?'}) : mettez l'application à jour."
        )
    return revision[0]


def _mettre_de_cote(data_dir: Path, engine: Engine | None) -> Path | None:
    """Back up the register about to be replaced; a damaged one is kept byte for byte."""
    actuel = database_path(data_dir)
    if not actuel.exists():
        return None
    cible = (
        dossier_sauvegardes(data_dir)
        / f"avant-restauration-{datetime.now():%Y-%m-%dT%H%M%S}.sqlite3"
    )
    try:
        if engine is not None:
            sauvegarder_vers(engine, cible)
        else:
            with closing(sqlite3.connect(actuel)) as conn:
                _copier(conn, cible)
    except StorageError as exc:
        if not _endommage(exc.__cause__):
            raise
        # Unreadable register: nobody can be writing it (we hold the lock), copy it as is.
        cible.parent.mkdir(parents=True, exist_ok=True)
        for suffixe in ("", "-wal"):
            morceau = Path(f"{actuel}{suffixe}")
            if morceau.exists():
                shutil.copy2(morceau, Path(f"{cible}{suffixe}"))
    return cible


def _ecrire_dans_le_registre(copie: sqlite3.Connection, actuel: Path) -> None:
    try:
        with closing(sqlite3.connect(actuel, timeout=10)) as cible:
            copie.backup(cible)
            verdict = cible.execute("PRAGMA integrity_check").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        if not _endommage(exc):
            raise StorageError(f"Restauration impossible : {exc}.") from exc
        # The damaged file cannot receive pages: it was kept aside, start from a new one.
        for suffixe in ("", "-wal", "-shm"):
            Path(f"{actuel}{suffixe}").unlink(missing_ok=True)
        with closing(sqlite3.connect(actuel)) as cible:
            copie.backup(cible)
            verdict = cible.execute("PRAGMA integrity_check").fetchone()[0]
    if verdict != "ok":
        raise StorageError("Restauration : le registre restauré ne passe pas le contrôle.")


def _endommage(exc: BaseException | None) -> bool:
    """A file SQLite cannot read as a database (not a lock, not a full disk)."""
    return isinstance(exc, sqlite3.DatabaseError) and getattr(exc, "sqlite_errorname", "") in {
        "SQLITE_NOTADB",
        "SQLITE_CORRUPT",
    }
