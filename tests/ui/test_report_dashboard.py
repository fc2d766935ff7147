"""The reports' dashboard page (issue 15) on a real case store (SQLite on loopback) with a handful of reports
taken over HTTP: the charts carry the case store's own numbers, the tables export as CSV for a Belgian Excel
(BOM, ``;``, formulas neutralised), the charts and the map as PNG; management sees no people tabs and a
counter clerk has no dashboard at all."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCharts import QAbstractBarSeries, QBarSet, QLineSeries
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QGraphicsSimpleTextItem, QGraphicsTextItem, QWidget

from casestore.embedded import DEMO_PASSWORD, RunningServer
from loket.demo import MemoryTokenStore
from tests.casestore.test_service import Api
from tests.ui.conftest import wait_ops
from ui.core.pages import load_pages, page_spec
from ui.reports.export import csv_bytes, neutralise
from wire import roles


def _missing(module: str, path: str) -> str | None:
    """Why the tests of an endpoint cannot run: the case store has no route ``path`` (another part of issue 15)."""
    import importlib

    routes = {getattr(r, "path", "") for r in importlib.import_module(module).router.routes}
    return None if path in routes else f"the case store has no {path} yet ({module})"


DASHBOARD_MISSING = _missing("casestore.routers.report_dashboard", "/v1/reports/dashboard/summary")
PEOPLE_MISSING = _missing("casestore.routers.report_people", "/v1/reports/dashboard/engaged")
needs_dashboard = pytest.mark.skipif(DASHBOARD_MISSING is not None, reason=DASHBOARD_MISSING or "")
needs_people = pytest.mark.skipif(PEOPLE_MISSING is not None, reason=PEOPLE_MISSING or "")

CENTRUM = (51.0255, 3.8560)  # sector MH11 Centrum of the demo city
STATION = (51.0262, 3.8330)  # sector MH10 Stationswijk
HOSTILE = "=HYPERLINK(\"http://evil.example\";\"klik\")"


def take(api: Api, category: str, at: tuple[float, float], days_ago: int, channel: str = "counter",
         **extra: Any) -> dict[str, Any]:
    when = (dt.datetime.now(dt.UTC) - dt.timedelta(days=days_ago)).isoformat()
    r = api.http.post("/v1/reports", json={"category": category, "description": "Melding voor het dashboard",
                                           "lat": at[0], "lon": at[1], "channel": channel, "reported_at": when,
                                           **extra})
    assert r.status_code == 201, r.text
    return dict(r.json())


@pytest.fixture
def reports_server(sqlite_server: RunningServer) -> RunningServer:
    """Six reports of the last weeks: four about litter (two from the same consenting citizen whose name is a
    formula), one broken road surface by phone, one illegal dumping from the app; two of them resolved."""
    api = Api(sqlite_server.url, "coordinator")
    try:
        citizen = {"first_name": HOSTILE, "last_name": "Peeters", "email": "an.peeters@example.org",
                   "contact_channel": "mail", "consent": True}
        a = take(api, "zwerfvuil", CENTRUM, 20, reporters=[citizen])
        take(api, "zwerfvuil", CENTRUM, 12, reporters=[citizen])
        take(api, "zwerfvuil", STATION, 9)
        take(api, "zwerfvuil", CENTRUM, 3)
        b = take(api, "wegdek", STATION, 15, channel="phone")
        take(api, "sluikstort", CENTRUM, 5, channel="app")
        for rid in (a["id"], b["id"]):
            r = api.http.post(f"/v1/reports/{rid}/status", json={"status": "afgehandeld", "note": "opgeruimd"})
            assert r.status_code == 200, r.text
    finally:
        api.http.close()
    return sqlite_server


@pytest.fixture
def open_window(qtbot: Any, empty_loket: Any, reports_server: RunningServer) -> Iterator[Callable[[str], Any]]:
    from ui.main import build_main_window
    from ui.signin import SignIn

    made: list[Any] = []

    def open_as(username: str) -> Any:
        signin = SignIn(empty_loket, reports_server.url, MemoryTokenStore())
        assert signin.sign_in(username, DEMO_PASSWORD)[0]
        win, ctx = build_main_window(empty_loket, sync=signin.sync_client())
        ctx.services["sync"].timer.stop()
        qtbot.addWidget(win)
        win.resize(1366, 768)
        win.show()
        qtbot.waitExposed(win)
        made.append((win, ctx))
        return win

    yield open_as
    for win, ctx in made:
        ctx.ops.wait_idle(10_000)
        win.close()


def loaded(qtbot: Any, win: Any) -> Any:
    page = win.open_page("report_dashboard")
    assert page is not None and win.stack.currentWidget() is page
    wait_ops(qtbot, win)
    page.set_period(dt.date.today() - dt.timedelta(days=60), dt.date.today())
    page.show_btn.click()
    wait_ops(qtbot, win)
    assert page.figures is not None, page.message.text()
    return page


def server_json(server: RunningServer, path: str, **params: Any) -> dict[str, Any]:
    api = Api(server.url, "manager")
    try:
        r = api.http.get(path, params=params)
        assert r.status_code == 200, r.text
        return dict(r.json())
    finally:
        api.http.close()


def bar_sets(view: Any) -> list[QBarSet]:
    series = [s for s in view.chart().series() if isinstance(s, QAbstractBarSeries)]
    assert len(series) == 1
    return list(series[0].barSets())


@needs_dashboard
def test_the_charts_carry_the_case_stores_numbers(qtbot: Any, open_window: Callable[[str], Any],
                                                  reports_server: RunningServer) -> None:
    win = open_window("manager")
    page = loaded(qtbot, win)
    start, end = page.period()
    q = {"from": start.isoformat(), "to": end.isoformat()}
    summary = server_json(reports_server, "/v1/reports/dashboard/summary", **q)
    assert summary["reports"] == 6

    for key in ("category", "department", "zone"):
        rows = summary["by"][key]
        (bars,) = bar_sets(page.charts[key])
        top = sorted(rows, key=lambda r: r["reports"], reverse=True)[:10][::-1]  # the largest drawn on top
        assert [bars.at(i) for i in range(bars.count())] == [float(r["reports"]) for r in top]
        table = page.tables[key]
        assert [table.topLevelItem(i).text(1) for i in range(table.topLevelItemCount())] == \
            [str(r["reports"]) for r in rows]
    cats = {r["key"]: r["reports"] for r in summary["by"]["category"]}
    assert cats == {"zwerfvuil": 4, "wegdek": 1, "sluikstort": 1}

    tile = page.tiles["within_term"]
    share = summary["within_term"]
    for key, name in (("within_term", "within_term"), ("within_term_b", "within_term_of_reported"),
                      ("within_10", "within_10_working_days"), ("within_10_b", "within_10_working_days_of_reported")):
        short, full = page.definition_texts(name)
        assert summary[name]["definition"] and short and len(short) < len(full)
        assert (page.tiles[key].definition.text(), page.tiles[key].toolTip()) == (short, full)
    assert str(share["counted"]) in tile.caption.text()

    hot = server_json(reports_server, "/v1/reports/dashboard/hotspots", by="zone", **q)["items"]
    this, before = bar_sets(page.charts["hotspots"])
    hot = sorted(hot, key=lambda h: h["reports"], reverse=True)[:10][::-1]
    assert [this.at(i) for i in range(this.count())] == [float(h["reports"]) for h in hot]
    assert [before.at(i) for i in range(before.count())] == [float(h["previous"]) for h in hot]

    channels = server_json(reports_server, "/v1/reports/dashboard/channels", **q)
    sets = bar_sets(page.charts["channels"])
    assert [s.label() for s in sets] == page._group_names()
    total = {g: sum(m["counts"][g] for m in channels["months"]) for g in ("digital", "phone", "counter", "outreach")}
    assert total == {"digital": 1, "phone": 1, "counter": 4, "outreach": 0}
    months = channels["months"]
    for s, g in zip(sets, ("digital", "phone", "counter", "outreach"), strict=True):
        want = [round((m["shares"][g] or 0.0) * 100, 1) for m in months]
        assert [s.at(i) for i in range(s.count())] == pytest.approx(want)
    lines = [s for s in page.charts["channels"].chart().series() if isinstance(s, QLineSeries)]
    assert [ln.at(0).y() for ln in lines] == pytest.approx([50.0, 75.0, 95.0])  # the 50/25/20/5 target

    heat = server_json(reports_server, "/v1/reports/dashboard/heat", **q)["cells"]
    assert sorted(page.map.layers.heat) == sorted((c["lat"], c["lon"], float(c["n"])) for c in heat)
    assert sum(n for *_ll, n in page.map.layers.heat) == 6
    values = {code: v for code, _n, _p, v in page.map.layers.zones}
    assert values.get("MH11") == 4.0 and values.get("MH10") == 2.0


@needs_dashboard
def test_tables_export_as_csv_and_charts_and_map_as_png(qtbot: Any, open_window: Callable[[str], Any],
                                                       tmp_path: Path) -> None:
    win = open_window("manager")
    page = loaded(qtbot, win)
    out = tmp_path / "category.csv"
    page.export_csv(str(out), key="category")
    wait_ops(qtbot, win)
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM: Excel reads the accents right
    lines = data[3:].decode("utf-8").split("\r\n")
    assert lines[0] == ";".join(page.tables["category"].headerItem().text(c) for c in range(4))
    rows = [ln.split(";") for ln in lines[1:] if ln]
    assert {r[0]: r[1] for r in rows} == {"Zwerfvuil": "4", "Wegdek": "1", "Sluikstort": "1"} or \
        sorted(r[1] for r in rows) == ["1", "1", "4"]

    for key in ("category", "hotspots", "channels", "map"):
        png = tmp_path / f"{key}.png"
        page.tabs.setCurrentIndex(page.tab_keys.index(key))
        page.export_png(str(png), key=key)
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", key
        image = QImage(str(png))
        assert image.width() >= 200 and image.height() >= 150
        colours = {image.pixel(x, y) for x in range(0, image.width(), 11) for y in range(0, image.height(), 11)}
        assert len(colours) > 3, f"{key}: an empty picture"
    assert page.message.text() == page.tr("Saved as %1.").replace("%1", str(tmp_path / "map.png"))


def test_csv_cells_that_a_spreadsheet_would_run_are_neutralised() -> None:
    assert neutralise("=1+1") == "'=1+1"
    assert neutralise("+32 3 123") == "+32 3 123"  # a plain number is not a formula
    assert neutralise("@SUM(A1)") == "'@SUM(A1)"
    assert neutralise("-2+3+cmd|' /C calc'!A0") == "'-2+3+cmd|' /C calc'!A0"
    assert neutralise("-12 %") == "-12 %" and neutralise("-3") == "-3"
    assert neutralise("\t=1") == "'\t=1"
    data = csv_bytes(["Naam", "Aantal"], [["=cmd", 2], ["Zoë; \"x\"", None]])
    assert data == "\ufeffNaam;Aantal\r\n'=cmd;2\r\n\"Zoë; \"\"x\"\"\";\r\n".encode()


@needs_dashboard
@needs_people
def test_the_coordinator_sees_engaged_citizens_with_the_logged_line_and_a_safe_csv(
        qtbot: Any, open_window: Callable[[str], Any], tmp_path: Path) -> None:
    win = open_window("coordinator")
    page = loaded(qtbot, win)
    assert {"engaged", "residents"} <= set(page.tab_keys)
    page.tabs.setCurrentIndex(page.tab_keys.index("engaged"))
    logged = page.tr("Every view of this list is logged with your name (privacy).")  # the desk's language
    assert page.engaged_logged.text().endswith(logged)
    assert page.residents_logged.text().endswith(logged)
    page.engaged_btn.click()
    wait_ops(qtbot, win)
    table = page.tables["engaged"]
    names = [table.topLevelItem(i).text(0) for i in range(table.topLevelItemCount())]
    assert any(HOSTILE in n for n in names), (names, page.message.text())
    out = tmp_path / "engaged.csv"
    page.export_csv(str(out))
    wait_ops(qtbot, win)
    text = out.read_bytes().decode("utf-8-sig")
    assert "\r\n'=HYPERLINK" in text or ";'=HYPERLINK" in text or "\r\n\"'=HYPERLINK" in text
    assert "\r\n=HYPERLINK" not in text and "\r\n\"=HYPERLINK" not in text

    # residents of a zone: by a zone chosen, then an area drawn by clicks
    assert page.resident_zone.count() > 0
    page.tabs.setCurrentIndex(page.tab_keys.index("residents"))
    page.resident_zone.setCurrentIndex(max(0, page.resident_zone.findData("MH11")))
    page.zone_btn.click()
    wait_ops(qtbot, win)
    assert page.message.text() == page.tr("%1 residents.").replace("%1", str(page.residents_total)) or \
        str(page.residents_total) in page.message.text(), page.message.text()
    for lat, lon in ((51.020, 3.850), (51.020, 3.862), (51.030, 3.862)):
        page.draw_map.point_picked.emit(lat, lon)
    assert page.polygon_btn.isEnabled()
    page.polygon_btn.click()
    wait_ops(qtbot, win)
    assert str(page.residents_total) in page.message.text(), page.message.text()


@needs_dashboard
def test_management_sees_no_people_tabs(qtbot: Any, open_window: Callable[[str], Any]) -> None:
    win = open_window("manager")
    page = loaded(qtbot, win)
    assert "engaged" not in page.tab_keys and "residents" not in page.tab_keys
    texts = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert "Engaged citizens" not in texts and "Residents of a zone" not in texts
    assert not hasattr(page, "engaged_btn")


def test_a_counter_clerk_has_no_dashboard_page() -> None:
    load_pages()
    spec = page_spec("report_dashboard")
    assert spec.roles == roles.REPORT_DASHBOARD
    assert not spec.visible_to(roles.COUNTER_CLERK)
    assert spec.visible_to(roles.MANAGEMENT) and spec.visible_to(roles.COORDINATOR)


def test_a_counter_clerks_window_does_not_offer_the_dashboard(qtbot: Any, open_window: Callable[[str], Any]) -> None:
    win = open_window("clerk")
    assert win.open_page("report_dashboard") is None
    assert all(getattr(b, "page_name", None) != "report_dashboard" for b in win.findChildren(object))


@needs_dashboard
def test_the_page_fits_1366_by_768(qtbot: Any, open_window: Callable[[str], Any]) -> None:
    win = open_window("coordinator")
    page = loaded(qtbot, win)
    win.resize(1366, 768)
    qtbot.wait(50)
    def widest(w: Any, depth: int = 0) -> list[str]:
        out = [f"{'  ' * depth}{type(w).__name__} {w.objectName()} {w.minimumSizeHint().width()}"]
        for c in w.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if c.minimumSizeHint().width() > 300 and depth < 8:
                out += widest(c, depth + 1)
        return out

    hint = win.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 768, "\n".join(widest(page))
    assert page.minimumSizeHint().height() <= page.height() + 1
    for tile in page.tiles.values():
        assert tile.isVisible() and tile.definition.isVisible()
    chart_height = page.charts["category"].height()
    page.definitions_btn.click()  # the definitions hidden: more room for the charts, still in the tooltips
    qtbot.waitUntil(lambda: page.charts["category"].height() > chart_height + 40, timeout=3000)
    assert not page.tiles["within_term"].definition.isVisible()
    assert page.tiles["within_term"].toolTip() == page.definition_texts("within_term")[1] != ""


@needs_dashboard
def test_every_control_has_a_name(qtbot: Any, open_window: Callable[[str], Any]) -> None:
    from tests.ui.test_accessibility import Audit

    win = open_window("coordinator")
    page = loaded(qtbot, win)
    audit = Audit()
    for i, key in enumerate(page.tab_keys):
        page.tabs.setCurrentIndex(i)
        audit.screen(f"dashboard {key}", page)
    assert audit.checked > 20
    assert not audit.unnamed, "\n".join(audit.unnamed)


def drawn_texts(view: Any) -> list[str]:
    """The texts a chart view shows (Qt's axis labels and the page's own), visible ones only."""
    out = []
    for item in view.scene().items():
        if not item.isVisible():
            continue
        if isinstance(item, QGraphicsTextItem):
            out.append(item.toPlainText())
        elif isinstance(item, QGraphicsSimpleTextItem):
            out.append(item.text())
    return out


def readable(name: str, texts: list[str]) -> bool:
    """``name`` drawn whole, or shortened to at least 16 of its characters and "…"."""
    return name in texts or any(t.endswith("…") and len(t) >= 17 and name.startswith(t[:-1].rstrip())
                                for t in texts)


LONG_NAMES = ["Zwerfvuil", "Te snel rijden", "Ratten", "Sluikstort", "Eikenprocessierups",
              "Parkeerautomaat defect bij het station van Meerhoven", "Vandalisme", "Vervuiling waterloop",
              "Achtergelaten fiets", "Boom beschadigd"]


@pytest.mark.parametrize("size", [(510, 220), (400, 240), (900, 500)])
def test_ten_bars_on_a_short_chart_are_named_readably(qtbot: Any, size: tuple[int, int]) -> None:
    """As on the dashboard at 1366×768 (about 510×220 pixels): Qt's category axis showed "…" for every name."""
    from ui.reports.dashboard_page import ChartView, fill_bar_chart, new_chart_view

    view = new_chart_view("test")
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    for sets in ([("Meldingen", list(range(10, 20)), None)],
                 [("Deze periode", list(range(10, 20)), "#c0392b"), ("Vorige", list(range(20, 10, -1)), None)]):
        fill_bar_chart(view, "Meldingen: de 10 grootste", LONG_NAMES, sets, horizontal=True)
        qtbot.wait(20)
        texts = drawn_texts(view)
        assert all(readable(n, texts) for n in LONG_NAMES), texts
        assert not [t for t in texts if t.strip(".…") == "" and t], texts  # no name hidden as "…"
        assert isinstance(view, ChartView)
        plot = view.chart().plotArea()
        band = plot.height() / len(LONG_NAMES)
        items = view.name_items
        assert [i.toolTip() for i in items] == LONG_NAMES  # the full name on hover, the first bar the lowest
        for below, above in itertools.pairwise(items):
            assert above.sceneBoundingRect().bottom() <= below.sceneBoundingRect().top() + 1  # no overlap
        for item in items:
            rect = item.sceneBoundingRect()
            assert rect.height() <= band + 1 or item.font().pointSizeF() <= ChartView.MIN_NAME_PT
            assert rect.right() <= view.chart().mapToScene(plot.topLeft()).x() and rect.left() >= 0

    view.resize(420, 150)  # too short for ten names at the smallest size: every other one, none overlapping
    qtbot.wait(20)
    items = view.name_items
    assert 0 < len(items) < len(LONG_NAMES)
    for below, above in itertools.pairwise(items):
        assert above.sceneBoundingRect().bottom() <= below.sceneBoundingRect().top() + 1


