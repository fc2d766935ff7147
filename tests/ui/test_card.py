"""Card insertion through the simulator and a real pcscd + vpcd: identity, verification, person match,
one-confirmation creation and the field-by-field review with an address-change intake."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from desk_app.services import persons
from desk_app.store.models import Person
from tests.ui.conftest import wait_ops


@pytest.mark.pcsc
def test_card_new_person_then_known_with_changes(qtbot: Any, loket: Any) -> None:
    from eid.simulator.harness import VirtualReaderStack
    from eid.simulator.synthetic import synthetic_card, synthetic_options
    from ui.main import build_main_window

    stack = VirtualReaderStack.shared()
    win, ctx = build_main_window(loket, card=True)
    qtbot.addWidget(win)
    win.show()
    service, panel = ctx.services["card"], win.card_panel
    panel.auto_review = False
    try:
        qtbot.waitUntil(lambda: service.auto is not None and service.state == "ready", timeout=15_000)
        stack.insert(synthetic_card("v18-ec"), synthetic_options("v18-ec"), slot=0)
        qtbot.waitUntil(lambda: panel.match is not None, timeout=15_000)
        assert panel.card is not None and panel.card.national_number
        assert panel.verification == "untrusted"  # a synthetic test card, shown honestly
        assert "test" in panel.verify_badge.text().lower() or panel.verify_badge.text()
        assert panel.match[0] is None and panel.create_btn.isVisible()
        assert service.last_insert_to_identity_ms is not None and service.last_insert_to_identity_ms < 2000
        panel.create_btn.click()
        wait_ops(qtbot, win)
        qtbot.waitUntil(lambda: win.stack.currentWidget() is win.person and win.person.person is not None, timeout=5000)
        number = panel.card.national_number
        with loket.store.read() as s:
            p = persons.by_national_number(s, number)
            assert p is not None
            pid = p.id
        assert win.person.person_id == pid
        stack.remove(slot=0)
        qtbot.waitUntil(lambda: panel.card is None, timeout=10_000)

        # the citizen moved meanwhile (our record) and the card shows another address → review
        with loket.store.write() as s:
            person = s.get(Person, pid)
            assert person is not None
            persons.add_address(s, "test", person, "Oude Baan 1", "9999", "Meerhoven", "declared")
        stack.insert(synthetic_card("v18-ec"), synthetic_options("v18-ec"), slot=0)
        qtbot.waitUntil(lambda: panel.match is not None and panel.match[0] == pid, timeout=15_000)
        diffs = panel.match[1]
        assert any(d.field == "address" for d in diffs)
        assert panel.review_btn.isVisible()
        panel.apply_review(pid, {"address"}, address_intake=True)
        wait_ops(qtbot, win)
        qtbot.waitUntil(lambda: win.stack.currentWidget() is win.intake, timeout=5000)
        assert win.intake.case_type is not None and win.intake.case_type.code == "address_change"
        assert win.intake.editors["street_and_number"].value() == panel.card.street_and_number
        with loket.store.read() as s:
            p2 = s.scalars(select(Person).where(Person.id == pid)).one()
            assert persons.current_address(p2).street_and_number == panel.card.street_and_number  # type: ignore[union-attr]
        stack.remove(slot=0)
    finally:
        service.stop()
        ctx.ops.wait_idle(10_000)
        win.close()




@pytest.mark.pcsc
def test_tampered_card_is_flagged_and_cannot_create(qtbot: Any, loket: Any) -> None:
    from eid.simulator.harness import VirtualReaderStack
    from eid.simulator.synthetic import synthetic_card, synthetic_options
    from ui.main import build_main_window

    stack = VirtualReaderStack.shared()
    win, ctx = build_main_window(loket, card=True)
    qtbot.addWidget(win)
    win.show()
    service, panel = ctx.services["card"], win.card_panel
    try:
        qtbot.waitUntil(lambda: service.auto is not None and service.state == "ready", timeout=15_000)
        stack.insert(synthetic_card("tampered-identity"), synthetic_options("tampered-identity"), slot=0)
        qtbot.waitUntil(lambda: panel.match is not None, timeout=15_000)
        assert panel.verification == "invalid"
        assert panel.verify_badge.objectName() == "BadgeBad"
        assert not panel.create_btn.isVisible()  # an altered card never creates a citizen
        stack.remove(slot=0)
    finally:
        service.stop()
        ctx.ops.wait_idle(10_000)
        win.close()


def test_review_dialog_keyboard(qtbot: Any) -> None:
    from PySide6.QtCore import Qt

    from desk_app.services.persons import FieldDiff
    from ui.card.panel import CardReviewDialog

    dlg = CardReviewDialog([FieldDiff("card_number", "1", "2"), FieldDiff("address", "A 1, 9999 X", "B 2, 9999 X")])
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.address_intake.isChecked()
    assert dlg.accepted_fields() == {"card_number", "address"}
    dlg.table.item(0, 0).setCheckState(Qt.CheckState.Unchecked)  # type: ignore[union-attr]
    assert dlg.accepted_fields() == {"address"}
    with qtbot.waitSignal(dlg.accepted, timeout=2000):
        qtbot.keyClick(dlg, Qt.Key.Key_Return)
