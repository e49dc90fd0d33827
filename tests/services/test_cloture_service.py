"""Closing a séance, what stays open afterwards, re-opening, and corrections."""

from dataclasses import replace
from datetime import date, time, timedelta

import pytest
from sqlalchemy import text

from mairie_app.db import models as m
from mairie_app.domain.presences import Presence
from mairie_app.domain.types import EtatSeance, ModeScrutin, Statut
from mairie_app.errors import ValidationError
from mairie_app.services.cloture_service import ClotureImpossible
from mairie_app.services.dto import SaisieVote, SeanceData, TextesDeliberation

TABLES = ("seance", "presence", "seance_secretaire", "deliberation", "non_participant")


def ids_by_name(services):
    return {c.nom: c.id for c in services.conseil.conseillers()}


def snapshot(services):
    with services.engine.connect() as conn:
        return {
            t: conn.execute(text(f"SELECT * FROM {t} ORDER BY 1, 2")).fetchall() for t in TABLES
        }


def point(services, seance_id, index=0):
    return services.seances.seance(seance_id).points[index].id


def seance_ulterieure(services, jour=date(2024, 3, 18)):
    return services.seances.creer_seance(
        SeanceData(date=jour, heure=time(18, 30), date_convocation=jour - timedelta(days=6))
    )


@pytest.fixture
def cloturee(demo):
    services, seance_id = demo
    services.cloture.cloturer(seance_id)
    return services, seance_id


# --- what is missing ---------------------------------------------------------
def test_the_demo_seance_has_nothing_missing(demo):
    services, seance_id = demo
    assert services.cloture.manquants(seance_id) == []
    assert services.cloture.etat(seance_id).peut_cloturer


def test_missing_items_are_listed_one_per_line(demo):
    services, seance_id = demo
    services.seances.definir_secretaires(seance_id, [])
    seance = services.seances.ajouter_point(seance_id, "Budget primitif 2024")
    services.seances.ajouter_point(seance_id, "Tarifs de la cantine")
    manquants = services.cloture.manquants(seance_id)
    assert "Aucun secrétaire de séance" in manquants
    assert "Point 2 « Budget primitif 2024 » : vote non saisi" in manquants
    assert "Point 3 « Tarifs de la cantine » : vote non saisi" in manquants
    assert "Point 2 « Budget primitif 2024 » : matière (nomenclature @CTES) manquante" in manquants
    assert any(x.startswith("Point 2 « Budget primitif 2024 » : dispositif") for x in manquants)
    assert seance.points[1].reference == "2024 / 1 / 2"


def test_quorum_lost_after_the_vote_is_reported(demo):
    services, seance_id = demo
    ids = ids_by_name(services)
    with services.sessions.begin() as s:  # as an import would leave it: 11 present of 23
        for p in s.get(m.Seance, seance_id).presences:
            if p.conseiller_id not in list(ids.values())[:11]:
                p.statut, p.pouvoir_a_id = Statut.ABSENT, None
    assert "Quorum non atteint au point 1" in services.cloture.manquants(seance_id)


def test_closing_is_refused_with_the_list(demo):
    services, seance_id = demo
    services.seances.ajouter_point(seance_id, "Budget primitif 2024")
    with pytest.raises(ClotureImpossible) as exc:
        services.cloture.cloturer(seance_id)
    assert "Point 2 « Budget primitif 2024 » : vote non saisi" in exc.value.manquants
    assert "ne peut pas encore être clôturée" in exc.value.message
    assert not services.seances.seance(seance_id).cloturee


def test_closing_records_who_and_when(demo, monkeypatch):
    services, seance_id = demo
    monkeypatch.setattr("getpass.getuser", lambda: "mairie")
    services.cloture.cloturer(seance_id)
    etat = services.cloture.etat(seance_id)
    assert etat.cloturee and etat.cloturee_par == "mairie" and etat.date_cloture
    assert "Séance clôturée le" in etat.raison_lecture_seule
    assert "par mairie" in etat.raison_lecture_seule
    with pytest.raises(ValidationError, match="déjà clôturée"):
        services.cloture.cloturer(seance_id)


