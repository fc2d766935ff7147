"""The *Shop measures* page (issue 16) on a real case store (SQLite on loopback) with the hand-made day of
``tests/casestore/test_shop_measures.py``: the tables and the chart show its figures, the CSV and PNG exports
write their files, a backwards period is refused before asking, only coordinators and administrators see the
page, and every control has a name."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QImage, QPalette

from casestore.db import make_engine, make_sessionmaker
from casestore.embedded import DEMO_PASSWORD, RunningServer
from loket.demo import MemoryTokenStore
from tests.casestore.test_shop_measures import make_day
from tests.ui.conftest import wait_ops
from ui.core.pages import load_pages, page_spec
from wire import roles


@pytest.fixture
def day_on_server(sqlite_server: RunningServer, tmp_path: Path) -> RunningServer:
    """The hand-made day, written through the queue's service layer into the server's database."""
    engine = make_engine(f"sqlite:///{tmp_path / 'casestore.db'}")  # the sqlite_server fixture's database
    sessions = make_sessionmaker(engine)

    def run(fn: Any) -> Any:
        with sessions.begin() as s:
            return fn(s)

    try:
        make_day(run)
    finally:
        engine.dispose()
    return sqlite_server


@pytest.fixture
def measures_window(qtbot: Any, empty_loket: Any, day_on_server: RunningServer) -> Iterator[Any]:
    from ui.main import build_main_window
    from ui.signin import SignIn

    signin = SignIn(empty_loket, day_on_server.url, MemoryTokenStore())
    assert signin.sign_in("coordinator", DEMO_PASSWORD)[0]
    win, ctx = build_main_window(empty_loket, sync=signin.sync_client())
    ctx.services["sync"].timer.stop()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    ctx.ops.wait_idle(10_000)
    win.close()


def rows(tree: Any) -> list[list[str]]:
    return [[tree.topLevelItem(i).text(c) for c in range(tree.columnCount())] for i in range(tree.topLevelItemCount())]


def test_the_page_shows_the_figures_and_exports_them(qtbot: Any, measures_window: Any, tmp_path: Path) -> None:
    win = measures_window
    page = win.open_page("shop_measures")
    assert page is not None and win.stack.currentWidget() is page
    wait_ops(qtbot, win)
    assert [page.shop.itemData(i) for i in range(page.shop.count())] == ["dienstencentrum-noord", "stadswinkel"]
    page.shop.setCurrentIndex(page.shop.findData("stadswinkel"))
    page.set_period(dt.date(2026, 11, 30), dt.date(2026, 12, 1))
    assert page.preset.currentData() == "custom"
    page.show_btn.click()
    wait_ops(qtbot, win)

    # columns: key, visits, walk-ins, appointments, served, no-shows, no-show rate, waiting median, waiting p90,
    # service median, service p90 (worked out by hand in tests/casestore/test_shop_measures.py)
    services = rows(page.by_service)
    assert [r[0] for r in services] == ["Burgerzaken", "Vreemdelingen", "Mobiliteit en parkeren", "Sociaal Huis"]
    assert services[0][1:6] == ["5", "3", "2", "4", "1"]
    assert services[0][7:] == ["5:00", "19:00", "9:00", "10:00"]  # 300 s, 1140 s, 540 s, 600 s
    assert services[1][7:] == ["60:00", "60:00", "15:00", "15:00"]
    assert services[3][7:] == ["", "", "", ""]  # never called: no figure
    hours = rows(page.by_hour)
    assert [(r[0], r[1]) for r in hours] == [("09:00", "3"), ("10:00", "3"), ("14:00", "1"), ("16:00", "1")]
    assert hours[0][7:9] == ["10:00", "22:00"]  # 600 s and 1320 s
    assert [r[1] for r in rows(page.by_day)] == ["7", "1"]
    assert "8" in page.summary.text() and "6:00" in page.summary.text()  # 8 visits, median wait 360 s

    chart = page.chart
    assert (chart.categories, chart.values, chart.texts) == (["09", "10", "14", "16"], [3.0, 3.0, 1.0, 1.0],
                                                             ["3", "3", "1", "1"])
    page.chart_figure.setCurrentIndex(page.chart_figure.findData("waiting_median_s"))
    page.chart_figure.activated.emit(page.chart_figure.currentIndex())
    assert chart.texts == ["10:00", "5:00", "2:00", ""]  # 600 s, 300 s, 120 s, none

    csv_path = tmp_path / "exports" / "measures.csv"
    csv_path.parent.mkdir()
    page.export_csv(str(csv_path))
    wait_ops(qtbot, win)
    assert page.message.text() == page.tr("Saved as %1.").replace("%1", str(csv_path))
    table = {(r["breakdown"], r["key"]): r for r in csv.DictReader(csv_path.open(encoding="utf-8"))}
    assert (table[("total", "")]["visits"], table[("total", "")]["waiting_p90_s"]) == ("8", "2340.0")
    assert table[("service", "vreemdelingen")]["service_median_s"] == "900.0"

    png_path = tmp_path / "exports" / "chart.png"
    page.export_png(str(png_path))
    wait_ops(qtbot, win)
    assert png_path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    image = QImage(str(png_path))
    assert image.width() >= 1280 and image.height() >= 640
    bar = page.chart.palette().color(QPalette.ColorRole.Highlight).rgb()
    # the four bars are drawn: some pixels have the bars' colour, most are the white background
    sample = [image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)]
    assert sample.count(bar) > 50 and sample.count(0xFFFFFFFF) > len(sample) // 2


def test_a_backwards_period_is_refused_before_asking(qtbot: Any, measures_window: Any, tmp_path: Path) -> None:
    win = measures_window
    page = win.open_page("shop_measures")
    wait_ops(qtbot, win)
    page.set_period(dt.date(2026, 12, 1), dt.date(2026, 11, 30))
    page.show_btn.click()
    assert page.message.text() == page.tr("The period ends before it begins: choose the days again.")
    assert win.ctx.ops.busy == 0  # nothing was sent
    page.set_period(dt.date(2025, 1, 1), dt.date(2026, 11, 30))
    page.export_csv(str(tmp_path / "never.csv"))
    assert page.message.text() == page.tr("Choose at most %1 days at a time.").replace("%1", "366")
    assert not (tmp_path / "never.csv").exists()


def test_a_file_that_cannot_be_written_is_said_plainly(qtbot: Any, measures_window: Any, tmp_path: Path) -> None:
    win = measures_window
    page = win.open_page("shop_measures")
    wait_ops(qtbot, win)
    page.export_csv(str(tmp_path / "no such folder" / "m.csv"))
    wait_ops(qtbot, win)
    assert page.message.text().startswith(page.tr("The file could not be written: %1").replace("%1", ""))


def test_a_refusal_of_the_case_store_is_shown_in_words(qtbot: Any, measures_window: Any) -> None:
    win = measures_window
    page = win.open_page("shop_measures")
    wait_ops(qtbot, win)
    page.shop.addItem("Nergens", "nergens")  # a shop the case store does not know
    page.shop.setCurrentIndex(page.shop.count() - 1)
    page.load()
    wait_ops(qtbot, win)
    assert page.message.text() == page.tr("The case store refused: %1").replace("%1", "there is no shop 'nergens'")
    assert page.message.isVisible()


def test_only_coordinators_and_administrators_see_the_page() -> None:
    load_pages()
    spec = page_spec("shop_measures")
    assert {r for r in roles.ROLES if spec.visible_to(r)} == {roles.COORDINATOR, roles.ADMINISTRATOR}


def test_every_control_of_the_page_has_a_name(qtbot: Any, measures_window: Any) -> None:
    from tests.ui.test_accessibility import Audit

    win = measures_window
    assert win.open_page("shop_measures") is not None
    wait_ops(qtbot, win)
    audit = Audit()
    audit.screen("shop measures", win)
    assert audit.checked > 10
    assert audit.unnamed == []
