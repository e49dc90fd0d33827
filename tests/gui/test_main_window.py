"""The window as a whole: title, tabs enabled by the séance, the unsaved-input guard,
keyboard habits (Enter to the next field, shortcuts)."""

from __future__ import annotations

from gui_helpers import remplacer
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel


def test_demo_title(window):
    assert window.windowTitle() == "Registre des délibérations — Commune de Chéreng"
    assert window.tabs.currentWidget() is window.seances_tab
    assert window.seances_tab.seance is not None  # the latest séance, ready to go on


def test_presences_and_votes_need_a_seance(qtbot, window):
    tabs = window.tabs
    assert tabs.isTabEnabled(tabs.indexOf(window.votes_tab))
    qtbot.mouseClick(window.seances_tab.nouvelle_button, Qt.MouseButton.LeftButton)
    assert not tabs.isTabEnabled(tabs.indexOf(window.presences_tab))
    assert not tabs.isTabEnabled(tabs.indexOf(window.votes_tab))
    assert not window.document_actions["extrait"].isEnabled()


def test_menus_and_shortcuts(window):
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&Fichier", "É&dition", "Do&cuments", "&Aide"]
    assert window.nouvelle_action.shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    assert window.enregistrer_action.shortcut() == QKeySequence("Ctrl+S")
    assert window.imprimer_action.shortcut() == QKeySequence("Ctrl+P")
    assert window.quitter_action.shortcut() == QKeySequence("Ctrl+Q")
    assert window.edition.annuler.shortcut() == QKeySequence("Ctrl+Z")


def test_new_seance_shortcut_action(qtbot, window):
    window.tabs.setCurrentWidget(window.commune_tab)
    window.nouvelle_action.trigger()
    assert window.tabs.currentWidget() is window.seances_tab
    assert window.seances_tab.ui.titreLabel.text() == "Nouvelle séance"


def test_close_with_unsaved_input_asks(qtbot, window, services, popups):
    ui = window.commune_tab.ui
    remplacer(qtbot, ui.lieuEdit, "en mairie")
    assert window.windowTitle().endswith(" *")

    popups.non_enregistre.append("cancel")
    assert not window.close()
    assert window.isVisible() and ui.lieuEdit.text() == "en mairie"
    assert window.tabs.currentWidget() is window.commune_tab  # shows what is unsaved

    popups.non_enregistre.append("save")
    assert window.close()
    assert services.conseil.commune().lieu_habituel == "en mairie"


def test_refused_save_keeps_window_open(qtbot, window, popups):
    ui = window.commune_tab.ui
    remplacer(qtbot, ui.nomEdit, " ")
    popups.non_enregistre.append("save")
    assert not window.close()  # the save was refused: nothing may be lost
    assert popups.erreurs() == ["Nom de la commune : il est obligatoire."]


def test_enter_moves_to_next_field(qtbot, window):
    tab = window.conseil_tab
    window.tabs.setCurrentWidget(tab)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    tab.ui.nomEdit.setFocus()
    qtbot.keyClicks(tab.ui.nomEdit, "Martin")
    qtbot.keyClick(tab.ui.nomEdit, Qt.Key.Key_Return)
    assert tab.ui.prenomEdit.hasFocus()
    qtbot.keyClick(tab.ui.prenomEdit, Qt.Key.Key_Return)
    assert tab.ui.fonctionCombo.hasFocus()


def test_enter_in_multiline_text_is_a_new_paragraph(qtbot, window):
    vt = window.votes_tab
    window.tabs.setCurrentWidget(vt)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    champ = vt.ui.considerantsEdit
    champ.setFocus()
    champ.moveCursor(champ.textCursor().MoveOperation.End)
    qtbot.keyClick(champ, Qt.Key.Key_Return)
    assert champ.hasFocus() and champ.toPlainText().endswith("\n")


def test_about(window, popups):
    aide = window.menuBar().actions()[-1].menu()
    aide.actions()[0].trigger()
    assert popups.compte("show_about") == 1
    assert "L2121-20" in popups.appels[-1][1]


def test_read_only_register_says_so(qtbot, services, demo, tmp_path):
    from mairie_app.gui.main_window import MainWindow
    from mairie_app.services.registre import ouvrir_registre

    lecture = ouvrir_registre(tmp_path, lecture_seule=True)  # as a second copy gets it
    try:
        assert lecture.lecture_seule
        w = MainWindow(lecture, tmp_path)
        qtbot.addWidget(w)
        assert w.windowTitle().endswith("(lecture seule)")
        assert any(
            lecture.message_lecture_seule in label.text()
            for label in w.statusBar().findChildren(QLabel)
        )
    finally:
        lecture.fermer()
