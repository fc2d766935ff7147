"""People in the reports' dashboard over real HTTP (SQLite and PostgreSQL): engaged citizens (consenting
reporters with two or more reports on one category or in one zone within a year), residents of a zone or a
drawn polygon (persons pushed by a laptop, placed by the address register), who may see them (coordinators
only) and the audit row every view writes."""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from casestore import cli
from casestore.embedded import RunningServer
from tests.casestore.fixtures import Laptop
from tests.casestore.test_address_register import CENTRUM, latlon_csv, write
from tests.casestore.test_service import Api

MH11_SPOT = (51.0250, 3.8540)  # Centrum
MH22_SPOT = (51.0430, 3.8800)  # Akkerveld
MH01_SPOT = (51.0077, 3.8543)  # Kouter


@pytest.fixture
def apis(casestore_server: RunningServer) -> Iterator[dict[str, Api]]:
    made = {name: Api(casestore_server.url, name) for name in ("coordinator", "clerk", "manager", "admin")}
    yield made
    for a in made.values():
        a.http.close()


def report(api: Api, category: str, at: tuple[float, float], reporter: dict[str, Any] | None,
           days_ago: int = 10) -> str:
    when = dt.datetime.now(dt.UTC) - dt.timedelta(days=days_ago)
    body = {"category": category, "description": "test", "lat": at[0], "lon": at[1], "channel": "counter",
            "reported_at": when.isoformat(), "reporters": [reporter] if reporter else []}
    r = api.http.post("/v1/reports", json=body)
    assert r.status_code == 201, r.text
    return str(r.json()["id"])


def audits(admin: Api, action: str) -> list[dict[str, Any]]:
    r = admin.http.get("/v1/admin/audit", params={"limit": 1000})
    assert r.status_code == 200, r.text
    return [e for e in r.json() if e["action"] == action]


def test_engaged_citizens_are_consenting_reporters_with_two_reports_on_a_topic(apis: dict[str, Api]) -> None:
    co = apis["coordinator"]
    an = {"email": "An.Peeters@example.org", "first_name": "An", "last_name": "Peeters", "consent": True}
    a1 = report(co, "zwerfvuil", MH11_SPOT, an)
    a2 = report(co, "zwerfvuil", MH22_SPOT, {**an, "email": "an.peeters@EXAMPLE.org"}, days_ago=40)  # same person
    # One report only; two without consent; two with consent on only one; two anonymous: none is engaged.
    report(co, "zwerfvuil", MH11_SPOT, {"email": "once@example.org", "consent": True})
    report(co, "zwerfvuil", MH11_SPOT, {"email": "quiet@example.org", "consent": False})
    report(co, "zwerfvuil", MH11_SPOT, {"email": "quiet@example.org", "consent": False})
    report(co, "zwerfvuil", MH22_SPOT, {"phone": "+32 470 11 22 33", "consent": True})
    report(co, "zwerfvuil", MH22_SPOT, {"phone": "+32470112233", "consent": False})
    report(co, "zwerfvuil", MH11_SPOT, None)
    report(co, "zwerfvuil", MH11_SPOT, None)
    # Two reports in one zone on different categories (by phone, spaces do not matter): engaged in that zone.
    b1 = report(co, "geluidsoverlast", MH01_SPOT, {"phone": "+32 471 00 00 01", "consent": True})
    b2 = report(co, "wegdek", MH01_SPOT, {"phone": "+32471000001", "consent": True, "language": "fr"})
    # More than a year ago: outside the default period.
    report(co, "wegdek", MH01_SPOT, {"email": "old@example.org", "consent": True}, days_ago=400)
    report(co, "wegdek", MH01_SPOT, {"email": "old@example.org", "consent": True}, days_ago=420)

    r = co.http.get("/v1/reports/dashboard/engaged")
    assert r.status_code == 200, r.text
    body = r.json()
    got = {(i["topic"]["kind"], i["topic"]["key"]): i for i in body["items"]}
    assert set(got) == {("category", "zwerfvuil"), ("zone", "MH01")}, got
    assert body["total"] == 2
    by_cat = got[("category", "zwerfvuil")]
    assert by_cat["reporter"]["name"] == "An Peeters" and by_cat["reporter"]["email"].lower() == "an.peeters@example.org"
    assert [x["id"] for x in by_cat["reports"]] == [a2, a1]  # oldest first
    assert by_cat["topic"]["name"] and by_cat["reports"][0]["status"] == "gemeld"
    by_zone = got[("zone", "MH01")]
    assert by_zone["topic"]["name"] == "Kouter" and {x["id"] for x in by_zone["reports"]} == {b1, b2}
    assert by_zone["reporter"]["language"] == "fr"  # the newest report's contact details

    # Filters: a category, a zone, a higher minimum, an older period (cut to one year).
    only = co.http.get("/v1/reports/dashboard/engaged", params={"category": "wegdek"}).json()
    assert only["items"] == []
    zone = co.http.get("/v1/reports/dashboard/engaged", params={"zone": "MH01"}).json()
    assert [(i["topic"]["kind"], i["topic"]["key"]) for i in zone["items"]] == [("zone", "MH01")]
    assert co.http.get("/v1/reports/dashboard/engaged", params={"min_reports": 3}).json()["items"] == []
    today = dt.date.today()
    old = co.http.get("/v1/reports/dashboard/engaged",
                      params={"from": (today - dt.timedelta(days=800)).isoformat(),
                              "to": (today - dt.timedelta(days=300)).isoformat()}).json()
    assert [(i["topic"]["kind"], i["reporter"]["email"]) for i in old["items"]] == [("category", "old@example.org"),
                                                                                   ("zone", "old@example.org")]
    assert old["period"]["from"] == (today - dt.timedelta(days=300 + 364)).isoformat()

    for bad in ({"category": "nope"}, {"min_reports": 1}, {"limit": 5001}, {"from": "2026-02-30"},
                {"to": "0001-01-01"}, {"from": "9999-12-31"}, {"from": "0001-01-01", "to": "0001-12-31"},
                {"from": "2026-03-01", "to": "2026-02-01"}, {"zone": "../etc"}):
        r = co.http.get("/v1/reports/dashboard/engaged", params=bad)
        assert r.status_code == 422, (bad, r.text)
        assert "Traceback" not in r.text

    # Audited: who, when, what was asked, how many and whom; failed questions show nothing and log nothing.
    rows = audits(apis["admin"], "report_people.engaged")
    assert len(rows) == 5 and {r["actor"] for r in rows} == {"coordinator"}
    first = json.loads(rows[-1]["detail"])
    assert first["shown"] == 2 and first["device"] == co.device_id and len(first["people"]) == 2
    assert all(r["device_id"] == "@casestore" and r["at"] for r in rows)


