from datetime import date

import pytest

from mairie_app.domain.effectif import (
    delai_convocation,
    effectif_legal,
    jours_francs,
    quorum_requis,
    verifier_convocation,
    verifier_seconde_convocation,
)
from mairie_app.errors import ValidationError

# Every bracket of L2121-2: (population at the bottom, at the top, members).
BRACKETS = [
    (0, 99, 7),
    (100, 499, 11),
    (500, 1_499, 15),
    (1_500, 2_499, 19),
    (2_500, 3_499, 23),
    (3_500, 4_999, 27),
    (5_000, 9_999, 29),
    (10_000, 19_999, 33),
    (20_000, 29_999, 35),
    (30_000, 39_999, 39),
    (40_000, 49_999, 43),
    (50_000, 59_999, 45),
    (60_000, 79_999, 49),
    (80_000, 99_999, 53),
    (100_000, 149_999, 55),
    (150_000, 199_999, 59),
    (200_000, 249_999, 61),
    (250_000, 299_999, 65),
    (300_000, 2_000_000, 69),
]


@pytest.mark.parametrize(("low", "high", "members"), BRACKETS)
def test_effectif_legal_whole_table(low, high, members):
    assert effectif_legal(low) == members
    assert effectif_legal(high) == members


def test_effectif_legal_override_for_reputed_complete_council():
    assert effectif_legal(80, override=5) == 5
    with pytest.raises(ValidationError, match="Effectif légal"):
        effectif_legal(80, override=0)


def test_negative_population_is_refused():
    with pytest.raises(ValidationError, match="Population"):
        effectif_legal(-1)


@pytest.mark.parametrize(("en_exercice", "quorum"), [(15, 8), (11, 6), (23, 12), (22, 12), (7, 4)])
def test_quorum_is_majority_of_members_in_office(en_exercice, quorum):
    assert quorum_requis(en_exercice) == quorum


def test_convocation_delay_by_size_and_urgency():
    assert delai_convocation(3_499) == 3
    assert delai_convocation(3_500) == 5
    assert delai_convocation(50_000, urgence=True) == 1


def test_jours_francs_exclude_sending_day_and_meeting_day():
    # AMF 62's example: sent Monday, meeting Friday -> Tue, Wed, Thu.
    assert jours_francs(date(2024, 2, 5), date(2024, 2, 9)) == 3
    assert verifier_convocation(date(2024, 2, 5), date(2024, 2, 9), 1_000) is None
    message = verifier_convocation(date(2024, 2, 6), date(2024, 2, 9), 1_000)
    assert message is not None and "2 jour(s) franc(s) au lieu de 3" in message


def test_reference_seance_convocation_is_in_time():
    assert verifier_convocation(date(2024, 2, 6), date(2024, 2, 12), 3_078) is None


def test_five_days_from_3500_inhabitants():
    assert "au lieu de 5" in verifier_convocation(date(2024, 2, 6), date(2024, 2, 11), 4_000)
    assert verifier_convocation(date(2024, 2, 6), date(2024, 2, 12), 4_000) is None


def test_urgency_needs_one_clear_day():
    assert verifier_convocation(date(2024, 2, 10), date(2024, 2, 12), 4_000, urgence=True) is None
    assert "en urgence" in verifier_convocation(
        date(2024, 2, 11), date(2024, 2, 12), 4_000, urgence=True
    )


def test_convocation_after_meeting_is_refused():
    assert "postérieure" in verifier_convocation(date(2024, 2, 13), date(2024, 2, 12), 100)


def test_second_convocation_three_days_later():
    assert verifier_seconde_convocation(date(2024, 2, 12), date(2024, 2, 15)) is None
    assert verifier_seconde_convocation(date(2024, 2, 12), date(2024, 2, 14)) is not None
