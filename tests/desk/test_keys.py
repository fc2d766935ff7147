"""The store key never lives only in memory (issue 12 §1), and the global options hold for every command
(§5): real ``desk-app`` processes on a machine without an OS keyring (keyring's fail backend), with HOME
and the XDG folders pointed at an empty folder that must stay free of Loket files."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desk_app import keys
from tests.keyrings import REPO, subprocess_env

FAIL_BACKEND = "keyring.backends.fail.Keyring"
PRODUCT = ("desk_app", "ui", "sync", "eid", "casestore")


def machine(tmp_path: Path, **extra: str) -> tuple[dict[str, str], Path]:
    """The environment of a fresh user account: empty HOME and XDG folders, no Loket variables."""
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("LOKET_", "XDG_", "PYTHON_KEYRING")) and k != "PYTHONPATH"}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / ".local/share"), XDG_CONFIG_HOME=str(home / ".config"),
               XDG_CACHE_HOME=str(home / ".cache"), XDG_STATE_HOME=str(home / ".local/state"),
               XDG_RUNTIME_DIR=str(home / "run"), QT_QPA_PLATFORM="offscreen")
    env.update(extra)
    return env, home


def desk_app(env: dict[str, str], *argv: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "loket.cli", *argv], env=env, cwd=cwd,
                          capture_output=True, text=True, timeout=300)


def loket_files(home: Path) -> list[str]:
    return sorted(str(p.relative_to(home)) for p in home.rglob("*") if "loket" in p.name.lower()
                  or p.name in ("store.db", "demo-store.key", "settings.json"))


def readme_refusal() -> str:
    """The refusal the README promises, word for word."""
    text = (REPO / "README.md").read_text(encoding="utf-8")
    found = re.search(r'Loket refuses\s+to open a real store and says why: \*"(.+?)"\*', text, re.S)
    assert found, "README: the refusal message is not quoted"
    return " ".join(found.group(1).split())


# ------------------------------------------------------------------------------------- discovery
def test_importing_the_product_registers_no_keyring_backend(tmp_path: Path) -> None:
    env, _ = machine(tmp_path)
    probe = (
        "import importlib, pkgutil, sys, keyring, keyring.backend\n"
        "for name in sys.argv[1:]:\n"
        "    pkg = importlib.import_module(name)\n"
        "    for m in pkgutil.walk_packages(pkg.__path__, name + '.'):\n"
        "        if 'migrations' in m.name or m.name.endswith('__main__'):\n"
        "            continue\n"
        "        importlib.import_module(m.name)\n"
        "ours = sorted(c.__module__ + '.' + c.__name__ for c in keyring.backend.KeyringBackend._classes\n"
        "              if c.__module__.split('.')[0] in sys.argv[1:])\n"
        "print(type(keyring.get_keyring()).__module__, type(keyring.get_keyring()).__name__, ours)\n"
    )
    bare = subprocess.run([sys.executable, "-c", probe], env=env, cwd=tmp_path, capture_output=True, text=True,
                          timeout=300)
    with_product = subprocess.run([sys.executable, "-c", probe, *PRODUCT], env=env, cwd=tmp_path,
                                  capture_output=True, text=True, timeout=300)
    assert bare.returncode == 0 and with_product.returncode == 0, bare.stderr + with_product.stderr
    assert with_product.stdout == bare.stdout  # the keyring a machine picks does not depend on our code
    assert with_product.stdout.strip().endswith("[]")  # and no backend class of ours exists


def test_test_keyrings_are_never_discovered_only_selected(tmp_path: Path) -> None:
    env, _ = machine(tmp_path, PYTHONPATH=str(REPO))
    probe = "import keyring, tests.keyrings; print(type(keyring.get_keyring()).__module__)"
    found = subprocess.run([sys.executable, "-c", probe], env=env, cwd=tmp_path, capture_output=True, text=True,
                           timeout=120)
    assert found.returncode == 0, found.stderr
    assert found.stdout.strip() != "tests.keyrings"
    selected = subprocess.run([sys.executable, "-c", probe], env=subprocess_env(tmp_path / "ring.json", env),
                              cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert selected.stdout.strip() == "tests.keyrings", selected.stderr


# ------------------------------------------------------------------------------------- no keyring
@pytest.mark.parametrize("how", ["--data-dir", "LOKET_DATA_DIR"])
@pytest.mark.parametrize("command", [["demo-data", "--persons", "3", "--cases", "3"], ["case", "list"],
                                     ["person", "new", "--surname", "Vandenbroucke"]])
def test_a_real_store_is_refused_before_anything_is_written(tmp_path: Path, how: str, command: list[str]) -> None:
    data = tmp_path / "laptop"
    env, home = machine(tmp_path, PYTHON_KEYRING_BACKEND=FAIL_BACKEND)
    if how == "LOKET_DATA_DIR":
        env["LOKET_DATA_DIR"] = str(data)
        proc = desk_app(env, *command, cwd=tmp_path)
    else:
        proc = desk_app(env, "--data-dir", str(data), *command, cwd=tmp_path)
    assert not data.exists()  # no folder, no store, no half a database
    assert loket_files(home) == []
    assert proc.returncode == 1  # the store or the machine is not usable (desk_app.cli, run by loket.cli)
    assert proc.stderr == f"desk-app: {readme_refusal()}\n"
    assert proc.stdout == ""


def test_the_refusal_names_the_cause_in_the_readme_words() -> None:
    assert readme_refusal() == keys.KEYRING_UNAVAILABLE


def test_demo_mode_keeps_its_key_in_an_owner_only_file_across_processes(tmp_path: Path) -> None:
    data = tmp_path / "demo"
    env, home = machine(tmp_path, PYTHON_KEYRING_BACKEND=FAIL_BACKEND)
    made = desk_app(env, "--demo", "--data-dir", str(data), "demo-data", "--persons", "6", "--cases", "4",
                    cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    assert "key is kept in" in made.stderr  # and it says so
    key_file = data / "config" / keys.DEMO_KEY_FILE
    assert key_file.stat().st_mode & 0o777 == 0o600
    added = desk_app(env, "--demo", "--data-dir", str(data), "person", "new", "--surname", "Vandenbroucke",
                     "--json", cwd=tmp_path)
    assert added.returncode == 0, added.stderr
    found = desk_app(env, "--demo", "--data-dir", str(data), "search", "vandenbroucke", "--json", cwd=tmp_path)
    assert found.returncode == 0, found.stderr
    hits = json.loads(found.stdout)
    assert [h["id"] for h in hits] == [json.loads(added.stdout)["id"]]
    assert "Traceback" not in made.stderr + added.stderr + found.stderr
    assert loket_files(home) == []


# ------------------------------------------------------------------------------------- global options
@pytest.mark.parametrize("demo", [False, True])
def test_every_command_uses_the_given_data_dir(tmp_path: Path, demo: bool) -> None:
    env, home = machine(tmp_path)
    env = subprocess_env(tmp_path / "ring.json", env)
    flag = ["--demo"] if demo else []
    a, b = tmp_path / "a", tmp_path / "b"
    new = ["person", "new", "--surname", "Vandenbroucke", "--street", "Lindenlaan 17"]
    runs = [
        desk_app(env, *flag, "--data-dir", str(a), *new, cwd=tmp_path),  # global option before the command
        desk_app(env, *flag, *new, "--data-dir", str(a), cwd=tmp_path),  # and after it
        desk_app(dict(env, LOKET_DATA_DIR=str(b)), *flag, *new, cwd=tmp_path),
        desk_app(env, *flag, "--data-dir", str(b), "--json", "search", "vandenbroucke", cwd=tmp_path),
    ]
    for proc in runs:
        assert proc.returncode == 0, proc.stderr
    assert len(json.loads(runs[-1].stdout)) == 1  # --json before the command is honoured too
    a_check = desk_app(env, *flag, "--data-dir", str(a), "--json", "search", "vandenbroucke", cwd=tmp_path)
    assert len(json.loads(a_check.stdout)) == 2
    assert (a / "store.db").is_file() and (b / "store.db").is_file()
    assert loket_files(home) == []


def test_the_demo_desk_uses_loket_data_dir(tmp_path: Path) -> None:
    """``desk-app --demo`` (the GUI start) with LOKET_DATA_DIR: the demo lives there and nowhere else."""
    data = tmp_path / "demo"
    env, home = machine(tmp_path, PYTHON_KEYRING_BACKEND=FAIL_BACKEND, LOKET_DATA_DIR=str(data))
    proc = subprocess.Popen([sys.executable, "-m", "loket.cli", "--demo"], env=env, cwd=tmp_path,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    ready = [data / "config" / "settings.json", home / ".local/share/loket/demo/config/settings.json"]
    try:
        deadline = time.monotonic() + 240  # a guard against a hung child, not a timing assertion
        while not any(p.exists() for p in ready) and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.1)  # polling for the demo's settings file: the point where its start is done
        assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
        proc.send_signal(signal.SIGTERM)  # quits like the Quit command, stopping what the demo started
        assert proc.wait(timeout=120) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert (data / "store.db").is_file() and (data / "config" / keys.DEMO_KEY_FILE).is_file()
    assert loket_files(home) == []
