"""Combo boxes holding enum values.

PySide stores a StrEnum item's data as a plain str, so `currentData()` gives
"secret" rather than ModeScrutin.SECRET: read it back through the enum.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar

from PySide6.QtWidgets import QComboBox

E = TypeVar("E", bound=StrEnum)


def valeur(combo: QComboBox, enum: type[E]) -> E | None:
    data = combo.currentData()
    return None if data is None else enum(data)
