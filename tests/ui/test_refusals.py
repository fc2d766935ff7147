"""Issue 12: the desk offers a role only what the case store accepts (one table, ``wire.roles``), and every
change the case store refused is shown on the conflict screen (Refused tab) with its reason in the
clerk's language, what to do, and re-submit / discard. The refusals come from the real case store."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from sqlalchemy import func, select

from casestore.embedded import DEMO_PASSWORD, RunningServer
from desk_app.store.models import AuditEntry, Case, OutboxOperation, Person
from loket.demo import MemoryTokenStore
from tests.ui.conftest import wait_ops
from wire import roles


@pytest.mark.parametrize("role", roles.ROLES)
def test_each_role_is_offered_only_what_it_may_do(qtbot: Any, loket: Any, role: str) -> None:
    from ui.main import build_main_window

    loket.settings.role = role
    with loket.store.read() as s:
        case = s.scalars(select(Case).where(Case.person_id.is_not(None), Case.status == "received")).first()
        assert case is not None
        case_id, pid = case.id, case.person_id
    may_intake, may_status = roles.may_do(role, "intake"), roles.may_do(role, "change_status")
    win, ctx = build_main_window(loket)
    qtbot.addWidget(win)
    win.show()
    try:
        wait_ops(qtbot, win)
        assert win.home.big_intake.isHidden() is not may_intake
        assert win.actions_["new_intake"].isEnabled() is may_intake
        assert win.actions_["status"].isEnabled() is may_status
        win.show_person(pid)
        wait_ops(qtbot, win)
        assert win.person.person is not None
        assert win.person.intake_btn.isHidden() is not may_intake
        win.show_case(case_id)
        wait_ops(qtbot, win)
        assert win.case.view is not None
        assert win.case.change_btn.isHidden() is not may_status
        assert win.case.change_btn.isEnabled() is may_status
        # the card panel: a citizen not yet on this laptop, a known one whose card shows changes
        panel = win.card_panel
        panel.verification = "untrusted"
        panel._matched((None, []))
        assert panel.create_btn.isHidden() is not roles.may_do(role, "new_person")
        panel.auto_review = False
        panel._matched((pid, [object()]))
        assert panel.review_btn.isHidden() is not roles.may_do(role, "edit_person")
        wait_ops(qtbot, win)
        # Ctrl+N or a draft: an intake starts only for a role that may make one
        win.start_intake("", "")
        wait_ops(qtbot, win)
        assert (win.stack.currentWidget() is win._intake) is may_intake
        if not may_intake:
            assert win.msg.text() == win.tr("Your role cannot start an intake; the case store would refuse it.")
    finally:
        ctx.ops.wait_idle(10_000)
        win.close()


def _refused(loket: Any) -> int:
    with loket.store.read() as s:
        return int(s.scalar(select(func.count()).where(OutboxOperation.state == "rejected")) or 0)


def test_refused_changes_are_shown_translated_and_resolved(qtbot: Any, empty_loket: Any,
                                                          sqlite_server: RunningServer, tmp_path: Path) -> None:
    from ui.main import build_main_window
    from ui.signin import SignIn

    loket = empty_loket
    # made while the desk still took its user for a counter clerk; the case store knows an administrator
    loket.settings.role = "counter"
    keep, _ = loket.create_person(surname="Peeters", given_names="An")
    drop, _ = loket.create_person(surname="Janssens", given_names="Piet")
    signin = SignIn(loket, sqlite_server.url, MemoryTokenStore())
    assert signin.sign_in("admin", DEMO_PASSWORD)[0]
    assert loket.settings.role == "administrator"
    win, ctx = build_main_window(loket, sync=signin.sync_client())
    qtbot.addWidget(win)
    win.show()
    controller = ctx.services["sync"]
    controller.timer.stop()
    try:
        with qtbot.waitSignal(controller.finished, timeout=60_000):
            controller.sync_now()
        wait_ops(qtbot, win)
        assert controller.status.rejected == 2 and controller.status.conflicts == 0
        status_btn = next(b for b in win.statusBar().findChildren(type(win.read_btn))
                          if b.accessibleName() == b.tr("Synchronisation status"))
        assert "2 geweigerd" in status_btn.text()
        status_btn.click()  # "2 refused" leads to the conflict screen's Refused tab
        wait_ops(qtbot, win)
        page = win.conflicts
        assert win.stack.currentWidget() is page and page.tabs.currentWidget() is page.refused
        assert page.intro.text() == "Geen conflicten, maar de dossierserver weigerde 2 wijziging(en): zie Geweigerd."
        assert page.tabs.tabText(1) == "Geweigerd (2)"
        refused = page.refused
        assert refused.list.count() == 2
        assert refused.list.item(0).text().startswith("An Peeters\n")
        assert refused.what.text() == "Nieuw gegeven: An Peeters"
        assert refused.reason.text() == "Uw rol mag deze wijziging niet doen, of het dossier valt buiten uw caseload."
        assert refused.todo.text() == ("Wat te doen: Vraag een coördinator om de wijziging te doen; schrap ze daarna "
                                       "hier.")
        assert refused.server_message.text() == "forbidden: role administrator may not create person"
        win.set_language("fr")  # the reason follows the clerk's language; the server's message stays as sent
        qtbot.waitUntil(lambda: page.tabs.tabText(1) == "Refusés (2)", timeout=5000)
        qtbot.waitUntil(lambda: refused.reason.text() == (
            "Votre rôle ne permet pas cette modification, ou le dossier est hors de votre portefeuille."), timeout=5000)
        assert refused.server_message.text() == "forbidden: role administrator may not create person"
        win.set_language("nl")
        qtbot.waitUntil(lambda: page.tabs.tabText(1) == "Geweigerd (2)", timeout=5000)

        # re-submitting as the administrator is refused by the desk itself (the case store would refuse it)
        refused.resubmit_btn.click()
        wait_ops(qtbot, win)
        assert win.msg.text() == ("Uw rol mag deze wijziging niet doen; de dossierserver zou ze weigeren. "
                                  "Er werd niets bewaard.")
        assert _refused(loket) == 2

        # discard the second one: a reason is needed; the record goes, an audit entry stays
        refused.list.setCurrentRow(1)
        assert not refused.discard_btn.isEnabled()
        refused.discard_reason.setText("dubbel ingevoerd")
        assert refused.discard_btn.isEnabled()
        refused.discard_btn.click()
        wait_ops(qtbot, win)
        qtbot.waitUntil(lambda: refused.list.count() == 1, timeout=10_000)
        with loket.store.read() as s:
            assert s.get(Person, drop) is None
            entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "discard")).one()
            assert entry.actor == "admin" and entry.person_id == drop and "dubbel ingevoerd" in entry.detail
        assert page.tabs.tabText(1) == "Geweigerd (1)"

        # the right user signs in; the change goes back to pending and is accepted at the next sync
        assert signin.sign_in("clerk", DEMO_PASSWORD)[0]
        refused.resubmit_btn.click()
        wait_ops(qtbot, win)
        qtbot.waitUntil(lambda: refused.list.count() == 0, timeout=10_000)
        assert not refused.empty.isHidden()
        assert page.intro.text() == QCoreApplication.translate(
            "ConflictsPage", "No conflicts: everything is in agreement with the case store.")
        assert page.intro.text().startswith("Geen conflicten")
        with qtbot.waitSignal(controller.finished, timeout=60_000):
            controller.sync_now()
        wait_ops(qtbot, win)
        assert controller.status.rejected == 0 and controller.status.pending == 0
        assert _refused(loket) == 0
        with loket.store.read() as s:
            assert s.get(Person, keep) is not None
    finally:
        controller.stop()
        ctx.ops.wait_idle(10_000)
        win.close()


def test_outbox_errors_are_said_in_the_clerks_language(qapp: Any) -> None:
    from desk_app.services import refusals
    from ui.core.errors import describe
    from ui.i18n import install

    install("de")
    try:
        assert describe(refusals.OutboxError("Give a reason", "no_reason")) == (
            "Geben Sie einen Grund für das Verwerfen an (er wird im Audit-Protokoll vermerkt).")
    finally:
        install("nl")
