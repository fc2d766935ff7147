"""The desk's map (reports): a QWidget that paints a Web Mercator map with QPainter.

    view = MapView(ctx)                       # tiles from resources/reports/map.json, fetched through ctx.ops
    view.fit((lat0, lat1, lon0, lon1)); view.set_marker(lat, lon)
    view.set_reports([MapPoint(lat, lon, "R-12: zwerfvuil", "open")])
    view.point_picked.connect(...)            # a click (or Enter: the centre) picks a point

Layers, bottom to top: the offline city (street centre lines with their names at higher zoom, the zones'
outlines; always drawn, so the map is usable without a network), base-map tiles (a per-city WMTS/XYZ source,
cached on disk under the platform's cache dir, size-capped), zones filled by their value, the heat layer (a
blurred density of ``(lat, lon, n)``), report markers (open ● orange circle, closed ■ grey square, duplicate ▲
violet triangle: shape and colour both differ) and the picked point (a red pin). The attribution of the tiles
is drawn in the bottom-right corner.

Tiles are fetched in the background through ``ctx.ops`` (at most two at a time, so the pool always has a thread
for the desk's own work) with httpx: a timeout, a size cap per tile and only ``image/png`` or ``image/jpeg``
that decodes as such are accepted; the GUI thread never waits on the network or the disk. ``enabled: false`` in
map.json or ``LOKET_MAP_TILES=off`` in the environment: no network at all (the tests, an offline laptop).
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib
import itertools
import json
import logging
import math
import os
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import shiboken6
from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QImage,
    QKeyEvent,
    QLinearGradient,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPolygonF,
    QRadialGradient,
    QResizeEvent,
    QShowEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QToolTip, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from ui.context import AppContext
    from ui.core.ops import Operations

log = logging.getLogger(__name__)

MAP_FILE = Path(__file__).resolve().parents[2] / "resources" / "reports" / "map.json"
ENV_TILES = "LOKET_MAP_TILES"  # "off" / "0" / "no": never fetch tiles
TILE = 256
MAX_LAT = 85.05112878
ACCEPTED = {"image/png": b"\x89PNG\r\n\x1a\n", "image/jpeg": b"\xff\xd8\xff"}
MAX_IN_FLIGHT = 2
MEMORY_TILES = 256
RETRY_S = 60.0  # a refused tile is asked for again after this; so are all after OFFLINE_AFTER refusals in a row
OFFLINE_AFTER = 4
CITY_MARGIN = 256  # the offline city is drawn this many pixels beyond each edge, so a pan reuses the picture
HEAT_STEP = 4  # the heat layer is drawn at 1/4 of the resolution, then scaled up smoothly (it is a blur anyway)
HEAT_STEPS = 16  # colour steps of the heat (one cached dot per step and radius)

Kind = Literal["open", "closed", "duplicate"]
LatLon = tuple[float, float]
BBox = tuple[float, float, float, float]  # lat0, lat1, lon0, lon1


# --- projection (Web Mercator, normalised: the world is the unit square, y down) -------------------------------

def project(lat: float, lon: float) -> tuple[float, float]:
    """(lat, lon) → normalised Web Mercator (x, y) in [0, 1]² (y grows to the south)."""
    lat = max(-MAX_LAT, min(MAX_LAT, lat))
    x = (lon + 180.0) / 360.0
    s = math.sin(math.radians(lat))
    y = 0.5 - math.log((1 + s) / (1 - s)) / (4 * math.pi)
    return x, y


def unproject(x: float, y: float) -> tuple[float, float]:
    """Normalised Web Mercator (x, y) → (lat, lon)."""
    lon = x * 360.0 - 180.0
    lat = math.degrees(math.atan(math.sinh(math.pi * (1 - 2 * y))))
    return lat, lon


# --- the tile source --------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class TileSource:
    """A base map (resources/reports/map.json)."""

    url: str = ""  # {z} {x} {y} (WMTS GoogleMapsVL: TILEMATRIX={z}&TILEROW={y}&TILECOL={x})
    enabled: bool = False
    name: str = ""
    attribution: str = ""
    min_zoom: int = 8
    max_zoom: int = 20
    timeout_s: float = 8.0
    max_tile_bytes: int = 1 << 20
    cache_mb: float = 200.0
    cache_dir: Path | None = None  # None: <platform cache>/map-tiles/<hash of the url>
    center: LatLon = (51.028, 3.872)
    zoom: float = 14.0
    demo_tiles: bool = False  # in demo mode too (the demo city is synthetic: by default drawn offline)

    @property
    def active(self) -> bool:
        return self.enabled and bool(self.url) and _env_allows_tiles()

    def tile_url(self, z: int, x: int, y: int) -> str:
        return self.url.replace("{z}", str(z)).replace("{x}", str(x)).replace("{y}", str(y))

    def cache_root(self) -> Path:
        if self.cache_dir is not None:
            return self.cache_dir
        from desk_app.paths import resolve_paths

        digest = hashlib.sha256(self.url.encode()).hexdigest()[:16]
        return resolve_paths().cache / "map-tiles" / digest


def _env_allows_tiles() -> bool:
    return os.environ.get(ENV_TILES, "").strip().lower() not in {"off", "0", "no", "false"}


def load_source(path: Path | None = None) -> TileSource:
    """The city's tile source; a missing or broken file gives the offline map (logged), never an error."""
    path = path or MAP_FILE
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(doc, dict):
            raise ValueError("not an object")
        url = str(doc.get("url") or "")
        if url and not url.startswith(("https://", "http://")):
            raise ValueError("the url is not http(s)")
        center = doc.get("center") or (51.028, 3.872)
        return TileSource(
            url=url, enabled=bool(doc.get("enabled", False)), name=str(doc.get("name") or ""),
            attribution=str(doc.get("attribution") or "")[:200],
            min_zoom=max(0, min(22, int(doc.get("min_zoom", 8)))),
            max_zoom=max(0, min(22, int(doc.get("max_zoom", 20)))),
            timeout_s=max(0.5, min(60.0, float(doc.get("timeout_s", 8)))),
            max_tile_bytes=max(1024, min(16 << 20, int(doc.get("max_tile_bytes", 1 << 20)))),
            cache_mb=max(1.0, float(doc.get("cache_mb", 200))),
            center=(float(center[0]), float(center[1])), zoom=float(doc.get("zoom", 14)),
            demo_tiles=bool(doc.get("demo_tiles", False)))
    except (OSError, ValueError, TypeError, IndexError, KeyError) as exc:
        log.warning("map source %s not usable (%s): the map is drawn offline", path, exc)
        return TileSource()


