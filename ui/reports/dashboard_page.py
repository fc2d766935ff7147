"""The city's report dashboard (issue 15; coordinators and management, ``wire.roles.REPORT_DASHBOARD``): for a
period and optional filters (category, department, zone), the share solved within term and within ten working
days under both definitions (how each is counted, in the desk's language: briefly under the figure, in full
in its tooltip), the median and 90th percentile lead time, bar charts per category, department and zone (the
bars named by the page, readable on a short chart), the hotspots against the previous period, the channel mix
per month against the city's 50/25/20/5 target, and a map with the heat and the zones.

Coordinators (``wire.roles.REPORT_PEOPLE``) also have the tabs *Engaged citizens* and *Residents of a zone*
(a zone or a polygon drawn on the map by clicks); each view of people is logged by the case store, which the
tab says. Management never sees these tabs.

Every table exports as CSV for a Belgian Excel (``ui.reports.export``: UTF-8 with BOM, ``;``, formulas
neutralised), every chart and map as PNG. The figures come from the case store (``sync.reports``) through the
worker pool (``ctx.ops``); files are written there too. Tests pass the path instead of the file dialog.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QMargins, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QGraphicsSimpleTextItem,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
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
from ui.reports.export import csv_bytes, grab_png, png_target, tree_rows
from ui.reports.map_view import MapPoint, MapView
from ui.widgets import FitColumns, PeriodPicker, button, label, span_row
from wire import roles
from wire.reports import Categories
from wire.reports import default as default_categories

if TYPE_CHECKING:
    from sync.reports import Channels, Engaged, HeatCell, Hotspot, Resident, Share, Summary, Zone
    from sync.transport import Transport

PRESETS = ("last_30", "quarter", "year", "custom")
MAX_DAYS = 3 * 366
GROUPS = ("digital", "phone", "counter", "outreach")
GROUP_COLOURS = {"digital": "#2471a3", "phone": "#28b463", "counter": "#f39c12", "outreach": "#8e44ad"}
BREAKDOWNS = ("category", "department", "zone")
CHARTED = 10  # bars in a breakdown's chart (the table has every row)


def preset_period(code: str, today: dt.date) -> tuple[dt.date, dt.date] | None:
    """The days of a preset (None: custom): the last 30 days, this calendar quarter so far, the last 12 months."""
    if code == "last_30":
        return today - dt.timedelta(days=29), today
    if code == "quarter":
        return dt.date(today.year, 3 * ((today.month - 1) // 3) + 1, 1), today
    if code == "year":
        return today - dt.timedelta(days=364), today
    return None


def charted(rows: Sequence[Any], n: int = CHARTED) -> list[Any]:
    """The ``n`` rows with the most reports, the largest last (a horizontal chart draws it on top)."""
    return sorted(rows, key=lambda r: r.reports, reverse=True)[:n][::-1]


def short_month(month: str) -> str:
    """``2026-01`` as ``01/26`` (an axis label that fits)."""
    return f"{month[5:7]}/{month[2:4]}" if len(month) == 7 else month


def percent(share: float | None) -> str:
    return "–" if share is None else f"{fmt.locale().toString(share * 100, 'f', 1)} %"


def days(value: float | None) -> str:
    return "–" if value is None else fmt.locale().toString(value, "f", 1)


def change_text(change: float | None) -> str:
    if change is None:
        return "–"
    sign = "+" if change > 0 else ""
    return f"{sign}{fmt.locale().toString(change * 100, 'f', 0)} %"


@dataclass(frozen=True)
class Figures:
    """One load of the dashboard: everything for the period and filters."""

    summary: Summary
    hotspots_zone: list[Hotspot]
    hotspots_category: list[Hotspot]
    heat: list[HeatCell]
    channels: Channels


class Tile(QFrame):
    """A KPI: its value large, its name, and how it is counted (small, wrapped; in full in the tooltip)."""

    def __init__(self) -> None:
        super().__init__()
        self.show_definition = True
        self.setProperty("class", "Card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = QLabel("–")
        font = QFont(self.value.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.value.setFont(font)
        self.caption = label("", wrap=True)
        self.definition = label("", wrap=True, selectable=False)
        small = QFont(self.definition.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.8))
        self.definition.setFont(small)
        self.definition.setObjectName("Muted")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 4, 8, 4)
        lay.setSpacing(1)
        lay.addWidget(self.value)
        lay.addWidget(self.caption)
        lay.addWidget(self.definition)
        lay.addStretch(1)

    def set_definition_shown(self, shown: bool) -> None:
        self.show_definition = shown
        self.definition.setVisible(shown and bool(self.definition.text()))

    def set(self, value: str, caption: str, definition: str = "", full: str = "") -> None:
        """``definition`` under the figure (short), ``full`` (the whole definition; else ``definition``) in the
        tooltip and the accessible description."""
        full = full or definition
        self.value.setText(value)
        self.caption.setText(caption)
        self.definition.setText(definition)
        self.definition.setVisible(bool(definition) and self.show_definition)
        self.setAccessibleName(caption)
        self.setAccessibleDescription(f"{value}. {full}".strip())
        self.setToolTip(full)


class ChartView(QChartView):
    """A chart whose horizontal bars are named by the page itself, left of the plot area: Qt's category axis hides
    a label whose line is taller than its bar's band ("…" for every name on a short chart), so the names are
    drawn here in a font that fits the band (down to ``MIN_NAME_PT``), shortened with "…" only beyond
    ``NAME_SHARE`` of the chart's width, the full name in the tooltip (and in the table beside the chart)."""

    MIN_NAME_PT = 6.5
    NAME_SHARE = 0.4

    def __init__(self) -> None:
        super().__init__(QChart())
        self.names: list[str] = []  # the bars' names, the first at the bottom
        self.name_items: list[QGraphicsSimpleTextItem] = []

    def set_names(self, names: Sequence[str]) -> None:
        """Name the bars of the chart on the view (a new chart: call after ``setChart``)."""
        self.names = list(names)
        self.name_items = []
        chart = self.chart()
        if self.names:
            chart.plotAreaChanged.connect(lambda _r, c=chart: self.place_names(c))
        self.place_names(chart)

    def place_names(self, chart: QChart | None = None) -> None:
        chart = chart or self.chart()
        if chart is None or chart is not self.chart():
            return
        for item in self.name_items:
            if item.scene() is not None:
                item.scene().removeItem(item)
        self.name_items = []
        if not self.names:
            return
        plot = chart.plotArea()
        band = plot.height() / len(self.names)
        font = QFont(self.font())
        base = font.pointSizeF() if font.pointSizeF() > 0 else 9.0
        size = base
        while size > self.MIN_NAME_PT and QFontMetricsF(font).height() > band:
            size = max(self.MIN_NAME_PT, size - 0.5)
            font.setPointSizeF(size)
        metrics = QFontMetricsF(font)
        budget = max(40.0, chart.size().width() * self.NAME_SHARE)
        texts = [metrics.elidedText(n, Qt.TextElideMode.ElideRight, budget) for n in self.names]
        widest = max(metrics.horizontalAdvance(t) for t in texts)
        left = int(widest) + 12
        margins = chart.margins()
        if abs(margins.left() - left) > 1:  # a new plot area: placed again by plotAreaChanged
            chart.setMargins(QMargins(left, margins.top(), margins.right(), margins.bottom()))
            return
        brush = QBrush(self.palette().color(QPalette.ColorRole.Text))
        step = max(1, math.ceil(metrics.height() / band)) if band > 0 else len(self.names)
        for i, (name, text) in enumerate(zip(self.names, texts, strict=True)):
            if i % step:  # a chart too short for every name at the smallest size: every other one (the table)
                continue
            item = QGraphicsSimpleTextItem(text, chart)
            item.setFont(font)
            item.setBrush(brush)
            item.setToolTip(name)
            width = metrics.horizontalAdvance(text)
            centre = plot.bottom() - (i + 0.5) * band
            item.setPos(plot.left() - 6 - width, centre - metrics.height() / 2)
            self.name_items.append(item)

    def shown_names(self) -> list[str]:
        """The names as drawn, the lowest bar's first."""
        return [item.text() for item in self.name_items]


