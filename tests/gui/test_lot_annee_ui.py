"""Documents > Tous les documents de l'année…: asked year and folder, progress, report."""

from __future__ import annotations

from mairie_app.services.dto import CommuneData


def test_year_documents_written_into_the_chosen_folder(qtbot, ouvrir, demo, tmp_path, popups):
    fenetre = ouvrir()
    dossier = tmp_path / "registre 2024"
    popups.chemins.append(str(dossier))
    fenetre.annee_action.trigger()
    assert popups.compte("ask_integer") == 1
    assert sorted(p.name for p in dossier.glob("*.pdf")) == [
        "2024-02-12_n1_extrait-1.pdf",
        "2024-02-12_n1_liste.pdf",
        "2024-02-12_n1_proces-verbal.pdf",
        "2024-02-12_n1_registre.pdf",
        "2024_tables.pdf",
    ]
    assert popups.infos() == [f"5 document(s) de 2024 enregistré(s) dans {dossier}."]
    assert fenetre.services.archives.verifier(dossier / "2024_tables.pdf") is not None


def test_year_without_folder_does_nothing(qtbot, ouvrir, demo, tmp_path, popups):
    fenetre = ouvrir()
    fenetre.annee_action.trigger()  # no folder chosen
    assert popups.infos() == [] and popups.erreurs() == []


def test_register_without_seance_says_so(qtbot, ouvrir, services, popups):
    services.conseil.enregistrer_commune(CommuneData(nom="Testville", code_insee="01001"))
    fenetre = ouvrir()
    fenetre.annee_action.trigger()
    assert popups.erreurs() == ["Aucune séance n'est encore enregistrée."]
    assert popups.compte("ask_integer") == 0
