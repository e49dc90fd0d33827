"""Closed vocabularies of the council's records.

The values are stored in the database as these strings, so never rename one
without a migration.
"""

from __future__ import annotations

from enum import StrEnum


class Civilite(StrEnum):
    MONSIEUR = "M."
    MADAME = "Mme"

    @property
    def long(self) -> str:
        return "Monsieur" if self is Civilite.MONSIEUR else "Madame"


class Fonction(StrEnum):
    MAIRE = "maire"
    ADJOINT = "adjoint"
    DELEGUE = "conseiller_delegue"
    CONSEILLER = "conseiller"

    @property
    def libelle(self) -> str:
        return _FONCTION_LIBELLES[self]


_FONCTION_LIBELLES = {
    Fonction.MAIRE: "Maire",
    Fonction.ADJOINT: "Adjoint",
    Fonction.DELEGUE: "Conseiller délégué",
    Fonction.CONSEILLER: "Conseiller municipal",
}


class Statut(StrEnum):
    """Attendance at the opening of the séance."""

    PRESENT = "present"
    EXCUSE = "absent_excuse"
    ABSENT = "absent"

    @property
    def libelle(self) -> str:
        return {"present": "Présent", "absent_excuse": "Absent excusé", "absent": "Absent"}[
            self.value
        ]


class NatureSeance(StrEnum):
    ORDINAIRE = "ordinaire"
    EXTRAORDINAIRE = "extraordinaire"


class EtatSeance(StrEnum):
    BROUILLON = "brouillon"
    CLOTUREE = "cloturee"


class ModeScrutin(StrEnum):
    MAIN_LEVEE = "main_levee"
    NOMINATIF = "nominatif"
    SECRET = "secret"

    @property
    def libelle(self) -> str:
        return {
            "main_levee": "À main levée",
            "nominatif": "Scrutin public nominatif",
            "secret": "Scrutin secret",
        }[self.value]


class Choix(StrEnum):
    """One member's vote in a nominative ballot (or the president's casting vote)."""

    POUR = "pour"
    CONTRE = "contre"
    ABSTENTION = "abstention"


class Resultat(StrEnum):
    ADOPTEE = "adoptee"
    REJETEE = "rejetee"

    @property
    def libelle(self) -> str:
        return "Adoptée" if self is Resultat.ADOPTEE else "Rejetée"


class ModePublication(StrEnum):
    """L2131-1 IV: communes under 3,500 choose; electronic by default."""

    AFFICHAGE = "affichage"
    PAPIER = "papier"
    ELECTRONIQUE = "electronique"

    @property
    def libelle(self) -> str:
        return {
            "affichage": "Affichage",
            "papier": "Publication sur papier",
            "electronique": "Publication électronique",
        }[self.value]