# --- read-only once closed ---------------------------------------------------
def _ecritures(services, seance_id):
    ids = ids_by_name(services)
    pid = point(services, seance_id)
    seance = services.seances.seance(seance_id)
    d = services.deliberations.deliberation(pid)
    textes = TextesDeliberation(reference=d.reference, objet="Autre objet", matiere_code="1.1")
    return {
        "modifier_seance": lambda: services.seances.modifier_seance(replace(seance, lieu="X")),
        "supprimer_seance": lambda: services.seances.supprimer_seance(seance_id),
        "ajouter_point": lambda: services.seances.ajouter_point(seance_id, "Encore un point"),
        "deplacer_point": lambda: services.seances.deplacer_point(pid, 1),
        "supprimer_point": lambda: services.seances.supprimer_point(pid),
        "modifier_presence": lambda: services.seances.modifier_presence(
            seance_id, Presence(ids["MELI"], Statut.ABSENT)
        ),
        "definir_secretaires": lambda: services.seances.definir_secretaires(
            seance_id, [ids["MELI"]]
        ),
        "enregistrer_textes": lambda: services.deliberations.enregistrer_textes(pid, textes),
        "enregistrer_vote": lambda: services.deliberations.enregistrer_vote(
            pid, SaisieVote(ModeScrutin.MAIN_LEVEE, pour=23)
        ),
        "effacer_vote": lambda: services.deliberations.effacer_vote(pid),
        "corriger_dans_la_seance": lambda: services.cloture.corriger(pid),
    }


ECRITURES = [
    "modifier_seance", "supprimer_seance", "ajouter_point", "deplacer_point", "supprimer_point",
    "modifier_presence", "definir_secretaires", "enregistrer_textes", "enregistrer_vote",
    "effacer_vote", "corriger_dans_la_seance",
]  # fmt: skip


@pytest.mark.parametrize("ecriture", ECRITURES)
def test_every_write_path_refuses_a_closed_seance(cloturee, ecriture):
    services, seance_id = cloturee
    action = _ecritures(services, seance_id)[ecriture]
    avant = snapshot(services)
    with pytest.raises(ValidationError, match="clôturée"):
        action()
    assert snapshot(services) == avant


def _par_session(services, seance_id, changement):
    with services.sessions.begin() as s:
        changement(s, s.get(m.Seance, seance_id))


BYPASS = {
    "presence": lambda s, se: setattr(se.presences[0], "statut", Statut.ABSENT),
    "nouveau_point": lambda s, se: se.deliberations.append(m.Deliberation(ordre=2, objet="X")),
    "point_ajoute_par_cle": lambda s, se: s.add(
        m.Deliberation(seance_id=se.id, ordre=2, objet="X")
    ),
    "vote": lambda s, se: setattr(se.deliberations[0], "pour", 22),
    "secretaire": lambda s, se: se.secretaires.clear(),
    "non_participant": lambda s, se: se.deliberations[0].non_participants.append(
        m.NonParticipant(conseiller_id=3)
    ),
    "suppression": lambda s, se: s.delete(se),
    "date_de_seance": lambda s, se: setattr(se, "date", date(2024, 2, 13)),
}


@pytest.mark.parametrize("nom", sorted(BYPASS))
def test_the_database_guard_refuses_changes_made_outside_the_services(cloturee, nom):
    """An import, or any code that forgets the check, is stopped at the flush."""
    services, seance_id = cloturee
    avant = snapshot(services)
    with pytest.raises(ValidationError, match="clôturée"):
        _par_session(services, seance_id, BYPASS[nom])
    assert snapshot(services) == avant


def test_reopening_needs_the_explicit_action(cloturee):
    services, seance_id = cloturee
    with pytest.raises(ValidationError, match="Rouvrir la séance"):
        _par_session(services, seance_id, lambda s, se: setattr(se, "etat", EtatSeance.BROUILLON))
    assert services.seances.seance(seance_id).cloturee


def test_later_dates_can_still_be_recorded(cloturee):
    services, seance_id = cloturee
    pid = point(services, seance_id)
    d = services.deliberations.enregistrer_suivi(
        pid, date(2024, 2, 14), date(2024, 2, 15), date(2024, 2, 15), "059-215901463-X"
    )
    assert d.date_transmission == date(2024, 2, 15)
    seance = services.cloture.enregistrer_approbation_pv(seance_id, date(2024, 3, 18))
    assert seance.date_approbation_pv == date(2024, 3, 18) and seance.cloturee
    with pytest.raises(ValidationError, match="séance suivante"):
        services.cloture.enregistrer_approbation_pv(seance_id, date(2024, 2, 12))


