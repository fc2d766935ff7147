"""GUI test fixtures: a main window on a Loket with demo data (offscreen Qt)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def window(qtbot: Any, loket: Any) -> Iterator[Any]:
    from ui.main import build_main_window

    win, ctx = build_main_window(loket)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    ctx.ops.wait_idle(10_000)
    win.close()


def wait_ops(qtbot: Any, win: Any, timeout: int = 10_000) -> None:
    """Wait until every background operation has delivered its result on the GUI thread."""
    qtbot.waitUntil(lambda: win.ctx.ops.busy == 0, timeout=timeout)
