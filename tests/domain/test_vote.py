import pytest
from hypothesis import given
from hypothesis import strategies as st

from mairie_app.domain.types import Choix, ModeScrutin, Resultat
from mairie_app.domain.vote import (
    Vote,
    compter_nominatif,
    issue_du_vote,
    mode_requis,
    verifier_mode,
    verifier_vote,
)
from mairie_app.errors import ValidationError

MAIN, NOMINATIF, SECRET = ModeScrutin.MAIN_LEVEE, ModeScrutin.NOMINATIF, ModeScrutin.SECRET


def test_reference_vote_23_for_is_adopted_unanimously():
    vote = Vote(MAIN, pour=23, contre=0, abstentions=0)
    verifier_vote(vote, votants=23)
    issue = issue_du_vote(vote)
    assert issue.resultat is Resultat.ADOPTEE and issue.unanimite
    assert issue.libelle == "Adoptée à l'unanimité"


def test_counts_that_do_not_add_up_name_the_numbers():
    with pytest.raises(ValidationError) as err:
        verifier_vote(Vote(MAIN, pour=20, contre=2, abstentions=0), votants=23)
    assert "pour 20 + contre 2 + abstentions 0 = 22, mais il y a 23 votants" in err.value.message
    assert "Écart : -1" in err.value.message


def test_abstentions_are_not_votes_cast():
    issue = issue_du_vote(Vote(MAIN, pour=4, contre=0, abstentions=6))
    assert issue.exprimes == 4 and issue.unanimite and issue.resultat is Resultat.ADOPTEE


def test_tie_in_public_ballot_goes_the_presidents_way():
    adopted = issue_du_vote(Vote(MAIN, 5, 5, voix_president=Choix.POUR))
    rejected = issue_du_vote(Vote(MAIN, 5, 5, voix_president=Choix.CONTRE))
    assert adopted.resultat is Resultat.ADOPTEE and adopted.voix_preponderante
    assert rejected.resultat is Resultat.REJETEE and rejected.voix_preponderante
    assert "voix prépondérante" in adopted.libelle


def test_tie_needs_the_presidents_vote_in_a_show_of_hands():
    with pytest.raises(ValidationError, match="prépondérante"):
        verifier_vote(Vote(MAIN, 5, 5), votants=10)


def test_tie_in_secret_ballot_is_rejected_whatever_the_president():
    issue = issue_du_vote(Vote(SECRET, 5, 5, voix_president=Choix.POUR))
    assert issue.resultat is Resultat.REJETEE and not issue.voix_preponderante


def test_blank_and_spoilt_ballots_only_in_secret_ballot():
    with pytest.raises(ValidationError, match="scrutin secret"):
        verifier_vote(Vote(MAIN, 5, 0, blancs=1), votants=6)
    vote = Vote(SECRET, 5, 3, blancs=1, nuls=1)
    verifier_vote(vote, votants=10)
    assert issue_du_vote(vote).exprimes == 8


def test_negative_counts_are_refused():
    with pytest.raises(ValidationError, match="Contre : le nombre ne peut pas être négatif"):
        verifier_vote(Vote(MAIN, 3, -1), votants=2)


def test_nobody_voting_for_is_a_rejection():
    assert issue_du_vote(Vote(MAIN, 0, 0, abstentions=5)).resultat is Resultat.REJETEE


def test_nominative_grid_becomes_counts_with_the_presidents_choice():
    choix = {1: Choix.POUR, 2: Choix.CONTRE, 3: Choix.ABSTENTION, 4: Choix.POUR}
    vote = compter_nominatif(choix, {1, 2, 3, 4}, president_id=1)
    assert (vote.pour, vote.contre, vote.abstentions, vote.voix_president) == (
        2, 1, 1, Choix.POUR,
    )  # fmt: skip
    with pytest.raises(ValidationError, match="1 votant"):
        compter_nominatif({1: Choix.POUR}, {1, 2}, None)
    with pytest.raises(ValidationError, match="ne votent pas"):
        compter_nominatif({1: Choix.POUR, 9: Choix.POUR}, {1}, None)


def test_a_third_obtains_a_secret_ballot_a_quarter_a_roll_call():
    assert mode_requis(presents=12, demandes_secret=4, demandes_public=0) is SECRET
    assert mode_requis(presents=12, demandes_secret=3, demandes_public=3) is NOMINATIF
    assert mode_requis(presents=12, demandes_secret=4, demandes_public=6) is SECRET
    assert mode_requis(presents=12, demandes_secret=2, demandes_public=2) is None
    with pytest.raises(ValidationError, match="au moins un tiers"):
        verifier_mode(MAIN, 12, 4, 0)
    verifier_mode(SECRET, 12, 4, 0)


@given(
    st.sampled_from([MAIN, NOMINATIF, SECRET]),
    st.integers(0, 40),
    st.integers(0, 40),
    st.integers(0, 10),
    st.integers(0, 5),
    st.integers(0, 5),
    st.sampled_from([None, Choix.POUR, Choix.CONTRE, Choix.ABSTENTION]),
)
def test_result_follows_the_law(mode, pour, contre, abst, blancs, nuls, president):
    if mode is not SECRET:
        blancs = nuls = 0
    vote = Vote(mode, pour, contre, abst, blancs, nuls, president)
    votants = vote.total
    if mode is MAIN and pour == contre and pour > 0 and president is None:
        with pytest.raises(ValidationError):
            verifier_vote(vote, votants)
        return
    verifier_vote(vote, votants)
    issue = issue_du_vote(vote)
    assert issue.exprimes == pour + contre
    if pour > contre:
        assert issue.resultat is Resultat.ADOPTEE
    elif pour < contre or pour == 0 or mode is SECRET:
        assert issue.resultat is Resultat.REJETEE
    else:
        assert (issue.resultat is Resultat.ADOPTEE) == (president is Choix.POUR)
    with pytest.raises(ValidationError):
        verifier_vote(vote, votants + 1)
