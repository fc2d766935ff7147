"""Views that are never stale (issue 14 §3): a change set marks a page dirty; a page refreshes when it is shown
again, also when the clerk goes back with Alt+←."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from sqlalchemy import select

from desk_app.catalogue import text_in
from desk_app.services.changes import ChangeSet
from desk_app.store.models import Case
from tests.ui.conftest import wait_ops
from ui.search.page import HIT_ROLE


def _status_in_list(window: Any, case_id: str) -> str:
    """The status the cases list shows for this case (its row's Status column)."""
    page = window.cases
    reference = next(r["reference"] for r in page.rows if r["id"] == case_id)
    for i in range(page.table.topLevelItemCount()):
        item = page.table.topLevelItem(i)
        if item is not None and item.text(0) == reference:
            return item.text(3)
    raise AssertionError(f"case {reference} is not in the list")


def test_status_changed_on_the_case_page_shows_in_the_list_after_alt_left(qtbot: Any, window: Any,
                                                                             loket: Any) -> None:
    with loket.store.read() as s:
        case = s.scalars(select(Case).where(Case.status == "received")).first()
        assert case is not None
        cid = case.id
    statuses = loket.catalogue.statuses
    received, in_progress = (text_in(statuses[c].name, loket.settings.language) for c in ("received", "in_progress"))
    assert received != in_progress

    window.show_cases(None)
    wait_ops(qtbot, window)
    assert _status_in_list(window, cid) == received
    window.ctx.bus.open_case.emit(cid)  # as activating its row does
    wait_ops(qtbot, window)
    assert window.stack.currentWidget() is window.case

    window.case.apply_status("in_progress", "We behandelen uw aanvraag.")
    qtbot.waitUntil(lambda: window.case.view.case["status"] == "in_progress", timeout=10_000)
    wait_ops(qtbot, window)
    assert _status_in_list(window, cid) == received  # not on screen: only marked dirty

    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)  # back
    assert window.stack.currentWidget() is window.cases
    wait_ops(qtbot, window)
    assert _status_in_list(window, cid) == in_progress


def test_a_dirty_page_refreshes_once_when_shown_and_a_clean_one_not_at_all(qtbot: Any, window: Any) -> None:
    home, cases = window.home, window.cases
    window.show_cases(None)
    wait_ops(qtbot, window)
    calls: list[str] = []
    home.refresher._refresh = lambda: calls.append("home")
    cases.refresher._refresh = lambda: calls.append("cases")

    window.ctx.bus.publish(ChangeSet(persons={"p"}))  # neither page shows persons
    window.show_home()  # the window loads the home page itself: no second refresh
    assert calls == [] and not home.refresher.dirty and not cases.refresher.dirty

    window.ctx.bus.publish(ChangeSet(cases={"c"}, outbox=1))
    assert calls == ["home"]  # on screen: at once
    assert cases.refresher.dirty  # not on screen: marked

    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)  # back to the cases list
    assert window.stack.currentWidget() is cases
    assert calls == ["home", "cases"] and not cases.refresher.dirty
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)  # back home: nothing changed
    assert calls == ["home", "cases"]


def test_a_draft_left_with_esc_is_on_the_home_screen_it_returns_to(qtbot: Any, window: Any) -> None:
    window.show_home()
    wait_ops(qtbot, window)
    assert window.home._draft_list == []
    window.start_intake("civil_registry_extract", "")
    wait_ops(qtbot, window)
    page = window.intake
    page.editors["record_type"].widget.setCurrentIndex(1)
    page.cancel()  # Esc: the draft is kept, the clerk is back home
    assert window.stack.currentWidget() is window.home
    wait_ops(qtbot, window)
    assert page.draft is not None
    assert [d.id for d in window.home._draft_list] == [page.draft.id]
    assert window.home.drafts_box.count() == 1 and window.home.drafts_title.isVisible()


def test_mutate_publishes_the_change_set_before_its_callback(qtbot: Any, window: Any) -> None:
    ctx = window.ctx
    published: list[ChangeSet] = []
    ctx.bus.changed.connect(published.append)
    order: list[str] = []
    ctx.bus.changed.connect(lambda _c: order.append("published"))
    results = [ChangeSet(cases={"a"}), ("id", ChangeSet(persons={"b"})), {"changes": ChangeSet(drafts={"c"})},
               None, "no change set"]
    for result in results:
        ctx.mutate(lambda r=result: r, lambda _r: order.append("done"))
        wait_ops(qtbot, window)
    ctx.mutate(lambda: {"raw": 1}, lambda _r: order.append("done"), changes=lambda r: ChangeSet(notes={"d"}))
    wait_ops(qtbot, window)
    assert [(c.cases, c.persons, c.drafts, c.notes) for c in published] == [
        ({"a"}, set(), set(), set()), (set(), {"b"}, set(), set()), (set(), set(), {"c"}, set()),
        (set(), set(), set(), {"d"})]
    assert order == ["published", "done"] * 3 + ["done", "done"] + ["published", "done"]


def test_search_results_show_the_new_status_after_alt_left(qtbot: Any, window: Any, loket: Any) -> None:
    with loket.store.read() as s:
        case = s.scalars(select(Case).where(Case.status == "received")).first()
        assert case is not None
        cid, code = case.id, case.case_number or case.track_code

    def subtitle() -> str:
        items = [window.search.list.item(i) for i in range(window.search.list.count())]
        hit = next(it.data(HIT_ROLE) for it in items if it is not None)
        return str(hit.subtitle)

    window.focus_search()
    qtbot.keyClicks(window.search_field, code)
    wait_ops(qtbot, window)
    qtbot.waitUntil(lambda: window.search.list.count() > 0, timeout=5000)
    assert " · received · " in subtitle()
    window.search.open_first()  # as Enter in the search field does
    wait_ops(qtbot, window)
    assert window.stack.currentWidget() is window.case and window.case.view.case["id"] == cid

    window.case.apply_status("in_progress", None)
    qtbot.waitUntil(lambda: window.case.view.case["status"] == "in_progress", timeout=10_000)
    wait_ops(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.stack.currentWidget() is window.search
    wait_ops(qtbot, window)
    assert " · in_progress · " in subtitle()
