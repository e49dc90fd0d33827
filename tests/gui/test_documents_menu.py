"""Documents menu: each document is built into the documents folder, previewed, printed."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter

from mairie_app.gui import messages
from mairie_app.gui.dialogs.pdf_preview_dialog import PdfPreviewDialog
from mairie_app.paths import output_dir
from mairie_app.pdf import genres


@pytest.fixture
def fenetre(window):
    window.tabs.setCurrentWidget(window.votes_tab)
    return window


@pytest.mark.parametrize("cle", ["extrait", "liste", "proces_verbal", "convocation", "registre"])
def test_each_document_built_and_previewed(qtbot, fenetre, tmp_path, popups, cle):
    chemin = fenetre.document(cle)
    assert popups.erreurs() == []
    assert chemin is not None and chemin.parent == output_dir(tmp_path)
    assert chemin.read_bytes().startswith(b"%PDF-")
    dialog = fenetre.documents.apercus[-1]
    assert isinstance(dialog, PdfPreviewDialog) and dialog.isVisible()
    assert dialog.document.pageCount() >= 1
    if cle == "registre":
        assert popups.compte("ask_integer") == 1  # first page number asked
    verification = fenetre._services.archives.verifier(chemin)
    assert verification is not None  # recorded, so `mairie-app verify` recognises it


def test_menu_action_extrait_of_selected_deliberation(qtbot, fenetre, tmp_path):
    fenetre.document_actions["extrait"].trigger()
    fichiers = sorted(output_dir(tmp_path).glob("*.pdf"))
    assert [f.name for f in fichiers] == ["seance_2024-02-12_n1_extrait_point-1.pdf"]


def test_print_renders_pages_on_printer(qtbot, fenetre, tmp_path, monkeypatch):
    sortie = tmp_path / "imprime.pdf"

    def imprimante_pdf(parent, printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(sortie))
        return True

    monkeypatch.setattr(messages, "ask_print", imprimante_pdf)
    fenetre.document_courant(imprimer=True)  # Fichier > Imprimer… on the Votes tab: extrait
    assert sortie.read_bytes().startswith(b"%PDF-")
    assert sortie.stat().st_size > 10_000  # the page was drawn, not an empty sheet


def test_save_as_copies_the_pdf(qtbot, fenetre, tmp_path, popups):
    fenetre.document("liste")
    dialog = fenetre.documents.apercus[-1]
    popups.chemins.append(str(tmp_path / "copie"))
    copie = dialog.enregistrer_sous()
    assert copie == tmp_path / "copie.pdf"
    assert copie.read_bytes() == dialog.chemin.read_bytes()


def test_extrait_needs_a_deliberation(qtbot, ouvrir, services, popups):
    from mairie_app.services.demo import charger_demo

    charger_demo(services.sessions, cloturer=False)
    window = ouvrir()
    window.votes_tab._montrer(None)
    assert window.document("extrait") is None
    assert popups.erreurs() == ["Choisissez d'abord la délibération dans l'onglet Votes."]


def test_file_locked_by_reader_is_explained(qtbot, fenetre, popups, monkeypatch):
    class Module:
        @staticmethod
        def build_proces_verbal(doc, out: Path) -> Path:
            raise PermissionError(13, "Permission denied", str(out))

    monkeypatch.setattr(genres.importlib, "import_module", lambda nom: Module)
    assert fenetre.document("proces_verbal") is None
    assert "ouvert dans un autre programme" in popups.erreurs()[0]
