"""Read every inserted eID automatically: :class:`CardMonitor` + :class:`EidReader` on a worker thread.

    auto = AutoReader(on_identity=show_identity, on_result=show_result, on_error=show_error,
                      on_removed=clear_screen).start()
    ...
    auto.stop()

Callbacks are plain callables run on background threads (``on_inserted``/``on_removed`` on the
monitor thread, the others on the reader thread); a GUI bridges them onto its own thread.
Reads are serialised: one at a time, in insertion order.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

from cryptography import x509

from eid.errors import EidError
from eid.model import EidResult
from eid.monitor import CardEvent, CardMonitor
from eid.reader import EidReader

__all__ = ["AutoReader"]

log = logging.getLogger(__name__)
_T = TypeVar("_T")


class AutoReader:
    def __init__(
        self,
        *,
        on_identity: Callable[[EidResult], None] | None = None,
        on_result: Callable[[EidResult], None] | None = None,
        on_error: Callable[[EidError], None] | None = None,
        on_inserted: Callable[[CardEvent], None] | None = None,
        on_removed: Callable[[CardEvent], None] | None = None,
        on_readers_changed: Callable[[list[str]], None] | None = None,
        reader_filter: Callable[[str], bool] | None = None,
        trust_roots: Sequence[str | Path] = (),
        extra_roots: Sequence[x509.Certificate] = (),
        report_present: bool = True,
    ) -> None:
        self.on_identity = on_identity
        self.on_result = on_result
        self.on_error = on_error
        self.on_inserted = on_inserted
        self.on_removed = on_removed
        self.reader_filter = reader_filter
        self._trust_roots = list(trust_roots)
        self._extra_roots = list(extra_roots)
        self._queue: queue.Queue[CardEvent | None] = queue.Queue()
        self._worker: threading.Thread | None = None
        self._monitor = CardMonitor(
            on_insert=self._inserted,
            on_remove=self._removed,
            on_readers_changed=on_readers_changed,
            on_error=self._error,
            report_present=report_present,
        )

    def start(self) -> AutoReader:
        if self._worker is None:
            self._worker = threading.Thread(target=self._work, name="eid-auto-reader", daemon=True)
            self._worker.start()
            self._monitor.start()
        return self

    def stop(self) -> None:
        self._monitor.stop()
        if self._worker is not None:
            self._queue.put(None)
            self._worker.join(timeout=10)
            self._worker = None

    def __enter__(self) -> AutoReader:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- internals -------------------------------------------------------------------------------
    @staticmethod
    def _call(cb: Callable[[_T], None] | None, arg: _T) -> None:
        if cb is None:
            return
        try:
            cb(arg)
        except Exception:
            log.exception("eid auto-reader callback failed")

    def _error(self, err: EidError) -> None:
        self._call(self.on_error, err)

    def _inserted(self, event: CardEvent) -> None:
        if self.reader_filter is not None and not self.reader_filter(event.reader):
            return
        self._call(self.on_inserted, event)
        self._queue.put(event)

    def _removed(self, event: CardEvent) -> None:
        if self.reader_filter is not None and not self.reader_filter(event.reader):
            return
        self._call(self.on_removed, event)

    def _work(self) -> None:
        while True:
            event = self._queue.get()
            if event is None:
                return
            reader = EidReader(event.reader, trust_roots=self._trust_roots, extra_roots=self._extra_roots)
            try:
                result = reader.read(on_identity=lambda partial: self._call(self.on_identity, partial))
            except EidError as exc:
                self._call(self.on_error, exc)
                continue
            except Exception as exc:  # never let the worker die on an unexpected bug
                log.exception("unexpected error while reading the eID")
                self._call(self.on_error, EidError(detail=repr(exc)))
                continue
            self._call(self.on_result, result)
