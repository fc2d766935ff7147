"""The main window: header (city, type-ahead search, read card), navigation, pages, card panel, status bar.

Keyboard: Ctrl+F / F3 search, F2 read card, Ctrl+N new intake, Ctrl+P print receipt, Alt+1..4 pages,
F5 synchronise, Ctrl+L lock. Every page is a feature module that only talks to the ``AppContext`` and registers
itself (``ui.core.pages``): the navigation, the page stack, the pages' shortcuts and menu entries and what each
role sees are built from that registry.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QGuiApplication, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app.catalogue import text_in

if TYPE_CHECKING:
    from desk_app.services.persons import CardData
    from ui.card.panel import CardPanel
    from ui.cases.page import CaseDetailPage, CasesPage
    from ui.conflicts.page import ConflictsPage
    from ui.home.page import HomePage
    from ui.intake.page import IntakePage
    from ui.person.page import PersonPage
    from ui.search.page import SearchPage
from ui.context import AppContext
from ui.core import pages as registry
from ui.core.errors import describe
from ui.core.refresh import page_shown
from ui.i18n import LANGUAGES
from wire import roles

START = "home"  # the page the window opens on, and goes back to when there is no page to go back to
START_BY_ROLE = {roles.MANAGEMENT: "report_dashboard"}  # a role without case work starts on its own page


class MainWindow(QMainWindow):
    interactive = Signal()  # first paint done (benchmarks)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("MainWindow")
        self._shown_once = False
        loket = ctx.loket
        ctx.services.setdefault("resume_draft", self.resume_draft)

        # ---------------------------------------------------------------- header
        header = QFrame()
        header.setObjectName("Header")
        hl = QHBoxLayout(header)
        hl.setContentsMargins(16, 10, 16, 10)
        hl.setSpacing(14)
        self.city = QLabel(text_in(loket.catalogue.city.get("name"), ctx.lang))
        self.city.setObjectName("CityName")
        self.search_field = QLineEdit()
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setMinimumWidth(360)
        self.read_btn = QPushButton()
        self.read_btn.clicked.connect(self.read_card)
        self.user = QLabel()
        hl.addWidget(self.city)
        hl.addWidget(self.search_field, 1)
        hl.addWidget(self.read_btn)
        hl.addWidget(self.user)

        # ---------------------------------------------------------------- pages
        self.stack = QStackedWidget()
        # a page a change set marked dirty while it was not shown refreshes when it becomes the current one
        # (navigation, Alt+← back), also while the window itself is hidden (ui.core.refresh)
        self.stack.currentChanged.connect(lambda i: page_shown(self.stack.widget(i)))
        # The registered pages (ui.core.pages). The start page is built at once; the others on first use (a
        # faster start), those marked prebuild (search results, person view) right after the first paint.
        registry.load_pages()
        self.specs = {spec.name: spec for spec in registry.pages()}
        self._pages: dict[str, QWidget] = {}
        self._history: list[QWidget] = []
        self.page(self.start_page)
        # typing in the header's search field shows the results page, wherever the clerk was
        self.search_field.textEdited.connect(self._typed)

        # ---------------------------------------------------------------- navigation
        nav = QFrame()
        nav.setObjectName("Nav")
        nav.setFixedWidth(170)
        nl = QVBoxLayout(nav)
        nl.setContentsMargins(0, 12, 0, 12)
        nl.setSpacing(2)
        self.nav_group = QButtonGroup(self)
        self.nav_group.setExclusive(False)
        self.nav_buttons: dict[str, QPushButton] = {}
        for spec in registry.navigation():
            # plain push buttons (a checkable one is exposed as a check box and Tab stops only at the
            # checked one of its group); the page shown is marked by the "current" property
            b = QPushButton()
            b.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            b.setProperty("current", False)
            b.clicked.connect(lambda _=False, name=spec.name: self.open_page(name))
            self.nav_group.addButton(b)
            self.nav_buttons[spec.name] = b
            nl.addWidget(b)
        nl.addStretch(1)

        # ---------------------------------------------------------------- card panel (right)
        self.card_panel: CardPanel | None = None
        self.right = QVBoxLayout()
        self.right.setContentsMargins(0, 12, 12, 12)
        right_w = QWidget()
        right_w.setLayout(self.right)
        right_w.setFixedWidth(280)
        self.right_host = right_w

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(nav)
        body.addWidget(self.stack, 1)
        body.addWidget(right_w)
        central = QWidget()
        cl = QVBoxLayout(central)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.setSpacing(0)
        cl.addWidget(header)
        cl.addLayout(body, 1)
        self.setCentralWidget(central)

        # ---------------------------------------------------------------- status bar
        self.msg = QLabel()
        self.msg.setAccessibleName("Message")
        self.statusBar().addWidget(self.msg, 1)
        self.waiting = QLabel()
        self.statusBar().addPermanentWidget(self.waiting)
        self._msg_timer = QTimer(self)
        self._msg_timer.setSingleShot(True)
        self._msg_timer.timeout.connect(lambda: self.msg.setText(""))

        # ---------------------------------------------------------------- actions & menus
        self.actions_: dict[str, QAction] = {}
        self._make_actions()
        self._make_menus()

        bus = ctx.bus
        bus.open_person.connect(self.show_person)
        bus.open_case.connect(self.show_case)
        bus.start_intake.connect(self.start_intake)
        bus.message.connect(self.show_message)
        bus.changed.connect(lambda _c: self.update_waiting())
        ctx.ops.failed.connect(lambda e: self.show_message(describe(e)))

        self.setTabOrder(self.search_field, self.read_btn)
        self._fit_size()
        self.retranslate()
        self.apply_role()
        self.show_home()
        self.update_waiting()

    # -------------------------------------------------------------------- size on the screen
    def _fit_size(self) -> None:
        """1366×768 where the screen has room for it, else the screen's available area."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        avail = screen.availableGeometry()
        self.resize(min(1366, avail.width()), min(768, avail.height()))

    def show_fitted(self) -> None:
        """Show the window so that all of it, the status bar (sync state) included, is on the screen: on a
        screen with no room for 1366×768 plus a title bar and a panel (a 1366×768 laptop, 125 % scaling) it
        opens maximized on the available area; the window manager keeps the title bar inside it."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        avail = screen.availableGeometry()
        if avail.width() < 1366 + 40 or avail.height() < 768 + 80:
            self.setGeometry(avail)  # without a window manager "maximized" is only a wish: be there already
            self.showMaximized()
        else:
            self.resize(1366, 768)
            self.move(avail.center() - self.rect().center())
            self.show()

    # -------------------------------------------------------------------- actions
    def _act(self, key: str, slot: Any, shortcuts: tuple[str, ...] = ()) -> QAction:
        a = QAction(self)
        a.triggered.connect(slot)
        if shortcuts:
            a.setShortcuts([QKeySequence(s) for s in shortcuts])
        a.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.addAction(a)
        self.actions_[key] = a
        return a

    def _make_actions(self) -> None:
        self._act("read_card", self.read_card, ("F2",))
        self._act("new_intake", lambda: self.start_intake("", (self.person.person_id or "") if self._on(self._person) else ""),
                  ("Ctrl+N",))  # the person shown; a card change has already changed the subject (_card_changed)
        self._act("print", self.print_receipt, ("Ctrl+P",))
        for spec in self.specs.values():  # a registered page: its shortcuts, and its entry in the menus
            if spec.nav is not None or spec.shortcuts:
                if spec.name in self.actions_:
                    raise ValueError(f"page {spec.name!r} has the name of a window action")
                self._act(spec.name, lambda _=False, name=spec.name: self.open_page(name), spec.shortcuts)
        self._act("back", self.back, ("Alt+Left",))
        self._act("sync", self.sync_now, ("F5",))
        self._act("lock", self.lock, ("Ctrl+L",))
        self._act("quit", self.close, ("Ctrl+Q",))
        self._act("status", lambda: self.case.change_status() if self._on(self._case) else None, ("Ctrl+Shift+S",))

    def _make_menus(self) -> None:
        mb = self.menuBar()
        self.m_file = mb.addMenu("")
        for k in ("new_intake", "print", None, "lock", "quit"):
            self.m_file.addSeparator() if k is None else self.m_file.addAction(self.actions_[k])
        self.m_card = mb.addMenu("")
        self.m_card.addAction(self.actions_["read_card"])
        self.m_demo: QMenu | None = None
        self.m_view = mb.addMenu("")
        for name in self.nav_buttons:  # the navigation's pages, in its order
            self.m_view.addAction(self.actions_[name])
        self.m_view.addAction(self.actions_["back"])
        self.m_lang = self.m_view.addMenu("")
        group = QActionGroup(self)
        self.lang_actions: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():
            a = self.m_lang.addAction(name)
            a.setCheckable(True)
            a.setChecked(code == self.ctx.lang)
            a.triggered.connect(lambda _=False, c=code: self.set_language(c))
            group.addAction(a)
            self.lang_actions[code] = a
        self.m_sync = mb.addMenu("")
        self.m_sync.addAction(self.actions_["sync"])
        menus = {"file": self.m_file, "card": self.m_card, "view": self.m_view, "sync": self.m_sync}
        for spec in self.specs.values():
            for menu in spec.menus:
                menus[menu].addAction(self.actions_[spec.name])

    def add_demo_menu(self, cards: list[tuple[str, str]], insert: Any, remove: Any) -> QMenu:
        """Demo mode: insert and remove the simulated reader's demo cards (Ctrl+1..9 insert, Ctrl+0 removes)."""
        m = QMenu(self.tr("&Demo cards"), self)
        for i, (key, text) in enumerate(cards):
            a = m.addAction(text)
            if i < 9:
                a.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            a.triggered.connect(lambda _=False, k=key: insert(k))
        m.addSeparator()
        rem = m.addAction(self.tr("&Remove card"))
        rem.setShortcut(QKeySequence("Ctrl+0"))
        rem.triggered.connect(remove)
        self.menuBar().insertMenu(self.m_view.menuAction(), m)
        self.m_demo = m
        return m

    # -------------------------------------------------------------------- texts
    def retranslate(self) -> None:
        lang = self.ctx.lang
        s = self.ctx.loket.settings
        demo = " — DEMO" if self.ctx.loket.demo else ""
        self.setWindowTitle(f"Loket — {text_in(self.ctx.loket.catalogue.city.get('name'), lang)}{demo}")
        self.city.setText(text_in(self.ctx.loket.catalogue.city.get("name"), lang) + demo)
        self.search_field.setPlaceholderText(self.tr("Search name, national number, address or case number  (Ctrl+F)"))
        self.search_field.setAccessibleName(self.tr("Search citizen or case"))
        self.read_btn.setText(self.tr("Read card (F2)"))
        self.read_btn.setAccessibleName(self.tr("Read eID card"))
        self.user.setText(s.staff_name or s.staff_user)
        for k, b in self.nav_buttons.items():
            name = self._page_text(self.specs[k].title)
            b.setText(name)
            b.setAccessibleName(name.replace("&", ""))
            b.setAccessibleDescription(self.tr("current page") if b.property("current") else "")
        texts = {"read_card": self.tr("&Read card"), "new_intake": self.tr("&New intake"),
                 "print": self.tr("&Print receipt"), "back": self.tr("&Back"), "sync": self.tr("&Synchronise now"),
                 "lock": self.tr("&Lock"), "quit": self.tr("&Quit"), "status": self.tr("Change &status")}
        for k, a in self.actions_.items():
            spec = self.specs.get(k)
            a.setText(self._page_text(spec.menu_title or spec.title) if spec is not None else texts[k])
        self.m_file.setTitle(self.tr("&File"))
        self.m_card.setTitle(self.tr("&Card"))
        self.m_view.setTitle(self.tr("&View"))
        self.m_lang.setTitle(self.tr("&Language"))
        self.m_sync.setTitle(self.tr("S&ync"))
        if self.m_demo is not None:
            self.m_demo.setTitle(self.tr("&Demo cards"))
        self.update_waiting()

    @staticmethod
    def _page_text(source: str) -> str:
        """A page's title in the user's language (its module marks it with QT_TRANSLATE_NOOP("MainWindow", …))."""
        return QCoreApplication.translate("MainWindow", source)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_language(self, lang: str) -> None:
        from ui.i18n import install

        loket = self.ctx.loket
        loket.settings.language = lang
        try:
            loket.settings.save(loket.paths.config / "settings.json")
        except OSError as exc:
            self.show_message(describe(exc))
        install(lang)  # Qt sends LanguageChange to every widget
        self.lang_actions[lang].setChecked(True)

    # -------------------------------------------------------------------- registered pages
    def page(self, name: str) -> QWidget:
        """The registered page ``name``, built and added to the stack on first use."""
        page = self._pages.get(name)
        if page is None:
            page = registry.build(self.specs[name], self.ctx, self)
            self._pages[name] = page
            self.stack.addWidget(page)
        return page

    def built(self, name: str) -> QWidget | None:
        """The page ``name`` if it was built (None: never shown yet)."""
        return self._pages.get(name)

    def _name_of(self, page: QWidget | None) -> str | None:
        return next((name for name, p in self._pages.items() if p is page), None)

    def open_page(self, name: str, *args: object) -> QWidget | None:
        """Show the registered page ``name`` (navigation, shortcut, menu): its ``show_page(*args)`` first (load,
        refresh), then it becomes the current page, then its ``focus_page()``. None for a page the signed-in role
        does not see."""
        spec = self.specs[name]
        if not spec.visible_to(self.ctx.role):
            return None
        page = self.page(name)
        show = getattr(page, "show_page", None)
        if show is not None:
            show(*args)
        self._go(page)
        focus = getattr(page, "focus_page", None)
        if focus is not None:
            focus()
        return page

    # the pages the window itself works with (typed)
    @property
    def home(self) -> HomePage:
        return cast("HomePage", self.page("home"))

    @property
    def search(self) -> SearchPage:
        return cast("SearchPage", self.page("search"))

    @property
    def _search(self) -> SearchPage | None:
        return cast("SearchPage | None", self.built("search"))

    @property
    def person(self) -> PersonPage:
        return cast("PersonPage", self.page("person"))

    @property
    def _person(self) -> PersonPage | None:
        return cast("PersonPage | None", self.built("person"))

    @property
    def intake(self) -> IntakePage:
        return cast("IntakePage", self.page("intake"))

    @property
    def _intake(self) -> IntakePage | None:
        return cast("IntakePage | None", self.built("intake"))

    @property
    def cases(self) -> CasesPage:
        return cast("CasesPage", self.page("cases"))

    @property
    def _cases(self) -> CasesPage | None:
        return cast("CasesPage | None", self.built("cases"))

    @property
    def case(self) -> CaseDetailPage:
        return cast("CaseDetailPage", self.page("case"))

    @property
    def _case(self) -> CaseDetailPage | None:
        return cast("CaseDetailPage | None", self.built("case"))

    @property
    def conflicts(self) -> ConflictsPage | None:
        return cast("ConflictsPage | None", self.built("conflicts"))

    def _typed(self, text: str) -> None:
        if self._search is None:
            self.search.search(text)  # the page listens from the next keystroke on
        if not self._on(self._search):
            self._go(self.search)

    def _prebuild_pages(self) -> None:
        role = self.ctx.role
        for spec in self.specs.values():
            if spec.prebuild and spec.visible_to(role):
                self.page(spec.name)

    # -------------------------------------------------------------------- navigation
    def _on(self, page: QWidget | None) -> bool:
        return page is not None and self.stack.currentWidget() is page

    def _go(self, page: QWidget) -> None:
        self.apply_role()
        current = self.stack.currentWidget()
        if current is not page and current is not None:
            self._history.append(current)
            self._history = self._history[-20:]
        self.stack.setCurrentWidget(page)
        self._mark_current(page)

    def _mark_current(self, page: QWidget) -> None:
        name = self._name_of(page)
        for k, b in self.nav_buttons.items():
            self._mark_nav(b, k == name)

    def _mark_nav(self, button: QPushButton, current: bool) -> None:
        """The navigation button of the page shown: styled as current, and said so to screen readers."""
        if button.property("current") != current:
            button.setProperty("current", current)
            button.style().unpolish(button)
            button.style().polish(button)
        button.setAccessibleDescription(self.tr("current page") if current else "")

    def back(self) -> None:
        """Alt+←: the page shown before (never back into an intake), else the start page."""
        while self._history:
            page = self._history.pop()
            name = self._name_of(page)
            if page is not self.stack.currentWidget() and (name is None or self.specs[name].revisit):
                self.stack.setCurrentWidget(page)
                self._mark_current(page)
                return
        self.show_home()

    @property
    def start_page(self) -> str:
        """The page the window opens on and goes back to: home, or the role's own (management: the reports'
        dashboard)."""
        return START_BY_ROLE.get(self.ctx.role, START)

    def show_home(self) -> None:
        self.open_page(self.start_page)

    def focus_search(self) -> None:
        self.open_page("search")

    def show_person(self, person_id: str) -> None:
        self.open_page("person", person_id)

    def show_case(self, ref: str) -> None:
        self.open_page("case", ref)

    def show_cases(self, department: str | None = None) -> None:
        self.open_page("cases", department)

    def show_conflicts(self) -> None:
        self.open_page("conflicts")

    def apply_role(self) -> None:
        """Offer only what the signed-in role may do (the case store would refuse the rest), and only the pages
        it sees (their navigation buttons, shortcuts and menu entries)."""
        self.actions_["new_intake"].setEnabled(self.ctx.may("intake"))
        self.actions_["status"].setEnabled(self.ctx.may("change_status"))
        role = self.ctx.role
        for name, spec in self.specs.items():
            seen = spec.visible_to(role)
            button = self.nav_buttons.get(name)
            if button is not None and button.isHidden() is seen:
                button.setVisible(seen)
            action = self.actions_.get(name)
            if action is not None:
                action.setVisible(seen)
                action.setEnabled(seen)

    def _not_allowed(self, desk_action: str) -> bool:
        if self.ctx.may(desk_action):
            return False
        self.show_message(self.tr("Your role cannot start an intake; the case store would refuse it."))
        return True

    def start_intake(self, case_type: str, person_id: str) -> None:
        if self._not_allowed("intake"):
            return
        if self._altered_card(person_id):
            return
        if person_id and self.person.person and self.person.person.get("id") == person_id:
            self.intake.start(case_type or None, self.person.person)
            self._go(self.intake)
            return
        if person_id:
            loket = self.ctx.loket

            def go(p: dict[str, Any] | None) -> None:
                self.intake.start(case_type or None, p)
                self._go(self.intake)

            self.ctx.ops.run_op(lambda: loket.person(person_id, purpose="open"), go,
                                lambda e: self.show_message(describe(e)))
            return
        self.intake.start(case_type or None, None)
        self._go(self.intake)

    def _altered_card(self, person_id: str | None) -> bool:
        """An altered card of this citizen is in the reader and was not overridden: no intake (the clerk is told)."""
        panel = self.card_panel
        if not person_id or panel is None or not panel.blocks_intake(person_id):
            return False
        self.show_message(self.tr("The card in the reader was altered. Check the identity with another document "
                                  "and choose \"Continue anyway\" on the card panel first."))
        return True

    def resume_draft(self, draft: Any) -> None:
        if self._not_allowed("intake") or self._altered_card(draft.person_id):
            return
        loket = self.ctx.loket

        def go(p: dict[str, Any] | None) -> None:
            self.intake.start(draft.case_type, p, draft=draft)
            self._go(self.intake)

        if draft.person_id:
            self.ctx.ops.run_op(lambda: loket.person(draft.person_id, purpose="open"), go,
                                lambda e: self.show_message(describe(e)))
        else:
            go(None)

    # -------------------------------------------------------------------- commands
    def read_card(self) -> None:
        service = self.ctx.services.get("card")
        if service is None:
            self.show_message(self.tr("No card reader service is running."))
            return
        service.read_now()

    def print_receipt(self) -> None:
        if self._on(self._intake) and self.intake.last_result:
            self.intake.print_receipt()
        elif self._on(self._case) and self.case.view is not None:
            self.case.open_document("receipt")
        else:
            self.show_message(self.tr("Save an intake first; then its receipt can be printed."))

    def sync_now(self) -> None:
        sync = self.ctx.services.get("sync")
        if sync is None:
            self.show_message(self.tr("This laptop is not connected to a case store."))
            return
        sync.sync_now()

    def lock(self) -> None:
        locker = self.ctx.services.get("lock")
        if locker is not None:
            locker.lock()

    def show_message(self, text: str, ms: int = 8000) -> None:
        self.msg.setText(text)
        self._msg_timer.start(ms)

    def update_waiting(self) -> None:
        if self.ctx.services.get("sync") is not None:
            return  # the sync status widget shows it
        loket = self.ctx.loket
        self.ctx.ops.run_op(loket.waiting_operations,
                            lambda n: self.waiting.setText(self.tr("%n change(s) waiting to be sent", "", n)),
                            key="waiting")

    def set_card_panel(self, panel: CardPanel) -> None:
        self.card_panel = panel
        self.right.addWidget(panel, 1)
        panel.card_changed.connect(self._card_changed)
        panel.person_matched.connect(self._card_person)

    # -------------------------------------------------------------------- the card in the reader
    def reader_card(self) -> CardData | None:
        return self.card_panel.card if self.card_panel is not None else None

    def _subject_number(self) -> str | None:
        """The national number of the citizen on screen (person page or case), "" for none, None if not known yet."""
        if self._on(self._person):
            p = self.person.person
            if p is None or p.get("id") != self.person.person_id:
                return None
            return p.get("national_number") or ""
        if self._on(self._case):
            view = self.case.view
            return ((view.person or {}).get("national_number") or "") if view is not None else None
        return ""

    def _card_changed(self, card: Any) -> None:
        """Another card in the reader changes the subject: the previous citizen's page is left, so Ctrl+N never
        starts an intake under that citizen; an intake in progress stays and says whose card is in the reader."""
        if self._intake is not None:
            self._intake.set_reader_card(card)
        if card is None or self._on(self._intake):
            return
        if self._on(self._person) or self._on(self._case):
            number = self._subject_number()
            if number is None or number != card.national_number:
                self.show_home()
                self.show_message(self.tr("Another card was inserted: the previous citizen was closed."))

    def _card_person(self, person_id: str, _diffs: list[Any]) -> None:
        if self._on(self._intake):
            return  # never swap the citizen under an intake: its header says whose card is in the reader
        take = getattr(self.stack.currentWidget(), "card_person", None)
        if callable(take):  # a page that takes the citizen whose card was read (a citizen report being taken)
            take(person_id)
            return
        self.show_person(person_id)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            QTimer.singleShot(0, self.interactive.emit)
            QTimer.singleShot(0, self.search_field.setFocus)
            QTimer.singleShot(0, self._prebuild_pages)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._on(self._intake) and self.intake.editing.isVisible():
            self.intake.save_draft(now=True)
        self.ctx.ops.wait_idle(5000)
        self.ctx.ops.close()
        super().closeEvent(event)
