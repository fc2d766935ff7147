"""``desk-app --demo``: demo data dir, demo citizens and agenda, built-in case store, signs in and syncs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from desk_app.demo_mode import DemoEnvironment, demo_data_dir
from desk_app.store.models import Appointment, Person


def test_demo_data_dir_defaults_to_user_data_demo(monkeypatch: Any, tmp_path: Path) -> None:
    assert demo_data_dir(tmp_path / "x") == (tmp_path / "x").resolve()
    assert demo_data_dir(None).name == "demo"


def test_demo_environment_end_to_end(qtbot: Any, tmp_path: Path) -> None:
    from ui.main import build_main_window
    from ui.signin import SignIn

    env = DemoEnvironment(tmp_path / "demo", reader=False, persons=40, cases=20).start()
    try:
        assert env.server_url.startswith("http://127.0.0.1:")
        with env.loket.store.read() as s:
            assert (s.scalar(select(func.count()).select_from(Person)) or 0) >= 40
            assert (s.scalar(select(func.count()).select_from(Appointment)) or 0) > 0
        signin = SignIn(env.loket, env.server_url, env.token_store)
        ok, msg = signin.sign_in(env.username, env.password)
        assert ok, msg
        win, ctx = build_main_window(env.loket, sync=signin.sync_client(), demo=env)
        qtbot.addWidget(win)
        controller = ctx.services["sync"]
        controller.timer.stop()
        with qtbot.waitSignal(controller.finished, timeout=120_000):
            controller.sync_now()
        qtbot.waitUntil(lambda: ctx.ops.busy == 0, timeout=10_000)
        assert controller.status.pending == 0 and controller.status.state == "idle"
        controller.stop()
        win.close()
        # a second start reuses the data (no second set of demo citizens)
        n = env.loket.waiting_operations()
        assert n == 0
    finally:
        env.stop()
