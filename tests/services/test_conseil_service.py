from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import text

from mairie_app.domain.types import Civilite, Fonction
from mairie_app.errors import ValidationError
from mairie_app.services.dto import CommuneData, ConseillerData


def test_commune_validation_names_the_field_and_saves_nothing(services):
    for data, message in (
        (CommuneData(nom=" ", code_insee="59146"), "Nom de la commune"),
        (CommuneData(nom="Chéreng", code_insee="591"), "Code INSEE"),
        (CommuneData(nom="Chéreng", code_insee="59146", siret="21590146300013"), "SIRET"),
        (CommuneData(nom="Chéreng", code_insee="59146", population=-3), "Population"),
        (CommuneData(nom="Chéreng", code_insee="59146", format_reference="{x}"), "Format"),
    ):
        with pytest.raises(ValidationError, match=message):
            services.conseil.enregistrer_commune(data)
    assert services.conseil.commune() is None


def test_commune_computes_effectif_and_delay(services):
    saved = services.conseil.enregistrer_commune(
        CommuneData(nom="Chéreng", code_insee="59146", population=3078, departement_nom="Nord",
                    departement_liaison=2)
    )  # fmt: skip
    assert saved.effectif_legal == 23 and saved.delai_convocation == 3
    assert saved.de_departement == "du Nord" and saved.de_commune == "de Chéreng"
    saved = services.conseil.enregistrer_commune(
        replace(saved, population=80, effectif_legal_override=5)
    )
    assert saved.effectif_legal == 5
    assert services.conseil.commune().id == saved.id  # one commune, updated in place


def test_councillors_in_table_order_and_reordering(services):
    add = services.conseil.ajouter_conseiller
    maire = add(ConseillerData(Civilite.MADAME, "dupont", " Anne ", Fonction.MAIRE))
    adj = add(ConseillerData(Civilite.MONSIEUR, "Martin", "Paul", Fonction.ADJOINT, 1))
    add(ConseillerData(Civilite.MONSIEUR, "Durand", "Luc"))
    assert maire.nom == "DUPONT" and maire.prenom == "Anne"
    assert adj.libelle_fonction == "1er adjoint" and maire.libelle_fonction == "Maire"
    order = services.conseil.deplacer_conseiller(adj.id, 3)
    assert [c.nom for c in order] == ["DUPONT", "DURAND", "MARTIN"]
    assert [c.rang_tableau for c in order] == [1, 2, 3]


def test_councillor_validation(services):
    for data, message in (
        (ConseillerData(Civilite.MONSIEUR, "", "Luc"), "Nom"),
        (ConseillerData(Civilite.MONSIEUR, "X", ""), "Prénom"),
        (ConseillerData(Civilite.MONSIEUR, "X", "Y", Fonction.ADJOINT), "Rang d'adjoint"),
        (ConseillerData(Civilite.MONSIEUR, "X", "Y", mandat_debut=date(2020, 1, 1),
                        mandat_fin=date(2019, 1, 1)), "Fin de mandat"),
    ):  # fmt: skip
        with pytest.raises(ValidationError, match=message):
            services.conseil.ajouter_conseiller(data)
    assert services.conseil.conseillers() == []


def test_only_one_mayor_at_a_time(services):
    services.conseil.ajouter_conseiller(ConseillerData(Civilite.MONSIEUR, "A", "B", Fonction.MAIRE))
    with pytest.raises(ValidationError, match="déjà maire"):
        services.conseil.ajouter_conseiller(
            ConseillerData(Civilite.MADAME, "C", "D", Fonction.MAIRE)
        )
    assert len(services.conseil.conseillers()) == 1


def test_councillor_who_sat_cannot_be_deleted(demo):
    services, _ = demo
    barbe = next(c for c in services.conseil.conseillers() if c.nom == "BARBE")
    with pytest.raises(ValidationError, match="fin de son mandat"):
        services.conseil.supprimer_conseiller(barbe.id)
    with services.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM conseiller")).scalar() == 23
