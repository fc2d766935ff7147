"""Issue 13 §1 "The right citizen, always": cards go through the simulator, a real pcscd and vpcd into the main
window; the clerk's keys and clicks are the real actions and buttons."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from sqlalchemy import select

from desk_app.services import persons
from desk_app.store.models import AuditEntry, Person
from tests.ui.conftest import wait_ops

pytestmark = pytest.mark.pcsc


@contextmanager
def _desk(qtbot: Any, loket: Any, auto_review: bool = False) -> Iterator[tuple[Any, Any, Any]]:
    """The main window with the card service on the shared virtual reader: (window, panel, reader stack)."""
    from eid.simulator.harness import VirtualReaderStack
    from ui.main import build_main_window

    stack = VirtualReaderStack.shared()
    win, ctx = build_main_window(loket, card=True)
    qtbot.addWidget(win)
    win.show()
    service, panel = ctx.services["card"], win.card_panel
    panel.auto_review = auto_review
    try:
        qtbot.waitUntil(lambda: service.auto is not None and service.state == "ready", timeout=15_000)
        yield win, panel, stack
    finally:
        if panel.card is not None:
            stack.remove(slot=0)
            qtbot.waitUntil(lambda: panel.card is None, timeout=10_000)
        service.stop()
        ctx.ops.wait_idle(10_000)
        win.close()


def _insert(qtbot: Any, win: Any, panel: Any, stack: Any, kind: str) -> None:
    from eid.simulator.synthetic import synthetic_card, synthetic_options

    if panel.card is not None:
        stack.remove(slot=0)
        qtbot.waitUntil(lambda: panel.card is None, timeout=10_000)
    stack.insert(synthetic_card(kind), synthetic_options(kind), slot=0)
    qtbot.waitUntil(lambda: panel.match is not None and panel.verification is not None, timeout=15_000)
    wait_ops(qtbot, win)


def _register(qtbot: Any, win: Any, panel: Any) -> str:
    """The clerk adds the citizen of the card in the reader (one click); the citizen's page opens."""
    assert panel.create_btn.isVisible()
    panel.create_btn.click()
    wait_ops(qtbot, win)
    qtbot.waitUntil(lambda: win.stack.currentWidget() is win.person and win.person.person is not None
                    and win.person.person["national_number"] == panel.card.national_number, timeout=5000)
    return str(win.person.person_id)


def _answer(get: Callable[[], Any], act: Callable[[Any], object]) -> QTimer:
    """Answer a modal dialog once it is on screen (it runs its own event loop, so a timer does the clicking)."""
    timer = QTimer()
    timer.setInterval(20)

    def poll() -> None:
        dlg = get()
        if dlg is not None and dlg.isVisible():
            timer.stop()
            act(dlg)

    timer.timeout.connect(poll)
    timer.start()
    return timer


def test_a_card_change_changes_the_subject_and_ctrl_n_follows(qtbot: Any, loket: Any) -> None:
    with _desk(qtbot, loket) as (win, panel, stack):
        _insert(qtbot, win, panel, stack, "v18-ec")
        first = _register(qtbot, win, panel)
        first_number = panel.card.national_number

        # Ctrl+0, then another citizen's card (not yet known): the previous citizen is no longer the subject
        _insert(qtbot, win, panel, stack, "v18-ec-fr")
        second_number = panel.card.national_number
        assert panel.match[0] is None
        assert win.stack.currentWidget() is not win.person
        win.actions_["new_intake"].trigger()  # Ctrl+N
        wait_ops(qtbot, win)
        page = win.intake
        assert win.stack.currentWidget() is page
        assert page.person is None or page.person["id"] != first  # never under the previous citizen
        assert page.card_note.isVisible() and "Synthétique" in page.card_note.text()

        # an intake under way for the second citizen; then the first citizen's card goes in
        second = _register(qtbot, win, panel)
        win.actions_["new_intake"].trigger()
        wait_ops(qtbot, win)
        assert win.stack.currentWidget() is page and page.person is not None and page.person["id"] == second
        assert not page.card_note.isVisible()  # the card in the reader is this citizen's
        _insert(qtbot, win, panel, stack, "v18-ec")
        assert panel.match[0] == first
        assert win.stack.currentWidget() is page and page.person["id"] == second  # the intake is not swapped
        assert page.card_note.isVisible()
        assert "Jan Synthetisch" in page.card_note.text()
        assert first_number != second_number


