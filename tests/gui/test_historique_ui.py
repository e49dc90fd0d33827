"""Séances > Historique des modifications…: every change, who made it, newest first,
in a table nothing can edit."""

from __future__ import annotations

from datetime import datetime

from gui_helpers import cliquer_ligne, ligne_de
from PySide6.QtCore import Qt

from mairie_app.db.history import utilisateur
from mairie_app.domain.types import Statut
from mairie_app.gui.models.historique_model import HistoriqueModel, modification
from mairie_app.services.dto_registre import HistoriqueData

GAUCHE = Qt.MouseButton.LeftButton


def _absent(qtbot, window, nom: str) -> None:
    """Présences tab: select the member, click « Absent »."""
    tab = window.presences_tab
    window.tabs.setCurrentWidget(tab)
    cliquer_ligne(qtbot, tab.vue, ligne_de(tab.model, lambda lg: lg.conseiller.nom == nom))
    bouton = next(b for b in tab.statut_group.buttons() if b.text() == Statut.ABSENT.libelle)
    qtbot.mouseClick(bouton, GAUCHE)


def test_history_lists_a_presence_change_with_the_user(qtbot, window, services, demo, popups):
    _absent(qtbot, window, "MELI")
    assert popups.erreurs() == []
    window.tabs.setCurrentWidget(window.seances_tab)
    qtbot.mouseClick(window.seances_tab.cloture.historique_button, GAUCHE)
    dialog = window.seances_tab.cloture.historique_dialog
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Historique — Séance n° 1 du 12/02/2024"

    vue = dialog.vue
    model = vue.model()
    lignes = [[model.index(r, c).data() for c in range(4)] for r in range(model.rowCount())]
    # Newest first: her change is on top (with the vote it cleared), her name, the time.
    attendu = [utilisateur(), "Présence de MELI Odette", "statut : Présent → Absent"]
    haut = next(i for i, ligne in enumerate(lignes) if ligne[1:] == attendu)
    assert lignes[haut][0] == lignes[0][0]  # saved together: the same second
    assert lignes[0][0].startswith(f"{datetime.now():%d/%m/%Y}")
    assert "vote saisi : oui → non" in [ligne[3] for ligne in lignes[: haut + 5]]
    assert model.rowCount() == len(services.historique.historique(demo))
    assert dialog.resume_label.text().startswith(f"{model.rowCount()} modification(s)")
    horodatages = [h.horodatage for h in dialog.model.lignes()]
    assert horodatages == sorted(horodatages, reverse=True)

    # Read-only: no editor opens, no cell is editable.
    assert vue.editTriggers() == vue.EditTrigger.NoEditTriggers
    for c in range(4):
        assert not model.flags(model.index(0, c)) & Qt.ItemFlag.ItemIsEditable
    rect = vue.visualRect(model.index(0, 3))
    qtbot.mouseDClick(vue.viewport(), GAUCHE, pos=rect.center())  # as she would try
    assert vue.state() != vue.State.EditingState

    # The search field narrows the list.
    qtbot.keyClicks(dialog.recherche_edit, "MELI")
    assert model.rowCount() >= 1
    assert all("MELI" in model.index(r, 2).data() for r in range(model.rowCount()))
    qtbot.mouseClick(dialog.fermer_button, GAUCHE)
    assert not dialog.isVisible()


def test_historique_model(qtmodeltester, services, demo):
    model = HistoriqueModel()
    model.definir(services.historique.historique(demo))
    qtmodeltester.check(model)
    assert model.index(0, 1).data() == utilisateur()
    qtmodeltester.check(HistoriqueModel())


def test_long_values_are_shortened_and_codes_read_as_words():
    h = HistoriqueData(
        id=1,
        horodatage=datetime(2024, 2, 12, 18, 30),
        utilisateur="secretariat",
        action="update",
        objet_type="deliberation",
        objet_cle="1",
        objet_libelle="Délibération 2024 / 1 / 1 (point 1)",
        seance_id=1,
        champ="dispositif",
        ancienne_valeur="",
        nouvelle_valeur="Décide " * 40,
    )
    texte = modification(h)
    assert texte.startswith("dispositif : (vide) → Décide Décide")
    assert texte.endswith("…") and len(texte) < 130


def test_dates_read_the_french_way():
    h = HistoriqueData(
        id=2,
        horodatage=datetime(2024, 2, 12, 18, 30),
        utilisateur="secretariat",
        action="update",
        objet_type="seance",
        objet_cle="1",
        objet_libelle="Séance n° 1 du 12/02/2024",
        seance_id=1,
        champ="date_cloture",
        ancienne_valeur=None,
        nouvelle_valeur="2024-02-14T18:30:05",
    )
    assert modification(h) == "clôture : (vide) → 14/02/2024 18:30"
