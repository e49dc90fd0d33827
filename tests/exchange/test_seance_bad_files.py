"""Every kind of bad séance file is refused with its place and rule; nothing is written."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from dataclasses import replace

import jsonschema
import pytest

from mairie_app.domain.types import Civilite
from mairie_app.exchange.erreurs import SeanceFileError
from mairie_app.exchange.seance_json import exporter_seance, importer_seance
from mairie_app.paths import project_root
from mairie_app.services.demo import charger_demo
from mairie_app.services.dto import ConseillerData
from mairie_app.services.registre import ouvrir_registre

SCHEMA = json.loads((project_root() / "docs" / "seance-format.schema.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def fichier_demo(tmp_path_factory) -> dict:
    """The demo séance as a file, made once for the module (each test copies it)."""
    services = ouvrir_registre(tmp_path_factory.mktemp("demo"))
    try:
        return exporter_seance(services, charger_demo(services.sessions))
    finally:
        services.fermer()


def ligne(d: dict, nom: str) -> dict:
    """The attendance line of a member, by name."""
    return next(p for p in d["seance"]["presences"] if p["membre"]["nom"] == nom)


def vote(d: dict) -> dict:
    return d["deliberations"][0]["vote"]


def renommer(d: dict, ancien: str, nouveau: str) -> None:
    """Rename a member everywhere in the file (a consistent file, unknown to the register)."""
    texte = json.dumps(d).replace(f'"nom": "{ancien}"', f'"nom": "{nouveau}"')
    d.clear()
    d.update(json.loads(texte))


def texte(d: dict) -> bytes:
    return json.dumps(d, ensure_ascii=False, indent=2).encode("utf-8")


def a_windows(d: dict) -> bytes:
    return json.dumps(d, ensure_ascii=False).encode("cp1252")


Mutation = Callable[[dict], object]

# (id, mutation, expected JSON path, expected words of the rule)
STRUCTURE: list[tuple[str, Mutation, str, str]] = [
    ("tronque", lambda d: texte(d)[: len(texte(d)) // 2], "$", "tronqué"),
    ("vide", lambda d: b"", "$", "fichier vide"),
    ("blanc", lambda d: b"  \r\n\t", "$", "fichier vide"),
    ("pas-json", lambda d: b"Seance du 12 fevrier", "$", "JSON illisible ligne 1, colonne 1"),
    ("virgule", lambda d: texte(d).replace(b'"version": 1,', b'"version": 1'), "$", "virgule"),
    ("windows-1252", a_windows, "$", "UTF-8"),
    ("liste", lambda d: b"[]", "$", "objet JSON"),
    ("format", lambda d: d.update(format="autre"), "$.format", "mairie_app/seance"),
    ("version", lambda d: d.update(version=2), "$.version", "plus récente"),
    (
        "pour-texte",
        lambda d: vote(d).update(pour="23"),
        "$.deliberations[0].vote.pour",
        "nombre entier attendu, le fichier donne un texte",
    ),
    (
        "pour-booleen",
        lambda d: vote(d).update(pour=True),
        "$.deliberations[0].vote.pour",
        "nombre entier attendu",
    ),
    (
        "pour-negatif",
        lambda d: vote(d).update(pour=-1),
        "$.deliberations[0].vote.pour",
        "supérieur ou égal à 0",
    ),
    ("date", lambda d: d["seance"].update(date="12/02/2024"), "$.seance.date", "AAAA-MM-JJ"),
    (
        "date-impossible",
        lambda d: d["seance"].update(date="2024-02-30"),
        "$.seance.date",
        "n'est pas une date du calendrier",
    ),
    ("heure", lambda d: d["seance"].update(heure="18h30"), "$.seance.heure", "HH:MM"),
    (
        "heure-absente",
        lambda d: d["seance"].pop("heure"),
        "$.seance.heure",
        "clé obligatoire absente",
    ),
    (
        "statut",
        lambda d: ligne(d, "BARBE").update(statut="excuse"),
        "$.seance.presences[1].statut",
        "« absent_excuse »",
    ),
    (
        "civilite",
        lambda d: ligne(d, "BARBE")["membre"].update(civilite="Mr"),
        "$.seance.presences[1].membre.civilite",
        "« M. », « Mme »",
    ),
    (
        "cle-inconnue",
        lambda d: vote(d).update(abstention=0),
        "$.deliberations[0].vote.abstention",
        "clé inconnue",
    ),
    ("conseillers-objet", lambda d: d.update(conseillers={}), "$.conseillers", "liste"),
    ("urgence", lambda d: d["seance"].update(urgence="non"), "$.seance.urgence", "true ou false"),
]

COHERENCE: list[tuple[str, Mutation, str, str]] = [
    (
        "membre-hors-liste",
        lambda d: d["deliberations"][0].update(
            rapporteur={"civilite": "M.", "nom": "DUPONT", "prenom": "Jean"}
        ),
        "$.deliberations[0].rapporteur",
        "ne figure pas dans la liste $.conseillers",
    ),
    (
        "present-et-excuse",
        lambda d: d["seance"]["presences"].append(
            {"membre": ligne(d, "LLANES")["membre"], "statut": "present"}
        ),
        "$.seance.presences[23]",
        "à la fois absent excusé et présent",
    ),
    (
        "conseiller-double",
        lambda d: d["conseillers"].append(copy.deepcopy(d["conseillers"][1])),
        "$.conseillers[23]",
        "déjà listé en $.conseillers[1]",
    ),
    (
        "ordre",
        lambda d: d["deliberations"][0].update(ordre=2),
        "$.deliberations[0].ordre",
        "1 attendu",
    ),
    (
        "choix-main-levee",
        lambda d: vote(d).update(choix=[{"membre": ligne(d, "BARBE")["membre"], "choix": "pour"}]),
        "$.deliberations[0].vote.choix",
        "scrutin nominatif",
    ),
    (
        "resultat-sans-vote",
        lambda d: d["deliberations"][0].update(vote=None),
        "$.deliberations[0].resultat",
        "sans vote",
    ),
]

LOI: list[tuple[str, Mutation, str, str]] = [
    (
        "second-pouvoir",
        lambda d: ligne(d, "DEMOYER").update(
            statut="absent_excuse", pouvoir_a=ligne(d, "BARBE")["membre"]
        ),
        "$.seance.presences[13]",
        "détient déjà le pouvoir de Pascaline DEMOYER",
    ),
    (
        "decompte",
        lambda d: vote(d).update(pour=22),
        "$.deliberations[0].vote",
        "pour 22 + contre 0 + abstentions 0 = 22, mais il y a 23 votants",
    ),
    (
        "blancs-main-levee",
        lambda d: vote(d).update(pour=22, blancs=1),
        "$.deliberations[0].vote",
        "n'existent que dans un scrutin secret",
    ),
    (
        "resultat-faux",
        lambda d: d["deliberations"][0].update(resultat="rejetee"),
        "$.deliberations[0].resultat",
        "« Rejetée » mais le décompte des voix donne « Adoptée »",
    ),
    (
        "egalite-sans-president",
        lambda d: vote(d).update(pour=11, contre=11, abstentions=1),
        "$.deliberations[0].vote.voix_president",
        "Égalité des voix",
    ),
    (
        "mode-impose",
        lambda d: vote(d).update(demandes_secret=9),
        "$.deliberations[0].vote.mode",
        "il s'impose",
    ),
    (
        "pouvoir-absent",
        lambda d: ligne(d, "LLANES").update(statut="absent"),
        "$.seance.presences[13]",
        "« absent excusé », pas « absent »",
    ),
    (
        "arrivee-hors-ordre-du-jour",
        lambda d: ligne(d, "MELI").update(arrivee_ordre=3),
        "$.seance.presences[15]",
        "compris entre 2 et 1",
    ),
    (
        "secretaire-excuse",
        lambda d: d["seance"].update(secretaires=[ligne(d, "LLANES")["membre"]]),
        "$.seance.secretaires",
        "Secrétaire de séance : David LLANES n'est pas présent",
    ),
    (
        "quorum",
        lambda d: [
            ligne(d, n).update(statut="absent")
            for n in (
                "BUISSE",
                "BULTEY",
                "DECALONNE",
                "DEMOYER",
                "DESROUSSEAU",
                "DUBOIS",
                "DYRDA",
                "GHESQUIERE",
                "GHESTEM",
                "HERBAUT",
                "LOUNICI",
            )
        ],
        "$.deliberations[0].vote",
        "Quorum non atteint",
    ),
    (
        "ligne-manquante",
        lambda d: d["seance"]["presences"].pop(4),
        "$.seance.presences",
        "aucune ligne de présence pour M. DECALONNE Jean-Louis",
    ),
    (
        "pas-en-exercice",
        lambda d: d["conseillers"][4].update(mandat_debut="2025-01-01"),
        "$.seance.presences[4].membre",
        "n'est pas en exercice le 12/02/2024",
    ),
    (
        "effectif",
        lambda d: d["conseillers"].append(
            {"civilite": "Mme", "nom": "NOUVELLE", "prenom": "Anne", "mandat_debut": "2020-05-23"}
        ),
        "$.conseillers[23].mandat_debut",
        "Conseil complet",
    ),
    (
        "matiere",
        lambda d: d["deliberations"][0].update(matiere_code="99.9"),
        "$.deliberations[0].matiere_code",
        "nomenclature ACTES",
    ),
    (
        "objet-deux-lignes",
        lambda d: d["deliberations"][0].update(objet="Un\nDeux"),
        "$.deliberations[0].objet",
        "une seule ligne",
    ),
    (
        "reference-longue",
        lambda d: d["deliberations"][0].update(reference="2024 / 1 / 1 / bis / annexe"),
        "$.deliberations[0].reference",
        "au plus 15",
    ),
    (
        "reference-double",
        lambda d: d["deliberations"].append(dict(copy.deepcopy(d["deliberations"][0]), ordre=2)),
        "$.deliberations[1].reference",
        "est déjà celle de la délibération",
    ),
    (
        "suivi-avant-seance",
        lambda d: d["deliberations"][0].update(date_affichage="2024-02-01"),
        "$.deliberations[0]",
        "ne peut précéder la séance",
    ),
    (
        "convocation-apres",
        lambda d: d["seance"].update(date_convocation="2024-02-13"),
        "$.seance.date_convocation",
        "ne peut pas suivre",
    ),
    (
        "approbation-avant",
        lambda d: d["seance"].update(date_approbation_pv="2024-01-01"),
        "$.seance.date_approbation_pv",
        "donc après le 12/02/2024",
    ),
    (
        "cloture-impossible",
        lambda d: d["deliberations"][0].update(dispositif=" "),
        "$.seance.etat",
        "dispositif (le texte de la décision) vide",
    ),
    (
        "siret",
        lambda d: d["commune"].update(siret="21590146300013"),
        "$.commune.siret",
        "clé de contrôle",
    ),
    (
        "insee",
        lambda d: d["commune"].update(code_insee="591"),
        "$.commune.code_insee",
        "Code INSEE",
    ),
    (
        "corrige-inconnue",
        lambda d: d["deliberations"][0].update(corrige="2023 / 9 / 9"),
        "$.deliberations[0].corrige",
        "« 2023 / 9 / 9 »",
    ),
]

CAS = STRUCTURE + COHERENCE + LOI


def appliquer(d: dict, mutation: Mutation) -> bytes:
    d = copy.deepcopy(d)
    brut = mutation(d)
    return brut if isinstance(brut, bytes) else texte(d)


@pytest.mark.parametrize(("mutation", "chemin", "regle"), [c[1:] for c in CAS],
                         ids=[c[0] for c in CAS])  # fmt: skip
def test_bad_file_into_an_empty_register_changes_nothing(
    fichier_demo, ouvrir, snapshot, mutation, chemin, regle
):
    cible = ouvrir("cible")
    avant = snapshot(cible)
    with pytest.raises(SeanceFileError) as info:
        importer_seance(cible, appliquer(fichier_demo, mutation))
    assert info.value.chemin == chemin
    assert regle in info.value.regle
    assert info.value.message.startswith(f"Fichier de séance, {chemin} : ")
    assert snapshot(cible) == avant


@pytest.fixture
def conseil_sans_seance(demo):
    """The demo's register once its séance is deleted: a council to match against."""
    services, seance_id = demo
    fichier = exporter_seance(services, seance_id)
    services.seances.supprimer_seance(seance_id)
    return services, fichier


