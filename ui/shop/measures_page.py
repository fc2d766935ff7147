"""The *Shop measures* page (coordinators and administrators, issue 16): for a shop and a period, the waiting
and service times (median and 90th percentile), no-shows, walk-ins against appointments and visits, in all and
per service, per hour of the day and per day (tables), a bar chart per hour, and exports: the measures as CSV
(as the case store writes them) and the chart as PNG.

The figures come from the case store (``GET /v1/queue/{shop}/measures``, defined in
``casestore.services.shop_measures``) through ``sync.shop_measures`` in the worker pool (``ctx.ops``); the
files are written there too. Tests set the export path instead of the file dialog (``export_csv(path)``,
``export_png(path)``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QSizePolicy,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.core import fmt
from ui.core.errors import describe
from ui.core.pages import register_page
from ui.widgets import FitColumns, PeriodPicker, button, label
from wire import roles

if TYPE_CHECKING:
    from sync.shop_measures import ShopMeasures
    from sync.transport import Transport

MAX_DAYS = 366  # the case store's limit (casestore.services.shop_measures.MAX_DAYS)
PRESETS = ("today", "yesterday", "week", "month", "last_month", "custom")
CHARTED = ("visits", "waiting_median_s", "waiting_p90_s", "service_median_s")


def duration(seconds: float | None) -> str:
    """Seconds as minutes:seconds (``6:05``); an empty cell for no figure."""
    if seconds is None:
        return ""
    s = round(seconds)
    return f"{s // 60}:{s % 60:02d}"


def percent(share: float | None) -> str:
    if share is None:
        return ""
    return f"{fmt.locale().toString(share * 100, 'f', 1)} %"


def preset_period(code: str, today: dt.date) -> tuple[dt.date, dt.date] | None:
    """The days of a preset period (None: custom)."""
    if code == "today":
        return today, today
    if code == "yesterday":
        return today - dt.timedelta(days=1), today - dt.timedelta(days=1)
    if code == "week":
        return today - dt.timedelta(days=6), today
    if code == "month":
        return today.replace(day=1), today
    if code == "last_month":
        end = today.replace(day=1) - dt.timedelta(days=1)
        return end.replace(day=1), end
    return None


class BarChart(QWidget):
    """Bars with their value above, one per category, drawn with QPainter (QtCharts is not part of the
    PySide6 wheels the desk installs). ``render_image`` paints it to a QImage for the PNG export."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = ""
        self.categories: list[str] = []
        self.values: list[float] = []
        self.texts: list[str] = []
        self.setMinimumHeight(160)  # the page fits 1366×768 at 125 % (614 px high)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def set_data(self, title: str, categories: Sequence[str], values: Sequence[float], texts: Sequence[str]) -> None:
        self.title = title
        self.categories = list(categories)
        self.values = [max(0.0, float(v)) for v in values]
        self.texts = list(texts)
        self.setAccessibleDescription(f"{title}: " + ", ".join(f"{c}: {t}" for c, t in zip(categories, texts,
                                                                                             strict=True)))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        try:
            self.paint(p, self.width(), self.height(), self.palette())
        finally:
            p.end()

    def render_image(self, scale: float = 2.0) -> QImage:
        w, h = max(self.width(), 640), max(self.height(), 320)
        img = QImage(int(w * scale), int(h * scale), QImage.Format.Format_ARGB32)
        img.fill(QColor("white"))
        p = QPainter(img)
        try:
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            p.scale(scale, scale)
            pal = QPalette(self.palette())
            pal.setColor(QPalette.ColorRole.WindowText, QColor("black"))
            pal.setColor(QPalette.ColorRole.Window, QColor("white"))
            self.paint(p, w, h, pal, background=True)
        finally:
            p.end()
        return img

    def paint(self, p: QPainter, w: int, h: int, pal: QPalette, background: bool = False) -> None:
        if background:
            p.fillRect(0, 0, w, h, pal.color(QPalette.ColorRole.Window))
        ink = pal.color(QPalette.ColorRole.WindowText)
        bar = pal.color(QPalette.ColorRole.Highlight)
        fm = p.fontMetrics()
        line = fm.height()
        title_font = QFont(p.font())
        title_font.setBold(True)
        p.setFont(title_font)
        p.setPen(ink)
        p.drawText(QRectF(8, 4, w - 16, line + 4), Qt.AlignmentFlag.AlignLeft, self.title)
        p.setFont(QFont(self.font()))
        top, bottom, left, right = line * 2 + 12, line + 10, 12, 12
        plot_h = h - top - bottom
        n = len(self.values)
        if n == 0 or plot_h <= 10:
            return
        peak = max(self.values) or 1.0
        slot = (w - left - right) / n
        width = max(2.0, slot * 0.7)
        p.setPen(QPen(ink, 1))
        p.drawLine(left, top + plot_h, w - right, top + plot_h)
        for i, (value, cat, text) in enumerate(zip(self.values, self.categories, self.texts, strict=True)):
            x = left + i * slot + (slot - width) / 2
            bh = plot_h * value / peak
            p.fillRect(QRectF(x, top + plot_h - bh, width, bh), bar)
            p.setPen(ink)
            p.drawText(QRectF(left + i * slot, top + plot_h - bh - line - 2, slot, line),
                       Qt.AlignmentFlag.AlignHCenter, text)
            p.drawText(QRectF(left + i * slot, top + plot_h + 4, slot, line), Qt.AlignmentFlag.AlignHCenter, cat)


