"""Checks of the official identifiers a commune carries (INSEE code, SIRET)."""

from __future__ import annotations

import re

from mairie_app.errors import ValidationError

_INSEE_RE = re.compile(r"^(\d{5}|2[AB]\d{3})$")


def luhn_valide(chiffres: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(chiffres)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def verifier_siret(siret: str) -> str:
    """14 digits whose Luhn key is right (SIREN 9 + NIC 5)."""
    propre = siret.replace(" ", "")
    if not re.fullmatch(r"\d{14}", propre):
        raise ValidationError("SIRET : il compte exactement 14 chiffres.", "siret")
    if not luhn_valide(propre):
        raise ValidationError(
            "SIRET : la clé de contrôle est fausse ; vérifiez les chiffres.", "siret"
        )
    return propre


def verifier_code_insee(code: str) -> str:
    propre = code.strip().upper()
    if not _INSEE_RE.match(propre):
        raise ValidationError(
            "Code INSEE : 5 caractères (chiffres, ou 2A/2B pour la Corse).", "code_insee"
        )
    return propre
