"""The shop's measures (issue 16) over HTTP on the real case store (SQLite and PostgreSQL): a small day made by
hand through the queue's service layer (its ``now`` drives the clock), every expected figure worked out by hand
below (not by the code under test); who may; the CSV; bad periods."""

from __future__ import annotations

import csv
import datetime as dt
import io
import zoneinfo
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from sqlalchemy.orm import Session

from casestore.db import make_engine, make_sessionmaker
from casestore.embedded import DEMO_PASSWORD, RunningServer
from casestore.services import queue
from casestore.services.common import Principal

SHOP = "stadswinkel"
BXL = zoneinfo.ZoneInfo("Europe/Brussels")
CLERK = Principal(user_id=1, username="clerk", role="counter", department=None, device_id="measures-test")


def at(day: int, hh: int, mm: int, month: int = 11) -> dt.datetime:
    """A Brussels wall-clock time, in UTC as the routes' clock gives it."""
    return dt.datetime(2026, month, day, hh, mm, tzinfo=BXL).astimezone(dt.UTC)


def login(url: str, username: str) -> httpx.Client:
    r = httpx.post(f"{url}/v1/auth/login", json={"username": username, "password": DEMO_PASSWORD,
                                                  "device_name": f"measures-{username}"})
    r.raise_for_status()
    return httpx.Client(base_url=f"{url}/v1/queue", timeout=60,
                        headers={"Authorization": f"Bearer {r.json()['access_token']}"})


@pytest.fixture
def tx(casestore_db: str) -> Iterator[Callable[[Callable[[Session], Any]], Any]]:
    """Run one step of the day in its own transaction, on the server's database."""
    engine = make_engine(casestore_db)
    sessions = make_sessionmaker(engine)

    def run(fn: Callable[[Session], Any]) -> Any:
        with sessions.begin() as s:
            return fn(s)

    yield run
    engine.dispose()


