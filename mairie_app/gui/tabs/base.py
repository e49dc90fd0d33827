"""The contract every tab follows, so the main window treats them alike.

load() refreshes from the services, check() validates before saving, save()
stores the form, and is_dirty()/discard() let the window protect unsaved input
before a séance changes or the window closes.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QWidget

from mairie_app.gui import messages

MODIFIE = "● modifié, non enregistré"


class Onglet(QWidget):
    """Base of the tabs.

    Signals:
        dirty_changed(bool): the form gained or lost unsaved changes.
        status(str): a short message for the status bar ("Séance enregistrée").
    """

    dirty_changed = Signal(bool)
    status = Signal(str)

    #: What the unsaved-changes question calls this form ("la commune").
    nom_formulaire = "le formulaire"
    #: True when another program holds the register: every editing control is disabled.
    lecture_seule = False

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._dirty = False
        self._chargement = False  # True while load() fills the fields
        self._modifie_label: QLabel | None = None

    # --- contract ------------------------------------------------------------
    def load(self) -> None:
        """Refresh everything from the services."""

    def check(self) -> bool:
        """Validate what the form can check alone; the service has the last word."""
        return True

    def save(self) -> bool:
        """Store the form; True when nothing is left unsaved."""
        return True

    def definir_lecture_seule(self, lecture_seule: bool) -> None:
        """Set once by the window, before the first load()."""
        self.lecture_seule = lecture_seule
        self._appliquer_lecture_seule()

    def _appliquer_lecture_seule(self) -> None:
        """Disable what load() does not enable again by itself (subclasses)."""

    def is_dirty(self) -> bool:
        return self._dirty

    def discard(self) -> None:
        """Forget unsaved input and show the stored values again."""
        self._set_dirty(False)
        self.load()

    def confirm_leave(self) -> bool:
        """Before the form is replaced: save, discard or stay. True means go on."""
        if not self._dirty:
            return True
        choix = messages.ask_unsaved(
            self,
            f"Vous avez modifié {self.nom_formulaire} sans enregistrer.\n"
            "Voulez-vous enregistrer ces modifications ?",
        )
        if choix == "save":
            return self.save()
        if choix == "discard":
            self.discard()
            return True
        return False

    # --- helpers for subclasses ------------------------------------------------
    def _suivre_modifie(self, label: QLabel) -> None:
        self._modifie_label = label
        label.setText("")

    def _on_modifie(self, *_args: object) -> None:
        """Connected to every field's change signal."""
        if not self._chargement:
            self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        if self._modifie_label is not None:
            self._modifie_label.setText(MODIFIE if dirty else "")
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)
