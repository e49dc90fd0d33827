"""Errors about an imported file: they say where the problem is, not only what it is.

A secretary who receives a file by e-mail cannot read a traceback; she (or the
colleague who made the file) needs the exact place: a JSON path for a séance file,
a line number or the missing columns for a CSV.
"""

from __future__ import annotations

from mairie_app.errors import ValidationError

MAX_ERREURS_AFFICHEES = 5


class SeanceFileError(ValidationError):
    """A séance file that cannot be imported; nothing was written.

    `chemin` is the JSON path of the first problem ("$.deliberations[0].vote.pour"),
    `regle` the rule it breaks, `erreurs` every (path, rule) found when the file's
    structure was read (one pair for a legal check, which stops at the first).
    """

    def __init__(self, chemin: str, regle: str, autres: tuple[tuple[str, str], ...] = ()) -> None:
        texte = f"Fichier de séance, {chemin} : {regle}"
        if autres:
            details = " ; ".join(f"{c} : {r}" for c, r in autres[:MAX_ERREURS_AFFICHEES])
            reste = len(autres) - MAX_ERREURS_AFFICHEES
            suite = f" ; et {reste} autre(s)" if reste > 0 else ""
            texte += f"\nAutres erreurs : {details}{suite}."
        super().__init__(texte, chemin)
        self.chemin = chemin
        self.regle = regle
        self.erreurs: tuple[tuple[str, str], ...] = ((chemin, regle), *autres)


class RneFileError(ValidationError):
    """A Répertoire national des élus file that cannot be used; nothing was written.

    `ligne` is the line of the file (1 = header) when one line is at fault;
    `colonnes_manquantes` lists the expected columns the header lacks.
    """

    def __init__(
        self,
        message: str,
        ligne: int | None = None,
        colonnes_manquantes: tuple[str, ...] = (),
    ) -> None:
        texte = f"Fichier des élus, ligne {ligne} : {message}" if ligne else message
        super().__init__(texte, "fichier")
        self.ligne = ligne
        self.colonnes_manquantes = colonnes_manquantes
