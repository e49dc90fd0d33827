from dataclasses import replace

import pytest
from sqlalchemy import text

from mairie_app.domain.presences import Presence
from mairie_app.domain.types import Choix, ModeScrutin, Resultat, Statut
from mairie_app.errors import ValidationError
from mairie_app.services.dto import SaisieVote, TextesDeliberation


def first_point(services, seance_id):
    return services.seances.seance(seance_id).points[0].id


def textes(services, delib_id, **changes):
    d = services.deliberations.deliberation(delib_id)
    base = TextesDeliberation(reference=d.reference, objet=d.objet, matiere_code=d.matiere_code)
    return replace(base, **changes)


def rows(services):
    with services.engine.connect() as conn:
        return [
            conn.execute(text(f"SELECT * FROM {t} ORDER BY 1")).fetchall()
            for t in ("deliberation", "non_participant", "vote_nominatif")
        ]


def test_demo_vote_is_adopted_unanimously(demo):
    services, seance_id = demo
    delib = services.deliberations.deliberation(first_point(services, seance_id))
    assert (delib.pour, delib.contre, delib.abstentions) == (23, 0, 0)
    assert delib.resultat is Resultat.ADOPTEE
    assert services.deliberations.issue(delib.id).libelle == "Adoptée à l'unanimité"


def test_counts_that_do_not_add_up_are_refused_and_nothing_is_saved(demo):
    services, seance_id = demo
    delib_id = first_point(services, seance_id)
    before = rows(services)
    with pytest.raises(ValidationError, match="= 22, mais il y a 23 votants"):
        services.deliberations.enregistrer_vote(
            delib_id, SaisieVote(ModeScrutin.MAIN_LEVEE, pour=20, contre=2, non_participant_ids=())
        )
    with pytest.raises(ValidationError, match="= 23, mais il y a 22 votants"):
        services.deliberations.enregistrer_vote(
            delib_id, SaisieVote(ModeScrutin.MAIN_LEVEE, pour=23, non_participant_ids=(3,))
        )
    assert rows(services) == before


def test_member_not_taking_part_is_recorded_and_reduces_votants(demo):
    services, seance_id = demo
    delib_id = first_point(services, seance_id)
    assert services.deliberations.comptage(delib_id, (3,)).votants == 22
    delib = services.deliberations.enregistrer_vote(
        delib_id, SaisieVote(ModeScrutin.MAIN_LEVEE, pour=22, non_participant_ids=(3,))
    )
    assert delib.non_participant_ids == (3,)
    assert services.deliberations.comptage(delib_id).votants == 22


def test_nominative_vote_with_tie_broken_by_the_president(demo):
    services, seance_id = demo
    delib_id = first_point(services, seance_id)
    votants = sorted(services.deliberations.comptage(delib_id, (3,)).votants_ids)
    president = services.seances.seance(seance_id).president_id
    choix = {cid: (Choix.POUR if i % 2 == 0 else Choix.CONTRE) for i, cid in enumerate(votants)}
    choix[president] = Choix.POUR
    pour = sum(v is Choix.POUR for v in choix.values())
    assert pour == 11  # 22 votants split 11/11 with the president for
    delib = services.deliberations.enregistrer_vote(
        delib_id,
        SaisieVote(
            ModeScrutin.NOMINATIF, non_participant_ids=(3,), choix_nominatifs=choix,
            demandes_public=6,
        ),
    )  # fmt: skip
    assert (delib.pour, delib.contre) == (11, 11)
    assert delib.resultat is Resultat.ADOPTEE
    assert services.deliberations.issue(delib_id).voix_preponderante
    assert delib.choix_nominatifs == choix


def test_requested_secret_ballot_is_imposed(demo):
    services, seance_id = demo
    delib_id = first_point(services, seance_id)
    with pytest.raises(ValidationError, match="scrutin secret ; il s'impose"):
        services.deliberations.enregistrer_vote(
            delib_id, SaisieVote(ModeScrutin.MAIN_LEVEE, pour=23, demandes_secret=8)
        )
    delib = services.deliberations.enregistrer_vote(
        delib_id, SaisieVote(ModeScrutin.SECRET, pour=10, contre=10, blancs=2, nuls=1,
                             demandes_secret=8),
    )  # fmt: skip
    assert delib.resultat is Resultat.REJETEE  # a secret tie is not adopted


def test_no_vote_without_quorum(demo):
    services, seance_id = demo
    ids = {c.nom: c.id for c in services.conseil.conseillers()}
    for nom in list(ids)[2:13]:  # eleven present members leave; LLANES and BARBE stay
        services.seances.modifier_presence(seance_id, Presence(ids[nom], Statut.ABSENT))
    delib_id = first_point(services, seance_id)
    with pytest.raises(ValidationError, match="Quorum non atteint : 11 présents, il en faut 12"):
        services.deliberations.enregistrer_vote(
            delib_id, SaisieVote(ModeScrutin.MAIN_LEVEE, pour=12)
        )


def test_texts_are_validated(demo):
    services, seance_id = demo
    delib_id = first_point(services, seance_id)
    for changes, message in (
        ({"objet": "ligne\nsuivante"}, "une seule ligne"),
        ({"matiere_code": "12.4"}, "nomenclature ACTES"),
        ({"reference": "REFERENCE-BEAUCOUP-TROP-LONGUE"}, "15"),
        ({"reference": "  "}, "Référence : elle est obligatoire"),
    ):
        with pytest.raises(ValidationError, match=message):
            services.deliberations.enregistrer_textes(
                delib_id, textes(services, delib_id, **changes)
            )
    saved = services.deliberations.enregistrer_textes(
        delib_id, textes(services, delib_id, dispositif="**Décide** de tester.", matiere_code="7.1")
    )
    assert saved.dispositif == "**Décide** de tester." and saved.matiere_code == "7.1"


def test_duplicate_reference_is_refused(demo):
    services, seance_id = demo
    seance = services.seances.ajouter_point(seance_id, "Second point")
    with pytest.raises(ValidationError, match="déjà celle de la délibération"):
        services.deliberations.enregistrer_textes(
            seance.points[1].id, textes(services, seance.points[1].id, reference="2024 / 1 / 1")
        )


def test_follow_up_dates_are_checked(demo):
    from datetime import date

    services, seance_id = demo
    delib_id = first_point(services, seance_id)
    with pytest.raises(ValidationError, match="précéder la séance"):
        services.deliberations.enregistrer_suivi(delib_id, date(2024, 2, 1), None, None)
    delib = services.deliberations.enregistrer_suivi(
        delib_id, date(2024, 2, 14), date(2024, 2, 15), date(2024, 2, 15), "059-215901463-X"
    )
    assert delib.date_transmission == date(2024, 2, 15)
