"""``desk-app`` (no sub-command) → ``run_gui(args)``: the desk GUI.

``args.data_dir`` (str | None) and ``args.demo`` (bool). Demo mode uses its own data dir (the platform's
user data dir + ``/demo``) unless --data-dir is given, fills it with demo citizens, starts the built-in
case store and a simulated card reader with demo cards (menu "Demo cards").
"""

from __future__ import annotations

import argparse
import gc
import logging
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtCore import QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMenu, QWidget

    from desk_app.app import Loket
    from sync.client import SyncClient
    from ui.context import AppContext

log = logging.getLogger(__name__)
T0 = time.perf_counter()


def create_context(loket: Loket) -> AppContext:
    from ui.context import AppContext
    from ui.core.bus import Bus
    from ui.core.ops import Operations
    from ui.theme import colours_from_city

    return AppContext(loket=loket, ops=Operations(), bus=Bus(), colours=colours_from_city(loket.catalogue.city))


def install_enter_activates(window: QWidget) -> QObject:
    """Enter (Return or the keypad's Enter) on a focused push or tool button of the main window activates
    it, as Space does: outside dialogs a button ignores Enter, which then travels up to the window, where
    this filter clicks the focused button. Dialogs keep Qt's own rule (Enter is their default button).
    Returns the filter (a child of the window)."""
    from PySide6.QtCore import QEvent, QObject, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication, QPushButton, QToolButton

    enter = (Qt.Key.Key_Return, Qt.Key.Key_Enter)

    class _EnterFilter(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent) or event.key() not in enter:
                return False
            if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                return False  # Ctrl+Enter saves an intake: a shortcut, not a click
            focus = QApplication.focusWidget()
            if not isinstance(focus, QPushButton | QToolButton) or focus.window() is not window:
                return False
            if focus.isEnabled() and focus.isVisible():
                focus.animateClick()
            return True

    flt = _EnterFilter(window)
    window.installEventFilter(flt)
    return flt