def test_a_mandate_change_that_would_alter_a_closed_seance_is_refused(cloturee):
    services, _ = cloturee
    llanes = next(c for c in services.conseil.conseillers() if c.nom == "LLANES")
    with pytest.raises(ValidationError, match="séance clôturée du 12/02/2024"):
        services.conseil.modifier_conseiller(replace(llanes, mandat_fin=date(2024, 2, 1)))
    services.conseil.modifier_conseiller(replace(llanes, mandat_fin=date(2024, 3, 1)))
    assert services.seances.seance(1).cloturee


# --- re-opening ----------------------------------------------------------------
def test_reopening_requires_a_motive_and_records_it(cloturee, monkeypatch):
    services, seance_id = cloturee
    with pytest.raises(ValidationError, match="Motif"):
        services.cloture.rouvrir(seance_id, "   ")
    monkeypatch.setattr("getpass.getuser", lambda: "dgs")
    seance = services.cloture.rouvrir(seance_id, "Erreur de frappe dans le dispositif")
    assert not seance.cloturee
    (r,) = services.cloture.reouvertures(seance_id)
    assert (r.utilisateur, r.motif) == ("dgs", "Erreur de frappe dans le dispositif")
    assert r.date_cloture_annulee is not None and r.horodatage is not None
    services.seances.ajouter_point(seance_id, "Point ajouté après réouverture")
    with pytest.raises(ValidationError, match="n'est pas clôturée"):
        services.cloture.rouvrir(seance_id, "encore")


# --- corrections ---------------------------------------------------------------
def test_correction_in_the_same_open_seance_gets_the_bis_reference(demo):
    services, seance_id = demo
    pid = point(services, seance_id)
    origine = services.deliberations.deliberation(pid)
    c = services.cloture.corriger(pid)
    assert c.seance_id == seance_id and c.ordre == 2
    assert c.reference == "2024 / 1 / 1 BIS" and c.corrige_id == pid
    assert c.dispositif == origine.dispositif and c.matiere_code == origine.matiere_code
    assert c.visas.startswith("Vu la délibération n° 2024 / 1 / 1 du 12/02/2024 ;")
    assert c.objet.startswith("Rectification de la délibération n° 2024 / 1 / 1 – ")
    assert not c.vote_saisi
    assert [x.id for x in services.cloture.corrections(pid)] == [c.id]
    # A second correction cannot reuse BIS: it takes the next number of the séance.
    assert services.cloture.corriger(pid).reference == "2024 / 1 / 3"


def test_a_closed_act_is_corrected_at_a_later_seance(cloturee):
    services, seance_id = cloturee
    pid = point(services, seance_id)
    with pytest.raises(ValidationError, match="séance ultérieure"):
        services.cloture.corriger(pid)
    suivante = seance_ulterieure(services)
    c = services.cloture.corriger(pid, suivante.id)
    assert (c.seance_id, c.ordre, c.corrige_id) == (suivante.id, 1, pid)
    assert c.reference == "2024 / 1 / 1 BIS"
    assert services.seances.seance(seance_id).cloturee  # the corrected act is untouched


def test_a_correction_cannot_be_voted_before_the_corrected_act(cloturee):
    services, seance_id = cloturee
    anterieure = seance_ulterieure(services, jour=date(2024, 1, 15))
    with pytest.raises(ValidationError, match="doit suivre"):
        services.cloture.corriger(point(services, seance_id), anterieure.id)


def test_a_reference_too_long_for_the_prefecture_takes_the_next_number(demo):
    services, seance_id = demo
    pid = point(services, seance_id)
    d = services.deliberations.deliberation(pid)
    services.deliberations.enregistrer_textes(
        pid,
        TextesDeliberation(reference="2024-DEL-00001", objet=d.objet, matiere_code=d.matiere_code),
    )
    assert services.cloture.corriger(pid).reference == "2024 / 1 / 2"
