"""One road into Qt (issue 14 §3): calls from other threads reach the GUI thread only through the bridge,
in order; card events from pyscard's threads are delivered on the GUI thread."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QThread


def _on_gui_thread() -> bool:
    app = QCoreApplication.instance()
    assert app is not None
    return QThread.currentThread() == app.thread() and threading.current_thread() is threading.main_thread()


def test_posts_from_another_thread_run_on_the_gui_thread_in_order(qtbot: Any) -> None:
    from ui.core.bridge import Bridge

    bridge = Bridge()
    seen: list[tuple[int, bool]] = []

    def fail(_i: int) -> None:
        raise ValueError("a failing call does not stop the ones after it")

    def worker() -> None:
        for i in range(50):
            bridge.post(lambda i=i: seen.append((i, _on_gui_thread())))
        bridge.post(fail, 50)
        bridge.wrap(lambda i: seen.append((i, _on_gui_thread())))(51)

    t = threading.Thread(target=worker)
    t.start()
    t.join()
    assert seen == []  # nothing ran on the worker's thread
    qtbot.waitUntil(lambda: len(seen) == 51, timeout=5000)
    assert [i for i, _ in seen] == [*range(50), 51]
    assert all(gui for _, gui in seen)


def test_a_post_after_the_bridge_is_gone_is_dropped_quietly(qtbot: Any) -> None:
    import shiboken6

    from ui.core.bridge import Bridge

    bridge = Bridge()
    shiboken6.delete(bridge)  # the window closed while a card reader thread still reports
    raised: list[BaseException] = []

    def late_event() -> None:
        try:
            bridge.post(print, "late")
        except BaseException as exc:
            raised.append(exc)

    t = threading.Thread(target=late_event)
    t.start()
    t.join()
    assert raised == []


@pytest.mark.pcsc
def test_card_events_arrive_on_the_gui_thread(qtbot: Any, loket: Any) -> None:
    from eid.simulator.harness import VirtualReaderStack
    from eid.simulator.synthetic import synthetic_card, synthetic_options
    from ui.main import build_main_window

    stack = VirtualReaderStack.shared()
    win, ctx = build_main_window(loket, card=True)
    qtbot.addWidget(win)
    win.show()
    service = ctx.services["card"]
    events: list[tuple[str, bool]] = []
    service.reader_state.connect(lambda state, _text: events.append((f"state:{state}", _on_gui_thread())))
    service.identity.connect(lambda _p: events.append(("identity", _on_gui_thread())))
    service.result.connect(lambda _r: events.append(("result", _on_gui_thread())))
    service.removed.connect(lambda: events.append(("removed", _on_gui_thread())))
    try:
        qtbot.waitUntil(lambda: service.auto is not None and service.state == "ready", timeout=15_000)
        stack.insert(synthetic_card("v18-ec"), synthetic_options("v18-ec"), slot=0)
        qtbot.waitUntil(lambda: any(name == "result" for name, _ in events), timeout=15_000)
        stack.remove(slot=0)
        qtbot.waitUntil(lambda: any(name == "removed" for name, _ in events), timeout=10_000)
        names = [name for name, _ in events]
        assert names.index("state:reading") < names.index("identity") < names.index("result") < names.index("removed")
        assert all(gui for _, gui in events), events
        assert service.last_insert_to_identity_ms is not None  # the insertion time came across with the event
    finally:
        service.stop()
        ctx.ops.wait_idle(10_000)
        win.close()
