"""The city shop's call display (``ui.shop.display``, issue 16) on the real case store over HTTP (SQLite): a call
made at a desk appears as "A0xx → <desk name>" in the display language with a chime; the newest call's letters
follow the window's height; an unreachable case store is a discreet line, never a dialog, and the display
comes back by itself when the case store does; the page opens the display full screen for its shop."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from casestore import embedded
from casestore.embedded import DEMO_PASSWORD, RunningServer
from loket.demo import MemoryTokenStore
from sync.login import login as sign_in
from sync.queue_events import CALLED, QueueEventReader, TicketEvent
from sync.transport import Transport
from tests.casestore.fixtures import free_port
from ui.core.ops import Operations
from ui.shop.display import MIN_SHARE, CallDisplay, CallDisplayPage, load_branding

WAIT_MS = 60_000  # a guard against a hung test, never a measured time
SHOP = "stadswinkel"


@pytest.fixture(autouse=True)
def no_polling(monkeypatch: pytest.MonkeyPatch) -> None:
    """The case store's streams look in the database only when a commit wakes them."""
    monkeypatch.setenv("LOKET_CASESTORE_QUEUE_POLL", "3600")
    monkeypatch.setenv("LOKET_CASESTORE_QUEUE_HEARTBEAT", "0.5")


def signed_in(url: str, username: str = "coordinator") -> Transport:
    tokens = MemoryTokenStore()
    sign_in(url, username, DEMO_PASSWORD, token_store=tokens, device_name=f"tv-{username}")
    return Transport(url, tokens)


def staff(url: str, username: str = "clerk") -> httpx.Client:
    r = httpx.post(f"{url}/v1/auth/login", json={"username": username, "password": DEMO_PASSWORD,
                                                  "device_name": f"desk-{username}"})
    r.raise_for_status()
    return httpx.Client(base_url=f"{url}/v1/queue/{SHOP}", timeout=60,
                        headers={"Authorization": f"Bearer {r.json()['access_token']}"})


def call_next(c: httpx.Client, desk: str) -> dict[str, Any]:
    r = c.post(f"/desks/{desk}/next")
    assert r.status_code == 200, r.text
    return dict(r.json()["ticket"])


def issue(c: httpx.Client) -> None:
    assert c.post("/tickets", json={"service": "burgerzaken"}).status_code == 201


@pytest.fixture
def ops() -> Iterator[Operations]:
    o = Operations()
    yield o
    o.close()
    assert o.wait_streams(WAIT_MS)


def display_on(qtbot: Any, ops: Operations, transport: Transport, language: str = "nl") -> CallDisplay:
    reader = QueueEventReader(transport, shop=SHOP, base_delay=0.02, max_delay=0.2)
    d = CallDisplay(ops, reader, language=language, fallback_language="nl", shop_name="Stadswinkel")
    qtbot.addWidget(d)
    d.resize(1280, 720)
    d.show()
    d.start()
    return d


def test_a_call_appears_in_the_display_language_with_a_chime(qtbot: Any, ops: Operations,
                                                             sqlite_server: RunningServer) -> None:
    url = sqlite_server.url
    nl = display_on(qtbot, ops, signed_in(url))
    fr = display_on(qtbot, ops, signed_in(url, "clerk"), "fr")
    qtbot.waitUntil(lambda: nl.connected is True and fr.connected is True, timeout=WAIT_MS)
    assert nl.newest_text == "" and nl.chime.count == 0 and not nl.status.isVisible()
    with staff(url) as desk:
        for _ in range(3):
            issue(desk)
        first = call_next(desk, "balie-3")
        qtbot.waitUntil(lambda: nl.newest_text == f"{first['number']} → Balie 3", timeout=WAIT_MS)
        assert nl.chime.count == 1 and nl.number.text() == first["number"] and nl.desk.text() == "→ Balie 3"
        qtbot.waitUntil(lambda: fr.newest_text == f"{first['number']} → Guichet 3", timeout=WAIT_MS)

        second = call_next(desk, "balie-1")
        qtbot.waitUntil(lambda: nl.chime.count == 2, timeout=WAIT_MS)
        assert nl.newest_text == f"{second['number']} → Balie 1"
        assert nl.earlier_texts == [f"{first['number']} → Balie 3"]

        assert desk.post(f"/tickets/{first['id']}/recall").status_code == 200
        qtbot.waitUntil(lambda: nl.chime.count == 3, timeout=WAIT_MS)
    assert nl.newest_text == f"{first['number']} → Balie 3"  # a recall comes back on top, not twice
    assert nl.earlier_texts == [f"{second['number']} → Balie 1"]
    assert nl.band.accessibleName() == nl.newest_text


