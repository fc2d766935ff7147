"""Streams on the one background mechanism (``ui.core.ops.Operations.run_stream``): a long-running source's
items reach the GUI thread in order through the bridge; cancelling stops delivery and the source; streams
never take the threads the short operations need."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import QCoreApplication, QThread

from ui.core.ops import Operations

WAIT_MS = 30_000  # a guard against a hung test, never a measured time


def _on_gui_thread() -> bool:
    app = QCoreApplication.instance()
    assert app is not None
    return QThread.currentThread() == app.thread()


def test_items_reach_the_gui_thread_in_order_then_the_end(qtbot: Any) -> None:
    ops = Operations()
    seen: list[tuple[int, bool]] = []
    ended: list[bool] = []
    stream = ops.run_stream(lambda: iter(range(100)), lambda i: seen.append((i, _on_gui_thread())),
                            on_end=lambda: ended.append(_on_gui_thread()))
    qtbot.waitUntil(lambda: bool(ended), timeout=WAIT_MS)
    assert [i for i, _ in seen] == list(range(100)) and all(gui for _, gui in seen)
    assert ended == [True] and stream.finished and stream.items == 100 and ops.streams == []


def test_a_failing_source_reaches_on_failure(qtbot: Any) -> None:
    ops = Operations()
    seen: list[object] = []
    failures: list[BaseException] = []

    def source() -> Iterator[int]:
        yield 1
        raise ValueError("the stream broke")

    ops.run_stream(source, seen.append, on_end=lambda: seen.append("end"), on_failure=failures.append)
    qtbot.waitUntil(lambda: bool(failures), timeout=WAIT_MS)
    assert seen == [1] and str(failures[0]) == "the stream broke"


class Blocking:
    """A source that yields when told and otherwise blocks, like a reader waiting for the network;
    ``stop()`` wakes it (as ``QueueEventReader.stop`` interrupts a read)."""

    def __init__(self) -> None:
        self.go = threading.Semaphore(0)
        self.stopped = threading.Event()
        self.closed = threading.Event()
        self.waiting = threading.Event()

    def items(self) -> Iterator[str]:
        try:
            while True:
                self.waiting.set()
                self.go.acquire()
                if self.stopped.is_set():
                    return
                yield "item"
        finally:
            self.closed.set()

    def stop(self) -> None:
        self.stopped.set()
        self.go.release()


def test_cancel_stops_delivery_and_the_source(qtbot: Any) -> None:
    ops = Operations()
    src = Blocking()
    seen: list[str] = []
    ended: list[str] = []
    stream = ops.run_stream(src.items, seen.append, on_end=lambda: ended.append("end"), stop=src.stop)
    src.go.release()
    qtbot.waitUntil(lambda: seen == ["item"], timeout=WAIT_MS)
    assert ops.streams == [stream]
    stream.cancel()
    assert src.stopped.is_set() and stream.cancelled and ops.streams == []
    assert ops.wait_streams(WAIT_MS) and src.closed.is_set()
    qtbot.waitUntil(lambda: stream.finished, timeout=WAIT_MS)
    assert seen == ["item"] and ended == []  # a cancelled stream's end is not reported


def test_a_newer_stream_with_the_same_key_and_close_cancel_the_older(qtbot: Any) -> None:
    ops = Operations()
    old, new = Blocking(), Blocking()
    first = ops.run_stream(old.items, lambda _i: None, stop=old.stop, key="queue")
    second = ops.run_stream(new.items, lambda _i: None, stop=new.stop, key="queue")
    assert first.cancelled and old.stopped.is_set() and not second.cancelled
    ops.close()
    assert second.cancelled and new.stopped.is_set()
    assert ops.wait_streams(WAIT_MS)
    late = ops.run_stream(lambda: iter([1]), lambda _i: None)
    assert late.cancelled  # nothing starts after close


def test_streams_leave_the_pool_to_the_operations(qtbot: Any) -> None:
    ops = Operations(max_threads=2)
    sources = [Blocking() for _ in range(4)]
    streams = [ops.run_stream(s.items, lambda _i: None, stop=s.stop) for s in sources]
    for s in sources:
        assert s.waiting.wait(WAIT_MS / 1000)  # all four block on their own threads
    results: list[int] = []
    def double(n: int) -> Callable[[], int]:
        return lambda: n * 2

    for n in range(3):
        ops.run_op(double(n), results.append)
    qtbot.waitUntil(lambda: sorted(results) == [0, 2, 4], timeout=WAIT_MS)
    for st in streams:
        st.cancel()
    assert ops.wait_streams(WAIT_MS)