REGISTRE: list[tuple[str, Mutation, str, str]] = [
    (
        "membre-inconnu",
        lambda d: renommer(d, "BARBE", "BARBES"),
        "$.conseillers[1]",
        "M. BARBES Eric est inconnu du conseil de ce registre",
    ),
    (
        "civilite-differente",
        lambda d: renommer_civilite(d, "DYRDA"),
        "$.conseillers[9]",
        "de ce nom, le registre connaît : Mme DYRDA Aurélie",
    ),
    (
        "autre-commune",
        lambda d: d["commune"].update(code_insee="59350", nom="Lille"),
        "$.commune.code_insee",
        "ce registre est celui de Chéreng (59146)",
    ),
]


def renommer_civilite(d: dict, nom: str) -> None:
    texte_ = json.dumps(d).replace(
        f'{{"civilite": "Mme", "nom": "{nom}"', f'{{"civilite": "M.", "nom": "{nom}"'
    )
    d.clear()
    d.update(json.loads(texte_))


@pytest.mark.parametrize(("mutation", "chemin", "regle"), [c[1:] for c in REGISTRE],
                         ids=[c[0] for c in REGISTRE])  # fmt: skip
def test_bad_file_against_an_existing_council_changes_nothing(
    conseil_sans_seance, snapshot, mutation, chemin, regle
):
    services, fichier = conseil_sans_seance
    brut = appliquer(fichier, mutation)
    avant = snapshot(services)
    with pytest.raises(SeanceFileError) as info:
        importer_seance(services, brut)
    assert (info.value.chemin, regle in info.value.regle) == (chemin, True), info.value.message
    assert snapshot(services) == avant


