"""Engine and session factory for any SQLAlchemy URL (SQLite file by default).

Transactions stay in pysqlite's default mode (BEGIN sent before the first write),
which waits on busy_timeout for the write lock instead of failing; an all-or-
nothing import takes BEGIN IMMEDIATE itself (mairie_app.exchange.transaction).
"""

from __future__ import annotations

import weakref

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

BUSY_TIMEOUT_MS = 5000
_LECTURE_SEULE: weakref.WeakSet[Engine] = weakref.WeakSet()


def make_engine(url: str | URL, lecture_seule: bool = False) -> Engine:
    """SQLite gets foreign keys, WAL and a busy timeout on every connection.

    A read-only engine (a second copy of the app) also gets `query_only`, and is
    remembered so that a flush on it fails early with a French message.
    """
    engine = create_engine(url, future=True)
    if engine.dialect.name == "sqlite":
        event.listen(
            engine, "connect", _sqlite_pragmas_lecture if lecture_seule else _sqlite_pragmas
        )
    if lecture_seule:
        _LECTURE_SEULE.add(engine)
    return engine


def en_lecture_seule(engine: Engine) -> bool:
    return engine in _LECTURE_SEULE


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    if cursor.execute("PRAGMA journal_mode").fetchone()[0] != "memory":
        cursor.execute("PRAGMA journal_mode=WAL")
    cursor.close()


def _sqlite_pragmas_lecture(dbapi_connection, _record) -> None:
    """The file is opened with mode=ro: no journal-mode change, no write at all."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA query_only=ON")
    cursor.close()


def make_sessionmaker(engine: Engine) -> sessionmaker[Session]:
    """expire_on_commit=False so data read in a service stays readable after commit.

    Installing the register's flush hooks here (once, on the Session class) means
    every session of the app, including those an import builds on one connection,
    records its changes and respects closed séances.
    """
    from mairie_app.db.history import installer

    installer()
    return sessionmaker(engine, expire_on_commit=False)
