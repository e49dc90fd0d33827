"""The ACTES matières: complete, correctly accented, in SCDL form, and searchable."""

from __future__ import annotations

import csv
import re
import unicodedata

import pytest

from mairie_app.paths import project_root, resources_dir
from mairie_app.referentiels.matieres import (
    Matiere,
    get_matiere,
    load_matieres,
    search_matieres,
)

# Level-2 codes as the SCDL schema lists them ("'1.1' à '1.7', '2.1' à '2.3', ...").
PLAGES = {1: 7, 2: 3, 3: 6, 4: 5, 5: 8, 6: 5, 7: 10, 8: 9, 9: 4}
CODES_NIVEAU2 = [f"{n1}.{n2}" for n1, fin in PLAGES.items() for n2 in range(1, fin + 1)]

# Words the unaccented source spells wrongly; none may survive in the accented file.
MOTS_SANS_ACCENT = {
    "marches", "delegation", "maitrise", "oeuvre", "speciaux", "preemption", "alienations",
    "prive", "hospitaliere", "categories", "regime", "election", "executif", "assemblees",
    "designation", "representants", "intercommunalite", "decision", "libertes", "president",
    "general", "regional", "reglementaires", "etat", "controle", "hierarchique", "decisions",
    "budgetaires", "fiscalite", "economiques", "competences", "themes", "amenagement",
    "departements", "regions", "voeux", "pourvoirs",
}  # fmt: skip

# Wording changes made on purpose (see resources/nomenclature-actes.SOURCE.txt).
CORRECTIONS = {
    "1.5": ("Transactions /protocole d accord", "Transactions/protocole d'accord"),
    "4.1": ("Personnel titulaires", "Personnels titulaires"),
    "6": ("pourvoirs", "pouvoirs"),
    "7.9": ("etc...", "etc."),
}


def _lire_ressource() -> dict[str, str]:
    with (resources_dir() / "nomenclature-actes.csv").open(encoding="utf-8", newline="") as f:
        lecteur = csv.DictReader(f, delimiter=";")
        assert lecteur.fieldnames == ["code", "libelle"]
        return {ligne["code"]: ligne["libelle"] for ligne in lecteur}


def _source_partagee() -> dict[str, str]:
    chemin = project_root().parent / "shared" / "data" / "nomenclature-actes.csv"
    if not chemin.exists():
        pytest.skip(f"source non trouvée : {chemin}")
    with chemin.open(encoding="utf-8", newline="") as f:
        return {ligne["code"]: ligne["libellé"] for ligne in csv.DictReader(f, delimiter=";")}


def _replier(texte: str) -> str:
    texte = texte.replace("œ", "oe").replace("'", " ")
    texte = "".join(c for c in unicodedata.normalize("NFD", texte) if not unicodedata.combining(c))
    return " ".join(texte.lower().split())


def test_every_level2_code_is_loaded_in_numeric_order():
    codes = [m.code for m in load_matieres()]
    assert codes == CODES_NIVEAU2
    assert codes.index("7.10") == codes.index("7.9") + 1


def test_resource_holds_levels_1_and_2_and_nothing_else():
    codes = set(_lire_ressource())
    assert codes == set(CODES_NIVEAU2) | {str(n) for n in PLAGES}


def test_resource_has_exactly_the_codes_of_the_shared_source():
    assert set(_lire_ressource()) == set(_source_partagee())


def test_labels_are_the_source_with_accents_restored():
    source = _source_partagee()
    accentue = _lire_ressource()
    for code, libelle_source in source.items():
        if code in CORRECTIONS:
            avant, apres = CORRECTIONS[code]
            assert avant in libelle_source
            libelle_source = libelle_source.replace(avant, apres)
        assert _replier(accentue[code]) == _replier(libelle_source), code


