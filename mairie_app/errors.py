"""Errors the secretary can act on: each carries a French message naming the field.

Anything else is a bug and goes to the global exception hook.
"""

from __future__ import annotations


class MairieError(Exception):
    """An expected problem, shown to the user as is."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field

    def __str__(self) -> str:
        return self.message


class ValidationError(MairieError):
    """Input that breaks a rule of the law or of the app."""


class NotFoundError(MairieError):
    """The object asked for does not exist (any more)."""


class StorageError(MairieError):
    """The database cannot be read or written (locked, full disk, wrong file)."""