class TileError(Exception):
    """A tile that was not accepted (not an image, too large, an HTTP error)."""


class TileFetcher:
    """Fetches one tile (worker thread): the disk cache first, else HTTP; writes the cache, keeps it under its
    cap. Thread-safe: one httpx client per thread."""

    def __init__(self, source: TileSource) -> None:
        self.source = source
        self.root = source.cache_root()
        self._local = threading.local()
        self._lock = threading.Lock()
        self._written = 0

    def _client(self) -> Any:
        import httpx

        client = getattr(self._local, "client", None)
        if client is None:
            client = httpx.Client(timeout=self.source.timeout_s, follow_redirects=False,
                                  headers={"User-Agent": "Loket-desk/1 (city services desk)"})
            self._local.client = client
        return client

    def path(self, z: int, x: int, y: int) -> Path:
        return self.root / str(z) / str(x) / f"{y}.tile"

    def fetch(self, z: int, x: int, y: int) -> QImage:
        p = self.path(z, x, y)
        with contextlib.suppress(OSError):
            data = p.read_bytes()
            image = decode_tile(data)
            if image is not None:
                return image
        data = self.download(z, x, y)
        image = decode_tile(data)
        if image is None:
            raise TileError("the tile does not decode as an image")
        self.store(p, data)
        return image

    def download(self, z: int, x: int, y: int) -> bytes:
        import httpx

        url = self.source.tile_url(z, x, y)
        cap = self.source.max_tile_bytes
        try:
            with self._client().stream("GET", url) as resp:
                if resp.status_code != 200:
                    raise TileError(f"HTTP {resp.status_code}")
                ctype = resp.headers.get("content-type", "").split(";")[0].strip().lower()
                if ctype not in ACCEPTED:
                    raise TileError(f"not a PNG or JPEG tile ({ctype or 'no content type'})")
                length = resp.headers.get("content-length")
                if length and length.isdigit() and int(length) > cap:
                    raise TileError("tile too large")
                chunks: list[bytes] = []
                size = 0
                for chunk in resp.iter_bytes():
                    size += len(chunk)
                    if size > cap:
                        raise TileError("tile too large")
                    chunks.append(chunk)
        except httpx.HTTPError as exc:
            raise TileError(f"{type(exc).__name__}: {exc}") from exc
        data = b"".join(chunks)
        if not data.startswith(ACCEPTED[ctype]):
            raise TileError(f"the body is not {ctype}")
        return data

    def store(self, p: Path, data: bytes) -> None:
        try:
            p.parent.mkdir(parents=True, exist_ok=True)
            tmp = p.with_name(f".{p.name}.{threading.get_ident()}.tmp")
            tmp.write_bytes(data)
            tmp.replace(p)
        except OSError as exc:
            log.info("map tile cache not written: %s", exc)
            return
        with self._lock:
            self._written += 1
            prune = self._written % 50 == 1
        if prune:
            self.prune()

    def prune(self) -> None:
        """Keep the cache under ``cache_mb``: the oldest tiles go first."""
        cap = int(self.source.cache_mb * 1024 * 1024)
        files: list[tuple[float, int, Path]] = []
        total = 0
        for f in self.root.rglob("*.tile"):
            with contextlib.suppress(OSError):
                st = f.stat()
                files.append((st.st_mtime, st.st_size, f))
                total += st.st_size
        if total <= cap:
            return
        files.sort()
        for _mtime, size, f in files:
            if total <= cap * 0.8:
                break
            with contextlib.suppress(OSError):
                f.unlink()
                total -= size


def decode_tile(data: bytes) -> QImage | None:
    if not any(data.startswith(magic) for magic in ACCEPTED.values()):
        return None
    image = QImage()
    if not image.loadFromData(data) or image.isNull():
        return None
    return image


# --- what the map shows ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class MapPoint:
    lat: float
    lon: float
    label: str = ""
    kind: Kind = "open"


Polygons = Sequence[Sequence[LatLon]]  # rings of (lat, lon)
# code, name, shape, value: the shape as rings of (lat, lon), as polygons given by their rings, or as
# wire.geo Polygons (outer ring and holes); value None: outlined only
Zone = tuple[str, str, "Polygons | Sequence[Any]", float | None]
Street = tuple[str, Sequence[LatLon]]  # name, centre line


@dataclass
class _Layers:
    marker: LatLon | None = None
    reports: list[MapPoint] = field(default_factory=list)
    heat: list[tuple[float, float, float]] = field(default_factory=list)
    zones: list[Zone] = field(default_factory=list)
    streets: list[Street] = field(default_factory=list)
    outlines: list[Sequence[LatLon]] = field(default_factory=list)


MARKER_STYLE: dict[str, tuple[str, str]] = {  # kind → (fill, shape)
    "open": ("#e67e22", "circle"),
    "closed": ("#7f8c8d", "square"),
    "duplicate": ("#8e44ad", "triangle"),
}


