"""Pick the ACTES matière by typing a code ("7.1") or words ("budget", "alienation").

The prefecture's nomenclature has about 50 entries with long labels; a plain
combo would need scrolling. Typing filters the list with the accent-blind search
of the referential, and the stored value is only the code.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from mairie_app.referentiels.matieres import Matiere, load_matieres, search_matieres

_RE_CODE = re.compile(r"^\s*(\d{1,2}\.\d{1,2})\b")


def libelle(matiere: Matiere) -> str:
    """ "7.1 Décisions budgétaires": code first, as the prefecture lists them."""
    return f"{matiere.code} {matiere.libelle}"


class MatiereCombo(QComboBox):
    """An editable combo whose completer is fed by search_matieres."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self.addItem("", "")
        for matiere in load_matieres():
            self.addItem(libelle(matiere), matiere.code)
            self.setItemData(self.count() - 1, matiere.libelle_complet, Qt.ItemDataRole.ToolTipRole)
        self._suggestions = QStringListModel(self)
        completer = QCompleter(self._suggestions, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        self.lineEdit().setPlaceholderText("Code ou mots-clés, ex. : 7.1 ou budget")
        self.lineEdit().textEdited.connect(self._on_text_edited)

    def _on_text_edited(self, texte: str) -> None:
        trouvees = search_matieres(texte)[:20] if texte.strip() else []
        self._suggestions.setStringList([libelle(m) for m in trouvees])
        if trouvees:
            self.completer().complete()

    def code(self) -> str:
        """The code typed or picked ("7.1"); other text is returned as is for the service
        to refuse with its reason."""
        texte = self.currentText().strip()
        if not texte:
            return ""
        trouve = _RE_CODE.match(texte)
        return trouve.group(1) if trouve else texte

    def set_code(self, code: str) -> None:
        index = self.findData(code) if code else 0
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(code)
