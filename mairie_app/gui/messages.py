"""Every modal popup of the app goes through these few functions.

Tests monkeypatch them, so no test ever blocks on a dialog's exec().
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

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


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    """One line typed in a small dialog (a motive), or None when cancelled."""
    value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
    return value if ok else None


def ask_choice(parent: QWidget | None, title: str, label: str, choices: list[str]) -> int | None:
    """The index of the option she picks in a list, or None when cancelled."""
    if not choices:
        return None
    value, ok = QInputDialog.getItem(parent, title, label, choices, 0, False)
    return choices.index(value) if ok and value in choices else None


def ask_directory(parent: QWidget | None, title: str) -> str | None:
    """A folder chosen in the system dialog, or None when cancelled."""
    return QFileDialog.getExistingDirectory(parent, title) or None


def open_path(path: Path | str) -> bool:
    """Open a file (a PDF in her reader) or a folder with the system's own program."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def ask_print(parent: QWidget | None, printer: QPrinter) -> bool:
    """The system print dialog (printer, copies, pages); True when she clicks Imprimer."""
    from PySide6.QtPrintSupport import QPrintDialog  # only when printing: faster start-up

    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle("Imprimer")
    return dialog.exec() == QPrintDialog.DialogCode.Accepted


def show_about(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.about(parent, title, text)
