"""CardMonitor event logic against a scripted PC/SC layer (reader unplug, service loss).

vpcd readers cannot be unplugged, so these cases use a fake ``scard`` module; the real
insert/remove path is covered end to end in test_e2e_reader.py.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
from smartcard import scard as real

import eid.monitor
from eid.errors import EidError
from eid.monitor import CardEvent, CardMonitor
from eid.reader import PNP_NOTIFICATION


class FakeScard:
    def __init__(self) -> None:
        for name in dir(real):
            if name.startswith("SCARD_"):
                setattr(self, name, getattr(real, name))
        self.lock = threading.Lock()
        self.service = True
        self.readers: list[str] = ["Reader A", "Reader B"]
        self.present: dict[str, bool] = {"Reader A": True, "Reader B": False}
        self.cancelled = False

    def SCardEstablishContext(self, scope: int) -> tuple[int, int]:
        return (0, 1) if self.service else (real.SCARD_E_NO_SERVICE, 0)

    def SCardReleaseContext(self, ctx: int) -> int:
        return 0

    def SCardCancel(self, ctx: int) -> int:
        self.cancelled = True
        return 0

    def SCardGetErrorMessage(self, hr: int) -> str:
        return real.SCardGetErrorMessage(hr)

    def SCardListReaders(self, ctx: int, groups: list[str]) -> tuple[int, list[str]]:
        with self.lock:
            if not self.service:
                return real.SCARD_E_NO_SERVICE, []
            if not self.readers:
                return real.SCARD_E_NO_READERS_AVAILABLE, []
            return 0, list(self.readers)

    def SCardGetStatusChange(self, ctx: int, timeout: int, states: list[tuple[str, int]]):
        deadline = time.monotonic() + timeout / 1000
        while True:
            if self.cancelled:
                self.cancelled = False
                return real.SCARD_E_CANCELLED, states
            with self.lock:
                if not self.service:
                    return real.SCARD_E_NO_SERVICE, states
                out = []
                changed = False
                for name, cur in states:
                    if name == PNP_NOTIFICATION:
                        ev = len(self.readers) << 16
                        ch = (cur & 0xFFFF0000) != ev
                    else:
                        if name not in self.readers:
                            return real.SCARD_E_UNKNOWN_READER, states
                        ev = real.SCARD_STATE_PRESENT if self.present.get(name) else real.SCARD_STATE_EMPTY
                        ch = cur == real.SCARD_STATE_UNAWARE or (cur & 0xFFFF & ~real.SCARD_STATE_CHANGED) != ev
                    changed = changed or ch
                    out.append((name, ev | (real.SCARD_STATE_CHANGED if ch else 0), [0x3B, 0x00] if ev & real.SCARD_STATE_PRESENT else []))
                if changed:
                    return 0, out
            if time.monotonic() >= deadline:
                return real.SCARD_E_TIMEOUT, states
            time.sleep(0.005)


class Recorder:
    def __init__(self) -> None:
        self.events: list[tuple[str, object]] = []
        self.cond = threading.Condition()

    def add(self, kind: str, value: object) -> None:
        with self.cond:
            self.events.append((kind, value))
            self.cond.notify_all()

    def wait_for(self, item: tuple[str, object], timeout: float = 5.0) -> None:
        with self.cond:
            assert self.cond.wait_for(lambda: item in self.events, timeout), (item, self.events)


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeScard]:
    f = FakeScard()
    monkeypatch.setattr(eid.monitor, "scard", f)
    yield f


def _monitor(rec: Recorder, **kw: object) -> CardMonitor:
    return CardMonitor(
        on_insert=lambda e: rec.add("in", e.reader),
        on_remove=lambda e: rec.add("out", e.reader),
        on_readers_changed=lambda r: rec.add("readers", tuple(r)),
        on_error=lambda e: rec.add("error", e.code),
        poll_ms=50, retry_s=0.05, **kw,  # type: ignore[arg-type]
    )


def test_initial_state_and_insert(fake: FakeScard) -> None:
    rec = Recorder()
    with _monitor(rec):
        rec.wait_for(("readers", ("Reader A", "Reader B")))
        rec.wait_for(("in", "Reader A"))
        with fake.lock:
            fake.present["Reader B"] = True
        rec.wait_for(("in", "Reader B"))
        with fake.lock:
            fake.present["Reader B"] = False
        rec.wait_for(("out", "Reader B"))
    assert rec.events.count(("in", "Reader A")) == 1


def test_report_present_false_skips_cards_already_inserted(fake: FakeScard) -> None:
    rec = Recorder()
    with _monitor(rec, report_present=False):
        rec.wait_for(("readers", ("Reader A", "Reader B")))
        time.sleep(0.2)
        with fake.lock:
            fake.present["Reader B"] = True
        rec.wait_for(("in", "Reader B"))
    assert ("in", "Reader A") not in rec.events


def test_reader_unplugged_with_card(fake: FakeScard) -> None:
    rec = Recorder()
    with _monitor(rec):
        rec.wait_for(("in", "Reader A"))
        with fake.lock:
            fake.readers.remove("Reader A")
            fake.present.pop("Reader A")
        rec.wait_for(("out", "Reader A"))
        rec.wait_for(("readers", ("Reader B",)))
        with fake.lock:
            fake.readers.append("Reader C")
            fake.present["Reader C"] = True
        rec.wait_for(("readers", ("Reader B", "Reader C")))
        rec.wait_for(("in", "Reader C"))


def test_service_lost_and_back(fake: FakeScard) -> None:
    rec = Recorder()
    with _monitor(rec):
        rec.wait_for(("in", "Reader A"))
        with fake.lock:
            fake.service = False
        rec.wait_for(("error", "pcsc_not_running"))
        rec.wait_for(("out", "Reader A"))
        rec.wait_for(("readers", ()))
        n_in = rec.events.count(("in", "Reader A"))
        with fake.lock:
            fake.service = True
        with rec.cond:
            assert rec.cond.wait_for(lambda: rec.events.count(("in", "Reader A")) > n_in, 5)
    assert rec.events.count(("error", "pcsc_not_running")) == 1


def test_service_not_running_at_start_reported_once(fake: FakeScard) -> None:
    fake.service = False
    errors: list[EidError] = []
    mon = CardMonitor(on_error=errors.append, retry_s=0.02)
    with mon:
        time.sleep(0.2)
    assert [e.code for e in errors] == ["pcsc_not_running"]
    assert "service" in errors[0].message


def test_broken_callback_does_not_stop_the_monitor(fake: FakeScard) -> None:
    seen: list[CardEvent] = []

    def bad(e: CardEvent) -> None:
        seen.append(e)
        raise RuntimeError("GUI bug")

    got_b = threading.Event()
    mon = CardMonitor(on_insert=bad, on_remove=lambda e: got_b.set(), poll_ms=50)
    with mon:
        time.sleep(0.1)
        with fake.lock:
            fake.present["Reader A"] = False
        assert got_b.wait(5)
    assert seen and seen[0].reader == "Reader A"


def test_stop_cancels_a_long_wait(fake: FakeScard) -> None:
    mon = CardMonitor(poll_ms=600_000).start()
    thread = mon._thread
    assert thread is not None
    time.sleep(0.1)
    mon.stop()  # SCardCancel wakes the 10-minute wait
    assert not thread.is_alive()
