"""Run one user action against the services and turn an expected failure into a message.

Every button of the window goes through `tenter`, so a refused entry or a locked
database is always shown in French (messages.show_error) and never crashes the
window; the caller keeps what was typed on screen.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtWidgets import QWidget

from mairie_app.errors import MairieError
from mairie_app.gui import messages

T = TypeVar("T")


@dataclass(frozen=True)
class Resultat(Generic[T]):
    """What an action gave: `ok` is False when it was refused (the message is shown)."""

    ok: bool
    valeur: T | None = None
    message: str = ""


def tenter(parent: QWidget | None, action: Callable[[], T], titre: str = "Saisie refusée"):
    """Call `action`; on a MairieError show its message and report the failure.

    Returns a Resultat so that actions returning None (a deletion) can still be told
    apart from a refusal.
    """
    try:
        return Resultat(True, action())
    except MairieError as exc:
        messages.show_error(parent, exc.message, titre)
        return Resultat(False, None, exc.message)
