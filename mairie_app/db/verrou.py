"""One writer per register: an operating-system lock on `registre.lock`.

The lock is taken with flock (POSIX) or msvcrt.locking (Windows) on a small file
next to the database, never on the database itself (SQLite has its own locks
there). The OS releases it when the process ends, even after a crash or a
SIGKILL, so a stale lock can never keep the secretary out.

Within one process the lock is shared: opening the same register twice (the
window reopening after a restore, the tests) counts references instead of
locking against itself. `liberer` drops one reference; the last one unlocks.
"""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path
from typing import IO

NOM_FICHIER = "registre.lock"

_VERROUS: dict[Path, tuple[IO[bytes], int]] = {}
_MUTEX = threading.Lock()


def chemin_verrou(data_dir: Path) -> Path:
    return data_dir / NOM_FICHIER


def acquerir(data_dir: Path) -> bool:
    """Take (or share, within this process) the register's lock; False if another process has it."""
    chemin = chemin_verrou(data_dir).resolve()
    with _MUTEX:
        if chemin in _VERROUS:
            fichier, n = _VERROUS[chemin]
            _VERROUS[chemin] = (fichier, n + 1)
            return True
        chemin.parent.mkdir(parents=True, exist_ok=True)
        fichier = open(chemin, "a+b")  # noqa: SIM115  (held open for the process lifetime)
        if not _verrouiller(fichier):
            fichier.close()
            return False
        if sys.platform != "win32":
            _ecrire_proprietaire(fichier)
        _VERROUS[chemin] = (fichier, 1)
        return True


def liberer(data_dir: Path) -> None:
    """Drop one reference to the lock; the last one unlocks the file."""
    chemin = chemin_verrou(data_dir).resolve()
    with _MUTEX:
        if chemin not in _VERROUS:
            return
        fichier, n = _VERROUS[chemin]
        if n > 1:
            _VERROUS[chemin] = (fichier, n - 1)
            return
        del _VERROUS[chemin]
        _deverrouiller(fichier)
        fichier.close()


def detenu(data_dir: Path) -> bool:
    """True if this process holds the register's lock."""
    with _MUTEX:
        return chemin_verrou(data_dir).resolve() in _VERROUS


def _ecrire_proprietaire(fichier: IO[bytes]) -> None:
    """The holder's pid, for a person looking at the folder (never read by the app).

    POSIX only: on Windows the locked byte would refuse the write.
    """
    try:
        fichier.seek(0)
        fichier.truncate()
        fichier.write(f"{os.getpid()}\n".encode())
        fichier.flush()
    except OSError:
        pass


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _verrouiller(fichier: IO[bytes]) -> bool:
        try:
            fichier.seek(0)
            msvcrt.locking(fichier.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _deverrouiller(fichier: IO[bytes]) -> None:
        try:
            fichier.seek(0)
            msvcrt.locking(fichier.fileno(), msvcrt.LK_UNLCK, 1)
        except OSError:
            pass

else:
    import fcntl

    def _verrouiller(fichier: IO[bytes]) -> bool:
        try:
            fcntl.flock(fichier.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _deverrouiller(fichier: IO[bytes]) -> None:
        fcntl.flock(fichier.fileno(), fcntl.LOCK_UN)