@needs_dashboard
def test_every_chart_tab_names_its_bars(qtbot: Any, open_window: Callable[[str], Any]) -> None:
    win = open_window("coordinator")
    page = loaded(qtbot, win)
    for key in ("category", "department", "zone", "hotspots"):
        page.tabs.setCurrentIndex(page.tab_keys.index(key))
        qtbot.wait(20)
        table = page.tables[key]
        names = [table.topLevelItem(i).text(0) for i in range(table.topLevelItemCount())]
        assert names
        texts = drawn_texts(page.charts[key])
        assert all(readable(n, texts) for n in names), (key, names, texts)


class Marked(QTranslator):
    """A stand-in for the Dutch translation: the dashboard's texts marked "NL:" (every other text as is)."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return f"NL: {source}" if context == "ReportDashboardPage" else source


@needs_dashboard
def test_the_tiles_define_their_figures_in_the_desks_language_briefly(
        qtbot: Any, open_window: Callable[[str], Any], reports_server: RunningServer) -> None:
    win = open_window("manager")
    page = loaded(qtbot, win)
    start, end = page.period()
    summary = server_json(reports_server, "/v1/reports/dashboard/summary", **{"from": start.isoformat(),
                                                                               "to": end.isoformat()})
    translator = Marked()
    QCoreApplication.installTranslator(translator)
    try:
        page.retranslate()
        for key, name in (("within_term", "within_term"), ("within_term_b", "within_term_of_reported"),
                          ("within_10", "within_10_working_days"),
                          ("within_10_b", "within_10_working_days_of_reported")):
            tile = page.tiles[key]
            server = summary[name]["definition"]
            assert tile.definition.text().startswith("NL: "), (key, tile.definition.text())
            assert tile.toolTip().startswith("NL: ") and tile.toolTip() != "NL: "
            assert server not in (tile.definition.text(), tile.toolTip())
            assert tile.toolTip() == f"NL: {server}"  # the page's own text: the case store's words, translated
            assert len(tile.definition.text()) <= 100  # short on the tile, whole in the tooltip
            assert len(tile.toolTip()) > len(tile.definition.text())
        lead = page.tiles["lead"]
        assert lead.toolTip().startswith("NL: Of the reports solved in the period (by their closing date)")
        assert str(summary["reports"]) in lead.definition.text()
        # a figure this desk does not know yet: the case store's own words
        assert page.definition_texts("within_a_week", "Of the reports …") == ("Of the reports …",
                                                                             "Of the reports …")
    finally:
        QCoreApplication.removeTranslator(translator)
        page.retranslate()
    tall = max(t.sizeHint().height() for t in page.tiles.values())
    assert tall <= 170, tall  # the tiles leave the room to the charts
