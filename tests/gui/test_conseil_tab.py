"""Conseil tab: ordre du tableau, reordering, end of mandate and former councillors."""

from __future__ import annotations

from datetime import date

from gui_helpers import cliquer_ligne, ligne_de, remplacer
from PySide6.QtCore import QDate, QModelIndex, Qt

from mairie_app.domain.types import Fonction


def _onglet(window):
    window.tabs.setCurrentWidget(window.conseil_tab)
    return window.conseil_tab


def test_lists_council_in_order(window):
    tab = _onglet(window)
    assert tab.model.rowCount() == 23
    assert tab.model.index(0, 2).data() == "ZOUTE"
    assert tab.model.index(0, 4).data() == "Maire"
    assert tab.resume_label.text() == "23 conseiller(s) en exercice aujourd'hui."


def test_full_council_refuses_a_24th(qtbot, window, services, popups):
    tab = _onglet(window)
    qtbot.mouseClick(tab.nouveau_button, Qt.MouseButton.LeftButton)
    assert tab.ui.debutDate.date() == QDate(2020, 5, 23)  # the council's installation date
    qtbot.keyClicks(tab.ui.nomEdit, "Martin")
    qtbot.keyClicks(tab.ui.prenomEdit, "Paul")
    qtbot.mouseClick(tab.ui.enregistrerButton, Qt.MouseButton.LeftButton)
    assert popups.erreurs() and popups.erreurs()[0].startswith("Conseil complet : 24 conseillers")
    assert tab.ui.nomEdit.text() == "Martin" and tab.is_dirty()
    assert len(services.conseil.conseillers()) == 23


def test_end_of_mandate_keeps_history(qtbot, window, services, popups):
    tab = _onglet(window)
    row = ligne_de(tab.model, lambda c: c.nom == "LLANES")
    cliquer_ligne(qtbot, tab.vue, row)
    assert tab.ui.titreLabel.text() == "M. LLANES David — rang 14"
    qtbot.mouseClick(tab.ui.finCheck, Qt.MouseButton.LeftButton)
    tab.ui.finDate.setDate(QDate(2024, 6, 30))
    qtbot.mouseClick(tab.ui.enregistrerButton, Qt.MouseButton.LeftButton)
    assert popups.erreurs() == []
    assert len(services.conseil.conseillers(en_exercice_le=date.today())) == 22
    assert tab.model.rowCount() == 22  # former councillors hidden...
    qtbot.mouseClick(tab.anciens_check, Qt.MouseButton.LeftButton)
    assert tab.model.rowCount() == 23  # ...until she asks for them
    row = ligne_de(tab.model, lambda c: c.nom == "LLANES")
    assert tab.model.index(row, 6).data() == "30/06/2024"
    assert "1 ancien(s) conseiller(s)" in tab.resume_label.text()


def test_adjoint_rank_only_for_adjoints(qtbot, window, services):
    tab = _onglet(window)
    cliquer_ligne(qtbot, tab.vue, 1)
    assert not tab.ui.rangAdjointSpin.isEnabled()
    tab.ui.fonctionCombo.setCurrentIndex(tab.ui.fonctionCombo.findData(Fonction.ADJOINT))
    assert tab.ui.rangAdjointSpin.isEnabled()
    qtbot.mouseClick(tab.ui.enregistrerButton, Qt.MouseButton.LeftButton)
    barbe = services.conseil.conseillers()[1]
    assert (barbe.fonction, barbe.rang_adjoint, barbe.libelle_fonction) == (
        Fonction.ADJOINT,
        1,
        "1er adjoint",
    )


def test_reorder_with_buttons_and_drag(qtbot, window, services):
    tab = _onglet(window)
    cliquer_ligne(qtbot, tab.vue, 2)  # BUISSE
    qtbot.mouseClick(tab.monter_button, Qt.MouseButton.LeftButton)
    assert [c.nom for c in services.conseil.conseillers()[:3]] == ["ZOUTE", "BUISSE", "BARBE"]
    assert tab.selectionne().nom == "BUISSE"
    # Drag BARBE (row 2) above BUISSE (drop before row 1).
    donnees = tab.model.mimeData([tab.model.index(2, 0)])
    assert tab.model.dropMimeData(donnees, Qt.DropAction.MoveAction, 1, 0, QModelIndex())
    qtbot.waitUntil(lambda: services.conseil.conseillers()[1].nom == "BARBE")
    assert tab.model.index(1, 2).data() == "BARBE"


def test_delete_refused_for_member_who_sat(qtbot, window, services, popups):
    tab = _onglet(window)
    cliquer_ligne(qtbot, tab.vue, 3)
    qtbot.mouseClick(tab.supprimer_button, Qt.MouseButton.LeftButton)
    assert popups.compte("confirm") == 1
    assert "indiquez plutôt la fin de son mandat" in popups.erreurs()[0]


def test_typing_then_switching_asks(qtbot, window, popups):
    tab = _onglet(window)
    cliquer_ligne(qtbot, tab.vue, 3)
    remplacer(qtbot, tab.ui.prenomEdit, "Dominique-Jean")
    popups.non_enregistre.append("cancel")
    cliquer_ligne(qtbot, tab.vue, 5)
    assert popups.compte("ask_unsaved") == 1
    assert tab.selectionne().nom == "BULTEY"
    assert tab.ui.prenomEdit.text() == "Dominique-Jean"
