"""The city's zones, for the reports' dashboard, routing rules and "residents of a zone": its neighbourhoods
or statistical sectors as polygons (``resources/reports/zones.geojson``), else a grid.

``Zones.zone_of(lat, lon)`` gives the code of the sector a point lies in, or, outside every sector (or with no
sectors at all), the grid cell ``G<row>_<col>`` of ``grid_m`` metres counted from the equator and the prime
meridian (stable whatever the city). ``in_city`` says whether a point lies inside the city's boundary (a report
outside it is confirmed by the clerk first). ``address_key`` normalises an address the same way for the desk's
and the case store's address registers. Standard library only: the desk and the case store both import it.

The file is checked whole on load: a problem raises ``ZoneError`` naming the feature; nothing half loaded.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

ZONES_FILE = Path(__file__).resolve().parents[1] / "resources" / "reports" / "zones.geojson"
M_PER_DEG_LAT = 111_320.0
GRID_PREFIX = "G"
CODE = re.compile(r"^[A-Za-z0-9_.-]{1,64}$")
MAX_VERTICES = 100_000

Ring = tuple[tuple[float, float], ...]  # (lat, lon) pairs, closed or not


class ZoneError(ValueError):
    """The zones file is not valid."""


def point_in_ring(lat: float, lon: float, ring: Ring) -> bool:
    """Even-odd ray casting (a point on an edge may fall either way)."""
    inside = False
    n = len(ring)
    j = n - 1
    for i in range(n):
        yi, xi = ring[i]
        yj, xj = ring[j]
        if (yi > lat) != (yj > lat) and lon < (xj - xi) * (lat - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


@dataclass(frozen=True, slots=True)
class Polygon:
    outer: Ring
    holes: tuple[Ring, ...] = ()

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        lats = [p[0] for p in self.outer]
        lons = [p[1] for p in self.outer]
        return min(lats), max(lats), min(lons), max(lons)

    def contains(self, lat: float, lon: float) -> bool:
        lat0, lat1, lon0, lon1 = self.bbox
        if not (lat0 <= lat <= lat1 and lon0 <= lon <= lon1):
            return False
        return point_in_ring(lat, lon, self.outer) and not any(point_in_ring(lat, lon, h) for h in self.holes)


@dataclass(frozen=True, slots=True)
class Sector:
    code: str
    name: str
    polygons: tuple[Polygon, ...]

    def contains(self, lat: float, lon: float) -> bool:
        return any(p.contains(lat, lon) for p in self.polygons)


def grid_cell(lat: float, lon: float, grid_m: float) -> str:
    """The grid cell of a point: rows of ``grid_m`` metres of latitude, columns of ``grid_m`` metres of
    longitude at that row's latitude."""
    row = math.floor(lat * M_PER_DEG_LAT / grid_m)
    mid = (row + 0.5) * grid_m / M_PER_DEG_LAT
    col = math.floor(lon * M_PER_DEG_LAT * math.cos(math.radians(mid)) / grid_m)
    return f"{GRID_PREFIX}{row}_{col}"


def grid_polygon(code: str, grid_m: float) -> Polygon:
    """The square of a grid cell, for drawing it."""
    m = re.fullmatch(rf"{GRID_PREFIX}(-?\d+)_(-?\d+)", code)
    if m is None:
        raise ValueError(f"{code!r} is not a grid cell")
    row, col = int(m.group(1)), int(m.group(2))
    lat0, lat1 = row * grid_m / M_PER_DEG_LAT, (row + 1) * grid_m / M_PER_DEG_LAT
    k = M_PER_DEG_LAT * math.cos(math.radians((lat0 + lat1) / 2))
    lon0, lon1 = col * grid_m / k, (col + 1) * grid_m / k
    return Polygon(((lat0, lon0), (lat0, lon1), (lat1, lon1), (lat1, lon0)))


@dataclass(frozen=True, slots=True)
class Zones:
    sectors: tuple[Sector, ...]
    boundary: tuple[Polygon, ...]
    grid_m: float = 500.0

    def zone_of(self, lat: float, lon: float) -> str:
        for s in self.sectors:
            if s.contains(lat, lon):
                return s.code
        return grid_cell(lat, lon, self.grid_m)

    def in_city(self, lat: float, lon: float) -> bool:
        """Inside the boundary; with no boundary, inside any sector; with neither, anywhere."""
        if self.boundary:
            return any(p.contains(lat, lon) for p in self.boundary)
        if self.sectors:
            return any(s.contains(lat, lon) for s in self.sectors)
        return True

    def sector(self, code: str) -> Sector | None:
        return next((s for s in self.sectors if s.code == code), None)

    def polygons_of(self, code: str) -> tuple[Polygon, ...]:
        """A zone's shape: a sector's polygons or a grid cell's square."""
        s = self.sector(code)
        return s.polygons if s is not None else (grid_polygon(code, self.grid_m),)

    def name_of(self, code: str) -> str:
        s = self.sector(code)
        return s.name if s is not None else code

    @property
    def bbox(self) -> tuple[float, float, float, float] | None:
        polys = list(self.boundary) or [p for s in self.sectors for p in s.polygons]
        if not polys:
            return None
        boxes = [p.bbox for p in polys]
        return (min(b[0] for b in boxes), max(b[1] for b in boxes), min(b[2] for b in boxes),
                max(b[3] for b in boxes))


