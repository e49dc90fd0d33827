"""Fichier > Importer / Exporter une séance (JSON), Exporter les données ouvertes (SCDL),
and Conseil > Importer depuis le Répertoire national des élus, driven from the window."""

from __future__ import annotations

import csv
import json
from datetime import date

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import MetaData, select

from mairie_app.domain.types import Fonction
from mairie_app.exchange.rne import COLONNES_RNE
from mairie_app.exchange.scdl import COLONNES
from mairie_app.exchange.seance_json import exporter_seance
from mairie_app.gui.main_window import MainWindow
from mairie_app.services.registre import Services, ouvrir_registre

GAUCHE = Qt.MouseButton.LeftButton


def instantane(services: Services) -> dict[str, list[tuple]]:
    """Every row of every table: "the database exactly as it was"."""
    meta = MetaData()
    meta.reflect(services.engine)
    with services.engine.connect() as cx:
        return {
            nom: sorted((tuple(r) for r in cx.execute(select(table))), key=repr)
            for nom, table in meta.tables.items()
        }


@pytest.fixture
def vide(qtbot, tmp_path):
    """A window on an empty register, the first-run assistant cancelled as she may do."""
    services = ouvrir_registre(tmp_path / "vide")
    window = MainWindow(services, tmp_path / "vide")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.first_run_dialog is not None)
    window.first_run_dialog.reject()
    yield window
    window.services.fermer()


# --- séance files ---------------------------------------------------------------------
def test_export_then_import_into_an_empty_register(qtbot, window, vide, tmp_path, popups):
    (tmp_path / "envoi").mkdir()
    popups.chemins.append(str(tmp_path / "envoi" / "seance"))
    window.exporter_seance_action.trigger()
    assert ("ask_save_path", "seance_2024-02-12.json") in popups.appels
    fichier = tmp_path / "envoi" / "seance.json"
    assert json.loads(fichier.read_text("utf-8"))["seance"]["date"] == "2024-02-12"
    assert popups.erreurs() == []

    assert vide.seances_tab.seance is None
    popups.chemins.append(str(fichier))
    vide.importer_seance_action.trigger()
    assert popups.erreurs() == []
    assert popups.infos()[-1].startswith("Séance n° 1 du 12/02/2024 importée : 1 délibération(s).")
    # The imported séance is selected, the other tabs follow.
    seance = vide.seances_tab.seance
    assert seance is not None and seance.date == date(2024, 2, 12)
    assert vide.tabs.currentWidget() is vide.seances_tab
    assert vide.windowTitle() == "Registre des délibérations — Commune de Chéreng"
    assert vide.presences_tab.model.rowCount() == 23
    assert vide.votes_tab.model.index(0, 3).data() == "Adoptée"
    assert vide.conseil_tab.model.rowCount() == 23
    assert len(vide.services.seances.seance(seance.id).presences) == 23


def test_cancelling_a_long_import_writes_nothing(
    qtbot, window, vide, tmp_path, popups, monkeypatch
):
    fichier = tmp_path / "seance.json"
    fichier.write_text(json.dumps(exporter_seance(window.services, window.seances_tab.seance.id)))
    avant = instantane(vide.services)
    # She presses "Annuler" in the progress window while the file is being read in.
    monkeypatch.setattr("PySide6.QtWidgets.QProgressDialog.wasCanceled", lambda self: True)
    popups.chemins.append(str(fichier))
    vide.importer_seance_action.trigger()
    assert popups.erreurs()[-1].startswith("Import annulé : rien n'a été enregistré.")
    assert instantane(vide.services) == avant


def test_a_bad_file_names_the_place_and_writes_nothing(
    qtbot, window, services, demo, tmp_path, popups
):
    data = exporter_seance(services, demo)
    data["seance"]["date"] = "2024-05-06"
    data["seance"]["numero"] = 2
    data["deliberations"][0]["reference"] = "2024 / 2 / 1"
    data["deliberations"][0]["vote"]["pour"] = 99
    fichier = tmp_path / "recu.json"
    fichier.write_text(json.dumps(data), encoding="utf-8")
    avant = instantane(services)

    popups.chemins.append(str(fichier))
    window.importer_seance_action.trigger()
    [message] = popups.erreurs()
    assert message.startswith(
        "Fichier de séance, $.deliberations[0].vote : Décompte des voix : pour 99 + contre 0 + "
        "abstentions 0 = 99, mais il y a 23 votants. Écart : +76.\n\nRien n'a été importé : "
        "le registre est inchangé."
    )
    assert popups.infos() == []
    assert instantane(services) == avant
    assert window.seances_tab.model.rowCount() == 1


def test_import_is_not_offered_while_she_cancels_unsaved_input(qtbot, window, popups):
    window.seances_tab.ui.lieuEdit.setText("Salle des fêtes")
    assert window.seances_tab.is_dirty()
    popups.non_enregistre.append("cancel")
    window.importer_seance_action.trigger()
    assert popups.compte("ask_open_path") == 0


