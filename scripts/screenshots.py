"""Screenshots of the main screens at 1366×768 for the README → docs/screenshots/*.png.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshots.py
    (or QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py)

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


def main() -> int:
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import keyring

    from tests.keyrings import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())
    from eid.simulator.harness import pcsc_available, prepare_client_environment

    prepare_client_environment()
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from sqlalchemy import select

    from desk_app.app import Loket
    from desk_app.demo_mode import DemoEnvironment
    from desk_app.store.models import Case, Person
    from ui.main import build_main_window

    env = DemoEnvironment(Path(tempfile.mkdtemp(prefix="loket-shots-")), reader=pcsc_available()[0],
                          case_store=False, persons=300, cases=200).start()
    loket: Loket = env.loket
    loket.settings.staff_user, loket.settings.staff_name = "clerk", "An Verstraete"
    win, ctx = build_main_window(loket, card=env.reader is not None, demo=env)
    win.resize(1366, 768)
    win.show()
    OUT.mkdir(parents=True, exist_ok=True)

    def pump(cond: Any = None, timeout: float = 15.0) -> None:
        end = time.time() + timeout
        while time.time() < end:
            app.processEvents()
            if (cond is None and ctx.ops.busy == 0) or (cond is not None and cond()):
                break
            time.sleep(0.01)
        for _ in range(20):
            app.processEvents()

    def shot(name: str) -> None:
        pump()
        win.grab().save(str(OUT / f"{name}.png"))
        print("wrote", OUT / f"{name}.png")

    pump()
    shot("01-home-counter")
    with loket.store.read() as s:
        case = s.scalars(select(Case).where(Case.person_id.is_not(None)).order_by(Case.created_at)).first()
        assert case is not None
        pid, cid = case.person_id, case.id
        person = s.get(Person, pid)
        assert person is not None
        surname = person.surname
    win.focus_search()
    win.search_field.setText(surname[:5])
    win.search.search(surname[:5])
    shot("02-search")
    win.show_person(pid)
    shot("03-person-360")
    win.start_intake("address_change", pid)
    pump()
    eds = win.intake.editors
    eds["street_and_number"].widget.setText("Nieuwstraat 12")
    eds["postal_code"].widget.setText("99")
    win.intake.submit()
    shot("04-intake-validation")
    win.show_case(cid)
    shot("05-case-detail")
    win.show_cases(None)
    shot("06-cases")
    if env.reader is not None:
        service, panel = ctx.services["card"], win.card_panel
        panel.auto_review = False
        pump(lambda: service.state == "ready", 15)
        env.reader.insert("v18-ec")
        pump(lambda: panel.match is not None, 15)
        pump(lambda: False, 1.0)
        shot("07-card-read")
    # a saved intake with its receipt panel
    win.start_intake("civil_registry_extract", pid)
    pump()
    win.intake.editors["record_type"].widget.setCurrentIndex(1)
    win.intake.pref_confirm.setChecked(True)
    win.intake.submit()
    shot("08-intake-saved")
    # a conflict to decide (as the sync leaves it when two people changed the same field offline)
    import uuid

    from desk_app.store.models import Conflict

    with loket.store.write() as s:
        s.add(Conflict(id=str(uuid.uuid4()), entity="person", entity_id=pid, field="phone",
                       local_value="0470 12 34 56", server_value="09 210 10 10", base_revision=1, server_revision=2))
    win.show_conflicts()
    shot("09-conflict")
    # outreach home, in French
    loket.settings.role = "outreach"
    win.home.retranslate()
    win.set_language("fr")
    win.show_home()
    shot("10-home-outreach-french")
    win.set_language("nl")
    loket.settings.role = "counter"
    from ui.signin import SignIn, SignInDialog

    dlg = SignInDialog(SignIn(loket), "clerk")
    dlg.show()
    pump()
    dlg.grab().save(str(OUT / "11-sign-in.png"))
    print("wrote", OUT / "11-sign-in.png")
    dlg.close()
    card = ctx.services.get("card")
    if card is not None:
        card.stop()
    ctx.ops.wait_idle(10_000)
    win.close()
    env.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
