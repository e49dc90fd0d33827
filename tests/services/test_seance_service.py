from dataclasses import replace
from datetime import date, time

import pytest
from sqlalchemy import text

from mairie_app.domain.presences import Presence
from mairie_app.domain.types import Civilite, Statut
from mairie_app.errors import ValidationError
from mairie_app.services.dto import CommuneData, ConseillerData, SeanceData


def ids_by_name(services):
    return {c.nom: c.id for c in services.conseil.conseillers()}


def snapshot(services):
    """Every row of the tables a séance touches, to prove nothing was half-saved."""
    with services.engine.connect() as conn:
        return {
            t: conn.execute(text(f"SELECT * FROM {t} ORDER BY 1, 2")).fetchall()
            for t in ("seance", "presence", "seance_secretaire", "deliberation", "non_participant")
        }


def test_reference_seance_counters(demo):
    services, seance_id = demo
    c = services.seances.comptage(seance_id, ordre=1)
    assert (c.en_exercice, c.presents, c.representes, c.votants) == (23, 22, 1, 23)
    assert c.quorum_atteint
    seance = services.seances.seance(seance_id)
    assert seance.points[0].reference == "2024 / 1 / 1"
    assert seance.president_id == ids_by_name(services)["ZOUTE"]


def test_second_proxy_to_same_holder_is_refused_and_nothing_changes(demo):
    services, seance_id = demo
    ids = ids_by_name(services)
    before = snapshot(services)
    with pytest.raises(ValidationError, match="détient déjà le pouvoir de David LLANES"):
        services.seances.modifier_presence(
            seance_id, Presence(ids["MELI"], Statut.EXCUSE, pouvoir_a=ids["BARBE"])
        )
    assert snapshot(services) == before


def test_refusal_names_the_line_being_changed(demo):
    services, seance_id = demo
    ids = ids_by_name(services)
    # BUISSE comes before LLANES in the tableau: the message must still be about BUISSE.
    with pytest.raises(ValidationError) as err:
        services.seances.modifier_presence(
            seance_id, Presence(ids["BUISSE"], Statut.EXCUSE, pouvoir_a=ids["BARBE"])
        )
    assert err.value.message.startswith(
        "Pouvoir de Jean-Louis BUISSE : Eric BARBE détient déjà le pouvoir de David LLANES."
    )


def test_attendance_change_clears_votes_that_no_longer_add_up(demo):
    services, seance_id = demo
    ids = ids_by_name(services)
    a_revoir = services.seances.modifier_presence(seance_id, Presence(ids["MELI"], Statut.ABSENT))
    assert a_revoir == [1]
    point = services.seances.seance(seance_id).points[0]
    assert not point.vote_saisi and point.resultat is None


def test_secretary_must_be_present(demo):
    services, seance_id = demo
    ids = ids_by_name(services)
    with pytest.raises(ValidationError, match="David LLANES n'est pas présent"):
        services.seances.definir_secretaires(seance_id, [ids["LLANES"]])
    assert services.seances.seance(seance_id).secretaire_ids == (ids["DELBROUCQ"],)


def test_new_seance_numbered_in_its_year_with_everyone_present(demo):
    services, _ = demo
    seance = services.seances.creer_seance(
        SeanceData(date=date(2024, 4, 8), heure=time(19, 0), date_convocation=date(2024, 4, 2))
    )
    assert seance.numero == 2 and seance.annee == 2024
    assert len(seance.presences) == 23
    assert all(p.statut is Statut.PRESENT for p in seance.presences)
    assert seance.lieu == "au lieu ordinaire de ses séances"
    seance = services.seances.ajouter_point(seance.id, "Budget primitif 2024")
    assert seance.points[0].reference == "2024 / 2 / 1"


def test_convocation_alert_as_the_secretary_types(demo):
    services, _ = demo
    data = SeanceData(date=date(2024, 4, 8), heure=time(19, 0), date_convocation=date(2024, 4, 6))
    assert "1 jour(s) franc(s) au lieu de 3" in services.seances.alerte_convocation(data)
    assert services.seances.alerte_convocation(replace(data, urgence=True)) is None


def test_second_convocation_comes_three_days_after_the_failed_seance(demo):
    services, _ = demo
    data = SeanceData(
        date=date(2024, 2, 14),
        heure=time(18, 0),
        date_convocation=date(2024, 2, 12),
        urgence=True,
        seconde_convocation=True,
    )
    assert "au moins trois jours" in services.seances.alerte_convocation(data)
    plus_tard = replace(data, date=date(2024, 2, 15), date_convocation=date(2024, 2, 13))
    assert services.seances.alerte_convocation(plus_tard) is None
    premiere = replace(data, date=date(2024, 1, 30), date_convocation=date(2024, 1, 28))
    assert "aucune séance antérieure" in services.seances.alerte_convocation(premiere)


