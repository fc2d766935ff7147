"""The desk's map (ui/reports/map_view.py): projection, picking, zooming under the cursor, layers painted into a
PNG, tiles from a loopback tile server (drawn, cached on disk, a non-image refused). Never the internet."""

from __future__ import annotations

import http.server
import math
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QApplication

from ui.core.ops import Operations
from ui.reports.map_view import (
    MapPoint,
    MapView,
    TileError,
    TileFetcher,
    TileSource,
    load_source,
    project,
    unproject,
)

CITY = (51.028, 3.872)
STREETS = [("Kerkstraat", [(51.027, 3.866), (51.029, 3.878)]), ("Molenweg", [(51.024, 3.872), (51.032, 3.872)])]


def _png(colour: str) -> bytes:
    image = QImage(256, 256, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")  # type: ignore[call-overload]
    buf.close()
    return bytes(data.data())


class _TileServer(http.server.ThreadingHTTPServer):
    hits: list[str]
    png: bytes


class _Handler(http.server.BaseHTTPRequestHandler):
    server: _TileServer

    def do_GET(self) -> None:
        self.server.hits.append(self.path)
        if self.path.startswith("/good/"):
            body, ctype = self.server.png, "image/png"
        elif self.path.startswith("/html/"):
            body, ctype = b"<html>blocked by a proxy</html>", "text/html"
        elif self.path.startswith("/liar/"):
            body, ctype = b"<html>not a png at all</html>", "image/png"
        elif self.path.startswith("/slow/"):
            time.sleep(0.3)
            body, ctype = self.server.png, "image/png"
        elif self.path.startswith("/huge/"):
            body, ctype = b"\x89PNG\r\n\x1a\n" + b"\0" * 300_000, "image/png"
        else:
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *_args: Any) -> None:
        pass


@pytest.fixture
def tile_server() -> Iterator[_TileServer]:
    server = _TileServer(("127.0.0.1", 0), _Handler)
    server.hits = []
    server.png = _png("#3c78d8")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def ops(qtbot: Any) -> Iterator[Operations]:
    pool = Operations()
    yield pool
    pool.wait_idle(10_000)
    pool.close()


def _view(qtbot: Any, ops: Operations, source: TileSource | None = None, **kw: Any) -> MapView:
    view = MapView(ops=ops, source=source or TileSource(center=CITY, zoom=15), load_city=False, **kw)
    view.resize(600, 400)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.set_view(*CITY, 15)
    return view


def test_projection_round_trip() -> None:
    for lat, lon in [(0.0, 0.0), (51.028, 3.872), (-33.9, 151.2), (84.9, -179.9), (50.5, 5.9)]:
        x, y = project(lat, lon)
        assert 0 <= x <= 1 and 0 <= y <= 1
        back = unproject(x, y)
        assert back[0] == pytest.approx(lat, abs=1e-9) and back[1] == pytest.approx(lon, abs=1e-9)
    # Web Mercator: the equator is the middle, north is up (smaller y)
    assert project(0, 0) == pytest.approx((0.5, 0.5))
    assert project(51, 4)[1] < 0.5


def test_pixel_round_trip_and_a_click_picks_that_point(qtbot: Any, ops: Operations) -> None:
    view = _view(qtbot, ops)
    p = view.to_pixel(51.0291, 3.8745)
    lat, lon = view.to_latlon(p.x(), p.y())
    assert (lat, lon) == (pytest.approx(51.0291, abs=1e-9), pytest.approx(3.8745, abs=1e-9))
    # the centre of the widget is the centre of the view
    c = view.to_latlon(view.width() / 2, view.height() / 2)
    assert c == (pytest.approx(CITY[0], abs=1e-9), pytest.approx(CITY[1], abs=1e-9))

    picked: list[tuple[float, float]] = []
    view.point_picked.connect(lambda a, b: picked.append((a, b)))
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(450, 100))
    assert len(picked) == 1
    want = view.to_latlon(450, 100)
    assert picked[0] == (pytest.approx(want[0], abs=1e-9), pytest.approx(want[1], abs=1e-9))
    assert picked[0][0] > CITY[0] and picked[0][1] > CITY[1]  # above and right of the centre: north-east
    # one pixel at zoom 15 is ~3 m here: the pick is that precise
    back = view.to_pixel(*picked[0])
    assert abs(back.x() - 450) < 0.01 and abs(back.y() - 100) < 0.01