@pytest.mark.parametrize(
    ("code", "libelle"),
    [
        ("1", "Commande publique"),
        ("1.1", "Marchés publics"),
        ("1.2", "Délégation de service public"),
        ("1.6", "Actes relatifs à la maîtrise d'œuvre"),
        ("2.3", "Droit de préemption urbain"),
        ("3.2", "Aliénations"),
        ("4", "Fonction publique"),
        ("4.1", "Personnels titulaires et stagiaires de la F.P.T."),
        ("5.1", "Élection exécutif"),
        ("5.8", "Décision d'ester en justice"),
        ("6", "Libertés publiques et pouvoirs de police"),
        ("6.5", "Actes pris au nom de l'État et soumis au contrôle hiérarchique"),
        ("8", "Domaines de compétences par thèmes"),
        ("9.4", "Vœux et motions"),
    ],
)
def test_known_labels_are_spelled_exactly(code, libelle):
    assert _lire_ressource()[code] == libelle


def test_no_label_keeps_an_unaccented_word_or_a_missing_apostrophe():
    for code, libelle in _lire_ressource().items():
        mots = set(re.findall(r"[a-zà-ÿœ]+", libelle.lower()))
        assert not mots & MOTS_SANS_ACCENT, (code, libelle)
        # "d accord", "l Etat": an apostrophe was lost.
        assert not re.search(r"\b[dlDL] ", libelle), (code, libelle)


def test_labels_keep_sentence_case():
    for code, libelle in _lire_ressource().items():
        assert libelle[0].isupper(), code
        sans_sigles = re.sub(r"\b(?:[A-Z]\.)+|\bSEM\b|État", "", libelle[1:])
        assert sans_sigles == sans_sigles.lower(), (code, libelle)


def test_matiere_carries_its_heading():
    matiere = get_matiere("5.7")
    assert matiere == Matiere("5.7", "Intercommunalité", "5", "Institutions et vie politique")
    assert matiere.libelle_complet == "Institutions et vie politique / Intercommunalité"


def test_nom_scdl_examples():
    assert get_matiere("5.7").nom_scdl == "institutions et vie politique/intercommunalité"
    assert (
        get_matiere("8.4").nom_scdl
        == "domaines de compétences par thèmes/aménagement du territoire"
    )
    assert get_matiere("7.9").nom_scdl == "finances locales/prise de participation sem etc."
    assert get_matiere("1.6").nom_scdl == "commande publique/actes relatifs à la maîtrise d'œuvre"


def test_nom_scdl_format_for_every_matiere():
    for m in load_matieres():
        nom = m.nom_scdl
        assert nom == nom.lower()
        assert not set(",()") & set(nom), nom
        assert "/ " not in nom and " /" not in nom and "  " not in nom, nom
        assert nom.startswith(m.niveau1_libelle.lower() + "/"), nom


def test_nom_scdl_strips_commas_and_parentheses():
    matiere = Matiere("9.9", "Essai (A, B)", "9", "Titre, premier")
    assert matiere.nom_scdl == "titre premier/essai a b"


def test_get_matiere_unknown_or_level1():
    assert get_matiere("5") is None
    assert get_matiere("9.9") is None
    assert get_matiere(" 7.10 ").libelle == "Divers"


def test_search_ignores_accents_and_case():
    assert [m.code for m in search_matieres("alienation")] == ["3.2"]
    assert [m.code for m in search_matieres("DÉLÉGATION signature")] == ["5.5"]
    assert [m.code for m in search_matieres("delegation")] == ["1.2", "5.4", "5.5"]
    assert search_matieres("maitrise d oeuvre")[0].code == "1.6"
    assert search_matieres("fpt")[0].code == "4.1"


def test_search_by_code_puts_the_exact_code_first():
    assert [m.code for m in search_matieres("7.1")] == ["7.1", "7.10"]
    assert [m.code for m in search_matieres("7")][:2] == ["7.1", "7.2"]
    assert len(search_matieres("7")) == 10


def test_search_heading_and_ranking():
    assert [m.code for m in search_matieres("finances")] == CODES_NIVEAU2[34:44]
    # A label that starts with the text comes before one that merely contains it.
    resultats = [m.code for m in search_matieres("autres")]
    assert resultats[0] == "1.4"
    assert resultats.index("9.1") < resultats.index("9.4")


def test_search_empty_and_no_match():
    assert search_matieres("  ") == load_matieres()
    assert search_matieres("zzzz") == []


def test_load_returns_a_fresh_list():
    premiere = load_matieres()
    premiere.clear()
    assert len(load_matieres()) == len(CODES_NIVEAU2)
