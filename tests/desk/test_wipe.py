"""A revoked laptop keeps no citizen data and no key (issue 12 §1), and files with citizen data are
owner-only. The revocation goes through the real case store on loopback and ``desk-app sync``."""

from __future__ import annotations

import io
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from casestore.embedded import DEMO_PASSWORD, RunningServer
from desk_app import keys
from desk_app.app import Loket
from desk_app.services.drafts import Draft, DraftStore
from loket.cli import main
from tests.casestore.fixtures import *  # noqa: F403  (casestore_server on SQLite and PostgreSQL)
from tests.keyrings import MemoryKeyring

NN = "85073003328"
SECRETS = (b"Vandenbroucke", b"Lindenlaan", NN.encode())


@pytest.fixture
def umask_022() -> Iterator[None]:
    """A usual umask (files 0644 unless created owner-only), whatever the test runner's is."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def run(monkeypatch: pytest.MonkeyPatch, *argv: str, stdin: str = "") -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return main(list(argv))


def citizen_laptop(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Loket:
    """A laptop with a citizen in its store, an attachment, an intake draft and a log line naming her."""
    assert run(monkeypatch, "person", "new", "--national-number", NN, "--surname", "Vandenbroucke",
               "--given-names", "Griet", "--street", "Lindenlaan 17", "--postal-code", "9999",
               "--municipality", "Meerhoven") == 0
    scan = tmp_path / "attest.txt"
    scan.write_text("Attest voor Griet Vandenbroucke, Lindenlaan 17")
    assert run(monkeypatch, "case", "new", "--type", "complaint", "--person", NN, "--field", "subject=Lindenlaan",
               "--field", "description=Vandenbroucke", "--attach", str(scan)) == 0
    app = Loket.open()
    DraftStore.for_loket(app).save(Draft("address_change", None, {"street_and_number": "Lindenlaan 17"},
                                         title="Vandenbroucke"))
    (app.paths.logs / "desk.log").write_text("opened Vandenbroucke, Lindenlaan 17\n")
    return app


def files_under(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def test_a_revoked_laptop_keeps_no_citizen_data_and_no_key(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, memory_keyring: MemoryKeyring,
    casestore_server: RunningServer, capsys: pytest.CaptureFixture[str],
) -> None:
    assert run(monkeypatch, "login", "--server", casestore_server.url, "--user", "clerk", "--password-stdin",
               stdin=DEMO_PASSWORD + "\n") == 0
    device_id = capsys.readouterr().out.strip().split("device ")[-1]
    app = citizen_laptop(monkeypatch, tmp_path)
    data = app.paths.data
    app.close()
    assert run(monkeypatch, "sync", "--server", casestore_server.url, "--once") == 0
    assert {keys.SERVICE, "loket-sync"} <= memory_keyring.services()
    assert any(s in b for b in files_under(data).values() for s in SECRETS)  # the log names her, in the clear

    admin = httpx.Client(base_url=casestore_server.url)
    tok = admin.post("/v1/auth/login", json={"username": "admin", "password": DEMO_PASSWORD}).json()
    r = admin.post(f"/v1/admin/devices/{device_id}/revoke", headers={"Authorization": f"Bearer {tok['access_token']}"})
    assert r.status_code == 200
    assert run(monkeypatch, "sync", "--server", casestore_server.url, "--once") == 3  # revoked: wiped

    left = files_under(data)
    assert sorted(left) == ["config/settings.json"]  # no store, attachments, drafts, caches or logs
    assert not [name for name, content in left.items() if any(s in content for s in SECRETS)]
    assert memory_keyring.services() == set()  # store key and sync tokens forgotten


def test_the_wipe_in_the_platform_folders_and_in_demo_mode(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import keyring
    import keyring.backends.fail

    # platform folders (no --data-dir): data, config, cache and logs in four places
    monkeypatch.delenv("LOKET_DATA_DIR")
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(var, str(tmp_path / "home" / var.lower()))
    app = citizen_laptop(monkeypatch, tmp_path)
    app.settings.save(app.paths.config / "settings.json")
    folders = (app.paths.data, app.paths.config, app.paths.cache, app.paths.logs)
    assert len({f.parent for f in folders}) == 4
    assert app.wipe() == []
    assert sorted(str(p.relative_to(tmp_path / "home")) for p in (tmp_path / "home").rglob("*") if p.is_file()) \
        == ["xdg_config_home/loket/settings.json"]
    with pytest.raises(keys.KeyUnavailable, match="does not hold the key"):
        keys.store_key(app.paths.store, create=False)

    # demo mode without a keyring: the key file goes
    keyring.set_keyring(keyring.backends.fail.Keyring())
    demo = Loket.open(tmp_path / "demo", demo=True)
    demo.create_person(surname="Vandenbroucke", street_and_number="Lindenlaan 17")
    assert (demo.paths.config / keys.DEMO_KEY_FILE).exists()
    assert demo.wipe() == []
    assert sorted(files_under(tmp_path / "demo")) == []  # not even settings were saved in this demo


def test_files_with_citizen_data_are_owner_only(
    umask_022: None, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    app = citizen_laptop(monkeypatch, tmp_path)
    data = app.paths.data
    citizen = [p for p in data.rglob("*") if p.is_file()
               and (p.name.startswith("store.db") or p.relative_to(data).parts[0] in ("attachments", "drafts"))]
    kinds = {p.relative_to(data).parts[0] for p in citizen}
    assert {"store.db", "attachments", "drafts"} <= kinds  # each kind was written
    assert not [(str(p), oct(p.stat().st_mode)) for p in citizen if stat.S_IMODE(p.stat().st_mode) != 0o600]
    folders = [data, *(p for p in data.rglob("*") if p.is_dir())]
    assert not [(str(p), oct(p.stat().st_mode)) for p in folders if stat.S_IMODE(p.stat().st_mode) != 0o700]
    app.close()


def test_the_desk_wipes_everything_too(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    """The desk's sync client (built by the sign-in) wipes like ``desk-app sync``, not just the store."""
    from ui.signin import SignIn

    app = citizen_laptop(monkeypatch, tmp_path)
    client = SignIn(app, server_url="http://127.0.0.1:9").sync_client()
    client.wipe()  # what a revocation answer triggers (tested end to end above)
    assert sorted(files_under(app.paths.data)) == []
    assert keys.SERVICE not in memory_keyring.services()
