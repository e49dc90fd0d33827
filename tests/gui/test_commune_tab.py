"""Commune tab: everything the assistant asked, editable, with what the law derives."""

from __future__ import annotations

from gui_helpers import remplacer
from PySide6.QtCore import Qt


def _onglet(window):
    window.tabs.setCurrentWidget(window.commune_tab)
    return window.commune_tab


def test_shows_effectif_and_delay(window):
    ui = _onglet(window).ui
    assert ui.nomEdit.text() == "Chéreng"
    assert ui.sirenValue.text() == "215901463"
    assert ui.effectifValue.text().startswith("23 membres")
    assert "En exercice aujourd'hui : 23" in ui.effectifValue.text()
    assert ui.delaiValue.text().startswith("3 jours francs")
    assert ui.apercuValue.text() == (
        "Département du Nord — Arrondissement de Lille — Commune de Chéreng"
    )


def test_population_changes_effectif_and_delay_live(qtbot, window):
    tab = _onglet(window)
    ui = tab.ui
    remplacer(qtbot, ui.populationSpin, "3600")
    qtbot.keyClick(ui.populationSpin, Qt.Key.Key_Tab)
    assert ui.effectifValue.text().startswith("27 membres")
    assert ui.delaiValue.text().startswith("5 jours francs (à partir de 3 500 habitants")
    assert tab.is_dirty() and window.windowTitle().endswith(" *")


def test_repute_complet_override_saved(qtbot, window, services, popups):
    tab = _onglet(window)
    ui = tab.ui
    assert not ui.effectifSpin.isEnabled()
    qtbot.mouseClick(ui.reputeCompletCheck, Qt.MouseButton.LeftButton)
    assert ui.effectifSpin.isEnabled()
    assert "moins de 1 000 habitants" in ui.effectifValue.text()  # 3 078 inhabitants
    remplacer(qtbot, ui.populationSpin, "450")
    remplacer(qtbot, ui.effectifSpin, "9")
    qtbot.keyClick(ui.effectifSpin, Qt.Key.Key_Tab)
    qtbot.mouseClick(ui.enregistrerButton, Qt.MouseButton.LeftButton)
    # 23 councillors in office cannot fit in 9 seats: the service says so, input stays.
    assert "23 conseillers sont en exercice" in popups.erreurs()[0]
    assert tab.is_dirty() and ui.effectifSpin.value() == 9
    assert services.conseil.commune().effectif_legal_override is None


def test_search_fills_identity(qtbot, window):
    tab = _onglet(window)
    ui = tab.ui
    qtbot.keyClicks(ui.rechercheEdit, "le mans")
    qtbot.waitUntil(tab.recherche.vue.isVisible)
    qtbot.keyClick(ui.rechercheEdit, Qt.Key.Key_Return)
    assert ui.nomEdit.text() == "Le Mans"
    assert ui.codeInseeEdit.text() == "72181"
    assert ui.departementEdit.text() == "Sarthe"
    assert "Commune du Mans" in ui.apercuValue.text()
    assert "Département de la Sarthe" in ui.apercuValue.text()


def test_save_updates_title(qtbot, window, services):
    ui = _onglet(window).ui
    remplacer(qtbot, ui.tribunalEdit, "Lille (5 rue Geoffroy Saint-Hilaire)")
    qtbot.mouseClick(ui.enregistrerButton, Qt.MouseButton.LeftButton)
    assert services.conseil.commune().tribunal_administratif.startswith("Lille (5 rue")
    assert window.windowTitle() == "Registre des délibérations — Commune de Chéreng"


def test_database_error_is_a_message_and_input_stays(qtbot, window, services, popups, monkeypatch):
    from mairie_app.errors import StorageError

    def occupee(_data):
        raise StorageError("Base de données occupée par un autre programme : réessayez.")

    monkeypatch.setattr(services.conseil, "enregistrer_commune", occupee)
    ui = _onglet(window).ui
    remplacer(qtbot, ui.lieuEdit, "salle polyvalente")
    qtbot.mouseClick(ui.enregistrerButton, Qt.MouseButton.LeftButton)
    assert popups.erreurs() == ["Base de données occupée par un autre programme : réessayez."]
    assert ui.lieuEdit.text() == "salle polyvalente"
    assert window.commune_tab.is_dirty()
