"""Votes tab: texts and vote of each deliberation, refused counts, live counters."""

from __future__ import annotations

import pytest
from gui_helpers import cliquer_ligne, ids_par_nom, remplacer, taper
from PySide6.QtCore import Qt

from mairie_app.domain.types import ModeScrutin, Resultat


@pytest.fixture
def onglet(qtbot, window, demo, services):
    """The demo séance with a second item, not voted yet, selected in the Votes tab."""
    services.seances.ajouter_point(demo, "Subvention exceptionnelle au comité des fêtes")
    window.seances_tab.rafraichir_points()
    window.votes_tab.load()
    tab = window.votes_tab
    window.tabs.setCurrentWidget(tab)
    cliquer_ligne(qtbot, tab.vue, 1)
    tab.pages.setCurrentIndex(1)
    assert tab.deliberation is not None and tab.deliberation.ordre == 2
    return tab


def _compter(qtbot, tab, pour: int, contre: int, abstentions: int) -> None:
    v = tab.vote
    for spin, n in (
        (v.pour_spin, pour),
        (v.contre_spin, contre),
        (v.abstentions_spin, abstentions),
    ):
        remplacer(qtbot, spin, str(n))
        qtbot.keyClick(spin, Qt.Key.Key_Tab)


def _enregistrer(qtbot, tab) -> None:
    qtbot.mouseClick(tab.enregistrer_button, Qt.MouseButton.LeftButton)


def test_counts_that_do_not_add_up_are_refused(qtbot, onglet, services, popups):
    assert onglet.comptage_panel.votants.text() == "23"
    _compter(qtbot, onglet, 20, 2, 0)
    assert onglet.vote.total_label.etat == "erreur"
    assert "22 voix pour 23 votants" in onglet.vote.total_label.text()
    _enregistrer(qtbot, onglet)
    assert popups.erreurs() == [
        "Décompte des voix : pour 20 + contre 2 + abstentions 0 = 22, mais il y a 23 votants. "
        "Écart : -1."
    ]
    delib = services.deliberations.deliberation(onglet.deliberation.id)
    assert not delib.vote_saisi
    assert onglet.is_dirty()  # her figures stay on screen
    assert onglet.vote.pour_spin.value() == 20


def test_unanimity_then_save_gives_adopted(qtbot, onglet, services, popups):
    _compter(qtbot, onglet, 20, 2, 0)
    qtbot.mouseClick(onglet.vote.unanimite_button, Qt.MouseButton.LeftButton)
    assert onglet.vote.pour_spin.value() == 23
    assert onglet.vote.contre_spin.value() == 0
    _enregistrer(qtbot, onglet)
    assert popups.erreurs() == []
    assert onglet.resultat_label.text() == "✔ Point n° 2 : Adoptée à l'unanimité."
    assert onglet.resultat_label.etat == "ok"
    delib = services.deliberations.deliberation(onglet.deliberation.id)
    assert delib.vote_saisi and delib.resultat is Resultat.ADOPTEE
    assert onglet.model.index(1, 3).data() == "Adoptée"
    assert not onglet.is_dirty()


def test_president_vote_only_on_a_tie(qtbot, onglet, services, popups):
    v = onglet.vote
    assert v.president_combo.isHidden()
    _compter(qtbot, onglet, 10, 10, 3)
    assert not v.president_combo.isHidden()
    _enregistrer(qtbot, onglet)
    assert "voix est prépondérante" in popups.erreurs()[0]
    v.president_combo.setCurrentIndex(v.president_combo.findData("pour"))
    _enregistrer(qtbot, onglet)
    assert onglet.resultat_label.text() == (
        "✔ Point n° 2 : Adoptée (voix prépondérante du président)."
    )


