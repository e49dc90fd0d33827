"""Séances tab: list by year, the form with its live convocation check, the agenda."""

from __future__ import annotations

from datetime import date

from gui_helpers import cliquer_ligne, remplacer, taper
from PySide6.QtCore import QDate, Qt

from mairie_app.services.dto import SeanceData


def _nouvelle(qtbot, window):
    tab = window.seances_tab
    window.tabs.setCurrentWidget(tab)
    qtbot.mouseClick(tab.nouvelle_button, Qt.MouseButton.LeftButton)
    return tab


def test_convocation_delay_in_red_then_green(qtbot, window):
    tab = _nouvelle(qtbot, window)
    ui = tab.ui
    assert ui.titreLabel.text() == "Nouvelle séance"
    ui.dateEdit.setDate(QDate(2024, 3, 15))  # a Friday
    qtbot.mouseClick(ui.convocationCheck, Qt.MouseButton.LeftButton)
    ui.convocationDate.setDate(QDate(2024, 3, 13))  # Wednesday: 1 clear day only
    assert ui.alerteLabel.etat == "erreur"
    assert "non respecté" in ui.alerteLabel.text()
    assert "1 jour(s) franc(s) au lieu de 3" in ui.alerteLabel.text()
    assert ui.alerteLabel.text().startswith("✖")  # words and symbol, not only red

    ui.convocationDate.setDate(QDate(2024, 3, 11))  # Monday: Tue, Wed, Thu are clear
    assert ui.alerteLabel.etat == "ok"
    assert "respecté : 3 jours francs" in ui.alerteLabel.text()

    ui.convocationDate.setDate(QDate(2024, 3, 14))
    assert ui.alerteLabel.etat == "erreur"
    qtbot.mouseClick(ui.urgenceCheck, Qt.MouseButton.LeftButton)  # urgency: 1 clear day
    assert ui.alerteLabel.etat == "erreur"  # 0 clear day is still too short
    ui.convocationDate.setDate(QDate(2024, 3, 13))
    assert ui.alerteLabel.etat == "ok"


def test_create_seance_and_agenda(qtbot, window, services, popups):
    tab = _nouvelle(qtbot, window)
    ui = tab.ui
    ui.dateEdit.setDate(QDate(2024, 3, 18))
    remplacer(qtbot, ui.lieuEdit, "Salle des fêtes")
    qtbot.mouseClick(ui.convocationCheck, Qt.MouseButton.LeftButton)
    ui.convocationDate.setDate(QDate(2024, 3, 12))
    assert tab.is_dirty() and ui.modifieLabel.text()
    assert window.windowTitle().endswith(" *")
    assert not tab.agenda.isEnabled()  # the agenda needs a saved séance

    qtbot.mouseClick(ui.enregistrerButton, Qt.MouseButton.LeftButton)
    assert popups.erreurs() == []
    assert not tab.is_dirty() and not window.windowTitle().endswith(" *")
    assert ui.titreLabel.text() == "Séance n° 2 du 18/03/2024"
    seance = tab.seance
    assert seance is not None and seance.lieu == "Salle des fêtes"
    assert seance.president_id is not None  # the mayor by default
    assert window.tabs.isTabEnabled(window.tabs.indexOf(window.presences_tab))

    agenda = tab.agenda
    assert agenda.isEnabled()
    qtbot.keyClicks(agenda.objet_edit, "Budget primitif 2024")
    qtbot.keyClick(agenda.objet_edit, Qt.Key.Key_Return)
    taper(qtbot, agenda.objet_edit, "Approbation du procès-verbal")
    qtbot.mouseClick(agenda.ajouter_button, Qt.MouseButton.LeftButton)
    assert agenda.model.rowCount() == 2
    assert agenda.objet_edit.text() == ""
    # The minutes come first: select the 2nd item and move it up.
    cliquer_ligne(qtbot, agenda.vue, 1)
    qtbot.mouseClick(agenda.monter_button, Qt.MouseButton.LeftButton)
    points = services.seances.seance(seance.id).points
    assert [p.objet for p in points] == ["Approbation du procès-verbal", "Budget primitif 2024"]
    assert [p.reference for p in points] == ["2024 / 2 / 1", "2024 / 2 / 2"]
    # The list of séances shows the new one with its 2 items.
    row = tab.model.row_where(lambda r: r.id == seance.id)
    assert tab.model.ligne(row).nb_points == 2


def test_empty_objet_refused_with_reason(qtbot, window, popups):
    tab = window.seances_tab
    qtbot.mouseClick(tab.agenda.ajouter_button, Qt.MouseButton.LeftButton)
    assert popups.erreurs() == ["Objet : il est obligatoire."]


def test_year_and_search_filter(qtbot, window, services):
    services.seances.creer_seance(
        SeanceData(date=date(2023, 11, 6), heure=window.seances_tab.seance.heure)
    )
    tab = window.seances_tab
    tab.load()
    annees = [tab.annee_combo.itemText(i) for i in range(tab.annee_combo.count())]
    assert annees == ["Toutes les années", "2024", "2023"]
    assert tab.model.rowCount() == 1  # the latest year
    tab.annee_combo.setCurrentIndex(0)
    assert tab.model.rowCount() == 2
    qtbot.keyClicks(tab.recherche_edit, "numerique")  # accents not needed
    assert tab.model.rowCount() == 1
    assert tab.model.ligne(0).date == date(2024, 2, 12)


def test_unsaved_seance_prompts_before_switching(qtbot, window, services, seance_vide, popups):
    tab = window.seances_tab
    tab.load()
    tab.annee_combo.setCurrentIndex(0)
    courante = tab.seance.id
    remplacer(qtbot, tab.ui.lieuEdit, "Salle des mariages")
    autre = tab.model.row_where(lambda r: r.id != courante)

    popups.non_enregistre.append("cancel")
    cliquer_ligne(qtbot, tab.vue, autre)
    assert popups.compte("ask_unsaved") == 1
    assert tab.seance.id == courante and tab.ui.lieuEdit.text() == "Salle des mariages"
    assert tab.model.ligne(tab.vue.selectionModel().selectedRows()[0].row()).id == courante

    popups.non_enregistre.append("save")
    cliquer_ligne(qtbot, tab.vue, autre)
    assert tab.seance.id != courante
    assert services.seances.seance(courante).lieu == "Salle des mariages"
    assert window.presences_tab.titre_label.text().startswith(tab.seance.libelle)
