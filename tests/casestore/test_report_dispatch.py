"""The coordinator's dispatch of citizen reports over real HTTP (SQLite and PostgreSQL): routing rules by
category and zone (``resources/reports/routing.json``), applied again on a category or location change unless
a coordinator pinned the route, forwarding to a third party, reopening, the lists and their paging, the
idempotent status change, sub-tasks routed on their own; and the routing file's checker (no server)."""

from __future__ import annotations

import copy
import datetime as dt
import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import pytest

from casestore.embedded import RunningServer
from casestore.services import report_routing
from casestore.services.report_routing import RoutingError
from tests.casestore.fixtures import REPO_ROOT
from tests.casestore.test_service import Api
from wire import geo

OUTSIDE = (51.0259, 4.4776)  # Mechelen: outside the demo city, a grid cell
TZ = ZoneInfo("Europe/Brussels")


def point_in(code: str) -> tuple[float, float]:
    """A point of the demo city's zone ``code`` (the first of a grid over its box that lies in it)."""
    zones = geo.default()
    sector = zones.sector(code)
    assert sector is not None
    lat0, lat1, lon0, lon1 = sector.polygons[0].bbox
    for i in range(1, 20):
        for j in range(1, 20):
            lat, lon = lat0 + (lat1 - lat0) * i / 20, lon0 + (lon1 - lon0) * j / 20
            if zones.zone_of(lat, lon) == code:
                return round(lat, 6), round(lon, 6)
    raise AssertionError(f"no point found in {code}")


@pytest.fixture
def coordinator(casestore_server: RunningServer) -> Iterator[Api]:
    a = Api(casestore_server.url, "coordinator")
    yield a
    a.http.close()


@pytest.fixture
def clerk(casestore_server: RunningServer) -> Iterator[Api]:
    a = Api(casestore_server.url, "clerk")
    yield a
    a.http.close()


def report(api: Api, category: str, at: tuple[float, float], expect: int = 201, **extra: Any) -> dict[str, Any]:
    body = {"category": category, "description": f"{category} hier", "lat": at[0], "lon": at[1],
            "channel": "counter", **extra}
    r = api.http.post("/v1/reports", json=body)
    assert r.status_code == expect, r.text
    return dict(r.json())


def post(api: Api, path: str, body: dict[str, Any], expect: int = 200) -> dict[str, Any]:
    r = api.http.post(path, json=body)
    assert r.status_code == expect, r.text
    return dict(r.json())


def status(api: Api, rid: str, new: str, expect: int = 200, **extra: Any) -> dict[str, Any]:
    return post(api, f"/v1/reports/{rid}/status", {"status": new, **extra}, expect)


def get(api: Api, rid: str) -> dict[str, Any]:
    r = api.http.get(f"/v1/reports/{rid}")
    assert r.status_code == 200, r.text
    return dict(r.json())


def listed(api: Api, name: str, expect: int = 200, **params: Any) -> dict[str, Any]:
    r = api.http.get(f"/v1/reports/lists/{name}", params=params)
    assert r.status_code == expect, r.text
    return dict(r.json())


def ids(api: Api, name: str, **params: Any) -> list[str]:
    return [x["id"] for x in listed(api, name, **params)["items"]]


def route_of(rep: dict[str, Any]) -> tuple[str, str | None, str | None]:
    return rep["department"], rep["assigned_to"], rep["zone"]


def today() -> dt.date:
    return dt.datetime.now(TZ).date()


# ------------------------------------------------------------------------------------------- routing


