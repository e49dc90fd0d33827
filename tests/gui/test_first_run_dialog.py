"""The first-run assistant: commune from the official list, town hall details, council."""

from __future__ import annotations

from gui_helpers import remplacer, taper_cellule
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from mairie_app.domain.types import Fonction, ModePublication


def _assistant(qtbot, ouvrir):
    window = ouvrir()
    qtbot.waitUntil(lambda: window.first_run_dialog is not None)
    dialog = window.first_run_dialog
    qtbot.waitExposed(dialog)
    return window, dialog


def _choisir_chereng(qtbot, dialog) -> None:
    page = dialog.commune_page
    qtbot.keyClicks(page.recherche_edit, "chereng")
    qtbot.waitUntil(lambda: page.recherche.vue.isVisible())
    qtbot.keyClick(page.recherche_edit, Qt.Key.Key_Return)


def _suivant(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def test_empty_register_opens_assistant(qtbot, ouvrir):
    window, dialog = _assistant(qtbot, ouvrir)
    assert window.windowTitle() == "Registre des délibérations — Première utilisation"
    assert dialog.isVisible()
    assert not dialog.button(QWizard.WizardButton.NextButton).isEnabled()  # no commune yet


def test_search_fills_departement(qtbot, ouvrir):
    _window, dialog = _assistant(qtbot, ouvrir)
    _choisir_chereng(qtbot, dialog)
    page = dialog.commune_page
    assert page.ref is not None and page.ref.code_insee == "59146"
    fiche = page.fiche.text()
    assert "Chéreng" in fiche and "Nord" in fiche and "Lille" in fiche
    assert "215901463" in fiche  # SIREN shown
    assert dialog.button(QWizard.WizardButton.NextButton).isEnabled()


def test_assistant_creates_commune_and_roster(qtbot, ouvrir, services, popups):
    window, dialog = _assistant(qtbot, ouvrir)
    _choisir_chereng(qtbot, dialog)
    _suivant(qtbot, dialog)

    coord = dialog.coordonnees_page
    assert coord.population_spin.value() == 3078
    assert "23 conseillers" in coord.effectif_label.text()
    assert coord.siret_edit.text() == "215901463"  # SIREN typed for her
    coord.siret_edit.setFocus()
    coord.siret_edit.end(False)
    qtbot.keyClicks(coord.siret_edit, "00012")
    qtbot.keyClicks(coord.tribunal_edit, "Lille")
    _suivant(qtbot, dialog)

    conseil = dialog.conseil_page
    assert conseil.model.rowCount() == 23  # one line per seat of the effectif légal
    vue = conseil.vue
    for row, (nom, prenom, fonction) in enumerate(
        [("Zoute", "Pascal", "Maire"), ("Barbe", "Eric", "Adjoint"), ("Llanes", "David", "Adjoint")]
    ):
        taper_cellule(qtbot, vue, row, 1, nom)
        taper_cellule(qtbot, vue, row, 2, prenom)
        taper_cellule(qtbot, vue, row, 3, fonction)
    taper_cellule(qtbot, vue, 2, 0, "Mme")

    qtbot.mouseClick(dialog.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    assert popups.erreurs() == []
    commune = services.conseil.commune()
    assert commune is not None
    assert (commune.nom, commune.departement_nom, commune.de_departement) == (
        "Chéreng",
        "Nord",
        "du Nord",
    )
    assert commune.siret == "21590146300012"
    assert commune.tribunal_administratif == "Lille"
    assert commune.mode_publication is ModePublication.ELECTRONIQUE
    conseillers = services.conseil.conseillers()
    assert [c.nom for c in conseillers] == ["ZOUTE", "BARBE", "LLANES"]
    assert [c.fonction for c in conseillers] == [Fonction.MAIRE, Fonction.ADJOINT, Fonction.ADJOINT]
    assert [c.rang_adjoint for c in conseillers] == [None, 1, 2]
    assert conseillers[2].libelle_fonction == "2e adjointe"
    assert window.windowTitle() == "Registre des délibérations — Commune de Chéreng"
    assert window.tabs.currentWidget() is window.seances_tab


def test_refused_siret_keeps_assistant_open(qtbot, ouvrir, services, popups):
    _window, dialog = _assistant(qtbot, ouvrir)
    _choisir_chereng(qtbot, dialog)
    _suivant(qtbot, dialog)
    remplacer(qtbot, dialog.coordonnees_page.siret_edit, "123")
    _suivant(qtbot, dialog)
    qtbot.mouseClick(dialog.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert popups.erreurs() and "SIRET" in popups.erreurs()[0]
    assert services.conseil.commune() is None


def test_cancel_leads_to_commune_tab(qtbot, ouvrir, services):
    window, dialog = _assistant(qtbot, ouvrir)
    qtbot.mouseClick(dialog.button(QWizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert window.tabs.currentWidget() is window.commune_tab
    assert "Renseignez la commune" in window.statusBar().currentMessage()
    assert services.conseil.commune() is None