def test_markers_are_clickable_when_asked(qtbot: Any, ops: Operations) -> None:
    view = _view(qtbot, ops)
    point = MapPoint(51.0285, 3.873, "R-1", "duplicate")
    view.set_reports([point])
    picked: list[tuple[float, float]] = []
    clicked: list[object] = []
    view.point_picked.connect(lambda a, b: picked.append((a, b)))
    view.marker_clicked.connect(clicked.append)
    at = view.to_pixel(point.lat, point.lon).toPoint()
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=at)
    assert len(picked) == 1 and clicked == []  # by default a click is a place, marker or not (drawing an area)
    view.markers_clickable = True
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=at + QPoint(3, -2))
    assert clicked == [point] and len(picked) == 1
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=at + QPoint(40, 40))
    assert len(picked) == 2


def test_a_drag_pans_and_picks_nothing(qtbot: Any, ops: Operations) -> None:
    view = _view(qtbot, ops)
    picked: list[tuple[float, float]] = []
    view.point_picked.connect(lambda a, b: picked.append((a, b)))
    under = view.to_latlon(300, 200)
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=QPoint(300, 200))
    for x in (310, 330, 360):  # moves with the button held (qtbot.mouseMove sends no buttons)
        ev = QMouseEvent(QMouseEvent.Type.MouseMove, QPointF(x, 220), view.mapToGlobal(QPointF(x, 220)),
                         Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(view, ev)
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=QPoint(360, 220))
    assert picked == []
    # the point that was under the press is under the release now
    moved = view.to_pixel(*under)
    assert abs(moved.x() - 360) < 0.5 and abs(moved.y() - 220) < 0.5


def test_zoom_keeps_the_point_under_the_cursor(qtbot: Any, ops: Operations) -> None:
    view = _view(qtbot, ops)
    pos = QPointF(120, 300)
    under = view.to_latlon(pos.x(), pos.y())
    zoom = view.zoom
    wheel = QWheelEvent(pos, view.mapToGlobal(pos), QPoint(0, 0), QPoint(0, 240), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view, wheel)
    assert view.zoom == pytest.approx(zoom + 1)
    after = view.to_pixel(*under)
    assert abs(after.x() - pos.x()) < 0.01 and abs(after.y() - pos.y()) < 0.01
    # keys and buttons zoom around the centre; the range is clamped
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert view.zoom == pytest.approx(zoom)
    view.zoom_in_button.click()
    assert view.zoom == pytest.approx(zoom + 1)
    for _ in range(40):
        view.zoom_in_button.click()
    assert view.zoom == view.max_zoom


def test_enter_picks_the_centre(qtbot: Any, ops: Operations) -> None:
    view = _view(qtbot, ops)
    picked: list[tuple[float, float]] = []
    view.point_picked.connect(lambda a, b: picked.append((a, b)))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert len(picked) == 1
    assert picked[0][1] > CITY[1] and picked[0][0] == pytest.approx(CITY[0], abs=1e-6)


def test_layers_paint_into_a_png_and_markers_change_it(qtbot: Any, ops: Operations, tmp_path: Path) -> None:
    view = _view(qtbot, ops, streets=STREETS)
    view.set_zones([("MH00", "Centrum", [[(51.02, 3.86), (51.02, 3.88), (51.035, 3.88), (51.035, 3.86)]], 12.0),
                    ("MH01", "Noord", [[(51.035, 3.86), (51.035, 3.88), (51.05, 3.88)]], None)])
    view.set_heat([(51.028, 3.872, 40), (51.029, 3.870, 5), (51.026, 3.875, 1)])
    plain = tmp_path / "plain.png"
    view.to_png(plain)
    assert plain.stat().st_size > 1000
    view.set_marker(*CITY)
    view.set_reports([MapPoint(51.0285, 3.873, "R-1 zwerfvuil", "open"),
                      MapPoint(51.0275, 3.871, "R-2", "closed"), MapPoint(51.0283, 3.8705, "R-3", "duplicate")])
    marked = tmp_path / "marked.png"
    view.to_png(marked)
    a, b = QImage(str(plain)), QImage(str(marked))
    assert a.size() == b.size() == view.size()
    centre = view.to_pixel(*CITY)
    above = (int(centre.x()), int(centre.y()) - 22)  # the pin's head
    assert a.pixelColor(*above) != b.pixelColor(*above)
    assert b.pixelColor(*above).name() in {"#d62828", "#ffffff"}
    dup = view.to_pixel(51.0283, 3.8705)
    assert b.pixelColor(int(dup.x()), int(dup.y())).name() == "#8e44ad"
    closed = view.to_pixel(51.0275, 3.871)
    assert b.pixelColor(int(closed.x()), int(closed.y())).name() == "#7f8c8d"
    # the heat's hottest cell colours the map there; the zone with a value is filled, the one without is not
    view.set_reports([])
    view.set_marker(None, None)
    view.set_heat([])
    view.to_png(tmp_path / "noheat.png")
    c = QImage(str(tmp_path / "noheat.png"))
    hot = view.to_pixel(51.028, 3.872)
    assert a.pixelColor(int(hot.x()) + 3, int(hot.y()) + 3) != c.pixelColor(int(hot.x()) + 3, int(hot.y()) + 3)
    with pytest.raises(OSError):
        view.to_png(tmp_path / "no-such-dir" / "x.png")


