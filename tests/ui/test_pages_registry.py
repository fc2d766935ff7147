"""Issue 14 §5: screens register themselves (``ui.core.pages``). A page class registered by a test — nothing in
``main_window.py`` knows it — gets a navigation button, its shortcut and a View-menu entry, for the roles it
names only; the shipped pages keep their order, shortcuts and roles."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from tests.ui.conftest import wait_ops
from wire import roles


class NoticeBoard(QWidget):
    """A throwaway screen: the coordinators' notice board."""

    def __init__(self, ctx: Any) -> None:
        super().__init__()
        self.ctx = ctx
        self.shown_with: list[tuple[object, ...]] = []
        self.text = QLabel("Notices")
        QVBoxLayout(self).addWidget(self.text)

    def show_page(self, *args: object) -> None:
        self.shown_with.append(args)

    def focus_page(self) -> None:
        self.text.setFocus()


@pytest.fixture
def notice_board() -> Iterator[type[NoticeBoard]]:
    from ui.core import pages

    pages.load_pages()
    pages.register_page("notices", title=QT_TRANSLATE_NOOP("MainWindow", "&Notices"), shortcuts=("Alt+7",),
                        roles={roles.COORDINATOR}, nav=35)(NoticeBoard)
    try:
        yield NoticeBoard
    finally:
        pages.unregister_page("notices")


def _window(qtbot: Any, loket: Any, role: str) -> tuple[Any, Any]:
    from ui.main import build_main_window

    loket.settings.role = role
    win, ctx = build_main_window(loket)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win, ctx


def test_a_registered_page_appears_for_its_roles_only(qtbot: Any, loket: Any, notice_board: type[NoticeBoard]) -> None:
    win, ctx = _window(qtbot, loket, roles.COORDINATOR)
    try:
        # its place: between Cases (30) and Conflicts (40), in the navigation and in the View menu
        # (pages registered by other feature modules may come after, in their own places)
        known = ["home", "search", "cases", "notices", "conflicts"]
        assert [n for n in win.nav_buttons if n in known] == known
        view = [a for a in win.m_view.actions() if not a.isSeparator()]
        assert view.index(win.actions_["notices"]) == list(win.nav_buttons).index("notices")
        button, action = win.nav_buttons["notices"], win.actions_["notices"]
        assert button.isVisible() and button.text().replace("&", "") == "Notices"
        assert action.isEnabled() and QKeySequence("Alt+7") in action.shortcuts()
        assert win.built("notices") is None  # built on first use
        win.activateWindow()
        qtbot.waitUntil(win.isActiveWindow, timeout=3000)
        qtbot.keyClick(win.nav_buttons["home"], Qt.Key.Key_7, Qt.KeyboardModifier.AltModifier)  # its shortcut
        wait_ops(qtbot, win)
        page = win.built("notices")
        assert isinstance(page, NoticeBoard) and win.stack.currentWidget() is page
        assert page.shown_with == [()]
        assert button.property("current") is True and not win.nav_buttons["home"].property("current")
        win.show_cases(None)
        wait_ops(qtbot, win)
        win.back()  # Alt+←: back to the notice board, marked current again
        assert win.stack.currentWidget() is page and button.property("current") is True
    finally:
        ctx.ops.wait_idle(10_000)
        win.close()


def test_a_registered_page_is_hidden_from_other_roles(qtbot: Any, loket: Any, notice_board: type[NoticeBoard]) -> None:
    win, ctx = _window(qtbot, loket, roles.COUNTER_CLERK)
    try:
        button, action = win.nav_buttons["notices"], win.actions_["notices"]
        assert not button.isVisible() and not action.isEnabled() and not action.isVisible()
        win.activateWindow()
        qtbot.waitUntil(win.isActiveWindow, timeout=3000)
        qtbot.keyClick(win.nav_buttons["home"], Qt.Key.Key_7, Qt.KeyboardModifier.AltModifier)  # its shortcut: nothing
        action.trigger()  # a disabled action does nothing; opening it by name does not either
        assert win.open_page("notices") is None
        assert win.built("notices") is None and win.stack.currentWidget() is win.home
        from ui.core import pages

        others = [b.isVisible() for k, b in win.nav_buttons.items()
                  if k != "notices" and pages.page_spec(k).visible_to(roles.COUNTER_CLERK)]
        assert len(others) >= 4 and all(others)
    finally:
        ctx.ops.wait_idle(10_000)
        win.close()


def test_registering_a_taken_name_or_shortcut_is_refused(notice_board: type[NoticeBoard]) -> None:
    from ui.core import pages

    class Other(QWidget):
        pass

    with pytest.raises(ValueError, match="already registered"):
        pages.register_page("notices", title="&Other")(Other)
    with pytest.raises(ValueError, match="Alt\\+3 already opens page 'cases'"):
        pages.register_page("other", title="&Other", shortcuts=("Alt+3",), nav=50)(Other)
    assert pages.page_spec("notices").cls is NoticeBoard
    with pytest.raises(KeyError):
        pages.page_spec("other")


def test_the_shipped_pages_keep_their_shortcuts_and_places(qtbot: Any, window: Any) -> None:
    # the pages shipped first keep their order; feature pages (appointments, the shop's) take their own places
    shipped = ["home", "search", "cases", "conflicts"]
    assert [k for k in window.nav_buttons if k in shipped] == shipped
    expected = {"home": ("Alt+1", "Ctrl+Home"), "search": ("Ctrl+F", "F3", "Alt+2"), "cases": ("Alt+3",),
                "conflicts": ("Alt+4",), "back": ("Alt+Left",)}
    for key, keys in expected.items():
        assert window.actions_[key].shortcuts() == [QKeySequence(k) for k in keys], key
    nav = list(window.nav_buttons)  # every page in the navigation (hidden ones for roles that do not see them)
    assert [a for a in window.m_view.actions() if not a.isSeparator()][:len(nav) + 1] == [
        window.actions_[k] for k in (*nav, "back")]
    assert window.actions_["conflicts"] in window.m_sync.actions()
    window.actions_["cases"].trigger()
    wait_ops(qtbot, window)
    assert window.stack.currentWidget() is window.cases and window.nav_buttons["cases"].property("current")
    window.actions_["search"].trigger()
    assert window.stack.currentWidget() is window.search and window.search_field.hasFocus()
