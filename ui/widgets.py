"""Small shared widgets and helpers (labels with roles, badges, accessible buttons)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
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
