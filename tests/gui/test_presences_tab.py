"""Présences tab: attendance saved line by line, proxies checked on the spot, counters."""

from __future__ import annotations

import pytest
from gui_helpers import choisir_dans, cliquer_ligne, ids_par_nom, ligne_de
from PySide6.QtCore import Qt

from mairie_app.domain.presences import Presence
from mairie_app.domain.types import Statut


@pytest.fixture
def onglet(qtbot, window, seance_vide):
    """The Présences tab of a séance where everyone is present."""
    window.seances_tab.load()
    window.seances_tab.choisir(seance_vide)
    window.tabs.setCurrentWidget(window.presences_tab)
    return window.presences_tab


def _selectionner(qtbot, tab, nom: str) -> None:
    row = ligne_de(tab.model, lambda lg: lg.conseiller.nom == nom)
    cliquer_ligne(qtbot, tab.vue, row)
    assert tab.ligne_group.title().endswith(nom + " " + tab.model.ligne(row).conseiller.prenom)


def _statut(qtbot, tab, statut: Statut) -> None:
    bouton = next(b for b in tab.statut_group.buttons() if b.text() == statut.libelle)
    qtbot.mouseClick(bouton, Qt.MouseButton.LeftButton)


def _presence(services, seance_id, nom) -> Presence:
    ident = ids_par_nom(services)[nom]
    return next(p for p in services.seances.seance(seance_id).presences if p.conseiller_id == ident)


def test_everyone_present_at_first(onglet):
    assert onglet.model.rowCount() == 23
    panel = onglet.ouverture_panel
    assert (panel.presents.text(), panel.representes.text(), panel.votants.text()) == (
        "23",
        "0",
        "23",
    )


def test_llanes_excused_with_proxy_to_barbe(qtbot, onglet, services, seance_vide, popups):
    _selectionner(qtbot, onglet, "LLANES")
    _statut(qtbot, onglet, Statut.EXCUSE)
    choisir_dans(qtbot, onglet.pouvoir_combo, "M. BARBE Eric")

    assert popups.erreurs() == []
    p = _presence(services, seance_vide, "LLANES")
    assert p.statut is Statut.EXCUSE and p.pouvoir_a == ids_par_nom(services)["BARBE"]
    for panel in (onglet.ouverture_panel, onglet.point_panel):
        assert panel.en_exercice.text() == "23"
        assert panel.presents.text() == "22"
        assert panel.representes.text() == "1"
        assert panel.votants.text() == "23"
        assert panel.quorum.etat == "ok"  # colour...
        assert panel.quorum.text().startswith("✔ Quorum atteint : 22 présents pour 12 requis")
    row = ligne_de(onglet.model, lambda lg: lg.conseiller.nom == "LLANES")
    assert onglet.model.index(row, 1).data() == "Absent excusé"
    assert onglet.model.index(row, 2).data() == "BARBE Eric"


def test_second_proxy_to_barbe_refused(qtbot, onglet, services, seance_vide, popups):
    _selectionner(qtbot, onglet, "LLANES")
    _statut(qtbot, onglet, Statut.EXCUSE)
    choisir_dans(qtbot, onglet.pouvoir_combo, "M. BARBE Eric")
    _selectionner(qtbot, onglet, "MELI")
    _statut(qtbot, onglet, Statut.EXCUSE)
    avant = services.seances.seance(seance_vide).presences

    choisir_dans(qtbot, onglet.pouvoir_combo, "M. BARBE Eric")

    assert len(popups.erreurs()) == 1
    assert (
        "Pouvoir de Odette MELI : Eric BARBE détient déjà le pouvoir de David LLANES"
        in (popups.erreurs()[0])
    )
    assert "L2121-20" in popups.erreurs()[0]
    assert services.seances.seance(seance_vide).presences == avant  # nothing stored
    assert onglet.pouvoir_combo.currentData() is None  # the line shows its stored value again
    assert onglet.ouverture_panel.representes.text() == "1"


