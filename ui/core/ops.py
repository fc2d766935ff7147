"""One shared mechanism for background work (Anki-style *operations*).

    ctx.ops.run_op(lambda: loket.search(q), on_success=show, on_failure=complain)

``fn`` runs on a small QThreadPool; its result (or exception) comes back as a Qt signal that is
delivered on the GUI thread, where ``on_success(result)`` or ``on_failure(exc)`` runs. Nothing else in
``ui/`` starts threads. ``key`` gives "latest wins" semantics: an older operation with the same key
that finishes after a newer one was started is dropped (type-ahead search).

    stream = ctx.ops.run_stream(lambda: reader.items(), on_item=show, stop=reader.stop, key="queue")

A *stream* is a long-running job on the same mechanism: ``source()`` runs on the pool's stream threads (their
own ``QThreadPool``, so a stream never takes a thread the short operations need), and every item it yields
reaches the GUI thread through the same bridge, in order, as ``on_item(item)``; ``on_end()`` when it ends,
``on_failure(exc)`` when it raises. ``stream.cancel()`` (and ``close()``, a newer stream with the same
``key``) stops delivering at once and asks the source to stop: ``stop()`` when given (e.g. a reader's, which
interrupts a blocking read), and the generator is closed at its next item.
"""

from __future__ import annotations

import itertools
import logging
import threading
import time
from collections.abc import Callable, Iterable
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


class Stream:
    """A running stream (``Operations.run_stream``): ``cancel()`` it from the GUI thread."""

    def __init__(self, stream_id: int, key: str | None, stop: Callable[[], object] | None) -> None:
        self.id = stream_id
        self.key = key
        self._stop = stop
        self._cancelled = threading.Event()
        self.finished = False  # on the GUI thread: the source ended (on_end / on_failure ran, or was dropped)
        self.items = 0  # items delivered to on_item

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def cancel(self) -> None:
        """Deliver nothing more and ask the source to stop (it ends at its next item at the latest)."""
        if self._cancelled.is_set():
            return
        self._cancelled.set()
        if self._stop is not None:
            try:
                self._stop()
            except Exception:
                log.exception("stopping a stream failed")


class _StreamJob(QRunnable):
    def __init__(self, stream: Stream, source: Callable[[], Iterable[Any]], relay: Bridge,
                 item: Callable[[Stream, object], None], end: Callable[[Stream, bool, object], None],
                 ended: threading.Event) -> None:
        super().__init__()
        self.stream = stream
        self.source = source
        self.relay = relay
        self.item = item
        self.end = end
        self.ended = ended
        self.setAutoDelete(True)

    def run(self) -> None:
        stream = self.stream
        try:
            if stream.cancelled:
                self.relay.post(self.end, stream, True, None)
                return
            iterator = iter(self.source())
            try:
                for value in iterator:
                    if stream.cancelled:
                        break
                    self.relay.post(self.item, stream, value)
            finally:
                close = getattr(iterator, "close", None)
                if close is not None:
                    close()
        except BaseException as exc:  # delivered to on_failure on the GUI thread
            self.relay.post(self.end, stream, False, exc)
        else:
            self.relay.post(self.end, stream, True, None)
        finally:
            self.ended.set()


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
        self.stream_pool = QThreadPool(self)  # long-running streams: never in the way of the operations
        self.stream_pool.setMaxThreadCount(8)
        self._streams: dict[int, tuple[Stream, Callable[[Any], None], Callable[[], None] | None,
                                       Failure | None]] = {}
        self._stream_keys: dict[str, Stream] = {}
        self._stream_ends: list[threading.Event] = []

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

    def run_stream(
        self,
        source: Callable[[], Iterable[Any]],
        on_item: Callable[[Any], None],
        on_end: Callable[[], None] | None = None,
        on_failure: Failure | None = None,
        *,
        stop: Callable[[], object] | None = None,
        key: str | None = None,
    ) -> Stream:
        """Run ``source()`` on a stream thread; each item it yields comes to ``on_item`` on the GUI thread (see
        the module's docstring). A running stream with the same ``key`` is cancelled first."""
        stream = Stream(next(self._ids), key, stop)
        if self._closed:
            stream.cancel()
            stream.finished = True
            return stream
        if key is not None:
            older = self._stream_keys.get(key)
            if older is not None:
                older.cancel()
            self._stream_keys[key] = stream
        self._streams[stream.id] = (stream, on_item, on_end, on_failure)
        ended = threading.Event()
        self._stream_ends = [e for e in self._stream_ends if not e.is_set()] + [ended]
        self.stream_pool.start(_StreamJob(stream, source, self.bridge, self._stream_item, self._stream_end, ended))
        return stream

    @property
    def streams(self) -> list[Stream]:
        """The streams running and not cancelled."""
        return [st for st, *_ in self._streams.values() if not st.cancelled]

    def wait_streams(self, timeout_ms: int = 30_000) -> bool:
        """Block until every stream thread ended (shutdown and tests only; cancel the streams first)."""
        deadline = time.monotonic() + timeout_ms / 1000
        return all(ended.wait(max(0.0, deadline - time.monotonic())) for ended in list(self._stream_ends))

    def _stream_item(self, stream: Stream, value: object) -> None:
        entry = self._streams.get(stream.id)
        if entry is None or stream.cancelled:
            return
        stream.items += 1
        try:
            entry[1](value)
        except Exception:
            log.exception("stream callback failed")

    def _stream_end(self, stream: Stream, ok: bool, value: object) -> None:
        stream.finished = True
        entry = self._streams.pop(stream.id, None)
        if stream.key is not None and self._stream_keys.get(stream.key) is stream:
            del self._stream_keys[stream.key]
        if entry is None or stream.cancelled:
            return
        _st, _item, on_end, on_failure = entry
        try:
            if ok:
                if on_end is not None:
                    on_end()
            elif on_failure is not None:
                assert isinstance(value, BaseException)
                on_failure(value)
            else:
                log.error("background stream failed", exc_info=value if isinstance(value, BaseException) else None)
                self.failed.emit(value)
        except Exception:
            log.exception("stream callback failed")

    def close(self) -> None:
        """Drop every pending callback (the window is going away); running jobs finish unseen; streams are
        cancelled."""
        self._closed = True
        self._pending.clear()
        for stream, *_ in list(self._streams.values()):
            stream.cancel()
        self._streams.clear()
        self._stream_keys.clear()

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
