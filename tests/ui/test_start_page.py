"""The page the window opens on: home for the roles that do case work, the reports' dashboard for the city's
management (no cases, no card reading): also where Home and Alt+← lead back to."""

from __future__ import annotations

from typing import Any

import pytest

from casestore.embedded import DEMO_PASSWORD, RunningServer
from loket.demo import MemoryTokenStore
from tests.ui.conftest import wait_ops


@pytest.mark.parametrize("username, start", [("manager", "report_dashboard"), ("coordinator", "home"),
                                             ("clerk", "home")])
def test_the_window_opens_on_the_roles_start_page(username: str, start: str, qtbot: Any, empty_loket: Any,
                                                  sqlite_server: RunningServer) -> None:
    from ui.main import build_main_window
    from ui.signin import SignIn

    signin = SignIn(empty_loket, sqlite_server.url, MemoryTokenStore())
    assert signin.sign_in(username, DEMO_PASSWORD)[0]
    win, ctx = build_main_window(empty_loket, sync=signin.sync_client())
    ctx.services["sync"].timer.stop()
    qtbot.addWidget(win)
    try:
        win.show()
        qtbot.waitExposed(win)
        wait_ops(qtbot, win)
        assert win.stack.currentWidget() is win.page(start)
        win.open_page("search")
        win.show_home()
        assert win.stack.currentWidget() is win.page(start)
    finally:
        ctx.ops.wait_idle(10_000)
        win.close()
