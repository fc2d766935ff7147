"""One shared mechanism for background work (Anki-style *operations*).

    ctx.ops.run_op(lambda: loket.search(q), on_success=show, on_failure=complain)

``fn`` runs on a small QThreadPool; its result (or exception) comes back as a Qt signal that is
delivered on the GUI thread, where ``on_success(result)`` or ``on_failure(exc)`` runs. Nothing else in
``ui/`` starts threads. ``key`` gives "latest wins" semantics: an older operation with the same key
that finishes after a newer one was started is dropped (type-ahead search).
"""

from __future__ import annotations

import itertools
import logging
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ui.core.bridge import Bridge

log = logging.getLogger(__name__)

Success = Callable[[Any], None]
Failure = Callable[[BaseException], None]


class _Job(QRunnable):
    def __init__(self, op_id: int, fn: Callable[[], Any], relay: Bridge) -> None:
        super().__init__()
        self.op_id = op_id
        self.fn = fn
        self.relay = relay
        self.done: Callable[[int, bool, object], None] = lambda *_a: None
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:  # delivered to on_failure on the GUI thread
            self.relay.post(self.done, self.op_id, False, exc)
        else:
            self.relay.post(self.done, self.op_id, True, result)


class Operations(QObject):
    """The worker pool. ``busy_changed(n)`` tells how many operations are under way."""

    busy_changed = Signal(int)
    failed = Signal(object)  # exceptions without an on_failure handler

    def __init__(self, parent: QObject | None = None, max_threads: int = 3) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self.bridge = Bridge(self)  # the one road from other threads into the GUI thread
        self._ids = itertools.count(1)
        self._pending: dict[int, tuple[Success | None, Failure | None, str | None, float]] = {}
        self._latest: dict[str, int] = {}
        self._closed = False

    def run_op(
        self,
        fn: Callable[[], Any],
        on_success: Success | None = None,
        on_failure: Failure | None = None,
        *,
        key: str | None = None,
    ) -> int:
        op_id = next(self._ids)
        if self._closed:
            return op_id
        self._pending[op_id] = (on_success, on_failure, key, time.perf_counter())
        if key is not None:
            self._latest[key] = op_id
        job = _Job(op_id, fn, self.bridge)
        job.done = self._finished
        self.pool.start(job)
        self.busy_changed.emit(len(self._pending))
        return op_id

    def close(self) -> None:
        """Drop every pending callback (the window is going away); running jobs finish unseen."""
        self._closed = True
        self._pending.clear()

    @property
    def busy(self) -> int:
        return len(self._pending)

    def wait_idle(self, timeout_ms: int = 30_000) -> bool:
        """Block until the pool is empty (shutdown and tests only, never in an event handler)."""
        return self.pool.waitForDone(timeout_ms)


    def _finished(self, op_id: int, ok: bool, value: object) -> None:
        if op_id not in self._pending:
            return  # closed meanwhile
        on_success, on_failure, key, _started = self._pending.pop(op_id)
        self.busy_changed.emit(len(self._pending))
        if key is not None and self._latest.get(key, op_id) != op_id:
            return  # a newer operation with the same key supersedes this one
        try:
            if ok:
                if on_success is not None:
                    on_success(value)
            elif on_failure is not None:
                assert isinstance(value, BaseException)
                on_failure(value)
            else:
                log.error("background operation failed", exc_info=value if isinstance(value, BaseException) else None)
                self.failed.emit(value)
        except Exception:
            log.exception("operation callback failed")
