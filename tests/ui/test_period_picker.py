"""The shared period picker (ui.widgets.PeriodPicker) of the reports dashboard and the shop measures."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QObject

from ui.reports import dashboard_page
from ui.shop import measures_page
from ui.widgets import PeriodPicker

TODAY = dt.date(2026, 5, 20)


def make(qtbot: Any, module: Any, default: str) -> tuple[PeriodPicker, list[int]]:
    owner = QObject()
    picker = PeriodPicker(module.PRESETS, module.preset_period, default, lambda: TODAY, owner)
    picker._owner = owner  # type: ignore[attr-defined]  # keep the parent alive with the picker
    for w in (picker.preset, picker.start, picker.end, picker.preset_label, picker.start_label, picker.end_label):
        qtbot.addWidget(w)
    picker.name_presets({code: code.upper() for code in module.PRESETS})
    picker.reset()
    seen: list[int] = []
    picker.changed.connect(lambda: seen.append(1))
    return picker, seen


def test_the_default_preset_is_chosen_with_its_days(qtbot: Any) -> None:
    picker, seen = make(qtbot, measures_page, "week")
    assert picker.preset.currentData() == "week"
    assert [picker.preset.itemText(i) for i in range(picker.preset.count())] == [
        c.upper() for c in measures_page.PRESETS]
    assert picker.period() == (dt.date(2026, 5, 14), TODAY)
    assert seen == []  # setting the default's days is not a change by the user


def test_choosing_a_preset_sets_its_days_and_tells(qtbot: Any) -> None:
    picker, seen = make(qtbot, dashboard_page, "year")
    picker.preset.setCurrentIndex(dashboard_page.PRESETS.index("quarter"))
    picker.preset.activated.emit(picker.preset.currentIndex())
    assert picker.period() == (dt.date(2026, 4, 1), TODAY)
    assert picker.preset.currentData() == "quarter"
    assert seen == [1]


def test_editing_a_day_makes_the_period_custom(qtbot: Any) -> None:
    picker, seen = make(qtbot, measures_page, "week")
    picker.start.setDate(QDate(2026, 5, 1))
    assert picker.preset.currentData() == "custom"
    assert picker.period() == (dt.date(2026, 5, 1), TODAY)
    assert seen


def test_renaming_keeps_the_chosen_preset_and_set_period_is_custom(qtbot: Any) -> None:
    picker, _ = make(qtbot, dashboard_page, "year")
    picker.set_period(dt.date(2026, 1, 2), dt.date(2026, 3, 4))
    picker.name_presets({code: code for code in dashboard_page.PRESETS})
    assert picker.preset.currentData() == "custom"
    assert picker.period() == (dt.date(2026, 1, 2), dt.date(2026, 3, 4))
