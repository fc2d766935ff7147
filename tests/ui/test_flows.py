"""The desk GUI driven through its real widgets: search, 360° view, intake, status change."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from sqlalchemy import select

from desk_app.store.models import Case, Person
from tests.ui.conftest import wait_ops


def _a_person(loket: Any) -> Person:
    with loket.store.read() as s:
        p = s.scalars(select(Person).order_by(Person.surname)).first()
        assert p is not None
        s.expunge(p)
        return p


def test_first_keystroke_builds_the_results_page_and_searches(qtbot: Any, loket: Any) -> None:
    # the results page is built after the first paint; a clerk typing before that is served all the same
    from ui.main import build_main_window

    p = _a_person(loket)
    win, ctx = build_main_window(loket)
    qtbot.addWidget(win)
    assert win._search is None
    qtbot.keyClicks(win.search_field, p.surname[:1])
    assert win.stack.currentWidget() is win._search is not None
    assert win._search._query == p.surname[:1]  # the keystroke that built the page reached it
    qtbot.keyClicks(win.search_field, p.surname[1:4])
    wait_ops(qtbot, win)
    hits = [win.search.list.item(i).data(Qt.ItemDataRole.UserRole + 1) for i in range(win.search.list.count())]
    assert any(h.id == p.id for h in hits)
    assert win.search._query == p.surname[:4]  # every keystroke reached the page, the first one too
    ctx.ops.wait_idle(10_000)
    win.close()


def test_search_as_you_type_and_open_person(qtbot: Any, window: Any, loket: Any) -> None:
    p = _a_person(loket)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_field.hasFocus()
    qtbot.keyClicks(window.search_field, p.surname[:4])
    wait_ops(qtbot, window)
    assert window.search.list.count() >= 1
    assert window.search.last_latency_ms is not None
    # by national number as well
    window.search_field.clear()
    assert p.national_number
    qtbot.keyClicks(window.search_field, p.national_number[:6])
    wait_ops(qtbot, window)
    hits = [window.search.list.item(i).data(Qt.ItemDataRole.UserRole + 1) for i in range(window.search.list.count())]
    assert any(h.id == p.id for h in hits)
    # Down moves into the list, Enter opens the person
    qtbot.keyClick(window.search_field, Qt.Key.Key_Down)
    assert window.search.list.hasFocus()
    row = next(i for i, h in enumerate(hits) if h.id == p.id)
    window.search.list.setCurrentRow(row)
    qtbot.keyClick(window.search.list, Qt.Key.Key_Return)
    wait_ops(qtbot, window)
    assert window.stack.currentWidget() is window.person
    assert window.person.person_id == p.id
    assert p.surname in window.person.name.text()


def test_person_360_shows_history_and_opens_case(qtbot: Any, window: Any, loket: Any) -> None:
    with loket.store.read() as s:
        case = s.scalars(select(Case).where(Case.person_id.is_not(None))).first()
        assert case is not None
        pid, cid = case.person_id, case.id
    window.ctx.bus.open_person.emit(pid)
    wait_ops(qtbot, window)
    items = [window.person.history.topLevelItem(i) for i in range(window.person.history.topLevelItemCount())]
    case_items = [it for it in items if it.data(0, Qt.ItemDataRole.UserRole) == ("case", cid)]
    assert case_items
    window.person.history.itemActivated.emit(case_items[0], 0)
    wait_ops(qtbot, window)
    assert window.stack.currentWidget() is window.case
    assert window.case.view.case["id"] == cid


def test_intake_validation_inline_then_saved(qtbot: Any, window: Any, loket: Any) -> None:
    p = _a_person(loket)
    window.ctx.bus.open_person.emit(p.id)
    wait_ops(qtbot, window)
    window.ctx.bus.start_intake.emit("address_change", p.id)
    wait_ops(qtbot, window)
    page = window.intake
    assert window.stack.currentWidget() is page
    eds = page.editors
    eds["street_and_number"].widget.setText("Nieuwstraat 5")
    eds["postal_code"].widget.setText("99")  # wrong: 4 digits needed
    eds["municipality"].widget.setText("Meerhoven")
    # move_date and household_members left empty
    qtbot.keyClick(page, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    wait_ops(qtbot, window)
    assert page.errors["postal_code"].isVisible()
    assert page.errors["move_date"].isVisible()
    assert page.errors["household_members"].isVisible()
    assert not page.errors["street_and_number"].isVisible()
    assert page.editors["postal_code"].widget.property("invalid") is True
    # a draft was written meanwhile, by itself, encrypted (a crash or a closed lid loses at most a second)
    qtbot.waitUntil(lambda: bool(page.drafts.list()), timeout=5000)
    drafts = page.drafts.list()
    assert drafts and drafts[0].answers["street_and_number"] == "Nieuwstraat 5"
    raw = next(page.drafts.folder.glob("*.draft")).read_bytes()
    assert b"Nieuwstraat" not in raw
    before = loket.waiting_operations()
    eds["postal_code"].widget.setText("9999")
    eds["move_date"].widget.setText("15/12/2026")
    eds["household_members"].widget.setText("2")
    page.pref_confirm.setChecked(True)
    page.submit()
    wait_ops(qtbot, window)
    assert page.result_frame.isVisible(), page.draft_state.text()
    res = page.last_result
    assert res is not None and res["reference"].startswith("L-")
    assert loket.waiting_operations() > before
    assert not page.drafts.list()  # draft removed once saved
    with loket.store.read() as s:
        c = s.get(Case, res["case_id"])
        assert c is not None and c.answers["postal_code"] == "9999" and c.person_id == p.id


def test_intake_needs_confirmed_channel(qtbot: Any, window: Any, loket: Any) -> None:
    p = _a_person(loket)
    window.start_intake("civil_registry_extract", p.id)
    wait_ops(qtbot, window)
    page = window.intake
    page.editors["record_type"].widget.setCurrentIndex(1)
    page.submit()
    wait_ops(qtbot, window)
    assert page.chan_error.isVisible()
    assert page.last_result is None


def test_status_change_with_citizen_text(qtbot: Any, window: Any, loket: Any) -> None:
    with loket.store.read() as s:
        case = s.scalars(select(Case).where(Case.status == "received")).first()
        assert case is not None
        cid = case.id
    window.ctx.bus.open_case.emit(cid)
    wait_ops(qtbot, window)
    window.case.apply_status("in_progress", "We behandelen uw aanvraag.")
    wait_ops(qtbot, window)
    with loket.store.read() as s:
        c = s.get(Case, cid)
        assert c is not None and c.status == "in_progress"
        assert c.history[-1].citizen_text == "We behandelen uw aanvraag." or any(
            h.citizen_text == "We behandelen uw aanvraag." for h in c.history)
    # the detail page refreshed through the change bus
    qtbot.waitUntil(lambda: window.case.view.case["status"] == "in_progress", timeout=5000)


def test_cases_filters(qtbot: Any, window: Any, loket: Any) -> None:
    window.show_cases(None)
    wait_ops(qtbot, window)
    n_all = window.cases.table.topLevelItemCount()
    assert n_all > 0
    window.cases.dept.setCurrentIndex(1)
    wait_ops(qtbot, window)
    assert window.cases.table.topLevelItemCount() <= n_all


def test_language_switch_without_restart(qtbot: Any, window: Any) -> None:
    window.set_language("fr")
    qtbot.waitUntil(lambda: window.nav_buttons["home"].text() != "&Start", timeout=3000)
    assert window.intake.save_btn.text() != ""
    window.set_language("nl")


def test_intake_with_scanner_attachment_and_draft_resume(qtbot: Any, window: Any, loket: Any, tmp_path: Any) -> None:
    from desk_app.store.models import CaseAttachment

    scans = tmp_path / "scans"
    scans.mkdir()
    (scans / "old.pdf").write_bytes(b"%PDF-1.4 old")
    import os

    os.utime(scans / "old.pdf", (1_000_000, 1_000_000))
    newest = scans / "scan-0002.pdf"
    newest.write_bytes(b"%PDF-1.4 huurcontract")
    loket.settings.scanner_folder = str(scans)
    p = _a_person(loket)
    window.start_intake("civil_registry_extract", p.id)
    wait_ops(qtbot, window)
    page = window.intake
    page.editors["record_type"].widget.setCurrentIndex(1)
    page.att_scan.click()
    assert [f.name for f in page.extra_files] == [newest.name]  # the newest scan
    # the clerk walks away: the draft is on disk and comes back from the home screen
    page.cancel()
    wait_ops(qtbot, window)
    drafts = page.drafts.list()
    assert drafts
    window.resume_draft(drafts[0])
    wait_ops(qtbot, window)
    assert window.stack.currentWidget() is page
    assert page.editors["record_type"].value() == drafts[0].answers["record_type"]
    assert page.att_list.count() == 1
    page.pref_confirm.setChecked(True)
    page.submit()
    wait_ops(qtbot, window)
    assert page.last_result is not None
    with loket.store.read() as s:
        links = s.scalars(select(CaseAttachment).where(CaseAttachment.case_id == page.last_result["case_id"])).all()
        assert len(links) == 1


def test_intake_tab_order_is_form_then_channel_then_save(qtbot: Any, window: Any, loket: Any) -> None:
    from PySide6.QtWidgets import QApplication

    p = _a_person(loket)
    window.activateWindow()
    window.start_intake("address_change", p.id)
    wait_ops(qtbot, window)
    page = window.intake
    fields = [ed.focus_widget for ed in page.editors.values()]
    fields[0].setFocus()
    seen = []
    for _ in range(len(fields) + 2):
        seen.append(QApplication.focusWidget())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert seen[: len(fields)] == fields  # the form, top to bottom
    # then the side column top to bottom, as laid out (issue 13 §5): the attachments, then the citizen's channel
    assert seen[len(fields):len(fields) + 2] == [page.att_list, page.att_add]


def test_broad_search_says_so_and_a_pause_logs_who_was_looked_up(qtbot: Any, window: Any, loket: Any,
                                                                 monkeypatch: Any) -> None:
    from sqlalchemy import text

    from desk_app.demo import generate
    from desk_app.services import search as search_mod

    generate(loket.store, loket.catalogue, 15, 0, seed=2, pending=True)  # 35 citizens: more than a page
    monkeypatch.setattr(search_mod, "RANKED_UP_TO", 2)
    window.focus_search()
    qtbot.keyClicks(window.search_field, "meerhoven")
    wait_ops(qtbot, window)
    assert window.search.broad and window.search.list.count() == 30
    assert "typ verder" in window.search.summary.text()  # Dutch by default
    shown = {window.search.list.item(i).data(Qt.ItemDataRole.UserRole + 1).id
             for i in range(window.search.list.count())}

    def logged() -> set[str]:
        with loket.store.read() as s:
            return set(s.execute(text("SELECT person_id FROM audit_entry WHERE action = 'search' "
                                      "AND detail = 'query: meerhoven'")).scalars())

    qtbot.waitUntil(lambda: logged() == shown, timeout=5000)
