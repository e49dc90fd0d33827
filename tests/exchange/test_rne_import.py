"""Importing the council from the national file of municipal councillors (RNE)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from mairie_app.domain.types import Civilite, Fonction
from mairie_app.errors import ValidationError
from mairie_app.exchange.erreurs import RneFileError
from mairie_app.exchange.rne import COLONNES_RNE, code_commune, fonction_rne, lire_rne
from mairie_app.exchange.rne_plan import appliquer_import_rne, preparer_import_rne

ENTETE = ";".join(COLONNES_RNE)


def rangee(dep, code, commune, nom, prenom, sexe, naissance, fonction="", debut="23/05/2020"):
    """One row of the national file, its 16 columns in order."""
    libelle_dep = {"59": "Nord", "1": "Ain"}[dep]
    return ";".join(
        [dep, libelle_dep, "", "", code, commune, nom, prenom, sexe, naissance,
         "33", "Cadres de la fonction publique", debut, fonction,
         debut if fonction else "", "FR"]
    )  # fmt: skip


def chereng(nom, prenom, sexe, naissance, fonction="", debut="23/05/2020"):
    return rangee("59", "59146", "Chéreng", nom, prenom, sexe, naissance, fonction, debut)


# Rows out of order on purpose; BARBE has two rows (adjoint and maire délégué);
# an Ain commune written without its leading zero; a councillor of Lille.
LIGNES = [
    chereng("MELI", "Odette", "F", "02/03/1950"),
    chereng("DYRDA", "Aurélie", "F", "11/12/1980", "2e adjointe au maire"),
    chereng("NOUVEAU", "Hélène", "F", "01/01/1990"),
    chereng("BARBE", "Éric", "M", "05/06/1962", "Maire délégué"),
    rangee("1", "1001", "L'Abergement-Clémenciat", "MARTIN", "Paul", "M", "01/01/1970", "Maire"),
    chereng("BARBE", "Éric", "M", "05/06/1962", "1er adjoint au maire"),
    chereng("ZOUTE", "Pascal", "M", "07/08/1960", "Maire"),
    rangee("59", "59350", "Lille", "AUBRY", "Martine", "F", "08/08/1950", "Conseillère"),
]


def fichier(lignes=LIGNES, entete=ENTETE, fin="\n", encodage="utf-8", bom=False) -> bytes:
    texte = fin.join([entete, *lignes]) + fin
    return (b"\xef\xbb\xbf" if bom else b"") + texte.encode(encodage)


VARIANTES = {
    "utf-8": {},
    "bom": {"bom": True},
    "crlf": {"fin": "\r\n"},
    "latin-1": {"encodage": "latin-1"},
    "windows": {"encodage": "cp1252", "fin": "\r\n", "bom": False},
}


@pytest.mark.parametrize("variante", VARIANTES.values(), ids=VARIANTES.keys())
def test_file_variants_read_the_same(variante):
    lu = lire_rne(fichier(**variante), "59146")
    assert lu.commune_nom == "Chéreng"
    assert [(e.nom, e.prenom, e.fonction, e.rang_adjoint) for e in lu.elus] == [
        ("ZOUTE", "Pascal", Fonction.MAIRE, None),
        ("BARBE", "Éric", Fonction.ADJOINT, 1),
        ("DYRDA", "Aurélie", Fonction.ADJOINT, 2),
        ("MELI", "Odette", Fonction.CONSEILLER, None),
        ("NOUVEAU", "Hélène", Fonction.CONSEILLER, None),
    ]


def test_a_person_with_two_function_rows_is_one_councillor():
    barbe = lire_rne(fichier(), "59146").elus[1]
    assert barbe.fonctions == ("Maire délégué", "1er adjoint au maire")
    assert barbe.lignes == (5, 7)
    assert (barbe.civilite, barbe.mandat_debut.isoformat()) == (Civilite.MONSIEUR, "2020-05-23")


def test_leading_zeros_of_the_commune_code_are_restored():
    lu = lire_rne(fichier(), "01001")
    assert [(e.nom, e.fonction) for e in lu.elus] == [("MARTIN", Fonction.MAIRE)]
    assert code_commune("1", "1001") == "01001"
    assert code_commune("59", "146") == "59146"
    assert code_commune("2A", "4") == "2A004"
    assert code_commune("971", "1") == "97101"
    assert code_commune("59", "59146") == "59146"


@pytest.mark.parametrize(
    ("libelle", "attendu"),
    [
        ("", (Fonction.CONSEILLER, None)),
        ("Maire", (Fonction.MAIRE, None)),
        ("1er adjoint au maire", (Fonction.ADJOINT, 1)),
        ("1ère adjointe au maire", (Fonction.ADJOINT, 1)),
        ("2e adjoint au maire", (Fonction.ADJOINT, 2)),
        ("10ème adjointe au maire", (Fonction.ADJOINT, 10)),
        ("Adjoint au maire", (Fonction.ADJOINT, None)),
        ("Conseillère municipale déléguée", (Fonction.DELEGUE, None)),
        ("Maire délégué", None),
        ("Adjoint spécial", None),
    ],
)
def test_function_labels(libelle, attendu):
    assert fonction_rne(libelle) == attendu


def test_missing_columns_are_listed():
    entete = ";".join(c for c in COLONNES_RNE if c not in ("Code sexe", "Date de début du mandat"))
    with pytest.raises(RneFileError) as info:
        lire_rne(fichier(entete=entete, lignes=[]), "59146")
    assert info.value.colonnes_manquantes == ("Code sexe", "Date de début du mandat")
    assert "2 colonne(s) manquante(s) : « Code sexe », « Date de début du mandat »" in str(
        info.value
    )


def test_a_comma_separated_file_gets_a_hint():
    with pytest.raises(RneFileError, match="point-virgule") as info:
        lire_rne(fichier(entete=",".join(COLONNES_RNE), lignes=[]), "59146")
    assert len(info.value.colonnes_manquantes) == 16


@pytest.mark.parametrize(
    ("brut", "message"),
    [
        (b"", "vide"),
        (b"\xef\xbb\xbf\r\n", "vide"),
        (fichier(), "Aucun élu de la commune 80021"),
        (fichier(lignes=[chereng("X", "Y", "H", "01/01/1970")]), "ligne 2 : Code sexe « H »"),
        (fichier(lignes=[chereng("X", "Y", "M", "1/1/70", debut="2020")]), "ligne 2 : Date de"),
        (fichier(lignes=[";".join(chereng("X", "Y", "M", "01/01/1970").split(";")[:8])]),
         "ligne 2 : 8 colonnes au lieu de 16"),
        (fichier(lignes=[chereng("A", "B", "M", "1", "Maire"),
                         chereng("C", "D", "M", "2", "Maire")]),
         "Deux maires"),
        (fichier(lignes=[chereng("A", "B", "M", "1", "2e adjoint au maire"),
                         chereng("C", "D", "F", "2", "2e adjointe au maire")]),
         "Deux adjoints au rang 2"),
    ],
    ids=["vide", "bom-seul", "autre-commune", "sexe", "date", "courte", "maires", "rangs"],
)  # fmt: skip
def test_bad_files_are_refused(brut, message):
    code = "80021" if "80021" in message else "59146"
    with pytest.raises(RneFileError, match=message):
        lire_rne(brut, code)


def test_empty_register_preview_then_apply(ouvrir, snapshot):
    services = ouvrir("vide")
    avant = snapshot(services)
    plan = preparer_import_rne(services, fichier(), "59146")
    assert snapshot(services) == avant
    commune = plan.commune_a_creer
    assert (commune.nom, commune.population, commune.effectif_legal) == ("Chéreng", 3078, 23)
    assert [c.designation for c in plan.a_ajouter] == [
        "M. ZOUTE Pascal",
        "M. BARBE Éric",
        "Mme DYRDA Aurélie",
        "Mme MELI Odette",
        "Mme NOUVEAU Hélène",
    ]
    assert plan.a_mettre_a_jour == () and plan.inchanges == ()
    conseil = appliquer_import_rne(services, plan)
    assert [(c.nom, c.fonction, c.rang_adjoint, c.rang_tableau) for c in conseil] == [
        ("ZOUTE", Fonction.MAIRE, None, 1),
        ("BARBE", Fonction.ADJOINT, 1, 2),
        ("DYRDA", Fonction.ADJOINT, 2, 3),
        ("MELI", Fonction.CONSEILLER, None, 4),
        ("NOUVEAU", Fonction.CONSEILLER, None, 5),
    ]
    assert conseil[2].libelle_fonction == "2e adjointe"
    assert services.conseil.commune().code_insee == "59146"


def test_existing_council_is_updated_in_place(demo, snapshot):
    services, _ = demo
    lignes = [r for r in LIGNES if "NOUVEAU" not in r]
    lignes.append(chereng("MELI", "Odette", "F", "02/03/1950", debut="15/03/2020"))
    lignes.remove(LIGNES[0])
    avant = snapshot(services)
    plan = preparer_import_rne(services, fichier(lignes=lignes))
    assert snapshot(services) == avant
    assert plan.a_ajouter == ()
    assert {u.actuel.nom: [c.message for c in u.changements] for u in plan.a_mettre_a_jour} == {
        "BARBE": ["fonction : Conseiller municipal → 1er adjoint", "rang d'adjoint : aucun → 1"],
        "DYRDA": ["fonction : Conseillère municipale → 2e adjointe", "rang d'adjoint : aucun → 2"],
        "MELI": ["début de mandat : 23/05/2020 → 15/03/2020"],
    }
    assert [c.nom for c in plan.inchanges] == ["ZOUTE"]
    assert len(plan.hors_fichier) == 19
    assert plan.ordre_change
    assert plan.ordre_du_tableau[:4] == (
        "M. ZOUTE Pascal",
        "M. BARBE Eric",
        "Mme DYRDA Aurélie",
        "M. BUISSE Jean-Louis",
    )
    texte = "\n".join(plan.lignes())
    assert "~ M. BARBE Eric : fonction : Conseiller municipal → 1er adjoint" in texte
    assert "Laissés tels quels, absents du fichier (19)" in texte
    conseil = appliquer_import_rne(services, plan)
    assert [c.designation for c in conseil] == list(plan.ordre_du_tableau)
    assert [c.prenom for c in conseil[:2]] == ["Pascal", "Eric"]  # the register's spelling stays
    assert len(conseil) == 23
    again = preparer_import_rne(services, fichier(lignes=lignes))
    assert again.rien_a_faire and "Rien à modifier" in again.lignes()[-1]


def test_exceeding_the_effectif_legal_is_refused_and_nothing_written(demo, snapshot):
    services, _ = demo
    plan = preparer_import_rne(services, fichier())
    assert [c.nom for c in plan.a_ajouter] == ["NOUVEAU"]
    avant = snapshot(services)
    with pytest.raises(ValidationError, match=r"Mme NOUVEAU Hélène : Conseil complet : 24"):
        appliquer_import_rne(services, plan)
    assert snapshot(services) == avant


def test_a_preview_made_stale_by_another_change_is_refused(demo, snapshot):
    services, _ = demo
    lignes = [r for r in LIGNES if "NOUVEAU" not in r]
    plan = preparer_import_rne(services, fichier(lignes=lignes))
    barbe = next(c for c in services.conseil.conseillers() if c.nom == "BARBE")
    services.conseil.modifier_conseiller(replace(barbe, prenom="Eric-Jean"))
    avant = snapshot(services)
    with pytest.raises(ValidationError, match="modifié depuis l'aperçu"):
        appliquer_import_rne(services, plan)
    assert snapshot(services) == avant


def test_another_commune_is_refused(demo):
    services, _ = demo
    with pytest.raises(ValidationError, match=r"ce registre est celui de Chéreng \(59146\)"):
        preparer_import_rne(services, fichier(), "01001")


def test_empty_register_needs_the_commune_code(ouvrir):
    with pytest.raises(ValidationError, match="par exemple 59146"):
        preparer_import_rne(ouvrir("vide"), fichier())


def test_command_previews_without_writing_then_applies(
    ouvrir, tmp_path, commande, capsys, snapshot
):
    services = ouvrir("vide")
    chemin = tmp_path / "elus-conseillers-municipaux-cm.csv"
    chemin.write_bytes(fichier(fin="\r\n", bom=True))
    avant = snapshot(services)
    assert commande(services, "import-rne", str(chemin), "--commune", "59146") == 0
    sortie = capsys.readouterr().out
    assert "À ajouter (5) :" in sortie and "+ M. ZOUTE Pascal, Maire" in sortie
    assert "rien n'a été écrit" in sortie
    assert snapshot(services) == avant
    assert commande(services, "import-rne", str(chemin), "--commune", "59146", "--oui") == 0
    assert "Conseil mis à jour : 5 conseiller(s)" in capsys.readouterr().out
    assert [c.nom for c in services.conseil.conseillers()][:2] == ["ZOUTE", "BARBE"]


def test_a_commune_created_meanwhile_makes_the_preview_stale(ouvrir, snapshot):
    services = ouvrir("vide")
    plan = preparer_import_rne(services, fichier(), "59146")
    services.conseil.enregistrer_commune(plan.commune_a_creer)
    avant = snapshot(services)
    with pytest.raises(ValidationError, match="modifié depuis l'aperçu"):
        appliquer_import_rne(services, plan)
    assert snapshot(services) == avant


def test_a_newcomer_added_meanwhile_makes_the_preview_stale(demo, snapshot):
    services, _ = demo
    commune = services.conseil.commune()
    services.conseil.enregistrer_commune(replace(commune, effectif_legal_override=27))
    plan = preparer_import_rne(services, fichier())
    services.conseil.ajouter_conseiller(plan.a_ajouter[0])
    avant = snapshot(services)
    with pytest.raises(ValidationError, match="modifié depuis l'aperçu"):
        appliquer_import_rne(services, plan)
    assert snapshot(services) == avant
