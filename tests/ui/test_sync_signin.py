"""Sign-in (online once, then offline), the lock, offline intake then sync against a real case store, and
a conflict decided on the conflict screen."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from casestore.embedded import DEMO_PASSWORD
from desk_app.store.models import Case, Conflict, Person
from loket.demo import MemoryTokenStore
from tests.ui.conftest import wait_ops


def test_offline_sign_in_after_first_online(qtbot: Any, loket: Any, sqlite_server: Any) -> None:
    from ui.signin import SignIn

    tokens = MemoryTokenStore()
    s = SignIn(loket, sqlite_server.url, tokens)
    ok, _ = s.sign_in("clerk", "wrong")
    assert not ok
    ok, msg = s.sign_in("clerk", DEMO_PASSWORD)
    assert ok and s.online, msg
    assert loket.settings.staff_user == "clerk" and loket.settings.role == "counter"
    # now the case store is unreachable: the laptop's verifier lets the clerk in, not a stranger
    off = SignIn(loket, "http://127.0.0.1:9", tokens)
    assert off.sign_in("clerk", DEMO_PASSWORD)[0]
    assert not off.sign_in("clerk", "nope")[0]
    ok, msg = off.sign_in("coordinator", DEMO_PASSWORD)
    assert not ok and msg  # "the first sign-in on this laptop needs a connection…"
    # the verifier is not the password
    from desk_app.store.models import SyncState

    with loket.store.read() as session:
        values = [r.value for r in session.scalars(select(SyncState))]
    assert all(DEMO_PASSWORD not in v for v in values)


def test_lock_needs_password(qtbot: Any, window: Any, loket: Any) -> None:
    from ui.signin import SignIn

    s = SignIn(loket)
    s.accounts.remember("clerk1", "geheim", "Clerk One", "counter")  # signed in online before
    assert s.sign_in("clerk1", "geheim")[0]  # no case store: the verifier kept on this laptop
    lock = s.install_lock(window)

    def unlock() -> None:
        dlg = QApplication.activeModalWidget()
        assert dlg is not None and window.centralWidget().isHidden()
        dlg.password.setText("fout")  # type: ignore[attr-defined]
        dlg.try_sign_in()  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: dlg.ok.isEnabled(), timeout=5000)  # type: ignore[attr-defined]
        assert dlg.isVisible()
        dlg.password.setText("geheim")  # type: ignore[attr-defined]
        dlg.try_sign_in()  # type: ignore[attr-defined]

    QTimer.singleShot(200, unlock)
    lock.lock()
    assert not window.centralWidget().isHidden()


def test_offline_intake_then_sync(qtbot: Any, loket: Any, sqlite_server: Any, tmp_path: Path) -> None:
    from ui.main import build_main_window
    from ui.signin import SignIn

    tokens = MemoryTokenStore()
    signin = SignIn(loket, sqlite_server.url, tokens)
    assert signin.sign_in("clerk", DEMO_PASSWORD)[0]
    client = signin.sync_client()
    win, ctx = build_main_window(loket, sync=client)
    qtbot.addWidget(win)
    win.show()
    controller = ctx.services["sync"]
    controller.timer.stop()
    try:
        # an intake saved offline (nothing talks to the server during the intake)
        with loket.store.read() as s:
            pid = s.scalars(select(Person.id)).first()
        win.start_intake("civil_registry_extract", pid)
        wait_ops(qtbot, win)
        page = win.intake
        page.editors["record_type"].widget.setCurrentIndex(1)
        page.pref_confirm.setChecked(True)
        page.submit()
        wait_ops(qtbot, win)
        assert page.last_result is not None
        case_id = page.last_result["case_id"]
        with qtbot.waitSignal(controller.finished, timeout=60_000):
            controller.sync_now()
        wait_ops(qtbot, win)
        assert controller.status.pending == 0 and controller.status.state == "idle"
        assert "· 0 " in win.statusBar().findChildren(type(win.read_btn))[-1].text()
        with loket.store.read() as s:
            c = s.get(Case, case_id)
            assert c is not None and c.case_number  # the official number came back from the case store

    finally:
        controller.stop()
        ctx.ops.wait_idle(10_000)
        win.close()


def test_conflict_decided_on_the_conflict_screen(qtbot: Any, empty_loket: Any, sqlite_server: Any,
                                                tmp_path: Path) -> None:
    from tests.casestore.fixtures import open_laptop
    from ui.main import build_main_window
    from ui.signin import SignIn

    loket = empty_loket
    pid, _ = loket.create_person(None, surname="Peeters", given_names="An", street_and_number="Kerkstraat 1",
                                 postal_code="9999", municipality="Meerhoven")
    signin = SignIn(loket, sqlite_server.url, MemoryTokenStore())
    assert signin.sign_in("clerk", DEMO_PASSWORD)[0]
    win, ctx = build_main_window(loket, sync=signin.sync_client())
    qtbot.addWidget(win)
    win.show()
    controller = ctx.services["sync"]
    controller.timer.stop()
    try:
        with qtbot.waitSignal(controller.finished, timeout=60_000):
            controller.sync_now()
        wait_ops(qtbot, win)
        # a coordinator changes the same person's given names on another laptop
        b = open_laptop(tmp_path / "laptop-b", sqlite_server.url, "coordinator", token_service="loket-ui-test-b")
        try:
            b.client.sync_once()
            b.loket.update_person(pid, given_names="Anna")
            b.client.sync_once()
        finally:
            b.close()
        loket.update_person(pid, given_names="Anneke")
        with qtbot.waitSignal(controller.finished, timeout=60_000):
            controller.sync_now()
        wait_ops(qtbot, win)
        assert controller.status.conflicts == 1
        win.show_conflicts()
        wait_ops(qtbot, win)
        page_c = win.conflicts
        assert page_c.list.count() == 1
        assert page_c.local_value.text() == "Anneke" and page_c.server_value.text() == "Anna"
        page_c.keep_local.click()
        wait_ops(qtbot, win)
        with loket.store.read() as s:
            conflict = s.scalars(select(Conflict)).one()
            assert conflict.resolution == "local" and conflict.resolved_by == "clerk"
            person = s.get(Person, pid)
            assert person is not None and person.given_names == "Anneke"
        with qtbot.waitSignal(controller.finished, timeout=60_000):
            controller.sync_now()
        wait_ops(qtbot, win)
        assert controller.status.conflicts == 0 and controller.status.pending == 0
    finally:
        controller.stop()
        ctx.ops.wait_idle(10_000)
        win.close()
