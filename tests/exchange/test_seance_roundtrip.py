"""Export then import gives back the same séance, through the API and the commands."""

from __future__ import annotations

import json
from datetime import date, time

import jsonschema
import pytest

from mairie_app.domain.types import EtatSeance
from mairie_app.errors import MairieError, ValidationError
from mairie_app.exchange.seance_json import (
    ecrire_seance,
    exporter_seance,
    importer_seance,
    lire_fichier_seance,
    texte_seance,
)
from mairie_app.paths import project_root
from mairie_app.services.demo import charger_demo
from mairie_app.services.dto import SeanceData

SCHEMA = project_root() / "docs" / "seance-format.schema.json"
DOC = project_root() / "docs" / "seance-format.md"


def test_demo_round_trip_into_an_empty_register(demo, ouvrir, tmp_path, resume_seance):
    services, seance_id = demo
    chemin = ecrire_seance(services, seance_id, tmp_path / "seance.json")
    vide = ouvrir("vide")
    resultat = importer_seance(vide, chemin)
    assert resultat.commune_creee and resultat.conseillers_crees == 23
    assert resultat.libelle == "Séance n° 1 du 12/02/2024"
    avant = resume_seance(services.documents.seance_document(seance_id))
    apres = resume_seance(vide.documents.seance_document(resultat.seance_id))
    assert apres == avant
    assert texte_seance(vide, resultat.seance_id) == chemin.read_text(encoding="utf-8")


def test_closed_seance_is_imported_closed(ouvrir, resume_seance):
    """`mairie-app demo` loads the séance closed; the import closes it the same way."""
    services = ouvrir("source")
    seance_id = charger_demo(services.sessions)
    services.cloture.enregistrer_approbation_pv(seance_id, date(2024, 3, 25))
    vide = ouvrir("vide")
    resultat = importer_seance(vide, texte_seance(services, seance_id).encode())
    assert resultat.cloturee
    assert "importée et clôturée" in resultat.message
    apres = vide.documents.seance_document(resultat.seance_id)
    assert apres.seance.etat is EtatSeance.CLOTUREE
    assert apres.seance.date_approbation_pv == date(2024, 3, 25)
    assert resume_seance(apres) == resume_seance(services.documents.seance_document(seance_id))


def test_full_seance_round_trip(seance_complete, ouvrir, resume_seance):
    """Proxies, arrivals, departures, secretaries, every ballot, follow-up dates."""
    services, seance_id = seance_complete
    avant = services.documents.seance_document(seance_id)
    assert [d.issue.libelle if d.issue else None for d in avant.deliberations] == [
        "Adoptée",
        "Adoptée",
        "Adoptée",
        "Adoptée (voix prépondérante du président)",
        None,
    ]
    texte = texte_seance(services, seance_id)
    vide = ouvrir("vide")
    resultat = importer_seance(vide, texte.encode("utf-8"))
    apres = vide.documents.seance_document(resultat.seance_id)
    assert resume_seance(apres) == resume_seance(avant)
    assert [len(m) for m in (apres.secretaires, apres.deliberations)] == [2, 5]
    assert apres.deliberations[1].deliberation.choix_nominatifs
    assert texte_seance(vide, resultat.seance_id) == texte


def test_reimport_into_the_same_council_matches_members_by_name(seance_complete, resume_seance):
    """After deleting the séance, the file finds the same councillors; none is created."""
    services, seance_id = seance_complete
    avant = resume_seance(services.documents.seance_document(seance_id))
    data = exporter_seance(services, seance_id)
    for c in data["conseillers"]:  # case and accents do not matter, civilité does
        c["nom"] = c["nom"].lower()
    data["seance"]["presences"][0]["membre"]["prenom"] = "PASCAL"
    nombre = len(services.conseil.conseillers())
    services.seances.supprimer_seance(seance_id)
    resultat = importer_seance(services, json.dumps(data).encode())
    assert not resultat.commune_creee and resultat.conseillers_crees == 0
    assert len(services.conseil.conseillers()) == nombre
    assert resume_seance(services.documents.seance_document(resultat.seance_id)) == avant


