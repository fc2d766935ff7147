"""The city's zones (wire.geo): which sector a point lies in, the grid elsewhere, the city's edge, a broken
zones file refused whole, and the address key."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wire import geo

SQUARE = [[3.0, 50.0], [3.1, 50.0], [3.1, 50.1], [3.0, 50.1], [3.0, 50.0]]
HOLE = [[3.04, 50.04], [3.06, 50.04], [3.06, 50.06], [3.04, 50.06], [3.04, 50.04]]


def _doc(*features: dict[str, object]) -> dict[str, object]:
    return {"type": "FeatureCollection", "features": list(features)}


def _feature(code: str, rings: list[list[list[float]]], kind: str = "sector") -> dict[str, object]:
    return {"type": "Feature", "properties": {"kind": kind, "code": code, "name": code.title()},
            "geometry": {"type": "Polygon", "coordinates": rings}}


def test_a_point_lies_in_its_sector_not_in_a_hole_and_elsewhere_in_a_grid_cell() -> None:
    zones = geo.parse(_doc(_feature("park", [SQUARE, HOLE])))
    assert zones.zone_of(50.02, 3.02) == "park"
    in_hole = zones.zone_of(50.05, 3.05)
    assert in_hole.startswith("G") and in_hole != "park"
    outside = zones.zone_of(51.0, 4.0)
    assert outside == geo.grid_cell(51.0, 4.0, 500)
    # two points 100 m apart share a 500 m cell far more often than not; 1 km apart never
    assert geo.grid_cell(51.0, 4.0, 500) != geo.grid_cell(51.009, 4.0, 500)
    square = geo.grid_polygon(outside, 500)
    assert square.contains(51.0, 4.0)


def test_the_city_edge_decides_in_city() -> None:
    zones = geo.parse(_doc(_feature("city", [SQUARE], kind="boundary")))
    assert zones.in_city(50.05, 3.05)
    assert not zones.in_city(50.2, 3.05)
    assert geo.Zones((), ()).in_city(10.0, 10.0)  # nothing known: anywhere


@pytest.mark.parametrize("doc, words", [
    ({"type": "Feature"}, "FeatureCollection"),
    (_doc(_feature("a", [[[3.0, 50.0], [3.1, 50.0]]])), "three"),
    (_doc(_feature("a", [[[3.0, 95.0], [3.1, 50.0], [3.0, 50.1]]])), "not a WGS84"),
    (_doc(_feature("a", [SQUARE]), _feature("a", [SQUARE])), "twice"),
    (_doc(_feature("../x", [SQUARE])), "code must be"),
    (_doc(_feature("G12_3", [SQUARE])), "grid cell"),
    (_doc(_feature("a", [SQUARE], kind="river")), "kind must be"),
])
def test_a_broken_zones_file_is_refused_with_where(doc: object, words: str) -> None:
    with pytest.raises(geo.ZoneError, match=words):
        geo.parse(doc)


def test_the_demo_citys_sectors_tile_its_area(tmp_path: Path) -> None:
    zones = geo.default()
    assert len(zones.sectors) >= 8
    bbox = zones.bbox
    assert bbox is not None
    lat0, lat1, lon0, lon1 = bbox
    inside = [zones.zone_of(lat0 + (lat1 - lat0) * i / 20, lon0 + (lon1 - lon0) * j / 20)
              for i in range(3, 18) for j in range(3, 18)]
    assert not [z for z in inside if z.startswith("G")]  # the middle of the city is all sectors
    assert len(set(inside)) >= 8
    bad = tmp_path / "zones.geojson"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(geo.ZoneError, match="not readable"):
        geo.load(bad)
    assert geo.load(tmp_path / "none.geojson").sectors == ()
    json.loads(geo.ZONES_FILE.read_text(encoding="utf-8"))


def test_the_address_key_ignores_case_accents_and_punctuation() -> None:
    assert geo.address_key("Sint-Pietersplein", "3", "A", "9999") == geo.address_key("sint pietersplein", " 3", "a",
                                                                                      "9999")
    assert geo.address_key("Rue de l'Église", "12", "", "1000") == geo.address_key("RUE DE L EGLISE", "12", "", "1000")
    assert geo.address_key("Kerkstraat", "3", "", "9999") != geo.address_key("Kerkstraat", "3", "1", "9999")
