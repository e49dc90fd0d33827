from datetime import date, time

import pytest

from mairie_app.domain.wording import (
    date_courte,
    date_longue,
    en_lettres,
    heure_courte,
    heure_en_lettres,
    jour_en_lettres,
    ouverture,
    pluriel,
    voix,
)


def test_reference_opening_in_words():
    assert ouverture(date(2024, 2, 12), time(18, 30)) == (
        "L'an deux mille vingt-quatre, le douze février, à dix-huit heures trente"
    )


def test_first_of_the_month_is_premier():
    assert jour_en_lettres(date(2025, 3, 1)) == "premier mars"
    assert date_longue(date(2025, 3, 1)) == "1er mars 2025"
    assert date_longue(date(2024, 2, 6)) == "6 février 2024"


@pytest.mark.parametrize(
    ("n", "words"),
    [(21, "vingt et un"), (71, "soixante et onze"), (80, "quatre-vingts"),
     (81, "quatre-vingt-un"), (200, "deux cents"), (203, "deux cent trois"),
     (2013, "deux mille treize")],
)  # fmt: skip
def test_traditional_spelling_of_numbers(n, words):
    assert en_lettres(n) == words


@pytest.mark.parametrize(
    ("t", "words"),
    [(time(1, 0), "une heure"), (time(21, 1), "vingt et une heures une"),
     (time(20, 0), "vingt heures"), (time(9, 45), "neuf heures quarante-cinq")],
)  # fmt: skip
def test_hours_are_feminine(t, words):
    assert heure_en_lettres(t) == words


def test_figures_for_the_box():
    assert date_courte(date(2024, 2, 6)) == "06/02/2024"
    assert heure_courte(time(18, 30)) == "18 h 30"
    assert heure_courte(time(20, 0)) == "20 h"


def test_french_plural_keeps_zero_and_one_singular():
    assert pluriel(0, "abstention") == "0 abstention"
    assert pluriel(1, "abstention") == "1 abstention"
    assert pluriel(2, "abstention") == "2 abstentions"
    assert voix(23, "pour") == "23 voix pour"


def test_thousands_are_grouped_the_french_way():
    from mairie_app.domain.wording import nombre

    assert nombre(3078) == "3\u202f078"
    assert nombre(999) == "999"