def test_agenda_reorder_renumbers_proposed_references_only(demo):
    services, _ = demo
    seance = services.seances.creer_seance(SeanceData(date=date(2024, 5, 6), heure=time(18, 0)))
    for objet in ("Premier", "Deuxième", "Troisième"):
        seance = services.seances.ajouter_point(seance.id, objet)
    seance = services.seances.deplacer_point(seance.points[2].id, 1)
    assert [(p.ordre, p.objet, p.reference) for p in seance.points] == [
        (1, "Troisième", "2024 / 2 / 1"),
        (2, "Premier", "2024 / 2 / 2"),
        (3, "Deuxième", "2024 / 2 / 3"),
    ]
    seance = services.seances.supprimer_point(seance.points[0].id)
    assert [p.objet for p in seance.points] == ["Premier", "Deuxième"]
    assert [p.ordre for p in seance.points] == [1, 2]


def test_seance_without_commune_or_council_is_refused(services):
    with pytest.raises(ValidationError, match="Commune"):
        services.seances.creer_seance(SeanceData(date=date(2024, 1, 8), heure=time(18, 0)))
    services.conseil.enregistrer_commune(CommuneData(nom="Testville", code_insee="01001"))
    with pytest.raises(ValidationError, match="aucun conseiller n'est en exercice"):
        services.seances.creer_seance(SeanceData(date=date(2024, 1, 8), heure=time(18, 0)))


def test_search_folds_accents(demo):
    services, seance_id = demo
    assert len(services.seances.seances(recherche="numerique")) == 1
    assert len(services.seances.seances(recherche="NUMÉRIQUE")) == 1
    assert services.seances.seances(recherche="budget") == []
    assert services.seances.annees() == [2024]
    services.seances.ajouter_point(seance_id, "Délibération sur la maîtrise d'œuvre")
    assert len(services.seances.seances(recherche="maitrise d oeuvre")) == 1
    assert len(services.seances.seances(recherche="deliberation")) == 1
    assert len(services.seances.seances(recherche="12/02/2024")) == 1
    assert services.seances.seances(recherche="deliberation", annee=2023) == []


def test_closed_seance_is_read_only(demo):
    services, seance_id = demo
    with services.engine.begin() as conn:
        conn.execute(text("UPDATE seance SET etat = 'cloturee'"))
    with pytest.raises(ValidationError, match="clôturée"):
        services.seances.ajouter_point(seance_id, "Encore un point")
    with pytest.raises(ValidationError, match="clôturée"):
        services.seances.modifier_presence(seance_id, Presence(1, Statut.PRESENT))


def test_councillor_who_left_no_longer_counts(demo):
    services, _ = demo
    llanes = next(c for c in services.conseil.conseillers() if c.nom == "LLANES")
    services.conseil.modifier_conseiller(replace(llanes, mandat_fin=date(2024, 3, 1)))
    assert len(services.conseil.conseillers(en_exercice_le=date(2024, 3, 2))) == 22
    seance = services.seances.creer_seance(SeanceData(date=date(2024, 3, 4), heure=time(18, 0)))
    assert len(seance.presences) == 22
    assert services.seances.comptage(seance.id).en_exercice == 22
    # The séance of February keeps its history.
    assert services.seances.comptage(1).en_exercice == 23


def test_council_cannot_exceed_effectif_legal(demo):
    services, _ = demo
    with pytest.raises(ValidationError, match="effectif légal de 23"):
        services.conseil.ajouter_conseiller(
            ConseillerData(Civilite.MADAME, "NOUVELLE", "Anne", mandat_debut=date(2024, 1, 1))
        )
    assert len(services.conseil.conseillers()) == 23


def test_fourth_consecutive_proxy_is_warned_for_the_seance(demo):
    services, premiere = demo
    ids = ids_by_name(services)
    seances = [premiere]
    for jour in (date(2024, 3, 4), date(2024, 4, 8), date(2024, 5, 6)):
        nouvelle = services.seances.creer_seance(SeanceData(date=jour, heure=time(18, 0)))
        services.seances.modifier_presence(
            nouvelle.id, Presence(ids["LLANES"], Statut.EXCUSE, pouvoir_a=ids["BARBE"])
        )
        seances.append(nouvelle.id)
    assert services.seances.alertes_pouvoirs(seances[2]) == []  # third in a row: allowed
    (alerte,) = services.seances.alertes_pouvoirs(seances[3])
    assert alerte.startswith("David LLANES a donné pouvoir à 4 séances consécutives")
    # He attends the third one: the run starts again.
    services.seances.modifier_presence(seances[2], Presence(ids["LLANES"], Statut.PRESENT))
    assert services.seances.alertes_pouvoirs(seances[3]) == []