def _ring(v: Any, where: str) -> Ring:
    if not isinstance(v, list) or len(v) < 3:
        raise ZoneError(f"{where}: a ring needs at least three [lon, lat] points")
    out = []
    for p in v:
        if (not isinstance(p, list) or len(p) < 2 or not all(isinstance(x, int | float) and not isinstance(x, bool)
                                                              for x in p[:2])):
            raise ZoneError(f"{where}: a point must be [lon, lat] numbers")
        lon, lat = float(p[0]), float(p[1])
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise ZoneError(f"{where}: [{lon}, {lat}] is not a WGS84 [lon, lat] point")
        out.append((lat, lon))
    return tuple(out)


def _polygons(geom: Any, where: str) -> tuple[Polygon, ...]:
    if not isinstance(geom, dict) or geom.get("type") not in ("Polygon", "MultiPolygon"):
        raise ZoneError(f"{where}: geometry must be a Polygon or MultiPolygon")
    coords = geom.get("coordinates")
    polys = [coords] if geom["type"] == "Polygon" else coords
    if not isinstance(polys, list) or not polys:
        raise ZoneError(f"{where}: no coordinates")
    out = []
    for rings in polys:
        if not isinstance(rings, list) or not rings:
            raise ZoneError(f"{where}: a polygon needs its outer ring")
        out.append(Polygon(_ring(rings[0], where), tuple(_ring(h, where) for h in rings[1:])))
    if sum(len(p.outer) + sum(len(h) for h in p.holes) for p in out) > MAX_VERTICES:
        raise ZoneError(f"{where}: more than {MAX_VERTICES} points")
    return tuple(out)


def parse(doc: Any) -> Zones:
    if not isinstance(doc, dict) or doc.get("type") != "FeatureCollection" or not isinstance(doc.get("features"), list):
        raise ZoneError("the zones file must be a GeoJSON FeatureCollection")
    grid_m = doc.get("grid_m", 500)
    if not isinstance(grid_m, int | float) or isinstance(grid_m, bool) or not 50 <= grid_m <= 10_000:
        raise ZoneError("grid_m must be a number of metres between 50 and 10000")
    sectors: list[Sector] = []
    boundary: list[Polygon] = []
    seen: set[str] = set()
    for i, f in enumerate(doc["features"]):
        where = f"features[{i}]"
        props = f.get("properties") if isinstance(f, dict) else None
        if not isinstance(props, dict):
            raise ZoneError(f"{where}: properties missing")
        kind, code, name = props.get("kind", "sector"), props.get("code"), props.get("name", props.get("code"))
        if not isinstance(code, str) or not CODE.match(code) or (code.startswith(GRID_PREFIX) and code[1:2].isdigit()):
            raise ZoneError(f"{where}: code must be 1-64 letters, digits, '_', '.', '-' (not a grid cell's G<n>)")
        if not isinstance(name, str) or not name.strip():
            raise ZoneError(f"{where}: name must be a text")
        polys = _polygons(f.get("geometry"), where)
        if kind == "boundary":
            boundary.extend(polys)
        elif kind == "sector":
            if code in seen:
                raise ZoneError(f"{where}: code {code!r} twice")
            seen.add(code)
            sectors.append(Sector(code, name, polys))
        else:
            raise ZoneError(f"{where}: kind must be boundary or sector")
    return Zones(tuple(sectors), tuple(boundary), float(grid_m))


def load(path: Path | None = None) -> Zones:
    """The zones of ``path`` (default: the city's file); no file: a grid only."""
    p = path or ZONES_FILE
    if not p.exists():
        return Zones((), ())
    try:
        doc = json.loads(p.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise ZoneError(f"{p.name}: not readable JSON ({e})") from None
    return parse(doc)


@lru_cache(maxsize=1)
def default() -> Zones:
    return load()


_PUNCT = re.compile(r"[^\w]+")


def address_key(street: str, number: str, box: str, postcode: str) -> str:
    """One address, normalised: case, accents, punctuation and spacing do not matter
    (``Sint-Pietersplein``, ``3``, box ``A``, ``9999`` gives ``sint pietersplein|3|a|9999``)."""

    def norm(s: str) -> str:
        s = unicodedata.normalize("NFKD", s.casefold())
        s = "".join(ch for ch in s if not unicodedata.combining(ch))
        return " ".join(_PUNCT.sub(" ", s).split())

    return "|".join((norm(street), norm(number).replace(" ", ""), norm(box).replace(" ", ""), norm(postcode)))