def test_reports_are_routed_by_category_and_zone_the_first_rule_winning(coordinator: Api) -> None:
    park, centre, edge = point_in("MH21"), point_in("MH11"), point_in("MH00")
    assert route_of(report(coordinator, "bomen", park)) == ("groendienst", "an.peeters", "MH21")
    assert route_of(report(coordinator, "bomen", edge)) == ("groendienst", None, "MH00")  # the category's own
    # sluikstort in the centre: its own rule (with a person) comes before the rule for all waste there
    assert route_of(report(coordinator, "sluikstort", centre)) == ("netheid_centrum", "jan.claes", "MH11")
    assert route_of(report(coordinator, "zwerfvuil", centre)) == ("netheid_centrum", None, "MH11")
    assert route_of(report(coordinator, "sluikstort", edge)) == ("netheid", None, "MH00")
    # a rule on the category alone holds in every zone, also outside the city (a grid cell)
    far = report(coordinator, "snelheid", OUTSIDE)
    assert far["department"] == "mobiliteit" and far["assigned_to"] == "els.wouters"
    assert far["zone"] == geo.grid_cell(*OUTSIDE, geo.default().grid_m) and far["zone"].startswith("G")
    plain = report(coordinator, "wegdek", OUTSIDE, reported_at="2025-12-24T10:00:00+01:00")
    assert route_of(plain)[:2] == ("wegen", None) and not plain["route_pinned"] and plain["reopened"] == 0
    # ten working days from Wednesday 24 December 2025: Christmas, two weekends and New Year's Day skipped
    assert plain["deadline_10wd"] == "2026-01-09"
    r = coordinator.http.get("/v1/reports/routing")
    assert r.status_code == 200, r.text
    rules = r.json()["rules"]
    assert rules[0] == {"category": "bomen", "zones": ["MH21", "MH13"], "department": "groendienst",
                        "assigned_to": "an.peeters", "note": rules[0]["note"]}
    assert rules[3] == {"main_category": "afval", "zones": ["MH11", "MH12"], "department": "netheid_centrum",
                        "note": rules[3]["note"]}
    assert rules == report_routing.default().view()["rules"]


def test_routing_applies_again_on_a_change_unless_pinned_by_hand(coordinator: Api, clerk: Api) -> None:
    rid = report(coordinator, "zwerfvuil", point_in("MH00"))["id"]
    moved = post(coordinator, f"/v1/reports/{rid}/location", {"lat": point_in("MH11")[0], "lon": point_in("MH11")[1],
                                                              "address": "Grote Markt 1, Meerhoven"})
    assert route_of(moved) == ("netheid_centrum", None, "MH11") and moved["address"] == "Grote Markt 1, Meerhoven"
    recat = post(coordinator, f"/v1/reports/{rid}/category", {"category": "sluikstort"})
    assert route_of(recat) == ("netheid_centrum", "jan.claes", "MH11")
    recat = post(coordinator, f"/v1/reports/{rid}/category", {"category": "bomen"})
    assert route_of(recat) == ("groendienst", None, "MH11")
    # by hand: the rules leave it alone, whatever moves
    pinned = post(coordinator, f"/v1/reports/{rid}/route", {"department": "wegen", "assigned_to": "piet.jans"})
    assert route_of(pinned) == ("wegen", "piet.jans", "MH11") and pinned["route_pinned"]
    park = point_in("MH21")
    still = post(coordinator, f"/v1/reports/{rid}/location", {"lat": park[0], "lon": park[1]})
    assert route_of(still) == ("wegen", "piet.jans", "MH21") and still["address"] == "Grote Markt 1, Meerhoven"
    still = post(coordinator, f"/v1/reports/{rid}/category", {"category": "speeltuin"})
    assert route_of(still)[:2] == ("wegen", "piet.jans") and still["category"] == "speeltuin"
    # the rules again
    r = coordinator.http.delete(f"/v1/reports/{rid}/route")
    assert r.status_code == 200, r.text
    assert route_of(r.json()) == ("groendienst", "an.peeters", "MH21") and not r.json()["route_pinned"]
    # refusals change nothing
    bad = post(coordinator, f"/v1/reports/{rid}/route", {"department": "nowhere"}, expect=400)
    assert bad["error"] == "unknown_department" and bad["message"].startswith("'nowhere' is not a department")
    bad = post(coordinator, f"/v1/reports/{rid}/route", {"department": "wegen", "assigned_to": "a b\n"}, expect=422)
    assert bad["fields"][0]["field"] == "assigned_to"
    assert post(coordinator, f"/v1/reports/{rid}/location", {"lat": 91, "lon": 4}, expect=422)["fields"][0][
        "field"] == "lat"
    assert post(clerk, f"/v1/reports/{rid}/route", {"department": "wegen"}, expect=403)["error"] == "forbidden"
    assert post(clerk, f"/v1/reports/{rid}/location", {"lat": 51.0, "lon": 3.9}, expect=403)["error"] == "forbidden"
    assert clerk.http.delete(f"/v1/reports/{rid}/route").status_code == 403
    assert post(coordinator, "/v1/reports/M2026-999999/route", {"department": "wegen"}, expect=404)[
        "error"] == "not_found"
    after = get(coordinator, rid)
    assert route_of(after) == ("groendienst", "an.peeters", "MH21") and not after["route_pinned"]


