"""The coordinator's report page (issue 15) on a real case store (SQLite on loopback): the lists load with the
case store's reports, a status change with a note goes through (asking first when the citizen is told) and the
list refreshes, a step the flow does not allow is never offered, routing by hand and back to the rules, moving
the point, forwarding, a sub-task, and the calls to make with the phone script."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from casestore.embedded import DEMO_PASSWORD, RunningServer
from loket.demo import MemoryTokenStore
from tests.casestore.test_service import Api
from tests.ui.conftest import wait_ops
from ui.core.pages import load_pages, page_spec
from wire import roles

CENTRUM = (51.0255, 3.8560)  # sector MH11 of the demo city
NEAR = (51.0257, 3.8562)  # some 25 m away
STATION = (51.0262, 3.8330)  # sector MH10


def _has(module: str, path: str) -> bool:
    import importlib

    return path in {getattr(r, "path", "") for r in importlib.import_module(module).router.routes}


needs_messages = pytest.mark.skipif(not _has("casestore.routers.report_messages", "/v1/reports/messages"),
                                    reason="the case store has no /v1/reports/messages yet (part B)")


def take(api: Api, category: str, at: tuple[float, float], days_ago: int = 0, **extra: Any) -> dict[str, Any]:
    when = (dt.datetime.now(dt.UTC) - dt.timedelta(days=days_ago)).isoformat()
    r = api.http.post("/v1/reports", json={"category": category, "description": "Vuilniszakken naast de glasbol",
                                           "lat": at[0], "lon": at[1], "channel": "counter", "reported_at": when,
                                           **extra})
    assert r.status_code == 201, r.text
    return dict(r.json())


@pytest.fixture
def taken(sqlite_server: RunningServer) -> dict[str, str]:
    api = Api(sqlite_server.url, "coordinator")
    try:
        told = [{"first_name": "Jan", "last_name": "Maes", "phone": "+32 470 00 00 01", "contact_channel": "phone",
                 "language": "nl"}]
        ids = {
            "late": take(api, "zwerfvuil", CENTRUM, 30, reporters=told)["id"],
            "near": take(api, "sluikstort", NEAR, 2)["id"],
            "road": take(api, "wegdek", STATION, 1)["id"],
        }
    finally:
        api.http.close()
    return ids


@pytest.fixture
def page_of(qtbot: Any, empty_loket: Any, sqlite_server: RunningServer,
            taken: dict[str, str]) -> Iterator[Callable[[], tuple[Any, Any]]]:
    from ui.main import build_main_window
    from ui.signin import SignIn

    made: list[tuple[Any, Any]] = []

    def build() -> tuple[Any, Any]:
        signin = SignIn(empty_loket, sqlite_server.url, MemoryTokenStore())
        assert signin.sign_in("coordinator", DEMO_PASSWORD)[0]
        win, ctx = build_main_window(empty_loket, sync=signin.sync_client())
        ctx.services["sync"].timer.stop()
        qtbot.addWidget(win)
        win.resize(1366, 768)
        win.show()
        qtbot.waitExposed(win)
        made.append((win, ctx))
        page = win.open_page("report_coordinator")
        assert page is not None
        wait_ops(qtbot, win)
        return win, page

    yield build
    for win, ctx in made:
        ctx.ops.wait_idle(10_000)
        win.close()


def ids_in(page: Any) -> list[str]:
    t = page.table
    return [t.topLevelItem(i).text(0) for i in range(t.topLevelItemCount())
            if not t.topLevelItem(i).isFirstColumnSpanned()]


def choose(qtbot: Any, win: Any, page: Any, rid: str) -> None:
    t = page.table
    row = next(i for i in range(t.topLevelItemCount()) if t.topLevelItem(i).text(0) == rid)
    t.setCurrentItem(t.topLevelItem(row))
    wait_ops(qtbot, win)
    assert page.report is not None and page.report.id == rid, page.message.text()


def test_the_lists_load_and_filter(qtbot: Any, page_of: Callable[[], tuple[Any, Any]], taken: dict[str, str]) -> None:
    win, page = page_of()
    assert sorted(ids_in(page)) == sorted(taken.values())
    assert page.count.text() == page.tr("%1 of %2 shown").replace("%1", "3").replace("%2", "3")
    page.open_list("overdue")
    wait_ops(qtbot, win)
    assert ids_in(page) == [taken["late"]]
    assert page.table.topLevelItem(0).text(4).startswith("⚠")
    page.open_list("open")
    wait_ops(qtbot, win)
    page.zone.setCurrentIndex(page.zone.findData("MH10"))
    page.reload()
    wait_ops(qtbot, win)
    assert ids_in(page) == [taken["road"]]
    page.zone.setCurrentIndex(0)
    page.category.setCurrentIndex(page.category.findData("sluikstort"))
    page.reload()
    wait_ops(qtbot, win)
    assert ids_in(page) == [taken["near"]]


def test_a_status_change_with_a_note_goes_through_and_the_list_refreshes(
        qtbot: Any, page_of: Callable[[], tuple[Any, Any]], taken: dict[str, str]) -> None:
    win, page = page_of()
    choose(qtbot, win, page, taken["late"])
    rep = page.report
    assert rep.reporters[0].name == "Jan Maes" and page.map.layers.marker == (rep.lat, rep.lon)
    assert [p.label.split(":")[0] for p in page.nearby] == [taken["near"]]  # the open report 25 m away

    # the dialog offers only the flow's next steps from "gemeld"
    dlg, combo, _note = page.status_dialog()
    offered = [combo.itemData(i) for i in range(combo.count())]
    assert offered == ["ingepland", "in_behandeling", "wacht_op_derde", "afgehandeld", "geannuleerd"]
    assert "heropend" not in offered and "gemeld" not in offered
    dlg.deleteLater()

    asked: list[str] = []
    def say_no(text: str) -> bool:
        asked.append(text)
        return False  # nothing is sent

    page.confirm = say_no
    page.apply_status("ingepland", "Donderdag opgeruimd")
    assert asked and "Jan" not in asked[0] and "1" in asked[0]
    wait_ops(qtbot, win)
    assert page.report.status == "gemeld"

    page.confirm = lambda text: True
    page.apply_status("ingepland", "Donderdag opgeruimd")
    wait_ops(qtbot, win)
    assert page.report.status == "ingepland", page.message.text()
    assert [(h.status, h.note) for h in page.report.history][-1] == ("ingepland", "Donderdag opgeruimd")
    history = page.history
    assert history.topLevelItem(history.topLevelItemCount() - 1).text(3) == "Donderdag opgeruimd"
    assert taken["late"] not in ids_in(page)  # the "new" list refreshed: it is no longer new
    page.open_list("open")
    wait_ops(qtbot, win)
    row = ids_in(page).index(taken["late"])
    assert page.table.topLevelItem(row).text(3) == page.status_name("ingepland")

    # a step the flow does not allow is never offered, and refused before asking the case store
    choose(qtbot, win, page, taken["late"])
    dlg, combo, _note = page.status_dialog()
    assert "ingepland" not in [combo.itemData(i) for i in range(combo.count())]
    dlg.deleteLater()
    page.apply_status("heropend")
    assert page.message.text() == page.tr("%1 cannot follow %2.").replace("%1", page.status_name("heropend")) \
        .replace("%2", page.status_name("ingepland"))
    assert page.report.status == "ingepland"


def test_route_by_hand_and_back_to_the_rules(qtbot: Any, page_of: Callable[[], tuple[Any, Any]],
                                             taken: dict[str, str]) -> None:
    win, page = page_of()
    choose(qtbot, win, page, taken["near"])
    ruled = page.report.department
    assert not page.report.route_pinned and not page.unroute_btn.isEnabled()
    page.apply_route("wegen", "coordinator")
    wait_ops(qtbot, win)
    rep = page.report
    assert (rep.department, rep.assigned_to, rep.route_pinned) == ("wegen", "coordinator", True), \
        page.message.text()
    assert page.unroute_btn.isEnabled() and "coordinator" in page.facts.text()
    page.department.setCurrentIndex(page.department.findData("wegen"))
    page.reload()
    wait_ops(qtbot, win)
    assert taken["near"] in ids_in(page)

    page.apply_unroute()
    wait_ops(qtbot, win)
    assert not page.report.route_pinned and page.report.department == ruled

    # the point moved on the map: the zone follows
    page.move_btn.setChecked(True)
    page.map.point_picked.emit(*STATION)
    wait_ops(qtbot, win)
    assert page.report.zone == "MH10" and not page.move_btn.isChecked()

    page.confirm = lambda text: True
    page.apply_forward("Fluvius", "kabel")
    wait_ops(qtbot, win)
    assert (page.report.status, page.report.external_party) == ("wacht_op_derde", "Fluvius")

    page.apply_split("wegdek", "Put ernaast")
    wait_ops(qtbot, win)
    assert len(page.report.children) == 1 and page.split_btn.isEnabled()  # a parent may have more


def test_the_map_shows_the_open_reports_nearby_whatever_the_list(
        qtbot: Any, page_of: Callable[[], tuple[Any, Any]], taken: dict[str, str]) -> None:
    win, page = page_of()
    page.open_list("overdue")  # only the late one is in this list
    wait_ops(qtbot, win)
    assert ids_in(page) == [taken["late"]]
    choose(qtbot, win, page, taken["late"])
    assert [p.label.split(":")[0] for p in page.nearby] == [taken["near"]]  # 25 m away, same zone, open
    assert [(p.lat, p.lon) for p in page.map.layers.reports] == [NEAR]
    assert taken["road"] not in {p.label.split(":")[0] for p in page.nearby}  # another zone, 1.6 km


def test_a_refusal_is_shown_in_words(qtbot: Any, page_of: Callable[[], tuple[Any, Any]], taken: dict[str, str],
                                     sqlite_server: RunningServer) -> None:
    win, page = page_of()
    choose(qtbot, win, page, taken["road"])
    api = Api(sqlite_server.url, "coordinator")  # meanwhile another coordinator closes it
    r = api.http.post(f"/v1/reports/{taken['road']}/status", json={"status": "afgehandeld"})
    api.http.close()
    assert r.status_code == 200
    page.apply_status("ingepland", "")
    wait_ops(qtbot, win)
    assert page.message.isVisible() and "Traceback" not in page.message.text()
    assert page.message.text().startswith(page.tr("The case store refused: %1").split("%1")[0])


@needs_messages
def test_the_calls_to_make_with_the_phone_script(qtbot: Any, page_of: Callable[[], tuple[Any, Any]],
                                                 taken: dict[str, str]) -> None:
    win, page = page_of()
    choose(qtbot, win, page, taken["late"])
    page.confirm = lambda text: True
    page.apply_status("ingepland", "")
    wait_ops(qtbot, win)
    assert page.msgs.topLevelItemCount() >= 1 and page.msgs.topLevelItem(0).text(0) == "Jan Maes"
    page.left.setCurrentIndex(1)
    page.work_state.setCurrentIndex(page.work_state.findData("to_call"))
    page.load_work()
    wait_ops(qtbot, win)
    rows = [page.work_table.topLevelItem(i) for i in range(page.work_table.topLevelItemCount())]
    mine = [r for r in rows if r.text(0) == taken["late"]]
    assert mine and mine[0].text(4) == "+32 470 00 00 01"
    page.work_table.setCurrentItem(mine[0])
    chosen = page._current_work()
    assert chosen is not None and page.script.toPlainText() == chosen.body and chosen.body
    assert page.called_btn.isEnabled() and page.unreachable_btn.isEnabled()
    page.unreachable_btn.click()
    wait_ops(qtbot, win)
    assert chosen.id not in [m.id for m in page.work]
    assert page.message.text() == page.tr("Marked as unreachable.")


def test_hostile_input_is_cleaned_or_refused_in_words(qtbot: Any, page_of: Callable[[], tuple[Any, Any]],
                                                     taken: dict[str, str]) -> None:
    win, page = page_of()
    choose(qtbot, win, page, taken["road"])
    page.apply_status("in_behandeling", "ploeg\x00 komt\r\nmorgen" + "x" * 5000)
    wait_ops(qtbot, win)
    assert page.report.status == "in_behandeling", page.message.text()
    note = page.report.history[-1].note
    assert note is not None and note.startswith("ploeg komt\nmorgen") and len(note) == 2000
    page.apply_route("wegen", "../../etc/passwd")
    assert page.message.text() == page.tr("A user name has only letters, digits and . _ @ - (at most 100).")
    assert not page.report.route_pinned
    page.apply_forward("De\x07 Watergroep\r\n", "")
    wait_ops(qtbot, win)
    assert page.report.external_party == "De Watergroep", page.message.text()


def test_only_coordinators_have_the_page() -> None:
    load_pages()
    spec = page_spec("report_coordinator")
    assert spec.roles == roles.REPORT_DISPATCHERS
    assert not spec.visible_to(roles.COUNTER_CLERK) and not spec.visible_to(roles.MANAGEMENT)


def test_the_page_fits_1366_by_768(qtbot: Any, page_of: Callable[[], tuple[Any, Any]], taken: dict[str, str]) -> None:
    win, page = page_of()
    choose(qtbot, win, page, taken["late"])
    hint = win.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 768


@needs_messages
def test_the_letters_waiting_print_as_one_pdf_and_are_marked_printed(
        qtbot: Any, page_of: Callable[[], tuple[Any, Any]], sqlite_server: RunningServer, tmp_path: Path) -> None:
    from tests.casestore.test_report_messages import person
    from tests.ui.test_shop_queue import FakePrintDialog

    clerk = Api(sqlite_server.url, "clerk")
    try:
        pid = person(clerk, language="de")
        with_address = take(clerk, "zwerfvuil", CENTRUM, reporters=[{"person_id": pid, "contact_channel": "letter",
                                                                    "language": "de"}])
        moved_away = person(clerk, address=False)
        nowhere = take(clerk, "graffiti", CENTRUM, reporters=[{"person_id": moved_away,
                                                               "contact_channel": "letter"}])
    finally:
        clerk.http.close()
    win, page = page_of()
    page.left.setCurrentIndex(1)  # letters and calls: the letters to print
    wait_ops(qtbot, win)
    waiting = {m.report_id for m in page.work}
    assert {with_address["id"], nowhere["id"]} <= waiting
    row = next(i for i in range(page.work_table.topLevelItemCount())
               if page.work_table.topLevelItem(i).text(0) == nowhere["id"])
    assert page.work_table.topLevelItem(row).text(4)  # says what is missing: no postal address

    pdf = tmp_path / "letters.pdf"
    FakePrintDialog.target = pdf
    page.print_dialog = FakePrintDialog
    page.print_btn.click()
    wait_ops(qtbot, win)
    assert pdf.read_bytes()[:5] == b"%PDF-"
    assert page.message.text().endswith(page.tr("%1 letter(s) printed.").replace("%1", "1")) or \
        page.tr("%1 letter(s) printed.").replace("%1", "1") in page.message.text()
    left = {m.report_id for m in page.work}
    assert with_address["id"] not in left and nowhere["id"] in left  # the one without an address still waits


def test_every_control_has_a_name(qtbot: Any, page_of: Callable[[], tuple[Any, Any]], taken: dict[str, str]) -> None:
    from tests.ui.test_accessibility import Audit

    win, page = page_of()
    choose(qtbot, win, page, taken["late"])
    audit = Audit()
    audit.screen("coordinator queue", page)
    page.left.setCurrentIndex(1)
    wait_ops(qtbot, win)
    audit.screen("coordinator letters and calls", page)
    dlg, _combo, _note = page.status_dialog()
    qtbot.addWidget(dlg)
    dlg.show()
    audit.screen("status dialog", dlg)
    dlg.close()
    assert audit.checked > 20
    assert not audit.unnamed, "\n".join(audit.unnamed)


def test_a_reports_photo_is_shown(qtbot: Any, page_of: Callable[[], tuple[Any, Any]], sqlite_server: RunningServer,
                                  tmp_path: Path) -> None:
    import httpx
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage

    from tests.casestore.test_open311 import cli

    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("#2e86c1"))
    raw = QByteArray()
    buf = QBuffer(raw)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buf, "PNG")  # type: ignore[call-overload]  # PySide6 takes a str here
    png = bytes(raw.data())
    done = cli(f"sqlite:///{tmp_path / 'casestore.db'}", "open311-key", "add", "Stadsapp")  # sqlite_server's db
    assert done.returncode == 0, done.stderr
    with httpx.Client(base_url=f"{sqlite_server.url}/open311/v2", timeout=30) as http:
        r = http.post("/requests.json", data={"api_key": done.stdout.strip(), "service_code": "graffiti",
                                              "lat": str(CENTRUM[0]), "long": str(CENTRUM[1])},
                      files={"media": ("foto.png", png, "image/png")})
    assert r.status_code == 201, r.text
    rid = r.json()[0]["service_request_id"]
    win, page = page_of()
    choose(qtbot, win, page, rid)
    assert page.photos_box.isVisibleTo(page)
    pics = [page.photos.itemAt(i).widget() for i in range(page.photos.count())
            if page.photos.itemAt(i).widget() is not None]
    assert len(pics) == 1 and not pics[0].pixmap().isNull() and pics[0].pixmap().width() == 160


def test_the_queue_shows_references_whole_and_gives_the_table_the_room(
        qtbot: Any, page_of: Callable[[], tuple[Any, Any]], sqlite_server: RunningServer) -> None:
    """At 1366×768 the reference ("M2026-00…") and the category were cut while the report's pane stood half
    empty: the reference is as wide as its content, the place gives way first, the report's pane takes what
    its buttons need."""
    api = Api(sqlite_server.url, "coordinator")
    try:
        take(api, "fietsenstalling", CENTRUM, 1)  # the longest category name
    finally:
        api.http.close()
    _win, page = page_of()
    qtbot.wait(50)
    t = page.table
    header = t.header()
    rows = [t.topLevelItem(i) for i in range(t.topLevelItemCount())]
    assert len(rows) == 4
    assert t.columnWidth(0) >= t.sizeHintForColumn(0)  # every reference whole
    refs = [r.text(0) for r in rows]
    metrics = t.fontMetrics()
    assert t.columnWidth(0) >= max(metrics.horizontalAdvance(r) for r in refs)
    assert header.length() <= t.viewport().width() + 1, "the table scrolls sideways"
    assert t.columnWidth(1) >= t.columnWidth(2)  # the category before the place
    for r in rows:  # a category is whole or has its full text as a tooltip
        whole = metrics.horizontalAdvance(r.text(1)) + 8 <= t.columnWidth(1)
        assert whole or r.toolTip(1) == r.text(1), r.text(1)
    for name in ("zwerfvuil", "sluikstort"):
        text = page.category_name(name)
        assert metrics.horizontalAdvance(text) + 8 <= t.columnWidth(1), text
    inner = page.detail.widget()
    assert page.detail.width() <= inner.minimumSizeHint().width() + 40  # the report's pane: what it needs
    assert page.detail.viewport().width() >= inner.minimumSizeHint().width()  # and no sideways scrolling there
    assert page.left.width() > page.detail.width()
