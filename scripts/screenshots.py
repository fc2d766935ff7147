"""Screenshots of the main screens at 1366×768 in Dutch, French, German and English → docs/screenshots/
(Dutch, every screen: docs/screenshots/*.png; the others a handful each: docs/screenshots/<lang>/*.png).

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshots.py
    (or, without X: .venv/bin/python scripts/screenshots.py — Qt's offscreen platform with a 1366×768 screen)

Uses a throw-away data dir with demo citizens; a virtual card reader is used when pcscd/vpcd exist.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
OUT = REPO / "docs" / "screenshots"


LANGS = ("nl", "fr", "de", "en")
# the screens made in every language (Dutch makes them all: the README shows them)
EVERY_LANGUAGE = {"01-home-counter", "03-person-360", "04-intake-validation", "06-cases", "10-home-outreach"}


def _screen_config() -> None:
    """Without a display: Qt's offscreen platform with a 1366×768 screen (the desk opens on it as on a laptop)."""
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return
    if os.environ.get("QT_QPA_PLATFORM", "offscreen").startswith("offscreen") and "configfile" not in \
            os.environ.get("QT_QPA_PLATFORM", ""):
        import json

        cfg = Path(tempfile.mkdtemp(prefix="loket-screen-")) / "screen.json"
        cfg.write_text(json.dumps({"windowFrameMargins": False, "screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
                                                "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={cfg}"


def main() -> int:
    _screen_config()
    import keyring

    from tests.keyrings import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())
    from eid.simulator.harness import pcsc_available, prepare_client_environment

    prepare_client_environment()
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from sqlalchemy import select

    from desk_app.app import Loket
    from desk_app.store.models import Case, Person
    from loket.demo import DemoEnvironment
    from ui.main import build_main_window

    env = DemoEnvironment(Path(tempfile.mkdtemp(prefix="loket-shots-")), reader=pcsc_available()[0],
                          case_store=False, persons=300, cases=200).start()
    loket: Loket = env.loket
    loket.settings.staff_user, loket.settings.staff_name = "clerk", "An Verstraete"
    loket.settings.role = "counter"
    win, ctx = build_main_window(loket, card=env.reader is not None, demo=env)
    win.show_fitted()  # as the desk opens: on the screen's available area (1366×768)
    OUT.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    def pump(cond: Any = None, timeout: float = 15.0) -> None:
        end = time.time() + timeout
        while time.time() < end:
            app.processEvents()
            if (cond is None and ctx.ops.busy == 0) or (cond is not None and cond()):
                break
            time.sleep(0.01)
        for _ in range(20):
            app.processEvents()

    def save(widget: QWidget, lang: str, name: str) -> None:
        if lang != "nl" and name not in EVERY_LANGUAGE:
            return
        pump()
        folder = OUT if lang == "nl" else OUT / lang
        folder.mkdir(exist_ok=True)
        path = folder / f"{name}.png"
        # 256 colours: a screen of flat colours and text stays sharp at a third of the size
        img = widget.grab().toImage().convertToFormat(QImage.Format.Format_Indexed8,
                                                      Qt.ImageConversionFlag.AvoidDither)
        img.save(str(path), "PNG", 0)  # type: ignore[call-overload]  # PySide takes the str
        written.append(path)
        print("wrote", path.relative_to(REPO))

    pump()
    with loket.store.read() as s:
        case = s.scalars(select(Case).where(Case.person_id.is_not(None)).order_by(Case.created_at)).first()
        assert case is not None
        pid, cid = case.person_id, case.id
        person = s.get(Person, pid)
        assert person is not None and pid is not None
        surname = person.surname
    service = ctx.services.get("card")
    if service is not None:
        win.card_panel.auto_review = False
        pump(lambda: service.state == "ready", 15)
    from ui.signin import SignIn, SignInDialog

    for lang in LANGS:
        win.set_language(lang)
        loket.settings.role = "counter"
        win.home.retranslate()
        win.show_home()
        save(win, lang, "01-home-counter")
        win.focus_search()
        win.search_field.setText(surname[:5])
        win.search.search(surname[:5])
        save(win, lang, "02-search")
        win.show_person(pid)
        save(win, lang, "03-person-360")
        win.start_intake("address_change", pid)
        pump()
        eds = win.intake.editors
        eds["street_and_number"].widget.setText("Nieuwstraat 12")
        eds["postal_code"].widget.setText("99")
        win.intake.submit()
        save(win, lang, "04-intake-validation")
        win.intake.cancel()
        win.show_case(cid)
        save(win, lang, "05-case-detail")
        win.show_cases(None)
        save(win, lang, "06-cases")
        if env.reader is not None and service is not None:
            env.reader.insert("v18-ec")
            pump(lambda: win.card_panel.match is not None, 15)
            pump(lambda: False, 1.0)
            save(win, lang, "07-card-read")
            env.reader.remove()
            pump(lambda: win.card_panel.match is None, 15)
        # a saved intake with its receipt panel
        win.start_intake("civil_registry_extract", pid)
        pump()
        win.intake.editors["record_type"].widget.setCurrentIndex(1)
        win.intake.pref_confirm.setChecked(True)
        win.intake.submit()
        pump()
        save(win, lang, "08-intake-saved")
        result = win.intake.last_result
        if lang == "nl":  # a conflict to decide (as the sync leaves it when two people changed a field offline)
            import uuid

            from desk_app.store.models import Conflict

            with loket.store.write() as s:
                s.add(Conflict(id=str(uuid.uuid4()), entity="person", entity_id=pid, field="phone",
                               local_value="0470 12 34 56", server_value="09 210 10 10", base_revision=1,
                               server_revision=2))
        win.show_conflicts()
        save(win, lang, "09-conflict")
        loket.settings.role = "outreach"
        win.home.retranslate()
        win.show_home()
        save(win, lang, "10-home-outreach")
        loket.settings.role = "counter"
        dlg = SignInDialog(SignIn(loket), "clerk")
        dlg.show()
        save(dlg, lang, "11-sign-in")
        dlg.close()
        if result:
            from ui.documents.receipt_dialog import ReceiptDialog

            receipt = ReceiptDialog(loket, result["reference"], win)
            receipt.show()
            save(receipt, lang, "12-receipt")
            receipt.close()
    win.set_language("nl")
    if service is not None:
        service.stop()
    ctx.ops.wait_idle(10_000)
    win.close()
    env.stop()
    total = sum(p.stat().st_size for p in written)
    print(f"{len(written)} screenshots, {total / 1024:.0f} KB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