def make_day(run: Callable[[Callable[[Session], Any]], Any]) -> None:
    """The hand-made day (Monday 30 November 2026, Brussels time) and one ticket on 1 December."""
    shop = queue.load_shops()[SHOP]
    p = CLERK

    def issue(service: str, now: dt.datetime, appointment_at: dt.datetime | None = None, sh: queue.Shop = shop) -> str:
        return str(run(lambda s: queue.issue(s, p, sh, service, appointment_at=appointment_at, now=now))["id"])

    def call(desk: str, now: dt.datetime, expect: str, sh: queue.Shop = shop) -> None:
        got = run(lambda s: queue.call_next(s, p, sh, desk, now=now))
        assert got is not None and got["id"] == expect  # the day goes as planned

    def step(fn: Callable[..., Any], tid: str, now: dt.datetime, sh: queue.Shop = shop, **kw: Any) -> None:
        run(lambda s: fn(s, p, sh, tid, now=now, **kw))

    # T1 walk-in, civil affairs: arrives 09:00, called 09:10, finished 09:16 (wait 600 s, service 360 s)
    t1 = issue("burgerzaken", at(30, 9, 0))
    # T2 walk-in: arrives 09:05, called 09:30, recalled 09:32, finished 09:40 (wait 1500 s, service 480 s)
    t2 = issue("burgerzaken", at(30, 9, 5))
    call("balie-1", at(30, 9, 10), t1)
    step(queue.serve, t1, at(30, 9, 11))
    step(queue.finish, t1, at(30, 9, 16))
    call("balie-2", at(30, 9, 30), t2)
    step(queue.recall, t2, at(30, 9, 32))
    step(queue.serve, t2, at(30, 9, 33))
    step(queue.finish, t2, at(30, 9, 40))
    # T3 appointment at 10:00, arrives early at 09:50, called 10:04, finished 10:14 (wait 240 s from 10:00,
    # hour 10; service 600 s)
    t3 = issue("burgerzaken", at(30, 9, 50), appointment_at=at(30, 10, 0))
    call("balie-1", at(30, 10, 4), t3)
    # T5 walk-in, foreign nationals: arrives 10:10, called 11:10 (wait 3600 s), parked 11:15, back 11:30,
    # called again 11:35, finished 11:50 (service 900 s: from the call after the return)
    t5 = issue("vreemdelingen", at(30, 10, 10))
    step(queue.finish, t3, at(30, 10, 14))
    # T4 appointment at 10:30, arrives late at 10:40, called 10:45 (wait 300 s from arrival), recalled twice,
    # no-show at 10:50
    t4 = issue("burgerzaken", at(30, 10, 40), appointment_at=at(30, 10, 30))
    call("balie-1", at(30, 10, 45), t4)
    step(queue.recall, t4, at(30, 10, 47))
    step(queue.recall, t4, at(30, 10, 49))
    step(queue.no_show, t4, at(30, 10, 50))
    call("balie-4", at(30, 11, 10), t5)
    step(queue.park, t5, at(30, 11, 15))
    step(queue.return_, t5, at(30, 11, 30))
    call("balie-4", at(30, 11, 35), t5)
    step(queue.finish, t5, at(30, 11, 50))
    # T6 walk-in, driving licence: arrives 14:00, called 14:02 (wait 120 s), transferred to civil affairs
    # 14:05, called there 14:20, finished 14:30 (service 600 s; counts under civil affairs)
    t6 = issue("rijbewijs", at(30, 14, 0))
    call("balie-1", at(30, 14, 2), t6)
    step(queue.transfer, t6, at(30, 14, 5), service="burgerzaken")
    call("balie-2", at(30, 14, 20), t6)
    step(queue.finish, t6, at(30, 14, 30))
    # T7 walk-in for social services at 16:00, never called (open)
    issue("sociaal_huis", at(30, 16, 0))
    # T8 on 1 December, mobility: arrives 09:00, called 09:06, finished 09:09 (wait 360 s, service 180 s)
    t8 = issue("mobiliteit", at(1, 9, 0, month=12))
    call("balie-5", at(1, 9, 6, month=12), t8)
    step(queue.finish, t8, at(1, 9, 9, month=12))
    # Not in the period or not this shop: a ticket on 27 November, one at another shop on 30 November
    t9 = issue("burgerzaken", at(27, 9, 0))
    call("balie-1", at(27, 9, 50), t9)
    step(queue.finish, t9, at(27, 11, 0))
    other = queue.load_shops()["dienstencentrum-noord"]
    t10 = issue("burgerzaken", at(30, 9, 0), sh=other)
    call("balie-1", at(30, 12, 0), t10, sh=other)


PERIOD = {"from": "2026-11-30", "to": "2026-12-01"}


def figures(row: dict[str, Any]) -> dict[str, Any]:
    return {k: row[k] for k in ("visits", "walk_ins", "appointments", "appointment_share", "served", "no_shows",
                                "no_show_rate", "open", "waiting_median_s", "waiting_p90_s", "service_median_s",
                                "service_p90_s")}


