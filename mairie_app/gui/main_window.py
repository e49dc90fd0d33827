"""The main window: five tabs in the order of the secretary's work, menus, and the guard
that no typed input is lost when she changes séance or closes the window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QVBoxLayout, QWidget

from mairie_app.gui import echanges, lot_extraits, menus, messages
from mairie_app.gui.documents import Documents
from mairie_app.gui.tabs.base import Onglet
from mairie_app.gui.tabs.commune_tab import CommuneTab
from mairie_app.gui.tabs.conseil_tab import ConseilTab
from mairie_app.gui.tabs.presences_tab import PresencesTab
from mairie_app.gui.tabs.seances_tab import SeancesTab
from mairie_app.gui.tabs.votes_tab import VotesTab
from mairie_app.gui.widgets.status_label import StatusLabel
from mairie_app.pdf.production import GENRES
from mairie_app.services.dto import CommuneData, DeliberationData
from mairie_app.services.registre import Services

TITRE = "Registre des délibérations"
LECTURE_SEULE = (
    "Vous pouvez consulter, imprimer et exporter ; les modifications sont désactivées. "
    "Pour modifier le registre, fermez l'autre programme puis rouvrez celui-ci."
)


class MainWindow(QMainWindow):
    """Built by the composition root with the services and the data folder.

    After a restore the window is rebuilt on the reopened register
    (remplacer_services): the same window, new tabs.
    """

    def __init__(self, services: Services, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._data_dir = data_dir
        self.first_run_dialog = None
        self.rne_dialog = None
        self._titre = TITRE
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        # Another copy of the program holds the register: say so for as long as it lasts.
        self.bandeau = StatusLabel()
        self.alerte_label = QLabel()
        self.alerte_label.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.statusBar().addPermanentWidget(self.alerte_label)
        central = QWidget()
        lc = QVBoxLayout(central)
        lc.setContentsMargins(0, 0, 0, 0)
        lc.addWidget(self.bandeau)
        lc.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        menus.creer_menus(self)
        self.statusBar().showMessage("Prêt.")
        self._dimensionner()
        self._installer(services)

    @property
    def services(self) -> Services:
        return self._services

    @property
    def data_dir(self) -> Path:
        return self._data_dir

    def _installer(self, services: Services) -> None:
        """The tabs on these services: at start, and again after a restore."""
        self._services = services
        self.documents = Documents(services, self._data_dir, self)
        anciens = [self.tabs.widget(i) for i in range(self.tabs.count())]
        self.tabs.clear()
        for ancien in anciens:
            ancien.deleteLater()
        self.commune_tab = CommuneTab(services.conseil)
        self.conseil_tab = ConseilTab(services.conseil)
        self.seances_tab = SeancesTab(services)
        self.presences_tab = PresencesTab(services)
        self.votes_tab = VotesTab(services)
        for onglet, titre in (
            (self.commune_tab, "&1 Commune"),
            (self.conseil_tab, "&2 Conseil"),
            (self.seances_tab, "&3 Séances"),
            (self.presences_tab, "&4 Présences"),
            (self.votes_tab, "&5 Votes"),
        ):
            self.tabs.addTab(onglet, titre)
            onglet.definir_lecture_seule(services.lecture_seule)
            onglet.dirty_changed.connect(self._actualiser_modifie)
            onglet.status.connect(lambda m: self.statusBar().showMessage(m, 6000))

        st = self.seances_tab
        st.gardes.append(self.votes_tab.confirm_leave)
        st.seance_choisie.connect(self._on_seance_choisie)
        st.seance_modifiee.connect(self._on_seance_modifiee)
        self.presences_tab.presences_modifiees.connect(lambda _p: self._rafraichir_votes())
        self.votes_tab.deliberation_modifiee.connect(lambda _d: st.rafraichir_points())
        self.votes_tab.correction_creee.connect(self._on_correction)
        self.conseil_tab.conseil_modifie.connect(self._on_conseil_modifie)
        self.conseil_tab.rne_button.clicked.connect(lambda: echanges.importer_rne(self))
        self.commune_tab.commune_enregistree.connect(self._on_commune_enregistree)
        for barre in (st.documents_barre, self.votes_tab.documents_barre):
            barre.ouvrir.connect(self.ouvrir_avec_lecteur)
            barre.lot.connect(lambda: lot_extraits.tous_les_extraits(self))

        lecture = services.message_lecture_seule if services.lecture_seule else ""
        self.alerte_label.setText(lecture)
        self.alerte_label.setVisible(bool(lecture))
        if lecture:
            self.bandeau.set_erreur(f"{lecture} {LECTURE_SEULE}")
        else:
            self.bandeau.set_neutre("")
        self.load()
        self._choisir_derniere_seance()

    def remplacer_services(self, services: Services) -> None:
        """The register was replaced (restore): show the reopened one in new tabs.

        The caller closes the old services afterwards, once these hold the lock.
        """
        for apercu in list(self.documents.apercus):
            apercu.close()
        self._installer(services)

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

    def _actualiser_actions(self) -> None:
        menus.actualiser_actions(self)

    # --- actions ------------------------------------------------------------------------------
    def nouvelle_seance(self) -> None:
        self.tabs.setCurrentWidget(self.seances_tab)
        self.seances_tab.nouvelle()

    def enregistrer(self) -> bool:
        onglet = self.tabs.currentWidget()
        return onglet.save() if isinstance(onglet, Onglet) else True

    def _construire(self, cle: str) -> Path | None:
        """Build a document of the séance shown (the extrait of the deliberation shown)."""
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
        return self.documents.construire(cle, seance.id, ordre, **options)

    def document(self, cle: str, imprimer: bool = False) -> Path | None:
        chemin = self._construire(cle)
        if chemin is None:
            return None
        dialog = self.documents.apercu(chemin, GENRES[cle].titre, montrer=not imprimer)
        if imprimer:
            dialog.imprimer()
            dialog.deleteLater()
        return chemin

    def ouvrir_avec_lecteur(self, cle: str) -> Path | None:
        """Build the document, then open it in her usual PDF reader."""
        chemin = self._construire(cle)
        if chemin is not None:
            self.documents.ouvrir_avec_lecteur(chemin)
        return chemin

    def _cle_courante(self) -> str:
        """The document of the step she is at."""
        courant = self.tabs.currentWidget()
        if courant is self.votes_tab and self.votes_tab.deliberation is not None:
            return "extrait"
        if courant is self.presences_tab:
            return "proces_verbal"
        return "convocation"

    def document_courant(self, imprimer: bool = False) -> Path | None:
        """Fichier > Imprimer."""
        return self.document(self._cle_courante(), imprimer)

    def ouvrir_document_courant(self) -> Path | None:
        """Documents > Ouvrir avec le lecteur PDF."""
        return self.ouvrir_avec_lecteur(self._cle_courante())

    def _on_correction(self, d: DeliberationData) -> None:
        """A correcting deliberation was created: show it, ready for her to amend."""
        st = self.seances_tab
        if st.seance is not None and st.seance.id == d.seance_id:
            st.rafraichir_points()
            self._on_seance_modifiee(None)
        elif st.confirm_leave():
            st.choisir(d.seance_id)
        if st.seance is not None and st.seance.id == d.seance_id:
            self.votes_tab.choisir(d.id)
            self.tabs.setCurrentWidget(self.votes_tab)
            self.votes_tab.pages.setCurrentIndex(0)
        self.statusBar().showMessage(
            f"Délibération rectificative {d.reference} créée : corrigez ses textes, puis "
            "saisissez son vote.",
            15000,
        )

    def confirmer_saisies(self) -> bool:
        """Before closing, restoring or importing: save or drop what is typed, or stay."""
        for onglet in self.onglets():
            if onglet.is_dirty():
                self.tabs.setCurrentWidget(onglet)
                if not onglet.confirm_leave():
                    return False
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.confirmer_saisies():
            event.accept()
        else:
            event.ignore()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        services = self._services
        if (
            not services.lecture_seule
            and self.first_run_dialog is None
            and services.conseil.commune() is None
        ):
            QTimer.singleShot(0, self.start_first_run)
