"""Hand work from any thread to the GUI thread (Electrum-style bridge): the one road into Qt.

``bridge.post(fn, *args)`` may be called from any thread; ``fn(*args)`` then runs on the GUI thread, in the
order posted. ``bridge.wrap(fn)`` is a callback for foreign threads (the card reader's) that posts. There is one
bridge, the worker pool's (``ctx.ops.bridge``); results of background operations and card events travel on it.
Python objects travel through a locked queue, and the queued Qt signal carries no arguments: PySide6
6.12 corrupts reference counts of Python objects (``True``, ``None`` …) passed through queued
``Signal(object)`` connections from foreign threads (fatal "bool_dealloc"/"none_dealloc" at exit).
"""

from __future__ import annotations

import collections
import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

log = logging.getLogger(__name__)


class Bridge(QObject):
    _wake = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queue: collections.deque[tuple[Callable[..., Any], tuple[Any, ...]]] = collections.deque()
        self._lock = threading.Lock()
        self._wake.connect(self._drain, Qt.ConnectionType.QueuedConnection)

    def post(self, fn: Callable[..., Any], *args: Any) -> None:
        with self._lock:
            self._queue.append((fn, args))
        try:
            self._wake.emit()
        except RuntimeError:  # the bridge (the window) is gone: a late card event or result has no one to go to
            log.debug("bridge gone; call dropped")

    def wrap(self, fn: Callable[..., Any]) -> Callable[..., None]:
        """``fn`` as a callback any thread may call; it runs on the GUI thread."""

        def posted(*args: Any) -> None:
            self.post(fn, *args)

        return posted

    def _drain(self) -> None:
        while True:
            with self._lock:
                if not self._queue:
                    return
                fn, args = self._queue.popleft()
            try:
                fn(*args)
            except Exception:
                log.exception("bridged call failed")
