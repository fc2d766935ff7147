"""The city shop's call display (issue 16): a full-screen window for a TV or a second monitor showing the last
calls ("A023 → Balie 3": the newest large and highlighted, the five before it below), in the city's branding
(``resources/branding/display.yaml``), with a chime on each call.

It follows the case store's queue events (``sync.queue_events.QueueEventReader``) as a stream on the one
background mechanism (``ctx.ops.run_stream``): the reader runs on a stream thread, its items reach the window
on the GUI thread through the bridge. The reader reconnects after a cut and resumes with ``Last-Event-ID``, so
no call is missed; while the case store cannot be reached a discreet line says so (never a dialog).

**Readable from 5 m.** The newest call's number is a fifth of the window's height (at least an eighth), its
desk a tenth; the earlier calls about a twentieth; sizes follow the window (``resizeEvent``).

**The chime.** ``QSoundEffect`` plays ``chime.wav`` when Qt Multimedia is installed (``PySide6-Addons``); the
desk ships only ``PySide6-Essentials``, so otherwise it is the system's beep (``QApplication.beep``). Either
way ``Chime.count`` counts the chimes played and ``Chime.played`` is emitted.

**Opening it.** The page ``call_display`` (View menu, Ctrl+Shift+D; counter clerks and coordinators) chooses the
shop (at first the desk's ``location`` setting's) and the display language (the shop's first language unless
chosen) and opens the window on the second screen when there is one, else full screen on the primary; Esc
closes it. ``desk-app --display`` opens it right after sign-in (``open_at_start``).
"""

from __future__ import annotations

import logging
import shutil
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml
from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QProcess, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QFontMetrics, QGuiApplication, QKeyEvent, QResizeEvent, QScreen
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desk_app.languages import LANGUAGES
from resources import RESOURCES_DIR
from sync.errors import SyncError
from sync.queue_events import (
    CALLED,
    Connected,
    Disconnected,
    QueueEventReader,
    ShopInfo,
    TicketEvent,
    fetch_shops,
)
from ui.core.errors import describe
from ui.core.pages import register_page
from ui.widgets import button, label
from wire import roles

if TYPE_CHECKING:
    from sync.transport import Transport
    from ui.context import AppContext
    from ui.core.ops import Operations, Stream

log = logging.getLogger(__name__)

BRANDING_FILE = RESOURCES_DIR / "branding" / "display.yaml"
HISTORY = 5  # earlier calls shown below the newest
NUMBER_SHARE = 0.2  # the newest number's letters: this share of the window's height
DESK_SHARE = 0.1
HISTORY_SHARE = 0.055
MIN_SHARE = 1 / 8  # never smaller than this for the newest number (readable from 5 m on a TV)


# ------------------------------------------------------------------------------------------------ branding


@dataclass(frozen=True)
class Branding:
    names: dict[str, str]
    background: str = "#00594F"
    text: str = "#FFFFFF"
    highlight: str = "#F2A900"
    highlight_text: str = "#1A1A1A"
    muted: str = "#B8D8D2"
    logo: Path | None = None
    chime: Path | None = None

    def name(self, lang: str) -> str:
        return self.names.get(lang) or next(iter(self.names.values()), "")


