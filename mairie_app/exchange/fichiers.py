"""Writing the files the app hands out, whole or not at all.

A file written half-way (full disk, USB key pulled out) would look valid to the
person who receives it; writing next to it then renaming avoids that.
"""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from mairie_app.errors import ValidationError

_RAISONS = {
    errno.ENOENT: "le dossier n'existe pas",
    errno.EACCES: "accès refusé",
    errno.EPERM: "accès refusé",
    errno.ENOSPC: "le disque est plein",
    errno.EROFS: "le support est en lecture seule",
    errno.EISDIR: "c'est un dossier",
}


def ecrire_texte(chemin: Path | str, texte: str) -> Path:
    """Write UTF-8 text (no BOM) atomically; an OS error becomes a French message."""
    chemin = Path(chemin)
    try:
        dossier = chemin.parent if str(chemin.parent) else Path(".")
        fd, temporaire = tempfile.mkstemp(prefix=f".{chemin.name}.", dir=dossier)
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as flux:
                flux.write(texte)
            os.chmod(temporaire, 0o666 & ~_umask())  # mkstemp makes it private
            os.replace(temporaire, chemin)
        except BaseException:
            Path(temporaire).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raison = _RAISONS.get(exc.errno or 0, exc.strerror or str(exc))
        raise ValidationError(
            f"Fichier {chemin} : impossible de l'écrire ({raison}).", "fichier"
        ) from exc
    return chemin


def _umask() -> int:
    masque = os.umask(0o022)
    os.umask(masque)
    return masque