def translate_demo_cards(window: QWidget, menu: QMenu, labels: list[str]) -> QObject:
    """The demo cards menu's card names in the user's language, now and after every language switch."""
    from PySide6.QtCore import QCoreApplication, QEvent, QObject

    def retitle() -> None:
        for action, source in zip(menu.actions(), labels, strict=False):
            action.setText(QCoreApplication.translate("demo cards", source))

    class _LanguageFilter(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.LanguageChange:
                retitle()
            return False

    flt = _LanguageFilter(window)
    window.installEventFilter(flt)
    retitle()
    return flt


def build_main_window(loket: Loket, *, card: bool = False, sync: SyncClient | None = None, demo: Any = None,
                      theme: bool = True) -> Any:
    """The main window on an opened Loket (tests, benchmarks, screenshots and ``run_gui``)."""
    from PySide6.QtWidgets import QApplication

    from ui import i18n
    from ui import theme as theme_mod
    from ui.card.panel import CardPanel
    from ui.main_window import MainWindow

    ctx = create_context(loket)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    if theme:
        theme_mod.apply(app, ctx.colours)
    i18n.install(loket.settings.language)
    window = MainWindow(ctx)
    install_enter_activates(window)
    from ui.core import mnemonics

    for b in window.nav_buttons.values():
        b.setProperty(mnemonics.FIRST, True)  # the navigation keeps its Alt-letters on every page
    mnemonics.install(window, window.stack)
    panel = CardPanel(ctx)
    window.set_card_panel(panel)
    if card:
        from ui.card.service import CardService

        # demo cards are test cards and are shown as such (no demo roots are trusted)
        reader_name = demo.reader.reader_name if demo is not None and demo.reader is not None else None
        service = CardService(ctx, reader_name=reader_name)
        ctx.services["card"] = service
        panel.attach(service)
        service.start()
    if sync is not None:
        from ui.conflicts.status import SyncController, SyncStatusWidget

        controller = SyncController(ctx, sync)
        ctx.services["sync"] = controller
        window.waiting.hide()
        controller.status_changed.connect(window.home.show_sync)

        def revoked(message: str) -> None:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.critical(window, "Loket", message)
            window.close()

        controller.revoked.connect(revoked)
        window.statusBar().addPermanentWidget(SyncStatusWidget(ctx, controller, window.show_conflicts))
        controller.start()
    # Everything made so far lives as long as the window: keep it out of the garbage collector's full
    # passes, which otherwise walk the whole heap while holding the GIL (the longest GUI stall of a sync,
    # bench_ui; docs/STATUS.md, Benchmark history).
    gc.freeze()
    gc.enable()  # the entry point switched it off for start-up (loket.cli)
    if demo is not None and demo.reader is not None:
        reader = demo.reader
        menu = window.add_demo_menu([(c.key, c.label) for c in reader.cards],
                                    lambda key: ctx.ops.run_op(lambda: reader.insert(key)),
                                    lambda: ctx.ops.run_op(reader.remove))
        translate_demo_cards(window, menu, [c.label for c in reader.cards])
    return window, ctx


def run_gui(args: argparse.Namespace, start_demo: Callable[[str | None], Any] | None = None) -> int:
    """The desk on ``args``; ``start_demo(data_dir)`` (the launcher's ``loket.demo.DemoEnvironment``) makes
    demo mode's environment, whose ``start()`` opens the store."""
    import signal

    # SIGTERM (log-out, shutdown, `timeout`) and Ctrl+C close the desk like its Quit command: the card
    # reader service, the sync and the demo's case store and card reader are stopped, the store closed.
    previous = {sig: signal.getsignal(sig) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        return _run_gui(args, start_demo)
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        gc.enable()  # switched off for start-up (loket.cli.prepare_gui_start), also when no window was built


def _quit_on_signals(app: QApplication) -> QTimer:
    """Quit the event loops (the sign-in dialog's too) on SIGTERM/SIGINT. Python runs signal handlers only
    between its own byte codes, so a timer lets it look in while Qt waits for events."""
    import signal

    from PySide6.QtCore import QTimer

    def quit_(_sig: int, _frame: object) -> None:
        app.setProperty("loket_quit", True)  # also when it came before an event loop ran
        app.exit(0)  # every running event loop, the sign-in dialog's too (quit() leaves a modal dialog open)

    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, quit_)
    timer = QTimer()
    timer.timeout.connect(lambda: None)
    timer.start(250)
    return timer


def _config_dir(args: argparse.Namespace) -> Path:
    """The config folder ``Loket.open`` will use (nothing is created here)."""
    from desk_app.paths import demo_data_dir, resolve_paths

    data_dir = getattr(args, "data_dir", None)
    if getattr(args, "demo", False):
        data_dir = demo_data_dir(data_dir)
    return resolve_paths(data_dir).config


def describe_start_error(exc: BaseException) -> str:
    """Why the store or the machine is not usable, in the user's language (coded core errors are
    translated; other errors with a text show it as is)."""
    from ui.core.errors import describe, message_of

    if message_of(exc) is not None or not str(exc):
        return describe(exc)
    return str(exc)


def _run_gui(args: argparse.Namespace, start_demo: Callable[[str | None], Any] | None = None) -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Loket")
    app.setOrganizationName("Loket")
    signal_timer = _quit_on_signals(app)  # noqa: F841  (kept alive while the desk runs)
    # The user's language before anything is shown (an error opening the store, the sign-in dialog): the
    # saved setting, else the system's; Qt's own dialogs and shortcut names follow it.
    from ui import i18n

    lang = i18n.language_at_start(_config_dir(args))
    i18n.install(lang)
    from ui.core import mnemonics

    mnemonics.enable()  # unique Alt-letters in every window, the sign-in dialog's too
    demo_env = None
    try:
        if getattr(args, "demo", False):
            if start_demo is None:
                raise RuntimeError("demo mode is started by the launcher (desk-app --demo)")
            demo_env = start_demo(getattr(args, "data_dir", None))
            demo_env.start()
            loket = demo_env.loket
        else:
            from desk_app.app import Loket

            loket = Loket.open(getattr(args, "data_dir", None))
    except Exception as exc:  # the store or the machine is not usable: say why, no traceback
        log.exception("cannot open Loket")
        QMessageBox.critical(None, "Loket", describe_start_error(exc))
        if demo_env is not None:
            demo_env.stop()
        return 1
    if loket.settings.language != lang:  # no saved language yet: the system's, as the sign-in dialog had it
        loket.settings.language = lang
    from ui.signin import SignIn

    signin = SignIn(loket, server_url=demo_env.server_url if demo_env else loket.settings.server_url,
                    token_store=demo_env.token_store if demo_env else None)
    if app.property("loket_quit") or not signin.run_dialog(prefill=demo_env.username if demo_env else None,
                                                           password=demo_env.password if demo_env else None):
        if demo_env is not None:
            demo_env.stop()
        else:
            loket.close()
        return 0
    sync_client = signin.sync_client()
    window, ctx = build_main_window(loket, card=True, sync=sync_client, demo=demo_env)
    ctx.services["lock"] = signin.install_lock(window)
    window.show_fitted()  # on the available area: the status bar stays on screen
    if getattr(args, "display", False):  # desk-app --display: the call display once the shops are known
        from ui.shop.display import open_at_start

        open_at_start(window)
    log.info("interactive after %.0f ms", (time.perf_counter() - T0) * 1000)
    code = 0 if app.property("loket_quit") else app.exec()
    card = ctx.services.get("card")
    if card is not None:
        card.stop()
    sync = ctx.services.get("sync")
    if sync is not None:
        sync.stop()
    ctx.ops.wait_idle(10_000)
    if demo_env is not None:
        demo_env.stop()  # closes the store too
    else:
        loket.close()
    return int(code)