@register_page("shop_measures", title=QT_TRANSLATE_NOOP("MainWindow", "Shop &measures"),
               roles=roles.SHOP_MEASURES, nav=70)
class ShopMeasuresPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.measures: ShopMeasures | None = None
        self.shops: list[tuple[str, dict[str, str]]] = []
        self.today: Callable[[], dt.date] = dt.date.today

        self.title = label("", "PageTitle")
        self.shop = QComboBox()
        self.shop_label = label("")
        self.shop_label.setBuddy(self.shop)
        self.picker = PeriodPicker(PRESETS, preset_period, "week", lambda: self.today(), self)
        self.preset, self.start, self.end = self.picker.preset, self.picker.start, self.picker.end
        self.preset_label, self.start_label = self.picker.preset_label, self.picker.start_label
        self.end_label = self.picker.end_label
        self.show_btn = button("", primary=True)
        self.show_btn.clicked.connect(self.load)
        self.csv_btn = button("")
        self.csv_btn.clicked.connect(lambda: self.export_csv())
        self.png_btn = button("")
        self.png_btn.clicked.connect(lambda: self.export_png())
        self.message = label("", wrap=True, selectable=True)
        self.message.setObjectName("Muted")
        self.message.hide()
        self.summary = label("", wrap=True, selectable=True)
        self.summary.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.tabs = QTabWidget()
        self.by_service = self._table()
        self.by_hour = self._table()
        self.by_day = self._table()
        for t in (self.by_service, self.by_hour, self.by_day):
            self.tabs.addTab(t, "")
        self.chart_figure = QComboBox()
        self.chart_label = label("")
        self.chart_label.setBuddy(self.chart_figure)
        self.chart_figure.activated.connect(lambda _i: self._draw_chart())
        self.chart = BarChart()

        controls = QGridLayout()
        controls.addWidget(self.shop_label, 0, 0)
        controls.addWidget(self.shop, 1, 0)
        controls.addWidget(self.preset_label, 0, 1)
        controls.addWidget(self.preset, 1, 1)
        controls.addWidget(self.start_label, 0, 2)
        controls.addWidget(self.start, 1, 2)
        controls.addWidget(self.end_label, 0, 3)
        controls.addWidget(self.end, 1, 3)
        controls.addWidget(self.show_btn, 1, 4)
        controls.setColumnStretch(5, 1)
        exports = QHBoxLayout()
        exports.addWidget(self.chart_label)
        exports.addWidget(self.chart_figure)
        exports.addStretch(1)
        exports.addWidget(self.csv_btn)
        exports.addWidget(self.png_btn)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(24, 18, 24, 18)
        lay.setSpacing(10)
        lay.addWidget(self.title)
        lay.addLayout(controls)
        lay.addWidget(self.message)
        lay.addWidget(self.summary)
        lay.addWidget(self.tabs, 3)
        lay.addLayout(exports)
        lay.addWidget(self.chart, 2)
        self.picker.reset()
        self.retranslate()
        self._enable()

    def _table(self) -> QTreeWidget:
        t = QTreeWidget()
        t.setRootIsDecorated(False)
        t.setAlternatingRowColors(True)
        t.setSortingEnabled(False)
        self._fits: dict[QTreeWidget, FitColumns] = getattr(self, "_fits", {})
        self._fits[t] = FitColumns(t, stretch=0)
        return t

    # -------------------------------------------------------------------------------------- texts

    def retranslate(self) -> None:
        self.title.setText(self.tr("Shop measures"))
        self.shop_label.setText(self.tr("&Shop"))
        self.shop.setAccessibleName(self.tr("Shop"))
        self.preset_label.setText(self.tr("&Period"))
        self.preset.setAccessibleName(self.tr("Period"))
        names = {"today": self.tr("Today"), "yesterday": self.tr("Yesterday"), "week": self.tr("Last 7 days"),
                 "month": self.tr("This month"), "last_month": self.tr("Last month"), "custom": self.tr("Other days")}
        self.picker.name_presets(names)
        self.start_label.setText(self.tr("&From"))
        self.start.setAccessibleName(self.tr("From"))
        self.end_label.setText(self.tr("&To"))
        self.end.setAccessibleName(self.tr("To"))
        self.show_btn.setText(self.tr("S&how"))
        self.show_btn.setAccessibleName(self.tr("Show"))
        self.csv_btn.setText(self.tr("Export &CSV…"))
        self.csv_btn.setAccessibleName(self.tr("Export CSV"))
        self.png_btn.setText(self.tr("Export chart as P&NG…"))
        self.png_btn.setAccessibleName(self.tr("Export chart as PNG"))
        self.chart_label.setText(self.tr("C&hart"))
        self.chart_figure.setAccessibleName(self.tr("Chart"))
        figure = self.chart_figure.currentData() or "visits"
        self.chart_figure.clear()
        for code, text in zip(CHARTED, (self.tr("Visits per hour"), self.tr("Median waiting time per hour"),
                                        self.tr("Waiting time (90th percentile) per hour"),
                                        self.tr("Median service time per hour")), strict=True):
            self.chart_figure.addItem(text, code)
        self.chart_figure.setCurrentIndex(CHARTED.index(figure))
        self.chart.setAccessibleName(self.tr("Chart per hour"))
        self.tabs.setTabText(0, self.tr("Per service"))
        self.tabs.setTabText(1, self.tr("Per hour"))
        self.tabs.setTabText(2, self.tr("Per day"))
        figures = [self.tr("Visits"), self.tr("Walk-ins"), self.tr("Appointments"), self.tr("Served"),
                   self.tr("No-shows"), self.tr("No-show rate"), self.tr("Waiting median"), self.tr("Waiting p90"),
                   self.tr("Service median"), self.tr("Service p90")]
        for table, key, name in ((self.by_service, self.tr("Service"), self.tr("Measures per service")),
                                 (self.by_hour, self.tr("Hour"), self.tr("Measures per hour")),
                                 (self.by_day, self.tr("Day"), self.tr("Measures per day"))):
            table.setHeaderLabels([key, *figures])
            table.setAccessibleName(name)
        for i, shop in enumerate(self.shops):
            self.shop.setItemText(i, self._shop_name(shop[1], shop[0]))
        if self.measures is not None:
            self._render(self.measures)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _shop_name(self, names: dict[str, str], code: str) -> str:
        return names.get(self.ctx.lang) or names.get("nl") or next(iter(names.values()), code)

    # -------------------------------------------------------------------------------------- period

    def set_period(self, start: dt.date, end: dt.date) -> None:
        """Other days (also for tests): the custom period ``start`` … ``end``."""
        self.picker.set_period(start, end)

    def period(self) -> tuple[dt.date, dt.date]:
        return self.picker.period()

    # -------------------------------------------------------------------------------------- loading

    def show_page(self) -> None:
        if not self.shops:
            self.load_shops()

    def focus_page(self) -> None:
        self.shop.setFocus()

    def transport(self) -> Transport | None:
        sync = self.ctx.services.get("sync")
        return sync.client.transport if sync is not None else None

    def _enable(self) -> None:
        connected = self.transport() is not None
        for w in (self.show_btn, self.csv_btn):
            w.setEnabled(connected and self.shop.count() > 0)
        self.png_btn.setEnabled(self.measures is not None)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))  # an empty selectable label would be a nameless Tab stop

    def _failed(self, exc: BaseException) -> None:
        from sync.shop_measures import MeasuresRefused

        if isinstance(exc, MeasuresRefused):
            if exc.code == "forbidden":
                self._say(self.tr("Only coordinators and administrators see the shop's measures."))
            else:
                self._say(self.tr("The case store refused: %1").replace("%1", str(exc)))
        else:
            self._say(describe(exc))
        self._enable()

    def load_shops(self) -> None:
        transport = self.transport()
        if transport is None:
            self._say(self.tr("This desk is not connected to a case store: the shop's measures are kept there."))
            self._enable()
            return
        from sync import shop_measures

        self.ctx.ops.run_op(lambda: shop_measures.shops(transport), self._shops_loaded, self._failed,
                            key="shop-measures-shops")

    def _shops_loaded(self, shops: list[tuple[str, dict[str, str]]]) -> None:
        self.shops = shops
        self.shop.clear()
        for code, names in shops:
            self.shop.addItem(self._shop_name(names, code), code)
        self._enable()
        if shops:
            self.load()

    def _checked_period(self) -> tuple[dt.date, dt.date] | None:
        start, end = self.period()
        if end < start:
            self._say(self.tr("The period ends before it begins: choose the days again."))
            return None
        if (end - start).days + 1 > MAX_DAYS:
            self._say(self.tr("Choose at most %1 days at a time.").replace("%1", str(MAX_DAYS)))
            return None
        return start, end

    def load(self) -> None:
        transport = self.transport()
        shop = self.shop.currentData()
        days = self._checked_period()
        if transport is None or not shop or days is None:
            return
        from sync import shop_measures

        self._say(self.tr("Loading the measures…"))
        self.ctx.ops.run_op(lambda: shop_measures.fetch_measures(transport, shop, *days), self._loaded,
                            self._failed, key="shop-measures")

    def _loaded(self, m: ShopMeasures) -> None:
        self.measures = m
        self._say("")
        self._render(m)
        self._enable()

    # -------------------------------------------------------------------------------------- showing

    def _fill(self, table: QTreeWidget, rows: list[dict[str, Any]], key: Callable[[dict[str, Any]], str]) -> None:
        table.clear()
        for r in rows:
            cells = [key(r), str(r["visits"]), str(r["walk_ins"]), str(r["appointments"]), str(r["served"]),
                     str(r["no_shows"]), percent(r["no_show_rate"]), duration(r["waiting_median_s"]),
                     duration(r["waiting_p90_s"]), duration(r["service_median_s"]), duration(r["service_p90_s"])]
            item = QTreeWidgetItem(cells)
            for c in range(1, len(cells)):
                item.setTextAlignment(c, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.addTopLevelItem(item)
        self._fits[table].fit()

    def _render(self, m: ShopMeasures) -> None:
        t = m.total
        per_day = fmt.locale().toString(m.visits_per_day, "f", 1) if m.visits_per_day is not None else "–"
        parts = [
            self.tr("%1 visits (%2 a day)").replace("%1", str(t["visits"])).replace("%2", per_day),
            self.tr("waiting time median %1, 90 %: %2").replace("%1", duration(t["waiting_median_s"]) or "–")
            .replace("%2", duration(t["waiting_p90_s"]) or "–"),
            self.tr("service time median %1, 90 %: %2").replace("%1", duration(t["service_median_s"]) or "–")
            .replace("%2", duration(t["service_p90_s"]) or "–"),
            self.tr("no-shows %1").replace("%1", percent(t["no_show_rate"]) or "–"),
            self.tr("appointments %1 of the visits").replace("%1", percent(t["appointment_share"]) or "–"),
        ]
        self.summary.setText(" · ".join(parts))

        def service_name(r: dict[str, Any]) -> str:
            names = r.get("name") or {}
            return str(names.get(self.ctx.lang) or names.get("nl") or r["service"])

        self._fill(self.by_service, m.by_service, service_name)
        self._fill(self.by_hour, m.by_hour, lambda r: f"{int(r['hour']):02d}:00")
        self._fill(self.by_day, m.by_day, lambda r: fmt.date(str(r["day"])))
        self._draw_chart()

    def _draw_chart(self) -> None:
        m = self.measures
        figure = str(self.chart_figure.currentData() or "visits")
        title = self.chart_figure.currentText()
        if m is None:
            self.chart.set_data(title, [], [], [])
            return
        rows = m.by_hour
        values = [float(r[figure] or 0) for r in rows]
        texts = [str(r[figure]) if figure == "visits" else duration(r[figure]) for r in rows]
        self.chart.set_data(title, [f"{int(r['hour']):02d}" for r in rows], values, texts)

    # -------------------------------------------------------------------------------------- exports

    def export_csv(self, path: str | None = None) -> None:
        """The measures of the chosen shop and period as CSV, to ``path`` (asked when not given)."""
        transport = self.transport()
        shop = self.shop.currentData()
        days = self._checked_period()
        if transport is None or not shop or days is None:
            return
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the measures as CSV"),
                                                  f"measures-{shop}-{days[0]}-{days[1]}.csv",
                                                  self.tr("CSV files (*.csv)"))
            if not path:
                return
        from sync import shop_measures

        target = Path(path)

        def work() -> Path:
            data = shop_measures.fetch_measures_csv(transport, shop, *days)
            target.write_bytes(data)
            return target

        self.ctx.ops.run_op(work, self._exported, self._export_failed, key="shop-measures-csv")

    def export_png(self, path: str | None = None) -> None:
        """The chart as PNG, to ``path`` (asked when not given)."""
        if self.measures is None:
            return
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the chart as PNG"),
                                                  f"measures-{self.measures.shop}.png", self.tr("PNG images (*.png)"))
            if not path:
                return
        image = self.chart.render_image()  # painted here (the GUI thread); written by the worker pool
        target = Path(path)
        if target.suffix.lower() != ".png":
            target = target.with_name(target.name + ".png")  # Qt picks the format by the suffix

        def work() -> Path:
            if not image.save(str(target)):
                raise OSError(f"cannot write {target}")
            return target

        self.ctx.ops.run_op(work, self._exported, self._export_failed, key="shop-measures-png")

    def _exported(self, path: Path) -> None:
        self._say(self.tr("Saved as %1.").replace("%1", str(path)))

    def _export_failed(self, exc: BaseException) -> None:
        if isinstance(exc, OSError):
            self._say(self.tr("The file could not be written: %1").replace("%1", exc.strerror or str(exc)))
        else:
            self._failed(exc)
