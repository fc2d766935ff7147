"""Citizen reports in the case store over real HTTP (SQLite and PostgreSQL): deadlines from the category's
term with the Belgian working-day calendar, the status flow, reporters, sub-tasks and the duplicate look-up."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterator
from typing import Any

import pytest

from casestore.embedded import RunningServer
from tests.casestore.test_service import Api
from wire.reports import EARTH_RADIUS_M, haversine_m

HERE = (51.0259, 4.4776)  # Mechelen, Grote Markt


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


def report(api: Api, category: str = "zwerfvuil", at: tuple[float, float] = HERE, expect: int = 201,
           **extra: Any) -> dict[str, Any]:
    body = {"category": category, "description": "Vuilniszakken naast de glasbol", "lat": at[0], "lon": at[1],
            "channel": "counter", **extra}
    r = api.http.post("/v1/reports", json=body)
    assert r.status_code == expect, r.text
    return dict(r.json())


def moved(north_m: float = 0.0, east_m: float = 0.0) -> tuple[float, float]:
    lat = HERE[0] + math.degrees(north_m / EARTH_RADIUS_M)
    lon = HERE[1] + math.degrees(east_m / (EARTH_RADIUS_M * math.cos(math.radians(HERE[0]))))
    return lat, lon


def status(api: Api, rid: str, new: str, expect: int = 200) -> dict[str, Any]:
    r = api.http.post(f"/v1/reports/{rid}/status", json={"status": new})
    assert r.status_code == expect, r.text
    return dict(r.json())


def test_deadlines_count_working_days_across_christmas_and_follow_the_category(coordinator: Api) -> None:
    # Wednesday 24 December 2025, 5 working days: Christmas, the weekend and New Year's Day do not count.
    rep = report(coordinator, "zwerfvuil", reported_at="2025-12-24T10:00:00+01:00")
    assert rep["id"].startswith("M2025-") and rep["status"] == "gemeld" and rep["open"]
    assert (rep["deadline"], rep["deadline_3x"]) == ("2026-01-02", "2026-01-16")
    assert rep["department"] == "netheid" and rep["main_category"] == "afval"
    # Another category: department and both deadlines follow it (10 working days from the same day).
    r = coordinator.http.post(f"/v1/reports/{rep['id']}/category", json={"category": "geluidsoverlast"})
    assert r.status_code == 200, r.text
    assert (r.json()["deadline"], r.json()["deadline_3x"]) == ("2026-01-09", "2026-02-06")
    assert r.json()["department"] == "milieu"
    assert coordinator.http.get(f"/v1/reports/{rep['id']}").json()["deadline"] == "2026-01-09"
    # A term in calendar days counts every day.
    cal = report(coordinator, "putdeksel", reported_at="2025-12-24T10:00:00+01:00")
    assert (cal["deadline"], cal["deadline_3x"]) == ("2025-12-25", "2025-12-27")


def test_the_status_flow_allows_its_steps_and_refuses_the_others(coordinator: Api, clerk: Api) -> None:
    rid = report(clerk)["id"]
    r = clerk.http.post(f"/v1/reports/{rid}/status", json={"status": "ingepland"})
    assert r.status_code == 403 and "coordinators" in r.json()["message"]  # dispatch is the coordinator's
    status(coordinator, rid, "ingepland")
    refused = status(coordinator, rid, "heropend", expect=409)
    assert refused["message"] == ("a report that is ingepland cannot become heropend "
                                  "(allowed: in_behandeling, wacht_op_derde, afgehandeld, geannuleerd)")
    assert coordinator.http.get(f"/v1/reports/{rid}").json()["status"] == "ingepland"  # nothing written
    status(coordinator, rid, "wacht_op_derde")
    done = status(coordinator, rid, "afgehandeld")
    assert not done["open"] and done["closed_at"] is not None
    assert status(coordinator, rid, "in_behandeling", expect=409)["error"] == "transition_refused"
    again = status(coordinator, rid, "heropend")
    assert again["open"] and again["closed_at"] is None
    status(coordinator, rid, "in_behandeling")
    hist = coordinator.http.get(f"/v1/reports/{rid}").json()["history"]
    assert [(h["previous"], h["status"]) for h in hist] == [
        (None, "gemeld"), ("gemeld", "ingepland"), ("ingepland", "wacht_op_derde"),
        ("wacht_op_derde", "afgehandeld"), ("afgehandeld", "heropend"), ("heropend", "in_behandeling")]
    assert [h["tell_citizen"] for h in hist] == [True, True, True, True, True, False]
    assert hist[1]["by"] == "coordinator" and hist[0]["by"] == "clerk"


def test_reporters_anonymous_known_and_me_too(clerk: Api) -> None:
    anon = report(clerk, reporters=[{}])
    assert [r["anonymous"] for r in anon["reporters"]] == [True]
    refused = report(clerk, reporters=[{"consent": True}], expect=400, at=moved(north_m=500))
    assert refused["message"].startswith("an anonymous reporter cannot be told or contacted again")
    assert clerk.http.get("/v1/reports/nearby", params={"category": "zwerfvuil", "lat": moved(north_m=500)[0],
                                                        "lon": HERE[1]}).json() == []  # nothing stored
    no_mail = report(clerk, reporters=[{"phone": "+32 470 12 34 56", "contact_channel": "mail"}], expect=400)
    assert no_mail["message"] == "contact by mail needs an e-mail address"
    r = clerk.http.post(f"/v1/reports/{anon['id']}/reporters",
                        json={"person_id": "85073003328", "language": "fr", "contact_channel": "letter",
                              "consent": True})
    assert r.status_code == 200, r.text
    two = r.json()["reporters"]
    assert [(x["person_id"], x["me_too"], x["consent"]) for x in two] == [(None, False, False),
                                                                          ("85073003328", True, True)]


def test_a_report_splits_into_sub_tasks_that_never_split_again(coordinator: Api) -> None:
    parent = report(coordinator, "wegdek")
    r = coordinator.http.post(f"/v1/reports/{parent['id']}/subtasks",
                              json={"category": "straatverlichting", "description": "Lamp ook stuk"})
    assert r.status_code == 201, r.text
    child = r.json()
    assert child["parent_id"] == parent["id"] and child["department"] == "openbare_verlichting"
    assert (child["lat"], child["lon"]) == (parent["lat"], parent["lon"])
    assert coordinator.http.get(f"/v1/reports/{parent['id']}").json()["children"] == [child["id"]]
    r = coordinator.http.post(f"/v1/reports/{child['id']}/subtasks",
                              json={"category": "voetpad", "description": "x"})
    assert r.status_code == 409 and r.json()["error"] == "subtask_of_subtask"
    assert coordinator.http.get(f"/v1/reports/{child['id']}").json()["children"] == []


def test_duplicates_are_open_reports_of_the_category_within_50_m_of_the_last_12_weeks(coordinator: Api) -> None:
    now = dt.datetime.now(dt.UTC)
    at_49 = moved(north_m=49)
    assert 48.99 < haversine_m(*HERE, *at_49) < 49.01
    found_49 = report(coordinator, "sluikstort", at_49)["id"]
    found_old = report(coordinator, "sluikstort", moved(east_m=-30),
                       reported_at=(now - dt.timedelta(weeks=11)).isoformat())["id"]
    report(coordinator, "sluikstort", moved(east_m=51))  # too far
    report(coordinator, "zwerfvuil", moved(north_m=10))  # another category
    report(coordinator, "sluikstort", moved(north_m=-10), reported_at=(now - dt.timedelta(weeks=13)).isoformat())
    closed = report(coordinator, "sluikstort", moved(north_m=20))["id"]
    status(coordinator, closed, "afgehandeld")
    r = coordinator.http.post(f"/v1/reports/{found_49}/subtasks", json={"category": "sluikstort",
                                                                        "description": "ophalen"})
    assert r.status_code == 201  # a sub-task is the city's own work, not a report to join
    r = coordinator.http.get("/v1/reports/nearby", params={"category": "sluikstort", "lat": HERE[0], "lon": HERE[1]})
    assert r.status_code == 200, r.text
    assert [(x["report"]["id"], round(x["distance_m"])) for x in r.json()] == [(found_old, 30), (found_49, 49)]
    # Reopened, a closed report is a candidate again.
    status(coordinator, closed, "heropend")
    r = coordinator.http.get("/v1/reports/nearby", params={"category": "sluikstort", "lat": HERE[0], "lon": HERE[1]})
    assert [x["report"]["id"] for x in r.json()] == [closed, found_old, found_49]


def test_bad_input_is_refused_clearly(clerk: Api, casestore_server: RunningServer) -> None:
    assert report(clerk, "vliegende_schotel", expect=400)["message"] == "'vliegende_schotel' is not a report category"
    bad = report(clerk, at=(95.0, 4.0), expect=422)
    assert bad["fields"] == [{"field": "lat", "problem": "Input should be less than or equal to 90"}]
    future = (dt.datetime.now(dt.UTC) + dt.timedelta(days=2)).isoformat()
    assert report(clerk, reported_at=future, expect=400)["message"] == "reported_at lies in the future"
    assert clerk.http.get("/v1/reports/M2026-999999").status_code == 404
    admin = Api(casestore_server.url, "admin")
    try:
        r = admin.http.post("/v1/reports", json={"category": "zwerfvuil", "description": "x", "lat": 51.0,
                                                 "lon": 4.0, "channel": "counter"})
        assert r.status_code == 403
    finally:
        admin.http.close()