@pytest.mark.parametrize("who", ["clerk", "manager"])
def test_only_coordinators_see_people(apis: dict[str, Api], who: str) -> None:
    api = apis[who]
    r = api.http.get("/v1/reports/dashboard/engaged")
    assert r.status_code == 403 and "coordinators" in r.json()["message"]
    r = api.http.post("/v1/reports/dashboard/residents", json={"zone": "MH11"})
    assert r.status_code == 403
    assert audits(apis["admin"], "report_people.engaged") == []
    assert audits(apis["admin"], "report_people.residents") == []
    # The zones are for everyone signed in.
    z = api.http.get("/v1/reports/zones")
    assert z.status_code == 200, z.text
    zones = z.json()
    assert zones["grid_m"] == 500 and len(zones["zones"]) == 12
    centrum = next(x for x in zones["zones"] if x["code"] == "MH11")
    assert centrum["name"] == "Centrum" and len(centrum["polygons"][0]) >= 4
    assert all(50 < p[0] < 52 and 3 < p[1] < 5 for p in centrum["polygons"][0])  # [lat, lon]
    anonymous = api.http.get("/v1/reports/zones", headers={"Authorization": ""})
    assert anonymous.status_code == 401


def test_residents_pushed_by_a_laptop_are_found_in_their_zone_and_in_a_drawn_polygon(
        apis: dict[str, Api], casestore_db: str, tmp_path: Path, make_laptop: Callable[..., Laptop]) -> None:
    from desk_app.services import persons
    from desk_app.store.models import Person

    assert cli.main(["addresses", "import", str(write(tmp_path, latlon_csv())), "--db", casestore_db]) == 0
    lap = make_laptop("counter-1", "clerk")
    an, _ = lap.loket.create_person(surname="Peeters", given_names="An", street_and_number="Kerkstraat 1",
                                    postal_code="9999", municipality="Meerhoven")
    bo, _ = lap.loket.create_person(surname="Maes", given_names="Bo", street_and_number="Kerkstraat 5 bus A",
                                    postal_code="9999", municipality="Meerhoven")
    cas, _ = lap.loket.create_person(surname="Claes", given_names="Cas", street_and_number="Sint-Pietersplein 12",
                                     postal_code="9999", municipality="Meerhoven")
    nobody, _ = lap.loket.create_person(surname="Wouters", given_names="Dirk", street_and_number="Nergensstraat 9",
                                        postal_code="9999", municipality="Meerhoven")
    lap.client.sync_once()
    co = apis["coordinator"]

    def residents(body: dict[str, Any], expect: int = 200) -> dict[str, Any]:
        r = co.http.post("/v1/reports/dashboard/residents", json=body)
        assert r.status_code == expect, r.text
        return dict(r.json())

    centrum = residents({"zone": "MH11"})
    assert [(i["name"], i["address"]) for i in centrum["items"]] == [
        ("An Peeters", "Kerkstraat 1, 9999 Meerhoven"), ("Bo Maes", "Kerkstraat 5 bus A, 9999 Meerhoven")]
    assert centrum["total"] == 2 and centrum["items"][0]["lat"] == pytest.approx(CENTRUM[0])
    assert [i["person_id"] for i in residents({"zone": "MH22"})["items"]] == [cas]
    assert residents({"zone": "MH03"}) == {"items": [], "total": 0}
    assert residents({"zone": "MH11", "limit": 1}) == {"items": centrum["items"][:1], "total": 2}

    # A polygon drawn around the first two Kerkstraat points (closed or not), and one beside them.
    lat, lon = CENTRUM
    around = [[lat - 0.0002, lon - 0.0002], [lat - 0.0002, lon + 0.0006], [lat + 0.0006, lon + 0.0006],
              [lat + 0.0006, lon - 0.0002]]
    found = residents({"polygon": around})
    assert {i["person_id"] for i in found["items"]} == {an}
    assert {i["person_id"] for i in residents({"polygon": [*around, around[0]]})["items"]} == {an}
    beside = [[p[0], p[1] + 0.01] for p in around]
    assert residents({"polygon": beside}) == {"items": [], "total": 0}
    # A triangle whose bounding box holds Bo's point (Kerkstraat 5) but whose inside does not.
    tri = [[lat - 0.0002, lon - 0.0002], [lat + 0.0012, lon - 0.0002], [lat - 0.0002, lon + 0.0012]]
    assert {i["person_id"] for i in residents({"polygon": tri})["items"]} == {an}
    assert nobody not in {i["person_id"] for z in ("MH11", "MH22") for i in residents({"zone": z})["items"]}

    # A move pushed by the laptop moves the place.
    with lap.loket.store.write() as s:
        person = s.get(Person, an)
        assert person is not None
        persons.add_address(s, "clerk", person, "Molenstraat 7", "9999", "Meerhoven")
    lap.client.sync_once()
    assert {i["person_id"] for i in residents({"zone": "MH22"})["items"]} == {cas, an}
    assert {i["person_id"] for i in residents({"zone": "MH11"})["items"]} == {bo}

    # Hostile and wrong polygons and zones: a clear 422, nothing shown, nothing logged.
    bow_tie = [[lat, lon], [lat + 0.001, lon + 0.001], [lat, lon + 0.001], [lat + 0.001, lon]]
    r = co.http.post("/v1/reports/dashboard/residents", json={"polygon": bow_tie})
    assert r.status_code == 422 and "crosses itself" in r.json()["message"]
    huge = [[lat + 0.001 * math.cos(i * math.tau / 10_000), lon + 0.001 * math.sin(i * math.tau / 10_000)]
            for i in range(10_000)]
    assert co.http.post("/v1/reports/dashboard/residents", json={"polygon": huge}).status_code == 422
    for bad in ({"polygon": [[lat, lon], [lat, lon + 1]]}, {"polygon": [[lat, lon], [lat, lon + 1], [lat, lon + 2]]},
                {"polygon": [[91, 0], [0, 1], [1, 0]]}, {"polygon": [[lat, "x"], [0, 1], [1, 0]]},
                {"zone": "MH11", "polygon": around}, {}, {"zone": "XX99"}, {"zone": "../../etc"},
                {"zone": "MH11", "limit": 5001}, {"zone": "MH11\x00"}):
        r = co.http.post("/v1/reports/dashboard/residents", json=bad)
        assert r.status_code == 422, (bad, r.text)
        assert "Traceback" not in r.text

    # Every view that showed people is audited, with the question, how many and whom.
    rows = audits(apis["admin"], "report_people.residents")
    assert len(rows) == 12 and {r["actor"] for r in rows} == {"coordinator"}
    details = [json.loads(r["detail"]) for r in reversed(rows)]
    assert details[0] == {"device": co.device_id, "zone": "MH11", "limit": 1000, "shown": 2, "total": 2,
                          "people": sorted([an, bo])}
    poly = details[4]
    assert poly["polygon"]["points"] == 4 and poly["shown"] == 1 and poly["people"] == [an]