def new_chart_view(name: str) -> ChartView:
    view = ChartView()
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(170)
    view.setAccessibleName(name)
    view.chart().legend().setVisible(True)
    view.chart().legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    view.chart().setMargins(QMargins(4, 4, 4, 4))
    return view


def fill_bar_chart(view: QChartView, title: str, categories: Sequence[str],
                   sets: Sequence[tuple[str, Sequence[float], str | None]], *, stacked: bool = False,
                   lines: Sequence[tuple[str, Sequence[float], str]] = (), maximum: float | None = None,
                   horizontal: bool = False) -> None:
    """A new chart on ``view``: one bar set per ``sets`` (name, values, colour), stacked or side by side
    (``horizontal``: bars from the left, the first category at the bottom), and dashed lines (name, one value
    per category, colour; not in the legend: the title names the target) on the same axes."""
    chart = QChart()
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.legend().setVisible(len(sets) + len(lines) > 1)
    series: QAbstractBarSeries
    if horizontal:
        series = QHorizontalStackedBarSeries() if stacked else QHorizontalBarSeries()
    else:
        series = QStackedBarSeries() if stacked else QBarSeries()
    for name, values, colour in sets:
        s = QBarSet(name)
        s.append([float(v) for v in values])
        if colour:
            s.setColor(QColor(colour))
        series.append(s)
    chart.addSeries(series)
    x = QBarCategoryAxis()
    x.append([f"{i}" for i in range(len(categories))] if horizontal else  # named by ChartView: unique keys
             [c if len(c) <= 24 else c[:23] + "…" for c in categories])  # Qt hides a label that is too long
    if horizontal:
        x.setLabelsVisible(False)
    elif len(categories) > 8:
        small = QFont(x.labelsFont())
        small.setPointSizeF(max(6.5, small.pointSizeF() * 0.8))
        x.setLabelsFont(small)
    x.setLabelsAngle(-45 if len(categories) > 8 and not horizontal else 0)
    y = QValueAxis()
    top = maximum if maximum is not None else max([0.0, *(float(v) for _n, vs, _c in sets for v in vs)] + (
        [float(v) for _n, vs, _c in lines for v in vs]))
    y.setRange(0, top * (1.0 if maximum is not None else 1.1) or 1.0)
    y.setLabelFormat("%d")
    chart.addAxis(x, Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(x)
    series.attachAxis(y)
    for name, values, colour in lines:
        line = QLineSeries()
        line.setName(name)
        for i, v in enumerate(values):
            line.append(float(i), float(v))
        pen = QPen(QColor(colour), 2, Qt.PenStyle.DashLine)
        line.setPen(pen)
        chart.addSeries(line)
        line.attachAxis(x)
        line.attachAxis(y)
        for marker in chart.legend().markers(line):
            marker.setVisible(False)
    old = view.chart()
    view.setChart(chart)
    if isinstance(view, ChartView):
        view.set_names(categories if horizontal else ())
    if old is not None:
        old.deleteLater()


def new_table(name: str, stretch: int = 0) -> tuple[QTreeWidget, FitColumns]:
    t = QTreeWidget()
    t.setRootIsDecorated(False)
    t.setAlternatingRowColors(True)
    t.setAccessibleName(name)
    return t, FitColumns(t, stretch=stretch)


@register_page("report_dashboard", title=QT_TRANSLATE_NOOP("MainWindow", "Rep&orts dashboard"),
               roles=roles.REPORT_DASHBOARD, nav=66)
class ReportDashboardPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.categories: Categories = default_categories()
        self.figures: Figures | None = None
        self.zones: list[Zone] = []
        self.engaged: list[Engaged] = []
        self.residents: list[Resident] = []
        self.residents_total = 0
        self.polygon: list[tuple[float, float]] = []
        self.today: Callable[[], dt.date] = dt.date.today
        self.people = ctx.role in roles.REPORT_PEOPLE

        self.title = label("", "PageTitle")
        self.picker = PeriodPicker(PRESETS, preset_period, "year", lambda: self.today(), self)
        self.preset, self.start, self.end = self.picker.preset, self.picker.start, self.picker.end
        self.preset_label, self.start_label = self.picker.preset_label, self.picker.start_label
        self.end_label = self.picker.end_label
        self.category = QComboBox()
        self.category_label = label("")
        self.category_label.setBuddy(self.category)
        self.department = QComboBox()
        self.department_label = label("")
        self.department_label.setBuddy(self.department)
        self.zone = QComboBox()
        self.zone_label = label("")
        self.zone_label.setBuddy(self.zone)
        self.definitions_btn = button("")
        self.definitions_btn.setCheckable(True)
        self.definitions_btn.setChecked(True)
        self.definitions_btn.toggled.connect(self.show_definitions)
        self.show_btn = button("", primary=True)
        self.show_btn.clicked.connect(self.load)
        self.message = label("", wrap=True, selectable=True)
        self.message.setObjectName("Muted")
        self.message.hide()

        self.tiles = {k: Tile() for k in ("within_term", "within_term_b", "within_10", "within_10_b", "lead")}

        self.tabs = QTabWidget()
        self.charts: dict[str, ChartView] = {}
        self.tables: dict[str, QTreeWidget] = {}
        self._fits: dict[str, FitColumns] = {}
        self.tab_keys: list[str] = []
        for key in (*BREAKDOWNS, "hotspots", "channels"):
            self._chart_tab(key)
        self.hotspot_by = QComboBox()
        self.hotspot_by_label = label("")
        self.hotspot_by_label.setBuddy(self.hotspot_by)
        self.hotspot_by.activated.connect(lambda _i: self._render_hotspots())
        hot_bar = QHBoxLayout()
        hot_bar.addWidget(self.hotspot_by_label)
        hot_bar.addWidget(self.hotspot_by)
        hot_bar.addStretch(1)
        hot_tab = self.tabs.widget(self.tab_keys.index("hotspots"))
        hot_layout = hot_tab.layout() if hot_tab is not None else None
        assert isinstance(hot_layout, QVBoxLayout)
        hot_layout.insertLayout(0, hot_bar)

        self.map = MapView(ctx)
        self.tabs.addTab(self.map, "")
        self.tab_keys.append("map")

        if self.people:
            self._people_tabs()

        self.csv_btn = button("")
        self.csv_btn.clicked.connect(lambda: self.export_csv())
        self.png_btn = button("")
        self.png_btn.clicked.connect(lambda: self.export_png())
        self.tabs.currentChanged.connect(lambda _i: self._enable())

        for combo in (self.category, self.department, self.zone):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(14)
        controls = QGridLayout()
        controls.setVerticalSpacing(4)
        pairs = ((self.preset_label, self.preset), (self.start_label, self.start), (self.end_label, self.end),
                 (self.category_label, self.category), (self.department_label, self.department),
                 (self.zone_label, self.zone))
        for i, (lab, w) in enumerate(pairs):
            row, col = divmod(i, 3)
            controls.addWidget(lab, row, col * 2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            controls.addWidget(w, row, col * 2 + 1)
        controls.addWidget(self.show_btn, 1, 6)
        controls.addWidget(self.definitions_btn, 0, 6)
        controls.setColumnStretch(7, 1)
        tiles = QHBoxLayout()
        for t in self.tiles.values():
            tiles.addWidget(t, 1)
        exports = QHBoxLayout()
        exports.addWidget(self.message, 1)
        exports.addStretch(1)
        exports.addWidget(self.csv_btn)
        exports.addWidget(self.png_btn)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 10, 16, 10)
        lay.setSpacing(6)
        lay.addWidget(self.title)
        lay.addLayout(controls)
        lay.addLayout(tiles)
        lay.addWidget(self.tabs, 1)
        lay.addLayout(exports)
        self.picker.reset()
        self.retranslate()
        self._enable()

    # -------------------------------------------------------------------------------------- building

    def _chart_tab(self, key: str) -> None:
        tab = QWidget()
        v = QVBoxLayout(tab)
        v.setContentsMargins(4, 4, 4, 4)
        row = QHBoxLayout()
        self.charts[key] = new_chart_view(key)
        table, fit = new_table(key)
        self.tables[key] = table
        self._fits[key] = fit
        row.addWidget(self.charts[key], 3 if key != "channels" else 1)
        row.addWidget(table, 2 if key != "channels" else 1)
        v.addLayout(row, 1)
        self.tabs.addTab(tab, "")
        self.tab_keys.append(key)

    def _people_tabs(self) -> None:
        # engaged citizens
        tab = QWidget()
        v = QVBoxLayout(tab)
        v.setContentsMargins(4, 4, 4, 4)
        self.engaged_logged = label("", wrap=True)
        self.engaged_logged.setObjectName("Muted")
        self.min_reports = QSpinBox()
        self.min_reports.setRange(2, 50)
        self.min_reports.setValue(2)
        self.min_reports_label = label("")
        self.min_reports_label.setBuddy(self.min_reports)
        self.engaged_btn = button("", primary=True)
        self.engaged_btn.clicked.connect(self.load_engaged)
        bar = QHBoxLayout()
        bar.addWidget(self.min_reports_label)
        bar.addWidget(self.min_reports)
        bar.addWidget(self.engaged_btn)
        bar.addStretch(1)
        table, fit = new_table("engaged", stretch=5)
        self.tables["engaged"], self._fits["engaged"] = table, fit
        v.addWidget(self.engaged_logged)
        v.addLayout(bar)
        v.addWidget(table, 1)
        self.tabs.addTab(tab, "")
        self.tab_keys.append("engaged")

        # residents of a zone
        tab = QWidget()
        v = QVBoxLayout(tab)
        v.setContentsMargins(4, 4, 4, 4)
        self.residents_logged = label("", wrap=True)
        self.residents_logged.setObjectName("Muted")
        self.resident_zone = QComboBox()
        self.resident_zone_label = label("")
        self.resident_zone_label.setBuddy(self.resident_zone)
        self.zone_btn = button("", primary=True)
        self.zone_btn.clicked.connect(lambda: self.load_residents(zone=str(self.resident_zone.currentData() or "")))
        self.polygon_btn = button("")
        self.polygon_btn.clicked.connect(lambda: self.load_residents(polygon=list(self.polygon)))
        self.clear_btn = button("")
        self.clear_btn.clicked.connect(self.clear_polygon)
        self.polygon_hint = label("", wrap=True)
        bar = QHBoxLayout()
        bar.addWidget(self.resident_zone_label)
        bar.addWidget(self.resident_zone)
        bar.addWidget(self.zone_btn)
        bar.addSpacing(16)
        bar.addWidget(self.polygon_btn)
        bar.addWidget(self.clear_btn)
        bar.addStretch(1)
        self.draw_map = MapView(self.ctx)
        self.draw_map.point_picked.connect(self.add_polygon_point)
        table, fit = new_table("residents")
        self.tables["residents"], self._fits["residents"] = table, fit
        row = QHBoxLayout()
        row.addWidget(self.draw_map, 3)
        row.addWidget(table, 2)
        v.addWidget(self.residents_logged)
        v.addLayout(bar)
        v.addWidget(self.polygon_hint)
        v.addLayout(row, 1)
        self.tabs.addTab(tab, "")
        self.tab_keys.append("residents")

    # -------------------------------------------------------------------------------------- texts

    def _lang(self, names: Any, fallback: str) -> str:
        if isinstance(names, dict) or hasattr(names, "get"):
            return str(names.get(self.ctx.lang) or names.get("nl") or fallback)
        return fallback

    def retranslate(self) -> None:
        tr = self.tr
        self.title.setText(tr("Citizen reports: dashboard"))
        self.preset_label.setText(tr("&Period"))
        self.preset.setAccessibleName(tr("Period"))
        names = {"last_30": tr("Last 30 days"), "quarter": tr("This quarter"), "year": tr("Last 12 months"),
                 "custom": tr("Other days")}
        self.picker.name_presets(names)
        self.start_label.setText(tr("&From"))
        self.start.setAccessibleName(tr("From"))
        self.end_label.setText(tr("&To"))
        self.end.setAccessibleName(tr("To"))
        self.category_label.setText(tr("&Category"))
        self.category.setAccessibleName(tr("Category"))
        self._fill_categories()
        self.department_label.setText(tr("&Department"))
        self.department.setAccessibleName(tr("Department"))
        self._fill_departments()
        self.zone_label.setText(tr("&Zone"))
        self.zone.setAccessibleName(tr("Zone"))
        self._fill_zones()
        self.definitions_btn.setText(tr("De&finitions"))
        self.definitions_btn.setAccessibleName(tr("Show the definitions of the figures"))
        self.definitions_btn.setToolTip(tr("Show or hide how each figure is counted (more room for the charts)"))
        self.show_btn.setText(tr("S&how"))
        self.show_btn.setAccessibleName(tr("Show"))
        self.csv_btn.setText(tr("Export table as &CSV…"))
        self.csv_btn.setAccessibleName(tr("Export table as CSV"))
        self.png_btn.setText(tr("Export as P&NG…"))
        self.png_btn.setAccessibleName(tr("Export chart or map as PNG"))
        tab_names = {"category": tr("Per category"), "department": tr("Per department"), "zone": tr("Per zone"),
                     "hotspots": tr("Hotspots"), "channels": tr("Channel mix"), "map": tr("Map"),
                     "engaged": tr("Engaged citizens"), "residents": tr("Residents of a zone")}
        for i, key in enumerate(self.tab_keys):
            self.tabs.setTabText(i, tab_names[key])
        self.tabs.setAccessibleName(tr("Dashboard views"))
        self.map.setAccessibleName(tr("Map of the reports: heat and zones"))
        key_names = {"category": tr("Category"), "department": tr("Department"), "zone": tr("Zone")}
        # whole sentences per key: a word put into another sentence would take the wrong case (German nouns)
        table_names = {"category": tr("Reports per category"), "department": tr("Reports per department"),
                       "zone": tr("Reports per zone")}
        chart_names = {"category": tr("Chart of the reports per category"),
                       "department": tr("Chart of the reports per department"),
                       "zone": tr("Chart of the reports per zone")}
        for key in BREAKDOWNS:
            self.tables[key].setHeaderLabels([key_names[key], tr("Reports"), tr("Solved within term"),
                                              tr("Median lead time (days)")])
            self.tables[key].setAccessibleName(table_names[key])
            self.charts[key].setAccessibleName(chart_names[key])
        self.hotspot_by_label.setText(tr("Hotspots &by"))
        self.hotspot_by.setAccessibleName(tr("Hotspots by"))
        by = self.hotspot_by.currentData() or "zone"
        self.hotspot_by.clear()
        self.hotspot_by.addItem(tr("Zone"), "zone")
        self.hotspot_by.addItem(tr("Category"), "category")
        self.hotspot_by.setCurrentIndex(0 if by == "zone" else 1)
        self.tables["hotspots"].setHeaderLabels([tr("Where or what"), tr("Reports"), tr("Previous period"),
                                                 tr("Change")])
        self.tables["hotspots"].setAccessibleName(tr("Hotspots"))
        self.charts["hotspots"].setAccessibleName(tr("Chart of the hotspots"))
        self.tables["channels"].setHeaderLabels([tr("Month"), *self._group_names(), tr("Digital share")])
        self.tables["channels"].setAccessibleName(tr("Channel mix per month"))
        self.charts["channels"].setAccessibleName(tr("Chart of the channel mix per month"))
        if self.people:
            logged = tr("Every view of this list is logged with your name (privacy).")
            self.engaged_logged.setText(tr("Reporters with two or more reports on one category or in one zone "
                                           "within the period, who agreed to be contacted again. ") + logged)
            self.residents_logged.setText(tr("The persons whose address lies in the zone or the drawn area. ")
                                          + logged)
            self.min_reports_label.setText(tr("&Minimum reports"))
            self.min_reports.setAccessibleName(tr("Minimum reports"))
            self.engaged_btn.setText(tr("Show &engaged citizens"))
            self.engaged_btn.setAccessibleName(tr("Show engaged citizens"))
            self.tables["engaged"].setHeaderLabels([tr("Name"), tr("Topic"), tr("Reports"), tr("E-mail"),
                                                    tr("Phone"), tr("Their reports")])
            self.tables["engaged"].setAccessibleName(tr("Engaged citizens"))
            self.resident_zone_label.setText(tr("Zo&ne"))
            self.resident_zone.setAccessibleName(tr("Zone of the residents"))
            self.zone_btn.setText(tr("Residents of the &zone"))
            self.zone_btn.setAccessibleName(tr("Residents of the zone"))
            self.polygon_btn.setText(tr("Residents of the dra&wn area"))
            self.polygon_btn.setAccessibleName(tr("Residents of the drawn area"))
            self.clear_btn.setText(tr("C&lear the area"))
            self.clear_btn.setAccessibleName(tr("Clear the drawn area"))
            self.polygon_hint.setText(tr("Or click on the map to draw an area: each click adds a corner "
                                         "(at least three)."))
            self.draw_map.setAccessibleName(tr("Map to draw an area on"))
            self.tables["residents"].setHeaderLabels([tr("Name"), tr("Address")])
            self.tables["residents"].setAccessibleName(tr("Residents"))
        if self.figures is not None:
            self._render(self.figures)

    def show_definitions(self, shown: bool) -> None:
        """The definitions under the figures shown or hidden (then in each figure's tooltip only)."""
        for t in self.tiles.values():
            t.set_definition_shown(shown)
        if self.definitions_btn.isChecked() != shown:
            self.definitions_btn.setChecked(shown)

    def _group_names(self) -> list[str]:
        return [self.tr("Digital"), self.tr("Phone"), self.tr("Counter"), self.tr("Outreach")]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _fill_categories(self) -> None:
        current = self.category.currentData()
        self.category.clear()
        self.category.addItem(self.tr("All categories"), None)
        for main in self.categories.mains:
            self.category.addItem(self._lang(main.names, main.code), ("main_category", main.code))
            for sub in main.subcategories:
                self.category.addItem("    " + self._lang(sub.names, sub.code), ("category", sub.code))
        i = self.category.findData(current)
        self.category.setCurrentIndex(max(0, i))

    def _fill_departments(self) -> None:
        current = self.department.currentData()
        self.department.clear()
        self.department.addItem(self.tr("All departments"), None)
        for code, names in self.categories.departments.items():
            self.department.addItem(self._lang(names, code), code)
        self.department.setCurrentIndex(max(0, self.department.findData(current)))

    def _fill_zones(self) -> None:
        for combo, everything in ((self.zone, True), (getattr(self, "resident_zone", None), False)):
            if combo is None:
                continue
            current = combo.currentData()
            combo.clear()
            if everything:
                combo.addItem(self.tr("All zones"), None)
            for z in self.zones:
                combo.addItem(z.name, z.code)
            combo.setCurrentIndex(max(0, combo.findData(current)))

    # -------------------------------------------------------------------------------------- period, filters

    def set_period(self, start: dt.date, end: dt.date) -> None:
        """Other days (also for tests): the custom period ``start`` … ``end``."""
        self.picker.set_period(start, end)

    def period(self) -> tuple[dt.date, dt.date]:
        return self.picker.period()

    def filters(self) -> dict[str, str | None]:
        out: dict[str, str | None] = {"department": self.department.currentData(), "zone": self.zone.currentData()}
        cat = self.category.currentData()
        if cat:
            out[str(cat[0])] = str(cat[1])
        return out

    def _checked_period(self) -> tuple[dt.date, dt.date] | None:
        start, end = self.period()
        if end < start:
            self._say(self.tr("The period ends before it begins: choose the days again."))
            return None
        if (end - start).days + 1 > MAX_DAYS:
            self._say(self.tr("Choose at most %1 days at a time.").replace("%1", str(MAX_DAYS)))
            return None
        return start, end

    # -------------------------------------------------------------------------------------- loading

    def transport(self) -> Transport | None:
        sync = self.ctx.services.get("sync")
        return sync.client.transport if sync is not None else None

    def client(self) -> Any:
        transport = self.transport()
        if transport is None:
            return None
        from sync.reports import ReportsClient

        return ReportsClient(transport)

    def show_page(self) -> None:
        if self.transport() is None:
            self._say(self.tr("This desk is not connected to a case store: the dashboard's figures are kept there."))
            self._enable()
            return
        if not self.zones:
            self.load_zones()
        if self.figures is None:
            self.load()

    def focus_page(self) -> None:
        self.preset.setFocus()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _failed(self, exc: BaseException) -> None:
        from sync.reports import ReportsRefused

        if isinstance(exc, ReportsRefused):
            if exc.status == 403:
                self._say(self.tr("Your role may not see this (the case store refused)."))
            elif exc.status == 404 and exc.code in ("not_found", ""):
                self._say(self.tr("The case store does not know this request yet (an older version?)."))
            else:
                self._say(self.tr("The case store refused: %1").replace("%1", str(exc)))
        else:
            self._say(describe(exc))
        self._enable()

    def _enable(self) -> None:
        connected = self.transport() is not None
        self.show_btn.setEnabled(connected)
        key = self.current_tab()
        table = self.tables.get(key)
        self.csv_btn.setEnabled(table is not None and table.topLevelItemCount() > 0)
        self.png_btn.setEnabled(key in self.charts or key == "map" or (key == "residents" and self.people))
        if self.people:
            self.engaged_btn.setEnabled(connected)
            self.zone_btn.setEnabled(connected and self.resident_zone.count() > 0)
            self.polygon_btn.setEnabled(connected and len(self.polygon) >= 3)
            self.clear_btn.setEnabled(bool(self.polygon))

    def current_tab(self) -> str:
        i = self.tabs.currentIndex()
        return self.tab_keys[i] if 0 <= i < len(self.tab_keys) else ""

    def load_zones(self) -> None:
        client = self.client()
        if client is None:
            return
        self.ctx.ops.run_op(client.zones, self._zones_loaded, self._zones_local, key="report-dashboard-zones")

    def _zones_local(self, exc: BaseException) -> None:
        """The case store's zones could not be read: the desk's own copy of the city's sectors."""
        from sync.reports import Zone
        from wire import geo

        zones = geo.default()
        self._zones_loaded(([Zone(s.code, s.name, [list(p.outer) for p in s.polygons]) for s in zones.sectors],
                            None))

    def _zones_loaded(self, answer: tuple[list[Zone], int | None]) -> None:
        self.zones = sorted(answer[0], key=lambda z: z.name)
        self._fill_zones()
        self._draw_zones()
        points = [pt for z in self.zones for ring in z.polygons for pt in ring]
        if points:
            bbox = (min(p[0] for p in points), max(p[0] for p in points), min(p[1] for p in points),
                    max(p[1] for p in points))
            self.map.fit(bbox)
            if self.people:
                self.draw_map.fit(bbox)
        self._enable()

    def load(self) -> None:
        client = self.client()
        period = self._checked_period()
        if client is None or period is None:
            return
        start, end = period
        filters = self.filters()

        def work() -> Figures:
            return Figures(client.summary(start, end, **filters), client.hotspots("zone", start, end, **filters),
                           client.hotspots("category", start, end, **filters), client.heat(start, end, **filters),
                           client.channels(start, end, **filters))

        self._say(self.tr("Loading the figures…"))
        self.ctx.ops.run_op(work, self._loaded, self._failed, key="report-dashboard")

    def _loaded(self, figures: Figures) -> None:
        self.figures = figures
        self._say("")
        self._render(figures)
        self._enable()

    # -------------------------------------------------------------------------------------- showing

    def definition_texts(self, key: str, server: str = "") -> tuple[str, str]:
        """How the figure ``key`` (the case store's name) is counted, in the desk's language: a short text for
        the tile (none for the lead time: its tile gives the counts) and the full one for its tooltip, equal in meaning to the case store's definitions
        (``casestore.services.report_dashboard.DEFINITIONS``); the case store's own text ``server`` for a key
        this desk does not know."""
        tr = self.tr
        texts = {
            "within_term": (
                tr("Closed by the deadline. Open and cancelled reports and sub-tasks not counted."),
                tr("Of the reports solved in the period (by their closing date): the share closed on or before "
                   "their deadline. Open and cancelled reports and sub-tasks are not counted.")),
            "within_10_working_days": (
                tr("Closed within ten working days of reporting. Open, cancelled and sub-tasks not counted."),
                tr("Of the reports solved in the period (by their closing date): the share closed within ten "
                   "working days of being reported (weekends and Belgian public holidays skipped). Open and "
                   "cancelled reports and sub-tasks are not counted.")),
            "within_term_of_reported": (
                tr("As known today; an open report past its deadline counts as late."),
                tr("Of the reports made in the period, as known today: solved ones count, in time when closed "
                   "on or before their deadline; an open report past its deadline counts as late; an open "
                   "report not yet due, cancelled reports and sub-tasks are left out.")),
            "within_10_working_days_of_reported": (
                tr("As known today; an open report older than ten working days counts as late."),
                tr("Of the reports made in the period, as known today: solved ones count, in time when closed "
                   "within ten working days; an open report more than ten working days old counts as late; an "
                   "open report not yet ten working days old, cancelled reports and sub-tasks are left out.")),
            "lead_time": (
                "",  # the tile gives the period's counts instead
                tr("Of the reports solved in the period (by their closing date): the time from reported to "
                   "closed, in days; the median and the 90th percentile.")),
        }
        known = texts.get(key)
        if known is None:
            return server, server
        return known

    def _render(self, f: Figures) -> None:
        s = f.summary
        tr = self.tr
        def share_tile(key: str, name: str, share: Share | None, caption: str) -> None:
            if share is None:
                self.tiles[key].set("–", caption, tr("The case store does not give this figure."))
                return
            short, full = self.definition_texts(name, share.definition)
            self.tiles[key].set(percent(share.share), caption.replace("%1", str(share.closed_in_time))
                                .replace("%2", str(share.counted)), short, full)

        share_tile("within_term", "within_term", s.within_term,
                   tr("Within term, of those solved in the period (%1 of %2)"))
        share_tile("within_term_b", "within_term_of_reported", s.within_term_of_reported,
                   tr("Within term, of those reported in the period (%1 of %2)"))
        share_tile("within_10", "within_10_working_days", s.within_10_working_days,
                   tr("Within ten working days, of those solved in the period (%1 of %2)"))
        share_tile("within_10_b", "within_10_working_days_of_reported", s.within_10_working_days_of_reported,
                   tr("Within ten working days, of those reported in the period (%1 of %2)"))
        counts = tr("Of the reports solved in the period. %1 reported in the period: %2 closed, %3 open.") \
            .replace("%1", str(s.reports)).replace("%2", str(s.closed)).replace("%3", str(s.open))
        self.tiles["lead"].set(f"{days(s.median_days)} / {days(s.p90_days)}",
                               tr("Lead time in days: median / 90th percentile"), counts,
                               f"{self.definition_texts('lead_time')[1]}\n{counts}")
        for key in BREAKDOWNS:
            rows = s.by.get(key, [])
            table = self.tables[key]
            table.clear()
            for r in rows:
                item = QTreeWidgetItem([r.name, str(r.reports), percent(r.within_term_share), days(r.median_days)])
                item.setData(0, Qt.ItemDataRole.UserRole, r.key)
                for c in (1, 2, 3):
                    item.setTextAlignment(c, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.addTopLevelItem(item)
            if not rows:
                span_row(table, tr("No reports in this period."))
            self._fits[key].fit()
            top = charted(rows)
            title = tr("Reports") if len(top) == len(rows) else tr("Reports: the %1 largest").replace(
                "%1", str(len(top)))
            fill_bar_chart(self.charts[key], title, [r.name for r in top], [(tr("Reports"), [r.reports for r in top],
                                                                            None)], horizontal=True)
        self._render_hotspots()
        self._render_channels(f.channels)
        self._render_map(f)

    def _render_hotspots(self) -> None:
        f = self.figures
        if f is None:
            return
        tr = self.tr
        rows = f.hotspots_zone if self.hotspot_by.currentData() != "category" else f.hotspots_category
        table = self.tables["hotspots"]
        table.clear()
        for r in rows:
            item = QTreeWidgetItem([r.name, str(r.reports), str(r.previous), change_text(r.change)])
            for c in (1, 2, 3):
                item.setTextAlignment(c, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.addTopLevelItem(item)
        if not rows:
            span_row(table, tr("No reports in this period."))
        self._fits["hotspots"].fit()
        top = charted(rows)
        fill_bar_chart(self.charts["hotspots"], tr("Hotspots: this period against the previous one"),
                       [r.name for r in top], [(tr("This period"), [r.reports for r in top], "#c0392b"),
                                               (tr("Previous period"), [r.previous for r in top], "#95a5a6")],
                       horizontal=True)
        self._enable()

    def _render_channels(self, ch: Channels) -> None:
        tr = self.tr
        months = ch.months
        table = self.tables["channels"]
        table.clear()
        for m in months:
            cells = [m.month, *(str(m.counts.get(g, 0)) for g in GROUPS), percent(m.shares.get("digital"))]
            item = QTreeWidgetItem(cells)
            for c in range(1, len(cells)):
                item.setTextAlignment(c, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.addTopLevelItem(item)
        if not months:
            span_row(table, tr("No contacts in this period."))
        self._fits["channels"].fit()
        names = self._group_names()

        def share(m: Any, g: str) -> float:
            v = m.shares.get(g)
            if v is None:
                total = sum(m.counts.values())
                v = m.counts.get(g, 0) / total if total else 0.0
            return round(float(v) * 100, 1)

        sets = [(n, [share(m, g) for m in months], GROUP_COLOURS[g]) for g, n in zip(GROUPS, names, strict=True)]
        target = ch.target
        lines = []
        cumulative = 0.0
        for g in GROUPS[:-1]:
            cumulative += float(target.get(g) or 0.0) * 100
            lines.append((tr("Target %1 %").replace("%1", f"{cumulative:g}"),
                          [cumulative] * len(months), GROUP_COLOURS[g]))
        fill_bar_chart(self.charts["channels"], tr("Channel mix per month (%) against the target %1")
                       .replace("%1", "/".join(f"{float(target.get(g) or 0) * 100:g}" for g in GROUPS)),
                       [short_month(m.month) for m in months], sets, stacked=True, lines=lines, maximum=100.0)

    def _render_map(self, f: Figures) -> None:
        self.map.set_heat([(c.lat, c.lon, float(c.n)) for c in f.heat])
        self._draw_zones()

    def _draw_zones(self) -> None:
        values: dict[str, float] = {}
        if self.figures is not None:
            values = {r.key: float(r.reports) for r in self.figures.summary.by.get("zone", [])}
        zones = [(z.code, z.name, z.polygons, values.get(z.code, 0.0) if values else None) for z in self.zones]
        self.map.set_zones(zones)
        if self.people:
            self.draw_map.set_zones([(z.code, z.name, z.polygons, None) for z in self.zones])

    # -------------------------------------------------------------------------------------- people (audited)

    def load_engaged(self) -> None:
        client = self.client()
        period = self._checked_period()
        if client is None or period is None or not self.people:
            return
        f = self.filters()
        cat = f.get("category")
        n = self.min_reports.value()
        self._say(self.tr("Loading the engaged citizens…"))
        self.ctx.ops.run_op(lambda: client.engaged(*period, category=cat, zone=f.get("zone"), min_reports=n),
                            self._engaged_loaded, self._failed, key="report-dashboard-engaged")

    def _engaged_loaded(self, items: list[Engaged]) -> None:
        self.engaged = items
        self._say("")
        table = self.tables["engaged"]
        table.clear()
        topic = {"category": self.tr("category"), "zone": self.tr("zone")}
        for e in items:
            sub = self.categories.sub(e.topic_key) if e.topic_kind == "category" else None
            name = self._lang(sub.names, e.topic_name) if sub is not None else e.topic_name
            table.addTopLevelItem(QTreeWidgetItem([
                e.name, f"{name} ({topic.get(e.topic_kind, e.topic_kind)})", str(len(e.reports)), e.email or "",
                e.phone or "", ", ".join(r[0] for r in e.reports)]))
        if not items:
            span_row(table, self.tr("Nobody reported twice or more on one topic in this period."))
        self._fits["engaged"].fit()
        self._enable()

    def add_polygon_point(self, lat: float, lon: float) -> None:
        self.polygon.append((lat, lon))
        self._draw_polygon()

    def clear_polygon(self) -> None:
        self.polygon = []
        self._draw_polygon()

    def _draw_polygon(self) -> None:
        zones: list[tuple[str, str, list[list[tuple[float, float]]], float | None]] = [
            (z.code, z.name, z.polygons, None) for z in self.zones]
        if len(self.polygon) >= 2:
            zones.append(("drawn", self.tr("Drawn area"), [list(self.polygon)], 1.0))
        self.draw_map.set_zones(zones)
        self.draw_map.set_reports([MapPoint(lat, lon, str(i + 1), "duplicate")
                                   for i, (lat, lon) in enumerate(self.polygon)])
        self._enable()

    def load_residents(self, *, zone: str | None = None, polygon: list[tuple[float, float]] | None = None) -> None:
        client = self.client()
        if client is None or not self.people:
            return
        if polygon is not None and len(polygon) < 3:
            self._say(self.tr("Click at least three corners on the map first."))
            return
        if polygon is None and not zone:
            self._say(self.tr("Choose a zone first."))
            return
        self._say(self.tr("Looking up the residents…"))
        self.ctx.ops.run_op(lambda: client.residents(zone=zone or None, polygon=polygon), self._residents_loaded,
                            self._failed, key="report-dashboard-residents")

    def _residents_loaded(self, answer: tuple[list[Resident], int]) -> None:
        self.residents, self.residents_total = answer
        table = self.tables["residents"]
        table.clear()
        for r in self.residents:
            table.addTopLevelItem(QTreeWidgetItem([r.name, r.address or ""]))
        if not self.residents:
            span_row(table, self.tr("Nobody lives there according to the register."))
        self._fits["residents"].fit()
        shown = len(self.residents)
        self._say(self.tr("%1 residents.").replace("%1", str(self.residents_total)) if shown == self.residents_total
                  else self.tr("%1 residents, the first %2 shown.").replace("%1", str(self.residents_total))
                  .replace("%2", str(shown)))
        self.draw_map.set_reports([MapPoint(r.lat, r.lon, r.name, "closed") for r in self.residents
                                   if r.lat is not None and r.lon is not None]
                                  + [MapPoint(lat, lon, str(i + 1), "duplicate")
                                     for i, (lat, lon) in enumerate(self.polygon)])
        self._enable()

    # -------------------------------------------------------------------------------------- exports

    def export_csv(self, path: str | None = None, key: str | None = None) -> None:
        """The table of the tab ``key`` (the current tab) as CSV, to ``path`` (asked when not given)."""
        key = key or self.current_tab()
        table = self.tables.get(key)
        if table is None:
            return
        header, rows = tree_rows(table)
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the table as CSV"), f"reports-{key}.csv",
                                                  self.tr("CSV files (*.csv)"))
            if not path:
                return
        data = csv_bytes(header, rows)
        target = Path(path)

        def work() -> Path:
            target.write_bytes(data)
            return target

        self.ctx.ops.run_op(work, self._exported, self._export_failed, key="report-dashboard-csv")

    def export_png(self, path: str | None = None, key: str | None = None) -> None:
        """The chart or map of the tab ``key`` (the current tab) as PNG, to ``path`` (asked when not given)."""
        key = key or self.current_tab()
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export as PNG"), f"reports-{key}.png",
                                                  self.tr("PNG images (*.png)"))
            if not path:
                return
        target = png_target(path)
        try:
            if key == "map":
                self.map.to_png(str(target))
            elif key == "residents" and self.people:
                self.draw_map.to_png(str(target))
            elif key in self.charts:
                view = self.charts[key]
                if view.width() < 200 or not view.isVisible():
                    view.resize(max(view.width(), 900), max(view.height(), 500))
                grab_png(view, target)
            else:
                return
        except OSError as exc:
            self._export_failed(exc)
            return
        self._exported(target)

    def _exported(self, path: Path) -> None:
        self._say(self.tr("Saved as %1.").replace("%1", str(path)))

    def _export_failed(self, exc: BaseException) -> None:
        if isinstance(exc, OSError):
            self._say(self.tr("The file could not be written: %1").replace("%1", exc.strerror or str(exc)))
        else:
            self._failed(exc)
