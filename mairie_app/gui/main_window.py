"""The main window: five tabs in the order of the secretary's work, menus, and the guard
that no typed input is lost when she changes séance or closes the window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QWidget

from mairie_app.gui import messages
from mairie_app.gui.dialogs import about_dialog
from mairie_app.gui.documents import Documents
from mairie_app.gui.edition import EditionActions
from mairie_app.gui.tabs.base import Onglet
from mairie_app.gui.tabs.commune_tab import CommuneTab
from mairie_app.gui.tabs.conseil_tab import ConseilTab
from mairie_app.gui.tabs.presences_tab import PresencesTab
from mairie_app.gui.tabs.seances_tab import SeancesTab
from mairie_app.gui.tabs.votes_tab import VotesTab
from mairie_app.pdf.production import GENRES
from mairie_app.services.dto import CommuneData
from mairie_app.services.registre import Services

TITRE = "Registre des délibérations"


class MainWindow(QMainWindow):
    """Built by the composition root with the services and the data folder."""

    def __init__(self, services: Services, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._data_dir = data_dir
        self.first_run_dialog = None
        self._titre = TITRE
        self.documents = Documents(services, data_dir, self)

        self.commune_tab = CommuneTab(services.conseil)
        self.conseil_tab = ConseilTab(services.conseil)
        self.seances_tab = SeancesTab(services.seances, services.conseil)
        self.presences_tab = PresencesTab(services)
        self.votes_tab = VotesTab(services)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for onglet, titre in (
            (self.commune_tab, "&1 Commune"),
            (self.conseil_tab, "&2 Conseil"),
            (self.seances_tab, "&3 Séances"),
            (self.presences_tab, "&4 Présences"),
            (self.votes_tab, "&5 Votes"),
        ):
            self.tabs.addTab(onglet, titre)
            onglet.dirty_changed.connect(self._actualiser_modifie)
            onglet.status.connect(lambda m: self.statusBar().showMessage(m, 6000))
        self.setCentralWidget(self.tabs)

        st = self.seances_tab
        st.gardes.append(self.votes_tab.confirm_leave)
        st.seance_choisie.connect(self._on_seance_choisie)
        st.seance_modifiee.connect(self._on_seance_modifiee)
        self.presences_tab.presences_modifiees.connect(lambda _p: self._rafraichir_votes())
        self.votes_tab.deliberation_modifiee.connect(lambda _d: st.rafraichir_points())
        self.conseil_tab.conseil_modifie.connect(self._on_conseil_modifie)
        self.commune_tab.commune_enregistree.connect(self._on_commune_enregistree)

        self._creer_menus()
        self.statusBar().showMessage("Prêt.")
        if services.lecture_seule:
            # Another copy of the program holds the register: say so for as long as it lasts.
            alerte = QLabel(f"{services.message_lecture_seule}")
            alerte.setStyleSheet("color: #b71c1c; font-weight: bold;")
            self.statusBar().addPermanentWidget(alerte)
        self._dimensionner()
        self.load()
        self._choisir_derniere_seance()

    # --- loading ------------------------------------------------------------------
    def load(self) -> None:
        for onglet in (self.commune_tab, self.conseil_tab, self.seances_tab):
            onglet.load()
        seance = self.seances_tab.seance
        self._on_seance_choisie(seance.id if seance else None)
        commune = self._services.conseil.commune()
        self._titrer(commune)
        self.tabs.setCurrentWidget(self.seances_tab if commune else self.commune_tab)

    def _dimensionner(self) -> None:
        """1280 × 820, or less on a small office screen (1366 × 768 laptops)."""
        ecran = self.screen().availableGeometry() if self.screen() else None
        largeur, hauteur = 1280, 820
        if ecran is not None and ecran.width() > 0:
            largeur = min(largeur, int(ecran.width() * 0.95))
            hauteur = min(hauteur, int(ecran.height() * 0.92))
        self.resize(largeur, hauteur)

    def _choisir_derniere_seance(self) -> None:
        """She usually opens the app to go on with the latest séance."""
        seances = self._services.seances.seances()
        if seances:
            self.seances_tab.choisir(seances[0].id)

    def _titrer(self, commune: CommuneData | None) -> None:
        suite = f"Commune {commune.de_commune}" if commune else "Première utilisation"
        lecture = " (lecture seule)" if self._services.lecture_seule else ""
        self._titre = f"{TITRE} — {suite}{lecture}"
        self._actualiser_modifie()

    def onglets(self) -> tuple[Onglet, ...]:
        return (
            self.commune_tab,
            self.conseil_tab,
            self.seances_tab,
            self.presences_tab,
            self.votes_tab,
        )

    # --- first run ------------------------------------------------------------------
    def start_first_run(self) -> None:
        """Open the assistant over the window (window-modal, does not block)."""
        from mairie_app.gui.dialogs.first_run_dialog import FirstRunDialog

        self._titre = f"{TITRE} — Première utilisation"
        self._actualiser_modifie()
        dialog = FirstRunDialog(self._services, self)
        dialog.accepted.connect(self._on_first_run_done)
        dialog.rejected.connect(self._on_first_run_cancelled)
        self.first_run_dialog = dialog
        dialog.open()

    def _on_first_run_done(self) -> None:
        self.load()
        self.tabs.setCurrentWidget(self.seances_tab)
        self.statusBar().showMessage(
            "Commune et conseil enregistrés. Créez maintenant votre première séance (Ctrl+N).",
            15000,
        )

    def _on_first_run_cancelled(self) -> None:
        self.tabs.setCurrentWidget(self.commune_tab)
        self.statusBar().showMessage(
            "Renseignez la commune dans cet onglet, puis le conseil (onglet Conseil).", 15000
        )

    # --- wiring ------------------------------------------------------------------------
    def _on_seance_choisie(self, seance_id: int | None) -> None:
        self.presences_tab.set_seance(seance_id)
        self.votes_tab.set_seance(seance_id)
        for onglet in (self.presences_tab, self.votes_tab):
            self.tabs.setTabEnabled(self.tabs.indexOf(onglet), seance_id is not None)
        self._actualiser_actions()

    def _on_seance_modifiee(self, _seance: object) -> None:
        if self.seances_tab.seance is not None:
            self.presences_tab.load()
            self.votes_tab.load()

    def _rafraichir_votes(self) -> None:
        self.votes_tab.load()
        self.seances_tab.rafraichir_points()

    def _on_conseil_modifie(self) -> None:
        if not self.commune_tab.is_dirty():
            self.commune_tab.load()
        if self.seances_tab.seance is not None:
            self.presences_tab.load()

    def _on_commune_enregistree(self, commune: CommuneData) -> None:
        self._titrer(commune)

    def _actualiser_modifie(self, *_args: object) -> None:
        """An asterisk after the title while a form has unsaved changes."""
        modifie = any(o.is_dirty() for o in self.onglets())
        self.setWindowTitle(self._titre + (" *" if modifie else ""))

    # --- menus -------------------------------------------------------------------------------
    def _action(self, menu, texte: str, slot, raccourci=None, aide: str = "") -> QAction:
        action = QAction(texte, self)
        if raccourci is not None:
            action.setShortcut(QKeySequence(raccourci))
        action.setStatusTip(aide)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def _creer_menus(self) -> None:
        bar = self.menuBar()
        fichier = bar.addMenu("&Fichier")
        std = QKeySequence.StandardKey
        self.nouvelle_action = self._action(
            fichier,
            "&Nouvelle séance",
            self.nouvelle_seance,
            std.New,
            "Préparer une nouvelle séance",
        )
        self.enregistrer_action = self._action(
            fichier, "&Enregistrer", self.enregistrer, std.Save, "Enregistrer le formulaire affiché"
        )
        fichier.addSeparator()
        aide_doc = "Convocation (Séances), procès-verbal (Présences) ou extrait (Votes)"
        self.imprimer_action = self._action(
            fichier, "&Imprimer…", lambda: self.document_courant(imprimer=True), std.Print, aide_doc
        )
        self.apercu_action = self._action(
            fichier, "&Aperçu avant impression", self.document_courant, None, aide_doc
        )
        fichier.addSeparator()
        self.quitter_action = self._action(fichier, "&Quitter", self.close, "Ctrl+Q")
        self.edition = EditionActions(bar.addMenu("É&dition"), self)
        documents = bar.addMenu("Do&cuments")
        self.document_actions = {
            cle: self._action(documents, GENRES[cle].titre + "…", lambda c=cle: self.document(c))
            for cle in ("extrait", "liste", "proces_verbal", "convocation", "registre")
        }
        aide = bar.addMenu("&Aide")
        self._action(aide, "À &propos", lambda: about_dialog.montrer(self, self._data_dir))

    def _actualiser_actions(self) -> None:
        seance = self.seances_tab.seance is not None
        for action in (*self.document_actions.values(), self.imprimer_action, self.apercu_action):
            action.setEnabled(seance)

    # --- actions ------------------------------------------------------------------------------
    def nouvelle_seance(self) -> None:
        self.tabs.setCurrentWidget(self.seances_tab)
        self.seances_tab.nouvelle()

    def enregistrer(self) -> bool:
        onglet = self.tabs.currentWidget()
        return onglet.save() if isinstance(onglet, Onglet) else True

    def document(self, cle: str, imprimer: bool = False) -> Path | None:
        seance = self.seances_tab.seance
        if seance is None or seance.id is None:
            messages.show_error(
                self, "Choisissez d'abord une séance (onglet Séances).", "Documents"
            )
            return None
        options: dict = {}
        ordre = None
        if cle == "extrait":
            delib = self.votes_tab.deliberation
            if delib is None:
                messages.show_error(
                    self, "Choisissez d'abord la délibération dans l'onglet Votes.", "Documents"
                )
                return None
            ordre = delib.ordre
        elif cle == "registre":
            page = messages.ask_integer(
                self, "Pages du registre", "Numéro de la première page :", 1, 1, 99_999
            )
            if page is None:
                return None
            options["premiere_page"] = page
        chemin = self.documents.construire(cle, seance.id, ordre, **options)
        if chemin is None:
            return None
        dialog = self.documents.apercu(chemin, GENRES[cle].titre, montrer=not imprimer)
        if imprimer:
            dialog.imprimer()
            dialog.deleteLater()
        return chemin

    def document_courant(self, imprimer: bool = False) -> Path | None:
        """Fichier > Imprimer: the document of the step she is at."""
        courant = self.tabs.currentWidget()
        if courant is self.votes_tab and self.votes_tab.deliberation is not None:
            return self.document("extrait", imprimer)
        if courant is self.presences_tab:
            return self.document("proces_verbal", imprimer)
        return self.document("convocation", imprimer)

    def closeEvent(self, event: QCloseEvent) -> None:
        for onglet in self.onglets():
            if onglet.is_dirty():
                self.tabs.setCurrentWidget(onglet)
                if not onglet.confirm_leave():
                    event.ignore()
                    return
        event.accept()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._services.conseil.commune() is None and self.first_run_dialog is None:
            QTimer.singleShot(0, self.start_first_run)