def test_a_sub_task_is_routed_to_its_own_department(coordinator: Api) -> None:
    parent = report(coordinator, "wegdek", point_in("MH11"))
    assert route_of(parent) == ("wegen", None, "MH11")
    child = post(coordinator, f"/v1/reports/{parent['id']}/subtasks",
                 {"category": "sluikstort", "description": "Puin opruimen"}, expect=201)
    assert route_of(child) == ("netheid_centrum", "jan.claes", "MH11") and child["parent_id"] == parent["id"]
    new = listed(coordinator, "new", department="netheid_centrum")["items"]
    assert [(x["id"], x["parent_id"]) for x in new] == [(child["id"], parent["id"])]


# ------------------------------------------------------------------------------ forward and reopen


def test_forward_close_and_reopen(coordinator: Api) -> None:
    rep = report(coordinator, "straatverlichting", point_in("MH02"))
    rid, deadline = rep["id"], rep["deadline"]
    fwd = post(coordinator, f"/v1/reports/{rid}/forward", {"party": "Fluvius", "note": "kabel defect"})
    assert (fwd["status"], fwd["external_party"]) == ("wacht_op_derde", "Fluvius") and fwd["open"]
    assert fwd["history"][-1]["note"] == "forwarded to Fluvius: kabel defect"
    again = post(coordinator, f"/v1/reports/{rid}/forward", {"party": "Infrabel"}, expect=409)
    assert again["error"] == "already_waiting" and "Fluvius" in again["message"]
    assert post(coordinator, f"/v1/reports/{rid}/forward", {"party": "   "}, expect=400)["error"] == "bad_party"
    assert post(coordinator, f"/v1/reports/{rid}/forward", {"party": "Flu\x00vius"}, expect=422)["fields"][0][
        "field"] == "party"
    done = status(coordinator, rid, "afgehandeld")
    assert done["closed_on"] == today().isoformat() and done["lead_seconds"] is not None
    assert 0 <= done["lead_seconds"] < 3600 and not done["open"]
    back = status(coordinator, rid, "heropend")
    assert (back["reopened"], back["closed_on"], back["lead_seconds"], back["closed_at"]) == (1, None, None, None)
    assert back["deadline"] == deadline and back["open"]
    status(coordinator, rid, "geannuleerd")
    assert status(coordinator, rid, "heropend")["reopened"] == 2
    status(coordinator, rid, "afgehandeld")
    # a closed report cannot wait on anyone: refused, nothing written
    refused = post(coordinator, f"/v1/reports/{rid}/forward", {"party": "De Watergroep"}, expect=409)
    assert refused["error"] == "transition_refused"
    after = get(coordinator, rid)
    assert (after["status"], after["external_party"], len(after["history"])) == ("afgehandeld", "Fluvius", 7)


# ------------------------------------------------------------------------------------------- idempotent


def test_a_status_change_sent_twice_is_made_once(coordinator: Api) -> None:
    a = report(coordinator, "zwerfvuil", point_in("MH03"))["id"]
    b = report(coordinator, "zwerfvuil", point_in("MH03"))["id"]
    first = status(coordinator, a, "ingepland", request_id="desk-7:change-1", note="morgen")
    second = status(coordinator, a, "ingepland", request_id="desk-7:change-1", note="morgen")
    assert second == first and len(second["history"]) == 2
    other = status(coordinator, a, "afgehandeld", expect=409, request_id="desk-7:change-1")
    assert other["error"] == "request_id_reused" and "give every change its own request id" in other["message"]
    assert status(coordinator, b, "ingepland", expect=409, request_id="desk-7:change-1")["error"] == "request_id_reused"
    assert status(coordinator, a, "ingepland", expect=409, request_id="desk-7:change-1", note="anders")[
        "error"] == "request_id_reused"
    assert len(get(coordinator, a)["history"]) == 2 and get(coordinator, b)["status"] == "gemeld"
    assert status(coordinator, a, "afgehandeld", request_id="desk-7:change-2")["status"] == "afgehandeld"
    bad = status(coordinator, a, "heropend", expect=422, request_id="../../etc")
    assert bad["fields"][0]["field"] == "request_id"
    assert get(coordinator, a)["status"] == "afgehandeld"


