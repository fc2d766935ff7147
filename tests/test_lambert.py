"""Lambert 72 (EPSG:31370) → WGS84 (wire/lambert.py) against reference points.

The reference latitudes/longitudes were computed with pyproj 3 (PROJ) from EPSG:31370 to EPSG:4326 (the same
``towgs84`` Helmert transformation), in a throwaway environment: pyproj is not a dependency of Loket."""

from __future__ import annotations

import math

import pytest

from wire import lambert
from wire.reports import haversine_m

# x, y (Lambert 72, m) → lat, lon (WGS84, degrees), from pyproj
REFERENCE = [
    (104697.8, 194048.3, 51.0548192, 3.722625385),  # Gent, Fregatstraat 14 (Adressenregister)
    (150000.0, 170000.0, 50.840411283, 4.368752141),  # Brussel
    (22000.0, 200000.0, 51.09593804, 2.541368407),  # De Panne
    (250000.0, 160000.0, 50.741929282, 5.785612565),  # Voeren
    (153000.0, 243000.0, 51.496564967, 4.411957178),  # Essen (north)
    (110000.0, 40000.0, 49.670326394, 3.814622221),  # south of Belgium
    (100000.0, 185000.0, 50.973101137, 3.656862224),
    (97000.0, 190000.0, 51.017778323, 3.613428081),
]


@pytest.mark.parametrize(("x", "y", "lat", "lon"), REFERENCE)
def test_lambert_72_to_wgs84_within_a_metre_of_proj(x: float, y: float, lat: float, lon: float) -> None:
    got_lat, got_lon = lambert.to_wgs84(x, y)
    assert haversine_m(got_lat, got_lon, lat, lon) < 1.0  # the brief asks 2 m; PROJ agrees to millimetres


def test_the_projection_alone_is_its_own_inverse_at_the_origin() -> None:
    # the false origin lies on the central meridian
    lat, lon = lambert.to_hayford(lambert.X_0, 170000.0)
    assert lon == pytest.approx(lambert.LON_0, abs=1e-9)
    assert 50.0 < lat < 51.5


def test_helmert_without_parameters_changes_nothing() -> None:
    assert lambert.helmert(4e6, 3e5, 4.9e6, (0, 0, 0, 0, 0, 0, 0)) == (4e6, 3e5, 4.9e6)


@pytest.mark.parametrize("bad", [math.nan, math.inf, -math.inf])
def test_not_a_number_is_refused(bad: float) -> None:
    with pytest.raises(ValueError):
        lambert.to_wgs84(bad, 170000.0)
    assert not lambert.in_bounds(bad, 170000.0)


def test_bounds_of_belgium() -> None:
    assert lambert.in_bounds(104697.8, 194048.3)
    assert not lambert.in_bounds(-5.0, 194048.3)
    assert not lambert.in_bounds(150000.0, 5_400_000.0)