def test_proxy_from_absent_switches_to_excused(qtbot, onglet, services, seance_vide, popups):
    _selectionner(qtbot, onglet, "MELI")
    _statut(qtbot, onglet, Statut.ABSENT)
    assert onglet.ouverture_panel.presents.text() == "22"
    choisir_dans(qtbot, onglet.pouvoir_combo, "Mme HERBAUT")
    assert popups.erreurs() == []
    p = _presence(services, seance_vide, "MELI")
    assert p.statut is Statut.EXCUSE and p.pouvoir_a == ids_par_nom(services)["HERBAUT"]
    assert onglet.statut_group.checkedButton().text() == "Absent excusé"


def test_proxy_to_absent_member_refused(qtbot, onglet, services, seance_vide, popups):
    _selectionner(qtbot, onglet, "DUBOIS")
    _statut(qtbot, onglet, Statut.ABSENT)
    # DUBOIS is no longer offered as a holder: the only way to aim at him is a stored proxy.
    _selectionner(qtbot, onglet, "MELI")
    _statut(qtbot, onglet, Statut.EXCUSE)
    assert all(
        "DUBOIS" not in onglet.pouvoir_combo.itemText(i)
        for i in range(onglet.pouvoir_combo.count())
    )
    # A holder who leaves while holding a proxy is refused with the reason.
    choisir_dans(qtbot, onglet.pouvoir_combo, "M. GHESTEM")
    _selectionner(qtbot, onglet, "GHESTEM")
    _statut(qtbot, onglet, Statut.ABSENT)
    assert (
        "GHESTEM n'est pas présent et ne peut donc pas recevoir de pouvoir" in popups.erreurs()[-1]
    )
    assert _presence(services, seance_vide, "GHESTEM").statut is Statut.PRESENT
    assert onglet.statut_group.checkedButton().text() == "Présent"


def test_proxy_from_present_member_refused(qtbot, onglet, services, seance_vide, popups):
    _selectionner(qtbot, onglet, "MELI")
    choisir_dans(qtbot, onglet.pouvoir_combo, "M. BARBE Eric")
    assert (
        "un conseiller présent pendant toute la séance ne donne pas pouvoir" in popups.erreurs()[0]
    )
    assert _presence(services, seance_vide, "MELI").pouvoir_a is None


def test_absence_clears_inconsistent_vote_and_says_so(qtbot, window, demo, services, popups):
    window.tabs.setCurrentWidget(window.presences_tab)
    tab = window.presences_tab
    _selectionner(qtbot, tab, "MELI")
    _statut(qtbot, tab, Statut.ABSENT)
    assert popups.infos() and "points n° 1" in popups.infos()[0]
    assert "onglet Votes" in popups.infos()[0]
    assert not services.deliberations.deliberations(demo)[0].vote_saisi
    assert window.votes_tab.model.index(0, 3).data() == "Vote à saisir"


def test_departure_before_item(qtbot, onglet, services, seance_vide):
    services.seances.ajouter_point(seance_vide, "Subvention au club de football")
    onglet.load()
    _selectionner(qtbot, onglet, "MELI")
    onglet.depart_spin.setValue(2)
    assert _presence(services, seance_vide, "MELI").depart_ordre == 2
    assert onglet.ouverture_panel.presents.text() == "23"
    onglet.point_combo.setCurrentIndex(1)
    assert onglet.point_panel.title() == "Pour le point n° 2"
    assert onglet.point_panel.presents.text() == "22"


def test_secretaries_saved_when_ticked(qtbot, onglet, services, seance_vide):
    model = onglet.secretaires_model
    row = next(i for i in range(model.rowCount()) if "DELBROUCQ" in model.index(i, 0).data())
    model.setData(model.index(row, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert services.seances.seance(seance_vide).secretaire_ids == (
        ids_par_nom(services)["DELBROUCQ"],
    )
