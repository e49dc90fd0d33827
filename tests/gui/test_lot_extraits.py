"""Documents > Tous les extraits de la séance… (saved in a folder or printed, with a
progress window she can cancel) and "Ouvrir avec le lecteur PDF" everywhere."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QProgressDialog, QPushButton

from mairie_app.domain.types import ModeScrutin
from mairie_app.gui import lot_extraits, messages
from mairie_app.paths import output_dir
from mairie_app.pdf import production
from mairie_app.services.dto import SaisieVote

GAUCHE = Qt.MouseButton.LeftButton
NOMS = [f"seance_2024-02-12_n1_extrait_point-{n}.pdf" for n in (1, 2, 3)]


@pytest.fixture
def trois_points(services, demo) -> int:
    """The demo séance with two more items voted: three extraits to produce."""
    for objet in ("Tarifs de la cantine", "Subvention au comité des fêtes"):
        point = services.seances.ajouter_point(demo, objet).points[-1]
        services.deliberations.enregistrer_vote(
            point.id, SaisieVote(ModeScrutin.MAIN_LEVEE, pour=23)
        )
    return demo


@pytest.fixture
def fenetre(ouvrir, trois_points):
    return ouvrir()


def test_all_extraits_saved_into_a_folder(qtbot, fenetre, services, tmp_path, popups):
    dossier = tmp_path / "pour la préfecture"
    dossier.mkdir()
    popups.choix.append(lot_extraits.ENREGISTRER)
    popups.chemins.append(str(dossier))
    fenetre.lot_action.trigger()
    question = next(m for kind, m in popups.appels if kind == "ask_choice")
    assert question.startswith("3 extrait(s) de la séance n° 1 du 12/02/2024.")
    assert sorted(p.name for p in dossier.iterdir()) == NOMS
    for chemin in dossier.iterdir():
        assert services.archives.verifier(chemin) is not None  # recorded for `verify`
    assert popups.infos() == [f"3 extrait(s) enregistré(s) dans le dossier :\n{dossier}"]
    assert popups.erreurs() == []


def test_cancel_after_the_first_document(qtbot, fenetre, tmp_path, popups, monkeypatch):
    monkeypatch.setattr(lot_extraits, "DELAI_AFFICHAGE_MS", 0)  # shown at once
    produire = production.produire
    faits = []

    def cliquer_annuler() -> None:
        [progres] = [d for d in fenetre.findChildren(QProgressDialog) if d.isVisible()]
        assert progres.windowTitle() == "Tous les extraits de la séance"
        assert progres.labelText() == "Extrait 1 sur 3 : délibération n° 1…"
        bouton = progres.findChild(QPushButton)
        assert bouton.text() == "Annuler"
        qtbot.mouseClick(bouton, GAUCHE)

    def produire_puis_annuler(*args, **kwargs):
        chemin = produire(*args, **kwargs)
        faits.append(chemin)
        if len(faits) == 1:  # she clicks "Annuler" as soon as the first one is done
            QTimer.singleShot(0, cliquer_annuler)
        return chemin

    monkeypatch.setattr(production, "produire", produire_puis_annuler)
    popups.choix.append(lot_extraits.ENREGISTRER)
    popups.chemins.append(str(tmp_path))
    fenetre.lot_action.trigger()
    assert len(faits) == 1
    assert [p.name for p in tmp_path.glob("*.pdf")] == NOMS[:1]
    [message] = popups.infos()
    assert message.startswith("Arrêté à votre demande : 1 extrait(s) sur 3 enregistré(s)")
    assert not [d for d in fenetre.findChildren(QProgressDialog) if d.isVisible()]


def test_all_extraits_printed_as_one_job(qtbot, fenetre, tmp_path, popups, monkeypatch):
    sortie = tmp_path / "imprime.pdf"

    def imprimante_pdf(parent, printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(sortie))
        return True

    monkeypatch.setattr(messages, "ask_print", imprimante_pdf)
    popups.choix.append(lot_extraits.IMPRIMER)
    fenetre.lot_action.trigger()
    assert sorted(p.name for p in output_dir(tmp_path).glob("*.pdf")) == NOMS
    imprime = QPdfDocument()
    imprime.load(str(sortie))
    pages = sum(_pages(output_dir(tmp_path) / nom) for nom in NOMS)
    assert imprime.pageCount() == pages >= 3


def _pages(chemin) -> int:
    document = QPdfDocument()
    document.load(str(chemin))
    return document.pageCount()


def test_no_extrait_without_a_vote(qtbot, ouvrir, services, seance_vide, popups):
    window = ouvrir()  # the latest séance: nothing voted yet
    qtbot.mouseClick(window.seances_tab.documents_barre.lot_button, GAUCHE)
    assert "n'a encore de vote saisi" in popups.erreurs()[0]
    assert popups.compte("ask_choice") == 0


def test_open_with_the_pdf_reader_calls_the_system(qtbot, fenetre, tmp_path, popups):
    documents = output_dir(tmp_path)
    vt = fenetre.votes_tab
    fenetre.tabs.setCurrentWidget(vt)
    qtbot.mouseClick(vt.documents_barre.lecteur_button, GAUCHE)
    assert popups.ouverts == [str(documents / NOMS[0])]

    barre = fenetre.seances_tab.documents_barre  # a menu of the séance's documents
    barre.actions_lecteur["proces_verbal"].trigger()
    assert popups.ouverts[-1] == str(documents / "seance_2024-02-12_n1_proces-verbal.pdf")

    fenetre.tabs.setCurrentWidget(fenetre.presences_tab)
    fenetre.lecteur_action.trigger()  # Documents > Ouvrir avec le lecteur PDF
    assert popups.ouverts[-1] == str(documents / "seance_2024-02-12_n1_proces-verbal.pdf")

    fenetre.document("liste")
    apercu = fenetre.documents.apercus[-1]
    qtbot.mouseClick(apercu.lecteur_button, GAUCHE)
    assert popups.ouverts[-1] == str(apercu.chemin)
    assert len(popups.ouverts) == 4 and popups.erreurs() == []


def test_no_pdf_reader_is_explained(qtbot, fenetre, popups, monkeypatch):
    monkeypatch.setattr(messages, "open_path", lambda _chemin: False)
    fenetre.tabs.setCurrentWidget(fenetre.votes_tab)
    fenetre.lecteur_action.trigger()
    assert popups.erreurs()[0].startswith("Aucun lecteur PDF n'a pu ouvrir le fichier")
