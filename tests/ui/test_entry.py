"""``desk-app`` without a sub-command: sign-in dialog, main window, clean exit."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication


def test_desk_app_opens_the_gui_and_exits_cleanly(qapp: Any, tmp_path: Path) -> None:
    from loket.cli import main

    seen: list[str] = []

    def sign_in() -> None:
        dlg = QApplication.activeModalWidget()
        if dlg is None or not hasattr(dlg, "try_sign_in"):
            QTimer.singleShot(50, sign_in)
            return
        dlg.user.setText("clerk1")  # type: ignore[attr-defined]
        dlg.password.setText("geheim")  # type: ignore[attr-defined]
        dlg.try_sign_in()
        QTimer.singleShot(50, close_main)

    def close_main() -> None:
        wins = [w for w in QApplication.topLevelWidgets() if w.objectName() == "MainWindow" and w.isVisible()]
        if not wins:
            QTimer.singleShot(50, close_main)
            return
        seen.append(wins[0].windowTitle())
        QTimer.singleShot(300, wins[0].close)

    from desk_app.app import Loket

    laptop = Loket.open(tmp_path / "laptop")  # no case store: only an account that signed in here before
    laptop.accounts.remember("clerk1", "geheim", "Clerk One", "counter")
    laptop.close()
    QTimer.singleShot(50, sign_in)
    rc = main(["--data-dir", str(tmp_path / "laptop")])
    assert rc == 0
    assert seen and seen[0].startswith("Loket")
    settings = (tmp_path / "laptop" / "config" / "settings.json").read_text()
    assert '"staff_user": "clerk1"' in settings
