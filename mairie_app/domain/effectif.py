"""Size of the council and convocation delays (CGCT L2121-2, L2121-11, L2121-12, L2121-17)."""

from __future__ import annotations

from datetime import date

from mairie_app.errors import ValidationError

# L2121-2, version in force since 23 March 2014: (lowest population of the bracket, members).
_EFFECTIF_TABLE: tuple[tuple[int, int], ...] = (
    (0, 7),
    (100, 11),
    (500, 15),
    (1_500, 19),
    (2_500, 23),
    (3_500, 27),
    (5_000, 29),
    (10_000, 33),
    (20_000, 35),
    (30_000, 39),
    (40_000, 43),
    (50_000, 45),
    (60_000, 49),
    (80_000, 53),
    (100_000, 55),
    (150_000, 59),
    (200_000, 61),
    (250_000, 65),
    (300_000, 69),
)

SEUIL_3500 = 3_500


def effectif_legal(population: int, override: int | None = None) -> int:
    """Members of the council for this population; the override covers L2121-2-1.

    Under 1,000 inhabitants a council "réputé complet" may have fewer members
    than the table, and every rule then uses that lower figure.
    """
    if population < 0:
        raise ValidationError("Population : elle ne peut pas être négative.", "population")
    if override is not None:
        if override < 1:
            raise ValidationError(
                "Effectif légal : il doit compter au moins un membre.", "effectif_legal"
            )
        return override
    members = _EFFECTIF_TABLE[0][1]
    for lowest, count in _EFFECTIF_TABLE:
        if population >= lowest:
            members = count
    return members


def quorum_requis(en_exercice: int) -> int:
    """Majority of members in office: floor(n / 2) + 1 must be physically present."""
    return en_exercice // 2 + 1


def delai_convocation(population: int, urgence: bool = False) -> int:
    """Minimum jours francs between sending the convocation and the séance.

    Urgency shortens the delay to one clear day whatever the size of the commune.
    """
    if urgence:
        return 1
    return 5 if population >= SEUIL_3500 else 3


def jours_francs(convocation: date, seance: date) -> int:
    """Days strictly between the two dates: neither the sending day nor the séance counts."""
    return (seance - convocation).days - 1


def verifier_convocation(
    convocation: date, seance: date, population: int, urgence: bool = False
) -> str | None:
    """None when the delay is met, otherwise the French reason it is not."""
    if convocation > seance:
        return "Date de convocation : elle est postérieure à la séance."
    francs = jours_francs(convocation, seance)
    requis = delai_convocation(population, urgence)
    if francs < requis:
        motif = (
            "en urgence"
            if urgence
            else (
                "à partir de 3 500 habitants"
                if population >= SEUIL_3500
                else "sous 3 500 habitants"
            )
        )
        return (
            f"Délai de convocation non respecté : {francs} jour(s) franc(s) "
            f"au lieu de {requis} au moins ({motif})."
        )
    return None


SECONDE_CONVOCATION_DELAI = 3


def verifier_seconde_convocation(premiere_seance: date, seance: date) -> str | None:
    """L2121-17: after a failed quorum the council meets again at least three days later."""
    if (seance - premiere_seance).days < SECONDE_CONVOCATION_DELAI:
        return (
            "Seconde convocation : la séance doit se tenir au moins trois jours "
            "après celle où le quorum n'a pas été atteint."
        )
    return None