class MapView(QWidget):
    """A Web Mercator map (see the module's docstring). ``ctx`` gives the worker pool (``ctx.ops``) and the
    desk (``ctx.loket``, for the street lines); ``ops`` alone is enough for a map without streets."""

    point_picked = Signal(float, float)
    marker_clicked = Signal(object)  # the MapPoint clicked (only with ``markers_clickable``)
    view_changed = Signal()

    def __init__(self, ctx: AppContext | None = None, parent: QWidget | None = None, *,
                 ops: Operations | None = None, source: TileSource | None = None,
                 streets: Iterable[Street] | None = None, load_city: bool = True) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ops = ops if ops is not None else (ctx.ops if ctx is not None else None)
        if source is None:
            source = load_source()
            if ctx is not None and getattr(ctx.loket, "demo", False) and not source.demo_tiles:
                source = replace(source, enabled=False)  # the demo city is synthetic: real tiles would not match
        self.source = source
        self.fetcher = TileFetcher(self.source) if self.source.active else None
        self.layers = _Layers()
        self.cx, self.cy = project(*self.source.center)
        self.zoom = float(self.source.zoom)
        self.min_zoom = float(min(self.source.min_zoom, 10)) if not self.source.active else float(
            self.source.min_zoom)
        self.max_zoom = float(self.source.max_zoom if self.source.active else 20)
        self._tiles: OrderedDict[tuple[int, int, int], QImage] = OrderedDict()
        self._pending: set[tuple[int, int, int]] = set()
        self._queue: list[tuple[int, int, int]] = []
        self._failed: dict[tuple[int, int, int], float] = {}
        self.tile_errors: list[str] = []  # the last refusals (tests, the status line)
        # the layers projected once (normalised Web Mercator), mapped to the screen by one QTransform per paint
        self._proj: dict[str, tuple[object, Any]] = {}  # layer → (the list it was made of, the projection)
        self._stamps: dict[tuple[int, int], QImage] = {}  # (radius px, colour step) → a blurred dot
        self._heat_cache: tuple[tuple[Any, ...], QImage] | None = None
        self._failures = 0  # tiles refused in a row
        self._city_cache: tuple[Any, ...] | None = None  # (key, streets, outlines, cx, cy, picture)
        self.city_bbox: BBox | None = None  # the city's extent (Home shows it whole)
        self.markers_clickable = False  # a click on a report marker gives marker_clicked instead of a point
        self._offline_until = 0.0
        self._press: QPointF | None = None
        self._press_center: tuple[float, float] = (0.0, 0.0)
        self._dragged = False
        self._fit_pending: BBox | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setMinimumSize(QSize(200, 160))
        self.setAccessibleName(self.tr("Map"))
        self.setAccessibleDescription(self.tr(
            "Drag or arrow keys to move, mouse wheel or plus and minus to zoom, Home for the whole city, click or "
            "Enter to pick a point"))
        self._build_buttons()
        if streets is not None:
            self.layers.streets = list(streets)
        if load_city:
            self._load_city(want_streets=streets is None)

    # --- public API (contracts.md) ----------------------------------------------------------------------------

    def set_view(self, lat: float, lon: float, zoom: float | None = None) -> None:
        self._fit_pending = None
        self.cx, self.cy = project(lat, lon)
        if zoom is not None:
            self.zoom = self._clamp_zoom(zoom)
        self._changed()

    def center(self) -> LatLon:
        return unproject(self.cx, self.cy)

    def fit(self, bbox: BBox) -> None:
        """Show the box (lat0, lat1, lon0, lon1) whole, as large as the widget allows."""
        lat0, lat1, lon0, lon1 = bbox
        x0, y1 = project(min(lat0, lat1), min(lon0, lon1))
        x1, y0 = project(max(lat0, lat1), max(lon0, lon1))
        self.cx, self.cy = (x0 + x1) / 2, (y0 + y1) / 2
        w, h = max(self.width(), 1), max(self.height(), 1)
        self._fit_pending = None if self.isVisible() else bbox  # not laid out yet: again once it has its size
        span_x, span_y = max(x1 - x0, 1e-9), max(y1 - y0, 1e-9)
        zx = math.log2(w * 0.9 / (TILE * span_x))
        zy = math.log2(h * 0.9 / (TILE * span_y))
        self.zoom = self._clamp_zoom(min(zx, zy))
        self._changed()

    def set_marker(self, lat: float | None, lon: float | None) -> None:
        self.layers.marker = (lat, lon) if lat is not None and lon is not None else None
        self.update()

    def set_reports(self, points: Iterable[MapPoint]) -> None:
        self.layers.reports = list(points)
        self.update()

    def set_heat(self, cells: Iterable[tuple[float, float, float]]) -> None:
        self.layers.heat = [(float(a), float(b), float(n)) for a, b, n in cells]
        self.update()

    def set_zones(self, zones: Iterable[Zone]) -> None:
        self.layers.zones = list(zones)
        self.update()

    def set_streets(self, streets: Iterable[Street]) -> None:
        self.layers.streets = list(streets)
        self.update()

    def set_outlines(self, rings: Iterable[Sequence[LatLon]]) -> None:
        self.layers.outlines = list(rings)
        self.update()

    def to_png(self, path: str | os.PathLike[str]) -> None:
        """The map as it is now (every layer, the tiles at hand) as a PNG; raises OSError when not written."""
        size = self.size() if self.width() >= 50 and self.height() >= 50 else QSize(800, 600)
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QColor("#ffffff"))
        painter = QPainter(image)
        try:
            self._paint(painter, size.width(), size.height(), request=False)
        finally:
            painter.end()
        if not image.save(str(path), "PNG"):  # type: ignore[call-overload]  # the stubs say bytes, PySide wants str
            raise OSError(f"the map could not be written to {path}")

    # --- coordinates ------------------------------------------------------------------------------------------

    @property
    def world(self) -> float:
        return TILE * 2.0 ** self.zoom

    def to_pixel(self, lat: float, lon: float) -> QPointF:
        x, y = project(lat, lon)
        return self._px(x, y)

    def _px(self, x: float, y: float) -> QPointF:
        return QPointF((x - self.cx) * self.world + self.width() / 2, (y - self.cy) * self.world + self.height() / 2)

    def _transform(self, w: int, h: int) -> QTransform:
        """Normalised Web Mercator → this view's pixels."""
        k = self.world
        return QTransform(k, 0.0, 0.0, k, w / 2 - self.cx * k, h / 2 - self.cy * k)

    def _view_rect(self, w: int, h: int, margin_px: float = 50.0) -> QRectF:
        k = self.world
        return QRectF(self.cx - (w / 2 + margin_px) / k, self.cy - (h / 2 + margin_px) / k, (w + 2 * margin_px) / k,
                      (h + 2 * margin_px) / k)

    def _projected(self, name: str, source: object, build: Callable[[], Any]) -> Any:
        known = self._proj.get(name)
        if known is None or known[0] is not source:
            known = (source, build())
            self._proj[name] = known
        return known[1]

    def to_latlon(self, px: float, py: float) -> LatLon:
        x = self.cx + (px - self.width() / 2) / self.world
        y = self.cy + (py - self.height() / 2) / self.world
        return unproject(x % 1.0, max(0.0, min(1.0, y)))

    def zoom_at(self, new_zoom: float, px: float, py: float) -> None:
        """Zoom keeping the point under (px, py) where it is."""
        self._fit_pending = None
        mx = self.cx + (px - self.width() / 2) / self.world
        my = self.cy + (py - self.height() / 2) / self.world
        self.zoom = self._clamp_zoom(new_zoom)
        self.cx = mx - (px - self.width() / 2) / self.world
        self.cy = my - (py - self.height() / 2) / self.world
        self._changed()

    def zoom_by(self, steps: float) -> None:
        self.zoom_at(self.zoom + steps, self.width() / 2, self.height() / 2)

    def _clamp_zoom(self, z: float) -> float:
        return max(self.min_zoom, min(self.max_zoom, z))

    def _changed(self) -> None:
        self.cy = max(0.0, min(1.0, self.cy))
        self.cx = max(0.0, min(1.0, self.cx))
        self.update()
        self.request_tiles()
        self.view_changed.emit()

    def request_tiles(self) -> None:
        """Ask for the tiles the view lacks (also done by every paint)."""
        if self.fetcher is None or self.width() < 2 or self.height() < 2:
            return
        _level, _size, tiles = self._visible_tiles(self.width(), self.height())
        missing = [k for k in tiles if k not in self._tiles]
        if missing:
            self._request(missing)

    # --- events -----------------------------------------------------------------------------------------------

    def _build_buttons(self) -> None:
        box = QVBoxLayout()
        box.setContentsMargins(6, 6, 6, 6)
        row = QHBoxLayout()
        column = QVBoxLayout()
        column.setSpacing(2)
        self.zoom_in_button = QToolButton(self)
        self.zoom_in_button.setText("+")
        self.zoom_in_button.setToolTip(self.tr("Zoom in (+)"))
        self.zoom_in_button.setAccessibleName(self.tr("Zoom in"))
        self.zoom_in_button.clicked.connect(lambda: self.zoom_by(1))
        self.zoom_out_button = QToolButton(self)
        self.zoom_out_button.setText("−")
        self.zoom_out_button.setToolTip(self.tr("Zoom out (-)"))
        self.zoom_out_button.setAccessibleName(self.tr("Zoom out"))
        self.zoom_out_button.clicked.connect(lambda: self.zoom_by(-1))
        for b in (self.zoom_in_button, self.zoom_out_button):
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the map itself takes + and -
            b.setFixedSize(28, 28)
            column.addWidget(b)
        column.addStretch(1)
        row.addLayout(column)
        row.addStretch(1)
        box.addLayout(row)
        self.setLayout(box)

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120.0
        if steps:
            pos = event.position()
            self.zoom_at(self.zoom + steps * 0.5, pos.x(), pos.y())
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position()
            self._press_center = (self.cx, self.cy)
            self._dragged = False
            self.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            d = event.position() - self._press
            if self._dragged or abs(d.x()) + abs(d.y()) > 4:
                self._dragged = True
                self.cx = self._press_center[0] - d.x() / self.world
                self.cy = self._press_center[1] - d.y() / self.world
                self._changed()
        else:
            near = self._report_at(event.position())
            if near is not None and near.label:
                QToolTip.showText(event.globalPosition().toPoint(), near.label, self)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._press is not None:
            if not self._dragged:
                hit = self._report_at(event.position()) if self.markers_clickable else None
                if hit is not None:
                    self.marker_clicked.emit(hit)
                else:
                    lat, lon = self.to_latlon(event.position().x(), event.position().y())
                    self.point_picked.emit(lat, lon)
            self._press = None
            self._dragged = False
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        step = 64 / self.world
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(1)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom_by(-1)
        elif key == Qt.Key.Key_Left:
            self.cx -= step
            self._changed()
        elif key == Qt.Key.Key_Right:
            self.cx += step
            self._changed()
        elif key == Qt.Key.Key_Up:
            self.cy -= step
            self._changed()
        elif key == Qt.Key.Key_Down:
            self.cy += step
            self._changed()
        elif key == Qt.Key.Key_Home and self.city_bbox is not None:  # back to the whole city
            self.fit(self.city_bbox)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            lat, lon = self.center()
            self.point_picked.emit(lat, lon)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_pending_fit()
        self.request_tiles()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._apply_pending_fit()

    def _apply_pending_fit(self) -> None:
        if self._fit_pending is not None and self.width() >= 50 and self.height() >= 50:
            bbox = self._fit_pending
            self.fit(bbox)
            if self.isVisible():
                self._fit_pending = None

    def _report_at(self, pos: QPointF) -> MapPoint | None:
        best: tuple[float, MapPoint] | None = None
        for r in self.layers.reports:
            p = self.to_pixel(r.lat, r.lon)
            d = math.hypot(p.x() - pos.x(), p.y() - pos.y())
            if d <= 9 and (best is None or d < best[0]):
                best = (d, r)
        return best[1] if best else None

    # --- painting ---------------------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self._paint(painter, self.width(), self.height(), request=True)
            if self.hasFocus():
                c = QPointF(self.width() / 2, self.height() / 2)
                painter.setPen(QPen(QColor("#1f4e79"), 1.5))
                painter.drawLine(c + QPointF(-8, 0), c + QPointF(8, 0))
                painter.drawLine(c + QPointF(0, -8), c + QPointF(0, 8))
        finally:
            painter.end()

    def _paint(self, p: QPainter, w: int, h: int, *, request: bool) -> None:
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.fillRect(0, 0, w, h, QColor("#f2efe9"))
        self._paint_city(p, w, h)
        if self.fetcher is not None:
            self._paint_tiles(p, w, h, request)
        self._paint_zones(p, w, h)
        self._paint_heat(p, w, h)
        self._paint_reports(p)
        self._paint_marker(p)
        self._paint_legend(p, w, h)
        self._paint_attribution(p, w, h)

    def _paint_city(self, p: QPainter, w: int, h: int) -> None:
        """The offline city, from a picture kept while the view moves less than CITY_MARGIN pixels at one zoom
        (a pan, a tile arriving, a hover repaint only draw it again; it is made anew at another zoom or size)."""
        if not self.layers.streets and not self.layers.outlines:
            return
        m = CITY_MARGIN
        k = self.world
        dpr = max(1.0, float(p.device().devicePixelRatioF()) if p.device() is not None else 1.0)
        key = (self.zoom, w, h, dpr, self.font().key())
        cache = self._city_cache
        if (cache is None or cache[0] != key or cache[1] is not self.layers.streets
                or cache[2] is not self.layers.outlines or abs((self.cx - cache[3]) * k) > m
                or abs((self.cy - cache[4]) * k) > m):
            image = QImage(round((w + 2 * m) * dpr), round((h + 2 * m) * dpr),
                           QImage.Format.Format_ARGB32_Premultiplied)
            image.setDevicePixelRatio(dpr)
            image.fill(Qt.GlobalColor.transparent)
            ip = QPainter(image)
            ip.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            ip.setFont(p.font())
            self._render_city(ip, w + 2 * m, h + 2 * m, QRectF(m + 20, m + 20, w - 40, h - 40))
            ip.end()
            cache = (key, self.layers.streets, self.layers.outlines, self.cx, self.cy, image)
            self._city_cache = cache
        cx0, cy0, image = cache[3], cache[4], cache[5]
        p.drawImage(QPointF((cx0 - self.cx) * k - m, (cy0 - self.cy) * k - m), image)

    def _render_city(self, p: QPainter, w: int, h: int, seen: QRectF) -> None:
        """The city on ``p`` (w×h around the view's centre); street names where ``seen`` shows them first."""
        t = self._transform(w, h)
        view = self._view_rect(w, h)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(QPen(QColor("#9aa5b1"), 1.2, Qt.PenStyle.DashLine))
        outlines = self._projected("outlines", self.layers.outlines,
                                   lambda: [_norm_poly(r) for r in self.layers.outlines])
        for poly, box in outlines:
            if box.intersects(view):
                p.drawPolygon(t.map(poly))
        if not self.layers.streets:
            return
        width = max(1.0, min(9.0, 2.0 ** (self.zoom - 15.5) * 3.0))  # about a street's width from zoom 16
        casing = QPen(QColor("#c8c2b8"), width + 1.5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                      Qt.PenJoinStyle.RoundJoin)
        road = QPen(QColor("#ffffff"), width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                    Qt.PenJoinStyle.RoundJoin)
        streets = self._projected("streets", self.layers.streets,
                                  lambda: [(name, *_norm_poly(line)) for name, line in self.layers.streets])
        if self.zoom < 15:  # far away: every street in one path, one thin stroke, no antialiasing (fast)
            whole = self._projected("streets_path", self.layers.streets, lambda: _lines_path(streets))
            p.save()
            p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            p.setTransform(t, True)
            pen = QPen(QColor("#bdb6aa"), 1.0)
            pen.setCosmetic(True)  # its width in pixels, whatever the transform
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPath(whole)
            p.restore()
            return
        visible: list[tuple[str, QPolygonF]] = [(name, t.map(poly)) for name, poly, box in streets
                                                if box.intersects(view)]
        p.save()
        if self.zoom < 16.5:  # many streets in view: no antialiasing on the lines (five times faster)
            p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            casing.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
            road.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        for pen in (casing, road):
            p.setPen(pen)
            for _name, poly in visible:
                p.drawPolyline(poly)
        p.restore()
        if self.zoom < 15.5:
            return
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        p.setFont(font)
        fm = QFontMetrics(font)
        p.setPen(QColor("#4a4a4a"))
        for name, poly in visible:
            if poly.count() < 2 or not name:
                continue
            seg = _longest_segment(poly, seen) or _longest_segment(poly, QRectF(20, 20, w - 40, h - 40))
            if seg is None:
                continue
            a, b = seg
            length = math.hypot(b.x() - a.x(), b.y() - a.y())
            if length < fm.horizontalAdvance(name) + 8:
                continue
            angle = math.degrees(math.atan2(b.y() - a.y(), b.x() - a.x()))
            if angle > 90 or angle < -90:
                angle += 180
            mid = (a + b) / 2
            p.save()
            p.translate(mid)
            p.rotate(angle)
            p.drawText(QPointF(-fm.horizontalAdvance(name) / 2, -width / 2 - 2), name)
            p.restore()

    def _visible_tiles(self, w: int, h: int) -> tuple[int, float, list[tuple[int, int, int]]]:
        level = int(max(self.source.min_zoom, min(self.source.max_zoom, round(self.zoom))))
        n = 2 ** level
        scale = 2.0 ** (self.zoom - level)  # screen pixels per tile pixel
        size = TILE * scale
        x0 = self.cx * n - (w / 2) / size
        y0 = self.cy * n - (h / 2) / size
        tiles: list[tuple[int, int, int]] = []
        for ty in range(max(0, math.floor(y0)), min(n, math.floor(y0 + h / size) + 1)):
            for tx in range(max(0, math.floor(x0)), min(n, math.floor(x0 + w / size) + 1)):
                tiles.append((level, tx, ty))
        return level, size, tiles

    def _paint_tiles(self, p: QPainter, w: int, h: int, request: bool) -> None:
        level, size, tiles = self._visible_tiles(w, h)
        n = 2 ** level
        wanted: list[tuple[int, int, int]] = []
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        for key in tiles:
            _z, tx, ty = key
            image = self._tiles.get(key)
            target = QRectF((tx / n - self.cx) * self.world + w / 2, (ty / n - self.cy) * self.world + h / 2,
                            size, size)
            if image is not None:
                self._tiles.move_to_end(key)
                p.drawImage(target, image)
            else:
                wanted.append(key)
        if request and wanted:
            self._request(wanted)

    def _request(self, keys: list[tuple[int, int, int]]) -> None:
        if self.ops is None or self.fetcher is None:
            return
        now = time.monotonic()
        if now < self._offline_until:  # the tile server did not answer several times: the offline map a while
            return
        self._queue = [k for k in keys if k not in self._pending and self._failed.get(k, 0.0) <= now]
        self._pump()

    def _pump(self) -> None:
        assert self.fetcher is not None and self.ops is not None
        fetcher = self.fetcher
        while self._queue and len(self._pending) < MAX_IN_FLIGHT:
            key = self._queue.pop(0)
            self._pending.add(key)
            self.ops.run_op(_fetch_job(fetcher, key), partial(self._tile_done, key), partial(self._tile_failed, key))

    def _tile_done(self, key: tuple[int, int, int], image: object) -> None:
        if not shiboken6.isValid(self):  # the map was closed while the tile came
            return
        self._pending.discard(key)
        self._failures = 0
        if isinstance(image, QImage):
            self._tiles[key] = image
            while len(self._tiles) > MEMORY_TILES:
                self._tiles.popitem(last=False)
            self.update()
        self._pump()

    def _tile_failed(self, key: tuple[int, int, int], exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._pending.discard(key)
        self._failed[key] = time.monotonic() + RETRY_S
        self._failures += 1
        if self._failures >= OFFLINE_AFTER:
            self._offline_until = time.monotonic() + RETRY_S
            self._queue.clear()
        self.tile_errors = ([*self.tile_errors, f"{key}: {exc}"])[-20:]
        log.info("map tile %s not shown: %s", key, exc)
        self._pump()

    def has_tile(self, z: int, x: int, y: int) -> bool:
        return (z, x, y) in self._tiles

    @property
    def tiles_pending(self) -> int:
        return len(self._pending) + len(self._queue)

    def _paint_zones(self, p: QPainter, w: int, h: int) -> None:
        zones = self.layers.zones
        if not zones:
            return
        values = [v for *_rest, v in zones if v is not None]
        top = max(values) if values else 0.0
        p.setFont(QFont(self.font()))
        t = self._transform(w, h)
        view = self._view_rect(w, h)
        projected = self._projected("zones", zones, lambda: [(code, name, _norm_path(polygons), value)
                                                             for code, name, polygons, value in zones])
        for code, name, norm_path, value in projected:
            if not norm_path.boundingRect().intersects(view):
                continue
            if value is not None and top > 0:
                colour = _ramp(value / top)
                colour.setAlpha(110 if value > 0 else 35)
                p.setBrush(QBrush(colour))
            else:
                p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(QPen(QColor("#34495e"), 1))
            path = t.map(norm_path)
            p.drawPath(path)
            if self.zoom >= 13:
                box = path.boundingRect()
                text = name or code
                if value is not None:
                    text = f"{text}\n{value:g}"
                if box.width() > 40 and box.height() > 24:
                    p.setPen(QColor("#1b2631"))
                    p.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    def _paint_heat(self, p: QPainter, w: int, h: int) -> None:
        cells = self.layers.heat
        if not cells:
            return
        key = (self.zoom, self.cx, self.cy, w, h, id(cells))
        if self._heat_cache is None or self._heat_cache[0] != key or self._proj.get("heat", (None,))[0] is not cells:
            self._heat_cache = (key, self._heat_layer(cells, w, h))
        image = self._heat_cache[1]
        if image.isNull():
            return
        p.save()
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        p.drawImage(QRectF(0, 0, image.width() * HEAT_STEP, image.height() * HEAT_STEP), image)
        p.restore()

    def _heat_layer(self, cells: list[tuple[float, float, float]], w: int, h: int) -> QImage:
        """A blurred density at a quarter of the resolution: a soft dot per cell, coloured and opaque by its
        weight (the hottest drawn last), scaled up smoothly when painted."""
        projected = self._projected("heat", cells, lambda: sorted(
            ((*project(lat, lon), n) for lat, lon, n in cells), key=lambda c: c[2]))
        top = max((c[2] for c in projected), default=0.0)
        if top <= 0:
            return QImage()
        lw, lh = w // HEAT_STEP + 1, h // HEAT_STEP + 1
        layer = QImage(lw, lh, QImage.Format.Format_ARGB32_Premultiplied)
        layer.fill(Qt.GlobalColor.transparent)
        lat0 = cells[0][0]
        radius = max(10.0, min(80.0, 250 / _metres_per_pixel(self.zoom, lat0) * 1.2)) / HEAT_STEP
        r = max(2, round(radius))
        k = self.world / HEAT_STEP
        ox, oy = lw / 2 - self.cx * k, lh / 2 - self.cy * k
        lp = QPainter(layer)
        for x, y, n in projected:
            px, py = x * k + ox, y * k + oy
            if -r <= px <= lw + r and -r <= py <= lh + r:
                step = min(HEAT_STEPS - 1, int(max(0.0, n / top) * HEAT_STEPS))
                lp.drawImage(QPointF(px - r, py - r), self._stamp(r, step))
        lp.end()
        return layer

    def _stamp(self, r: int, step: int) -> QImage:
        stamp = self._stamps.get((r, step))
        if stamp is None:
            weight = (step + 0.5) / HEAT_STEPS
            stamp = QImage(2 * r, 2 * r, QImage.Format.Format_ARGB32_Premultiplied)
            stamp.fill(Qt.GlobalColor.transparent)
            colour = _ramp(weight)
            grad = QRadialGradient(QPointF(r, r), r)
            inner = QColor(colour)
            inner.setAlphaF(0.25 + 0.45 * weight)
            outer = QColor(colour)
            outer.setAlphaF(0.0)
            grad.setColorAt(0.0, inner)
            grad.setColorAt(1.0, outer)
            sp = QPainter(stamp)
            sp.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            sp.setPen(Qt.PenStyle.NoPen)
            sp.setBrush(QBrush(grad))
            sp.drawEllipse(QPointF(r, r), r, r)
            sp.end()
            self._stamps[(r, step)] = stamp
        return stamp

    def _paint_reports(self, p: QPainter) -> None:
        r = 6.0
        order = {"closed": 0, "open": 1, "duplicate": 2}
        for pt in sorted(self.layers.reports, key=lambda q: order.get(q.kind, 1)):
            c = self.to_pixel(pt.lat, pt.lon)
            fill, shape = MARKER_STYLE.get(pt.kind, MARKER_STYLE["open"])
            p.setPen(QPen(QColor("#ffffff"), 1.5))
            p.setBrush(QColor(fill))
            if shape == "circle":
                p.drawEllipse(c, r, r)
            elif shape == "square":
                p.drawRect(QRectF(c.x() - r * 0.85, c.y() - r * 0.85, r * 1.7, r * 1.7))
            else:
                p.drawPolygon(QPolygonF([c + QPointF(0, -r * 1.25), c + QPointF(r * 1.1, r * 0.8),
                                         c + QPointF(-r * 1.1, r * 0.8)]))

    def _paint_marker(self, p: QPainter) -> None:
        if self.layers.marker is None:
            return
        c = self.to_pixel(*self.layers.marker)
        path = QPainterPath()
        path.moveTo(c)
        path.cubicTo(c + QPointF(-4, -8), c + QPointF(-10, -14), c + QPointF(-10, -22))
        path.arcTo(QRectF(c.x() - 10, c.y() - 32, 20, 20), 180, -180)
        path.cubicTo(c + QPointF(10, -14), c + QPointF(4, -8), c)
        p.setPen(QPen(QColor("#7b1010"), 1.5))
        p.setBrush(QColor("#d62828"))
        p.drawPath(path)
        p.setBrush(QColor("#ffffff"))
        p.drawEllipse(c + QPointF(0, -22), 3.5, 3.5)

    def _paint_legend(self, p: QPainter, w: int, h: int) -> None:
        """The colour scale of the zones' values or the heat: from its lowest to its highest value."""
        values = [v for *_r, v in self.layers.zones if v is not None]
        if values and max(values) > 0:
            low, high = min(values), max(values)
        elif self.layers.heat:
            low, high = 0.0, max(n for *_ll, n in self.layers.heat)
        else:
            return
        if high <= 0:
            return
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.8))
        p.setFont(font)
        fm = QFontMetrics(font)
        bar = QRectF(10, h - fm.height() - 26, 120, 10)
        box = QRectF(4, bar.top() - 4, bar.width() + 12, bar.height() + fm.height() + 10)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(255, 255, 255, 210))
        p.drawRect(box)
        grad = QLinearGradient(bar.topLeft(), bar.topRight())
        for t in (0.0, 0.5, 1.0):
            grad.setColorAt(t, _ramp(t))
        p.setBrush(QBrush(grad))
        p.setPen(QPen(QColor("#555555"), 0.5))
        p.drawRect(bar)
        p.setPen(QColor("#333333"))
        p.drawText(QPointF(bar.left(), bar.bottom() + fm.ascent() + 2), f"{low:g}")
        text = f"{high:g}"
        p.drawText(QPointF(bar.right() - fm.horizontalAdvance(text), bar.bottom() + fm.ascent() + 2), text)

    def _paint_attribution(self, p: QPainter, w: int, h: int) -> None:
        text = self.source.attribution if self.fetcher is not None else self.tr("Offline map: the city's streets")
        if not text:
            return
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.8))
        p.setFont(font)
        fm = QFontMetrics(font)
        tw = fm.horizontalAdvance(text) + 8
        box = QRectF(w - tw - 2, h - fm.height() - 4, tw, fm.height() + 2)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(255, 255, 255, 200))
        p.drawRect(box)
        p.setPen(QColor("#333333"))
        p.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    # --- the offline city -------------------------------------------------------------------------------------

    def _load_city(self, *, want_streets: bool) -> None:
        """The zones' outlines and (with a desk) the street lines, read in the background."""
        if self.ops is None:
            self._city_loaded(_city(None, False))
            return
        loket = self.ctx.loket if self.ctx is not None else None
        self.ops.run_op(lambda: _city(loket, want_streets), self._city_loaded,
                        lambda exc: log.info("the offline map's city data not loaded: %s", exc))

    def _city_loaded(self, city: object) -> None:
        if not isinstance(city, tuple) or not shiboken6.isValid(self):
            return
        outlines, streets, bbox = city
        self.city_bbox = bbox
        self.layers.outlines = outlines
        if streets:
            self.layers.streets = streets
        if bbox is not None and not self._view_set_by_caller():
            self.fit(bbox)
        self.update()

    def _view_set_by_caller(self) -> bool:
        return (self.cx, self.cy) != project(*self.source.center) or self.zoom != float(self.source.zoom)


