"""The extrait of the demo séance reads like the signed Chéreng act of 12 February 2024."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import date

import pytest
from pypdf import PdfReader

from mairie_app.domain.types import Civilite, Fonction, ModePublication, NatureSeance
from mairie_app.errors import NotFoundError
from mairie_app.pdf.extrait import build_extrait
from mairie_app.services.demo import demo_file
from mairie_app.services.dto import ConseillerData

# "Présents" line of the signed act (text dump of the reference extrait), in its order.
PRESENTS_REFERENCE = (
    "ZOUTE Pascal, BARBE Eric, BUISSE Jean-Louis, BULTEY Dominique, DECALONNE Jean-Louis, "
    "DELBROUCQ Damien, DEMOYER Pascaline, DESROUSSEAU Patricia, DUBOIS Laurent, DYRDA Aurélie, "
    "GHESQUIERE Didier, GHESTEM Charles-Edouard, HERBAUT Pierrette, LOUNICI Bérengère, "
    "MELI Odette, RECLOUX Hélène, REVEILLON Eric, SCELLIER Fabienne, SCHIRMER Lucie, "
    "WAQUET Johanne, WATTEAU Bernard, WAUCQUIER Isabelle"
)
STANDARD_14 = {
    "Courier",
    "Helvetica",
    "Times",
    "Symbol",
    "ZapfDingbats",
}


def _debut(ligne: str, n: int = 45) -> str:
    """The first words of a line of the demo, markup removed, cut at a word boundary."""
    texte = ligne.replace("**", "").strip()
    if len(texte) <= n:
        return texte
    return texte[:n].rsplit(" ", 1)[0]


@pytest.fixture
def extrait(seance_doc, tmp_path, texte_pdf):
    path = build_extrait(seance_doc, 1, tmp_path / "extrait.pdf")
    return path, texte_pdf(path)


def test_the_box_and_title_carry_the_reference_figures(extrait):
    _, texte = extrait
    for attendu in (
        "DÉPARTEMENT DU NORD",
        "ARRONDISSEMENT de Lille",
        "Objet : ESPACE NUMERIQUE DE TRAVAIL (ENT) ***** ADHESION AU SYNDICAT MIXTE "
        "« LA FIBRE NUMERIQUE 59-62 »",
        "Référence : 2024 / 1 / 1",
        "Matière (ACTES) : 5.7 – Intercommunalité",
        "DATE DE CONVOCATION 6 février 2024",
        "DATE D'AFFICHAGE de la convocation 6 février 2024",
        "EFFECTIF LÉGAL DU CONSEIL MUNICIPAL : 23",
        "EN EXERCICE : 23",
        "PRÉSENTS : 22",
        "VOTANTS : 23",
        "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS",
        "du Conseil Municipal de la Commune de CHÉRENG",
    ):
        assert attendu in texte
    assert "NE PRENANT PAS PART" not in texte


def test_the_opening_is_written_in_words(extrait):
    _, texte = extrait
    assert (
        "L'an deux mille vingt-quatre, le douze février, à dix-huit heures trente, le Conseil "
        "Municipal de la Commune de Chéreng s'est réuni au lieu ordinaire de ses séances sous la "
        "présidence de Monsieur Pascal ZOUTE, Maire, à la suite de la convocation qui lui a été "
        "faite trois jours à l'avance, laquelle convocation a été affichée à la porte de la "
        "Mairie, conformément à la loi."
    ) in texte


def test_attendance_follows_the_ordre_du_tableau(extrait):
    _, texte = extrait
    assert f"Présents : MM. {PRESENTS_REFERENCE}" in texte
    assert "Absent excusé : M. LLANES David donne pouvoir de vote à M. BARBE Eric" in texte
    assert "Absents : néant" in texte
    assert "A été nommé secrétaire : M. DELBROUCQ Damien" in texte
    positions = [texte.index(nom.strip()) for nom in PRESENTS_REFERENCE.split(",")]
    assert positions == sorted(positions)


def test_every_line_of_the_deliberation_is_printed(extrait):
    _, texte = extrait
    data = json.loads(demo_file().read_text(encoding="utf-8"))["deliberations"][0]
    for champ in ("preambule", "visas", "considerants", "dispositif", "annexes"):
        for ligne in data[champ].splitlines():
            assert _debut(ligne) in texte, (champ, ligne[:60])
    assert texte.count("Vu ") >= 7
    assert texte.count("Considérant ") == 6
    for mot in ("Décide le transfert", "Demande à adhérer", "Approuve les statuts", "Désigne"):
        assert mot in texte


def test_vote_and_closing(extrait):
    _, texte = extrait
    assert "Sur proposition du Maire," in texte
    assert (
        "Le Conseil municipal de la commune de Chéreng, après en avoir délibéré, à l'unanimité, "
        "par : 23 voix pour 0 abstention 0 contre"
    ) in texte
    assert "rejetée" not in texte
    assert "Annexe : – Statuts du Syndicat mixte" in texte
    for attendu in (
        "Ainsi fait et délibéré en séance, les jour, mois et an susdits.",
        "Pour extrait conforme, Fait à Chéreng, le 12 février 2024",
        "Le Maire, Pascal ZOUTE",
        "Le secrétaire de séance, Damien DELBROUCQ",
        "Signature et cachet",
        "Certifié exécutoire par le Maire, compte tenu de :",
        "l'affichage à la porte de la Mairie le : ____",
        "la transmission au représentant de l'État le : ____",
        "devant le tribunal administratif de Lille dans un délai de deux mois à compter de son "
        "affichage et de sa transmission au représentant de l'État",
        "Télérecours citoyens",
        "www.telerecours.fr",
    ):
        assert attendu in texte


def test_footer_numbers_pages_and_metadata_name_the_act(extrait, pages_pdf):
    path, _ = extrait
    pages = pages_pdf(path)
    assert len(pages) >= 2
    for i, page in enumerate(pages, start=1):
        assert f"Page {i} / {len(pages)}" in page
        assert "Extrait de la délibération 2024 / 1 / 1" in page
    meta = PdfReader(path).metadata
    assert meta.author == "Commune de Chéreng"
    assert "2024 / 1 / 1" in meta.title and "ESPACE NUMERIQUE" in meta.title
    assert "12 février 2024" in meta.subject


def test_fonts_are_embedded_truetype(extrait):
    path, _ = extrait
    vues = set()
    for page in PdfReader(path).pages:
        for ref in page["/Resources"]["/Font"].values():
            police = ref.get_object()
            nom = str(police["/BaseFont"]).lstrip("/").split("+")[-1]
            vues.add(nom)
            assert not any(nom.startswith(std) for std in STANDARD_14), nom
            descendants = police.get("/DescendantFonts")
            cible = descendants[0].get_object() if descendants else police
            assert "/FontFile2" in cible["/FontDescriptor"].get_object(), nom
    assert {"LiberationSerif", "LiberationSerif-Bold"} <= vues


def test_two_builds_give_the_same_bytes(seance_doc, tmp_path):
    a = build_extrait(seance_doc, 1, tmp_path / "a.pdf").read_bytes()
    b = build_extrait(seance_doc, 1, tmp_path / "b.pdf").read_bytes()
    assert a == b
    c = build_extrait(seance_doc, 1, tmp_path / "c.pdf", fait_le=date(2024, 2, 13)).read_bytes()
    assert c != a


def test_fait_le_is_the_date_given(seance_doc, tmp_path, texte_pdf):
    path = build_extrait(seance_doc, 1, tmp_path / "e.pdf", fait_le=date(2024, 3, 1))
    assert "Fait à Chéreng, le 1er mars 2024" in texte_pdf(path)


def test_unknown_order_number_is_a_french_error(seance_doc, tmp_path):
    with pytest.raises(NotFoundError, match="Délibération n° 7 introuvable"):
        build_extrait(seance_doc, 7, tmp_path / "x.pdf")


def test_special_séances_say_so_in_the_opening(seance_doc, tmp_path, texte_pdf):
    seance = replace(
        seance_doc.seance,
        nature=NatureSeance.EXTRAORDINAIRE,
        urgence=True,
        seconde_convocation=True,
        date_affichage_convocation=None,
        lieu="à la salle des fêtes",
    )
    doc = replace(seance_doc, seance=seance)
    texte = texte_pdf(build_extrait(doc, 1, tmp_path / "x.pdf"))
    assert (
        "s'est réuni en séance extraordinaire sur seconde convocation, sans condition de quorum, "
        "à la salle des fêtes sous la présidence"
    ) in texte
    assert "faite en urgence un jour à l'avance, conformément à la loi." in texte
    assert "affichée à la porte" not in texte.split("Présents")[0]


def test_rapporteur_other_than_the_maire(seance_doc, tmp_path, texte_pdf):
    adjointe = ConseillerData(
        Civilite.MADAME, "RECLOUX", "Hélène", Fonction.ADJOINT, rang_adjoint=1, id=17
    )
    dd = replace(seance_doc.deliberations[0], rapporteur=adjointe)
    doc = replace(seance_doc, deliberations=(dd,))
    texte = texte_pdf(build_extrait(doc, 1, tmp_path / "x.pdf"))
    assert "Sur le rapport de Mme Hélène RECLOUX, 1re adjointe," in texte
    assert "Sur proposition du Maire" not in texte


def test_several_secretaries_and_feminine_agreement(seance_doc, tmp_path, texte_pdf):
    femmes = tuple(
        m.conseiller for m in seance_doc.membres if m.conseiller.nom in ("DYRDA", "MELI")
    )
    doc = replace(seance_doc, secretaires=femmes)
    texte = texte_pdf(build_extrait(doc, 1, tmp_path / "x.pdf"))
    assert "Ont été nommées secrétaires : Mme DYRDA Aurélie, Mme MELI Odette" in texte
    assert "Les secrétaires de séance, Aurélie DYRDA Odette MELI" in texte
    seule = replace(seance_doc, secretaires=femmes[:1])
    texte = texte_pdf(build_extrait(seule, 1, tmp_path / "y.pdf"))
    assert "A été nommée secrétaire : Mme DYRDA Aurélie" in texte
    assert "La secrétaire de séance," in texte


def test_publication_mode_and_empty_tribunal(seance_doc, tmp_path, texte_pdf):
    commune = replace(
        seance_doc.commune, mode_publication=ModePublication.ELECTRONIQUE, tribunal_administratif=""
    )
    texte = texte_pdf(build_extrait(replace(seance_doc, commune=commune), 1, tmp_path / "x.pdf"))
    assert "la publication électronique sur le site de la commune le : ____" in texte
    assert "devant le tribunal administratif compétent" in texte
    assert "à compter de sa publication et de sa transmission" in texte


def test_no_unescaped_markup_leaks(seance_doc, tmp_path, texte_pdf):
    d = replace(
        seance_doc.deliberations[0].deliberation,
        dispositif="**Autorise** le Maire à signer <tout> acte & pièce ;\n"
        "Dit que **rien** ne reste.",
    )
    dd = replace(seance_doc.deliberations[0], deliberation=d)
    texte = texte_pdf(
        build_extrait(replace(seance_doc, deliberations=(dd,)), 1, tmp_path / "x.pdf")
    )
    assert "Autorise le Maire à signer <tout> acte & pièce ;" in texte
    assert "Dit que rien ne reste." in texte
    assert not re.search(r"\*\*\w", texte)
