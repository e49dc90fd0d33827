"""Many service actions as one transaction: all written, or none."""

from __future__ import annotations

from dataclasses import fields
from datetime import date

import pytest

from mairie_app.domain.types import Civilite
from mairie_app.errors import ValidationError
from mairie_app.exchange.transaction import une_transaction
from mairie_app.services.base import ServiceBase
from mairie_app.services.dto import CommuneData, ConseillerData


def conseiller(nom: str) -> ConseillerData:
    return ConseillerData(Civilite.MADAME, nom, "Anne", mandat_debut=date(2020, 5, 23))


def test_everything_is_committed_at_the_end(ouvrir):
    services = ouvrir()
    with une_transaction(services) as svc:
        svc.conseil.enregistrer_commune(CommuneData(nom="Chéreng", code_insee="59146"))
        svc.conseil.ajouter_conseiller(conseiller("UNE"))
        assert services.conseil.commune() is None  # not visible outside before the end
    assert services.conseil.commune().nom == "Chéreng"
    assert [c.nom for c in services.conseil.conseillers()] == ["UNE"]


def test_an_error_after_successful_actions_undoes_them_all(ouvrir, snapshot):
    services = ouvrir()
    avant = snapshot(services)
    with pytest.raises(ValidationError, match="Conseil complet"), une_transaction(services) as svc:
        svc.conseil.enregistrer_commune(
            CommuneData(nom="Chéreng", code_insee="59146", effectif_legal_override=1)
        )
        svc.conseil.ajouter_conseiller(conseiller("UNE"))
        svc.conseil.ajouter_conseiller(conseiller("DEUX"))
    assert snapshot(services) == avant


def test_a_refused_action_rolls_back_only_itself_when_caught(ouvrir):
    services = ouvrir()
    with une_transaction(services) as svc:
        svc.conseil.enregistrer_commune(
            CommuneData(nom="Chéreng", code_insee="59146", effectif_legal_override=1)
        )
        svc.conseil.ajouter_conseiller(conseiller("UNE"))
        with pytest.raises(ValidationError):
            svc.conseil.ajouter_conseiller(conseiller("DEUX"))
    assert [c.nom for c in services.conseil.conseillers()] == ["UNE"]


def test_every_service_of_the_register_is_bound_to_the_transaction(ouvrir):
    services = ouvrir()
    with une_transaction(services) as svc:
        for f in fields(svc):
            valeur = getattr(svc, f.name)
            if isinstance(valeur, ServiceBase):
                assert valeur._sessions is svc.sessions, f.name
        assert svc.sessions is not services.sessions


def test_a_read_only_register_refuses_the_import_cleanly(demo, tmp_path):
    from mairie_app.errors import StorageError
    from mairie_app.exchange.seance_json import importer_seance, texte_seance
    from mairie_app.services.registre import ouvrir_registre

    services, seance_id = demo
    fichier = texte_seance(services, seance_id).encode()
    ecrivain = ouvrir_registre(tmp_path / "cible")
    lecteur = ouvrir_registre(tmp_path / "cible", lecture_seule=True)
    try:
        with pytest.raises(StorageError, match="lecture seule"):
            importer_seance(lecteur, fichier)
        assert ecrivain.conseil.commune() is None
    finally:
        lecteur.fermer()
        ecrivain.fermer()
