"""Small shared widgets and helpers (labels with roles, badges, accessible buttons, a period picker)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)


def label(text: str = "", name: str | None = None, wrap: bool = False, selectable: bool = False) -> QLabel:
    w = QLabel(text)
    if name:
        w.setObjectName(name)
    w.setWordWrap(wrap)
    if selectable:
        w.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                  | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    return w


def button(text: str, accessible: str | None = None, primary: bool = False) -> QPushButton:
    b = QPushButton(text)
    if primary:
        b.setObjectName("Primary")
    b.setAccessibleName(accessible or text.replace("&", ""))
    return b


def card(parent: QWidget | None = None) -> tuple[QFrame, QVBoxLayout]:
    f = QFrame(parent)
    f.setProperty("class", "Card")
    f.setFrameShape(QFrame.Shape.NoFrame)
    lay = QVBoxLayout(f)
    lay.setContentsMargins(14, 12, 14, 12)
    lay.setSpacing(6)
    return f, lay


def badge(text: str, kind: str = "") -> QLabel:
    w = QLabel(text)
    w.setObjectName({"warn": "BadgeWarn", "bad": "BadgeBad"}.get(kind, "Badge"))
    w.setAlignment(Qt.AlignmentFlag.AlignCenter)
    w.setSizePolicy(w.sizePolicy().horizontalPolicy(), w.sizePolicy().verticalPolicy())
    return w


def set_badge(w: QLabel, text: str, kind: str = "") -> None:
    w.setText(text)
    w.setObjectName({"warn": "BadgeWarn", "bad": "BadgeBad"}.get(kind, "Badge"))
    w.style().unpolish(w)
    w.style().polish(w)


def channel_name(code: str | None) -> str:
    """Intake channels and citizens' preferred channels in the clerk's language."""
    from PySide6.QtCore import QCoreApplication

    names = {"counter": "at the counter", "phone": "by phone", "email": "by e-mail", "home_visit": "home visit",
             "digital": "digital", "sms": "SMS", "letter": "letter"}
    if not code:
        return ""
    return QCoreApplication.translate("channels", names.get(code, code))


def clear_layout(layout: object) -> None:
    from PySide6.QtWidgets import QLayout

    assert isinstance(layout, QLayout)
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            break
        w = item.widget()
        if w is not None:
            w.setParent(None)
            w.deleteLater()
        elif item.layout() is not None:
            clear_layout(item.layout())


class FitColumns(QObject):
    """Columns of a tree sized to their content and their header, so no text and no header is cut: the
    ``stretch`` column also takes the room that is left; a table narrower than its columns scrolls sideways.
    Call ``fit()`` after filling; resizes of the table refit by themselves. The ``keep`` columns (a reference)
    never give way: always as wide as their content."""

    def __init__(self, tree: QTreeWidget, stretch: int | None = None, keep: tuple[int, ...] = ()) -> None:
        super().__init__(tree)
        self.tree = tree
        self.stretch = stretch
        self.keep = keep
        self._pending = False
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        tree.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and not self._pending:
            self._pending = True  # once the layout has settled (scroll bars shown or hidden)
            QTimer.singleShot(0, self, self._refit)  # dropped if the table goes first
        return False

    def _refit(self) -> None:
        self._pending = False
        self.fit()

    def fit(self) -> None:
        tree, header = self.tree, self.tree.header()
        bold = QFont(header.font())
        bold.setBold(True)  # the theme's headers are bold
        fm = QFontMetrics(bold)
        head = tree.headerItem()
        items = [(i, tree.topLevelItem(i)) for i in range(tree.topLevelItemCount())]
        spanned = [i for i, item in items if item is not None and item.isFirstColumnSpanned()]
        for i in spanned:  # a spanning row ("nothing yet") does not size the first column
            tree.setRowHidden(i, tree.rootIndex(), True)
        heads = [fm.horizontalAdvance(head.text(col)) + 10 for col in range(tree.columnCount())]  # + the padding
        content = [tree.sizeHintForColumn(col) for col in range(tree.columnCount())]
        widths = [max(content[col], heads[col]) for col in range(tree.columnCount())]
        for i in spanned:
            tree.setRowHidden(i, tree.rootIndex(), False)
        spare = tree.viewport().width() - 2 - sum(widths)  # 2 px: fractional scaling rounds widths either way
        col = self.stretch
        if col is not None and 0 <= col < len(widths) and spare > 0:
            widths[col] += spare  # the room left
        # too little room: the stretch column gives way first, then the others, each down to its header (cells
        # elided with their full text as a tooltip); only when even the headers do not fit, the table scrolls
        order = ([col] if col is not None and 0 <= col < len(widths) and col not in self.keep else []) + \
            sorted((c for c in range(len(widths)) if c != col and c not in self.keep),
                   key=lambda c: heads[c] - widths[c])
        for c in order:
            if spare >= 0:
                break
            give = min(widths[c] - heads[c], -spare)
            if give > 0:
                widths[c] -= give
                spare += give
        narrowed = [c for c in range(len(widths)) if widths[c] < content[c]]
        for _i, item in items:
            if item is not None and not item.isFirstColumnSpanned():
                for c in narrowed:
                    if item.text(c):
                        item.setToolTip(c, item.text(c))
        for c, w in enumerate(widths):
            header.resizeSection(c, w)


def span_row(tree: QTreeWidget, text: str) -> QTreeWidgetItem:
    """A row saying the table is empty, over the whole width (never cut by the first column)."""
    item = QTreeWidgetItem([text])
    item.setFlags(Qt.ItemFlag.NoItemFlags)
    tree.addTopLevelItem(item)
    item.setFirstColumnSpanned(True)
    return item


class PeriodPicker(QObject):
    """A period: a combo of presets and the first and last day (date edits), each with its label.

        self.picker = PeriodPicker(PRESETS, preset_period, "week", lambda: self.today(), self)
        self.picker.name_presets({"today": self.tr("Today"), …, "custom": self.tr("Other days")})

    The page lays the widgets out (``preset``/``start``/``end`` and their ``*_label``) and gives them their
    texts, so they stay in its own translation context. ``presets`` are codes, the last of them ``custom``;
    ``days_of(code, today)`` is a preset's first and last day (None: custom). Choosing a preset sets the days;
    editing a day makes the period ``custom``. ``changed`` is emitted after either.
    """

    changed = Signal()

    def __init__(self, presets: Sequence[str], days_of: Callable[[str, dt.date], tuple[dt.date, dt.date] | None],
                 default: str, today: Callable[[], dt.date], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.presets = tuple(presets)
        self.days_of = days_of
        self.default = default
        self.today = today
        self.preset = QComboBox()
        self.preset_label = label("")
        self.preset_label.setBuddy(self.preset)
        self.preset.activated.connect(self._preset_chosen)
        self.start = QDateEdit()
        self.start.setCalendarPopup(True)
        self.start_label = label("")
        self.start_label.setBuddy(self.start)
        self.end = QDateEdit()
        self.end.setCalendarPopup(True)
        self.end_label = label("")
        self.end_label.setBuddy(self.end)
        for d in (self.start, self.end):
            d.dateChanged.connect(self._custom)

    def name_presets(self, names: dict[str, str]) -> None:
        """(Re)fill the combo with the presets' names, keeping the chosen one (the default at first)."""
        current = self.preset.currentData() or self.default
        self.preset.clear()
        for code in self.presets:
            self.preset.addItem(names[code], code)
        self.preset.setCurrentIndex(self.presets.index(current))

    def reset(self) -> None:
        """The default preset's days (the combo is left as it is)."""
        today = self.today()
        self._set_days(*(self.days_of(self.default, today) or (today, today)))

    def _set_days(self, start: dt.date, end: dt.date) -> None:
        for w, d in ((self.start, start), (self.end, end)):
            w.blockSignals(True)
            w.setDate(QDate(d.year, d.month, d.day))
            w.blockSignals(False)

    def _preset_chosen(self, _index: int) -> None:
        days = self.days_of(str(self.preset.currentData()), self.today())
        if days is not None:
            self._set_days(*days)
        self.changed.emit()

    def _custom(self) -> None:
        self.preset.setCurrentIndex(self.presets.index("custom"))
        self.changed.emit()

    def set_period(self, start: dt.date, end: dt.date) -> None:
        """Other days (also for tests): the custom period ``start`` … ``end``."""
        self._set_days(start, end)
        self._custom()

    def period(self) -> tuple[dt.date, dt.date]:
        s, e = self.start.date(), self.end.date()
        return dt.date(s.year(), s.month(), s.day()), dt.date(e.year(), e.month(), e.day())
