"""Closing a séance from the Séances tab, re-opening it with a motive, and what stays
editable afterwards: the follow-up dates, the PV approval date, corrections."""

from __future__ import annotations

from datetime import date

import pytest
from gui_helpers import cliquer_ligne, remplacer
from PySide6.QtCore import QDate, Qt

from mairie_app.db.history import utilisateur

GAUCHE = Qt.MouseButton.LeftButton


def _cliquer(qtbot, bouton) -> None:
    assert bouton.isVisible() and bouton.isEnabled(), bouton.text()
    qtbot.mouseClick(bouton, GAUCHE)


def _montrer_seance(qtbot, window, seance_id: int) -> None:
    tab = window.seances_tab
    window.tabs.setCurrentWidget(tab)
    cliquer_ligne(qtbot, tab.vue, tab.model.row_where(lambda r: r.id == seance_id))
    assert tab.seance.id == seance_id


@pytest.fixture
def cloturee(services, demo) -> int:
    """The demo séance, closed before the window opens."""
    services.cloture.cloturer(demo)
    return demo


def test_closing_refused_with_the_list_of_what_is_missing(
    qtbot, ouvrir, services, seance_vide, popups
):
    window = ouvrir()
    _montrer_seance(qtbot, window, seance_vide)
    panel = window.seances_tab.cloture
    _cliquer(qtbot, panel.cloturer_button)

    [message] = popups.erreurs()
    assert message.startswith("La séance n° 2 du 18/03/2024 ne peut pas encore être clôturée.")
    assert "– Aucun secrétaire de séance" in message
    assert "– Point 1 « Vote du budget primitif 2024 » : vote non saisi" in message
    assert popups.compte("confirm") == 0  # refused before any question
    assert not services.seances.seance(seance_vide).cloturee
    assert window.seances_tab.ui.lieuEdit.isEnabled()


def test_closing_asks_then_locks_the_fields_and_says_why(qtbot, window, services, demo, popups):
    tab = window.seances_tab
    panel = tab.cloture
    assert "Séance en cours de saisie" in tab.cloture_label.text()
    assert not panel.rouvrir_button.isVisible()

    popups.confirmations.append(False)  # she changes her mind
    _cliquer(qtbot, panel.cloturer_button)
    assert not services.seances.seance(demo).cloturee

    _cliquer(qtbot, panel.cloturer_button)
    question = [m for kind, m in popups.appels if kind == "confirm"][-1]
    assert question.startswith("Clôturer la séance n° 1 du 12/02/2024 ?")
    assert "ne pourront plus être modifiés" in question
    assert services.seances.seance(demo).cloturee
    assert popups.erreurs() == []

    # Séances: every field greyed, the reason above them, the state in the list.
    assert not tab.ui.lieuEdit.isEnabled() and not tab.agenda.isEnabled()
    assert not tab.supprimer_button.isEnabled()
    raison = tab.cloture_label.text()
    assert raison.startswith(f"Séance clôturée le {date.today():%d/%m/%Y} à ")
    assert f"par {utilisateur()}" in raison
    assert "Restent modifiables les dates d'affichage" in raison
    assert raison == services.cloture.etat(demo).raison_lecture_seule
    assert tab.model.index(0, 5).data() == "Clôturée"
    assert panel.rouvrir_button.isVisible() and not panel.cloturer_button.isVisible()
    # Présences and Votes follow.
    assert not window.presences_tab.ligne_group.isEnabled()
    assert "séance clôturée" in window.presences_tab.titre_label.text()
    assert not window.votes_tab.ui.objetEdit.isEnabled()
    assert not window.votes_tab.enregistrer_button.isEnabled()


def test_reopening_requires_a_reason(qtbot, ouvrir, services, cloturee, popups):
    window = ouvrir()
    tab = window.seances_tab
    panel = tab.cloture
    assert not tab.ui.lieuEdit.isEnabled()

    _cliquer(qtbot, panel.rouvrir_button)  # she cancels the question
    assert popups.compte("ask_text") == 1
    assert services.seances.seance(cloturee).cloturee and popups.erreurs() == []

    popups.textes.append("   ")  # no motive: refused
    _cliquer(qtbot, panel.rouvrir_button)
    assert popups.erreurs() == [
        "Motif : indiquez pourquoi la séance est rouverte (il sera conservé)."
    ]
    assert services.seances.seance(cloturee).cloturee

    popups.textes.append("Erreur de décompte au point 1")
    _cliquer(qtbot, panel.rouvrir_button)
    assert not services.seances.seance(cloturee).cloturee
    [reouverture] = services.cloture.reouvertures(cloturee)
    assert (reouverture.motif, reouverture.utilisateur) == (
        "Erreur de décompte au point 1",
        utilisateur(),
    )
    assert reouverture.date_cloture_annulee is not None
    assert tab.ui.lieuEdit.isEnabled() and tab.agenda.isEnabled()
    assert "rouverte le" in tab.cloture_label.text()
    assert f"par {utilisateur()} (motif : Erreur de décompte au point 1)" in (
        tab.cloture_label.text()
    )
    assert window.votes_tab.ui.objetEdit.isEnabled()
    assert panel.cloturer_button.isVisible()