def test_the_offline_map_draws_the_streets_and_their_names_up_close(qtbot: Any, ops: Operations,
                                                                     tmp_path: Path) -> None:
    bare = _view(qtbot, ops)
    bare.to_png(tmp_path / "bare.png")
    view = _view(qtbot, ops, streets=STREETS)
    view.to_png(tmp_path / "streets.png")
    on_street = view.to_pixel(51.028, 3.872)  # on the Molenweg
    a, b = QImage(str(tmp_path / "bare.png")), QImage(str(tmp_path / "streets.png"))
    assert a.pixelColor(int(on_street.x()), int(on_street.y())) != b.pixelColor(int(on_street.x()),
                                                                               int(on_street.y()))
    def dark(img: QImage) -> int:
        return sum(1 for y in range(img.height()) for x in range(img.width()) if img.pixelColor(x, y).lightness() < 110)

    view.set_view(*CITY, 17)  # names appear from zoom 15.5
    view.to_png(tmp_path / "near.png")
    view.set_streets([("", line) for _name, line in STREETS])
    view.to_png(tmp_path / "nameless.png")
    assert dark(QImage(str(tmp_path / "near.png"))) > dark(QImage(str(tmp_path / "nameless.png"))) + 20
    view.set_streets(STREETS)
    view.set_view(*CITY, 14)  # further away: no names
    view.to_png(tmp_path / "far.png")
    view.set_streets([("", line) for _name, line in STREETS])
    view.to_png(tmp_path / "far-nameless.png")
    assert dark(QImage(str(tmp_path / "far.png"))) == dark(QImage(str(tmp_path / "far-nameless.png")))


