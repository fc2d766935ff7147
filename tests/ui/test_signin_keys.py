"""Issue 13 §2 "Sign-in and keys": Enter signs in (never quits), Enter activates a focused button in the main
window, and without a case store only accounts this laptop knows (or the demo's) may sign in."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from casestore.embedded import DEMO_PASSWORD


def test_enter_in_the_password_field_signs_in_after_the_account_was_changed(qtbot: Any, loket: Any) -> None:
    from ui.signin import SignIn

    signin = SignIn(loket)  # no case store: the account signed in on this laptop before
    signin.accounts.remember("outreach1", "geheim", "Out Reach", "outreach")
    seen: dict[str, Any] = {}

    def clerk() -> None:
        dlg = QApplication.activeModalWidget()
        if dlg is None or not hasattr(dlg, "try_sign_in"):
            QTimer.singleShot(20, clerk)
            return
        # as in demo mode: the account and password are prefilled, the Sign-in button has the focus; the
        # clerk goes back past Cancel to the account, types another one, then the password and Enter
        qtbot.waitUntil(lambda: dlg.ok.hasFocus(), timeout=3000)  # type: ignore[attr-defined]
        qtbot.keyClick(dlg.ok, Qt.Key.Key_Backtab)  # type: ignore[attr-defined]
        dlg.user.setFocus()  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: dlg.user.hasFocus(), timeout=3000)  # type: ignore[attr-defined]
        dlg.user.selectAll()  # type: ignore[attr-defined]
        qtbot.keyClicks(dlg.user, "outreach1")  # type: ignore[attr-defined]
        qtbot.keyClick(dlg.user, Qt.Key.Key_Tab)  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: dlg.password.hasFocus(), timeout=3000)  # type: ignore[attr-defined]
        dlg.password.selectAll()  # type: ignore[attr-defined]
        qtbot.keyClicks(dlg.password, "geheim")  # type: ignore[attr-defined]
        seen["default"] = [b.text() for b in dlg.buttons.buttons() if b.isDefault()]  # type: ignore[attr-defined]
        qtbot.keyClick(dlg.password, Qt.Key.Key_Return)  # type: ignore[attr-defined]

    QTimer.singleShot(0, clerk)
    accepted = signin.run_dialog(prefill="clerk", password="loket-demo")
    assert seen["default"] == [QApplication.translate("SignInDialog", "&Sign in")]
    assert accepted  # signed in, not cancelled (before: Cancel was the default and Enter quit Loket)
    assert loket.settings.staff_user == "outreach1" and loket.settings.role == "outreach"


def test_enter_activates_the_focused_button_in_the_main_window(qtbot: Any, window: Any) -> None:
    button = window.nav_buttons["cases"]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    button.setFocus()
    qtbot.waitUntil(button.hasFocus, timeout=3000)
    assert not window._on(window._cases)
    qtbot.keyClick(button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window._on(window._cases), timeout=3000)  # Enter did what Space does
    button = window.nav_buttons["home"]
    button.setFocus()
    qtbot.waitUntil(button.hasFocus, timeout=3000)
    qtbot.keyClick(button, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)  # the keypad's Enter too
    qtbot.waitUntil(lambda: window._on(window.home), timeout=3000)


def test_enter_in_a_dialog_keeps_to_its_default_button(qtbot: Any, window: Any, loket: Any) -> None:
    from ui.signin import SignIn, SignInDialog

    dlg = SignInDialog(SignIn(loket), "clerk1", window)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    assert dlg.cancel is not None and not dlg.cancel.isDefault() and dlg.ok.isDefault()
    qtbot.keyClick(dlg.password, Qt.Key.Key_Return)  # the default button: sign in (nothing typed: a message)
    assert dlg.isVisible() and dlg.message.text()
    dlg.close()


def test_without_a_case_store_a_stranger_is_refused(qtbot: Any, loket: Any) -> None:
    from ui.i18n import install
    from ui.signin import SignIn, SignInDialog

    install("en")  # the messages' source texts
    signin = SignIn(loket)
    try:
        ok, message = signin.sign_in("mallory", "x")
    finally:
        install("nl")
    assert not ok and "No case store is set" in message  # before: any name and password got in
    assert not signin.accounts.known("mallory")  # and nothing was remembered for it
    assert not signin.sign_in("clerk", DEMO_PASSWORD)[0]  # the demo accounts only in demo mode
    signin.accounts.remember("clerk1", "geheim", "Clerk One", "counter")  # signed in online before
    assert signin.sign_in("clerk1", "geheim") == (True, "")
    assert not signin.sign_in("clerk1", "x")[0]
    # the dialog says plainly that nothing syncs without a server
    dlg = SignInDialog(signin, "clerk1")
    qtbot.addWidget(dlg)
    assert dlg.no_server is not None and "niets gesynchroniseerd" in dlg.no_server.text()  # in Dutch
    dlg.show()
    assert dlg.no_server.isVisible()
    online = SignInDialog(SignIn(loket, "http://127.0.0.1:9"), "clerk1")
    qtbot.addWidget(online)
    assert online.no_server is None


def test_demo_mode_without_its_case_store_lets_the_demo_accounts_in(qtbot: Any, tmp_path: Path) -> None:
    from desk_app.app import Loket
    from ui.signin import SignIn

    demo = Loket.open(tmp_path / "demo", demo=True)
    try:
        signin = SignIn(demo)  # the demo's built-in case store did not start
        assert signin.sign_in("advisor", DEMO_PASSWORD) == (True, "")
        assert demo.settings.staff_user == "advisor" and demo.settings.role == "theme_desk"
        assert signin.sign_in("advisor", DEMO_PASSWORD, offline_only=True)[0]  # the lock opens for it
        assert not signin.sign_in("advisor", "x")[0]
        assert not signin.sign_in("mallory", DEMO_PASSWORD)[0]
        assert not signin.sign_in("mallory", "x")[0]
    finally:
        demo.close()


def test_the_lock_dialog_cannot_be_dismissed_and_signs_in_offline(qtbot: Any, loket: Any) -> None:
    from ui.signin import SignIn, SignInDialog

    signin = SignIn(loket)
    signin.accounts.remember("clerk1", "geheim", "Clerk One", "counter")
    dlg = SignInDialog(signin, "clerk1", lock=True)
    qtbot.addWidget(dlg)
    assert dlg.cancel is None and dlg.no_server is None
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.password.setText("geheim")
    with qtbot.waitSignal(dlg.accepted, timeout=10_000):
        qtbot.keyClick(dlg.password, Qt.Key.Key_Return)
    assert dlg.result() == QDialog.DialogCode.Accepted
