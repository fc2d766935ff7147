"""Card and reader events via ``SCardGetStatusChange`` in a background thread.

    monitor = CardMonitor(on_insert=..., on_remove=..., on_readers_changed=..., on_error=...)
    monitor.start()
    ...
    monitor.stop()

Callbacks run on the monitor thread (plain Python callables; a GUI bridges them onto its own
thread, e.g. by emitting a Qt signal). They must not block for long.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from smartcard import scard

from eid.errors import EidError, PcscNotRunningError
from eid.reader import PNP_NOTIFICATION, error_for_hresult

__all__ = ["CardEvent", "CardMonitor"]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class CardEvent:
    kind: str  # "inserted" | "removed"
    reader: str
    atr: bytes | None = None
    mute: bool = False  # card present but not answering (inserted the wrong way?)
    timestamp: float = field(default_factory=time.monotonic)


class CardMonitor:
    """Reports card insertion/removal and reader list changes on every reader."""

    def __init__(
        self,
        on_insert: Callable[[CardEvent], None] | None = None,
        on_remove: Callable[[CardEvent], None] | None = None,
        *,
        on_readers_changed: Callable[[list[str]], None] | None = None,
        on_error: Callable[[EidError], None] | None = None,
        report_present: bool = True,
        poll_ms: int = 1000,
        retry_s: float = 2.0,
    ) -> None:
        self.on_insert = on_insert
        self.on_remove = on_remove
        self.on_readers_changed = on_readers_changed
        self.on_error = on_error
        self.report_present = report_present
        self.poll_ms = poll_ms
        self.retry_s = retry_s
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._ctx: int | None = None
        self._ctx_lock = threading.Lock()
        self.readers: list[str] = []
        self._listed = False  # the first listing is always reported (also when empty)
        self.present: dict[str, bool] = {}

    def start(self) -> CardMonitor:
        if self._thread is not None:
            return self
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="eid-card-monitor", daemon=True)
        self._thread.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        with self._ctx_lock:
            if self._ctx is not None:
                with contextlib.suppress(Exception):
                    scard.SCardCancel(self._ctx)
        if self._thread is not None:
            self._thread.join(timeout)
        self._thread = None

    def __enter__(self) -> CardMonitor:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- thread ------------------------------------------------------------------------------
    def _emit(self, cb: Callable[..., None] | None, arg: object) -> None:
        if cb is None:
            return
        try:
            cb(arg)
        except Exception:  # a broken callback must not kill the monitor
            log.exception("card monitor callback failed")

    def _run(self) -> None:
        error_reported: str | None = None
        while not self._stop.is_set():
            hr, ctx = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
            if hr != scard.SCARD_S_SUCCESS:
                err = error_for_hresult(hr, what="establish context")
                if error_reported != err.code:
                    self._emit(self.on_error, err)
                    error_reported = err.code
                self._stop.wait(self.retry_s)
                continue
            with self._ctx_lock:
                self._ctx = ctx
            try:
                err2 = self._watch(ctx)
            finally:
                with self._ctx_lock:
                    self._ctx = None
                with contextlib.suppress(Exception):
                    scard.SCardReleaseContext(ctx)
            if err2 is not None and not isinstance(err2, PcscNotRunningError):
                hr_probe, probe = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
                if hr_probe == scard.SCARD_S_SUCCESS:
                    scard.SCardReleaseContext(probe)
                else:
                    err2 = error_for_hresult(hr_probe, what="establish context")
            if err2 is not None:
                # service lost: every card is gone
                for reader, was in list(self.present.items()):
                    if was:
                        self._emit(self.on_remove, CardEvent("removed", reader))
                self.present.clear()
                if self.readers:
                    self.readers = []
                    self._emit(self.on_readers_changed, [])
                if error_reported != err2.code:
                    self._emit(self.on_error, err2)
                    error_reported = err2.code
                self._stop.wait(self.retry_s)
            else:
                error_reported = None

    def _list(self, ctx: int) -> list[str] | EidError:
        hr, readers = scard.SCardListReaders(ctx, [])
        if (hr & 0xFFFFFFFF) == scard.SCARD_E_NO_READERS_AVAILABLE:
            return []
        if hr != scard.SCARD_S_SUCCESS:
            return error_for_hresult(hr, what="list readers")
        return [r for r in readers if r != PNP_NOTIFICATION]

    def _watch(self, ctx: int) -> EidError | None:
        """Watch until the service is lost (returns the error) or stop() is called (None)."""
        first = True
        while not self._stop.is_set():
            readers = self._list(ctx)
            if isinstance(readers, EidError):
                return readers
            if readers != self.readers or not self._listed:
                self._listed = True
                gone = [r for r in self.readers if r not in readers]
                for r in gone:
                    if self.present.pop(r, False):
                        self._emit(self.on_remove, CardEvent("removed", r))
                self.readers = readers
                self._emit(self.on_readers_changed, list(readers))
            states: list[tuple[str, int]] = [(r, scard.SCARD_STATE_UNAWARE) for r in readers]
            states.append((PNP_NOTIFICATION, scard.SCARD_STATE_UNAWARE))
            # first call with UNAWARE returns the current state at once
            reader_change = False
            while not self._stop.is_set() and not reader_change:
                hr, new_states = scard.SCardGetStatusChange(ctx, self.poll_ms, states)
                code = hr & 0xFFFFFFFF
                if code in (scard.SCARD_E_TIMEOUT,):
                    # pcsc-lite may not report reader changes to every client: re-list periodically
                    latest = self._list(ctx)
                    if isinstance(latest, EidError):
                        return latest
                    if latest != self.readers:
                        reader_change = True
                    continue
                if code == scard.SCARD_E_CANCELLED:
                    return None
                if code in (scard.SCARD_E_UNKNOWN_READER, scard.SCARD_E_READER_UNAVAILABLE):
                    reader_change = True
                    break
                if hr != scard.SCARD_S_SUCCESS:
                    err = error_for_hresult(hr, what="status change")
                    if isinstance(err, PcscNotRunningError):
                        return err
                    if code == scard.SCARD_E_INVALID_HANDLE:
                        return PcscNotRunningError(detail="context lost")
                    return err
                next_states: list[tuple[str, int]] = []
                for name, event, atr in new_states:
                    if name == PNP_NOTIFICATION:
                        if event & scard.SCARD_STATE_CHANGED and not first:
                            reader_change = True
                        next_states.append((name, event & ~scard.SCARD_STATE_CHANGED))
                        continue
                    if event & (scard.SCARD_STATE_UNAVAILABLE | scard.SCARD_STATE_UNKNOWN | scard.SCARD_STATE_IGNORE):
                        reader_change = True
                    present = bool(event & scard.SCARD_STATE_PRESENT)
                    was = self.present.get(name, False)
                    if present != was or (first and present and name not in self.present):
                        self.present[name] = present
                        if present and (not first or self.report_present):
                            self._emit(
                                self.on_insert,
                                CardEvent("inserted", name, bytes(atr) if atr else None,
                                          bool(event & scard.SCARD_STATE_MUTE)),
                            )
                        elif not present and was:
                            self._emit(self.on_remove, CardEvent("removed", name))
                    else:
                        self.present.setdefault(name, present)
                    next_states.append((name, event & ~scard.SCARD_STATE_CHANGED))
                states = next_states
                first = False
        return None
