import pytest

from mairie_app.domain.identifiants import verifier_code_insee, verifier_siret
from mairie_app.domain.numerotation import (
    FORMAT_REFERENCE_DEFAUT,
    identifiant_prefecture,
    reference,
    verifier_objet,
)
from mairie_app.errors import ValidationError


def test_reference_of_the_demo_act():
    assert reference(FORMAT_REFERENCE_DEFAUT, 2024, 1, 1) == "2024 / 1 / 1"
    assert reference("DCM-{annee}-{ordre:03d}", 2025, 4, 12) == "DCM-2025-012"


def test_reference_format_must_have_the_order_number():
    with pytest.raises(ValidationError, match="ordre"):
        reference("{annee}-{seance}", 2024, 1, 1)
    with pytest.raises(ValidationError, match="Format de référence"):
        reference("{annee}-{mois}-{ordre}", 2024, 1, 1)


def test_prefecture_identifier_fits_actes_limits():
    assert identifiant_prefecture("2024 / 1 / 1") == "2024_1_1"
    assert identifiant_prefecture("dcm-2025-012") == "DCM_2025_012"
    with pytest.raises(ValidationError, match="15"):
        identifiant_prefecture("DELIBERATION-2025-0012")


def test_objet_one_line_at_most_499_characters():
    assert verifier_objet("  Budget primitif  ") == "Budget primitif"
    assert len(verifier_objet("x" * 499)) == 499
    for bad, message in (("", "obligatoire"), ("a\nb", "une seule ligne"), ("x" * 500, "500")):
        with pytest.raises(ValidationError, match=message):
            verifier_objet(bad)


def test_siret_has_14_digits_and_a_valid_key():
    assert verifier_siret("215 901 463 00012") == "21590146300012"
    with pytest.raises(ValidationError, match="14 chiffres"):
        verifier_siret("2159014630001")
    with pytest.raises(ValidationError, match="clé de contrôle"):
        verifier_siret("21590146300013")


def test_insee_code():
    assert verifier_code_insee("59146") == "59146"
    assert verifier_code_insee("2a004") == "2A004"
    with pytest.raises(ValidationError, match="Code INSEE"):
        verifier_code_insee("5914")
