"""The "de" form of a place name, chosen in a combo (INSEE's TNCC, 0 to 8)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from mairie_app.domain.articles import avec_de

_FORMES = (
    "de …",
    "d'…",
    "du … (Le)",
    "de la … (La)",
    "des … (Les)",
    "de l'… (L')",
    "des … (Aux)",
    "de Las …",
    "de Los …",
)


def remplir(combo: QComboBox) -> None:
    combo.clear()
    for tncc, forme in enumerate(_FORMES):
        combo.addItem(forme, tncc)


def valeur(combo: QComboBox) -> int:
    return int(combo.currentData() or 0)


def definir(combo: QComboBox, tncc: int | None) -> None:
    combo.setCurrentIndex(max(0, combo.findData(tncc or 0)))


def avec_de_sur(nom: str, tncc: int) -> str:
    """avec_de, or "…" while the name is still empty."""
    try:
        return avec_de(nom, tncc)
    except ValueError:
        return "de …"
