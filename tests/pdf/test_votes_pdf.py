"""Each kind of vote, typed through the services, prints what the act must say."""

from __future__ import annotations

from datetime import date

import pytest

from mairie_app.domain.presences import Presence
from mairie_app.domain.types import Choix, ModeScrutin, Statut
from mairie_app.pdf.extrait import build_extrait
from mairie_app.pdf.proces_verbal import build_proces_verbal
from mairie_app.services.dto import SaisieVote


def _ids(services, seance_id) -> dict[str, int]:
    return {c.nom: c.id for c in services.conseil.conseillers()}


def _voter(services, seance_id, saisie: SaisieVote, ordre: int = 1):
    point = services.seances.seance(seance_id).points[ordre - 1]
    services.deliberations.enregistrer_vote(point.id, saisie)
    return services.documents.seance_document(seance_id)


@pytest.fixture
def imprimer(tmp_path, texte_pdf):
    def faire(doc, ordre: int = 1, nom: str = "extrait.pdf") -> str:
        return texte_pdf(build_extrait(doc, ordre, tmp_path / nom))

    return faire


def test_nominative_vote_lists_each_voter(registre_demo, imprimer):
    services, seance_id = registre_demo
    ids = _ids(services, seance_id)
    choix = {i: Choix.POUR for i in ids.values()}
    choix[ids["BUISSE"]] = Choix.CONTRE
    choix[ids["DEMOYER"]] = Choix.ABSTENTION
    choix[ids["WATTEAU"]] = Choix.ABSTENTION
    doc = _voter(
        services,
        seance_id,
        SaisieVote(ModeScrutin.NOMINATIF, choix_nominatifs=choix, demandes_public=6),
    )
    texte = imprimer(doc)
    assert "après en avoir délibéré, au scrutin public nominatif, par :" in texte
    assert "20 voix pour : M. ZOUTE Pascal, M. BARBE Eric, M. BULTEY Dominique" in texte
    assert "M. LLANES David" in texte.split("20 voix pour")[1]
    assert "2 abstentions : Mme DEMOYER Pascaline, M. WATTEAU Bernard" in texte
    assert "1 contre : M. BUISSE Jean-Louis" in texte
    assert "à l'unanimité" not in texte


def test_non_participant_is_named_and_not_counted(registre_demo, imprimer):
    services, seance_id = registre_demo
    ids = _ids(services, seance_id)
    doc = _voter(
        services,
        seance_id,
        SaisieVote(ModeScrutin.MAIN_LEVEE, pour=22, non_participant_ids=(ids["RECLOUX"],)),
    )
    texte = imprimer(doc)
    assert "N'a pas pris part au vote : Mme RECLOUX Hélène" in texte
    assert "VOTANTS : 22" in texte
    assert "NE PRENANT PAS PART AU VOTE : 1" in texte
    assert "22 voix pour 0 abstention 0 contre" in texte


def test_two_non_participants_take_the_plural(registre_demo, imprimer):
    services, seance_id = registre_demo
    ids = _ids(services, seance_id)
    doc = _voter(
        services,
        seance_id,
        SaisieVote(
            ModeScrutin.MAIN_LEVEE, pour=21, non_participant_ids=(ids["MELI"], ids["DUBOIS"])
        ),
    )
    assert "N'ont pas pris part au vote : M. DUBOIS Laurent, Mme MELI Odette" in imprimer(doc)


def test_rejected_vote_says_so(registre_demo, imprimer):
    services, seance_id = registre_demo
    doc = _voter(
        services, seance_id, SaisieVote(ModeScrutin.MAIN_LEVEE, pour=9, contre=13, abstentions=1)
    )
    texte = imprimer(doc)
    assert "par : 9 voix pour 1 abstention 13 contre" in texte
    assert "La proposition est rejetée." in texte
    assert "à l'unanimité" not in texte


def test_tie_broken_by_the_president(registre_demo, imprimer):
    services, seance_id = registre_demo
    doc = _voter(
        services,
        seance_id,
        SaisieVote(
            ModeScrutin.MAIN_LEVEE, pour=11, contre=11, abstentions=1, voix_president=Choix.POUR
        ),
    )
    texte = imprimer(doc)
    assert "11 voix pour 1 abstention 11 contre" in texte
    assert "la voix du président étant prépondérante" in texte
    assert "la proposition est adoptée" in texte
    assert "La proposition est rejetée." not in texte


def test_secret_ballot_prints_the_ballots(registre_demo, imprimer, tmp_path, texte_pdf):
    services, seance_id = registre_demo
    doc = _voter(
        services,
        seance_id,
        SaisieVote(ModeScrutin.SECRET, pour=15, contre=5, blancs=2, nuls=1, demandes_secret=8),
    )
    texte = imprimer(doc)
    assert "après en avoir délibéré, au scrutin secret :" in texte
    for attendu in (
        "Votants : 23",
        "Bulletins trouvés dans l'urne : 23",
        "Bulletins blancs : 2",
        "Bulletins nuls : 1",
        "Suffrages exprimés : 20",
        "Pour : 15",
        "Contre : 5",
    ):
        assert attendu in texte
    pv = texte_pdf(build_proces_verbal(doc, tmp_path / "pv.pdf"))
    assert "Demande de scrutin secret : 8 membres ont demandé ce mode de scrutin." in pv
    assert "Mode de scrutin : Scrutin secret" in pv


def test_unanimity_with_abstentions_is_of_the_votes_cast(registre_demo, imprimer):
    services, seance_id = registre_demo
    doc = _voter(services, seance_id, SaisieVote(ModeScrutin.MAIN_LEVEE, pour=20, abstentions=3))
    assert "à l'unanimité des suffrages exprimés, par : 20 voix pour 3 abstentions 0 contre" in (
        imprimer(doc)
    )


def test_late_arrival_is_absent_from_the_first_item(registre_demo, imprimer):
    services, seance_id = registre_demo
    ids = _ids(services, seance_id)
    services.seances.ajouter_point(seance_id, "SECOND POINT")
    services.seances.modifier_presence(
        seance_id, Presence(ids["WAQUET"], Statut.PRESENT, arrivee_ordre=2)
    )
    doc = services.documents.seance_document(seance_id)
    premier = imprimer(doc, 1, "p1.pdf")
    assert "Absente : Mme WAQUET Johanne (arrivée au point 2)" in premier
    assert "PRÉSENTS : 21" in premier
    assert "WAQUET Johanne" not in premier.split("Présents :")[1].split("Absent")[0]
    assert "Vote non encore enregistré." in premier
    second = imprimer(doc, 2, "p2.pdf")
    assert "WAQUET Johanne, WATTEAU Bernard" in second
    assert "PRÉSENTS : 22" in second


def test_display_and_transmission_dates_are_certified(registre_demo, imprimer):
    services, seance_id = registre_demo
    point = services.seances.seance(seance_id).points[0]
    services.deliberations.enregistrer_suivi(
        point.id, date(2024, 2, 14), date(2024, 2, 13), date(2024, 2, 13), "059-215901463-20240212"
    )
    texte = imprimer(services.documents.seance_document(seance_id))
    assert "l'affichage à la porte de la Mairie le : 14 février 2024" in texte
    assert (
        "la transmission au représentant de l'État le : 13 février 2024 (accusé de réception du "
        "13 février 2024, n° 059-215901463-20240212)"
    ) in texte