def test_an_altered_card_needs_an_audited_override_before_an_intake(qtbot: Any, loket: Any) -> None:
    with _desk(qtbot, loket) as (win, panel, stack):
        _insert(qtbot, win, panel, stack, "v18-ec")
        pid = _register(qtbot, win, panel)
        win.show_home()

        _insert(qtbot, win, panel, stack, "tampered-identity")  # the same national number, altered data
        assert panel.verification == "invalid" and panel.match[0] == pid
        assert win.stack.currentWidget() is win.home  # the record does not open on an altered card
        assert panel.override_btn.isVisible() and not panel.open_btn.isVisible()
        # found by a search instead: Ctrl+N is still refused while the altered card is in the reader
        win.show_person(pid)
        wait_ops(qtbot, win)
        win.actions_["new_intake"].trigger()
        wait_ops(qtbot, win)
        assert win.stack.currentWidget() is win.person
        assert "Continue anyway" in win.msg.text() or "Toch verdergaan" in win.msg.text()
        from desk_app.services.drafts import Draft

        win.resume_draft(Draft("civil_registry_extract", pid, {}))  # nor does a draft of this citizen resume
        wait_ops(qtbot, win)
        assert win.stack.currentWidget() is win.person

        # the explicit override: a reason, written to the audit log, then the intake
        timer = _answer(lambda: getattr(panel, "override_dialog", None),
                        lambda dlg: (dlg.reason.setText("paspoort gecontroleerd"), dlg.ok_btn.click()))
        panel.override_btn.click()
        timer.stop()
        wait_ops(qtbot, win)
        with loket.store.read() as s:
            details = list(s.scalars(select(AuditEntry.detail).where(AuditEntry.person_id == pid)))
        assert any("altered card" in d and "paspoort gecontroleerd" in d for d in details)
        win.actions_["new_intake"].trigger()
        wait_ops(qtbot, win)
        assert win.stack.currentWidget() is win.intake and win.intake.person["id"] == pid


def test_the_card_review_starts_the_address_change_intake(qtbot: Any, loket: Any) -> None:
    with _desk(qtbot, loket) as (win, panel, stack):
        _insert(qtbot, win, panel, stack, "v18-ec")
        pid = _register(qtbot, win, panel)
        with loket.store.write() as s:
            person = s.get(Person, pid)
            assert person is not None
            persons.add_address(s, "test", person, "Oude Baan 1", "9999", "Meerhoven", "declared")
        panel.auto_review = True
        # the review dialog comes up by itself; the clerk keeps "start an address change" (ticked) and applies
        timer = _answer(lambda: getattr(panel, "review_dialog", None),
                        lambda dlg: dlg.apply_btn.click())
        _insert(qtbot, win, panel, stack, "v18-ec")
        qtbot.waitUntil(lambda: win.stack.currentWidget() is win.intake, timeout=5000)
        timer.stop()
        page = win.intake
        assert page.case_type is not None and page.case_type.code == "address_change"
        assert page.person is not None and page.person["id"] == pid
        assert page.editors["street_and_number"].value() == panel.card.street_and_number


def test_partial_birth_date_third_initial_and_document_type(qtbot: Any, loket: Any) -> None:
    with _desk(qtbot, loket) as (win, panel, stack):
        _insert(qtbot, win, panel, stack, "year-only")
        assert "Geboren: 1962 Brugge" in panel.details.text().splitlines()
        assert "Document: Belgische identiteitskaart" in panel.details.text().splitlines()
        pid = _register(qtbot, win, panel)
        with loket.store.read() as s:
            assert s.get(Person, pid).birth_date == "1962"
        assert win.person._fact_labels["birth"][1].text() == "1962 Brugge"

        _insert(qtbot, win, panel, stack, "v18-ec-fr")  # Marie Synthétique, third initial L
        assert panel.card.given_names == "Marie Synthétique" and panel.card.third_initial == "L"
        assert panel.name.text() == "Marie Synthétique Exemple"
        assert "Derde initiaal: L" in panel.details.text().splitlines()
        pid = _register(qtbot, win, panel)
        with loket.store.read() as s:
            assert s.get(Person, pid).given_names == "Marie Synthétique"

        for kind, shown in (("foreigner", "Vreemdelingenkaart A"), ("foreigner-eu", "Verblijfsdocument EU-burger (EU)"),
                            ("kids", "Kids-ID (Belgisch kind)")):
            _insert(qtbot, win, panel, stack, kind)
            assert f"Document: {shown}" in panel.details.text().splitlines(), kind
