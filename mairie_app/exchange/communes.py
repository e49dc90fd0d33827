"""A commune's identity from its INSEE code, for registers created by an import.

An import into an empty register has to create the commune; the official list
already knows its name, département, arrondissement and population, so the file
(or the command line) only needs the INSEE code.
"""

from __future__ import annotations

from mairie_app.domain.identifiants import verifier_code_insee
from mairie_app.errors import ValidationError
from mairie_app.referentiels.communes import get_commune_ref
from mairie_app.services.dto import CommuneData


def commune_depuis_code(code_insee: str) -> CommuneData:
    """The commune as the official list describes it (no SIRET: the list has only the SIREN).

    Raises ValidationError for a malformed code or one the list does not know.
    """
    code = verifier_code_insee(code_insee)
    ref = get_commune_ref(code)
    if ref is None:
        raise ValidationError(
            f"Code INSEE {code} : aucune commune de ce code dans la liste officielle.",
            "code_insee",
        )
    return CommuneData(
        nom=ref.nom,
        code_insee=ref.code_insee,
        population=ref.population or 0,
        type_liaison=ref.type_liaison,
        departement_nom=ref.departement_nom,
        departement_liaison=ref.departement_liaison,
        arrondissement_nom=ref.arrondissement_nom or "",
        arrondissement_liaison=ref.arrondissement_liaison or 0,
    )


def code_prefecture(code_insee: str) -> str:
    """ "PREF059": the SCDL PREF_ID of the préfecture of the commune's département.

    The département goes on three characters with leading zeros ("059", "02A", "971").
    Empty when the code is not in the official list.
    """
    ref = get_commune_ref(code_insee)
    if ref is None:
        return ""
    return "PREF" + ref.departement_code.rjust(3, "0")