def _city(loket: Any, want_streets: bool) -> tuple[list[Sequence[LatLon]], list[Street], BBox | None]:
    from wire import geo

    zones = geo.default()
    outlines: list[Sequence[LatLon]] = [p.outer for p in zones.boundary]
    outlines += [p.outer for s in zones.sectors for p in s.polygons]
    streets: list[Street] = []
    if want_streets and loket is not None:
        try:  # desk_app.services.reports (the intake service) gives the street centre lines
            reports = importlib.import_module("desk_app.services.reports")
            streets = list(reports.ReportIntakes(loket).street_lines())
        except (ImportError, AttributeError, OSError, ValueError) as exc:
            log.info("no street lines for the offline map: %s", exc)
    return outlines, streets, zones.bbox


def _norm_poly(ring: Iterable[Sequence[float]]) -> tuple[QPolygonF, QRectF]:
    """A line or ring of (lat, lon) in normalised Web Mercator, with its bounding box."""
    poly = QPolygonF([QPointF(*project(float(pt[0]), float(pt[1]))) for pt in ring])
    return poly, poly.boundingRect()


def _lines_path(streets: Sequence[tuple[str, QPolygonF, QRectF]]) -> QPainterPath:
    """Every street line in one path (normalised coordinates)."""
    path = QPainterPath()
    for _name, poly, _box in streets:
        if poly.count() >= 2:
            path.moveTo(poly.at(0))
            for i in range(1, poly.count()):
                path.lineTo(poly.at(i))
    return path


