"""A second copy of the program gets the register read-only: it says so in a banner,
every editing control is disabled, and nothing she can still click ends in a traceback."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from mairie_app.gui import echanges, sauvegardes
from mairie_app.gui.main_window import MainWindow
from mairie_app.paths import output_dir
from mairie_app.services.registre import ouvrir_registre

GAUCHE = Qt.MouseButton.LeftButton


@pytest.fixture
def lecture(qtbot, services, demo, tmp_path):
    """The window of a second copy of the program (within one process the lock is shared,
    so the copy is asked for read-only, as a second program gets it)."""
    seconde = ouvrir_registre(tmp_path, lecture_seule=True)
    assert seconde.lecture_seule
    window = MainWindow(seconde, tmp_path)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    seconde.fermer()


def test_banner_and_every_editing_control_disabled(qtbot, lecture, services, popups):
    w = lecture
    message = w.services.message_lecture_seule
    assert w.bandeau.isVisible() and w.bandeau.text().startswith(f"✖ {message}")
    assert "les modifications sont désactivées" in w.bandeau.text()
    assert any(message == label.text() for label in w.statusBar().findChildren(QLabel))
    assert w.windowTitle().endswith("(lecture seule)")
    assert w.first_run_dialog is None

    assert not w.commune_tab.ui.nomEdit.isEnabled()
    ct = w.conseil_tab
    for widget in (ct.ui.nomEdit, ct.nouveau_button, ct.supprimer_button, ct.monter_button,
                   ct.rne_button):  # fmt: skip
        assert not widget.isEnabled()
    st = w.seances_tab
    for widget in (st.ui.lieuEdit, st.agenda, st.nouvelle_button, st.supprimer_button,
                   st.cloture.cloturer_button, st.cloture.approbation_check):  # fmt: skip
        assert not widget.isEnabled()
    assert st.cloture.historique_button.isEnabled()  # reading stays possible
    assert st.documents_barre.isEnabled()
    assert not w.presences_tab.ligne_group.isEnabled()
    assert not w.presences_tab.secretaires_vue.isEnabled()
    vt = w.votes_tab
    for widget in (vt.ui.objetEdit, vt.vote, vt.enregistrer_button, vt.effacer_button,
                   vt.suivi, vt.corriger_button):  # fmt: skip
        assert not widget.isEnabled()
    for action in (w.nouvelle_action, w.enregistrer_action, w.importer_seance_action,
                   w.restaurer_action):  # fmt: skip
        assert not action.isEnabled()
    for action in (w.exporter_seance_action, w.exporter_scdl_action, w.sauvegarder_action,
                   w.lecteur_action, w.lot_action):  # fmt: skip
        assert action.isEnabled()


def test_what_remains_possible_works_and_the_rest_is_refused_in_words(
    qtbot, lecture, services, tmp_path, popups
):
    w = lecture
    chemin = w.document("extrait")  # printing is reading
    assert chemin is not None and chemin.parent == output_dir(tmp_path)
    assert services.archives.verifier(chemin) is None  # a read-only copy records nothing
    w.enregistrer_action.trigger()  # disabled: nothing happens
    assert popups.erreurs() == []
    assert sauvegardes.restaurer(w) is False  # reached another way: refused in words
    assert "lecture seule" in popups.erreurs()[-1]
    assert echanges.importer_seance(w) is None and echanges.importer_rne(w) is None
    popups.chemins.append(str(tmp_path / "copie"))
    w.sauvegarder_action.trigger()  # a copy of what she sees is still possible
    assert (tmp_path / "copie.sqlite3").exists()
    assert w.close()
