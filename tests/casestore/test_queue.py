"""The city shop's walk-in queue (issue 16) over HTTP on the real case store (SQLite and PostgreSQL):
tickets and their numbers, call next's order, recall, no-show, park and return, transfer, finish, bad input,
who may; the settings and the shop files; the expected wait."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from casestore import embedded, schema
from casestore.db import make_engine, make_sessionmaker
from casestore.embedded import DEMO_PASSWORD, RunningServer
from casestore.services import queue
from casestore.services.common import Principal, ServiceError
from casestore.settings import Settings

SHOP = "stadswinkel"


def login(url: str, username: str = "clerk") -> httpx.Client:
    r = httpx.post(f"{url}/v1/auth/login", json={"username": username, "password": DEMO_PASSWORD,
                                                  "device_name": f"queue-{username}"})
    r.raise_for_status()
    return httpx.Client(base_url=f"{url}/v1/queue", timeout=60,
                        headers={"Authorization": f"Bearer {r.json()['access_token']}"})


def ok(r: httpx.Response, status: int = 200) -> Any:
    assert r.status_code == status, r.text
    return r.json()


def issue(c: httpx.Client, service: str = "burgerzaken", shop: str = SHOP, **kw: Any) -> dict[str, Any]:
    return ok(c.post(f"/{shop}/tickets", json={"service": service, **kw}), 201)


def call(c: httpx.Client, desk: str, shop: str = SHOP) -> dict[str, Any] | None:
    return ok(c.post(f"/{shop}/desks/{desk}/next"))["ticket"]


@pytest.fixture
def clerk(casestore_server: RunningServer) -> Iterator[httpx.Client]:
    with login(casestore_server.url) as c:
        yield c


def write_shop(folder: Path, *, code: str = "proefwinkel", first: int = 1, last: int = 499,
               desks: int = 2) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    desk_lines = "".join(
        f"  - {{code: balie-{i}, name: {{nl: Balie {i}}}, services: [burgerzaken]}}\n" for i in range(1, desks + 1))
    (folder / f"{code}.yaml").write_text(
        f"shop: {{code: {code}, name: {{nl: Proefwinkel}}}}\n"
        f"services:\n  - {{code: burgerzaken, name: {{nl: Burgerzaken}}, prefix: A, range: [{first}, {last}], "
        f"default_minutes: 6}}\n"
        f"desks:\n{desk_lines}",
        encoding="utf-8",
    )
    return folder


# ------------------------------------------------------------------------------------------- over HTTP


def test_shops_lists_services_and_desks(clerk: httpx.Client) -> None:
    shops = {s["code"]: s for s in ok(clerk.get("/shops"))}
    assert set(shops) == {"stadswinkel", "dienstencentrum-noord"}
    services = {s["code"]: s for s in shops[SHOP]["services"]}
    assert (services["burgerzaken"]["prefix"], services["burgerzaken"]["first"], services["burgerzaken"]["last"]) \
        == ("A", 1, 499)
    assert services["burgerzaken"]["name"]["fr"] == "Affaires civiles"
    desks = {d["code"]: d for d in shops[SHOP]["desks"]}
    assert desks["balie-3"] == {"code": "balie-3", "name": {"nl": "Balie 3", "fr": "Guichet 3", "de": "Schalter 3",
                                                           "en": "Desk 3"},
                                "services": ["burgerzaken", "vreemdelingen"]}


def test_tickets_are_numbered_per_service_and_called_longest_waiting_first(clerk: httpx.Client) -> None:
    a1 = issue(clerk, person_id="85073003328")
    c1 = issue(clerk, "vreemdelingen")
    a2 = issue(clerk, note="brengt pasfoto mee")
    b1 = issue(clerk, "rijbewijs")
    assert [a1["number"], c1["number"], a2["number"], b1["number"]] == ["A001", "C001", "A002", "B001"]
    assert a1["status"] == "waiting" and a1["person_id"] == "85073003328" and a1["calls"] == 0
    assert a2["note"] == "brengt pasfoto mee"

    waiting = ok(clerk.get(f"/{SHOP}/desks/balie-1/waiting"))  # burgerzaken + rijbewijs
    assert [t["number"] for t in waiting] == ["A001", "A002", "B001"]
    assert [t["position"] for t in waiting] == [1, 2, 1]

    first = call(clerk, "balie-1")
    assert first is not None
    assert (first["number"], first["status"], first["desk"], first["calls"]) == ("A001", "called", "balie-1", 1)
    assert first["desk_name"]["nl"] == "Balie 1"
    assert first["person_id"] == "85073003328"  # the clerk has the citizen on screen before they arrive
    assert call(clerk, "balie-4")["number"] == "C001"  # type: ignore[index]  # balie-4: vreemdelingen only
    assert call(clerk, "balie-4") is None  # nobody else waits for it
    assert call(clerk, "balie-2")["number"] == "A002"  # type: ignore[index]
    assert call(clerk, "balie-1")["number"] == "B001"  # type: ignore[index]
    assert call(clerk, "balie-1") is None
    assert ok(clerk.get(f"/{SHOP}/desks/balie-1/waiting")) == []


def test_appointments_at_their_time_come_before_walk_ins(clerk: httpx.Client) -> None:
    now = dt.datetime.now(dt.UTC)
    walk_in = issue(clerk)
    due = issue(clerk, appointment_at=(now - dt.timedelta(minutes=1)).isoformat())
    later = issue(clerk, appointment_at=(now + dt.timedelta(hours=2)).isoformat())

    waiting = ok(clerk.get(f"/{SHOP}/desks/balie-1/waiting"))
    assert [(t["number"], t["due"]) for t in waiting] == [
        (due["number"], True), (walk_in["number"], True), (later["number"], False)]
    assert call(clerk, "balie-1")["id"] == due["id"]  # type: ignore[index]
    assert call(clerk, "balie-1")["id"] == walk_in["id"]  # type: ignore[index]
    assert call(clerk, "balie-1") is None  # the appointment in two hours waits for its time


def test_expected_wait_without_history_is_the_services_default(clerk: httpx.Client) -> None:
    for _ in range(3):
        issue(clerk)  # burgerzaken: default 6 minutes, no desk has called yet (one desk assumed)
    waiting = ok(clerk.get(f"/{SHOP}/desks/balie-1/waiting"))
    assert [(t["position"], t["expected_wait_seconds"], t["open_desks"]) for t in waiting] == [
        (1, 360, 1), (2, 720, 1), (3, 1080, 1)]
    assert all(t["waited_seconds"] >= 0 for t in waiting)


def test_recall_at_most_three_calls_then_no_show(clerk: httpx.Client) -> None:
    t = issue(clerk)
    tid = t["id"]
    assert call(clerk, "balie-1")["id"] == tid  # type: ignore[index]
    assert ok(clerk.post(f"/{SHOP}/tickets/{tid}/recall"))["calls"] == 2
    assert ok(clerk.post(f"/{SHOP}/tickets/{tid}/recall"))["calls"] == 3
    refused = clerk.post(f"/{SHOP}/tickets/{tid}/recall")
    assert refused.status_code == 409
    assert refused.json()["error"] == "too_many_calls"
    assert "called 3 times already" in refused.json()["message"]
    gone = ok(clerk.post(f"/{SHOP}/tickets/{tid}/no-show"))
    assert gone["status"] == "no_show"
    again = clerk.post(f"/{SHOP}/tickets/{tid}/recall")
    assert again.status_code == 409 and "is no show" in again.json()["message"]


def test_park_return_transfer_and_finish(clerk: httpx.Client) -> None:
    a = issue(clerk)
    other = issue(clerk)
    assert call(clerk, "balie-1")["id"] == a["id"]  # type: ignore[index]
    parked = ok(clerk.post(f"/{SHOP}/tickets/{a['id']}/park", json={"note": "haalt zijn verblijfskaart"}))
    assert (parked["status"], parked["note"]) == ("parked", "haalt zijn verblijfskaart")
    back = ok(clerk.post(f"/{SHOP}/tickets/{a['id']}/return"))
    assert (back["status"], back["target_desk"], back["calls"]) == ("waiting", "balie-1", 0)
    # Back for the desk that parked it, at its first arrival's place: before the one who came after it.
    assert call(clerk, "balie-2")["id"] == other["id"]  # type: ignore[index]
    assert call(clerk, "balie-1")["id"] == a["id"]  # type: ignore[index]

    moved = ok(clerk.post(f"/{SHOP}/tickets/{a['id']}/transfer", json={"service": "vreemdelingen"}))
    assert (moved["status"], moved["service"]) == ("transferred", "vreemdelingen")
    assert call(clerk, "balie-1") is None  # balie-1 does not handle vreemdelingen
    assert call(clerk, "balie-4")["id"] == a["id"]  # type: ignore[index]
    to_desk = ok(clerk.post(f"/{SHOP}/tickets/{a['id']}/transfer", json={"desk": "themaloket-1"}))
    assert (to_desk["status"], to_desk["target_desk"]) == ("transferred", "themaloket-1")
    assert call(clerk, "balie-4") is None  # only the desk it was sent to calls it
    assert call(clerk, "themaloket-1")["id"] == a["id"]  # type: ignore[index]
    serving = ok(clerk.post(f"/{SHOP}/tickets/{a['id']}/serve"))
    assert serving["status"] == "serving"
    done = ok(clerk.post(f"/{SHOP}/tickets/{a['id']}/finish",
                         json={"case_ids": ["2026-000042"], "contact_ids": ["c-1", "c-2"]}))
    assert (done["status"], done["case_ids"], done["contact_ids"]) == ("finished", ["2026-000042"], ["c-1", "c-2"])
    assert done["finished_at"] is not None
    assert ok(clerk.get(f"/{SHOP}/tickets/{a['id']}")) == done
    late = clerk.post(f"/{SHOP}/tickets/{a['id']}/park", json={})
    assert late.status_code == 409 and late.json()["message"].endswith("is finished: it cannot be parked now")


def test_bad_input_gets_a_clear_answer_and_changes_nothing(clerk: httpx.Client) -> None:
    def refused(r: httpx.Response, status: int, words: str) -> None:
        assert r.status_code == status, r.text
        assert words in r.json()["message"], r.json()

    refused(clerk.post(f"/{SHOP}/tickets", json={"service": "paspoorten"}), 404,
            "the shop stadswinkel has no service 'paspoorten'")
    refused(clerk.post("/nergens/tickets", json={"service": "burgerzaken"}), 404, "there is no shop 'nergens'")
    refused(clerk.post(f"/{SHOP}/desks/balie-99/next"), 404, "the shop stadswinkel has no desk 'balie-99'")
    refused(clerk.get(f"/{SHOP}/desks/balie-99/waiting"), 404, "no desk 'balie-99'")
    refused(clerk.post(f"/{SHOP}/tickets", json={"service": "burgerzaken", "note": "a\x07b"}), 422,
            "control character")
    refused(clerk.post(f"/{SHOP}/tickets", json={"service": "burgerzaken", "note": "x" * 501}), 422,
            "at most 500 characters")
    refused(clerk.post(f"/{SHOP}/tickets", json={"service": "burgerzaken", "person_id": "85 07"}), 422,
            "must be an id")
    refused(clerk.post(f"/{SHOP}/tickets", json={"service": "burgerzaken", "appointment_at": "2026-12-02T10:00"}),
            422, "timezone")
    assert ok(clerk.get(f"/{SHOP}/desks/balie-1/waiting")) == []  # none of these issued a ticket

    t = issue(clerk)
    refused(clerk.post(f"/{SHOP}/tickets/{t['id']}/transfer", json={"service": "paspoorten"}), 400,
            "does not offer the service 'paspoorten'")
    refused(clerk.post(f"/{SHOP}/tickets/{t['id']}/transfer", json={"desk": "balie-99"}), 404, "no desk 'balie-99'")
    refused(clerk.post(f"/{SHOP}/tickets/{t['id']}/transfer", json={}), 400, "either a service or a desk")
    refused(clerk.post(f"/{SHOP}/tickets/{t['id']}/transfer", json={"service": "rijbewijs", "note": "\x00"}), 422,
            "control character")
    assert ok(clerk.get(f"/{SHOP}/tickets/{t['id']}"))["service"] == "burgerzaken"
    # A ticket id of another shop, or none at all: not found in this shop.
    north = issue(clerk, shop="dienstencentrum-noord")
    assert north["number"] == "N001"
    refused(clerk.post(f"/{SHOP}/tickets/{north['id']}/recall"), 404,
            f"the shop stadswinkel has no ticket {north['id']}")
    refused(clerk.get(f"/{SHOP}/tickets/0123456789abcdef"), 404, "has no ticket 0123456789abcdef")
    refused(clerk.post(f"/{SHOP}/tickets/{t['id']}/finish", json={"case_ids": ["not an id"]}), 422, "must be an id")


@pytest.mark.parametrize("username", ["outreach", "admin"])
def test_only_shop_staff_work_the_queue(casestore_server: RunningServer, username: str) -> None:
    with login(casestore_server.url, username) as c:
        for r in (c.post(f"/{SHOP}/tickets", json={"service": "burgerzaken"}), c.get("/shops"),
                  c.post(f"/{SHOP}/desks/balie-1/next"), c.get("/events")):
            assert r.status_code == 403, r.text
            assert "counter clerks, theme-desk advisors and coordinators" in r.json()["message"]
    with httpx.Client(base_url=f"{casestore_server.url}/v1/queue") as anonymous:
        assert anonymous.post(f"/{SHOP}/desks/balie-1/next").status_code == 401
        assert anonymous.get("/events").status_code == 401


def test_numbers_wrap_within_the_range_and_start_again_each_day(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'cs.db'}"
    schema.upgrade(db)
    shop = queue.load_shops(write_shop(tmp_path / "shops", first=7, last=9))["proefwinkel"]
    p = Principal(1, "clerk", "counter", "burgerzaken", "dev-1")
    engine = make_engine(db)
    sessions = make_sessionmaker(engine)
    day1 = dt.datetime(2026, 12, 2, 8, 0, tzinfo=dt.UTC)
    day2 = dt.datetime(2026, 12, 2, 23, 30, tzinfo=dt.UTC)  # 00:30 on 3 December in Brussels
    try:
        numbers = []
        for now in [day1] * 4 + [day2] * 2:
            with sessions.begin() as s:
                numbers.append(queue.issue(s, p, shop, "burgerzaken", now=now)["number"])
        assert numbers == ["A007", "A008", "A009", "A007", "A007", "A008"]
    finally:
        engine.dispose()


def test_expected_wait_is_median_service_time_times_position_over_open_desks(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'cs.db'}"
    schema.upgrade(db)
    shop = queue.load_shops(write_shop(tmp_path / "shops", desks=3))["proefwinkel"]
    p = Principal(1, "clerk", "counter", "burgerzaken", "dev-1")
    engine = make_engine(db)
    sessions = make_sessionmaker(engine)
    t0 = dt.datetime(2026, 12, 2, 9, 0, tzinfo=dt.UTC)

    def tx(fn: Any) -> Any:
        with sessions.begin() as s:
            return fn(s)

    try:
        # Three visits of 4, 10 and 6 minutes at two desks: the median is 6 minutes.
        for desk, minutes in (("balie-1", 4), ("balie-2", 10), ("balie-1", 6)):
            tid = tx(lambda s: queue.issue(s, p, shop, "burgerzaken", now=t0))["id"]
            tx(lambda s, desk=desk: queue.call_next(s, p, shop, desk, now=t0))
            tx(lambda s, tid=tid, minutes=minutes: queue.finish(
                s, p, shop, tid, now=t0 + dt.timedelta(minutes=minutes)))
        later = t0 + dt.timedelta(minutes=12)
        for _ in range(4):
            tx(lambda s: queue.issue(s, p, shop, "burgerzaken", now=later))
        got = tx(lambda s: queue.waiting(s, p, shop, "balie-3", now=later + dt.timedelta(minutes=5)))
        # Open desks: the two that called in the last 30 minutes (balie-3 did not).
        assert [(t["position"], t["service_median_seconds"], t["open_desks"], t["expected_wait_seconds"],
                 t["waited_seconds"]) for t in got] == [
            (1, 360, 2, 180, 300), (2, 360, 2, 360, 300), (3, 360, 2, 540, 300), (4, 360, 2, 720, 300)]
        # An hour later both desks count as closed: one desk is assumed.
        got = tx(lambda s: queue.waiting(s, p, shop, "balie-3", now=t0 + dt.timedelta(hours=2)))
        assert [t["expected_wait_seconds"] for t in got] == [360, 720, 1080, 1440]
    finally:
        engine.dispose()


# ------------------------------------------------------------------------------ settings and shop files


def test_queue_settings_are_read_from_the_environment() -> None:
    got = Settings.from_env({
        "LOKET_CASESTORE_SHOP_DIR": "/srv/shops",
        "LOKET_CASESTORE_QUEUE_POLL": "0.5",
        "LOKET_CASESTORE_QUEUE_HEARTBEAT": "20",
        "LOKET_CASESTORE_QUEUE_STREAM_MAX": "60",
    })
    assert (got.shop_dir, got.queue_poll, got.queue_heartbeat, got.queue_stream_max) == (
        Path("/srv/shops"), 0.5, 20.0, 60.0)
    d = Settings()
    assert (d.shop_dir, d.queue_poll, d.queue_heartbeat, d.queue_stream_max) == (None, 1.0, 15.0, 900.0)
    with pytest.raises(ValueError, match=r"^LOKET_CASESTORE_QUEUE_POLL must be a number, not 'soon'$"):
        Settings.from_env({"LOKET_CASESTORE_QUEUE_POLL": "soon"})


@pytest.mark.parametrize(("text", "why"), [
    ("shop: {code: x, name: {nl: X}}\nservices: []\n", "x.yaml: lists no services"),
    ("shop: {code: x, name: {nl: X}}\nservices:\n  - {code: a, name: {nl: A}, prefix: A, range: [5, 2]}\n",
     "x.yaml: services[0]: range must be [first, last]"),
    ("shop: {code: x, name: {nl: X}}\nservices:\n  - {code: a, name: {nl: A}, prefix: A, range: [1, 9]}\n"
     "desks:\n  - {code: d, name: {nl: D}, services: [a, b]}\n", "x.yaml: desks[0]: unknown service(s) b"),
    ("shop: [", "x.yaml: cannot be read"),
])
def test_a_bad_shop_file_is_named_with_what_is_wrong(tmp_path: Path, text: str, why: str) -> None:
    (tmp_path / "x.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(queue.ShopConfigError, match="^" + why.replace("[", r"\[").replace("]", r"\]")
                       .replace("(", r"\(").replace(")", r"\)")):
        queue.load_shops(tmp_path)


def test_the_citys_shop_files_load() -> None:
    shops = queue.load_shops()
    assert set(shops) == {"stadswinkel", "dienstencentrum-noord"}
    for shop in shops.values():
        for desk in shop.desks.values():
            assert set(desk.services) <= set(shop.services)


def test_a_server_with_an_unusable_shop_folder_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "shops"
    folder.mkdir()
    (folder / "kapot.yaml").write_text("shop: {code: kapot}\nservices: []\n", encoding="utf-8")
    monkeypatch.setenv("LOKET_CASESTORE_SHOP_DIR", str(folder))
    server = embedded.start(f"sqlite:///{tmp_path / 'cs.db'}", demo=True)
    try:
        with login(server.url) as c:
            r = c.post("/kapot/tickets", json={"service": "x"})
            assert r.status_code == 503
            assert r.json()["message"] == "the shop configuration cannot be used: kapot.yaml: lists no services"
    finally:
        server.stop()


def test_service_errors_are_refusals_not_crashes(tmp_path: Path) -> None:
    shop = queue.load_shops(write_shop(tmp_path / "shops"))["proefwinkel"]
    with pytest.raises(ServiceError, match="has no desk 'x'"):
        shop.desk("x")
    outreach = Principal(2, "outreach", "outreach", None, "dev-2")
    with pytest.raises(ServiceError) as e:
        queue.require_staff(outreach)
    assert e.value.status == 403
