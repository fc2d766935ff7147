"""Belgian Lambert 72 (EPSG:31370) → WGS84 latitude/longitude, with the standard library only.

Lambert 72 is a Lambert conformal conic projection with two standard parallels on the International 1924
(Hayford) ellipsoid, datum Belge 1972. The conversion here is the one EPSG:31370 defines and PROJ applies:

1. the inverse Lambert conformal conic (2SP) projection (Snyder, *Map Projections — A Working Manual*,
   formulas 15-5 … 15-9 and 7-9) gives the latitude and longitude on the Hayford ellipsoid;
2. those become geocentric X/Y/Z, the 7-parameter Helmert transformation of EPSG:31370's ``towgs84``
   (position vector convention: translations in metres, rotations in arc seconds, scale in parts per million)
   moves them to WGS84, and back to latitude/longitude on the WGS84 ellipsoid.

Within about a metre of PROJ's answer in Belgium (``tests/test_lambert.py`` checks reference points
computed with pyproj); the Flemish address register (Adressenregister) gives its positions in Lambert 72.
"""

from __future__ import annotations

import math

# International 1924 (Hayford)
A_HAYFORD = 6_378_388.0
F_HAYFORD = 1 / 297.0
# WGS84
A_WGS84 = 6_378_137.0
F_WGS84 = 1 / 298.257223563

# EPSG:31370 Belge 1972 / Belgian Lambert 72
LAT_1 = 51.16666723333333
LAT_2 = 49.8333339
LAT_0 = 90.0
LON_0 = 4.367486666666666
X_0 = 150_000.013
Y_0 = 5_400_088.438
TOWGS84 = (-106.8686, 52.2978, -103.7239, 0.3366, -0.457, 1.8422, -1.2747)
"""tx, ty, tz (m), rx, ry, rz (arc seconds), scale (ppm): Belge 1972 → WGS84, position vector."""

_ARCSEC = math.pi / 648_000.0


def _e(f: float) -> float:
    return math.sqrt(f * (2 - f))


_E = _e(F_HAYFORD)


def _m(phi: float) -> float:
    return math.cos(phi) / math.sqrt(1 - (_E * math.sin(phi)) ** 2)


def _t(phi: float) -> float:
    es = _E * math.sin(phi)
    return math.tan(math.pi / 4 - phi / 2) / ((1 - es) / (1 + es)) ** (_E / 2)


_P1, _P2, _P0 = math.radians(LAT_1), math.radians(LAT_2), math.radians(LAT_0)
_N = (math.log(_m(_P1)) - math.log(_m(_P2))) / (math.log(_t(_P1)) - math.log(_t(_P2)))
_F = _m(_P1) / (_N * _t(_P1) ** _N)
_RHO0 = A_HAYFORD * _F * (_t(_P0) ** _N if LAT_0 < 90.0 else 0.0)


def to_hayford(x: float, y: float) -> tuple[float, float]:
    """Lambert 72 (x, y in metres) → (latitude, longitude) in degrees on the Hayford ellipsoid (Belge 1972)."""
    dx, dy = x - X_0, _RHO0 - (y - Y_0)
    rho = math.copysign(math.hypot(dx, dy), _N)
    theta = math.atan2(dx, dy) if _N > 0 else math.atan2(-dx, -dy)
    t = (rho / (A_HAYFORD * _F)) ** (1 / _N)
    lon = theta / _N + math.radians(LON_0)
    phi = math.pi / 2 - 2 * math.atan(t)
    for _ in range(20):
        es = _E * math.sin(phi)
        nxt = math.pi / 2 - 2 * math.atan(t * ((1 - es) / (1 + es)) ** (_E / 2))
        if abs(nxt - phi) < 1e-13:
            phi = nxt
            break
        phi = nxt
    return math.degrees(phi), math.degrees(lon)


def _to_ecef(lat: float, lon: float, h: float, a: float, f: float) -> tuple[float, float, float]:
    e2 = f * (2 - f)
    phi, lam = math.radians(lat), math.radians(lon)
    n = a / math.sqrt(1 - e2 * math.sin(phi) ** 2)
    return ((n + h) * math.cos(phi) * math.cos(lam), (n + h) * math.cos(phi) * math.sin(lam),
            (n * (1 - e2) + h) * math.sin(phi))


def _from_ecef(x: float, y: float, z: float, a: float, f: float) -> tuple[float, float, float]:
    e2 = f * (2 - f)
    lon = math.atan2(y, x)
    p = math.hypot(x, y)
    phi = math.atan2(z, p * (1 - e2))
    h = 0.0
    for _ in range(20):
        n = a / math.sqrt(1 - e2 * math.sin(phi) ** 2)
        h = p / math.cos(phi) - n
        nxt = math.atan2(z, p * (1 - e2 * n / (n + h)))
        if abs(nxt - phi) < 1e-14:
            phi = nxt
            break
        phi = nxt
    return math.degrees(phi), math.degrees(lon), h


def helmert(x: float, y: float, z: float, params: tuple[float, ...] = TOWGS84) -> tuple[float, float, float]:
    """Apply a 7-parameter Helmert transformation (position vector convention) to geocentric coordinates."""
    tx, ty, tz, rx, ry, rz, s = params
    rx, ry, rz = rx * _ARCSEC, ry * _ARCSEC, rz * _ARCSEC
    k = 1 + s * 1e-6
    return (tx + k * (x - rz * y + ry * z),
            ty + k * (rz * x + y - rx * z),
            tz + k * (-ry * x + rx * y + z))


def to_wgs84(x: float, y: float) -> tuple[float, float]:
    """Lambert 72 (EPSG:31370) x, y in metres → WGS84 (latitude, longitude) in degrees. ``ValueError`` for a
    coordinate that is not a finite number."""
    if not (math.isfinite(x) and math.isfinite(y)):
        raise ValueError("Lambert 72 coordinates must be finite numbers")
    lat, lon = to_hayford(x, y)
    gx, gy, gz = _to_ecef(lat, lon, 0.0, A_HAYFORD, F_HAYFORD)
    wx, wy, wz = helmert(gx, gy, gz)
    wlat, wlon, _h = _from_ecef(wx, wy, wz, A_WGS84, F_WGS84)
    return wlat, wlon


BELGIUM_BOUNDS = (10_000.0, 310_000.0, 10_000.0, 260_000.0)
"""x min, x max, y min, y max of Lambert 72 over Belgium (with a margin): a coordinate outside is not one."""


def in_bounds(x: float, y: float) -> bool:
    x0, x1, y0, y1 = BELGIUM_BOUNDS
    return math.isfinite(x) and math.isfinite(y) and x0 <= x <= x1 and y0 <= y <= y1


__all__ = ["BELGIUM_BOUNDS", "TOWGS84", "helmert", "in_bounds", "to_hayford", "to_wgs84"]