def test_the_demo_register_places_persons_at_its_addresses(
        apis: dict[str, Api], make_laptop: Callable[..., Laptop]) -> None:
    from resources import RESOURCES_DIR
    from wire import geo

    demo = RESOURCES_DIR / "reports" / "demo_addresses.csv"
    if not demo.exists():
        pytest.skip("resources/reports/demo_addresses.csv not there yet (part D makes it)")
    import csv

    with demo.open(encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    first = rows[0]
    street = first.get("street") or first.get("straatnaam") or ""
    number = first.get("number") or first.get("huisnummer") or ""
    postcode = first.get("postcode") or ""
    lap = make_laptop("counter-demo", "clerk")
    pid, _ = lap.loket.create_person(surname="Janssens", given_names="Els", street_and_number=f"{street} {number}",
                                     postal_code=postcode, municipality="Meerhoven")
    lap.client.sync_once()
    lat, lon = float(first["lat"]), float(first["lon"])
    zone = geo.default().zone_of(lat, lon)
    r = apis["coordinator"].http.post("/v1/reports/dashboard/residents", json={"zone": zone, "limit": 5000})
    assert r.status_code == 200, r.text
    assert pid in {i["person_id"] for i in r.json()["items"]}


def test_a_polygon_counts_and_orders_its_residents_exactly_as_one_by_one(tmp_path: Path) -> None:
    """The grid that lets the database count the inside cells gives what testing every place gives: random
    places (some on a grid line, some on a vertex) in star-shaped, thin and square polygons."""
    import random

    from sqlalchemy import insert

    from casestore import schema
    from casestore.db import make_engine, make_sessionmaker
    from casestore.models_reports import PersonPlace
    from casestore.services import report_people as rp
    from casestore.services.common import Principal
    from wire import geo

    url = f"sqlite:///{tmp_path / 'places.db'}"
    schema.upgrade(url)
    engine = make_engine(url)
    rng = random.Random(15)
    lat0, lon0 = 51.0, 3.8
    rows: list[dict[str, Any]] = [{"person_id": f"p{i:05d}", "address": f"Straat {rng.randrange(300)}", "lat": lat0 + rng.random() * 0.05,
             "lon": lon0 + rng.random() * 0.08, "zone": None, "updated_at": dt.datetime.now(dt.UTC)}
            for i in range(6000)]
    polygons = []
    for _ in range(12):
        n = rng.choice((3, 4, 7, 40, 200, 500))
        c_lat, c_lon = lat0 + 0.025, lon0 + 0.04
        radii = [0.3 + rng.random() for _ in range(n)]  # one per vertex, by angle: a star, a simple ring
        polygons.append([[c_lat + 0.02 * radii[i] * math.sin(2 * math.pi * i / n),
                          c_lon + 0.03 * radii[i] * math.cos(2 * math.pi * i / n)] for i in range(n)])
    polygons.append([[lat0 + 0.01, lon0 + 0.01], [lat0 + 0.01, lon0 + 0.05], [lat0 + 0.04, lon0 + 0.05],
                     [lat0 + 0.04, lon0 + 0.01]])  # a square: places on its edges and on the grid's lines
    polygons.append([[lat0, lon0], [lat0 + 0.05, lon0 + 0.0005], [lat0 + 0.001, lon0 + 0.08]])  # thin
    for poly in polygons[-2:]:
        rows += [{"person_id": f"v{len(rows)}-{j}", "address": "Hoek 1", "lat": a, "lon": b, "zone": None,
                  "updated_at": dt.datetime.now(dt.UTC)} for j, (a, b) in enumerate(poly)]
        lat_lo, lat_hi = min(p[0] for p in poly), max(p[0] for p in poly)
        rows += [{"person_id": f"g{len(rows)}-{j}", "address": "Lijn 2", "lat": lat_lo + (lat_hi - lat_lo) * j / 32,
                  "lon": lon0 + 0.03, "zone": None, "updated_at": dt.datetime.now(dt.UTC)} for j in range(33)]
    p = Principal(1, "coordinator", "coordinator", None, "dev")
    try:
        with make_sessionmaker(engine).begin() as s:
            s.execute(insert(PersonPlace), rows)
        for poly in polygons:
            ring = rp.check_polygon(poly)
            expected = sorted((r for r in rows if geo.point_in_ring(r["lat"], r["lon"], ring)),
                              key=lambda r: (r["address"], r["person_id"]))
            with make_sessionmaker(engine).begin() as s:
                got = rp.residents(s, p, polygon=poly, limit=200)
            if len(poly) >= 40:
                assert rp.BandedRing(ring).grid(rp.GRID_CELLS) is not None  # the database counts the inside
            assert got["total"] == len(expected), len(poly)
            assert [i["person_id"] for i in got["items"]] == [r["person_id"] for r in expected[:200]]
    finally:
        engine.dispose()
