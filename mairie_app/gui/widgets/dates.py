"""Dates between Python and Qt, and date fields that may stay empty.

A convocation date or the end of a mandate may be unknown; a QDateEdit always
shows a date, so such a field is a check box ("Convocation envoyée le") that
enables the date next to it. The check box reads as the field's label, which a
secretary understands better than a blank sentinel date.
"""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, QObject, QTime, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit


def vers_qdate(jour: date) -> QDate:
    return QDate(jour.year, jour.month, jour.day)


def depuis_qdate(jour: QDate) -> date:
    return date(jour.year(), jour.month(), jour.day())


def vers_qtime(heure: time) -> QTime:
    return QTime(heure.hour, heure.minute)


def depuis_qtime(heure: QTime) -> time:
    return time(heure.hour(), heure.minute())


def preparer(edit: QDateEdit) -> None:
    """French display, calendar popup, and a range that rules out typing slips."""
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setCalendarPopup(True)
    edit.setMinimumDate(QDate(1950, 1, 1))
    edit.setMaximumDate(QDate(2099, 12, 31))


class DateFacultative(QObject):
    """A check box and a date edit acting as one optional date.

    Signals:
        changed: the value (or its presence) changed.
    """

    changed = Signal()

    def __init__(self, case: QCheckBox, edit: QDateEdit) -> None:
        super().__init__(case)
        self.case = case
        self.edit = edit
        preparer(edit)
        case.toggled.connect(self._on_case_toggled)
        edit.dateChanged.connect(lambda _d: self.changed.emit())
        self._on_case_toggled(case.isChecked())

    def _on_case_toggled(self, coche: bool) -> None:
        self.edit.setEnabled(coche)
        self.changed.emit()

    def valeur(self) -> date | None:
        return depuis_qdate(self.edit.date()) if self.case.isChecked() else None

    def definir(self, jour: date | None, defaut: date | None = None) -> None:
        """Show `jour`, or an unticked box with `defaut` ready in case she ticks it."""
        self.case.setChecked(jour is not None)
        proposee = jour or defaut
        if proposee is not None:
            self.edit.setDate(vers_qdate(proposee))
