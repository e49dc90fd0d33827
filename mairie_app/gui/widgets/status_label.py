"""A label that says whether something is right, in colour AND in words.

Colour alone is lost on a black-and-white screenshot or for a colour-blind
reader, so every state also starts with a word and a symbol.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

_STYLES = {
    "ok": "color: #1b5e20; background: #e8f5e9; border: 1px solid #a5d6a7;",
    "erreur": "color: #b71c1c; background: #ffebee; border: 1px solid #ef9a9a;",
    "neutre": "color: #37474f; background: #eceff1; border: 1px solid #cfd8dc;",
}


class StatusLabel(QLabel):
    """Shows one sentence with a green, red or grey frame; `etat` tells tests which."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.etat = "neutre"
        self.set_neutre("")

    def _montrer(self, etat: str, texte: str) -> None:
        self.etat = etat
        self.setText(texte)
        self.setStyleSheet(f"QLabel {{ {_STYLES[etat]} padding: 4px; border-radius: 3px; }}")
        self.setVisible(bool(texte))

    def set_ok(self, texte: str) -> None:
        self._montrer("ok", f"✔ {texte}")

    def set_erreur(self, texte: str) -> None:
        self._montrer("erreur", f"✖ {texte}")

    def set_neutre(self, texte: str) -> None:
        self._montrer("neutre", texte)