def _rings(polygons: Any) -> list[Sequence[Sequence[float]]]:
    """The rings of a zone's shape: rings of (lat, lon), polygons as lists of rings, or ``wire.geo.Polygon``s."""
    rings: list[Sequence[Sequence[float]]] = []
    for item in polygons or ():
        outer = getattr(item, "outer", None)
        if outer is not None:
            rings.append(outer)
            rings.extend(getattr(item, "holes", ()))
        elif item and isinstance(item[0], (list, tuple)) and item[0] and isinstance(item[0][0], (list, tuple)):
            rings.extend(item)  # a polygon given as its rings
        else:
            rings.append(item)
    return rings


def _norm_path(polygons: Any) -> QPainterPath:
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    for ring in _rings(polygons):
        if len(ring) >= 2:
            path.addPolygon(_norm_poly(ring)[0])
            path.closeSubpath()
    return path


def _fetch_job(fetcher: TileFetcher, key: tuple[int, int, int]) -> Callable[[], QImage]:
    return lambda: fetcher.fetch(*key)


def _longest_segment(poly: QPolygonF, view: QRectF) -> tuple[QPointF, QPointF] | None:
    """The longest segment of a line whose middle is in view (where its name goes), clipped to the view."""
    best: tuple[QPointF, QPointF] | None = None
    best_len = -1.0
    for i in range(poly.count() - 1):
        ca, cb = _clip(poly.at(i), poly.at(i + 1), view)
        if ca is None or cb is None:
            continue
        a, b = ca, cb
        d = math.hypot(b.x() - a.x(), b.y() - a.y())
        if d > best_len:
            best, best_len = (a, b), d
    return best


