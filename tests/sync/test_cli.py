"""The command lines: ``desk-app casestore init/add-user/list-devices/revoke-device``, ``desk-app login``,
``desk-app sync --once`` (through loket.cli.main, as a user would run them)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from casestore import embedded
from loket.cli import main


def run(argv: list[str], monkeypatch: pytest.MonkeyPatch, stdin: str = "") -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return main(argv)


def test_casestore_admin_commands(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    db = f"sqlite:///{tmp_path / 'cs.db'}"
    assert run(["casestore", "init", "--db", db, "--admin-user", "boss", "--password-stdin"], monkeypatch,
               "a-long-password\n") == 0
    assert run(["casestore", "add-user", "--db", db, "anna", "--role", "outreach", "--department", "buurtwerking",
                "--password-stdin"], monkeypatch, "another-password\n") == 0
    assert run(["casestore", "add-user", "--db", db, "anna", "--role", "outreach", "--password-stdin"],
               monkeypatch, "another-password\n") == 1  # exists
    server = embedded.start(db)
    try:
        assert run(["login", "--server", server.url, "--user", "anna", "--password-stdin"], monkeypatch,
                   "another-password\n") == 0
        out = capsys.readouterr().out
        device_id = out.strip().split("device ")[-1]
        assert run(["casestore", "list-devices", "--db", db], monkeypatch) == 0
        assert device_id in capsys.readouterr().out
        assert run(["casestore", "revoke-device", "--db", db, device_id], monkeypatch) == 0
        assert run(["sync", "--server", server.url, "--once"], monkeypatch) == 3  # revoked: wiped
    finally:
        server.stop()


def test_login_and_sync_once(sqlite_server: embedded.RunningServer, monkeypatch: pytest.MonkeyPatch,
                             capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["login", "--server", sqlite_server.url, "--user", "clerk", "--password-stdin"], monkeypatch,
               "wrong password\n") == 1
    assert run(["sync", "--server", sqlite_server.url, "--once"], monkeypatch) == 2  # not signed in
    assert run(["login", "--server", sqlite_server.url, "--user", "clerk", "--password-stdin"], monkeypatch,
               embedded.DEMO_PASSWORD + "\n") == 0
    assert run(["demo-data", "--persons", "3", "--cases", "4", "--pending"], monkeypatch) == 0
    capsys.readouterr()
    assert run(["sync", "--server", sqlite_server.url, "--once"], monkeypatch) == 0
    out = capsys.readouterr().out
    assert "pushed" in out and "refused 0" in out


def test_login_without_the_case_store_signs_in_an_account_this_laptop_knows(
        sqlite_server: embedded.RunningServer, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """``desk-app login`` keeps the desk's verifier (desk_app.services.accounts): with the case store out of
    reach the same account signs in offline, a wrong password or an account never seen here does not."""
    from desk_app.app import Loket

    down = "http://127.0.0.1:9"  # nothing listens: the case store does not answer
    assert run(["login", "--server", down, "--user", "clerk", "--password-stdin"], monkeypatch,
               embedded.DEMO_PASSWORD + "\n") == 1  # never signed in here: the first sign-in needs the server
    assert run(["login", "--server", sqlite_server.url, "--user", "clerk", "--password-stdin"], monkeypatch,
               embedded.DEMO_PASSWORD + "\n") == 0
    loket = Loket.open()
    try:
        assert loket.accounts.check("clerk", embedded.DEMO_PASSWORD) == ("counter", "Demo Loketmedewerker")
        loket.settings.staff_user = "someone-else"
        loket.settings.save(loket.paths.config / "settings.json")
    finally:
        loket.close()
    capsys.readouterr()
    assert run(["login", "--server", down, "--user", "clerk", "--password-stdin"], monkeypatch,
               "wrong password\n") == 1
    assert run(["login", "--server", down, "--user", "outreach", "--password-stdin"], monkeypatch,
               embedded.DEMO_PASSWORD + "\n") == 1
    assert "signed in" not in capsys.readouterr().out
    assert run(["login", "--server", down, "--user", "clerk", "--password-stdin"], monkeypatch,
               embedded.DEMO_PASSWORD + "\n") == 0
    assert "signed in offline as Demo Loketmedewerker (counter)" in capsys.readouterr().out
    loket = Loket.open()
    try:
        assert loket.settings.staff_user == "clerk" and loket.settings.role == "counter"
    finally:
        loket.close()