def _call(n: int, desk: str = "Balie 2") -> TicketEvent:
    return TicketEvent(id=n, kind=CALLED, shop=SHOP, ticket_id=f"t{n}", number=f"A{n:03d}", service="burgerzaken",
                       status="called", desk="balie-2", desk_names={"nl": desk})


def test_the_newest_call_is_readable_across_the_room_at_any_window_size(qtbot: Any, ops: Operations) -> None:
    reader = QueueEventReader(Transport("http://127.0.0.1:9", MemoryTokenStore()))  # never started
    d = CallDisplay(ops, reader, language="nl")
    qtbot.addWidget(d)
    d.show()
    for n in range(1, 9):
        d.show_call(_call(n, "Themaloket 1" if n % 2 else "Balie 2"))
    assert d.chime.count == 8 and len(d.earlier_texts) == 5  # the newest and the five before it
    assert d.earlier_texts[0] == "A007 → Themaloket 1" and d.earlier_texts[-1] == "A003 → Themaloket 1"
    sizes = {}
    for w, h in ((1280, 720), (1920, 1080), (3840, 2160)):
        d.resize(w, h)
        qtbot.waitUntil(lambda w=w, h=h: (d.fitted_for.width(), d.fitted_for.height()) == (w, h), timeout=WAIT_MS)
        px = d.number.font().pixelSize()
        assert px >= h * MIN_SHARE, (h, px)
        assert d.history[0].font().pixelSize() < px
        sizes[h] = px
    assert sizes[720] < sizes[1080] < sizes[2160]
    d.resize(480, 1080)  # a portrait screen: the width is short, the number stays an eighth of the height
    qtbot.waitUntil(lambda: (d.fitted_for.width(), d.fitted_for.height()) == (480, 1080), timeout=WAIT_MS)
    assert d.number.font().pixelSize() >= 1080 * MIN_SHARE


def test_an_unreachable_case_store_is_a_discreet_line_and_the_display_comes_back(
        qtbot: Any, ops: Operations, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'cs.db'}"
    port = free_port()
    first = embedded.start(db, port=port, demo=True)
    try:
        transport = signed_in(first.url)
    finally:
        first.stop()
    d = display_on(qtbot, ops, transport)
    qtbot.waitUntil(lambda: d.status.isVisible(), timeout=WAIT_MS)
    not_connected = d.tr("Not connected to the case store.").removesuffix(".")  # in whatever language is loaded
    assert d.status.text().startswith(not_connected) and d.connected is False
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    again = embedded.start(db, port=port, demo=True)
    try:
        qtbot.waitUntil(lambda: d.connected is True, timeout=WAIT_MS)
        assert not d.status.isVisible()
        with staff(again.url) as desk:
            issue(desk)
            called = call_next(desk, "balie-2")
        qtbot.waitUntil(lambda: d.newest_text == f"{called['number']} → Balie 2", timeout=WAIT_MS)
        d.close()
        assert d.stream is not None and d.stream.cancelled
        assert ops.wait_streams(WAIT_MS)
    finally:
        again.stop()


def test_the_page_opens_the_display_full_screen_for_its_shop(qtbot: Any, window: Any,
                                                             sqlite_server: RunningServer) -> None:
    transport = signed_in(sqlite_server.url)
    page = window.open_page("call_display")
    assert isinstance(page, CallDisplayPage)
    assert page.state.text() == page.tr("No case store is set for this desk: the call display needs one.")
    assert not page.open_btn.isEnabled()
    page._transport = lambda _ctx: transport
    page.show_page()
    qtbot.waitUntil(lambda: page.open_btn.isEnabled(), timeout=WAIT_MS)
    assert page.shop_box.currentData() == SHOP and page.lang_box.currentData() == "nl"  # the shop's first
    page.lang_box.setCurrentIndex(page.lang_box.findData("de"))
    d = page.open_display()
    assert d is not None
    qtbot.waitUntil(lambda: d.connected is True, timeout=WAIT_MS)
    assert d.isFullScreen() and d.screen() is QGuiApplication.primaryScreen()  # one screen: the primary
    assert d.language == "de" and d.city.text() == load_branding().name("de") == "Stadt Meerhoven"
    stream = d.stream
    assert stream is not None
    qtbot.keyClick(d, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.display is None, timeout=WAIT_MS)
    assert stream.cancelled
    assert window.ctx.ops.wait_streams(WAIT_MS)


