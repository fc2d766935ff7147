"""Unique Alt-letters (mnemonics) in every window and menu, in every language.

Translators choose a letter per text ("&Bestand", "Aanvraag &bewaren"); texts from different places meet
in one window (menu bar, navigation, card panel, a page, a form from the catalogue), and in some language
two of them always claim the same letter — Qt then makes Alt+letter hop between them instead of
activating one. ``assign(window)`` keeps the first claim of each letter and moves every later claim to a
free letter of its own text (a word's first letter first, then any other), or drops it when its text has
none left; the same in each menu level.

Who keeps a letter: controls marked ``mnemonic_first`` (the navigation), then the menu bar's titles, then
the other visible controls in the order they were made. It runs when a window is shown or gets the focus,
when a page changes, and after a language switch (``install``); the result depends only on what is on
screen, so it is the same every time.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QTabBar,
    QWidget,
)

FIRST = "mnemonic_first"  # dynamic property: this control keeps its letter before any other


def mnemonic(text: str) -> str | None:
    """The Alt-letter of a Qt text, lower case ("&&" is a literal ampersand; an "&" before anything but a
    letter or digit, as in a citizen's "Peeters & Zn", is no letter to settle)."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] == "&":
                i += 2
                continue
            return text[i + 1].lower() if text[i + 1].isalnum() else None
        i += 1
    return None


def _plain(text: str) -> str:
    """The text without its mnemonic marker (literal "&&" pairs stay)."""
    out: list[str] = []
    i = 0
    while i < len(text):
        if text[i] == "&" and i + 1 < len(text):
            if text[i + 1] == "&":
                out.append("&&")
                i += 2
                continue
            i += 1
            continue
        out.append(text[i])
        i += 1
    return "".join(out)


def _candidates(text: str) -> list[int]:
    """Positions (in the text without its marker) a new letter may take: a word's first letter, then the
    others; letters and digits only, never inside a literal "&&"."""
    plain = _plain(text)
    starts: list[int] = []
    others: list[int] = []
    prev = " "
    i = 0
    while i < len(plain):
        ch = plain[i]
        if plain.startswith("&&", i):
            prev = "&"
            i += 2
            continue
        if ch.isalnum():
            (starts if not prev.isalnum() else others).append(i)
        prev = ch
        i += 1
    return starts + others


def _with_letter(text: str, taken: set[str]) -> str:
    """``text`` with its marker on the first free letter, or without a marker when none is free."""
    plain = _plain(text)
    for i in _candidates(text):
        if plain[i].lower() not in taken:
            return plain[:i] + "&" + plain[i:]
    return plain


class _Claim:
    __slots__ = ("get", "set")

    def __init__(self, get: Callable[[], str], set_: Callable[[str], None]) -> None:
        self.get = get
        self.set = set_


def _settle(claims: Iterable[_Claim]) -> None:
    taken: set[str] = set()
    for claim in claims:
        text = claim.get()
        letter = mnemonic(text)
        if letter is None:
            continue
        if letter not in taken:
            taken.add(letter)
            continue
        new = _with_letter(text, taken)
        claim.set(new)
        letter = mnemonic(new)
        if letter is not None:
            taken.add(letter)


def _action_claim(action: QAction) -> _Claim:
    return _Claim(action.text, action.setText)


def _widget_claims(w: QWidget) -> list[_Claim]:
    if isinstance(w, QAbstractButton):
        return [_Claim(w.text, w.setText)]
    if isinstance(w, QLabel) and w.buddy() is not None and "<" not in w.text():  # rich text: left as it is
        return [_Claim(w.text, w.setText)]
    if isinstance(w, QGroupBox):
        return [_Claim(w.title, w.setTitle)]
    if isinstance(w, QTabBar):
        return [_tab_claim(w, i) for i in range(w.count())]
    return []


def _tab_claim(bar: QTabBar, index: int) -> _Claim:
    def get() -> str:
        return bar.tabText(index)

    def set_(text: str) -> None:
        bar.setTabText(index, text)

    return _Claim(get, set_)


def assign_menu(menu: QMenu) -> None:
    """Unique letters among this menu's items, then in each submenu."""
    actions = [a for a in menu.actions() if not a.isSeparator() and a.isVisible()]
    _settle(_action_claim(a) for a in actions)
    for a in actions:
        sub = a.menu()
        if isinstance(sub, QMenu):
            assign_menu(sub)


def assign(top: QWidget) -> None:
    """Unique letters in this window (its menu bar included) and in each of its menus."""
    first: list[_Claim] = []
    bar: list[_Claim] = []
    rest: list[_Claim] = []
    menus: list[QMenu] = []
    if isinstance(top, QMainWindow) and top.menuWidget() is not None:
        for a in top.menuBar().actions():
            if a.isVisible() and not a.isSeparator():
                bar.append(_action_claim(a))
                sub = a.menu()
                if isinstance(sub, QMenu):
                    menus.append(sub)
    for w in top.findChildren(QWidget):
        if w.window() is not top or not w.isVisibleTo(top):
            continue
        claims = _widget_claims(w)
        if claims:
            (first if w.property(FIRST) else rest).extend(claims)
    _settle([*first, *bar, *rest])
    for m in menus:
        assign_menu(m)


class _Assigner(QObject):
    """Runs ``assign`` once per event-loop turn for the windows that asked for it."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.pending: list[QWidget] = []
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(0)
        self.timer.timeout.connect(self.run)

    def request(self, widget: QWidget | None) -> None:
        if widget is None:
            return
        top = widget.window()
        if top not in self.pending:
            self.pending.append(top)
        self.timer.start()

    def run(self) -> None:
        pending, self.pending = self.pending, []
        for top in pending:
            try:
                if top.isVisible():
                    assign(top)
            except RuntimeError:  # the window was deleted meanwhile
                continue

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Show, QEvent.Type.LanguageChange) and isinstance(obj, QWidget):
            self.request(obj)
        return False


_ASSIGNER: dict[str, _Assigner] = {}


def _assigner() -> _Assigner | None:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return None
    found = _ASSIGNER.get("a")
    if found is None:
        found = _Assigner(app)
        _ASSIGNER["a"] = found
        # a window (dialog) that gets the focus, and every focus move inside one: cheap, a signal
        app.focusChanged.connect(lambda _old, new: found.request(new))
    return found


def install(window: QWidget, pages: QStackedWidget | None = None) -> None:
    """Keep ``window``'s letters unique: when it is shown, after a language switch, when ``pages`` (a
    QStackedWidget) shows another page, and when the focus moves (dialogs included)."""
    assigner = _assigner()
    if assigner is None:
        return
    window.installEventFilter(assigner)
    if pages is not None:
        pages.currentChanged.connect(lambda _i: assigner.request(window))
    assigner.request(window)


def enable() -> None:
    """Settle the letters of every window that gets the focus (the sign-in dialog, before any main window)."""
    _assigner()


def request(widget: QWidget | None) -> None:
    """Ask for the letters of ``widget``'s window to be settled on the next event-loop turn."""
    assigner = _assigner()
    if assigner is not None:
        assigner.request(widget)
