"""Sign-in with the staff account and the inactivity lock.

The first sign-in on a laptop goes to the case store (``sync.login``); after that the laptop keeps an
scrypt verifier of the password in its encrypted store (never the password), so the clerk can sign in
and unlock offline (``desk_app.services.accounts``, shared with ``desk-app login``). Without a case store
nobody new gets in: only an account with a verifier on this laptop, or in demo mode a demo account with
the demo password; the dialog says that nothing syncs until a server is set. The app locks after ``settings.lock_after_minutes`` without keyboard or mouse input.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.core.errors import describe
from ui.widgets import label
from wire.roles import ROLES

if TYPE_CHECKING:
    from desk_app.app import Loket
    from sync.tokens import TokenStore

log = logging.getLogger(__name__)

class SignInDialog(QDialog):
    def __init__(self, signin: SignIn, username: str = "", parent: QWidget | None = None, lock: bool = False) -> None:
        super().__init__(parent)
        self.signin = signin
        self.lock = lock
        self.setWindowTitle(self.tr("Loket — locked") if lock else self.tr("Loket — sign in"))
        self.user = QLineEdit(username)
        self.user.setAccessibleName(self.tr("User name"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.message = label("", "FieldError", wrap=True)
        self.message.setAccessibleName(self.tr("Sign-in message"))
        form = QFormLayout()
        ul = QLabel(self.tr("&User name:"))
        ul.setBuddy(self.user)
        pl = QLabel(self.tr("&Password:"))
        pl.setBuddy(self.password)
        form.addRow(ul, self.user)
        form.addRow(pl, self.password)
        # The button box belongs to the dialog before the default is set: a default set on an orphan button is
        # not the dialog's own, and the first button that had the focus (Cancel) stayed the default, so
        # Enter in the password field quit Loket.
        self.buttons = QDialogButtonBox(self)
        self.ok = self.buttons.addButton(self.tr("&Unlock") if lock else self.tr("&Sign in"),
                                         QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel: QPushButton | None = None
        if not lock:
            self.cancel = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
            self.cancel.setAccessibleName(self.tr("Cancel"))
        self.ok.setDefault(True)
        self.buttons.accepted.connect(self.try_sign_in)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        from desk_app.catalogue import text_in

        city = label(f"Loket · {text_in(signin.loket.catalogue.city.get('name'), signin.loket.settings.language)}",
                     "PageTitle")
        lay.addWidget(city)
        title = label(self.tr("The screen is locked. Enter your password.") if lock
                      else self.tr("Sign in with your staff account."), "SectionTitle", wrap=True)
        lay.addWidget(title)
        self.no_server: QLabel | None = None
        if not lock and not signin.server_url:
            self.no_server = label(self.tr("No case store is set for this laptop: only an account that signed in "
                                           "here before can sign in, and nothing will sync until a server is "
                                           "set."), None, wrap=True)
            self.no_server.setAccessibleName(self.tr("No case store"))
            lay.addWidget(self.no_server)
        lay.addLayout(form)
        lay.addWidget(self.message)
        lay.addWidget(self.buttons)
        self.user.setReadOnly(lock)
        (self.password if username else self.user).setFocus()
        self.resize(460, 240)

    def reject(self) -> None:
        if not self.lock:  # a locked screen cannot be dismissed with Escape
            super().reject()

    def try_sign_in(self) -> None:
        user, pw = self.user.text().strip(), self.password.text()
        if not user or not pw:
            self.message.setText(self.tr("Enter your user name and password."))
            return
        self.ok.setEnabled(False)
        self.message.setText(self.tr("Signing in…"))
        signin, lock = self.signin, self.lock
        signin.ops.run_op(lambda: signin.sign_in(user, pw, offline_only=lock), self._done,
                          lambda e: self._done((False, describe(e))))

    def _done(self, outcome: tuple[bool, str]) -> None:
        ok, text = outcome
        self.ok.setEnabled(True)
        if ok:
            self.accept()
        else:
            self.message.setText(text)
            self.password.selectAll()
            self.password.setFocus()


class SignIn:
    def __init__(self, loket: Loket, server_url: str = "", token_store: TokenStore | None = None) -> None:
        self.loket = loket
        self.server_url = server_url
        self.token_store = token_store
        self.accounts = loket.accounts  # desk_app.services.accounts.LocalAccounts
        self.online = False
        from ui.core.ops import Operations

        self.ops = Operations(max_threads=1)  # sign-in talks to the network: never on the GUI thread

    def sign_in(self, username: str, password: str, offline_only: bool = False) -> tuple[bool, str]:
        """Online when the case store answers, else against the verifier kept on this laptop."""
        if self.server_url and not offline_only:
            from sync.errors import InvalidCredentials, Offline
            from sync.login import login

            try:
                res = login(self.server_url, username, password, store=self.loket.store, token_store=self.token_store,
                            timeout=10.0)
            except InvalidCredentials:
                return False, QApplication.translate("signin", "User name or password not accepted.")
            except Offline:
                pass  # fall back to the verifier below
            except Exception as exc:
                log.warning("online sign-in failed: %s", exc)
                if not self.accounts.known(username):
                    return False, describe(exc)
            else:
                self.online = True
                self.accounts.remember(username, password, res.display_name, res.role, res.department)
                self._set_user(username, res.display_name, res.role, res.department)
                return True, ""
        account = self.accounts.sign_in_offline(username, password, demo_accounts=not offline_only)
        if account is not None:  # a verifier on this laptop, or a demo account whose case store did not start
            self._set_user(username, account.display_name, account.role, account.department)
            return True, ""
        if not self.accounts.known(username):
            if not self.server_url:  # never a new account without a case store that vouches for it
                return False, QApplication.translate(
                    "signin", "No case store is set, so only an account that signed in on this laptop before can "
                              "sign in. Ask IT support to set the case store's address.")
            return False, QApplication.translate(
                "signin", "The first sign-in on this laptop needs a connection to the case store.")
        return False, QApplication.translate("signin", "User name or password not accepted.")

    def _set_user(self, username: str, name: str, role: str, department: str | None = None) -> None:
        s = self.loket.settings
        s.staff_user, s.staff_name = username, name
        s.department = department or ""  # who sees private notes
        if role in ROLES:
            s.role = role
        try:
            s.save(self.loket.paths.config / "settings.json")
        except OSError:
            log.warning("settings could not be saved")

    def run_dialog(self, prefill: str | None = None, password: str | None = None) -> bool:
        dlg = SignInDialog(self, prefill or self.loket.settings.staff_user)
        if password:
            dlg.password.setText(password)
            dlg.ok.setFocus()
        return dlg.exec() == QDialog.DialogCode.Accepted

    def sync_client(self) -> Any:
        if not self.server_url:
            return None
        from sync.client import SyncClient

        return SyncClient(self.loket.store, self.server_url, attachments=self.loket.attachments,
                          token_store=self.token_store, timeout=15.0, page_size=250, push_batch=100,
                          wipe=self.loket.wipe)

    def install_lock(self, window: QWidget) -> LockController:
        return LockController(self, window)


class LockController(QObject):
    """Locks the window after inactivity; unlocking needs the password (checked offline)."""

    def __init__(self, signin: SignIn, window: QWidget) -> None:
        super().__init__(window)
        self.signin = signin
        self.window = window
        self.locked = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(max(1, signin.loket.settings.lock_after_minutes) * 60_000)
        self.timer.timeout.connect(self.lock)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.timer.start()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
                            QEvent.Type.Wheel) and not self.locked:
            self.timer.start()
        return False

    def lock(self) -> None:
        if self.locked:
            return
        self.locked = True
        central = self.window.findChild(QWidget, "qt_central_widget") or getattr(self.window, "centralWidget", None)
        content = central() if callable(central) else central
        if isinstance(content, QWidget):
            content.setVisible(False)  # nothing of the citizen's data stays on screen
        dlg = SignInDialog(self.signin, self.signin.loket.settings.staff_user, self.window, lock=True)
        dlg.setWindowModality(Qt.WindowModality.WindowModal)
        dlg.exec()
        if isinstance(content, QWidget):
            content.setVisible(True)
        self.locked = False
        self.timer.start()