def test_withdrawn_member_changes_votants_live(qtbot, onglet, services):
    v = onglet.vote
    model = v.npp_model
    barbe = ids_par_nom(services)["BARBE"]
    row = next(
        i
        for i in range(model.rowCount())
        if model.index(i, 0).data(Qt.ItemDataRole.UserRole) == barbe
    )
    model.setData(model.index(row, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    # BARBE leaves the room with LLANES's proxy: two votes fewer, one present fewer.
    panel = onglet.comptage_panel
    assert (panel.presents.text(), panel.votants.text(), panel.ne_prennent_pas_part.text()) == (
        "22",
        "21",
        "2",
    )
    qtbot.mouseClick(v.unanimite_button, Qt.MouseButton.LeftButton)
    assert v.pour_spin.value() == 21
    _enregistrer(qtbot, onglet)
    delib = services.deliberations.deliberation(onglet.deliberation.id)
    assert delib.non_participant_ids == (barbe,) and delib.pour == 21


def test_roll_call_grid(qtbot, onglet, services, popups):
    v = onglet.vote
    v.mode_combo.setCurrentIndex(v.mode_combo.findData(ModeScrutin.NOMINATIF))
    assert not v.nominatif_vue.isHidden() and v.pour_spin.isHidden()
    assert v.nominatif_model.rowCount() == 23
    llanes = next(i for i in range(23) if v.nominatif_model.ligne(i).conseiller.nom == "LLANES")
    assert "vote par BARBE Eric" in v.nominatif_model.index(llanes, 0).data()
    qtbot.mouseClick(v.tous_pour_button, Qt.MouseButton.LeftButton)
    v.nominatif_model.setData(v.nominatif_model.index(llanes, 1), "contre")
    _enregistrer(qtbot, onglet)
    assert popups.erreurs() == []
    delib = services.deliberations.deliberation(onglet.deliberation.id)
    assert (delib.mode_scrutin, delib.pour, delib.contre) == (ModeScrutin.NOMINATIF, 22, 1)


def test_texts_saved_and_bold_hint(qtbot, onglet, services, window):
    onglet.pages.setCurrentIndex(0)
    assert "**texte**" in onglet.ui.aideLabel.text()
    taper(qtbot, onglet.ui.dispositifEdit, "Article 1 : **accorde** une subvention de 500 €.")
    qtbot.keyClicks(onglet.ui.matiereCombo.lineEdit(), "7.5")
    assert onglet.is_dirty() and window.windowTitle().endswith(" *")
    window.enregistrer()  # Fichier > Enregistrer (Ctrl+S)
    delib = services.deliberations.deliberation(onglet.deliberation.id)
    assert delib.dispositif == "Article 1 : **accorde** une subvention de 500 €."
    assert delib.matiere_code == "7.5"
    assert not window.windowTitle().endswith(" *")


def test_unsaved_changes_prompt_on_switching(qtbot, onglet, services, popups):
    onglet.pages.setCurrentIndex(0)
    remplacer(qtbot, onglet.ui.objetEdit, "Subvention au comite des fetes")
    assert onglet.modifie_label.text()

    popups.non_enregistre.append("cancel")
    cliquer_ligne(qtbot, onglet.vue, 0)
    assert popups.compte("ask_unsaved") == 1
    assert onglet.deliberation.ordre == 2
    assert onglet.ui.objetEdit.text() == "Subvention au comite des fetes"

    popups.non_enregistre.append("discard")
    cliquer_ligne(qtbot, onglet.vue, 0)
    assert onglet.deliberation.ordre == 1
    assert services.deliberations.deliberations(onglet.deliberation.seance_id)[1].objet == (
        "Subvention exceptionnelle au comité des fêtes"
    )


def test_undo_in_text_field(qtbot, onglet, window):
    onglet.pages.setCurrentIndex(0)
    champ = onglet.ui.annexesEdit
    champ.setFocus()
    qtbot.keyClicks(champ, "Plan de financement")
    window.edition.actualiser()
    assert window.edition.annuler.isEnabled()
    window.edition.annuler.trigger()
    assert champ.toPlainText() == ""
    window.edition.retablir.trigger()
    assert champ.toPlainText() == "Plan de financement"


def test_secret_ballot_with_blank_and_spoilt(qtbot, onglet, services, popups):
    v = onglet.vote
    assert v.blancs_spin.isHidden()
    remplacer(qtbot, v.demandes_secret_spin, "8")  # a third of the 22 present
    qtbot.keyClick(v.demandes_secret_spin, Qt.Key.Key_Tab)
    assert v.mode_label.etat == "erreur" and "Scrutin secret obligatoire" in v.mode_label.text()
    v.mode_combo.setCurrentIndex(v.mode_combo.findData(ModeScrutin.SECRET))
    assert not v.blancs_spin.isHidden() and v.unanimite_button.isHidden()
    _compter(qtbot, onglet, 12, 9, 0)
    remplacer(qtbot, v.blancs_spin, "1")
    remplacer(qtbot, v.nuls_spin, "1")
    qtbot.keyClick(v.nuls_spin, Qt.Key.Key_Tab)
    _enregistrer(qtbot, onglet)
    assert popups.erreurs() == []
    delib = services.deliberations.deliberation(onglet.deliberation.id)
    assert (delib.mode_scrutin, delib.blancs, delib.nuls) == (ModeScrutin.SECRET, 1, 1)
    assert onglet.resultat_label.text() == "✔ Point n° 2 : Adoptée."


def test_matiere_searchable_by_words_or_code(qtbot, onglet):
    onglet.pages.setCurrentIndex(0)
    combo = onglet.ui.matiereCombo
    qtbot.keyClicks(combo.lineEdit(), "budget")
    suggestions = combo.completer().model().stringList()
    assert "7.1 Décisions budgétaires" in suggestions
    remplacer(qtbot, combo.lineEdit(), "alienation")  # no accent needed
    assert any("Aliénations" in s for s in combo.completer().model().stringList())
    combo.set_code("7.1")
    assert combo.currentText() == "7.1 Décisions budgétaires" and combo.code() == "7.1"