def test_the_same_change_sent_at_once_from_two_places_is_made_once(coordinator: Api,
                                                                    casestore_server: RunningServer) -> None:
    rid = report(coordinator, "ratten", point_in("MH22"))["id"]
    other = Api(casestore_server.url, "coordinator")
    barrier = threading.Barrier(2)
    answers: list[tuple[int, str]] = []

    def send(api: Api) -> None:
        barrier.wait()
        r = api.http.post(f"/v1/reports/{rid}/status", json={"status": "ingepland", "request_id": "laptop-3:42"})
        answers.append((r.status_code, r.json().get("status", r.text)))

    try:
        threads = [threading.Thread(target=send, args=(a,)) for a in (coordinator, other)]
        for th in threads:
            th.start()
        for th in threads:
            th.join(60)
    finally:
        other.http.close()
    assert answers == [(200, "ingepland"), (200, "ingepland")]
    assert [h["status"] for h in get(coordinator, rid)["history"]] == ["gemeld", "ingepland"]


def test_a_request_from_the_citys_app_is_routed_and_queued(coordinator: Api, casestore_db: str) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    done = subprocess.run([sys.executable, "-m", "casestore.cli", "open311-key", "add", "Stadsapp", "--db",
                           casestore_db], capture_output=True, text=True, env=env, cwd=REPO_ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    key = done.stdout.strip()
    centre = point_in("MH12")
    form = {"api_key": key, "service_code": "sluikstort", "description": "Matras aan de Begijnhofpoort"}
    base = str(coordinator.http.base_url).rstrip("/")
    with httpx.Client(base_url=f"{base}/open311/v2", timeout=30) as app:
        r = app.post("/requests.json", data={**form, "lat": str(centre[0]), "long": str(centre[1])})
        assert r.status_code == 201, r.text
        routed = r.json()[0]["service_request_id"]
        r = app.post("/requests.json", data={**form, "address_string": "Kerkstraat 3, Meerhoven"})
        assert r.status_code == 201, r.text
        no_point = r.json()[0]["service_request_id"]
    assert route_of(get(coordinator, routed)) == ("netheid_centrum", "jan.claes", "MH12")
    assert route_of(get(coordinator, no_point)) == ("netheid", None, None)  # no point: no zone, no zone rule
    new = listed(coordinator, "new")
    assert [(x["id"], x["channel"]) for x in new["items"]] == [(routed, "app"), (no_point, "app")]


# ------------------------------------------------------------------------------------------------ lists


def test_each_list_holds_exactly_its_reports(coordinator: Api, clerk: Api, casestore_server: RunningServer) -> None:
    now = dt.datetime.now(dt.UTC)
    edge, centre = point_in("MH00"), point_in("MH11")
    fresh = report(coordinator, "zwerfvuil", edge)["id"]  # new
    by_clerk = report(clerk, "glasbol", centre)["id"]  # new, the clerk's
    very_late = report(coordinator, "sluikstort", edge, reported_at=(now - dt.timedelta(days=40)).isoformat())["id"]
    status(coordinator, very_late, "ingepland")  # past 3 × 3 working days
    late = report(coordinator, "zwerfvuil", centre, reported_at=(now - dt.timedelta(days=14)).isoformat())["id"]
    status(coordinator, late, "in_behandeling")  # past 5 working days, not past 15
    waiting = report(coordinator, "wegdek", edge)["id"]
    post(coordinator, f"/v1/reports/{waiting}/forward", {"party": "Aquafin"})
    closed = report(coordinator, "bomen", edge, reported_at=(now - dt.timedelta(days=40)).isoformat())["id"]
    status(coordinator, closed, "afgehandeld")  # late, but closed: on no open list
    reopened = report(coordinator, "voetpad", edge)["id"]
    status(coordinator, reopened, "afgehandeld")
    status(coordinator, reopened, "heropend")
    assert ids(coordinator, "new") == sorted([fresh, by_clerk])
    assert ids(coordinator, "overdue") == sorted([very_late, late])
    assert ids(coordinator, "past_3x") == [very_late]
    assert ids(coordinator, "reopened") == [reopened]
    assert ids(coordinator, "waiting") == [waiting]
    assert ids(coordinator, "open") == sorted([fresh, by_clerk, very_late, late, waiting, reopened])
    assert ids(coordinator, "mine") == sorted([fresh, very_late, late, waiting, closed, reopened])
    assert ids(clerk, "mine") == [by_clerk]
    # filters
    assert ids(coordinator, "open", zone="MH11") == sorted([by_clerk, late])
    assert ids(coordinator, "open", department="netheid_centrum") == sorted([by_clerk, late])
    assert ids(coordinator, "overdue", category="sluikstort") == [very_late]
    assert ids(coordinator, "open", main_category="wegen") == sorted([waiting, reopened])
    assert ids(coordinator, "new", zone="MH23") == []
    # the summary
    item = listed(coordinator, "waiting")["items"][0]
    assert set(item) == {"id", "category", "main_category", "department", "assigned_to", "external_party",
                         "priority", "status", "open", "zone", "address", "lat", "lon", "created_at", "deadline",
                         "deadline_3x", "reopened", "reporters", "channel", "parent_id", "description"}
    assert (item["external_party"], item["status"], item["zone"], item["reporters"]) == ("Aquafin", "wacht_op_derde",
                                                                                        "MH00", 0)
    r = clerk.http.post(f"/v1/reports/{fresh}/reporters", json={"email": "a@example.be", "contact_channel": "mail"})
    assert r.status_code == 200, r.text
    assert listed(coordinator, "new", category="zwerfvuil")["items"][0]["reporters"] == 1
    # front line: `mine` only; management: none
    for name in ("new", "overdue", "open", "waiting"):
        refused = listed(clerk, name, expect=403)
        assert refused["error"] == "forbidden" and "'mine'" in refused["message"]
    manager = Api(casestore_server.url, "manager")
    try:
        assert listed(manager, "mine", expect=403)["error"] == "forbidden"
    finally:
        manager.http.close()


def test_lists_page_by_reference(coordinator: Api) -> None:
    made = sorted(report(coordinator, "graffiti", point_in("MH12"))["id"] for _ in range(5))
    seen: list[str] = []
    after: str | None = None
    pages = 0
    while True:
        params: dict[str, Any] = {"limit": 2, **({"after": after} if after else {})}
        page = listed(coordinator, "open", **params)
        assert page["total"] == 5 and len(page["items"]) <= 2
        seen += [x["id"] for x in page["items"]]
        pages += 1
        after = page["next"]
        if after is None:
            break
        assert after == seen[-1]
    assert seen == made and pages == 3
    assert listed(coordinator, "open", limit=5)["next"] is None
    assert ids(coordinator, "open", after=made[-1]) == []


def test_hostile_list_requests_get_clear_refusals(coordinator: Api) -> None:
    report(coordinator, "zwerfvuil", point_in("MH00"))
    unknown = listed(coordinator, "everything", expect=404)
    assert unknown["error"] == "unknown_list"
    assert unknown["message"] == "there is no list 'everything' (lists: new, overdue, past_3x, reopened, waiting, " \
                                 "open, mine)"
    assert coordinator.http.get("/v1/reports/lists/NEW").status_code == 422
    assert coordinator.http.get("/v1/reports/lists/..%2F..%2Fetc").status_code in (404, 422)
    huge = listed(coordinator, "open", expect=422, limit=10**12)
    assert huge["fields"][0]["field"] == "limit"
    assert listed(coordinator, "open", expect=422, limit=0)["fields"][0]["field"] == "limit"
    assert listed(coordinator, "open", expect=422, after="../../etc")["fields"][0]["field"] == "after"
    assert listed(coordinator, "open", expect=422, zone="MH\x0011")["fields"][0]["field"] == "zone"
    assert listed(coordinator, "open", expect=422, zone="MH99")["fields"][0]["field"] == "zone"  # not a sector
    assert listed(coordinator, "open", expect=400, department="nowhere")["error"] == "unknown_department"
    assert listed(coordinator, "open", expect=400, category="vliegende_schotel")["error"] == "unknown_category"
    assert listed(coordinator, "open", expect=422, limit="٥")["fields"][0]["field"] == "limit"  # Arabic-Indic 5
    for path in ("/v1/reports/..%2F..%2Fetc/route", "/v1/reports/a%00b/forward", "/v1/reports/%E2%80%AE/location"):
        r = coordinator.http.post(path, json={"department": "wegen", "party": "x", "lat": 51.0, "lon": 3.9})
        assert r.status_code in (404, 422), (path, r.status_code, r.text)
        assert "error" in r.json()


# ------------------------------------------------------------------------------------ the routing file


def _doc() -> dict[str, Any]:
    return dict(json.loads(report_routing.ROUTING_FILE.read_text(encoding="utf-8")))


def test_the_city_routing_file_is_valid_and_routes_in_order() -> None:
    routing = report_routing.load()
    assert len(routing.rules) >= 5
    assert routing.route("bomen", "MH13") == report_routing.Route("groendienst", "an.peeters", 0)
    assert routing.route("sluikstort", "MH12") == report_routing.Route("netheid_centrum", "jan.claes", 2)
    assert routing.route("graffiti", "MH12") == report_routing.Route("netheid_centrum", None, 3)
    assert routing.route("graffiti", None) == report_routing.Route("netheid", None, None)  # no point: no zone rule
    assert routing.route("snelheid", None).assigned_to == "els.wouters"
    assert report_routing.main([]) == 0


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["rules"][0].update(department="nowhere"),
         "rules[0].department: 'nowhere' is not a department (see categories.json's departments)"),
        (lambda d: d["rules"][1]["zones"].append("MH99"),
         "rules[1].zones[2]: 'MH99' is not a zone of zones.geojson (known: MH00, MH01, MH02, MH03, MH10, MH11, "
         "MH12, MH13, MH20, MH21, MH22, MH23) nor a grid cell G<row>_<col>"),
        (lambda d: d["rules"][2].update(category="vliegende_schotel"),
         "rules[2].category: 'vliegende_schotel' is not a sub-category (see categories.json)"),
        (lambda d: d["rules"][2].update(main_category="groen"),
         "rules[2].main_category: 'sluikstort' belongs to 'afval', not 'groen': the rule could never match"),
        (lambda d: d["rules"][3].pop("department"), "rules[3].department: is missing"),
        (lambda d: d["rules"][0].update(departement="groendienst"),
         "rules[0].departement: is not a rule key (known: note, category, main_category, zones, department, "
         "assigned_to)"),
        (lambda d: d["rules"].append({"department": "wegen"}),
         "must name a category, a main_category or zones"),
        (lambda d: d["rules"].append(copy.deepcopy(d["rules"][0])),
         "matches the same reports as rules[0], which comes first: it would never be used"),
        (lambda d: d["rules"][0].update(zones="MH21"), "rules[0].zones: must be a non-empty list of zone codes"),
        (lambda d: d["rules"][0].update(zones=["MH21", "MH21"]), "rules[0].zones[1]: 'MH21' is listed twice"),
        (lambda d: d["rules"][0].update(assigned_to="an peeters\n"),
         "rules[0].assigned_to: must be a username (1-100 letters, digits or . _ @ -)"),
        (lambda d: d["rules"].__setitem__(4, "bomen"), "rules[4]: must be an object"),
        (lambda d: d.update(rules={"bomen": "groendienst"}), "rules: must be a list"),
        (lambda d: d.update(regels=[]), "regels: is not a key of the routing file (known: rules, _comment)"),
    ],
)
def test_a_routing_file_with_an_error_is_refused_with_its_key_path(change: Any, message: str,
                                                                   tmp_path: Path) -> None:
    doc = _doc()
    change(doc)
    with pytest.raises(RoutingError) as e:
        report_routing.parse(doc)
    assert message in str(e.value)
    target = tmp_path / "routing.json"
    target.write_text(json.dumps(doc), encoding="utf-8")
    assert report_routing.main([str(target)]) == 1


def test_a_routing_file_that_is_not_json_names_its_line(tmp_path: Path) -> None:
    target = tmp_path / "routing.json"
    target.write_text('{"rules": [\n  {"category": "bomen",}\n]}', encoding="utf-8")
    with pytest.raises(RoutingError) as e:
        report_routing.load(target)
    assert str(e.value).startswith("routing.json:2:") and "not valid JSON" in str(e.value)
    grid = _doc()
    grid["rules"] = [{"zones": ["G5678_-123"], "department": "preventie"}]
    assert report_routing.parse(grid).route("zwerfvuil", "G5678_-123").department == "preventie"
