"""GUI test fixtures: a main window on a Loket with demo data (offscreen Qt), the virtual card reader,
and a real case store on loopback (the sync engineer's fixtures)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# libpcsclite reads its socket path once, at the first PC/SC call of the process
from eid.simulator.harness import pcsc_available, prepare_client_environment

prepare_client_environment()

from tests.casestore.fixtures import sqlite_server  # noqa: E402,F401

_PCSC_OK, _PCSC_REASON = pcsc_available()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if _PCSC_OK:
        return
    skip = pytest.mark.skip(reason=f"PC/SC simulation unavailable: {_PCSC_REASON}")
    for item in items:
        if "pcsc" in item.keywords and "tests/ui" in str(item.fspath):
            item.add_marker(skip)


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
