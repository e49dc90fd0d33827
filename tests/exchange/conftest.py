"""Fixtures of the exchange tests: fresh registers, a full séance, database snapshots."""

from __future__ import annotations

import argparse
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import inspect, text

from mairie_app.domain.presences import Presence
from mairie_app.domain.types import Choix, ModeScrutin, Statut
from mairie_app.exchange.commands import register
from mairie_app.services.dto import SaisieVote, SeanceDocument, TextesDeliberation
from mairie_app.services.registre import Services, ouvrir_registre


@pytest.fixture
def ouvrir(tmp_path):
    """Open (or create) a register in tmp_path/<name>; all are closed at the end."""
    ouverts: list[Services] = []

    def _ouvrir(nom: str = "vide") -> Services:
        services = ouvrir_registre(tmp_path / nom)
        ouverts.append(services)
        return services

    yield _ouvrir
    for services in ouverts:
        services.fermer()


def instantane(services: Services) -> dict[str, list[tuple]]:
    """Every row of every table, order-free: "the database exactly as it was"."""
    with services.engine.connect() as conn:
        tables = inspect(conn).get_table_names()
        return {
            t: sorted((tuple(r) for r in conn.execute(text(f'SELECT * FROM "{t}"'))), key=repr)
            for t in tables
        }


@pytest.fixture
def snapshot():
    return instantane


@pytest.fixture
def commande():
    """Run one of the exchange sub-commands as the command line would."""

    def _commande(services: Services, *argv: str) -> int:
        parser = argparse.ArgumentParser(prog="mairie-app")
        sub = parser.add_subparsers(dest="command")
        commandes = register(sub)
        args = parser.parse_args(list(argv))
        return commandes[args.command](args, services)

    return _commande


def ids_par_nom(services: Services) -> dict[str, int]:
    return {c.nom: c.id for c in services.conseil.conseillers()}


@pytest.fixture
def seance_complete(demo) -> tuple[Services, int]:
    """The demo séance grown into one that uses every part of the format.

    Proxies (one from a member who arrives later), an arrival, a departure, an
    absent member, two secretaries, a roll call with a member not taking part, a
    secret ballot with blank and spoilt papers, a tie broken by the president, an
    item without matière, one not yet voted, and the prefecture's acknowledgement.
    """
    services, seance_id = demo
    ids = ids_par_nom(services)
    objets = [
        ("Subvention à l'association des parents d'élèves", "7.5", "BARBE"),
        ("Création d'un poste d'adjoint technique", "4.1", "ZOUTE"),
        ("Acquisition de la parcelle AB 12", "", "ZOUTE"),
        ("Questions diverses : motion de soutien", "", None),
    ]
    for objet, matiere, rapporteur in objets:
        point = services.seances.ajouter_point(seance_id, objet).points[-1]
        services.deliberations.enregistrer_textes(
            point.id,
            TextesDeliberation(
                reference=point.reference,
                objet=objet,
                matiere_code=matiere,
                rapporteur_id=ids[rapporteur] if rapporteur else None,
                considerants="Considérant l'intérêt communal ;",
                dispositif="**Décide** d'approuver.",
                debats="Débat : M. BARBE demande des précisions.",
            ),
        )
    presences = [
        Presence(ids["DEMOYER"], Statut.PRESENT, ids["DUBOIS"], arrivee_ordre=2),
        Presence(ids["WAUCQUIER"], Statut.PRESENT, depart_ordre=4),
        Presence(ids["WATTEAU"], Statut.ABSENT),
    ]
    for p in presences:
        services.seances.modifier_presence(seance_id, p)
    services.seances.definir_secretaires(seance_id, [ids["DELBROUCQ"], ids["HERBAUT"]])
    points = [p.id for p in services.seances.seance(seance_id).points]
    vote = services.deliberations.enregistrer_vote
    vote(points[0], SaisieVote(ModeScrutin.MAIN_LEVEE, pour=20, contre=1, abstentions=1))
    votants = services.deliberations.comptage(points[1], (ids["DUBOIS"],)).votants_ids
    choix = {cid: Choix.POUR for cid in votants}
    choix[ids["BULTEY"]] = Choix.CONTRE
    choix[ids["GHESTEM"]] = Choix.CONTRE
    choix[ids["MELI"]] = Choix.ABSTENTION
    vote(
        points[1],
        SaisieVote(
            ModeScrutin.NOMINATIF,
            non_participant_ids=(ids["DUBOIS"],),
            choix_nominatifs=choix,
            demandes_public=6,
        ),
    )
    vote(
        points[2],
        SaisieVote(ModeScrutin.SECRET, pour=12, contre=8, blancs=1, nuls=1, demandes_secret=8),
    )
    vote(
        points[3],
        SaisieVote(
            ModeScrutin.MAIN_LEVEE, pour=10, contre=10, abstentions=1, voix_president=Choix.POUR
        ),
    )
    services.deliberations.enregistrer_suivi(
        points[0],
        date(2024, 2, 14),
        date(2024, 2, 14),
        date(2024, 2, 15),
        "059-215901463-20240212-2024_1_1-DE",
    )
    return services, seance_id


def resume(doc: SeanceDocument) -> dict:
    """A séance without database ids: what must survive a round trip."""

    def nom(c):
        return (c.civilite.value, c.nom, c.prenom) if c is not None else None

    def comptage(k):
        return (k.en_exercice, k.presents, k.representes, k.ne_prennent_pas_part, k.votants)

    s = doc.seance
    deliberations = []
    for d in doc.deliberations:
        delib = replace(
            d.deliberation,
            id=0,
            seance_id=0,
            rapporteur_id=None,
            non_participant_ids=(),
            choix_nominatifs={},
            corrige_id=None,
        )
        deliberations.append(
            {
                "deliberation": delib,
                "rapporteur": nom(d.rapporteur),
                "comptage": comptage(d.comptage),
                "issue": d.issue,
                "non_participants": [nom(c) for c in d.non_participants],
                "nominatifs": [(nom(c), choix) for c, choix in d.votes_nominatifs],
                "matiere": d.matiere_libelle,
            }
        )
    return {
        "commune": replace(doc.commune, id=None),
        "seance": replace(
            s, id=None, president_id=None, secretaire_ids=(), points=(), presences=()
        ),
        "president": nom(doc.president),
        "maire": nom(doc.maire),
        "en_exercice": doc.en_exercice,
        "ouverture": comptage(doc.comptage_ouverture),
        "membres": [
            (
                nom(m.conseiller),
                replace(m.conseiller, id=None),
                m.statut,
                nom(m.pouvoir_a),
                m.arrivee_ordre,
                m.depart_ordre,
            )
            for m in doc.membres
        ],
        "secretaires": [nom(c) for c in doc.secretaires],
        "deliberations": deliberations,
    }


@pytest.fixture
def resume_seance():
    return resume
