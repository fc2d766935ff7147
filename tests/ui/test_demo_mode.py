"""``desk-app --demo``: demo data dir, demo citizens and agenda, built-in case store, signs in and syncs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from desk_app.store.models import Appointment, Person
from loket.demo import DemoEnvironment, demo_data_dir


def test_demo_data_dir_defaults_to_user_data_demo(monkeypatch: Any, tmp_path: Path) -> None:
    assert demo_data_dir(tmp_path / "x") == (tmp_path / "x").resolve()
    monkeypatch.setenv("LOKET_DATA_DIR", str(tmp_path / "env"))
    assert demo_data_dir(None) == (tmp_path / "env").resolve()  # the documented variable holds for the demo
    assert demo_data_dir(tmp_path / "x") == (tmp_path / "x").resolve()  # --data-dir wins
    monkeypatch.delenv("LOKET_DATA_DIR")
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


def test_sigterm_closes_the_demo_desk_and_everything_it_started(tmp_path: Path) -> None:
    # A log-out or shutdown sends SIGTERM: the desk stops like its Quit command, with its case store and
    # card reader daemon (no process left behind), also while the sign-in dialog is open.
    import os
    import signal
    import subprocess
    import sys
    import time

    def children(pid: int) -> set[int]:
        out: set[int] = set()
        for task in Path(f"/proc/{pid}/task").iterdir():
            out.update(int(c) for c in (task / "children").read_text().split())
        return out

    def running(pid: int) -> bool:
        try:
            return "zombie" not in Path(f"/proc/{pid}/status").read_text().lower()
        except OSError:
            return False

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen([sys.executable, "-c", "from loket.cli import main; raise SystemExit(main())",
                             "--demo", "--data-dir", str(tmp_path / "demo")],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    started: set[int] = set()
    try:
        settings = tmp_path / "demo" / "config" / "settings.json"  # written when the demo has started
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not settings.exists() and proc.poll() is None:
            time.sleep(0.2)
        time.sleep(2)  # the sign-in dialog is up
        # the demo's case store, and pcscd unless one serves the virtual reader already (other tests)
        started = children(proc.pid)
        assert started, "the demo did not start its case store"
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=60) == 0
        deadline = time.monotonic() + 10
        while any(running(p) for p in started) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not [p for p in started if running(p)]
        assert "Traceback" not in (proc.stderr.read() if proc.stderr else "")
    finally:
        if proc.poll() is None:
            started |= children(proc.pid)
            proc.kill()
            proc.wait()
        for pid in started:  # a failed run leaves nothing behind either
            if running(pid):
                os.kill(pid, signal.SIGKILL)


def test_demo_fills_a_fresh_store_whatever_role_signed_in_last(tmp_path: Path) -> None:
    """The demo's own seeding is not the signed-in user's work: after an administrator used the demo
    (settings kept, store removed), a fresh demo store is filled all the same."""
    from desk_app.settings import Settings

    root = tmp_path / "demo"
    (root / "config").mkdir(parents=True)
    settings = Settings()
    settings.staff_user, settings.staff_name, settings.role = "admin", "Demo Beheerder", "administrator"
    settings.save(root / "config" / "settings.json")
    env = DemoEnvironment(root, reader=False, case_store=False, persons=40, cases=20).start()
    try:
        assert env.loket.settings.role == "administrator"
        with env.loket.store.read() as s:
            assert (s.scalar(select(func.count()).select_from(Person)) or 0) >= 40
            assert (s.scalar(select(func.count()).select_from(Appointment)) or 0) > 0
        assert env.loket.waiting_operations() > 0
    finally:
        env.stop()


def test_demo_mode_on_a_desk_only_install_runs_without_its_case_store(tmp_path: Path) -> None:
    """A laptop without the case store's packages (no ``casestore``, no argon2): demo mode still opens its
    store and lets the demo accounts in offline (issue 14 §2; before, the demo failed on the import)."""
    import subprocess
    import sys

    from tests.keyrings import subprocess_env

    code = (
        "import importlib.abc, sys\n"
        "class NoServer(importlib.abc.MetaPathFinder):\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.partition('.')[0] in ('casestore', 'argon2', 'fastapi', 'uvicorn'):\n"
        "            raise ModuleNotFoundError(f'No module named {name!r}', name=name)\n"
        "        return None\n"
        "sys.meta_path.insert(0, NoServer())\n"
        "from loket.demo import DemoEnvironment\n"
        f"env = DemoEnvironment({str(tmp_path / 'demo')!r}, reader=False, persons=5, cases=2).start()\n"
        "try:\n"
        "    assert env.server is None and env.server_url == ''\n"
        "    account = env.loket.accounts.sign_in_offline(env.username, env.password)\n"
        "    assert account is not None and account.role == 'counter', account\n"
        "    assert 'casestore' not in sys.modules\n"
        "finally:\n"
        "    env.stop()\n"
        "print('demo without case store: ok')\n"
    )
    env = subprocess_env(tmp_path / "keyring.json")
    proc = subprocess.run([sys.executable, "-c", code], env=env, cwd=tmp_path, capture_output=True, text=True,
                          timeout=240)
    assert proc.returncode == 0, proc.stderr
    assert "demo without case store: ok" in proc.stdout