def test_follow_up_dates_stay_editable_on_a_closed_seance(
    qtbot, ouvrir, services, cloturee, popups
):
    window = ouvrir()
    vt = window.votes_tab
    window.tabs.setCurrentWidget(vt)
    vt.pages.setCurrentIndex(2)
    suivi = vt.suivi
    assert not vt.ui.dispositifEdit.isEnabled()  # the act itself is frozen
    assert suivi.isEnabled() and suivi.enregistrer_button.isEnabled()
    assert "seul le suivi reste modifiable" in vt.titre_label.text()

    qtbot.mouseClick(suivi.affichage.case, GAUCHE)
    suivi.affichage.edit.setDate(QDate(2024, 2, 1))  # before the séance: refused
    assert vt.is_dirty()
    _cliquer(qtbot, suivi.enregistrer_button)
    assert popups.erreurs() == [
        "Date d'affichage ou de publication : elle ne peut précéder la séance."
    ]
    assert services.deliberations.deliberation(vt.deliberation.id).date_affichage is None

    suivi.affichage.edit.setDate(QDate(2024, 2, 14))
    qtbot.mouseClick(suivi.transmission.case, GAUCHE)
    suivi.transmission.edit.setDate(QDate(2024, 2, 14))
    qtbot.mouseClick(suivi.accuse.case, GAUCHE)
    suivi.accuse.edit.setDate(QDate(2024, 2, 15))
    remplacer(qtbot, suivi.identifiant_edit, "059-215901463-20240212-2024_1_1-DE")
    _cliquer(qtbot, suivi.enregistrer_button)
    assert len(popups.erreurs()) == 1
    d = services.deliberations.deliberation(vt.deliberation.id)
    assert (d.date_affichage, d.date_transmission, d.date_accuse_reception) == (
        date(2024, 2, 14),
        date(2024, 2, 14),
        date(2024, 2, 15),
    )
    assert d.identifiant_accuse == "059-215901463-20240212-2024_1_1-DE"
    assert not vt.is_dirty() and services.seances.seance(cloturee).cloturee


def test_pv_approval_date_on_a_closed_seance(qtbot, ouvrir, services, cloturee, popups):
    window = ouvrir()
    panel = window.seances_tab.cloture
    qtbot.mouseClick(panel.approbation_check, GAUCHE)
    panel.approbation_date.setDate(QDate(2024, 2, 10))  # before the séance
    _cliquer(qtbot, panel.approbation_button)
    assert "Date d'approbation du procès-verbal" in popups.erreurs()[0]
    assert not panel.approbation_check.isChecked()  # back to what is stored

    qtbot.mouseClick(panel.approbation_check, GAUCHE)
    panel.approbation_date.setDate(QDate(2024, 3, 18))
    _cliquer(qtbot, panel.approbation_button)
    assert len(popups.erreurs()) == 1
    assert services.seances.seance(cloturee).date_approbation_pv == date(2024, 3, 18)
    assert window.seances_tab.seance.date_approbation_pv == date(2024, 3, 18)


def test_correction_of_a_closed_act_is_voted_at_a_later_seance(
    qtbot, ouvrir, services, demo, seance_vide, popups
):
    services.cloture.cloturer(demo)
    window = ouvrir()
    _montrer_seance(qtbot, window, demo)
    vt = window.votes_tab
    window.tabs.setCurrentWidget(vt)
    original = vt.deliberation
    popups.choix.append(0)
    _cliquer(qtbot, vt.corriger_button)
    question = [m for kind, m in popups.appels if kind == "ask_choice"][-1]
    assert "À quelle séance sera-t-elle votée ?" in question
    assert question.endswith("Séance n° 2 du 18/03/2024")  # the only later open séance

    [correction] = services.cloture.corrections(original.id)
    assert correction.seance_id == seance_vide
    assert window.seances_tab.seance.id == seance_vide  # she is taken there
    assert window.tabs.currentWidget() is vt
    assert vt.deliberation.id == correction.id
    assert vt.ui.objetEdit.text().startswith("Rectification de la délibération n° 2024 / 1 / 1")
    assert vt.ui.objetEdit.isEnabled()  # an open séance: she amends the copied texts


def test_correction_needs_a_later_open_seance(qtbot, ouvrir, services, cloturee, popups):
    window = ouvrir()
    vt = window.votes_tab
    window.tabs.setCurrentWidget(vt)
    _cliquer(qtbot, vt.corriger_button)
    assert "Créez d'abord cette séance" in popups.erreurs()[0]
    assert services.cloture.corrections(vt.deliberation.id) == []


def test_correction_in_an_open_seance_joins_its_agenda(qtbot, window, services, demo, popups):
    vt = window.votes_tab
    window.tabs.setCurrentWidget(vt)
    original = vt.deliberation
    popups.confirmations.append(False)
    _cliquer(qtbot, vt.corriger_button)
    assert services.cloture.corrections(original.id) == []

    _cliquer(qtbot, vt.corriger_button)
    [correction] = services.cloture.corrections(original.id)
    assert (correction.seance_id, correction.reference) == (demo, "2024 / 1 / 1 BIS")
    assert vt.deliberation.id == correction.id and vt.model.rowCount() == 2
    assert window.seances_tab.agenda.model.rowCount() == 2
    assert "Délibération rectificative 2024 / 1 / 1 BIS créée" in (
        window.statusBar().currentMessage()
    )
