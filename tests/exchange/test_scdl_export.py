"""The SCDL Délibérations file passes the national schema and its custom checks."""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from frictionless import Resource, Schema

from mairie_app.exchange.scdl import COLONNES, ecrire_scdl, lignes_scdl, nom_fichier_scdl

SCHEMA = Path(__file__).resolve().parent.parent / "data" / "scdl-deliberations-schema.json"

# Level-1 labels of the ACTES nomenclature as Validata's nomenclature-actes-value check
# lists them, typed here independently of the app's own list.
NIVEAU_1 = {
    "commande publique",
    "urbanisme",
    "domaine et patrimoine",
    "fonction publique",
    "institutions et vie politique",
    "libertés publiques et pouvoirs de police",
    "finances locales",
    "domaines de compétences par thèmes",
    "autres domaines de compétences",
    "autres domaines de compétences des communes",
    "autres domaines de compétences des départements",
    "autres domaines de compétences des régions",
}


def siret_valide(siret: str) -> bool:
    """french-siret-value: 14 digits, Luhn key (La Poste's establishments excepted)."""
    if not re.fullmatch(r"\d{14}", siret):
        return False
    if siret.startswith("356000000"):
        return sum(int(c) for c in siret) % 5 == 0
    total = 0
    for i, c in enumerate(reversed(siret)):
        n = int(c) * (2 if i % 2 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def entier(valeur: str) -> int | None:
    return int(valeur) if valeur else None


def verifier_regles(lignes: list[dict[str, str]]) -> list[str]:
    """Run every custom check the schema declares; an unknown check fails the test."""
    regles = json.loads(SCHEMA.read_text(encoding="utf-8"))["custom_checks"]
    erreurs = []
    operateurs = {">=": lambda a, b: a >= b}
    for n, row in enumerate(lignes, start=2):
        for regle in regles:
            p = regle["params"]
            nom = regle["name"]
            if nom == "french-siret-value":
                ok = siret_valide(row[p["column"]])
            elif nom == "year-interval-value":
                v = row[p["column"]]
                ok = not v or re.fullmatch(r"\d{4}(/\d{4})?", v) is not None
            elif nom == "cohesive-columns-value":
                remplies = {bool(row[c]) for c in [p["column"], *p["othercolumns"]]}
                ok = len(remplies) == 1
            elif nom == "compare-columns-value":
                a, b = row[p["column"]], row[p["column2"]]
                if p["column"].startswith("VOTE"):
                    a, b = entier(a), entier(b)
                ok = a in ("", None) or b in ("", None) or operateurs[p["op"]](a, b)
            elif nom == "sum-columns-value":
                total = row[p["column"]]
                ok = not total or int(total) == sum(int(row[c] or 0) for c in p["columns"])
            elif nom == "nomenclature-actes-value":
                v = row[p["column"]]
                ok = "/ " not in v and v.split("/")[0].lower() in NIVEAU_1
            else:
                raise AssertionError(f"règle du schéma non vérifiée par le test : {nom}")
            if not ok:
                erreurs.append(f"ligne {n} : {nom} {p}")
    return erreurs


def valider(chemin: Path) -> list[dict[str, str]]:
    """Frictionless against the copied schema, then the custom checks; return the rows."""
    resource = Resource(path=chemin.name, basepath=str(chemin.parent), schema=SCHEMA_TABLE)
    rapport = resource.validate()
    assert rapport.valid, rapport.flatten(["rowNumber", "fieldName", "type", "note"])
    brut = chemin.read_bytes()
    assert not brut.startswith(b"\xef\xbb\xbf")
    texte = brut.decode("utf-8")
    assert texte.splitlines()[0] == ",".join(COLONNES)
    lignes = list(csv.DictReader(io.StringIO(texte, newline="")))
    assert verifier_regles(lignes) == []
    return lignes


SCHEMA_TABLE = Schema.from_descriptor(json.loads(SCHEMA.read_text(encoding="utf-8")))


def test_schema_has_the_seventeen_columns_in_order():
    assert tuple(SCHEMA_TABLE.field_names) == COLONNES
    assert len(COLONNES) == 17


def test_full_seance_validates_and_reports_what_is_left_out(seance_complete, tmp_path):
    services, _ = seance_complete
    chemin = tmp_path / "deliberations.csv"
    export = ecrire_scdl(services, 2024, chemin)
    lignes = valider(chemin)
    assert len(lignes) == 3 == len(export.lignes)
    premiere, nominatif, secret = lignes
    assert premiere == {
        "COLL_NOM": "Commune de Chéreng",
        "COLL_SIRET": "21590146300012",
        "DELIB_ID": "2024_1_1",
        "DELIB_DATE": "2024-02-12",
        "DELIB_MATIERE_CODE": "5.7",
        "DELIB_MATIERE_NOM": "institutions et vie politique/intercommunalité",
        "DELIB_OBJET": "ESPACE NUMERIQUE DE TRAVAIL (ENT) ***** ADHESION AU SYNDICAT MIXTE "
        "« LA FIBRE NUMERIQUE 59-62 »",
        "BUDGET_ANNEE": "",
        "BUDGET_NOM": "",
        "PREF_ID": "PREF059",
        "PREF_DATE": "2024-02-15",
        "VOTE_EFFECTIF": "23",
        "VOTE_REEL": "22",
        "VOTE_POUR": "20",
        "VOTE_CONTRE": "1",
        "VOTE_ABSTENTION": "1",
        "DELIB_URL": "",
    }
    assert (nominatif["DELIB_MATIERE_NOM"], nominatif["PREF_ID"]) == (
        "finances locales/subventions",
        "",
    )
    assert [nominatif[k] for k in ("VOTE_REEL", "VOTE_POUR", "VOTE_CONTRE")] == ["21", "18", "2"]
    # Blank and spoilt ballots have no column: VOTE_REEL stays POUR + CONTRE + ABSTENTION.
    assert [secret[k] for k in ("VOTE_REEL", "VOTE_POUR", "VOTE_CONTRE")] == ["20", "12", "8"]
    assert [(i.reference, i.objet, i.motif) for i in export.ignorees] == [
        (
            "2024 / 1 / 4",
            "Acquisition de la parcelle AB 12",
            "la matière (nomenclature ACTES) n'est pas indiquée",
        ),
        ("2024 / 1 / 5", "Questions diverses : motion de soutien", "le vote n'est pas enregistré"),
    ]
    assert "2024 / 1 / 4 « Acquisition de la parcelle AB 12 »" in export.message


def test_without_siret_every_deliberation_is_named(demo, tmp_path):
    services, _ = demo
    services.conseil.enregistrer_commune(replace(services.conseil.commune(), siret=""))
    export = ecrire_scdl(services, 2024, tmp_path / "vide.csv")
    assert export.lignes == ()
    assert len(export.ignorees) == 1
    assert export.ignorees[0].reference == "2024 / 1 / 1"
    assert "SIRET" in export.ignorees[0].motif
    assert valider(tmp_path / "vide.csv") == []


def test_a_year_without_seance_gives_the_header_only(demo):
    services, _ = demo
    export = lignes_scdl(services, 2023)
    assert export.lignes == () and export.ignorees == ()


def test_reference_too_long_for_the_prefecture_is_reported(demo, tmp_path):
    from mairie_app.db import models as m

    services, seance_id = demo
    point = services.seances.seance(seance_id).points[0]
    with services.sessions.begin() as s:  # written before the identifier rule existed
        s.get(m.Deliberation, point.id).reference = "Délibération 2024 numéro 1"
    export = lignes_scdl(services, 2024)
    assert export.lignes == ()
    assert "au plus 15" in export.ignorees[0].motif


def test_command_writes_the_file_and_names_the_left_out(
    seance_complete, tmp_path, commande, capsys
):
    services, _ = seance_complete
    chemin = tmp_path / "scdl.csv"
    assert commande(services, "scdl", "--year", "2024", "-o", str(chemin)) == 0
    sortie = capsys.readouterr()
    assert f"3 délibération(s) de 2024 écrites dans {chemin}." in sortie.out
    assert "Non exportée : 2024 / 1 / 4 « Acquisition de la parcelle AB 12 »" in sortie.err
    assert len(valider(chemin)) == 3


def test_suggested_file_name(demo):
    services, _ = demo
    commune = services.conseil.commune()
    assert nom_fichier_scdl(commune, date(2024, 3, 1)) == "20240301_215901463_deliberations.csv"


def test_the_test_checks_catch_bad_rows():
    """The custom checks above are not vacuous."""
    bonne = {
        "COLL_SIRET": "21590146300012",
        "BUDGET_ANNEE": "",
        "BUDGET_NOM": "",
        "PREF_DATE": "2024-02-15",
        "DELIB_DATE": "2024-02-12",
        "VOTE_EFFECTIF": "23",
        "VOTE_REEL": "22",
        "VOTE_POUR": "20",
        "VOTE_CONTRE": "1",
        "VOTE_ABSTENTION": "1",
        "DELIB_MATIERE_NOM": "finances locales/subventions",
    }
    assert verifier_regles([bonne]) == []
    for changement in (
        {"COLL_SIRET": "21590146300013"},
        {"PREF_DATE": "2024-02-11"},
        {"VOTE_REEL": "23"},
        {"VOTE_EFFECTIF": "21"},
        {"VOTE_POUR": ""},
        {"DELIB_MATIERE_NOM": "finances/subventions"},
        {"DELIB_MATIERE_NOM": "finances locales/ subventions"},
    ):
        assert verifier_regles([{**bonne, **changement}]), changement


@pytest.mark.parametrize("siret", ["21590146300012", "35600000000010"])
def test_siret_check_of_the_test(siret):
    assert siret_valide(siret)
