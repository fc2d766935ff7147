"""Small shared widgets and helpers (labels with roles, badges, accessible buttons)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget


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
