"""Liste, procès-verbal, convocation, register sheets and yearly tables of the demo séance."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from pypdf import PdfReader

from mairie_app.domain.types import Choix, ModeScrutin, NatureSeance
from mairie_app.pdf.convocation import build_convocation
from mairie_app.pdf.liste import build_liste
from mairie_app.pdf.proces_verbal import build_proces_verbal
from mairie_app.pdf.registre import build_registre_seance, build_tables_annee

OBJET = "ESPACE NUMERIQUE DE TRAVAIL (ENT) ***** ADHESION AU SYNDICAT MIXTE"


def test_liste_has_date_objet_and_result(seance_doc, tmp_path, texte_pdf):
    texte = texte_pdf(build_liste(seance_doc, tmp_path / "liste.pdf"))
    assert (
        "Liste des délibérations examinées en séance du conseil municipal du 12 février 2024"
        in texte
    )
    assert "L2121-25" in texte
    assert "COMMUNE DE CHÉRENG" in texte
    assert f"1 2024 / 1 / 1 {OBJET}" in texte
    assert "Adoptée à l'unanimité" in texte
    assert "Pour" not in texte.split("Résultat")[1].split("Adoptée")[0]
    assert "Affichée à la porte de la Mairie le : ____" in texte
    assert "Le Maire, Pascal ZOUTE" in texte


def test_liste_with_votes_adds_the_figures(seance_doc, tmp_path, texte_pdf):
    texte = texte_pdf(build_liste(seance_doc, tmp_path / "liste.pdf", avec_votes=True))
    assert "Pour Contre Abst." in texte
    assert re.search(r"Adoptée à l'unanimité 23 0 0", texte)


def test_proces_verbal_has_every_mandatory_item(seance_doc, tmp_path, texte_pdf):
    texte = texte_pdf(build_proces_verbal(seance_doc, tmp_path / "pv.pdf"))
    for attendu in (
        "PROCÈS-VERBAL de la séance du conseil municipal du 12 février 2024",
        "L2121-15",
        # date, time and president
        "L'an deux mille vingt-quatre, le douze février, à dix-huit heures trente",
        "sous la présidence de Monsieur Pascal ZOUTE, Maire",
        "La séance est ouverte à 18 h 30.",
        # members present or represented, absents, secretary
        "Présents (22) : MM. ZOUTE Pascal, BARBE Eric",
        "Représentés (1) : M. LLANES David a donné pouvoir à M. BARBE Eric",
        "Absents excusés (0) : néant",
        "Absents (0) : néant",
        "A été nommé secrétaire : M. DELBROUCQ Damien",
        # quorum with figures
        "Quorum atteint : 22 présents pour 12 requis sur 23 en exercice.",
        "Conseillers en exercice : 23 ; présents : 22 ; représentés : 1 ; votants : 23",
        # agenda and each deliberation
        "Ordre du jour",
        f"Point n° 1 — {OBJET}",
        "Référence : 2024 / 1 / 1",
        "Rapporteur : M. Pascal ZOUTE, Maire",
        "Rapport : Aujourd'hui, chaque parent",
        "Débats : Aucune observation.",
        "Mode de scrutin : À main levée",
        "23 voix pour 0 abstention 0 contre",
        "Résultat : Adoptée à l'unanimité",
        "Décision : Décide le transfert",
        # closing and signatures
        "la séance est levée à ____",
        "Procès-verbal arrêté lors de la séance du conseil municipal du ____",
        "Le Maire, Pascal ZOUTE",
        "Le secrétaire de séance, Damien DELBROUCQ",
    ):
        assert attendu in texte, attendu
    assert "Demande de scrutin" not in texte


def test_proces_verbal_with_debates_names_and_approval(seance_doc, tmp_path, texte_pdf):
    membres = [m.conseiller for m in seance_doc.membres]
    votes = tuple((c, Choix.CONTRE if c.nom == "BUISSE" else Choix.POUR) for c in membres)
    dd = seance_doc.deliberations[0]
    d = replace(
        dd.deliberation,
        debats="M. BUISSE demande le coût annuel.\nLe Maire répond : 1,80 € par élève.",
        mode_scrutin=ModeScrutin.NOMINATIF,
        demandes_public=6,
        pour=22,
        contre=1,
    )
    doc = replace(
        seance_doc,
        deliberations=(replace(dd, deliberation=d, votes_nominatifs=votes),),
        seance=replace(seance_doc.seance, date_approbation_pv=date(2024, 3, 11)),
    )
    texte = texte_pdf(build_proces_verbal(doc, tmp_path / "pv.pdf"))
    assert "Débats : M. BUISSE demande le coût annuel. Le Maire répond : 1,80 € par élève." in texte
    assert "Demande de scrutin public nominatif : 6 membres ont demandé" in texte
    assert "22 voix pour : M. ZOUTE Pascal, M. BARBE Eric" in texte
    assert "1 contre : M. BUISSE Jean-Louis" in texte
    assert "arrêté lors de la séance du conseil municipal du 11 mars 2024" in texte


def test_convocation_letter(seance_doc, tmp_path, texte_pdf):
    texte = texte_pdf(build_convocation(seance_doc, tmp_path / "convocation.pdf"))
    for attendu in (
        "COMMUNE DE CHÉRENG",
        "Mairie de Chéreng 59152 Chéreng",
        "Chéreng, le 6 février 2024",
        "CONVOCATION",
        "Le Maire a l'honneur de vous convoquer à la séance ordinaire du conseil municipal qui "
        "aura lieu le lundi 12 février 2024 à 18 h 30, au lieu ordinaire de ses séances.",
        f"1. {OBJET}",
        "article L2121-10",
        "adressée par voie dématérialisée",
        "un pouvoir écrit de voter en votre nom",
        "ne peut être porteur que d'un seul pouvoir (article L2121-20",
        "Le Maire, Pascal ZOUTE",
        "POUVOIR",
    ):
        assert attendu in texte, attendu
    assert "urgence" not in texte


def test_convocation_date_of_sending_and_urgency(seance_doc, tmp_path, texte_pdf):
    doc = replace(
        seance_doc,
        seance=replace(seance_doc.seance, urgence=True, nature=NatureSeance.EXTRAORDINAIRE),
    )
    texte = texte_pdf(build_convocation(doc, tmp_path / "c.pdf", date_envoi=date(2024, 2, 10)))
    assert "Chéreng, le 10 février 2024" in texte
    assert "à la séance extraordinaire du conseil municipal" in texte
    assert "le délai de convocation est ramené à un jour franc (article L2121-11" in texte


def test_register_sheets_are_headed_numbered_and_closed(seance_doc, tmp_path, pages_pdf):
    path = build_registre_seance(seance_doc, tmp_path / "registre.pdf", premiere_page=5)
    pages = pages_pdf(path)
    assert len(pages) >= 2
    for i, page in enumerate(pages):
        assert f"Feuillet n° {5 + i}" in page
        assert "Commune de Chéreng — Registre des délibérations" in page
        assert "Séance du 12 février 2024" in page
        assert "Paraphe du Maire" in page
    texte = " ".join(pages)
    assert "DÉLIBÉRATION N° 1" in texte
    assert "Référence 2024 / 1 / 1" in texte
    assert "Désigne Madame Hélène RECLOUX" in texte
    assert "Ainsi fait et délibéré en séance" in texte
    assert texte.count("Le secrétaire de séance, Damien DELBROUCQ") == 2
    assert texte.count("Le Maire, Pascal ZOUTE") == 2
    cloture = pages[-1]
    assert "FEUILLET DE CLÔTURE" in cloture
    assert f"inscrites aux feuillets n° 5 à {5 + len(pages) - 2} :" in cloture
    assert f"1 2024 / 1 / 1 {OBJET}" in cloture
    assert "Membres présents (22) : MM. ZOUTE Pascal" in cloture
    assert "LLANES" not in cloture
    assert "R2121-9" in cloture


def test_register_without_deliberation_is_a_closing_sheet(seance_doc, tmp_path, pages_pdf):
    doc = replace(seance_doc, deliberations=())
    pages = pages_pdf(build_registre_seance(doc, tmp_path / "r.pdf"))
    assert len(pages) == 1
    assert "Aucune délibération n'a été prise" in pages[0]
    assert "Feuillet n° 1" in pages[0]


def test_yearly_tables_by_date_and_by_subject(seance_doc, tmp_path, texte_pdf):
    dd = seance_doc.deliberations[0]
    mars = replace(
        seance_doc,
        seance=replace(seance_doc.seance, date=date(2024, 3, 11), numero=2),
        deliberations=(
            replace(
                dd,
                deliberation=replace(
                    dd.deliberation,
                    objet="BUDGET PRIMITIF 2024",
                    reference="2024 / 2 / 1",
                    matiere_code="7.1",
                ),
                matiere_libelle="Décisions budgétaires",
            ),
            replace(
                dd,
                deliberation=replace(
                    dd.deliberation,
                    ordre=2,
                    objet="MOTION DE SOUTIEN",
                    reference="2024 / 2 / 2",
                    matiere_code="",
                ),
                matiere_libelle="",
            ),
        ),
    )
    ancienne = replace(seance_doc, seance=replace(seance_doc.seance, date=date(2023, 12, 4)))
    texte = texte_pdf(
        build_tables_annee([mars, seance_doc, ancienne], 2024, tmp_path / "tables.pdf")
    )
    assert "REGISTRE DES DÉLIBÉRATIONS — ANNÉE 2024" in texte
    chrono = texte.split("Table chronologique")[1].split("Table par matière")[0]
    assert chrono.index("12/02/2024") < chrono.index("11/03/2024")
    assert f"12/02/2024 1 1 2024 / 1 / 1 {OBJET}" in chrono
    assert "11/03/2024 2 1 2024 / 2 / 1 BUDGET PRIMITIF 2024" in chrono
    assert "2023" not in chrono.replace("2023-2024", "")
    matieres = texte.split("Table par matière")[1]
    assert matieres.index("Décisions budgétaires (7.1)") < matieres.index("Intercommunalité (5.7)")
    assert matieres.index("Intercommunalité (5.7)") < matieres.index("Sans matière")
    assert "Sans matière Date Référence Objet 11/03/2024 2024 / 2 / 2 MOTION DE SOUTIEN" in matieres


def test_every_document_embeds_its_fonts_and_metadata(seance_doc, tmp_path):
    constructeurs = [
        lambda out: build_liste(seance_doc, out),
        lambda out: build_proces_verbal(seance_doc, out),
        lambda out: build_convocation(seance_doc, out),
        lambda out: build_registre_seance(seance_doc, out),
        lambda out: build_tables_annee([seance_doc], 2024, out),
    ]
    for i, construire in enumerate(constructeurs):
        chemin = construire(tmp_path / f"{i}.pdf")
        assert construire(tmp_path / f"{i}-bis.pdf").read_bytes() == chemin.read_bytes()
        lecteur = PdfReader(chemin)
        assert lecteur.metadata.author == "Commune de Chéreng"
        assert lecteur.metadata.title
        for page in lecteur.pages:
            for ref in page["/Resources"]["/Font"].values():
                nom = str(ref.get_object()["/BaseFont"])
                assert "LiberationSerif" in nom, (chemin.name, nom)
