"""The change history: written at every flush, whatever makes the change, never editable."""

import inspect as pyinspect
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select, text

from mairie_app.db import models as m
from mairie_app.domain.presences import Presence
from mairie_app.domain.types import ModeScrutin, Statut
from mairie_app.errors import ValidationError
from mairie_app.services.base import ServiceBase
from mairie_app.services.dto import SaisieVote


def ids_by_name(services):
    return {c.nom: c.id for c in services.conseil.conseillers()}


def nombre(services):
    with services.engine.connect() as conn:
        return conn.execute(text("SELECT count(*) FROM historique")).scalar()


def test_loading_the_demo_records_who_created_what(demo):
    services, seance_id = demo
    lignes = services.historique.historique(seance_id)
    creations = {(h.objet_type, h.action) for h in lignes if h.action == "create"}
    assert {("seance", "create"), ("presence", "create"), ("deliberation", "create")} <= creations
    assert all(h.seance_id == seance_id for h in lignes)
    assert all(h.utilisateur for h in lignes)
    # Newest first.
    assert [h.id for h in lignes] == sorted((h.id for h in lignes), reverse=True)
    # Councillors belong to no séance but are in the register's history.
    conseillers = [h for h in services.historique.historique() if h.objet_type == "conseiller"]
    assert len(conseillers) == 23 and all(h.seance_id is None for h in conseillers)


def test_an_attendance_change_records_old_and_new_values_readably(demo, monkeypatch):
    services, seance_id = demo
    monkeypatch.setattr("getpass.getuser", lambda: "secretaire")
    ids = ids_by_name(services)
    services.seances.modifier_presence(
        seance_id, Presence(ids["LLANES"], Statut.EXCUSE, pouvoir_a=ids["MELI"])
    )
    (ligne,) = services.historique.historique(seance_id, limite=1)
    assert ligne.utilisateur == "secretaire"
    assert ligne.action == "update" and ligne.champ == "pouvoir_a_id"
    assert ligne.objet_libelle == "Présence de LLANES David"
    assert ligne.ancienne_valeur == f"BARBE Eric (n° {ids['BARBE']})"
    assert ligne.nouvelle_valeur.startswith("MELI ")
    assert "pouvoir donné à : BARBE Eric" in ligne.description


def test_values_are_text_enum_values_and_iso_dates(demo):
    services, seance_id = demo
    ids = ids_by_name(services)
    services.seances.modifier_presence(seance_id, Presence(ids["MELI"], Statut.ABSENT))
    lignes = services.historique.historique(seance_id, limite=10)
    statut = next(h for h in lignes if h.champ == "statut")
    assert (statut.ancienne_valeur, statut.nouvelle_valeur) == ("present", "absent")
    vote = next(h for h in lignes if h.champ == "vote_saisi")  # the vote no longer adds up
    assert (vote.ancienne_valeur, vote.nouvelle_valeur) == ("oui", "non")
    llanes = next(c for c in services.conseil.conseillers() if c.nom == "LLANES")
    services.conseil.modifier_conseiller(replace(llanes, mandat_fin=date(2026, 3, 1)))
    (fin,) = services.historique.historique(limite=1)
    assert (fin.objet_type, fin.champ, fin.nouvelle_valeur) == (
        "conseiller",
        "mandat_fin",
        "2026-03-01",
    )


def test_deleting_an_item_records_it_and_its_votes(demo):
    services, seance_id = demo
    ids = ids_by_name(services)
    seance = services.seances.ajouter_point(seance_id, "Point à retirer")
    point = seance.points[-1].id
    services.deliberations.enregistrer_vote(
        point,
        SaisieVote(ModeScrutin.MAIN_LEVEE, pour=22, non_participant_ids=(ids["MELI"],)),
    )
    services.seances.supprimer_point(point)
    suppressions = [
        h for h in services.historique.historique(seance_id, limite=5) if h.action == "delete"
    ]
    assert {h.objet_type for h in suppressions} == {"deliberation", "non_participant"}
    delib = next(h for h in suppressions if h.objet_type == "deliberation")
    assert "Point à retirer" in delib.ancienne_valeur and "pour : 22" in delib.ancienne_valeur


def test_saving_the_same_vote_again_records_nothing_new(demo):
    """Replacing the non-participants by an equal list is not a change."""
    services, seance_id = demo
    ids = ids_by_name(services)
    point = services.seances.seance(seance_id).points[0].id
    saisie = SaisieVote(ModeScrutin.MAIN_LEVEE, pour=22, non_participant_ids=(ids["MELI"],))
    services.deliberations.enregistrer_vote(point, saisie)
    avant = nombre(services)
    services.deliberations.enregistrer_vote(point, saisie)
    assert nombre(services) == avant


def test_a_refused_change_leaves_no_history(demo):
    services, seance_id = demo
    ids = ids_by_name(services)
    avant = nombre(services)
    with pytest.raises(ValidationError):
        services.seances.modifier_presence(
            seance_id, Presence(ids["MELI"], Statut.EXCUSE, pouvoir_a=ids["BARBE"])
        )
    assert nombre(services) == avant


def test_changes_made_outside_the_services_are_recorded_too(demo):
    """An import or any future code path goes through the same flush."""
    services, seance_id = demo
    with services.sessions.begin() as s:
        s.get(m.Seance, seance_id).lieu = "Salle des fêtes"
    (ligne,) = services.historique.historique(seance_id, limite=1)
    assert (ligne.champ, ligne.nouvelle_valeur) == ("lieu", "Salle des fêtes")


def test_user_name_falls_back_to_inconnu(demo, monkeypatch):
    services, seance_id = demo

    def sans_nom():
        raise OSError("no user")

    monkeypatch.setattr("getpass.getuser", sans_nom)
    services.cloture.enregistrer_approbation_pv(seance_id, date(2024, 3, 18))
    assert services.historique.historique(seance_id, limite=1)[0].utilisateur == "inconnu"


def test_the_database_refuses_to_edit_or_delete_history(demo):
    services, _ = demo
    with services.engine.connect() as conn:
        with pytest.raises(Exception, match="ajout seul"):
            conn.execute(text("UPDATE historique SET utilisateur = 'x'"))
        with pytest.raises(Exception, match="ajout seul"):
            conn.execute(text("DELETE FROM historique"))


def test_no_service_can_edit_or_delete_history(services):
    """The history service only reads, and no service touches the table otherwise."""
    publics = [n for n in dir(services.historique) if not n.startswith("_")]
    assert publics == ["historique"]
    for name in vars(type(services)).get("__dataclass_fields__", {}):
        service = getattr(services, name)
        if not isinstance(service, ServiceBase):
            continue
        source = pyinspect.getsource(type(service))
        assert "Historique" not in source or type(service).__name__ == "HistoriqueService"
    with services.sessions() as s:
        assert s.scalars(select(m.Historique)).all() == []
