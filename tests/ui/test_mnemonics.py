"""Issue 13 §2: unique Alt-letters. The test walks every screen, dialog and menu of the desk in Dutch, French,
German and English and fails on an Alt+letter claimed twice within one window (its menu bar included) or
within one menu level — e.g. the Dutch intake's six Alt+B (Bestand, Beeld, Bestand toevoegen…, Kanaal
bevestigd, Retributie betaald, Aanvraag bewaren) or Alt+D for both "Dossiers" and "Demokaarten"."""

from __future__ import annotations

import contextlib
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QTabBar,
    QWidget,
)
from sqlalchemy import select

from desk_app.store.models import Case, Person
from tests.ui.conftest import wait_ops

LANGS = ("nl", "fr", "de", "en")


def mnemonic(text: str) -> str | None:
    """The Alt-letter of a Qt text ("&&" is a literal ampersand)."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] == "&":
                i += 2
                continue
            return text[i + 1].lower()
        i += 1
    return None


def window_claims(top: QWidget) -> dict[str, list[str]]:
    """Alt-letter → the texts claiming it in this window: its menu bar titles and every control on screen
    (buttons, check boxes, labels with a buddy, group boxes, tabs)."""
    claims: dict[str, list[str]] = defaultdict(list)

    def claim(text: str) -> None:
        m = mnemonic(text)
        if m is not None:
            claims[m].append(text)

    if isinstance(top, QMainWindow):
        for action in top.menuBar().actions():
            if action.isVisible() and not action.isSeparator():
                claim(action.text())
    for w in top.findChildren(QWidget):
        if w.window() is not top or not w.isVisibleTo(top):
            continue
        if isinstance(w, QAbstractButton) or (isinstance(w, QLabel) and w.buddy() is not None):
            claim(w.text())
        elif isinstance(w, QGroupBox):
            claim(w.title())
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                claim(w.tabText(i))
    return claims


def menu_clashes(menu: QMenu, where: str) -> list[str]:
    """Clashes within this menu, then within each of its submenus."""
    claims: dict[str, list[str]] = defaultdict(list)
    found = []
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        m = mnemonic(action.text())
        if m is not None:
            claims[m].append(action.text())
        sub = action.menu()
        if isinstance(sub, QMenu):
            found += menu_clashes(sub, f"{where} › {action.text()}")
    found += [f"{where}: Alt+{k.upper()} {v}" for k, v in claims.items() if len(v) > 1]
    return found


def clashes(top: QWidget, where: str) -> list[str]:
    found = [f"{where}: Alt+{k.upper()} {v}" for k, v in window_claims(top).items() if len(v) > 1]
    if isinstance(top, QMainWindow):
        for action in top.menuBar().actions():
            sub = action.menu()
            if isinstance(sub, QMenu):
                found += menu_clashes(sub, f"{where} menu {action.text()}")
    return found


def test_mnemonic_reads_qt_texts() -> None:
    assert mnemonic("&Bestand") == "b" and mnemonic("Kanaal &bevestigd") == "b"
    assert mnemonic("Track && trace") is None and mnemonic("R&&D &x") == "x" and mnemonic("none") is None


def test_a_clash_is_found(qtbot: Any) -> None:
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    w = QMainWindow()
    qtbot.addWidget(w)
    w.menuBar().addMenu("&Bestand")
    host = QWidget()
    lay = QVBoxLayout(host)
    lay.addWidget(QPushButton("Aanvraag &bewaren"))
    w.setCentralWidget(host)
    assert clashes(w, "w") == ["w: Alt+B ['&Bestand', 'Aanvraag &bewaren']"]


def test_assign_keeps_the_first_claim_and_moves_the_others(qtbot: Any) -> None:
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    from ui.core.mnemonics import FIRST, assign

    w = QMainWindow()
    qtbot.addWidget(w)
    w.menuBar().addMenu("&Bestand")
    w.menuBar().addMenu("&Beeld")
    host = QWidget()
    lay = QVBoxLayout(host)
    nav = QPushButton("&Dossiers")
    nav.setProperty(FIRST, True)
    buttons = [QPushButton(t) for t in ("Aanvraag &bewaren", "Retributie &betaald", "&Demokaarten", "Peeters & Zn",
                                        "R&&D &bewaren")]
    for b in (*buttons, nav):
        lay.addWidget(b)
    w.setCentralWidget(host)
    assert clashes(w, "w")
    assign(w)
    assert clashes(w, "w") == []
    assert w.menuBar().actions()[0].text() == "&Bestand"  # the menu bar before the page
    assert nav.text() == "&Dossiers" and mnemonic(buttons[2].text()) != "d"  # Alt+D opens Dossiers
    assert buttons[3].text() == "Peeters & Zn"  # a name with "&" is left alone
    assert buttons[4].text().startswith("R&&")  # a literal "&" stays literal
    assign(w)  # settled: a second run changes nothing
    assert clashes(w, "w") == []


@pytest.fixture
def desk(qtbot: Any, loket: Any) -> Iterator[Any]:
    from ui.main import build_main_window

    win, ctx = build_main_window(loket)
    qtbot.addWidget(win)
    # the demo cards menu, as in demo mode
    win.add_demo_menu([("valid", "Marie Synthétique"), ("expired", "Jan Verlopen")], lambda _k: None, lambda: None)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.set_language("nl")
    ctx.ops.wait_idle(10_000)
    win.close()


def _screens(qtbot: Any, win: Any, loket: Any) -> Iterator[str]:
    """Show each screen of the main window in turn; yields its name while it is on screen."""
    with loket.store.read() as s:
        person = s.scalars(select(Person).order_by(Person.surname)).first()
        case = s.scalars(select(Case).order_by(Case.id)).first()
        assert person is not None and case is not None
        pid, cid = person.id, case.id
    role = loket.settings.role
    for r in ("counter", "outreach", "theme_desk", "coordinator", "administrator"):  # a home per role
        loket.settings.role = r
        win.home.retranslate()
        win.show_home()
        wait_ops(qtbot, win)
        yield f"home {r}"
    loket.settings.role = role
    win.home.retranslate()
    win.focus_search()
    win.search_field.setText("a")
    win.search.search("a")
    wait_ops(qtbot, win)
    yield "search"
    win.show_cases()
    wait_ops(qtbot, win)
    yield "cases"
    win.show_conflicts()
    wait_ops(qtbot, win)
    yield "conflicts"
    win.open_page("report_intake")  # the citizen report (issue 15): a long form beside the navigation
    wait_ops(qtbot, win)
    yield "report intake"
    win.show_person(pid)
    wait_ops(qtbot, win)
    qtbot.waitUntil(lambda: win.person.person is not None, timeout=5000)
    yield "person"
    win.show_case(cid)
    wait_ops(qtbot, win)
    qtbot.waitUntil(lambda: win.case.view is not None, timeout=5000)
    yield "case"
    for code in loket.catalogue.case_types:
        win.start_intake(code, pid)
        wait_ops(qtbot, win)
        qtbot.waitUntil(lambda: win._on(win._intake), timeout=5000)
        yield f"intake {code}"
        win.intake.cancel()
        win.show_home()
        wait_ops(qtbot, win)


def _dialogs(win: Any, loket: Any) -> Iterator[tuple[str, QWidget]]:
    from ui.card.panel import OverrideDialog
    from ui.cases.page import StatusDialog
    from ui.documents.signature import SignatureDialog
    from ui.signin import SignIn, SignInDialog

    yield "sign-in", SignInDialog(SignIn(loket), "clerk")
    yield "sign-in (no user)", SignInDialog(SignIn(loket, "http://127.0.0.1:9"), "")
    yield "lock", SignInDialog(SignIn(loket), "clerk", win, lock=True)
    yield "status", StatusDialog(win.ctx, win.case.view.case, "nl", win)
    yield "signature", SignatureDialog(win)
    yield "override", OverrideDialog("Marie Synthétique", win)
    from ui.documents import ReceiptDialog

    yield "receipt", ReceiptDialog(loket, win.case.view.reference, win)


def _settled(qtbot: Any, top: QWidget, where: str) -> list[str]:
    """The clashes left once the desk had its turn (letters are settled on the next event-loop turn)."""
    with contextlib.suppress(AssertionError):  # still clashing: reported below
        qtbot.waitUntil(lambda: not clashes(top, where), timeout=2000)
    return clashes(top, where)


@pytest.mark.parametrize("lang", LANGS)
def test_every_screen_has_unique_mnemonics(qtbot: Any, desk: Any, loket: Any, lang: str) -> None:
    win = desk
    win.set_language(lang)
    found: list[str] = []
    seen = 0
    for name in _screens(qtbot, win, loket):
        found += _settled(qtbot, win, f"{lang} {name}")
        seen += 1
    for name, dlg in _dialogs(win, loket):
        qtbot.addWidget(dlg)
        dlg.show()
        qtbot.waitExposed(dlg)
        dlg.activateWindow()
        found += _settled(qtbot, dlg, f"{lang} {name}")
        if name == "status":  # every next status (a rejection asks for its reason, a waiting status what is missing)
            for i in range(dlg.status.count()):  # type: ignore[attr-defined]
                dlg.status.setCurrentIndex(i)  # type: ignore[attr-defined]
                found += _settled(qtbot, dlg, f"{lang} status → {dlg.status.currentText()}")  # type: ignore[attr-defined]
        dlg.close()
        seen += 1
    assert seen >= 12 + len(loket.catalogue.case_types) - 1
    assert not found, "\n".join(found)


def test_a_switch_of_language_settles_the_letters_again(qtbot: Any, desk: Any, loket: Any) -> None:
    """The Dutch intake's Alt+B and Alt+D (issue 13 §2), then the same screen switched to German."""
    win = desk
    with loket.store.read() as s:
        person = s.scalars(select(Person).order_by(Person.surname)).first()
        assert person is not None
        pid = person.id
    win.start_intake("address_change", pid)
    wait_ops(qtbot, win)
    assert _settled(qtbot, win, "nl intake") == []
    claims = window_claims(win)
    assert claims["d"] == ["&Dossiers"]  # Alt+D opens Dossiers; the demo cards menu has another letter
    assert len(claims["b"]) == 1
    win.set_language("de")
    assert _settled(qtbot, win, "de intake") == []


