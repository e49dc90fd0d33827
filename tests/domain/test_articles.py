"""The "de" forms of place names, for each of INSEE's article types."""

from __future__ import annotations

import pytest

from mairie_app.domain.articles import avec_de


@pytest.mark.parametrize(
    ("nom", "type_liaison", "attendu"),
    [
        ("Lille", 0, "de Lille"),
        ("Chéreng", 0, "de Chéreng"),
        ("Annecy", 1, "d'Annecy"),
        ("Nord", 2, "du Nord"),
        ("Le Mans", 2, "du Mans"),
        ("Somme", 3, "de la Somme"),
        ("Landes", 4, "des Landes"),
        ("Les Sables-d'Olonne", 4, "des Sables-d'Olonne"),
        ("Ain", 5, "de l'Ain"),
        ("Aux Marais", 6, "des Marais"),
        ("Marais", 6, "des Marais"),
        ("Illas", 7, "de Las Illas"),
        ("Las Illas", 7, "de Las Illas"),
        ("Los Masos", 8, "de Los Masos"),
        ("Masos", 8, "de Los Masos"),
    ],
)
def test_avec_de(nom, type_liaison, attendu):
    assert avec_de(nom, type_liaison) == attendu


def test_article_that_cannot_merge_keeps_its_capital_in_a_commune_name():
    # Imprimerie nationale: the article is part of the town's name.
    assert avec_de("La Rochelle", 3) == "de La Rochelle"
    assert avec_de("L'Haÿ-les-Roses", 5) == "de L'Haÿ-les-Roses"
    assert avec_de("L’Haÿ-les-Roses", 5) == "de L’Haÿ-les-Roses"


def test_name_is_trimmed_and_not_stripped_of_a_look_alike_prefix():
    assert avec_de("  Nord ", 2) == "du Nord"
    # "Lens" starts with "Le" but not with the article "Le ".
    assert avec_de("Lens", 0) == "de Lens"
    assert avec_de("Lesquin", 0) == "de Lesquin"


@pytest.mark.parametrize(
    ("nom", "type_liaison"), [("", 0), ("   ", 2), ("Lille", 9), ("Lille", -1)]
)
def test_invalid_input_is_refused(nom, type_liaison):
    with pytest.raises(ValueError):
        avec_de(nom, type_liaison)
