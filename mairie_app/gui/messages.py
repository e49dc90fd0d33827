"""Every modal popup of the app goes through these few functions.

Tests monkeypatch them, so no test ever blocks on a dialog's exec().
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter


def show_error(parent: QWidget | None, message: str, title: str = "Saisie refusée") -> None:
    QMessageBox.warning(parent, title, message)


def show_info(parent: QWidget | None, message: str, title: str = "Information") -> None:
    QMessageBox.information(parent, title, message)


def confirm(parent: QWidget | None, message: str, title: str = "Confirmation") -> bool:
    answer = QMessageBox.question(
        parent, title, message, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_unsaved(parent: QWidget | None, message: str) -> str:
    """ "save", "discard" or "cancel" for a form with unsaved changes."""
    answer = QMessageBox.question(
        parent,
        "Modifications non enregistrées",
        message,
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
    )
    return {
        QMessageBox.StandardButton.Save: "save",
        QMessageBox.StandardButton.Discard: "discard",
    }.get(answer, "cancel")


def ask_save_path(parent: QWidget | None, title: str, suggested: str, filters: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return path or None


def ask_open_path(parent: QWidget | None, title: str, filters: str) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, "", filters)
    return path or None


def ask_integer(
    parent: QWidget | None, title: str, label: str, value: int, minimum: int, maximum: int
) -> int | None:
    """A number typed in a small dialog, or None when cancelled."""
    number, ok = QInputDialog.getInt(parent, title, label, value, minimum, maximum)
    return number if ok else None


def ask_print(parent: QWidget | None, printer: QPrinter) -> bool:
    """The system print dialog (printer, copies, pages); True when she clicks Imprimer."""
    from PySide6.QtPrintSupport import QPrintDialog  # only when printing: faster start-up

    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle("Imprimer")
    return dialog.exec() == QPrintDialog.DialogCode.Accepted


def show_about(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.about(parent, title, text)
