"""Shared test setup: a clean temporary data/config dir per test (no user files touched), an in-memory
keyring (no OS keyring needed), Qt offscreen."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Case stores started by tests send no appointment reminders by themselves: a test that wants them sets it.
os.environ.setdefault("LOKET_CASESTORE_REMINDER_INTERVAL", "0")
# The desk's map never fetches tiles from the internet in a test (a test serves its own on loopback).
os.environ.setdefault("LOKET_MAP_TILES", "off")

from tests.keyrings import MemoryKeyring

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    ring = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(ring)
    data = tmp_path / "laptop"
    monkeypatch.setenv("LOKET_DATA_DIR", str(data))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("LOKET_CASESTORE_OUTBOX", str(tmp_path / "casestore-outbox"))
    yield ring
    keyring.set_keyring(previous)


@pytest.fixture
def memory_keyring(_isolated: MemoryKeyring) -> MemoryKeyring:
    return _isolated


@pytest.fixture
def loket(tmp_path: Path) -> Iterator[object]:
    """An opened Loket on a fresh encrypted store with a little demo data (pending intakes)."""
    from desk_app.app import Loket
    from desk_app.demo import generate

    app = Loket.open(tmp_path / "laptop")
    app.settings.staff_user = "clerk1"
    app.settings.staff_name = "Clerk One"
    generate(app.store, app.catalogue, 20, 30, pending=True)
    yield app
    app.close()


@pytest.fixture
def empty_loket(tmp_path: Path) -> Iterator[object]:
    from desk_app.app import Loket

    app = Loket.open(tmp_path / "laptop")
    app.settings.staff_user = "clerk1"
    yield app
    app.close()



_PCSC_FILES: dict[str, bool] = {}


def _touches_pcsc(path: Path) -> bool:
    key = str(path)
    if key not in _PCSC_FILES:
        try:
            _PCSC_FILES[key] = "pcsc" in path.read_text(encoding="utf-8").lower()
        except OSError:
            _PCSC_FILES[key] = False
    return _PCSC_FILES[key]


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Marks ``pcsc_stack`` every test of a file that may touch PC/SC (pcscd, vpcd, the card simulator, the demo
    app that starts them): ``./bootstrap.sh test`` runs those in one process, one after the other (one private
    pcscd per process), and the rest on two pytest-xdist workers."""
    for item in items:
        if _touches_pcsc(Path(str(item.fspath))):
            item.add_marker(pytest.mark.pcsc_stack)
