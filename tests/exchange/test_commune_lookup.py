"""The commune an import creates comes from the official list, by INSEE code."""

from __future__ import annotations

import pytest

from mairie_app.errors import ValidationError
from mairie_app.exchange.communes import code_prefecture, commune_depuis_code


def test_chereng():
    commune = commune_depuis_code("59146")
    assert commune.nom == "Chéreng"
    assert commune.code_insee == "59146"
    assert commune.departement_nom == "Nord"
    assert commune.arrondissement_nom == "Lille"
    assert commune.population == 3078
    assert commune.effectif_legal == 23
    assert commune.de_commune == "de Chéreng"
    assert commune.de_departement == "du Nord"
    assert commune.de_arrondissement == "de Lille"
    assert commune.siret == ""  # the list has the SIREN only; the secretary types the SIRET


def test_code_is_normalised_and_corsica_works():
    assert commune_depuis_code(" 2a004 ").code_insee == "2A004"
    assert code_prefecture("2A004") == "PREF02A"
    assert code_prefecture("59146") == "PREF059"
    assert code_prefecture("97101") == "PREF971"


@pytest.mark.parametrize(("code", "message"), [("591", "5 caractères"), ("99999", "aucune")])
def test_unknown_or_malformed_code(code, message):
    with pytest.raises(ValidationError, match=message):
        commune_depuis_code(code)
    assert code_prefecture("99999") == ""
