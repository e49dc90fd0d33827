import pytest
from hypothesis import given
from hypothesis import strategies as st

from mairie_app.domain.presences import (
    Presence,
    alerte_pouvoirs_consecutifs,
    compter,
    verifier_presences,
)
from mairie_app.domain.types import Statut
from mairie_app.errors import ValidationError

P, E, A = Statut.PRESENT, Statut.EXCUSE, Statut.ABSENT
NOMS = {i: f"Conseiller {i}" for i in range(1, 40)}


def sheet(n: int, **overrides: Presence) -> list[Presence]:
    rows = {i: Presence(i, P) for i in range(1, n + 1)}
    for key, presence in overrides.items():
        rows[int(key[1:])] = presence
    return list(rows.values())


def test_reference_seance_llanes_gives_proxy_to_barbe():
    # 23 in office, LLANES (14) excused with a proxy to BARBE (2).
    presences = sheet(23, c14=Presence(14, E, pouvoir_a=2))
    verifier_presences(presences, NOMS)
    c = compter(presences, 23)
    assert (c.en_exercice, c.presents, c.representes, c.votants) == (23, 22, 1, 23)
    assert c.quorum == 12 and c.quorum_atteint
    assert "Quorum atteint" in c.message_quorum


def test_proxies_never_count_for_quorum():
    # 7 in office, 3 present holding 3 proxies: 6 votants but no quorum (4 needed).
    presences = [
        Presence(1, P), Presence(2, P), Presence(3, P),
        Presence(4, E, pouvoir_a=1), Presence(5, E, pouvoir_a=2), Presence(6, E, pouvoir_a=3),
        Presence(7, A),
    ]  # fmt: skip
    c = compter(presences, 7)
    assert c.votants == 6
    assert not c.quorum_atteint
    assert "Quorum non atteint" in c.message_quorum


def test_second_convocation_needs_no_quorum():
    presences = [Presence(1, P)] + [Presence(i, A) for i in range(2, 8)]
    c = compter(presences, 7, seconde_convocation=True)
    assert c.quorum_atteint and "sans condition de quorum" in c.message_quorum


def test_quorum_is_checked_per_item_with_departures_and_arrivals():
    presences = sheet(7, c1=Presence(1, P, depart_ordre=3), c2=Presence(2, P, arrivee_ordre=2))
    presences[2:] = [Presence(3, P), Presence(4, P), Presence(5, A), Presence(6, A), Presence(7, A)]
    assert compter(presences, 7, ordre=1).presents_ids == {1, 3, 4}  # 2 not there yet
    assert compter(presences, 7, ordre=2).presents_ids == {1, 2, 3, 4}  # 2 has arrived
    assert compter(presences, 7, ordre=2).quorum_atteint
    assert compter(presences, 7, ordre=3).presents_ids == {2, 3, 4}  # 1 has left
    assert not compter(presences, 7, ordre=3).quorum_atteint


def test_proxy_is_void_when_holder_has_left_and_replaced_when_giver_arrives():
    presences = [
        Presence(1, P, depart_ordre=3),
        Presence(2, P, arrivee_ordre=2, pouvoir_a=3),
        Presence(3, P),
        Presence(4, E, pouvoir_a=1),
    ]
    verifier_presences(presences, NOMS, nb_points=4)
    item1, item2, item3 = (compter(presences, 4, ordre=o) for o in (1, 2, 3))
    assert item1.representes_ids == {2, 4}
    assert item2.representes_ids == {4}  # 2 has arrived: votes himself
    assert item3.representes_ids == frozenset()  # holder 1 has left: proxy of 4 lost
    assert item3.votants == 2


def test_withdrawn_member_neither_votes_nor_counts_for_quorum():
    presences = sheet(5, c5=Presence(5, E, pouvoir_a=1))
    c = compter(presences, 5, ne_prennent_pas_part=[1])
    assert c.presents == 4
    assert c.presents_pour_quorum == 3
    # 1 withdraws: his own vote and the proxy he held are lost.
    assert c.votants == 3 and c.ne_prennent_pas_part == 2


