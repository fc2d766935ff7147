"""Issue 13 §4 "Forms that tell the truth", driven through the real widgets of the main window: errors follow
the fields and never reach the next intake, the count is what is on screen, the type box keeps its keys,
one intake keeps one draft, the status dialog moves forward, history rows say what they are."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from desk_app.store.models import Appointment, Case, Person
from tests.ui.conftest import wait_ops


def _a_person(loket: Any) -> Person:
    with loket.store.read() as s:
        p = s.scalars(select(Person).order_by(Person.surname)).first()
        assert p is not None
        s.expunge(p)
        return p


def _focus(qtbot: Any, window: Any, widget: Any) -> None:
    """Give ``widget`` the keyboard focus, as a clerk's click would (the window active first)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    qtbot.waitUntil(widget.isVisible, timeout=3000)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=3000)


def _visible_errors(page: Any) -> set[str]:
    return {k for k, e in page.errors.items() if e.isVisible()}


def _count(page: Any) -> int | None:
    """The number the summary states ("2 veld(en) vragen aandacht."), None when it is hidden."""
    if not page.summary.isVisible():
        return None
    return int(page.summary.text().split()[0])


def test_errors_follow_the_fields_and_never_reach_a_fresh_intake(qtbot: Any, window: Any, loket: Any) -> None:
    p = _a_person(loket)
    window.start_intake("civil_registry_extract", p.id)
    wait_ops(qtbot, window)
    page = window.intake
    page.submit()  # record type missing, channel not confirmed
    assert _visible_errors(page) == {"record_type"}
    assert page.chan_error.isVisible()
    assert _count(page) == 2  # both problems on screen are counted
    assert page.editors["record_type"].widget.property("invalid") is True

    page.editors["record_type"].widget.setCurrentIndex(1)  # "Geboorteakte": the field is right now
    assert _visible_errors(page) == set()
    assert page.editors["record_type"].widget.property("invalid") is False
    assert _count(page) == 1  # only the channel is left
    page.pref_confirm.setChecked(True)
    assert not page.chan_error.isVisible()
    assert _count(page) is None

    # errors on screen, then another language and a fresh intake: nothing of the old form carries over
    page.pref_confirm.setChecked(False)
    page.editors["record_type"].widget.setCurrentIndex(0)
    page.submit()
    assert _visible_errors(page) == {"record_type"} and page.chan_error.isVisible()
    window.set_language("fr")
    try:
        french = QApplication.translate("validation", "this field is required")
        qtbot.waitUntil(lambda: page.errors["record_type"].text() == french, timeout=3000)  # retranslated
        window.start_intake("civil_registry_extract", p.id)
        wait_ops(qtbot, window)
        assert window.stack.currentWidget() is page
        assert _visible_errors(page) == set()
        assert not page.chan_error.isVisible() and page.chan_error.text() == ""
        assert not page.summary.isVisible()
    finally:
        window.set_language("nl")


def test_typing_in_the_case_type_box_stays_in_the_box(qtbot: Any, window: Any, loket: Any) -> None:
    p = _a_person(loket)
    window.start_intake("", p.id)
    wait_ops(qtbot, window)
    page = window.intake
    assert page.case_type is None
    _focus(qtbot, window, page.type_combo)
    qtbot.keyClicks(page.type_combo, "adr")
    assert page.case_type is not None and page.case_type.code == "address_change"
    assert page.type_combo.hasFocus()
    assert all(ed.value() in ("", None, [], False) or ed.field.default is not None for ed in page.editors.values())
    assert page.editors["street_and_number"].value() == ""
    qtbot.keyClick(page.type_combo, Qt.Key.Key_Return)  # Enter goes on to the form
    assert page.editors["street_and_number"].focus_widget.hasFocus()


