"""The city's look: colours from ``resources/catalogue/city.yaml``; font sizes relative to the system font
(so the clerk's own font size setting is respected); a high-contrast mode keeps the system palette."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication


@dataclass(frozen=True)
class Colours:
    primary: str = "#00594F"
    accent: str = "#F2A900"
    text: str = "#1A1A1A"

    @property
    def primary_light(self) -> str:
        return QColor(self.primary).lighter(185).name()

    @property
    def primary_dark(self) -> str:
        return QColor(self.primary).darker(130).name()


def colours_from_city(city: dict[str, Any]) -> Colours:
    c = city.get("colours") or {}
    return Colours(c.get("primary", Colours.primary), c.get("accent", Colours.accent), c.get("text", Colours.text))


def high_contrast() -> bool:
    hints = QGuiApplication.styleHints()
    try:
        from PySide6.QtCore import Qt

        return bool(hints.colorScheme() == Qt.ColorScheme.Dark)
    except AttributeError:  # pragma: no cover - older Qt
        return False


def apply(app: QApplication, colours: Colours) -> None:
    """Install the style sheet; in dark/high-contrast system mode only accents are themed."""
    base = app.font().pointSizeF()
    if base <= 0:
        base = 10.0
    big = base * 1.6
    mid = base * 1.2
    small = base * 0.9
    c = colours
    if high_contrast():
        app.setStyleSheet(f"#Header {{ background: {c.primary_dark}; }} #Header QLabel {{ color: white; }}")
        return
    pal = app.palette()
    pal.setColor(QPalette.ColorRole.Highlight, QColor(c.primary))
    pal.setColor(QPalette.ColorRole.HighlightedText, QColor("white"))
    pal.setColor(QPalette.ColorRole.Link, QColor(c.primary))
    pal.setColor(QPalette.ColorRole.WindowText, QColor(c.text))
    pal.setColor(QPalette.ColorRole.Window, QColor("#F4F6F6"))
    app.setPalette(pal)
    app.setStyleSheet(f"""
QMainWindow, QDialog {{ background: #F4F6F6; }}
#Header {{ background: {c.primary}; }}
#Header QLabel {{ color: white; }}
#Header #CityName {{ font-size: {mid:.1f}pt; font-weight: 600; }}
#Header QLineEdit {{ border: 2px solid {c.primary_dark}; border-radius: 6px; padding: 6px 10px;
    font-size: {mid:.1f}pt; background: white; color: {c.text}; }}
#Header QLineEdit:focus {{ border: 2px solid {c.accent}; }}
#Header QPushButton {{ background: {c.accent}; color: #1A1A1A; border: none; border-radius: 6px;
    padding: 7px 14px; font-weight: 600; }}
#Header QPushButton {{ border: 2px solid {c.accent}; }}
#Header QPushButton:focus {{ border: 2px solid white; }}
#Nav {{ background: white; border-right: 1px solid #D5DADA; }}
#Nav QPushButton {{ text-align: left; padding: 9px 14px; border: none; border-radius: 0;
    color: {c.text}; background: transparent; }}
#Nav QPushButton[current="true"] {{ background: {c.primary_light}; border-left: 4px solid {c.primary};
    font-weight: 600; }}
#Nav QPushButton:focus {{ background: #EAF1F0; border: 2px solid {c.primary}; }}
.Card, #CardPanel {{ background: white; border: 1px solid #D5DADA; border-radius: 8px; }}
#PageTitle {{ font-size: {big:.1f}pt; font-weight: 600; color: {c.primary_dark}; }}
#SectionTitle {{ font-size: {mid:.1f}pt; font-weight: 600; color: {c.text}; }}
#Muted, .Muted {{ color: #5A6363; font-size: {small:.1f}pt; }}
#FieldError {{ color: #B00020; font-size: {small:.1f}pt; }}
#Suggestion {{ background: #FFF6DD; border: 1px solid {c.accent}; border-radius: 8px; }}
#Badge {{ background: {c.primary_light}; color: {c.primary_dark}; border-radius: 8px; padding: 2px 8px;
    font-weight: 600; }}
#BadgeWarn {{ background: #FDE7C2; color: #7A4B00; border-radius: 8px; padding: 2px 8px; font-weight: 600; }}
#BadgeBad {{ background: #F8D7DA; color: #842029; border-radius: 8px; padding: 2px 8px; font-weight: 600; }}
QPushButton {{ padding: 6px 14px; border: 1px solid #B9C2C2; border-radius: 6px; background: white; }}
QPushButton:hover {{ border-color: {c.primary}; }}
QPushButton:focus {{ border: 2px solid {c.primary}; }}
QPushButton#Primary, QPushButton:default {{ background: {c.primary}; color: white; border: none; }}
QPushButton#Primary {{ font-weight: 600; }}
QPushButton#Primary:focus, QPushButton:default:focus {{ border: 2px solid {c.accent}; }}
QLineEdit, QComboBox, QDateEdit, QSpinBox, QTextEdit, QPlainTextEdit {{ padding: 4px 6px;
    border: 1px solid #B9C2C2; border-radius: 4px; background: white; }}
QLineEdit:focus, QComboBox:focus, QDateEdit:focus, QSpinBox:focus, QTextEdit:focus, QPlainTextEdit:focus {{
    border: 2px solid {c.primary}; }}
QLineEdit[invalid="true"], QComboBox[invalid="true"], QTextEdit[invalid="true"] {{ border: 2px solid #B00020; }}
QTreeWidget, QTableWidget, QListWidget, QTreeView, QTableView, QListView {{ background: white;
    border: 1px solid #D5DADA; border-radius: 6px; alternate-background-color: #F7F9F9; }}
QTreeWidget:focus, QTableWidget:focus, QListWidget:focus, QTreeView:focus, QTableView:focus,
QListView:focus, QScrollArea:focus {{ border: 2px solid {c.primary}; }}
QCheckBox:focus {{ background: {c.primary_light}; border-radius: 4px; }}
QHeaderView::section {{ background: #EEF2F2; border: none; border-bottom: 1px solid #D5DADA; padding: 5px;
    font-weight: 600; }}
QStatusBar {{ background: white; border-top: 1px solid #D5DADA; }}
QStatusBar QLabel {{ padding: 0 8px; }}
QToolTip {{ color: {c.text}; background: #FFFBEA; border: 1px solid {c.accent}; }}
""")