def test_exported_file_is_valid_against_the_documented_json_schema(seance_complete):
    services, seance_id = seance_complete
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    data = exporter_seance(services, seance_id)
    jsonschema.Draft202012Validator(schema).validate(data)
    assert data["format"] == "mairie_app/seance" and data["version"] == 1
    assert data["seance"]["date"] == "2024-02-12" and data["seance"]["heure"] == "18:30"


def test_minimal_example_of_the_documentation_imports(ouvrir):
    texte = DOC.read_text(encoding="utf-8")
    exemple = texte.split("## Exemple minimal")[1].split("```json")[1].split("```")[0]
    data = json.loads(exemple)
    jsonschema.Draft202012Validator(json.loads(SCHEMA.read_text(encoding="utf-8"))).validate(data)
    services = ouvrir("vide")
    resultat = importer_seance(services, exemple.encode())
    commune = services.conseil.commune()
    assert (commune.nom, commune.departement_nom, commune.population) == ("Chéreng", "Nord", 3078)
    assert services.deliberations.deliberations(resultat.seance_id)[0].resultat.value == "adoptee"


def test_reading_checks_the_file_without_touching_any_register(demo, tmp_path):
    services, seance_id = demo
    chemin = ecrire_seance(services, seance_id, tmp_path / "s.json")
    fichier = lire_fichier_seance(chemin)
    assert len(fichier.conseillers) == 23 and len(fichier.deliberations) == 1
    assert fichier.deliberations[0].vote.comptes["pour"] == 23


def test_commands_export_then_import(demo, ouvrir, tmp_path, commande, capsys, resume_seance):
    services, seance_id = demo
    sortie = tmp_path / "out.json"
    assert commande(services, "export", "--seance", "2024-02-12", "-o", str(sortie)) == 0
    assert f"exportée dans {sortie}" in capsys.readouterr().out
    vide = ouvrir("vide")
    assert commande(vide, "import", str(sortie)) == 0
    assert "Séance n° 1 du 12/02/2024 importée : 1 délibération(s)." in capsys.readouterr().out
    seance = vide.documents.seance_par_date(date(2024, 2, 12))
    assert resume_seance(vide.documents.seance_document(seance)) == resume_seance(
        services.documents.seance_document(seance_id)
    )


@pytest.mark.parametrize("texte", ["2024-02-13", "2024-02-12#2", "12/02/2024", "2024-02-30"])
def test_export_of_a_missing_or_malformed_seance_is_refused(demo, tmp_path, commande, texte):
    services, _ = demo
    with pytest.raises(MairieError, match=r"Aucune séance|AAAA-MM-JJ"):
        commande(services, "export", "--seance", texte, "-o", str(tmp_path / "x.json"))
    assert not (tmp_path / "x.json").exists()


def test_two_seances_on_one_day_need_the_number(demo, tmp_path, commande):
    services, _ = demo
    services.seances.creer_seance(SeanceData(date=date(2024, 2, 12), heure=time(20, 0)))
    with pytest.raises(ValidationError, match="Plusieurs séances"):
        commande(services, "export", "--seance", "2024-02-12", "-o", str(tmp_path / "a.json"))
    assert (
        commande(services, "export", "--seance", "2024-02-12#2", "-o", str(tmp_path / "b.json"))
        == 0
    )
    assert json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))["seance"]["numero"] == 2


def test_an_unwritable_destination_is_reported_in_french(demo, tmp_path):
    services, seance_id = demo
    with pytest.raises(
        ValidationError, match="impossible de l'écrire \\(le dossier n'existe pas\\)"
    ):
        ecrire_seance(services, seance_id, tmp_path / "absent" / "s.json")
    assert list(tmp_path.iterdir()) == [tmp_path / "registre"]


def test_import_reports_progress_and_can_be_cancelled(demo, ouvrir, tmp_path, snapshot):
    services, seance_id = demo
    chemin = ecrire_seance(services, seance_id, tmp_path / "seance.json")
    vide = ouvrir("vide")
    etapes = []
    importer_seance(vide, chemin, lambda fait, total: etapes.append((fait, total)) or True)
    assert etapes == [(n, 5) for n in range(1, 6)]  # 2 × 1 deliberation + 3
    autre = ouvrir("autre")
    avant = snapshot(autre)
    with pytest.raises(ValidationError, match="Import annulé : rien n'a été enregistré"):
        importer_seance(autre, chemin, lambda fait, total: fait < 3)
    assert snapshot(autre) == avant