def test_the_same_seance_twice_is_refused(demo, fichier_demo, snapshot):
    services, _ = demo
    avant = snapshot(services)
    with pytest.raises(
        SeanceFileError, match=r"\$\.seance : la séance n° 1 du 12/02/2024 est déjà"
    ):
        importer_seance(services, texte(fichier_demo))
    assert snapshot(services) == avant


def test_a_number_already_taken_in_the_year_is_refused(demo, fichier_demo, snapshot):
    services, _ = demo
    d = copy.deepcopy(fichier_demo)
    d["seance"]["date"] = "2024-03-04"
    avant = snapshot(services)
    with pytest.raises(SeanceFileError) as info:
        importer_seance(services, texte(d))
    assert info.value.chemin == "$.seance.numero"
    assert "le n° 1 de 2024 est déjà celui de la séance du 12/02/2024" in info.value.regle
    assert snapshot(services) == avant


def test_homonyms_in_office_are_reported_not_guessed(conseil_sans_seance, snapshot):
    services, fichier = conseil_sans_seance
    commune = services.conseil.commune()
    services.conseil.enregistrer_commune(replace(commune, effectif_legal_override=30))
    barbe = next(c for c in services.conseil.conseillers() if c.nom == "BARBE")
    services.conseil.ajouter_conseiller(
        ConseillerData(Civilite.MONSIEUR, "Barbé", "ERIC", mandat_debut=barbe.mandat_debut)
    )
    avant = snapshot(services)
    with pytest.raises(SeanceFileError, match=r"\$\.conseillers\[1\] : M\. BARBE Eric est ambigu"):
        importer_seance(services, texte(fichier))
    assert snapshot(services) == avant


