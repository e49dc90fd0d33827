"""The reference séance typed from scratch, as the secretary would, with keyboard and mouse.

Chéreng, 12 February 2024 (the signed extrait in the demo): an empty register, the
first-run assistant with the 23 councillors, the séance and its agenda, the attendance
(LLANES excused, his proxy to BARBE, DELBROUCQ secretary), the texts and the unanimous
vote, then the extrait from the Documents menu. Along the way she makes the three
classic mistakes (a second proxy to the same holder, the holder of a proxy marked
absent, counts that do not add up): each is refused on screen and nothing is stored.

Everything is read back from the widgets, as she reads it; the database is only
looked at to prove that a refusal left it untouched.
"""

from __future__ import annotations

import json
from pathlib import Path

from gui_helpers import choisir_dans, cliquer_ligne, ligne_de, remplacer, taper, taper_cellule
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QListView,
    QMenu,
    QRadioButton,
    QTabWidget,
    QWidget,
    QWizard,
)
from sqlalchemy import MetaData, select

from mairie_app.domain.types import Statut
from mairie_app.gui.dialogs.pdf_preview_dialog import PdfPreviewDialog
from mairie_app.paths import resources_dir
from mairie_app.services.registre import Services

GAUCHE = Qt.MouseButton.LeftButton
DEMO = json.loads((resources_dir() / "demo" / "chereng-2024-02-12.json").read_text("utf-8"))
OBJET = DEMO["deliberations"][0]["objet"]
VISA = "Vu le Code Général des Collectivités Territoriales ;"
DISPOSITIF = (
    "**Décide** le transfert de la compétence « Usages numériques/NTIC en matière de "
    "numérique éducatif » au Syndicat mixte ouvert « Nord - Pas-de-Calais Numérique » ;"
)


# --- what her hands do ------------------------------------------------------------------
def cliquer(qtbot, bouton: QWidget) -> None:
    assert bouton.isVisible() and bouton.isEnabled(), bouton.text()
    qtbot.mouseClick(bouton, GAUCHE)


def cliquer_onglet(qtbot, onglets: QTabWidget, page: QWidget) -> None:
    """Click the tab's title in the tab bar."""
    barre = onglets.tabBar()
    index = onglets.indexOf(page)
    assert onglets.isTabEnabled(index)
    qtbot.mouseClick(barre, GAUCHE, pos=barre.tabRect(index).center())
    assert onglets.currentWidget() is page


def taper_date(qtbot, champ: QAbstractSpinBox, chiffres: str) -> None:
    """Arrive in a date or time field with Tab (its first section is selected), type
    the digits only: each section moves on to the next when full, as in "12022024"."""
    champ.clearFocus()  # already in it (a new séance starts there): come back with Tab
    champ.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(champ, chiffres)
    qtbot.keyClick(champ, Qt.Key.Key_Tab)


