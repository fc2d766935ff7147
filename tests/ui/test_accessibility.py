"""Issue 13 §5 (EN 301 549 clause 11), read through Qt's accessibility interfaces — what AT-SPI hands a screen
reader: every focusable control of every screen has a name (a combo box is named by its label, not by its
value), navigation buttons are buttons and all four are in the Tab chain, scroll areas are no Tab stops, the
intake's Tab order follows its layout, focus is visible, and the person page reads the citizen's name.

Run with ``-s`` to see the counts (controls checked, unnamed)."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QComboBox, QWidget
from sqlalchemy import select

from desk_app.store.models import Case, Conflict, OutboxOperation, Person
from tests.ui.conftest import wait_ops

NAME = QAccessible.Text.Name


def _iface(w: QWidget) -> Any:
    iface = QAccessible.queryAccessibleInterface(w)
    assert iface is not None and iface.isValid(), f"no accessibility interface for {w!r}"
    return iface


def _focused() -> QWidget:
    w = QApplication.focusWidget()
    assert w is not None, "the focus left the window"
    return w


def accessible_name(w: QWidget) -> str:
    """The name a screen reader announces. Qt on Linux names a combo box by its current value and links its
    label through a "labelled by" relation: that label is its name here (a value is no name)."""
    iface = _iface(w)
    name = (iface.text(NAME) or "").strip()
    if isinstance(w, QComboBox):
        value = (iface.text(QAccessible.Text.Value) or "").strip()
        labels = [rel.text(NAME).strip() for rel, flag in iface.relations() if flag & QAccessible.RelationFlag.Label]
        labels = [t for t in labels if t]
        if labels:
            return labels[0]
        return name if name and name != value else ""
    return name


def focusable(top: QWidget) -> list[QWidget]:
    """Every control on screen that can take the keyboard focus (by Tab or by click)."""
    found = [top] if top.focusPolicy() != Qt.FocusPolicy.NoFocus else []
    found += [w for w in top.findChildren(QWidget)
              if w.isVisibleTo(top) and w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.focusProxy() is None
              and w.window() is top.window()]
    return found


class Audit:
    """Counts what was checked; collects the unnamed controls with the screen they are on."""

    def __init__(self) -> None:
        self.checked = 0
        self.screens = 0
        self.unnamed: list[str] = []

    def screen(self, where: str, top: QWidget) -> None:
        QApplication.processEvents()
        self.screens += 1
        for w in focusable(top):
            self.checked += 1
            if not accessible_name(w):
                self.unnamed.append(f"{where}: {type(w).__name__} {w.objectName()!r} "
                                    f"(role {_iface(w).role().name}, text {getattr(w, 'text', lambda: '')()!r})")


def _person_with_cases(loket: Any) -> tuple[str, str]:
    with loket.store.read() as s:
        case = s.scalars(select(Case).where(Case.person_id.is_not(None)).order_by(Case.created_at)).first()
        assert case is not None and case.person_id is not None
        return case.person_id, case.id


def test_every_focusable_control_of_every_screen_has_a_name(qtbot: Any, window: Any, loket: Any) -> None:
    audit = Audit()
    pid, cid = _person_with_cases(loket)
    for role in ("counter", "outreach", "theme_desk", "coordinator", "administrator"):
        loket.settings.role = role
        window.home.retranslate()
        window.show_home()
        wait_ops(qtbot, window)
        audit.screen(f"home ({role})", window)
    loket.settings.role = "counter"
    window.focus_search()
    with loket.store.read() as s:
        surname = s.scalars(select(Person.surname).where(Person.id == pid)).one()
    window.search_field.setText(surname[:4])
    window.search.search(surname[:4])
    wait_ops(qtbot, window)
    qtbot.waitUntil(lambda: window.search.list.count() > 0, timeout=5000)
    audit.screen("search", window)
    window.show_person(pid)
    wait_ops(qtbot, window)
    audit.screen("person", window)
    for code in sorted(loket.catalogue.case_types):
        window.start_intake(code, pid)
        wait_ops(qtbot, window)
        audit.screen(f"intake {code}", window)
        window.intake.submit()  # with the errors shown
        audit.screen(f"intake {code} (errors)", window)
        window.intake.cancel()
        wait_ops(qtbot, window)
    window.show_cases(None)
    wait_ops(qtbot, window)
    audit.screen("cases", window)
    window.show_case(cid)
    wait_ops(qtbot, window)
    audit.screen("case", window)
    with loket.store.write() as s:
        s.add(Conflict(id=str(uuid.uuid4()), entity="person", entity_id=pid, field="phone",
                       local_value="0470 12 34 56", server_value="09 210 10 10", base_revision=1, server_revision=2))
        op = s.scalars(select(OutboxOperation).where(OutboxOperation.entity == "case")).first()
        assert op is not None
        op.state = "rejected"
        op.result = {"error": "invalid", "message": "invalid: subject: too long"}
    window.show_conflicts()
    wait_ops(qtbot, window)
    audit.screen("conflicts", window)
    window.conflicts.tabs.setCurrentIndex(1)
    assert window.conflicts.refused.rows, "the refused operation is listed"
    audit.screen("refused", window)

    from ui.cases.page import StatusDialog
    from ui.documents.receipt_dialog import ReceiptDialog
    from ui.signin import SignIn, SignInDialog

    dialogs: list[tuple[str, QWidget]] = [
        ("sign-in", SignInDialog(SignIn(loket), "clerk")),
        ("receipt", ReceiptDialog(loket, window.case.view.reference, window)),
        ("status", StatusDialog(window.ctx, window.case.view.case, "nl", window)),
    ]
    for where, dlg in dialogs:
        qtbot.addWidget(dlg)
        dlg.show()
        qtbot.waitExposed(dlg)
        audit.screen(where, dlg)
        dlg.close()
    print(f"\naccessibility: {audit.screens} screens, {audit.checked} focusable controls checked, "
          f"unnamed: {len(audit.unnamed)}")
    assert audit.checked > 300
    assert audit.unnamed == []


def test_navigation_buttons_are_buttons_and_all_in_the_tab_chain(qtbot: Any, window: Any) -> None:
    buttons = [b for b in window.nav_buttons.values() if b.isVisible()]  # the role's pages (others are hidden)
    for b in buttons:
        assert _iface(b).role() == QAccessible.Role.Button, f"{b.text()} is exposed as {_iface(b).role().name}"
    window.show_cases(None)  # "Cases" is the current page: still a button, and said to be current
    wait_ops(qtbot, window)
    assert window.nav_buttons["cases"].property("current") is True
    assert window.nav_buttons["cases"].accessibleDescription()
    assert _iface(window.nav_buttons["cases"]).role() == QAccessible.Role.Button
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    reached: list[QWidget] = []
    buttons[0].setFocus()
    qtbot.waitUntil(buttons[0].hasFocus, timeout=3000)
    for _ in range(len(buttons) - 1):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(_focused())
    assert reached == buttons[1:]


def test_scroll_areas_are_no_tab_stops_and_the_intake_tab_order_follows_the_layout(
        qtbot: Any, window: Any, loket: Any) -> None:
    pid, _cid = _person_with_cases(loket)
    window.start_intake("address_change", pid)
    wait_ops(qtbot, window)
    page = window.intake
    areas = [w for w in page.findChildren(QAbstractScrollArea)
             if w.isVisibleTo(page) and type(w).__name__ == "QScrollArea"]
    assert len(areas) == 2
    assert all(not (w.focusPolicy() & Qt.FocusPolicy.TabFocus) for w in areas)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    last = list(page.editors.values())[-1].focus_widget
    last.setFocus()
    qtbot.waitUntil(last.hasFocus, timeout=3000)
    # the side column top to bottom (attachments, then the channel), then the bar under the form; a disabled
    # control (no fee to pay) is passed over
    expected = [w for w in (page.att_list, page.att_add, page.att_scan, page.pref_channel, page.pref_email,
                            page.pref_phone, page.pref_confirm, page.channel, page.fee_paid, page.cancel_btn,
                            page.save_btn) if w.isEnabled()]
    order: list[QWidget] = []
    for _ in expected:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(_focused())
    assert order == expected


def test_boxes_and_lists_are_named_by_their_label(qtbot: Any, window: Any, loket: Any) -> None:
    pid, _cid = _person_with_cases(loket)
    window.start_intake("address_change", pid)
    wait_ops(qtbot, window)
    page = window.intake
    box = page.pref_channel
    value = _iface(box).text(QAccessible.Text.Value)
    assert accessible_name(box) == page.chan_title.text() != value
    assert accessible_name(page.att_list) == page.att_title.text()
    window.show_home()
    wait_ops(qtbot, window)
    assert accessible_name(window.home.left) == window.home.left_title.text()
    assert accessible_name(window.home.right) == window.home.right_title.text()


def test_the_person_page_reads_the_citizens_name(qtbot: Any, window: Any, loket: Any) -> None:
    pid, _cid = _person_with_cases(loket)
    with loket.store.read() as s:
        p = s.get(Person, pid)
        assert p is not None
        full = f"{p.given_names} {p.surname}".strip()
    window.show_person(pid)
    wait_ops(qtbot, window)
    qtbot.waitUntil(lambda: window.person.name.text() == full, timeout=5000)
    assert _iface(window.person.name).text(NAME) == full
    t, v = window.person._fact_labels["address"]
    assert _iface(v).text(NAME) == f"{t.text()}: {v.text()}"  # the title and the value


@pytest.mark.parametrize("which", ["nav", "tree", "list", "checkbox"])
def test_focus_is_visible(qtbot: Any, window: Any, loket: Any, which: str) -> None:
    """The control looks different with the keyboard focus than without it (the theme's focus styles)."""
    pid, _cid = _person_with_cases(loket)
    if which in ("list", "checkbox"):
        window.start_intake("address_change", pid)
        wait_ops(qtbot, window)
        target: QWidget = window.intake.att_list if which == "list" else window.intake.pref_confirm
    elif which == "tree":
        window.show_home()
        wait_ops(qtbot, window)
        target = window.home.left
    else:
        target = window.nav_buttons["cases"]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    window.search_field.setFocus()
    qtbot.waitUntil(lambda: not target.hasFocus(), timeout=3000)
    before = target.grab().toImage()
    target.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(target.hasFocus, timeout=3000)
    after = target.grab().toImage()
    assert before != after, f"{which}: no visible focus"