def test_one_intake_keeps_one_draft_however_often_esc_is_pressed(qtbot: Any, window: Any, loket: Any) -> None:
    p = _a_person(loket)
    window.activateWindow()
    window.show_person(p.id)
    wait_ops(qtbot, window)
    page = window.intake
    assert not page.drafts.list()

    # an untouched form closed with Esc leaves no draft
    window.start_intake("address_change", p.id)
    wait_ops(qtbot, window)
    qtbot.keyClick(page.editors["street_and_number"].focus_widget, Qt.Key.Key_Escape)
    wait_ops(qtbot, window)
    assert window.stack.currentWidget() is not page
    assert page.drafts.list() == []

    window.start_intake("address_change", p.id)
    wait_ops(qtbot, window)
    qtbot.keyClicks(page.editors["street_and_number"].focus_widget, "Nieuwstraat 5")
    qtbot.keyClick(page.editors["street_and_number"].focus_widget, Qt.Key.Key_Escape)
    wait_ops(qtbot, window)
    drafts = page.drafts.list()
    assert [d.answers["street_and_number"] for d in drafts] == ["Nieuwstraat 5"]

    # Ctrl+N on the citizen again, the same case type: the same intake goes on, the same draft is updated
    assert window.stack.currentWidget() is window.person
    window.actions_["new_intake"].trigger()  # Ctrl+N
    wait_ops(qtbot, window)
    assert window.stack.currentWidget() is page
    page.type_combo.setFocus()
    page.type_combo.setCurrentIndex(page.type_combo.findData("address_change"))
    assert page.editors["street_and_number"].value() == "Nieuwstraat 5"
    postal = page.editors["postal_code"].focus_widget
    _focus(qtbot, window, postal)
    qtbot.keyClicks(postal, "9999")
    qtbot.keyClick(postal, Qt.Key.Key_Escape)
    wait_ops(qtbot, window)
    assert window.stack.currentWidget() is not page
    window.start_intake("address_change", p.id)
    wait_ops(qtbot, window)
    qtbot.keyClick(page.editors["street_and_number"].focus_widget, Qt.Key.Key_Escape)
    wait_ops(qtbot, window)
    drafts = page.drafts.list()
    assert len(drafts) == 1
    assert drafts[0].answers["street_and_number"] == "Nieuwstraat 5" and drafts[0].answers["postal_code"] == "9999"
    window.show_home()
    wait_ops(qtbot, window)
    assert window.home.drafts_box.count() == 1  # one "Resume: …" button for the one intake


def test_status_dialog_starts_at_the_next_step(qtbot: Any, window: Any, loket: Any) -> None:
    from ui.cases.page import StatusDialog

    with loket.store.read() as s:
        case = s.scalars(select(Case).where(Case.status == "received", Case.case_type == "address_change")).first()
        assert case is not None
        cid = case.id
    loket.change_status(cid, "in_progress", None)
    window.show_case(cid)
    wait_ops(qtbot, window)
    qtbot.waitUntil(lambda: window.case.view is not None and window.case.view.case["status"] == "in_progress",
                    timeout=5000)
    statuses = loket.catalogue.case_types["address_change"].statuses
    dlg = StatusDialog(window.ctx, window.case.view.case, "nl", window)
    qtbot.addWidget(dlg)
    assert dlg.status.currentData() == statuses[statuses.index("in_progress") + 1]
    assert dlg.status.currentData() != "received"


def test_history_rows_of_appointments_are_translated_and_in_their_columns(qtbot: Any, window: Any,
                                                                         loket: Any) -> None:
    p = _a_person(loket)
    start = dt.datetime(2026, 3, 2, 10, 0, tzinfo=dt.UTC)
    with loket.store.write() as s:
        s.add(Appointment(id=str(uuid.uuid4()), person_id=p.id, desk="home_visit", starts_at=start,
                          ends_at=start + dt.timedelta(hours=1), advisor="Advisor Aerts", subject="Huisbezoek"))
    window.show_person(p.id)
    wait_ops(qtbot, window)
    tree = window.person.history
    rows = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    appts = [r for r in rows if (r.data(0, Qt.ItemDataRole.UserRole) or ("",))[0] == "appointment"
             and "Huisbezoek" in r.text(2)]
    assert len(appts) == 1
    row = appts[0]
    assert row.text(3) == QApplication.translate("channels", "home visit") != "home_visit"
    assert row.text(3) != "" and "_" not in row.text(3)
    assert row.text(5) == ""  # Referentie: an appointment has none; the advisor is not one
    assert "Advisor Aerts" in row.text(2)