def cocher_membre(qtbot, vue: QListView, nom: str) -> None:
    """Click the member's line in a check list, then Space ticks it."""
    model = vue.model()
    row = next(i for i in range(model.rowCount()) if nom in model.index(i, 0).data())
    cliquer_ligne(qtbot, vue, row)
    qtbot.keyClick(vue, Qt.Key.Key_Space)
    assert model.index(row, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked.value


def choisir_membre(qtbot, tab, nom: str) -> int:
    """Click a councillor's row on the attendance sheet; his line editor follows."""
    row = ligne_de(tab.model, lambda lg: lg.conseiller.nom == nom)
    cliquer_ligne(qtbot, tab.vue, row)
    assert nom in tab.ligne_group.title()
    return row


def cliquer_statut(qtbot, tab, statut: Statut) -> None:
    bouton = next(b for b in tab.statut_group.buttons() if b.text() == statut.libelle)
    assert isinstance(bouton, QRadioButton)
    cliquer(qtbot, bouton)


def menu_documents(qtbot, window, titre: str) -> None:
    """Documents menu of the menu bar, then the item, both with the mouse."""
    barre = window.menuBar()
    entree = next(a for a in barre.actions() if a.text() == "Do&cuments")
    qtbot.mouseClick(barre, GAUCHE, pos=barre.actionGeometry(entree).center())
    menu = entree.menu()
    assert isinstance(menu, QMenu)
    qtbot.waitUntil(menu.isVisible)
    action = next(a for a in menu.actions() if a.text().startswith(titre))
    assert action.isEnabled()
    qtbot.mouseClick(menu, GAUCHE, pos=menu.actionGeometry(action).center())
    qtbot.waitUntil(lambda: not menu.isVisible())


# --- what she reads -------------------------------------------------------------------------
def compteurs(panel) -> dict[str, str]:
    return {
        "en exercice": panel.en_exercice.text(),
        "présents": panel.presents.text(),
        "représentés": panel.representes.text(),
        "votants": panel.votants.text(),
    }


def cellule(vue, row: int, column: int) -> str:
    return vue.model().index(row, column).data()


# --- the proof that a refusal stored nothing -------------------------------------------------
def instantane(services: Services) -> dict[str, list[tuple]]:
    """Every row of every table (history and printed-PDF registry included)."""
    meta = MetaData()
    meta.reflect(services.engine)
    with services.engine.connect() as cx:
        return {
            nom: sorted((tuple(r) for r in cx.execute(select(table))), key=repr)
            for nom, table in meta.tables.items()
        }


def texte_pdf(chemin: Path) -> str:
    """All the text of the PDF, whitespace normalised (pypdf cuts lines as the layout does)."""
    return " ".join(" ".join(p.extract_text() for p in PdfReader(chemin).pages).split())


# --- the scenario ---------------------------------------------------------------------------
def _premiere_utilisation(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.first_run_dialog is not None)
    dialog = window.first_run_dialog
    qtbot.waitExposed(dialog)
    suivant = dialog.button(QWizard.WizardButton.NextButton)

    # 1. Her commune, from the official list.
    page = dialog.commune_page
    qtbot.keyClicks(page.recherche_edit, "chereng")
    qtbot.waitUntil(page.recherche.vue.isVisible)
    assert cellule(page.recherche.vue, 0, 0).startswith("Chéreng")
    qtbot.keyClick(page.recherche_edit, Qt.Key.Key_Return)
    assert dialog.currentPage() is page  # Enter picks; she reads the card before going on
    assert "Chéreng" in page.fiche.text() and "Nord" in page.fiche.text()
    cliquer(qtbot, suivant)

    # 2. The town hall.
    coord = dialog.coordonnees_page
    remplacer(qtbot, coord.population_spin, "3078")
    qtbot.keyClick(coord.population_spin, Qt.Key.Key_Tab)
    assert coord.effectif_label.text() == "23 conseillers (art. L2121-2)"
    remplacer(qtbot, coord.siret_edit, "21590146300012")
    remplacer(qtbot, coord.tribunal_edit, "Lille")
    cliquer(qtbot, suivant)

    # 3. The council, in the ordre du tableau: one line per seat is ready.
    conseil = dialog.conseil_page
    taper_date(qtbot, conseil.debut_date, "23052020")  # installed on 23 May 2020
    assert conseil.debut_date.text() == "23/05/2020"
    vue = conseil.vue
    assert vue.model().rowCount() == 23
    for row, membre in enumerate(DEMO["conseillers"]):
        taper_cellule(qtbot, vue, row, 0, membre["civilite"])
        taper_cellule(qtbot, vue, row, 1, membre["nom"])
        taper_cellule(qtbot, vue, row, 2, membre["prenom"])
        if membre["fonction"] == "maire":
            taper_cellule(qtbot, vue, row, 3, "Maire")
    assert [cellule(vue, 0, c) for c in range(4)] == ["M.", "ZOUTE", "Pascal", "Maire"]
    assert [cellule(vue, 14, c) for c in range(4)] == [
        "Mme",
        "LOUNICI",
        "Bérengère",
        "Conseiller municipal",
    ]
    cliquer(qtbot, dialog.button(QWizard.WizardButton.FinishButton))
    qtbot.waitUntil(lambda: not dialog.isVisible())
    # A desktop gives the focus back to the window; the offscreen platform needs asking.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.windowTitle() == "Registre des délibérations — Commune de Chéreng"
    assert window.tabs.currentWidget() is window.seances_tab


def _seance_et_ordre_du_jour(qtbot, window) -> None:
    tab = window.seances_tab
    ui = tab.ui
    cliquer(qtbot, tab.nouvelle_button)
    assert ui.titreLabel.text() == "Nouvelle séance"
    taper_date(qtbot, ui.dateEdit, "12022024")
    taper_date(qtbot, ui.heureEdit, "1830")
    cliquer(qtbot, ui.convocationCheck)
    taper_date(qtbot, ui.convocationDate, "06022024")
    cliquer(qtbot, ui.affichageCheck)  # posted the day it was sent: the date is proposed
    assert (ui.dateEdit.text(), ui.heureEdit.text()) == ("12/02/2024", "18:30")
    assert ui.affichageDate.text() == "06/02/2024"
    assert ui.alerteLabel.text().startswith("✔ Délai de convocation respecté : 5 jours francs")
    assert ui.presidentCombo.currentText() == "Le maire (par défaut)"
    cliquer(qtbot, ui.enregistrerButton)
    assert ui.titreLabel.text() == "Séance n° 1 du 12/02/2024"
    assert not window.windowTitle().endswith(" *")

    agenda = tab.agenda
    taper(qtbot, agenda.objet_edit, OBJET)
    qtbot.keyClick(agenda.objet_edit, Qt.Key.Key_Return)
    assert agenda.model.rowCount() == 1
    assert cellule(agenda.vue, 0, 1) == OBJET
    assert cellule(agenda.vue, 0, 2) == "2024 / 1 / 1"
    assert [cellule(tab.vue, 0, c) for c in range(6)] == [  # the list of séances
        "1",
        "12/02/2024",
        "18:30",
        "Ordinaire",
        "1",
        "En cours",
    ]


def _presences(qtbot, window, services, popups) -> None:
    tab = window.presences_tab
    cliquer_onglet(qtbot, window.tabs, tab)
    assert tab.model.rowCount() == 23
    assert compteurs(tab.ouverture_panel)["présents"] == "23"  # everyone, at first

    # LLANES excused, his written proxy to BARBE.
    llanes = choisir_membre(qtbot, tab, "LLANES")
    cliquer_statut(qtbot, tab, Statut.EXCUSE)
    choisir_dans(qtbot, tab.pouvoir_combo, "M. BARBE Eric")
    assert popups.erreurs() == []
    assert (cellule(tab.vue, llanes, 1), cellule(tab.vue, llanes, 2)) == (
        "Absent excusé",
        "BARBE Eric",
    )
    barbe = ligne_de(tab.model, lambda lg: lg.conseiller.nom == "BARBE")
    assert cellule(tab.vue, barbe, 3) == "LLANES David"

    # Mistake 1: MELI's proxy to BARBE too. One proxy per holder (L2121-20).
    choisir_membre(qtbot, tab, "MELI")
    cliquer_statut(qtbot, tab, Statut.EXCUSE)
    offerts = [tab.pouvoir_combo.itemText(i) for i in range(tab.pouvoir_combo.count())]
    assert "M. BARBE Eric (détient déjà celui de LLANES David)" in offerts
    assert not any("LLANES" in o.split(" (")[0] for o in offerts)  # absent: not offered
    avant = instantane(services)
    choisir_dans(qtbot, tab.pouvoir_combo, "M. BARBE Eric")
    assert len(popups.erreurs()) == 1
    assert "Eric BARBE détient déjà le pouvoir de David LLANES" in popups.erreurs()[0]
    assert "L2121-20" in popups.erreurs()[0]
    assert tab.pouvoir_combo.currentText() == "— aucun pouvoir —"  # back to what is stored
    assert compteurs(tab.ouverture_panel)["représentés"] == "1"
    assert instantane(services) == avant
    cliquer_statut(qtbot, tab, Statut.PRESENT)  # she was there after all

    # Mistake 2: BARBE, who holds LLANES's proxy, marked absent: a proxy goes to a
    # member present at the séance.
    choisir_membre(qtbot, tab, "BARBE")
    avant = instantane(services)
    cliquer_statut(qtbot, tab, Statut.ABSENT)
    assert len(popups.erreurs()) == 2
    refus = popups.erreurs()[1]
    assert "BARBE n'est pas présent et ne peut donc pas recevoir de pouvoir" in refus
    assert tab.statut_group.checkedButton().text() == "Présent"
    assert cellule(tab.vue, barbe, 1) == "Présent"
    assert instantane(services) == avant

    # DELBROUCQ, secretary of the séance.
    cocher_membre(qtbot, tab.secretaires_vue, "DELBROUCQ")

    for panel in (tab.ouverture_panel, tab.point_panel):
        assert compteurs(panel) == {
            "en exercice": "23",
            "présents": "22",
            "représentés": "1",
            "votants": "23",
        }
        assert panel.quorum.text().startswith("✔ Quorum atteint : 22 présents pour 12 requis")
    assert tab.point_panel.title() == "Pour le point n° 1"
    assert "23 conseillers en exercice" in tab.titre_label.text()


def _textes_et_vote(qtbot, window, services, popups) -> None:
    tab = window.votes_tab
    cliquer_onglet(qtbot, window.tabs, tab)
    assert cellule(tab.vue, 0, 1) == OBJET
    assert cellule(tab.vue, 0, 3) == "Vote à saisir"
    ui = tab.ui

    # The texts, saved on their own first (prepared before the séance).
    cliquer_onglet(qtbot, tab.pages, tab.pages.widget(0))
    assert ui.objetEdit.text() == OBJET
    assert ui.referenceEdit.text() == "2024 / 1 / 1"
    qtbot.keyClicks(ui.matiereCombo.lineEdit(), "5.7")
    assert ui.matiereCombo.code() == "5.7"
    taper(qtbot, ui.visasEdit, VISA)
    taper(qtbot, ui.dispositifEdit, DISPOSITIF)
    assert tab.modifie_label.text() and window.windowTitle().endswith(" *")
    cliquer(qtbot, tab.enregistrer_button)
    assert popups.erreurs()[2:] == []
    assert not tab.modifie_label.text()
    assert ui.visasEdit.toPlainText() == VISA  # reloaded from what was stored
    assert ui.matiereCombo.currentText().startswith("5.7 ")

    # The vote, by show of hands.
    cliquer_onglet(qtbot, tab.pages, tab.pages.widget(1))
    vote = tab.vote
    choisir_dans(qtbot, vote.mode_combo, "À main levée")
    assert compteurs(tab.comptage_panel) == {
        "en exercice": "23",
        "présents": "22",
        "représentés": "1",
        "votants": "23",
    }
    assert tab.comptage_panel.quorum.text().startswith("✔ Quorum atteint")

    # Mistake 3: counts that make 22 for 23 votants.
    for spin, n in ((vote.pour_spin, 20), (vote.contre_spin, 2), (vote.abstentions_spin, 0)):
        remplacer(qtbot, spin, str(n))
        qtbot.keyClick(spin, Qt.Key.Key_Tab)
    assert vote.total_label.text() == "✖ Total : 22 voix pour 23 votants (écart -1)."
    avant = instantane(services)
    cliquer(qtbot, tab.enregistrer_button)
    assert popups.erreurs()[2:] == [
        "Décompte des voix : pour 20 + contre 2 + abstentions 0 = 22, mais il y a 23 votants. "
        "Écart : -1."
    ]
    assert instantane(services) == avant
    assert vote.pour_spin.value() == 20 and tab.modifie_label.text()  # her figures stay
    assert tab.resultat_label.text() == "Point n° 1 : vote pas encore saisi."

    cliquer(qtbot, vote.unanimite_button)
    assert (vote.pour_spin.text(), vote.contre_spin.text(), vote.abstentions_spin.text()) == (
        "23",
        "0",
        "0",
    )
    assert vote.total_label.text() == "✔ Total : 23 voix pour 23 votants."
    cliquer(qtbot, tab.enregistrer_button)
    assert len(popups.erreurs()) == 3
    assert tab.resultat_label.text() == "✔ Point n° 1 : Adoptée à l'unanimité."
    assert cellule(tab.vue, 0, 3) == "Adoptée"
    assert not window.windowTitle().endswith(" *")


def _extrait(qtbot, window, tmp_path: Path, popups) -> None:
    menu_documents(qtbot, window, "Extrait")
    assert popups.erreurs()[3:] == []
    dialog = window.documents.apercus[-1]
    assert isinstance(dialog, PdfPreviewDialog)
    qtbot.waitExposed(dialog)
    assert dialog.document.pageCount() >= 1
    chemin = dialog.chemin
    assert chemin.name == "seance_2024-02-12_n1_extrait_point-1.pdf"
    assert chemin.parent == tmp_path / "documents"
    texte = texte_pdf(chemin)
    assert "23 voix pour" in texte
    assert "LLANES David donne pouvoir de vote à M. BARBE Eric" in texte
    assert "A été nommé secrétaire : M. DELBROUCQ Damien" in texte
    assert "Vu le Code Général des Collectivités Territoriales" in texte
    cliquer(qtbot, dialog.fermer_button)


def test_seance_de_reference_saisie_au_clavier(qtbot, ouvrir, services, tmp_path, popups):
    window = ouvrir()  # an empty register: the first-run assistant opens
    _premiere_utilisation(qtbot, window)
    _seance_et_ordre_du_jour(qtbot, window)
    _presences(qtbot, window, services, popups)
    _textes_et_vote(qtbot, window, services, popups)
    _extrait(qtbot, window, tmp_path, popups)
    assert len(popups.erreurs()) == 3  # the three mistakes, nothing else
    assert popups.infos() == []
