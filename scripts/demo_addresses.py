"""Generate the synthetic demo city Meerhoven's address register and street centre lines:
``resources/reports/demo_addresses.csv`` (street, number, box, postcode, municipality, lat, lon; the layout
``desk-app addresses import`` reads) and ``resources/reports/demo_streets.geojson``.

The streets of the desk's demo persons (``desk_app.demo.STREETS``) are laid out inside the neighbourhoods of
``resources/reports/zones.geojson`` (two or three per neighbourhood, across each other), house numbers 1-250
along each street (odd on one side, even on the other, about 10 m from the centre line), a few apartment
buildings with boxes. Postcode 9999 Meerhoven, as the demo persons who live in Meerhoven. Run once; the output
is committed. Synthetic: Meerhoven does not exist."""
from __future__ import annotations

import csv
import json
import math
from pathlib import Path

from desk_app.demo import STREETS
from wire import geo

OUT = Path(__file__).resolve().parents[1] / "resources" / "reports"
POSTCODE, MUNICIPALITY = "9999", "Meerhoven"
NUMBERS = 250
SIDE_M = 10.0
M_PER_DEG_LAT = 111_320.0


def bilinear(quad: list[tuple[float, float]], u: float, v: float) -> tuple[float, float]:
    (a_lat, a_lon), (b_lat, b_lon), (c_lat, c_lon), (d_lat, d_lon) = quad  # SW, SE, NE, NW
    lat = (1 - u) * (1 - v) * a_lat + u * (1 - v) * b_lat + u * v * c_lat + (1 - u) * v * d_lat
    lon = (1 - u) * (1 - v) * a_lon + u * (1 - v) * b_lon + u * v * c_lon + (1 - u) * v * d_lon
    return lat, lon


# (start (u, v), end (u, v)) of the streets of one neighbourhood, by their place in it
SLOTS = [((0.08, 0.30), (0.92, 0.34)), ((0.36, 0.08), (0.32, 0.92)), ((0.10, 0.72), (0.90, 0.66))]


def main() -> None:
    zones = geo.default()
    sectors = list(zones.sectors)
    rows: list[tuple[str, str, str, str, str, float, float]] = []
    features = []
    for i, street in enumerate(STREETS):
        sector = sectors[i % len(sectors)]
        quad = list(sector.polygons[0].outer[:4])
        (u0, v0), (u1, v1) = SLOTS[i // len(sectors)]
        start, end = bilinear(quad, u0, v0), bilinear(quad, u1, v1)
        coslat = math.cos(math.radians(start[0]))
        dy = (end[0] - start[0]) * M_PER_DEG_LAT
        dx = (end[1] - start[1]) * M_PER_DEG_LAT * coslat
        length = math.hypot(dx, dy)
        px, py = -dy / length, dx / length  # to the left of the street's direction, metres
        line = [bilinear(quad, u0 + (u1 - u0) * k / 10, v0 + (v1 - v0) * k / 10) for k in range(11)]
        features.append({"type": "Feature", "properties": {"name": street, "zone": sector.code},
                         "geometry": {"type": "LineString",
                                      "coordinates": [[round(lon, 6), round(lat, 6)] for lat, lon in line]}})
        for n in range(1, NUMBERS + 1):
            t = 0.02 + 0.96 * ((n - 1) // 2) / (NUMBERS // 2 - 1)
            side = 1.0 if n % 2 else -1.0
            lat = start[0] + (end[0] - start[0]) * t + side * SIDE_M * py / M_PER_DEG_LAT
            lon = start[1] + (end[1] - start[1]) * t + side * SIDE_M * px / (M_PER_DEG_LAT * coslat)
            assert sector.contains(lat, lon), (street, n)
            boxes = ["", "1", "2", "3"] if n % 40 == 0 else [""]  # an apartment building
            rows.extend((street, str(n), box, POSTCODE, MUNICIPALITY, round(lat, 7), round(lon, 7)) for box in boxes)
    with (OUT / "demo_addresses.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["street", "number", "box", "postcode", "municipality", "lat", "lon"])
        w.writerows(rows)
    doc = {"type": "FeatureCollection",
           "name": "Meerhoven (synthetic): street centre lines, made by scripts/demo_addresses.py",
           "features": features}
    (OUT / "demo_streets.geojson").write_text(json.dumps(doc, ensure_ascii=False, separators=(",", ":")) + "\n",
                                             encoding="utf-8")
    print(f"{len(rows)} addresses on {len(STREETS)} streets")


if __name__ == "__main__":
    main()
