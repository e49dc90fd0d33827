"""The bundled list of communes: its content, its search and its lazy loading."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys

import pytest

from mairie_app.domain.articles import avec_de
from mairie_app.paths import project_root, resources_dir
from mairie_app.referentiels import communes as module
from mairie_app.referentiels.communes import (
    CommuneRef,
    get_commune_ref,
    load_communes,
    search_communes,
)


def _vider_caches() -> None:
    module.load_communes.cache_clear()
    module._index_noms.cache_clear()
    module._par_code.cache_clear()


def test_file_is_small():
    taille = (resources_dir() / "communes.tsv.gz").stat().st_size
    assert 100_000 < taille < 2_000_000


def test_list_covers_france():
    communes = load_communes()
    types = {c.type for c in communes}
    assert types == {"COM", "COMD", "COMA", "ARM"}
    actuelles = [c for c in communes if c.type == "COM"]
    assert 34_000 < len(actuelles) < 36_000
    assert len({c.code_insee for c in actuelles}) == len(actuelles)
    assert sum(c.type == "ARM" for c in communes) == 20 + 9 + 16


def test_chereng():
    chereng = get_commune_ref("59146")
    assert chereng == CommuneRef(
        code_insee="59146",
        nom="Chéreng",
        type="COM",
        type_liaison=0,
        departement_code="59",
        departement_nom="Nord",
        departement_liaison=2,
        arrondissement_code="595",
        arrondissement_nom="Lille",
        arrondissement_liaison=0,
        population=3078,
        siren="215901463",
        codes_postaux=("59152",),
        commune_parent=None,
    )
    assert chereng.libelle_type == "commune"
    assert avec_de(chereng.nom, chereng.type_liaison) == "de Chéreng"
    assert avec_de(chereng.departement_nom, chereng.departement_liaison) == "du Nord"
    assert avec_de(chereng.arrondissement_nom, chereng.arrondissement_liaison) == "de Lille"


@pytest.mark.parametrize(
    ("code", "attendu"),
    [("01053", "de l'Ain"), ("40192", "des Landes"), ("80021", "de la Somme")],
)
def test_departement_forms_from_the_data(code, attendu):
    commune = get_commune_ref(code)
    assert avec_de(commune.departement_nom, commune.departement_liaison) == attendu


def test_le_mans():
    le_mans = get_commune_ref("72181")
    assert le_mans.nom == "Le Mans"
    assert avec_de(le_mans.nom, le_mans.type_liaison) == "du Mans"


def test_get_commune_ref_prefers_the_current_commune():
    # 01015 is both Arboys en Bugey (commune nouvelle) and its delegated Arbignieu.
    assert get_commune_ref("01015").nom == "Arboys en Bugey"
    assert get_commune_ref("2a004").nom == "Ajaccio"
    assert get_commune_ref("00000") is None


def test_delegated_commune_is_labelled_and_points_to_its_parent():
    (arbignieu,) = [c for c in load_communes() if c.nom == "Arbignieu"]
    assert arbignieu.type == "COMD"
    assert arbignieu.libelle_type == "commune déléguée"
    assert arbignieu.commune_parent == "01015"
    assert arbignieu.population is None
    assert arbignieu.siren is None
    assert arbignieu.codes_postaux == ()


def test_other_types_are_labelled():
    (associee,) = [c for c in load_communes() if c.code_insee == "01120"]
    assert (associee.nom, associee.libelle_type) == ("Cordieux", "commune associée")
    assert associee.commune_parent == "01262"
    marseille_1 = get_commune_ref("13201")
    assert marseille_1.libelle_type == "arrondissement municipal"
    assert marseille_1.commune_parent == "13055"


def test_overseas_commune_has_no_arrondissement():
    papeete = get_commune_ref("98735")
    assert papeete.departement_nom == "Polynésie française"
    assert papeete.arrondissement_code is None
    assert papeete.arrondissement_nom is None
    assert papeete.arrondissement_liaison is None


@pytest.mark.parametrize("texte", ["chereng", "CHERENG", "Chéreng", "  chéReng "])
def test_search_name_ignores_accents_and_case(texte):
    assert search_communes(texte)[0].code_insee == "59146"


@pytest.mark.parametrize("texte", ["saint etienne", "Saint-Étienne", "SAINT-ETIENNE", "st etienne"])
def test_search_name_ignores_hyphens(texte):
    resultats = search_communes(texte)
    assert resultats[0].nom == "Saint-Étienne"
    assert resultats[0].code_insee == "42218"


def test_search_name_without_its_article():
    assert search_communes("mans")[0].code_insee == "72181"
    assert search_communes("hay les roses")[0].nom == "L'Haÿ-les-Roses"


def test_search_by_insee_or_postal_code():
    assert search_communes("59146")[0].nom == "Chéreng"
    # 59152 is the INSEE code of Comines and the postal code of Chéreng and others.
    comines, *par_code_postal = search_communes("59152")
    assert comines.nom == "Comines"
    assert "59146" in [c.code_insee for c in par_code_postal]
    assert all("59152" in c.codes_postaux for c in par_code_postal)
    assert search_communes("2A004")[0].nom == "Ajaccio"


def test_search_exact_then_prefix_then_substring():
    resultats = search_communes("lille", limit=200)
    assert resultats[0].code_insee == "59350"
    cles = [module.plier(c.nom) for c in resultats if c.type == "COM"]
    debut = [cle.startswith("lille") for cle in cles]
    # Every name starting with "lille" comes before every name merely containing it.
    assert debut == sorted(debut, reverse=True)
    assert debut.count(True) >= 2 and debut.count(False) >= 1


def test_delegated_communes_come_after_current_ones():
    resultats = search_communes("bellegarde", limit=100)
    types = [c.type for c in resultats]
    assert "COMD" in types and "COM" in types
    derniere_com = max(i for i, t in enumerate(types) if t == "COM")
    premiere_deleguee = min(i for i, t in enumerate(types) if t in ("COMD", "COMA"))
    assert derniere_com < premiere_deleguee
    deleguee = next(c for c in resultats if c.nom == "Bellegarde-sur-Valserine")
    assert deleguee.libelle_type == "commune déléguée"


def test_search_limit_and_empty():
    assert len(search_communes("saint", limit=5)) == 5
    assert search_communes("") == []
    assert search_communes(" - ") == []
    assert search_communes("zzzzqqq") == []


def test_import_does_not_read_the_file():
    code = (
        "import gzip\n"
        "def refus(*a, **k):\n"
        "    raise AssertionError('fichier lu à l’import')\n"
        "gzip.open = refus\n"
        "import mairie_app.referentiels.communes as m\n"
        "assert m.load_communes.cache_info().currsize == 0\n"
        "print('ok')\n"
    )
    sortie = subprocess.run(
        [sys.executable, "-c", code],
        cwd=project_root(),
        capture_output=True,
        text=True,
        check=False,
    )
    assert sortie.returncode == 0, sortie.stderr
    assert sortie.stdout.strip() == "ok"


def test_file_is_read_once_on_first_use(monkeypatch):
    lectures = []
    original = module._lire_lignes

    def compter():
        lectures.append(1)
        return original()

    monkeypatch.setattr(module, "_lire_lignes", compter)
    _vider_caches()
    try:
        assert lectures == []
        search_communes("chereng")
        search_communes("59146")
        get_commune_ref("59350")
        load_communes()
        assert len(lectures) == 1
    finally:
        _vider_caches()


def _charger_outil():
    chemin = project_root() / "tools" / "build_communes.py"
    spec = importlib.util.spec_from_file_location("build_communes", chemin)
    outil = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(outil)
    return outil


def test_build_script_output_is_what_the_loader_reads(tmp_path, monkeypatch):
    outil = _charger_outil()
    paquet = tmp_path / "package"
    (paquet / "data").mkdir(parents=True)
    communes = [
        {"code": "59146", "nom": "Chéreng", "typeLiaison": 0, "arrondissement": "595",
         "departement": "59", "type": "commune-actuelle", "siren": "215901463",
         "codesPostaux": ["59152"], "population": 3078},
        {"code": "59146", "nom": "Ancienne", "typeLiaison": 1, "arrondissement": "595",
         "departement": "59", "type": "commune-deleguee", "chefLieu": "59146"},
        {"code": "98735", "nom": "Papeete", "departement": "987", "type": "commune-actuelle",
         "codesPostaux": ["98714"], "population": 26654},
        {"code": "98799", "nom": "Arue", "departement": "987", "type": "commune-actuelle"},
    ]  # fmt: skip
    departements = [
        {"code": "59", "nom": "Nord", "typeLiaison": 2},
        {"code": "987", "nom": "Polynésie française", "typeLiaison": 0},
    ]
    arrondissements = [{"code": "595", "nom": "Lille", "typeLiaison": 0}]
    for nom, donnees in [
        ("communes", communes),
        ("departements", departements),
        ("arrondissements", arrondissements),
    ]:
        (paquet / "data" / f"{nom}.json").write_text(json.dumps(donnees), encoding="utf-8")
    (paquet / "package.json").write_text('{"version": "9.9.9"}', encoding="utf-8")
    (paquet / "LICENSE").write_text("MIT License\n\nCopyright Test\n", encoding="utf-8")
    ressources = tmp_path / "resources"

    outil.main(
        [
            str(paquet),
            "--sortie",
            str(ressources / "communes.tsv.gz"),
            "--licence",
            str(ressources / "communes.LICENCE.txt"),
        ]
    )

    licence = (ressources / "communes.LICENCE.txt").read_text(encoding="utf-8")
    assert "9.9.9" in licence and "Copyright Test" in licence
    monkeypatch.setattr(module, "resources_dir", lambda: ressources)
    _vider_caches()
    try:
        lignes = load_communes()
        assert [(c.code_insee, c.type) for c in lignes] == [
            ("59146", "COM"),
            ("59146", "COMD"),
            ("98735", "COM"),
            ("98799", "COM"),
        ]
        assert lignes[0] == get_commune_ref("59146")
        assert lignes[0].population == 3078 and lignes[0].departement_liaison == 2
        assert lignes[1].commune_parent == "59146" and lignes[1].type_liaison == 1
        assert lignes[2].arrondissement_code is None and lignes[2].siren is None
        # No typeLiaison in the package: guessed from the first letter.
        assert (lignes[2].type_liaison, lignes[3].type_liaison) == (0, 1)
    finally:
        _vider_caches()


def test_guessed_article_types():
    outil = _charger_outil()
    assert outil.deviner_liaison("Le Port") == 2
    assert outil.deviner_liaison("La Foa") == 3
    assert outil.deviner_liaison("Les Abymes") == 4
    assert outil.deviner_liaison("L'Île-Rousse") == 5
    assert outil.deviner_liaison("Île de Clipperton") == 1
    assert outil.deviner_liaison("Papeete") == 0