def test_measures_of_a_hand_made_day(casestore_server: RunningServer, tx: Any) -> None:
    make_day(tx)
    with login(casestore_server.url, "coordinator") as c:
        r = c.get(f"/{SHOP}/measures", params=PERIOD)
    assert r.status_code == 200, r.text
    m = r.json()
    assert (m["shop"], m["from"], m["to"], m["timezone"]) == (SHOP, "2026-11-30", "2026-12-01", "Europe/Brussels")
    # waits of the called tickets: 120 240 300 360 600 1500 3600 -> median the 4th (360);
    # p90 at rank 6 × 0.9 = 5.4: 1500 + 0.4 × (3600 - 1500) = 2340
    # services of the served: 180 360 480 600 600 900 -> median (480 + 600) / 2 = 540;
    # p90 at rank 5 × 0.9 = 4.5: 600 + 0.5 × 300 = 750
    assert figures(m["total"]) == {
        "visits": 8, "walk_ins": 6, "appointments": 2, "appointment_share": 0.25, "served": 6, "no_shows": 1,
        "no_show_rate": round(1 / 7, 4), "open": 1, "waiting_median_s": 360.0, "waiting_p90_s": 2340.0,
        "service_median_s": 540.0, "service_p90_s": 750.0}

    services = {row["service"]: row for row in m["by_service"]}
    assert [row["service"] for row in m["by_service"]] == ["burgerzaken", "vreemdelingen", "mobiliteit",
                                                           "sociaal_huis"]  # the shop's order
    assert "rijbewijs" not in services  # T6 moved to civil affairs with its transfer
    assert services["burgerzaken"]["name"]["en"] == "Civil affairs"
    # civil affairs: T1 T2 T3 T4 T6; waits 120 240 300 600 1500 -> median 300, p90 at 3.6: 600 + 0.6 × 900;
    # services 360 480 600 600 -> median 540, p90 at 2.7: 600
    assert figures(services["burgerzaken"]) == {
        "visits": 5, "walk_ins": 3, "appointments": 2, "appointment_share": 0.4, "served": 4,
        "no_shows": 1, "no_show_rate": 0.2, "open": 0, "waiting_median_s": 300.0, "waiting_p90_s": 1140.0,
        "service_median_s": 540.0, "service_p90_s": 600.0}
    assert figures(services["vreemdelingen"]) == {
        "visits": 1, "walk_ins": 1, "appointments": 0, "appointment_share": 0.0, "served": 1, "no_shows": 0,
        "no_show_rate": 0.0, "open": 0, "waiting_median_s": 3600.0, "waiting_p90_s": 3600.0,
        "service_median_s": 900.0, "service_p90_s": 900.0}

    hours = {row["hour"]: row for row in m["by_hour"]}
    assert sorted(hours) == [9, 10, 14, 16]  # T3 arrived at 09:50 but its wait began at 10:00
    # 09 h: T1 T2 T8, waits 360 600 1500 -> median 600, p90 at 1.8: 600 + 0.8 × 900
    assert (hours[9]["visits"], hours[9]["waiting_median_s"], hours[9]["waiting_p90_s"]) == (3, 600.0, 1320.0)
    # 10 h: T3 T4 T5, waits 240 300 3600
    assert (hours[10]["visits"], hours[10]["appointments"], hours[10]["no_shows"], hours[10]["waiting_median_s"]) \
        == (3, 2, 1, 300.0)
    assert (hours[16]["visits"], hours[16]["open"], hours[16]["waiting_median_s"]) == (1, 1, None)

    assert [(d["day"], d["visits"], d["served"]) for d in m["by_day"]] == [("2026-11-30", 7, 5),
                                                                           ("2026-12-01", 1, 1)]
    assert m["visits_per_day"] == 4.0
    assert m["counter_visits_per_month"] == [{"month": "2026-11", "visits": 5, "complete": False},
                                             {"month": "2026-12", "visits": 1, "complete": False}]


def test_a_whole_month_is_complete_and_an_empty_period_has_no_figures(casestore_server: RunningServer,
                                                                      tx: Any) -> None:
    make_day(tx)
    with login(casestore_server.url, "admin") as c:
        november = c.get(f"/{SHOP}/measures", params={"from": "2026-11-01", "to": "2026-11-30"}).json()
        empty = c.get(f"/{SHOP}/measures", params={"from": "2026-10-01", "to": "2026-10-31"}).json()
    # T1..T7 and T9 (27 November): served T1 T2 T3 T5 T6 T9
    assert november["counter_visits_per_month"] == [{"month": "2026-11", "visits": 6, "complete": True}]
    assert november["total"]["visits"] == 8
    assert november["visits_per_day"] == 4.0  # two days with visits
    assert empty["total"]["visits"] == 0
    assert empty["total"]["waiting_median_s"] is None and empty["total"]["no_show_rate"] is None
    assert (empty["by_service"], empty["by_day"], empty["visits_per_day"]) == ([], [], None)


