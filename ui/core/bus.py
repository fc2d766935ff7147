"""The central change bus: every mutation's ChangeSet is published here, views refresh what changed."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desk_app.services.changes import ChangeSet


class Bus(QObject):
    changed = Signal(object)  # ChangeSet
    open_person = Signal(str)  # person id
    open_case = Signal(str)  # case id / reference
    start_intake = Signal(str, str)  # case type code ("" = choose), person id ("" = none)
    message = Signal(str)  # short status-bar message for the clerk

    def publish(self, changes: ChangeSet | None) -> None:
        if changes:
            self.changed.emit(changes)