# --- open data --------------------------------------------------------------------------
def test_scdl_export_writes_the_csv_and_names_what_is_left_out(
    qtbot, window, services, demo, tmp_path, popups
):
    services.seances.ajouter_point(demo, "Questions diverses")
    popups.chemins.append(str(tmp_path / "scdl"))
    window.exporter_scdl_action.trigger()
    assert ("ask_integer", "Année des délibérations à publier :") in popups.appels
    assert ("ask_save_path", f"{date.today():%Y%m%d}_215901463_deliberations.csv") in (
        popups.appels
    )
    with open(tmp_path / "scdl.csv", encoding="utf-8", newline="") as flux:
        lignes = list(csv.reader(flux))
    assert tuple(lignes[0]) == COLONNES
    assert len(lignes) == 2
    ligne = dict(zip(COLONNES, lignes[1], strict=True))
    assert (ligne["COLL_NOM"], ligne["DELIB_ID"], ligne["VOTE_POUR"]) == (
        "Commune de Chéreng",
        "2024_1_1",
        "23",
    )
    [rapport] = popups.infos()
    assert rapport.startswith(
        f"1 délibération(s) de 2024 écrite(s) dans le fichier :\n{tmp_path / 'scdl.csv'}"
    )
    assert "1 délibération(s) non exportée(s)" in rapport
    assert "« Questions diverses »" in rapport and "le vote n'est pas enregistré" in rapport


# --- Répertoire national des élus ----------------------------------------------------------
def _rangee(nom, prenom, sexe, naissance, fonction="", debut="23/05/2020") -> str:
    return ";".join(
        ["59", "Nord", "", "", "59146", "Chéreng", nom, prenom, sexe, naissance,
         "33", "Cadres de la fonction publique", debut, fonction,
         debut if fonction else "", "FR"]
    )  # fmt: skip


@pytest.fixture
def fichier_rne(tmp_path):
    lignes = [
        _rangee("ZOUTE", "Pascal", "M", "07/08/1960", "Maire"),
        _rangee("BARBE", "Éric", "M", "05/06/1962", "1er adjoint au maire"),
        _rangee("DYRDA", "Aurélie", "F", "11/12/1980", "2e adjointe au maire"),
        _rangee("MELI", "Odette", "F", "02/03/1950", debut="15/03/2020"),
    ]
    chemin = tmp_path / "elus-municipaux-cm.csv"
    chemin.write_text("\n".join([";".join(COLONNES_RNE), *lignes]) + "\n", encoding="utf-8")
    return chemin


def _importer(qtbot, window, chemin, popups):
    tab = window.conseil_tab
    window.tabs.setCurrentWidget(tab)
    popups.chemins.append(str(chemin))
    qtbot.mouseClick(tab.rne_button, GAUCHE)
    return window.rne_dialog


def test_rne_preview_then_apply(qtbot, window, services, fichier_rne, popups):
    avant = instantane(services)
    dialog = _importer(qtbot, window, fichier_rne, popups)
    qtbot.waitExposed(dialog)
    assert popups.erreurs() == []
    texte = dialog.apercu.toPlainText()
    assert "À mettre à jour (3)" in texte
    assert "M. BARBE Eric : fonction : Conseiller municipal → 1er adjoint ; rang d'adjoint : " \
        "aucun → 1" in texte  # fmt: skip
    assert "MELI Odette : début de mandat : 23/05/2020 → 15/03/2020" in texte
    assert "En fonction dans le registre mais absents du fichier" in texte
    assert "0 à ajouter, 3 à mettre à jour, 1 inchangé(s), 19 absent(s)" in (
        dialog.resume_label.text().replace("<b>", "").replace("</b>", "")
    )
    assert instantane(services) == avant  # nothing written by the preview

    qtbot.mouseClick(dialog.appliquer_button, GAUCHE)
    assert popups.erreurs() == []
    barbe = next(c for c in services.conseil.conseillers() if c.nom == "BARBE")
    assert (barbe.fonction, barbe.rang_adjoint, barbe.rang_tableau) == (Fonction.ADJOINT, 1, 2)
    tab = window.conseil_tab
    row = tab.model.row_where(lambda c: c.nom == "BARBE")
    assert row == 1 and tab.model.index(row, 4).data() == "1er adjoint"
    assert "Conseil mis à jour depuis le Répertoire national des élus" in (
        window.statusBar().currentMessage()
    )


def test_rne_cancel_writes_nothing(qtbot, window, services, fichier_rne, popups):
    avant = instantane(services)
    dialog = _importer(qtbot, window, fichier_rne, popups)
    qtbot.mouseClick(dialog.annuler_button, GAUCHE)
    assert instantane(services) == avant


def test_rne_bad_file_is_explained(qtbot, window, services, tmp_path, popups):
    chemin = tmp_path / "autre.csv"
    chemin.write_text("nom,prenom\nMARTIN,Paul\n", encoding="utf-8")
    assert _importer(qtbot, window, chemin, popups) is None
    [message] = popups.erreurs()
    assert "Ce n'est pas le fichier des conseillers municipaux du Répertoire national" in message
    assert "Le séparateur attendu est le point-virgule" in message


def test_rne_apply_refused_as_a_whole(qtbot, window, services, fichier_rne, popups):
    with open(fichier_rne, "a", encoding="utf-8") as flux:
        flux.write(_rangee("NOUVEAU", "Hélène", "F", "01/01/1990") + "\n")
    avant = instantane(services)
    dialog = _importer(qtbot, window, fichier_rne, popups)
    assert "Mme NOUVEAU Hélène" in dialog.apercu.toPlainText()
    qtbot.mouseClick(dialog.appliquer_button, GAUCHE)
    [message] = popups.erreurs()
    assert message.startswith("Mme NOUVEAU Hélène : Conseil complet : 24")
    assert message.endswith("Le conseil n'a pas été modifié.")
    assert instantane(services) == avant
