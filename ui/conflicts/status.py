"""Sync in the background (the worker pool), status in the status bar: offline / syncing / last synced /
N waiting / conflicts to resolve. Results are published on the change bus so open views refresh."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from desk_app.services.changes import ChangeSet
from ui.context import AppContext
from ui.core import fmt
from ui.core.errors import describe

if TYPE_CHECKING:
    from sync.client import SyncClient, SyncResult, SyncStatus

log = logging.getLogger(__name__)

class SyncController(QObject):
    status_changed = Signal(object)  # sync.client.SyncStatus
    finished = Signal(object)  # SyncResult
    failed = Signal(str)
    revoked = Signal(str)  # this laptop was withdrawn: the window must close

    def __init__(self, ctx: AppContext, client: SyncClient) -> None:
        super().__init__()
        self.ctx = ctx
        self.client = client
        self.running = False
        self.status: SyncStatus | None = None
        self.last_result: SyncResult | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(max(5, ctx.loket.settings.sync_interval_seconds) * 1000)
        self.timer.timeout.connect(self.sync_now)
        ctx.bus.changed.connect(self._local_change)

    def start(self) -> None:
        self.refresh_status()
        self.timer.start()
        QTimer.singleShot(1500, self.sync_now)

    def stop(self) -> None:
        self.timer.stop()
        try:
            self.client.close()
        except Exception:
            log.exception("closing the sync client failed")

    def refresh_status(self) -> None:
        self.ctx.ops.run_op(self.client.status, self._status, key="sync-status")

    def _status(self, status: SyncStatus) -> None:
        self.status = status
        self.status_changed.emit(status)

    def _local_change(self, changes: ChangeSet) -> None:
        if changes.outbox or changes.conflicts:
            self.refresh_status()

    def sync_now(self) -> None:
        if self.running:
            return
        self.running = True
        if self.status is not None:
            from dataclasses import replace

            self._status(replace(self.status, state="syncing"))
        self.ctx.mutate(self.client.sync_once, self._done, self._failed, changes=lambda result: result.changes)

    def _done(self, result: SyncResult) -> None:
        self.running = False
        self.last_result = result
        if result.status is not None:
            self._status(result.status)
        self.finished.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        from sync.errors import DeviceRevoked

        if isinstance(exc, DeviceRevoked):
            # the local store was wiped by the sync client: nothing can be shown or saved any more
            self.timer.stop()
            self.revoked.emit(describe(exc))
            return
        self.failed.emit(describe(exc))
        self.ctx.bus.message.emit(describe(exc))
        self.refresh_status()


class SyncStatusWidget(QPushButton):
    """Status-bar button: the sync state in words; click (or F5) syncs; conflicts and refused changes open
    the conflict screen (refused ones on its Refused tab)."""

    def __init__(self, ctx: AppContext, controller: SyncController, open_conflicts: Callable[[], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.controller = controller
        self.open_conflicts = open_conflicts
        self.setFlat(True)
        self.status: SyncStatus | None = None
        controller.status_changed.connect(self.show_status)
        self.clicked.connect(self._clicked)
        self.setAccessibleName(self.tr("Synchronisation status"))
        self.setText(self.tr("Sync: …"))

    def _clicked(self) -> None:
        if self.status is not None and (self.status.conflicts or self.status.rejected):
            self.open_conflicts()
        else:
            self.controller.sync_now()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self.status is not None:
            self.show_status(self.status)
        super().changeEvent(event)

    def show_status(self, st: SyncStatus) -> None:
        self.status = st
        states = {"idle": self.tr("synced"), "syncing": self.tr("syncing…"), "offline": self.tr("offline"),
                  "error": self.tr("sync problem"), "revoked": self.tr("laptop withdrawn"),
                  "signed_out": self.tr("signed out")}
        dot = {"idle": "●", "syncing": "↻", "offline": "○"}.get(st.state, "⚠")
        parts = [f"{dot} {states.get(st.state, st.state)}"]
        if st.last_synced_at:
            parts.append(self.tr("last %1").replace("%1", fmt.datetime(st.last_synced_at)))
        parts.append(self.tr("%n waiting", "", st.pending))
        if st.conflicts:
            parts.append("⚠ " + self.tr("%n conflict(s) to resolve", "", st.conflicts))
        if st.rejected:
            parts.append("⚠ " + self.tr("%n refused", "", st.rejected))
        self.setText(" · ".join(parts))
        if st.last_error:
            self.setToolTip(st.last_error)
        elif st.conflicts or st.rejected:
            self.setToolTip(self.tr("Click to see the conflicts and the changes the case store refused"))
        else:
            self.setToolTip(self.tr("Click or press F5 to synchronise now"))
        self.setAccessibleDescription(self.text())