def _clip(a: QPointF, b: QPointF, r: QRectF) -> tuple[QPointF | None, QPointF | None]:
    """The part of segment a–b inside the rectangle (Liang–Barsky), or (None, None)."""
    dx, dy = b.x() - a.x(), b.y() - a.y()
    t0, t1 = 0.0, 1.0
    for p, q in ((-dx, a.x() - r.left()), (dx, r.right() - a.x()), (-dy, a.y() - r.top()), (dy, r.bottom() - a.y())):
        if p == 0:
            if q < 0:
                return None, None
            continue
        t = q / p
        if p < 0:
            t0 = max(t0, t)
        else:
            t1 = min(t1, t)
        if t0 > t1:
            return None, None
    return QPointF(a.x() + t0 * dx, a.y() + t0 * dy), QPointF(a.x() + t1 * dx, a.y() + t1 * dy)


def _metres_per_pixel(zoom: float, lat: float) -> float:
    return 156543.03392 * math.cos(math.radians(lat)) / 2.0 ** zoom


def _ramp(t: float) -> QColor:
    """Yellow → orange → dark red (readable on the base map; a legend names the values)."""
    t = max(0.0, min(1.0, t))
    stops = [(0.0, (255, 237, 111)), (0.5, (244, 109, 67)), (1.0, (165, 0, 38))]
    for (t0, c0), (t1, c1) in itertools.pairwise(stops):
        if t <= t1:
            f = (t - t0) / (t1 - t0)
            return QColor(*(round(a + (b - a) * f) for a, b in zip(c0, c1, strict=True)))
    return QColor(*stops[-1][1])


__all__ = ["MapPoint", "MapView", "TileError", "TileFetcher", "TileSource", "load_source", "project", "unproject"]