def test_tiles_from_a_loopback_server_are_drawn_and_cached(qtbot: Any, ops: Operations, tmp_path: Path,
                                                           tile_server: _TileServer,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOKET_MAP_TILES", "on")
    port = tile_server.server_address[1]
    source = TileSource(url=f"http://127.0.0.1:{port}/good/{{z}}/{{x}}/{{y}}.png", enabled=True,
                        attribution="© test tiles", min_zoom=10, max_zoom=19, timeout_s=5,
                        cache_dir=tmp_path / "tiles", center=CITY, zoom=15)
    view = _view(qtbot, ops, source)
    x, y = project(*CITY)
    key = (15, int(x * 2 ** 15), int(y * 2 ** 15))
    qtbot.waitUntil(lambda: view.has_tile(*key), timeout=10_000)
    qtbot.waitUntil(lambda: view.tiles_pending == 0 and ops.busy == 0, timeout=10_000)
    assert view.tile_errors == []
    assert f"/good/15/{key[1]}/{key[2]}.png" in tile_server.hits
    assert (tmp_path / "tiles" / "15" / str(key[1]) / f"{key[2]}.tile").read_bytes() == tile_server.png
    img = view.grab().toImage()
    assert img.pixelColor(5, view.height() // 2).name() == "#3c78d8"  # the tile's blue, not the offline beige
    # a second map (the next start) takes the tile from the disk: the server is not asked again
    hits = len(tile_server.hits)
    again = _view(qtbot, ops, source)
    qtbot.waitUntil(lambda: again.has_tile(*key), timeout=10_000)
    assert len(tile_server.hits) == hits or all(f"/{key[1]}/{key[2]}." not in h for h in tile_server.hits[hits:])


@pytest.mark.parametrize("kind", ["html", "liar", "huge"])
def test_a_tile_that_is_not_an_acceptable_image_is_refused(tmp_path: Path, tile_server: _TileServer,
                                                          kind: str) -> None:
    port = tile_server.server_address[1]
    source = TileSource(url=f"http://127.0.0.1:{port}/{kind}/{{z}}/{{x}}/{{y}}.png", enabled=True,
                        max_tile_bytes=200_000, timeout_s=5, cache_dir=tmp_path / "tiles")
    fetcher = TileFetcher(source)
    with pytest.raises(TileError) as err:
        fetcher.fetch(15, 1, 2)
    assert {"html": "not a PNG or JPEG", "liar": "not image/png", "huge": "too large"}[kind] in str(err.value)
    assert not (tmp_path / "tiles" / "15").exists()  # nothing cached


def test_refused_tiles_leave_the_offline_map(qtbot: Any, ops: Operations, tmp_path: Path,
                                             tile_server: _TileServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOKET_MAP_TILES", "on")
    port = tile_server.server_address[1]
    source = TileSource(url=f"http://127.0.0.1:{port}/html/{{z}}/{{x}}/{{y}}.png", enabled=True, timeout_s=5,
                        cache_dir=tmp_path / "tiles", center=CITY, zoom=15)
    view = _view(qtbot, ops, source, streets=STREETS)
    qtbot.waitUntil(lambda: len(view.tile_errors) > 0, timeout=10_000)
    qtbot.waitUntil(lambda: view.tiles_pending == 0 and ops.busy == 0, timeout=10_000)
    assert view.tile_errors and "not a PNG or JPEG" in view.tile_errors[-1]
    assert view.grab().toImage().pixelColor(5, 5).name() == "#f2efe9"  # the offline map's ground
    hits = len(tile_server.hits)
    view.repaint()  # a refused tile is not asked for again at once
    assert ops.busy == 0 and len(tile_server.hits) == hits
    # refused again and again (a proxy, a captive portal): the map stops asking for a while, wherever one looks
    assert hits >= 4
    view.set_view(51.2, 4.4, 15)
    view.repaint()
    assert ops.busy == 0 and view.tiles_pending == 0 and len(tile_server.hits) == hits


def test_the_city_map_json_and_the_switch(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    source = load_source()
    assert source.url.startswith("https://geo.api.vlaanderen.be/") and "{z}" in source.url
    assert source.attribution and source.min_zoom < source.max_zoom
    assert not source.active  # tests: LOKET_MAP_TILES=off (tests/conftest.py)
    monkeypatch.setenv("LOKET_MAP_TILES", "on")
    assert source.active
    assert "TILEMATRIX=15&TILEROW=7&TILECOL=3" in source.tile_url(15, 3, 7)
    bad = tmp_path / "map.json"
    bad.write_text('{"url": "file:///etc/passwd", "enabled": true}')
    assert not load_source(bad).active
    bad.write_text("not json")
    assert not load_source(bad).active
    assert math.isfinite(load_source(bad).zoom)


def test_zones_as_the_city_s_polygons_with_a_legend(qtbot: Any, ops: Operations, tmp_path: Path) -> None:
    from wire import geo

    zones = geo.default()
    view = _view(qtbot, ops)
    assert zones.bbox is not None
    view.fit(zones.bbox)
    view.to_png(tmp_path / "bare.png")
    values = {s.code: float(i) for i, s in enumerate(zones.sectors)}
    # wire.geo Polygons, lists of rings and polygons given as their rings are all shapes
    view.set_zones([(s.code, s.name, s.polygons, values[s.code]) for s in zones.sectors[:4]]
                   + [(s.code, s.name, [list(p.outer) for p in s.polygons], values[s.code]) for s in zones.sectors[4:8]]
                   + [(s.code, s.name, [[list(p.outer)] for p in s.polygons], values[s.code])
                      for s in zones.sectors[8:]])
    view.to_png(tmp_path / "zones.png")
    a, b = QImage(str(tmp_path / "bare.png")), QImage(str(tmp_path / "zones.png"))
    top = max(values, key=lambda c: values[c])
    sector = zones.sector(top)
    assert sector is not None
    lat0, lat1, lon0, lon1 = sector.polygons[0].bbox
    inside = view.to_pixel((lat0 + lat1) / 2 + (lat1 - lat0) * 0.3, (lon0 + lon1) / 2)
    pa, pb = a.pixelColor(inside.toPoint()), b.pixelColor(inside.toPoint())
    assert pa != pb and pb.red() > pb.blue()  # filled with the hot end of the scale
    # the legend (bottom left): the scale's colours, from yellow to dark red
    y = view.height() - 30
    row = [b.pixelColor(x, y) for x in range(12, 128)]
    assert row[0].green() > row[-1].green() + 100 and row[-1].red() > 120


def test_the_demo_city_is_drawn_offline(qtbot: Any, loket: Any, monkeypatch: pytest.MonkeyPatch,
                                        tmp_path: Path) -> None:
    from ui.context import AppContext
    from ui.core.bus import Bus
    from ui.reports import map_view

    city = tmp_path / "map.json"  # never the internet: a source on a closed loopback port
    city.write_text('{"enabled": true, "url": "http://127.0.0.1:9/{z}/{x}/{y}.png"}')
    monkeypatch.setattr(map_view, "MAP_FILE", city)
    monkeypatch.setenv("LOKET_MAP_TILES", "on")
    pool = Operations()
    ctx = AppContext(loket=loket, ops=pool, bus=Bus())
    assert MapView(ctx, load_city=False).fetcher is not None  # a city's desk: the tiles of map.json
    monkeypatch.setattr(loket, "demo", True, raising=False)
    view = MapView(ctx, load_city=False)
    qtbot.addWidget(view)
    assert view.fetcher is None and not view.source.enabled
    pool.wait_idle(5000)
    pool.close()


def test_fit_shows_the_box_whole_and_home_the_city(qtbot: Any, ops: Operations) -> None:
    view = MapView(ops=ops, source=TileSource(center=(0.0, 0.0), zoom=3), load_city=True)  # outlines of wire.geo
    view.resize(500, 350)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: view.city_bbox is not None, timeout=10_000)
    box = (51.01, 51.04, 3.83, 3.91)
    view.fit(box)
    for lat, lon in ((box[0], box[2]), (box[1], box[3]), (box[0], box[3]), (box[1], box[2])):
        p = view.to_pixel(lat, lon)
        assert 0 <= p.x() <= view.width() and 0 <= p.y() <= view.height()
    # as large as it fits: one zoom step further a corner falls outside
    view.zoom_by(1)
    assert not all(0 <= view.to_pixel(lat, lon).x() <= view.width() and 0 <= view.to_pixel(lat, lon).y() <= view.height()
                   for lat, lon in ((box[0], box[2]), (box[1], box[3])))
    view.set_view(50.0, 5.0, 12)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert view.city_bbox is not None
    lat0, lat1, lon0, lon1 = view.city_bbox
    c = view.center()
    assert lat0 < c[0] < lat1 and lon0 < c[1] < lon1
    assert view.layers.outlines  # the offline map has the city's edge and sectors


def test_a_map_closed_while_tiles_are_under_way(qtbot: Any, ops: Operations, tmp_path: Path,
                                                tile_server: _TileServer, monkeypatch: pytest.MonkeyPatch,
                                                caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setenv("LOKET_MAP_TILES", "on")
    port = tile_server.server_address[1]
    source = TileSource(url=f"http://127.0.0.1:{port}/slow/{{z}}/{{x}}/{{y}}.png", enabled=True, timeout_s=5,
                        cache_dir=tmp_path / "tiles", center=CITY, zoom=15)
    view = MapView(ops=ops, source=source, load_city=False)
    view.resize(600, 400)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: ops.busy > 0, timeout=5_000)
    view.close()
    view.deleteLater()
    qtbot.wait(10)
    qtbot.waitUntil(lambda: ops.busy == 0, timeout=10_000)
    assert not [r for r in caplog.records if r.levelname in ("ERROR", "CRITICAL")]


def test_fit_before_the_map_is_shown_is_done_again_at_its_size(qtbot: Any, ops: Operations) -> None:
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    host = QWidget()
    qtbot.addWidget(host)
    view = MapView(ops=ops, source=TileSource(center=(0.0, 0.0), zoom=3), load_city=False)
    QVBoxLayout(host).addWidget(view)
    box = (51.01, 51.04, 3.83, 3.91)
    view.fit(box)  # not laid out yet
    host.resize(900, 700)
    host.show()
    qtbot.waitExposed(host)
    corners = ((box[0], box[2]), (box[1], box[3]))
    assert all(0 <= view.to_pixel(*c).x() <= view.width() and 0 <= view.to_pixel(*c).y() <= view.height()
               for c in corners)
    near_edge = min(view.to_pixel(*corners[0]).x(), view.width() - view.to_pixel(*corners[1]).x(),
                    view.to_pixel(*corners[1]).y(), view.height() - view.to_pixel(*corners[0]).y())
    assert near_edge < view.width() * 0.3  # as large as it fits at the real size, not at the size before
    # a place set before it is shown wins over an earlier fit
    other = MapView(ops=ops, source=TileSource(center=(0.0, 0.0), zoom=3), load_city=False)
    qtbot.addWidget(other)
    other.fit(box)
    other.set_view(51.0283, 3.8721, 17)
    other.resize(500, 400)
    other.show()
    qtbot.waitExposed(other)
    assert other.zoom == 17 and other.center() == (pytest.approx(51.0283), pytest.approx(3.8721))