def test_structure_errors_are_all_listed(fichier_demo, ouvrir):
    d = copy.deepcopy(fichier_demo)
    vote(d).update(pour="x", contre=None)
    d["seance"]["date"] = "hier"
    with pytest.raises(SeanceFileError) as info:
        importer_seance(ouvrir("cible"), texte(d))
    chemins = [c for c, _ in info.value.erreurs]
    assert chemins == [
        "$.seance.date",
        "$.deliberations[0].vote.pour",
        "$.deliberations[0].vote.contre",
    ]
    assert "Autres erreurs : $.deliberations[0].vote.pour : nombre entier" in info.value.message


NON_JSON = {"tronque", "vide", "blanc", "pas-json", "virgule", "windows-1252", "date-impossible"}
SCHEMA_SEUL = [c for c in STRUCTURE if c[0] not in NON_JSON]


@pytest.mark.parametrize("mutation", [c[1] for c in SCHEMA_SEUL], ids=[c[0] for c in SCHEMA_SEUL])
def test_the_documented_schema_refuses_the_same_structures(fichier_demo, mutation):
    """docs/seance-format.schema.json and the importer agree on what is malformed."""
    validateur = jsonschema.Draft202012Validator(SCHEMA)
    assert validateur.is_valid(fichier_demo)
    assert not validateur.is_valid(json.loads(appliquer(fichier_demo, mutation)))