@pytest.mark.parametrize(
    ("presences", "message"),
    [
        ([Presence(1, P), Presence(2, P), Presence(3, E, pouvoir_a=1), Presence(4, E, pouvoir_a=1)],
         "détient déjà le pouvoir de Conseiller 3"),
        ([Presence(1, A), Presence(2, E, pouvoir_a=1)], "Conseiller 1 n'est pas présent"),
        ([Presence(1, P), Presence(2, P, pouvoir_a=1)], "présent pendant toute la séance"),
        ([Presence(1, P), Presence(2, A, pouvoir_a=1)], "« absent excusé »"),
        ([Presence(1, E, pouvoir_a=1)], "à soi-même"),
        ([Presence(1, E, arrivee_ordre=2)], "seul un conseiller présent"),
        ([Presence(1, P, arrivee_ordre=1)], "compris entre 2"),
        ([Presence(1, P, arrivee_ordre=3, depart_ordre=2)], "doit suivre son arrivée"),
    ],
)  # fmt: skip
def test_impossible_sheets_are_refused_with_the_reason(presences, message):
    with pytest.raises(ValidationError, match=message):
        verifier_presences(presences, NOMS, nb_points=5)


def test_arrival_after_last_item_is_refused():
    with pytest.raises(ValidationError, match="entre 2 et 3"):
        verifier_presences([Presence(1, P, arrivee_ordre=4)], NOMS, nb_points=3)


def test_fourth_consecutive_proxy_is_warned():
    assert alerte_pouvoirs_consecutifs("X", [True, True, True]) is None
    assert alerte_pouvoirs_consecutifs("X", [False, True, True, True, True]) is not None
    assert alerte_pouvoirs_consecutifs("X", [True, True, True, True, False]) is None


# --- property tests: for any valid sheet the counters stay consistent ----------


@st.composite
def valid_sheets(draw):
    n = draw(st.integers(min_value=1, max_value=35))
    points = draw(st.integers(min_value=1, max_value=6))
    statuts = draw(st.lists(st.sampled_from([P, E, A]), min_size=n, max_size=n))
    rows = []
    for i, statut in enumerate(statuts, start=1):
        arrivee = depart = None
        if statut is P and points > 1 and draw(st.booleans()):
            arrivee = draw(st.integers(2, points))
        if statut is P and points > 1 and draw(st.booleans()):
            low = (arrivee or 1) + 1
            if low <= points:
                depart = draw(st.integers(low, points))
        rows.append(Presence(i, statut, None, arrivee, depart))
    presents = [p.conseiller_id for p in rows if p.statut is P]
    free = list(presents)
    for index, p in enumerate(rows):
        can_give = p.statut is E or (p.statut is P and (p.arrivee_ordre or p.depart_ordre))
        if can_give and free and draw(st.booleans()):
            holder = draw(st.sampled_from(free))
            if holder != p.conseiller_id:
                free.remove(holder)
                rows[index] = Presence(
                    p.conseiller_id, p.statut, holder, p.arrivee_ordre, p.depart_ordre
                )
    ordre = draw(st.integers(1, points))
    npp = draw(st.lists(st.integers(1, n), max_size=3, unique=True))
    return rows, points, ordre, npp


@given(valid_sheets(), st.booleans())
def test_counters_are_consistent_for_any_sheet(case, seconde):
    rows, points, ordre, npp = case
    verifier_presences(rows, NOMS, nb_points=points)
    c = compter(rows, len(rows), ordre, npp, seconde)
    assert c.votants == c.presents + c.representes - c.ne_prennent_pas_part
    assert 0 <= c.representes <= c.presents  # one proxy per holder at most
    assert c.votants <= 2 * c.presents
    assert c.presents + c.representes <= c.en_exercice
    assert c.presents_ids.isdisjoint(c.representes_ids)
    assert c.votants_ids <= c.presents_ids | c.representes_ids
    assert c.quorum_atteint == (seconde or c.presents_pour_quorum > c.en_exercice / 2)
    for p in rows:
        if p.conseiller_id in c.presents_ids:
            assert p.present_pour(ordre)
