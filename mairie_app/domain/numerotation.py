"""References of the deliberations and the limits of the @CTES identifier."""

from __future__ import annotations

import re
import string

from mairie_app.errors import ValidationError

FORMAT_REFERENCE_DEFAUT = "{annee} / {seance} / {ordre}"
_CHAMPS_AUTORISES = {"annee", "seance", "ordre"}
IDENTIFIANT_MAX = 15
OBJET_MAX = 499
_IDENTIFIANT_RE = re.compile(r"^[0-9A-Z_]{1,15}$")


def verifier_format_reference(fmt: str) -> None:
    champs = {name for _, name, _, _ in string.Formatter().parse(fmt) if name is not None}
    inconnus = champs - _CHAMPS_AUTORISES
    if inconnus or "ordre" not in champs:
        raise ValidationError(
            "Format de référence : utilisez {annee}, {seance} et {ordre} "
            "({ordre} est obligatoire).",
            "format_reference",
        )


def reference(fmt: str, annee: int, seance: int, ordre: int) -> str:
    """`2024 / 1 / 1` by default: year, séance number in the year, order in the séance."""
    verifier_format_reference(fmt)
    return fmt.format(annee=annee, seance=seance, ordre=ordre)


def identifiant_prefecture(ref: str) -> str:
    """The reference reduced to what @CTES accepts: at most 15 of 0-9, A-Z and _."""
    ident = re.sub(r"[^0-9A-Z]+", "_", ref.upper()).strip("_")
    verifier_identifiant(ident)
    return ident


def verifier_identifiant(ident: str) -> None:
    if not _IDENTIFIANT_RE.match(ident):
        raise ValidationError(
            f"Identifiant pour la préfecture « {ident} » : au plus {IDENTIFIANT_MAX} "
            "caractères parmi 0-9, A-Z et _ . Raccourcissez la référence.",
            "reference",
        )


def verifier_objet(objet: str) -> str:
    """The objet goes to @CTES as one line of at most 499 characters."""
    propre = objet.strip()
    if not propre:
        raise ValidationError("Objet : il est obligatoire.", "objet")
    if "\n" in propre or "\r" in propre:
        raise ValidationError("Objet : il doit tenir sur une seule ligne.", "objet")
    if len(propre) > OBJET_MAX:
        raise ValidationError(
            f"Objet : {len(propre)} caractères, la préfecture en accepte {OBJET_MAX} au plus.",
            "objet",
        )
    return propre