def test_desk_app_display_opens_the_call_display_once_the_shops_are_known(
        qtbot: Any, window: Any, sqlite_server: RunningServer, monkeypatch: pytest.MonkeyPatch) -> None:
    from loket.cli import _desk_arguments
    from ui.shop import display as display_mod

    args = _desk_arguments(["--demo", "--display"])
    assert args is not None and args.display is True
    no_flag = _desk_arguments(["--demo"])
    assert no_flag is not None and no_flag.display is False
    transport = signed_in(sqlite_server.url)
    monkeypatch.setattr(display_mod, "sync_transport", lambda _ctx: transport)  # the desk's sync transport
    page = display_mod.open_at_start(window)
    assert page is not None and page.display is None  # not before the shops are known
    qtbot.waitUntil(lambda: page.display is not None, timeout=WAIT_MS)
    d = page.display
    assert d is not None and d.isFullScreen() and d.parent() is page
    qtbot.waitUntil(lambda: d.connected is True, timeout=WAIT_MS)
    window.ctx.loket.settings.role = "outreach"  # a role that does not see the page gets no display
    window.apply_role()
    assert display_mod.open_at_start(window) is None
    d.close()
    assert window.ctx.ops.wait_streams(WAIT_MS)


SECOND_SCREEN_CHILD = """
import json
from PySide6.QtWidgets import QApplication
app = QApplication([])
from loket.demo import MemoryTokenStore
from sync.queue_events import QueueEventReader
from sync.transport import Transport
from ui.core.ops import Operations
from ui.shop.display import CallDisplay
ops = Operations()
reader = QueueEventReader(Transport("http://127.0.0.1:9", MemoryTokenStore()))
d = CallDisplay(ops, reader, language="nl")
chosen = d.show_on_display_screen()
while d.fitted_for != d.screen().geometry().size():
    app.processEvents()
g = d.geometry()
print(json.dumps({"chosen": chosen.name(), "on": d.screen().name(), "full": d.isFullScreen(),
                  "geometry": [g.x(), g.y(), g.width(), g.height()], "px": d.number.font().pixelSize()}))
ops.close()
ops.wait_streams(30_000)
"""


def test_with_a_second_screen_the_display_opens_full_screen_there(tmp_path: Path) -> None:
    """Two screens (Qt's offscreen platform with a screen configuration, in a child process): the laptop's
    (primary) and a TV; the display goes full screen on the TV."""
    import json
    import os
    import subprocess
    import sys

    config = tmp_path / "screens.json"
    config.write_text(json.dumps({"screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96, "dpr": 1},
        {"name": "tv", "x": 1366, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96, "dpr": 1},
    ]}), encoding="utf-8")
    repo = Path(__file__).resolve().parents[2]
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", "PYTHONPATH": str(repo)}
    out = subprocess.run([sys.executable, "-c", SECOND_SCREEN_CHILD], cwd=repo, env=env, capture_output=True,
                         text=True, timeout=WAIT_MS / 1000, check=True).stdout
    got = json.loads(out.strip().splitlines()[-1])
    assert (got["chosen"], got["on"], got["full"], got["geometry"]) == ("tv", "tv", True, [1366, 0, 1920, 1080])
    assert got["px"] >= 1080 * MIN_SHARE


def test_without_qt_multimedia_the_chime_is_the_wav_through_the_systems_player(qtbot: Any, tmp_path: Path,
                                                                                monkeypatch: Any) -> None:
    """Without Qt Multimedia (a desk installed without PySide6-Addons; here its import made to fail) the
    branding's chime still sounds, through the system's sound player (here a stand-in ``paplay`` on PATH that
    notes what it was asked to play)."""
    from ui.shop.display import Chime

    wav = tmp_path / "chime.wav"
    wav.write_bytes(b"RIFF....WAVE")
    played = tmp_path / "played.txt"
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    player = bin_dir / "paplay"
    player.write_text(f"#!/bin/sh\necho \"$@\" >> {played}\n")
    player.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}:{os.environ.get('PATH', '')}")
    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", None)  # import fails as if not installed
    chime = Chime(wav)
    assert chime.backend == "paplay"
    chime.play()
    qtbot.waitUntil(lambda: played.exists() and str(wav) in played.read_text(), timeout=10_000)
    assert chime.count == 1


def test_with_qt_multimedia_the_chime_is_a_sound_effect_of_the_brandings_wav(qtbot: Any) -> None:
    """PySide6-Addons is in the lock: the call display's chime is a QSoundEffect of the branding's WAV (no child
    process), and every call counts one chime even where no sound device is there to hear it."""
    from PySide6.QtMultimedia import QSoundEffect

    from ui.shop.display import Chime

    wav = Path(__file__).resolve().parents[2] / "resources" / "branding" / "chime.wav"
    chime = Chime(wav)
    assert chime.backend == "sound"
    effect = chime._effect
    assert isinstance(effect, QSoundEffect) and effect.source().toLocalFile() == str(wav)
    chime.play()
    chime.play()
    assert chime.count == 2
