"""The French sentences and the light markup, without building a PDF."""

from __future__ import annotations

from dataclasses import replace

import pytest

from mairie_app.domain.types import Civilite, ModePublication
from mairie_app.pdf import formules as f
from mairie_app.pdf.styles import echapper, markup, markup_visa
from mairie_app.services.dto import CommuneData, ConseillerData

M = ConseillerData(Civilite.MONSIEUR, "Barbe", "Eric")
MME = ConseillerData(Civilite.MADAME, "Meli", "Odette")
NBSP = "\u00a0"
MME2 = ConseillerData(Civilite.MADAME, "Dyrda", "Aurélie")


@pytest.mark.parametrize(
    ("membres", "attendu"),
    [
        ([], "néant"),
        ([M], "M. BARBE Eric"),
        ([MME], "Mme MELI Odette"),
        ([MME, MME2], "Mmes MELI Odette, DYRDA Aurélie"),
        ([M, MME], "MM. BARBE Eric, MELI Odette"),
    ],
)
def test_liste_noms(membres, attendu):
    assert f.liste_noms(membres) == attendu


def test_agreement_of_labels():
    assert f.accord([M], "Présent") == "Présent"
    assert f.accord([MME], "Présent") == "Présente"
    assert f.accord([M, MME], "Présent") == "Présents"
    assert f.accord([MME, MME2], "Absent excusé", "Absente excusée") == "Absentes excusées"
    assert f.accord([M, MME], "Absent excusé", "Absente excusée") == "Absents excusés"
    assert f.libelle_secretaires([M, MME]) == "Ont été nommés secrétaires"
    assert f.titre_secretaires([MME]) == "La secrétaire de séance,"


@pytest.mark.parametrize(
    ("forme", "attendu"),
    [("de Chéreng", "de CHÉRENG"), ("du Mans", "du MANS"), ("de La Rochelle", "de LA ROCHELLE")],
)
def test_majuscules_apres_de(forme, attendu):
    assert f.majuscules_apres_de(forme) == attendu


@pytest.mark.parametrize(
    ("ta", "attendu"),
    [
        ("Lille", "tribunal administratif de Lille"),
        ("Amiens", "tribunal administratif d'Amiens"),
        ("Tribunal administratif de Nantes", "tribunal administratif de Nantes"),
        ("", "tribunal administratif compétent"),
    ],
)
def test_tribunal(ta, attendu):
    assert f.tribunal(CommuneData("X", "00000", tribunal_administratif=ta)) == attendu


def test_recours_follows_the_publication_mode():
    commune = CommuneData("X", "00000", mode_publication=ModePublication.PAPIER)
    assert "à compter de sa publication et de sa transmission" in f.recours(commune)
    affichage = replace(commune, mode_publication=ModePublication.AFFICHAGE)
    assert "à compter de son affichage" in f.recours(affichage)


def test_markup_escapes_before_bolding():
    assert markup("a < b & **c** > d") == "a &lt; b &amp; <b>c</b> &gt; d"
    assert markup("ENT ***** ADHESION") == "ENT ***** ADHESION"
    assert markup("un ** seul") == "un ** seul"
    assert markup("écoles du 1er degré") == "écoles du 1<super>er</super> degré"


def test_markup_visa_bolds_the_leading_word_once():
    assert markup_visa("Vu le code ;") == f"<b>Vu</b> le code{NBSP};"
    assert markup_visa("Considérant que **Chéreng**") == "<b>Considérant</b> que <b>Chéreng</b>"
    assert markup_visa("**Vu** déjà") == "<b>Vu</b> déjà"
    assert markup_visa("Vue générale") == "Vue générale"


def test_french_non_breaking_spaces():
    assert echapper("M. BARBE : « oui » ; n° 3") == (
        f"M.{NBSP}BARBE{NBSP}: «{NBSP}oui{NBSP}»{NBSP}; n°{NBSP}3"
    )
    assert echapper("ALBUM. Mme X") == f"ALBUM. Mme{NBSP}X"
    assert echapper("N° d'ordre") == "N° d'ordre"