@pytest.mark.parametrize("lang", LANGS)
def test_the_case_documents_menu_has_unique_mnemonics(qtbot: Any, desk: Any, loket: Any, lang: str) -> None:
    """The popup under "Documents…": before, Dutch "&Brief" and "&Beslissing", French "&Récépissé" and "&Résumé"."""
    win = desk
    win.set_language(lang)
    with loket.store.read() as s:
        case = s.scalars(select(Case).where(Case.case_type == "livability_budget")).first()
        case = case or s.scalars(select(Case)).first()
        assert case is not None
        cid = case.id
    win.show_case(cid)
    wait_ops(qtbot, win)
    qtbot.waitUntil(lambda: win.case.view is not None, timeout=5000)
    seen: dict[str, list[str]] = {}

    def look() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(20, look)
            return
        seen["texts"] = [a.text() for a in menu.actions()]
        seen["clashes"] = menu_clashes(menu, f"{lang} documents")
        menu.close()

    QTimer.singleShot(0, look)
    win.case._documents_menu()
    assert len(seen["texts"]) >= 3
    assert seen["clashes"] == []


@pytest.mark.parametrize("lang", LANGS)
def test_the_intake_hint_names_the_case_type_letter(qtbot: Any, desk: Any, lang: str) -> None:
    """"Choose a case type (Alt+T)": the letter the hint names is the one the case-type box has on screen."""
    import re

    from PySide6.QtCore import QCoreApplication, QEvent

    win = desk
    win.set_language(lang)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    win.start_intake("", "")
    wait_ops(qtbot, win)
    assert _settled(qtbot, win, f"{lang} intake") == []
    page = win.intake
    hint = next(w.text() for w in page.form_host.findChildren(QLabel) if "Alt+" in w.text())
    named = re.search(r"Alt\+(\w)", hint)
    assert named is not None and named.group(1).lower() == mnemonic(page.type_label.text()), (hint,
                                                                                            page.type_label.text())
    page.cancel()