def test_a_missing_file_is_reported(ouvrir, tmp_path):
    from mairie_app.errors import ValidationError

    with pytest.raises(ValidationError, match="introuvable"):
        importer_seance(ouvrir("cible"), tmp_path / "absent.json")


@pytest.fixture
def fichier_complet(seance_complete) -> dict:
    services, seance_id = seance_complete
    return exporter_seance(services, seance_id)


def choix(d: dict) -> list:
    return d["deliberations"][1]["vote"]["choix"]


COMPLET: list[tuple[str, Mutation, str, str]] = [
    ("comptes-nominatifs", lambda d: d["deliberations"][1]["vote"].update(pour=17, contre=3),
     "$.deliberations[1].vote.pour", "découlent des choix de chaque membre"),
    ("choix-manquant", lambda d: choix(d).pop(), "$.deliberations[1].vote.choix",
     "1 votant(s) sans choix indiqué"),
    ("choix-non-votant",
     lambda d: choix(d).append({"membre": ligne(d, "WATTEAU")["membre"], "choix": "pour"}),
     "$.deliberations[1].vote.choix", "ne votent pas sur ce point"),
    ("voix-president-secret", lambda d: d["deliberations"][2]["vote"].update(voix_president="pour"),
     "$.deliberations[2].vote.voix_president", "scrutin secret : cette valeur n'est pas retenue"),
    ("pouvoir-a-soi-meme",
     lambda d: ligne(d, "DEMOYER").update(pouvoir_a=ligne(d, "DEMOYER")["membre"]),
     "$.seance.presences[6]", "on ne peut pas se le donner à soi-même"),
    ("depart-avant-arrivee", lambda d: ligne(d, "DEMOYER").update(depart_ordre=2),
     "$.seance.presences[6]", "Départ de Pascaline DEMOYER : il doit suivre son arrivée"),
    ("pouvoir-present-toute-la-seance", lambda d: ligne(d, "DEMOYER").update(arrivee_ordre=None),
     "$.seance.presences[6]", "un conseiller présent pendant toute la séance ne donne pas pouvoir"),
]  # fmt: skip


@pytest.mark.parametrize(("mutation", "chemin", "regle"), [c[1:] for c in COMPLET],
                         ids=[c[0] for c in COMPLET])  # fmt: skip
def test_bad_votes_and_attendance_of_a_full_seance(
    fichier_complet, ouvrir, snapshot, mutation, chemin, regle
):
    cible = ouvrir("cible")
    assert importer_seance(ouvrir("controle"), texte(fichier_complet)).deliberations == 5
    avant = snapshot(cible)
    with pytest.raises(SeanceFileError) as info:
        importer_seance(cible, appliquer(fichier_complet, mutation))
    assert (info.value.chemin, regle in info.value.regle) == (chemin, True), info.value.message
    assert snapshot(cible) == avant
