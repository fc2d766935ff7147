"""Run by tests/ui/test_fit.py in a subprocess (its own screen size, scale factor and language):

    QT_QPA_PLATFORM="offscreen:configfile=screen.json" python -m tests.ui.fit_probe <lang> <out.json>

Builds the real main window on a store with demo data, places it as the desk does (``show_fitted``), walks
the screens (home per role, search, person with and without history, intake of every case type, cases,
case detail, conflicts, receipt dialog) and writes what does not fit as JSON: texts cut short (labels,
buttons, check boxes, table headers, table cells without a tooltip) and parts outside the screen's
available geometry.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(lang: str, out: Path) -> int:
    import keyring

    from tests.keyrings import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())
    data = Path(tempfile.mkdtemp(prefix="loket-fit-"))
    os.environ["LOKET_DATA_DIR"] = str(data)
    from PySide6.QtCore import QRect, Qt, QTextBoundaryFinder
    from PySide6.QtGui import QFont, QFontMetrics
    from PySide6.QtWidgets import (
        QAbstractButton,
        QApplication,
        QCheckBox,
        QComboBox,
        QLabel,
        QPushButton,
        QStyle,
        QStyleOptionComboBox,
        QTabBar,
        QTreeWidget,
        QWidget,
    )

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from sqlalchemy import select

    from desk_app.app import Loket
    from desk_app.demo import generate
    from desk_app.store.models import Case, Person
    from ui.main import build_main_window

    loket = Loket.open(data)
    loket.settings.staff_user, loket.settings.staff_name = "clerk1", "An Verstraete"
    loket.settings.language = lang
    generate(loket.store, loket.catalogue, 20, 30, pending=True)
    with loket.store.read() as s:
        with_cases = set(s.scalars(select(Case.person_id).where(Case.person_id.is_not(None))))
        persons = list(s.scalars(select(Person.id)))
        case_id = s.scalars(select(Case.id).where(Case.person_id.is_not(None)).order_by(Case.created_at)).first()
        surname = s.scalars(select(Person.surname)).first() or "a"
    busy = next(p for p in persons if p in with_cases)
    quiet = next((p for p in persons if p not in with_cases), None)
    win, ctx = build_main_window(loket)
    win.show_fitted()
    problems: list[str] = []
    checked = {"labels": 0, "headers": 0, "cells": 0, "buttons": 0, "boxes": 0}
    avail = win.screen().availableGeometry()

    def pump() -> None:
        for _ in range(3):
            end = time.time() + 10
            while time.time() < end:
                app.processEvents()
                if ctx.ops.busy == 0:
                    break
                time.sleep(0.005)
            for _ in range(10):
                app.processEvents()

    def shown(w: QWidget) -> bool:
        return w.isVisible() and w.width() > 0 and not w.visibleRegion().isEmpty()

    def rich_text(text: str) -> bool:
        return text.lstrip().startswith("<")

    def unbreakable(text: str) -> list[str]:
        """The pieces a wrapping label cannot break (Unicode line breaking: spaces, after hyphens, ...)."""
        finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Line, text)
        pieces, start = [], 0
        while (pos := finder.toNextBoundary()) != -1:
            pieces.append(text[start:pos].strip())
            start = pos
        return [x for x in pieces if x]

    def plain(text: str) -> str:
        return text.replace("&&", "\0").replace("&", "").replace("\0", "&")

    def check(where: str, top: QWidget) -> None:
        for w in top.findChildren(QWidget):
            if not shown(w):
                continue
            if isinstance(w, QLabel) and w.text() and w.pixmap().isNull() and w.textFormat() != Qt.TextFormat.RichText and not rich_text(w.text()):
                checked["labels"] += 1
                fm = w.fontMetrics()
                room = w.contentsRect().width() - 2 * max(w.margin(), 0) - max(w.indent(), 0)
                text = plain(w.text()) if w.buddy() is not None else w.text()
                if w.wordWrap():
                    words = unbreakable(text)
                    widest = max((fm.horizontalAdvance(x) for x in words), default=0)
                    if widest > room:
                        problems.append(f"{where}: a word of label {text!r} is wider than its room ({widest} > {room})")
                    if w.heightForWidth(w.width()) > w.height() + 1:
                        problems.append(f"{where}: label {text!r} is cut at the bottom")
                else:
                    for line in text.splitlines():
                        if fm.horizontalAdvance(line) > room:
                            problems.append(f"{where}: label {line!r} is cut ({fm.horizontalAdvance(line)} > {room})")
            elif isinstance(w, QAbstractButton) and w.text() and not isinstance(w.parent(), QTabBar):
                checked["buttons"] += 1
                if w.width() < w.sizeHint().width() - 1 and isinstance(w, QPushButton | QCheckBox):
                    problems.append(f"{where}: button {plain(w.text())!r} is cut ({w.width()} < {w.sizeHint().width()})")
            elif isinstance(w, QComboBox) and w.currentText() and not w.isEditable():
                checked["boxes"] += 1
                opt = QStyleOptionComboBox()
                w.initStyleOption(opt)
                room = w.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, opt,
                                                QStyle.SubControl.SC_ComboBoxEditField, w).width()
                if w.fontMetrics().horizontalAdvance(w.currentText()) > room:
                    problems.append(f"{where}: box showing {w.currentText()!r} is cut")
            elif isinstance(w, QTreeWidget):
                header = w.header()
                bold = QFont(header.font())
                bold.setBold(True)
                hfm = QFontMetrics(bold)
                head = w.headerItem()
                if not header.isHidden():
                    for col in range(w.columnCount()):
                        if header.isSectionHidden(col) or not head.text(col):
                            continue
                        checked["headers"] += 1
                        need = hfm.horizontalAdvance(head.text(col)) + 10  # the style's 5 px padding each side
                        if header.sectionSize(col) < need:
                            problems.append(f"{where}: column header {head.text(col)!r} is cut "
                                            f"({header.sectionSize(col)} < {need})")
                        elif header.sectionPosition(col) + need > w.viewport().width():
                            problems.append(f"{where}: column {head.text(col)!r} is out of sight (the table "
                                            f"scrolls sideways: {header.sectionPosition(col)} + {need} > "
                                            f"{w.viewport().width()})")
                fm = w.fontMetrics()
                margin = 2 * (w.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, w) + 1)
                for row in range(min(w.topLevelItemCount(), 30)):
                    item = w.topLevelItem(row)
                    if item is None:
                        continue
                    if item.isFirstColumnSpanned():
                        cols = [(0, w.viewport().width())]
                    else:
                        cols = [(c, w.columnWidth(c)) for c in range(w.columnCount())]
                    for col, width in cols:
                        text = item.text(col)
                        if not text:
                            continue
                        checked["cells"] += 1
                        if fm.horizontalAdvance(text) + margin > width and item.toolTip(col) != text:
                            problems.append(f"{where}: cell {text!r} is cut without a tooltip "
                                            f"({fm.horizontalAdvance(text)} + {margin} > {width})")

    def on_screen(where: str, w: QWidget) -> None:
        rect = QRect(w.mapToGlobal(w.rect().topLeft()), w.size())
        if not avail.contains(rect):
            problems.append(f"{where}: {rect.getRect()} is outside the screen's available area {avail.getRect()}")

    pump()
    on_screen("main window", win)
    on_screen("status bar", win.statusBar())
    frame = win.frameGeometry()
    # at a fractional scale (125 %) logical pixels round: 1366 / 1.25 = 1092.8 gives a 1093 px wide screen
    slack = 0 if float(win.devicePixelRatioF()).is_integer() else 1
    if not avail.adjusted(0, 0, slack, slack).contains(frame):
        problems.append(f"main window frame {frame.getRect()} is outside the available area {avail.getRect()}")
    for role in ("counter", "outreach", "theme_desk", "coordinator"):
        loket.settings.role = role
        win.home.retranslate()
        win.show_home()
        pump()
        check(f"home ({role})", win)
    loket.settings.role = "counter"
    win.focus_search()
    win.search_field.setText(surname[:4])
    win.search.search(surname[:4])
    pump()
    check("search", win)
    win.show_person(busy)
    pump()
    check("person", win)
    if quiet is not None:
        win.show_person(quiet)
        pump()
        check("person without history", win)
    for code in sorted(loket.catalogue.case_types):
        win.start_intake(code, busy)
        pump()
        check(f"intake {code}", win)
        win.intake.submit()  # the errors under the fields
        pump()
        check(f"intake {code} with errors", win)
        win.intake.cancel()
        pump()
    win.show_cases(None)
    pump()
    check("cases", win)
    assert case_id is not None
    win.show_case(case_id)
    pump()
    check("case detail", win)
    win.show_conflicts()
    pump()
    check("conflicts", win)
    loket.settings.role = "counter"
    page = win.open_page("report_intake")  # the citizen-report intake (issue 15), with its duplicates tab
    pump()
    check("report intake", win)
    if page is not None:
        page.save()  # nothing filled in: the refusal in words above the form
        pump()
        check("report intake with a refusal", win)
        page.tabs.setCurrentIndex(1)
        pump()
        check("report intake, my reports", win)
    from ui.documents.receipt_dialog import ReceiptDialog

    ref = win.case.view.reference if win.case.view is not None else case_id
    dlg = ReceiptDialog(loket, ref, win)
    dlg.show()
    pump()
    on_screen("receipt dialog", dlg)
    on_screen("receipt dialog's feedback line", dlg.status)
    dlg.close()
    result = {"lang": lang, "screen": list(avail.getRect()), "problems": problems, "checked": checked}
    out.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    ctx.ops.wait_idle(10_000)
    win.close()
    loket.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1], Path(sys.argv[2])))