@pytest.mark.parametrize("username", ["clerk", "advisor", "outreach"])
def test_only_coordinators_and_administrators_see_the_measures(casestore_server: RunningServer,
                                                              username: str) -> None:
    with login(casestore_server.url, username) as c:
        for path in ("measures", "measures.csv"):
            r = c.get(f"/{SHOP}/{path}", params=PERIOD)
            assert r.status_code == 403, r.text
            assert r.json()["error"] == "forbidden"
            assert "coordinators and administrators" in r.json()["message"]
        assert c.get("/measures/shops").status_code == 403


@pytest.mark.parametrize("username", ["coordinator", "admin"])
def test_coordinators_and_administrators_choose_among_the_shops(casestore_server: RunningServer,
                                                               username: str) -> None:
    with login(casestore_server.url, username) as c:
        r = c.get("/measures/shops")
    assert r.status_code == 200, r.text
    shops = {s["code"]: s["name"] for s in r.json()}
    assert set(shops) == {"stadswinkel", "dienstencentrum-noord"}
    assert shops["stadswinkel"]["nl"] == "Stadswinkel"


def test_measures_as_csv(casestore_server: RunningServer, tx: Any) -> None:
    make_day(tx)
    with login(casestore_server.url, "coordinator") as c:
        r = c.get(f"/{SHOP}/measures.csv", params=PERIOD)
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("text/csv")
    assert 'filename="measures-stadswinkel-2026-11-30-2026-12-01.csv"' in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.text)))
    keyed = {(row["breakdown"], row["key"]): row for row in rows}
    assert [k for k in keyed if k[0] in ("total", "service")] == [
        ("total", ""), ("service", "burgerzaken"), ("service", "vreemdelingen"), ("service", "mobiliteit"),
        ("service", "sociaal_huis")]
    total = keyed[("total", "")]
    assert (total["visits"], total["no_shows"], total["waiting_median_s"], total["waiting_p90_s"],
            total["service_median_s"]) == ("8", "1", "360.0", "2340.0", "540.0")
    assert keyed[("hour", "16")]["waiting_median_s"] == ""  # no figure: an empty cell
    assert keyed[("day", "2026-12-01")]["visits"] == "1"
    assert keyed[("month", "2026-11")]["served"] == "5"


def test_bad_periods_are_refused_clearly(casestore_server: RunningServer) -> None:
    with login(casestore_server.url, "coordinator") as c:
        backwards = c.get(f"/{SHOP}/measures", params={"from": "2026-12-01", "to": "2026-11-30"})
        too_long = c.get(f"/{SHOP}/measures", params={"from": "2025-01-01", "to": "2026-12-01"})
        not_a_date = c.get(f"/{SHOP}/measures", params={"from": "30/11/2026", "to": "2026-12-01"})
        no_shop = c.get("/nergens/measures", params=PERIOD)
    assert (backwards.status_code, backwards.json()["error"]) == (400, "bad_request")
    assert "ends (2026-11-30) before it begins (2026-12-01)" in backwards.json()["message"]
    assert too_long.status_code == 400 and "at most 366 days" in too_long.json()["message"]
    assert not_a_date.status_code == 422 and "from" in not_a_date.json()["message"]
    assert no_shop.status_code == 404


def test_an_appointment_time_with_an_offset_is_kept_as_that_instant(casestore_server: RunningServer) -> None:
    """The measures' waiting time starts at the appointment time: a time sent with +01:00 must be read back as
    the same instant (SQLite keeps no offset: the queue stores UTC)."""
    with login(casestore_server.url, "clerk") as c:
        r = c.post(f"/{SHOP}/tickets", json={"service": "burgerzaken", "appointment_at": "2030-11-29T10:00:00+01:00"})
        assert r.status_code == 201, r.text
        back = c.get(f"/{SHOP}/tickets/{r.json()['id']}").json()
    assert dt.datetime.fromisoformat(back["appointment_at"]) == dt.datetime(2030, 11, 29, 9, 0, tzinfo=dt.UTC)