def load_branding(path: Path = BRANDING_FILE) -> Branding:
    """The display's branding; what is missing or unreadable falls back to the defaults (logged), so a broken
    file never keeps the display from showing the calls."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as e:
        log.warning("the call display's branding %s cannot be read (%s); using the defaults", path, e)
        raw = {}
    if not isinstance(raw, dict):
        raw = {}
    names_raw, colours_raw = raw.get("name"), raw.get("colours")
    names: dict[Any, Any] = names_raw if isinstance(names_raw, dict) else {}
    colours: dict[Any, Any] = colours_raw if isinstance(colours_raw, dict) else {}
    defaults = Branding({})

    def colour(key: str) -> str:
        v = colours.get(key)
        return v if isinstance(v, str) and v.startswith("#") and len(v) in (4, 7, 9) else str(getattr(defaults, key))

    def file(key: str) -> Path | None:
        v = raw.get(key)
        if not isinstance(v, str):
            return None
        p = (RESOURCES_DIR / v).resolve()
        return p if p.is_file() else None

    return Branding(
        {str(k): str(v) for k, v in names.items()},
        background=colour("background"), text=colour("text"), highlight=colour("highlight"),
        highlight_text=colour("highlight_text"), muted=colour("muted"), logo=file("logo"), chime=file("chime"),
    )


# ------------------------------------------------------------------------------------------------ chime


class Chime(QObject):
    """The sound of a call: ``QSoundEffect`` with the branding's WAV when Qt Multimedia is there, else the
    WAV through the system's player (paplay, pw-play or aplay), else the system beep. ``count`` and ``played`` make each chime observable."""

    played = Signal(int)

    def __init__(self, wav: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.count = 0
        self._effect: Any = None
        self.backend = "beep"
        if wav is not None:
            try:
                from PySide6.QtCore import QUrl
                from PySide6.QtMultimedia import QSoundEffect  # PySide6-Addons (in the lock)
            except ImportError:
                pass
            else:
                self._effect = QSoundEffect(self)
                self._effect.setSource(QUrl.fromLocalFile(str(wav)))
                self.backend = "sound"
        self._player: list[str] = []
        if wav is not None and self._effect is None:
            # without Qt Multimedia: the system's sound player (PulseAudio/PipeWire or ALSA), started as a
            # QProcess (never waited for on the GUI thread); else the beep
            for tool, args in (("paplay", []), ("pw-play", []), ("aplay", ["-q"])):
                found = shutil.which(tool)
                if found:
                    self._player = [found, *args, str(wav)]
                    self.backend = tool
                    break

    def play(self) -> None:
        self.count += 1
        try:
            if self._effect is not None:
                self._effect.play()
            elif self._player:
                QProcess.startDetached(self._player[0], self._player[1:])
            else:
                QApplication.beep()
        except Exception:  # a sound that cannot play never stops the display
            log.exception("the chime could not play")
        self.played.emit(self.count)


# ------------------------------------------------------------------------------------------------ window


@dataclass(frozen=True)
class Call:
    ticket_id: str
    number: str
    desk: str  # the desk's name in the display language

    @property
    def text(self) -> str:
        return f"{self.number} → {self.desk}"


class CallDisplay(QWidget):
    """The full-screen call display on ``reader``'s events (see the module's docstring)."""

    call_shown = Signal(str)  # the newest call's text, "A023 → Balie 3"
    connection_changed = Signal(bool)

    def __init__(self, ops: Operations, reader: QueueEventReader, *, language: str, fallback_language: str = "",
                 shop_name: str = "", branding: Branding | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ops = ops
        self.reader = reader
        self.language = language
        self.fallback_language = fallback_language
        self.branding = branding or load_branding()
        self.calls: deque[Call] = deque(maxlen=HISTORY + 1)  # newest first
        self.connected: bool | None = None  # None: not yet known
        self.stream: Stream | None = None
        self.chime = Chime(self.branding.chime, self)
        self.setObjectName("CallDisplay")
        self.setAccessibleName(self.tr("Call display"))
        self.setWindowTitle(self.tr("Call display") + (f" — {shop_name}" if shop_name else ""))
        self.setCursor(Qt.CursorShape.BlankCursor)

        self.logo: QWidget = QWidget()
        if self.branding.logo is not None:
            from PySide6.QtSvgWidgets import QSvgWidget

            self.logo = QSvgWidget(str(self.branding.logo))
        self.logo.setAccessibleName(self.tr("City logo"))
        self.city = self._label("CallDisplayCity", self.branding.name(language))
        self.shop = self._label("CallDisplayShop", shop_name)
        self.shop.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        header = QHBoxLayout()
        header.addWidget(self.logo)
        header.addWidget(self.city, 1)
        header.addWidget(self.shop)

        self.band = QFrame()
        self.band.setObjectName("CallDisplayNewest")
        self.number = self._label("CallDisplayNumber", "")
        self.desk = self._label("CallDisplayDesk", "")
        for w in (self.number, self.desk):
            w.setAlignment(Qt.AlignmentFlag.AlignCenter)
        band = QVBoxLayout(self.band)
        band.addWidget(self.number, 2)
        band.addWidget(self.desk, 1)

        self.history = [self._label("CallDisplayEarlier", "") for _ in range(HISTORY)]
        earlier = QVBoxLayout()
        earlier.setSpacing(0)
        for w in self.history:
            w.setAlignment(Qt.AlignmentFlag.AlignCenter)
            earlier.addWidget(w)

        self.status = self._label("CallDisplayStatus", "")
        self.status.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.status.hide()

        lay = QVBoxLayout(self)
        lay.addLayout(header)
        lay.addWidget(self.band, 3)
        lay.addLayout(earlier, 2)
        lay.addWidget(self.status)
        b = self.branding
        self.setStyleSheet(
            f"#CallDisplay {{ background: {b.background}; }}"
            f"#CallDisplay QLabel {{ color: {b.text}; background: transparent; }}"
            f"#CallDisplayNewest {{ background: {b.highlight}; border-radius: 12px; }}"
            f"#CallDisplay #CallDisplayNumber, #CallDisplay #CallDisplayDesk {{ color: {b.highlight_text}; }}"
            f"#CallDisplay #CallDisplayStatus, #CallDisplay #CallDisplayShop {{ color: {b.muted}; }}"
        )
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._render()
        self._fit()

    def _label(self, name: str, text: str) -> QLabel:
        w = label(text, name)
        w.setAccessibleName(text)
        # the letters follow the window, never the other way round: a label's text never makes it larger
        w.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        return w

    # ------------------------------------------------------------------------------------- the stream
    def start(self) -> None:
        """Follow the events (on a stream thread); the window shows each call as it comes."""
        self.stream = self.ops.run_stream(self.reader.items, self._item, on_end=self._ended,
                                          on_failure=self._failed, stop=self.reader.stop, key=f"call-display-{id(self)}")

    def stop(self) -> None:
        if self.stream is not None:
            self.stream.cancel()

    def _item(self, item: object) -> None:
        if isinstance(item, Connected):
            self._set_connected(True)
        elif isinstance(item, Disconnected):
            log.info("call display: %s; again in %.1f s", item.reason, item.retry_in)
            self._set_connected(False, self.tr("Not connected to the case store; trying again."))
        elif isinstance(item, TicketEvent) and item.kind == CALLED:
            self.show_call(item)

    def _ended(self) -> None:
        self._set_connected(False, self.tr("Not connected to the case store."))

    def _failed(self, exc: BaseException) -> None:
        # never a dialog on a TV: a discreet line with the reason (a role that may not follow the queue …)
        why = str(exc) if isinstance(exc, SyncError) else describe(exc)
        self._set_connected(False, self.tr("Not connected to the case store: %1").replace("%1", why))

    def _set_connected(self, connected: bool, text: str = "") -> None:
        self.status.setText(text)
        self.status.setAccessibleName(text)
        self.status.setVisible(not connected)
        if connected != self.connected:
            self.connected = connected
            self.connection_changed.emit(connected)

    # ------------------------------------------------------------------------------------- calls
    def show_call(self, ev: TicketEvent) -> None:
        """A ticket called (or recalled): the newest now, the others move down; a chime."""
        call = Call(ev.ticket_id, ev.number, ev.desk_name(self.language, self.fallback_language))
        for old in [c for c in self.calls if c.ticket_id == call.ticket_id]:
            self.calls.remove(old)  # a recall moves it to the top, never twice on the screen
        self.calls.appendleft(call)
        self._render()
        self._fit()
        self.chime.play()
        self.call_shown.emit(call.text)

    @property
    def newest_text(self) -> str:
        return self.calls[0].text if self.calls else ""

    @property
    def earlier_texts(self) -> list[str]:
        return [w.text() for w in self.history if w.text()]

    def _render(self) -> None:
        newest = self.calls[0] if self.calls else None
        self.number.setText(newest.number if newest else "")
        self.desk.setText(f"→ {newest.desk}" if newest else "")
        self.band.setAccessibleName(newest.text if newest else self.tr("No call yet"))
        for w, c in zip(self.history, [*list(self.calls)[1:], *[None] * HISTORY], strict=False):
            w.setText(c.text if c else "")
            w.setAccessibleName(c.text if c else "")

    # ------------------------------------------------------------------------------------- size
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """Letters follow the window's height: the newest number a fifth of it (an eighth at the least, even
        when the width is short), its desk a tenth (smaller when a long name would not fit the width)."""
        h, w = max(1, self.height()), max(1, self.width() - 48)
        self.fitted_for = self.size()  # the size the letters were last fitted to (tests wait for it)
        number = _fitted(self.number.text() or "A000", round(h * NUMBER_SHARE), w, floor=round(h * MIN_SHARE))
        _set_px(self.number, number, bold=True)
        _set_px(self.desk, _fitted(self.desk.text(), round(h * DESK_SHARE), w, floor=round(h * 0.05)), bold=True)
        earlier = max(8, round(h * HISTORY_SHARE))
        for lbl in self.history:
            _set_px(lbl, _fitted(lbl.text(), earlier, w, floor=round(h * 0.03)))
        _set_px(self.city, max(8, round(h * 0.045)), bold=True)
        _set_px(self.shop, max(8, round(h * 0.035)))
        _set_px(self.status, max(8, round(h * 0.025)))
        side = max(16, round(h * 0.09))
        self.logo.setFixedSize(QSize(side, side))

    # ------------------------------------------------------------------------------------- screen
    def show_on_display_screen(self) -> QScreen:
        """Full screen on the second screen when there is one, else on the primary; returns the screen."""
        primary = QGuiApplication.primaryScreen()
        others = [s for s in QGuiApplication.screens() if s is not primary]
        screen = others[0] if others else primary
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.start() if self.stream is None else None
        return screen

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.stop()
        super().closeEvent(event)


def _set_px(w: QLabel, px: int, bold: bool = False) -> None:
    f = QFont(w.font())
    f.setPixelSize(max(1, px))
    f.setBold(bold)
    w.setFont(f)


def _fitted(text: str, px: int, width: int, floor: int) -> int:
    """``px``, or smaller (down to ``floor``) until ``text`` fits ``width`` pixels."""
    if not text:
        return max(1, px)
    f = QFont()
    f.setBold(True)
    while px > floor:
        f.setPixelSize(px)
        if QFontMetrics(f).horizontalAdvance(text) <= width:
            break
        px = max(floor, int(px * 0.92))
    return max(1, px)


# ------------------------------------------------------------------------------------------------ the page


def sync_transport(ctx: AppContext) -> Transport | None:
    """The desk's transport to the case store (the sync client's), or None when no case store is set."""
    controller = ctx.services.get("sync")
    client = getattr(controller, "client", None)
    transport = getattr(client, "transport", None)
    from sync.transport import Transport

    return transport if isinstance(transport, Transport) else None


@register_page("call_display", title=QT_TRANSLATE_NOOP("MainWindow", "Call &display"),
               menu_title=QT_TRANSLATE_NOOP("MainWindow", "Call &display"), shortcuts=("Ctrl+Shift+D",),
               roles=(roles.COUNTER_CLERK, roles.COORDINATOR), menus=("view",))
class CallDisplayPage(QWidget):
    """Choose the shop and the display language, open the call display on the TV or second screen."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 transport: Callable[[AppContext], Transport | None] | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._transport = transport or (lambda c: sync_transport(c))
        self.open_when_ready = False  # desk-app --display: open the display as soon as the shops are known
        self.shops: list[ShopInfo] = []
        self.display: CallDisplay | None = None
        self.title = label(self.tr("Call display"), "PageTitle")
        self.intro = label(self.tr("The last calls on a TV or a second screen, readable across the waiting room. "
                                   "Esc on the display closes it."), "Muted", wrap=True)
        self.shop_box = QComboBox()
        self.lang_box = QComboBox()
        for code in LANGUAGES:
            self.lang_box.addItem(code.upper(), code)
        shop_label = label(self.tr("&Shop"))
        shop_label.setBuddy(self.shop_box)
        lang_label = label(self.tr("Display &language"))
        lang_label.setBuddy(self.lang_box)
        self.shop_box.setAccessibleName(self.tr("Shop"))
        self.lang_box.setAccessibleName(self.tr("Display language"))
        self.shop_box.currentIndexChanged.connect(self._shop_chosen)
        self.open_btn = button(self.tr("&Open the call display"), primary=True)
        self.open_btn.clicked.connect(self.open_display)
        self.open_btn.setEnabled(False)
        self.state = label("", "Muted", wrap=True)
        form = QFormLayout()
        form.addRow(shop_label, self.shop_box)
        form.addRow(lang_label, self.lang_box)
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addWidget(self.intro)
        lay.addLayout(form)
        lay.addWidget(self.open_btn, 0, Qt.AlignmentFlag.AlignLeft)
        lay.addWidget(self.state)
        lay.addStretch(1)

    def show_page(self) -> None:
        transport = self._transport(self.ctx)
        if transport is None:
            self.state.setText(self.tr("No case store is set for this desk: the call display needs one."))
            self.open_btn.setEnabled(False)
            return
        self.state.setText(self.tr("Looking up the shops…"))
        self.ctx.ops.run_op(lambda: fetch_shops(transport), self._got_shops, self._no_shops, key="call-display-shops")

    def _got_shops(self, shops: list[ShopInfo]) -> None:
        self.shops = shops
        current = self.shop_box.currentData()
        self.shop_box.blockSignals(True)
        self.shop_box.clear()
        for sh in shops:
            self.shop_box.addItem(sh.names.get(self.ctx.lang) or sh.code, sh.code)
        if current is None:  # first time: the shop of this desk's location (setting ``location``)
            place = self.ctx.loket.settings.location.strip().casefold()
            current = next((sh.code for sh in shops
                            if place in (sh.code.casefold(), *(n.casefold() for n in sh.names.values()))), None)
        at = self.shop_box.findData(current)
        self.shop_box.setCurrentIndex(max(0, at))
        self.shop_box.blockSignals(False)
        self._shop_chosen()
        self.open_btn.setEnabled(bool(shops))
        self.state.setText("" if shops else self.tr("The case store has no shops."))
        if self.open_when_ready and shops:
            self.open_when_ready = False
            self.open_display()

    def _no_shops(self, exc: BaseException) -> None:
        self.open_btn.setEnabled(False)
        self.state.setText(self.tr("The shops cannot be looked up: %1").replace("%1", describe(exc)))

    def _shop(self) -> ShopInfo | None:
        code = self.shop_box.currentData()
        return next((s for s in self.shops if s.code == code), None)

    def _shop_chosen(self, _index: int = 0) -> None:
        shop = self._shop()
        if shop is not None:  # the shop's first language unless the clerk chooses another
            self.lang_box.setCurrentIndex(max(0, self.lang_box.findData(shop.first_language)))

    def open_display(self) -> CallDisplay | None:
        transport = self._transport(self.ctx)
        shop = self._shop()
        if transport is None or shop is None:
            return None
        if self.display is not None:
            self.display.close()
        lang = str(self.lang_box.currentData())
        reader = QueueEventReader(transport, shop=shop.code)
        # a window of its own, owned by the page: it goes when the desk's window goes
        self.display = CallDisplay(self.ctx.ops, reader, language=lang, fallback_language=shop.first_language,
                                   shop_name=shop.names.get(lang) or shop.code, parent=self)
        self.display.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.display.destroyed.connect(self._display_gone)
        self.display.show_on_display_screen()
        return self.display

    def _display_gone(self) -> None:
        self.display = None


def open_at_start(window: Any) -> CallDisplayPage | None:
    """``desk-app --display``: the call display page, which opens the display once it knows the shops (None
    when the signed-in role does not see it)."""
    page = window.open_page("call_display")
    if not isinstance(page, CallDisplayPage):
        return None
    page.open_when_ready = True
    return page
