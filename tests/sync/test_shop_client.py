"""The desk's walk-in queue client (sync.shop) and reception's offline queue (desk_app.services.reception)
against the real case store on loopback: issue, call next, finish with the visit's ids; tickets issued while the
case store is down are pushed in order, exactly once, when it is back."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from casestore import embedded
from casestore.services import queue as queue_service
from desk_app.services.reception import (
    NoOfflineRange,
    PendingTicket,
    QueueRefused,
    QueueUnreachable,
    ReceptionQueue,
)
from sync.shop import ShopClient, ShopOffline, ShopRefused
from tests.casestore.fixtures import _db_url, open_laptop

SHOP = "stadswinkel"


class Server:
    """A case store on a fixed port that can be stopped and started again on the same database."""

    def __init__(self, db_url: str) -> None:
        self.db_url = db_url
        self.running = embedded.start(db_url, demo=True)
        self.url = self.running.url
        self.port = int(self.url.rsplit(":", 1)[1])

    def stop(self) -> None:
        self.running.stop()

    def start(self) -> None:
        self.running = embedded.start(self.db_url, port=self.port, upgrade=False)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def server(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Server]:
    srv = Server(_db_url(request.param, tmp_path, request))
    yield srv
    srv.stop()


@pytest.fixture
def laptop(tmp_path: Path, server: Server) -> Iterator[Any]:
    lap = open_laptop(tmp_path / "reception", server.url, "clerk")
    yield lap
    lap.close()


def client_of(lap: Any) -> ShopClient:
    return ShopClient(lap.client.transport, attempts=2)


def test_issue_call_next_and_finish_with_the_visits_ids(laptop: Any) -> None:
    shop = client_of(laptop)
    info = shop.shop(SHOP)
    civil = info.service("burgerzaken")
    assert civil is not None and civil.prefix == "A" and (civil.offline_first, civil.offline_last) == (500, 599)
    first = shop.issue(SHOP, "burgerzaken", request_id=uuid.uuid4().hex, person_id="person-1")
    second = shop.issue(SHOP, "burgerzaken", request_id=uuid.uuid4().hex)
    assert (first.number, second.number) == ("A001", "A002") and first.person_id == "person-1"
    waiting = shop.waiting(SHOP, "balie-1")
    assert [t.number for t in waiting] == ["A001", "A002"]
    assert waiting[0].position == 1 and waiting[1].expected_wait_seconds is not None
    assert waiting[1].expected_wait_seconds > waiting[0].expected_wait_seconds  # type: ignore[operator]

    called = shop.call_next(SHOP, "balie-1")
    assert called is not None and called.id == first.id and called.status == "called" and called.desk == "balie-1"
    assert shop.recall(SHOP, called.id).calls == 2
    done = shop.finish(SHOP, called.id, case_ids=["case-1"], contact_ids=["contact-1"])
    assert done.status == "finished" and done.case_ids == ("case-1",) and done.contact_ids == ("contact-1",)
    assert shop.ticket(SHOP, called.id).case_ids == ("case-1",)
    assert [t.number for t in shop.waiting(SHOP, "balie-1")] == ["A002"]


def test_a_ticket_taken_by_another_desk_is_a_clear_refusal(laptop: Any) -> None:
    shop = client_of(laptop)
    shop.issue(SHOP, "burgerzaken", request_id=uuid.uuid4().hex)
    mine = shop.call_next(SHOP, "balie-1")
    assert mine is not None
    assert shop.call_next(SHOP, "balie-2") is None  # nobody else waits: the second desk gets nobody
    shop.finish(SHOP, mine.id)
    with pytest.raises(ShopRefused) as e:
        shop.no_show(SHOP, mine.id)
    assert isinstance(e.value, QueueRefused) and e.value.code == "conflict" and "A001" in e.value.message


def test_issuing_again_with_the_same_request_id_answers_the_same_ticket(laptop: Any) -> None:
    shop = client_of(laptop)
    rid = uuid.uuid4().hex
    one = shop.issue(SHOP, "rijbewijs", request_id=rid)
    again = shop.issue(SHOP, "rijbewijs", request_id=rid)
    assert (again.id, again.number) == (one.id, one.number) == (rid, "B001")
    assert [t.number for t in shop.waiting(SHOP, "balie-1")] == ["B001"]
    with pytest.raises(ShopRefused) as e:  # the key of another ticket, for another service
        shop.issue(SHOP, "burgerzaken", request_id=rid)
    assert e.value.code == "conflict"


def test_offline_tickets_are_pushed_in_order_exactly_once_when_the_case_store_is_back(
        laptop: Any, server: Server, tmp_path: Path) -> None:
    shop = client_of(laptop)
    info = shop.shop(SHOP)
    reception = ReceptionQueue(tmp_path / "reception-data", b"k" * 32)
    reception.remember_shop(info)
    online = shop.issue(SHOP, "burgerzaken", request_id=uuid.uuid4().hex)
    server.stop()
    with pytest.raises(ShopOffline) as down:
        shop.issue(SHOP, "burgerzaken", request_id=uuid.uuid4().hex)
    assert isinstance(down.value, QueueUnreachable)
    known = reception.known_shop(SHOP)
    assert known == info
    a = reception.issue_offline(known, "burgerzaken", person_id="person-7")
    b = reception.issue_offline(known, "burgerzaken")
    c = reception.issue_offline(known, "rijbewijs")
    assert [t.number for t in (a, b, c)] == ["A500", "A501", "B500"]
    # a crash: another process opens the same folder and finds everything
    assert [t.number for t in ReceptionQueue(reception.folder, b"k" * 32).pending()] == ["A500", "A501", "B500"]
    assert b"A500" not in reception.path.read_bytes()  # sealed
    stalled = reception.push(shop.push_offline)
    assert stalled.pushed == [] and stalled.waiting == 3

    server.start()
    # the answer to the first push was lost: the case store has it, the laptop still holds it
    lost = shop.push_offline(a)
    result = reception.push(shop.push_offline)
    assert [t.number for t in result.pushed] == ["A500", "A501", "B500"] and result.waiting == 0
    assert result.pushed[0].id == lost.id == a.request_id and result.pushed[0].person_id == "person-7"
    assert result.pushed[0].arrived_at == a.arrived_at  # keeps its place: issued before anyone came later
    assert reception.push(shop.push_offline).pushed == []  # nothing left: never twice
    waiting = shop.waiting(SHOP, "balie-1")
    assert [t.number for t in waiting] == [online.number, "A500", "A501", "B500"]
    # the case store's own numbers go on from its range, never into the offline one
    assert shop.issue(SHOP, "burgerzaken", request_id=uuid.uuid4().hex).number == "A002"


def test_offline_numbers_wrap_in_their_range_and_need_one(tmp_path: Path, laptop: Any) -> None:
    info = client_of(laptop).shop(SHOP)
    reception = ReceptionQueue(tmp_path / "r", None)
    now = dt.datetime(2026, 12, 2, 9, 0, tzinfo=dt.UTC)
    numbers = [reception.issue_offline(info, "burgerzaken", now=now).number for _ in range(101)]
    assert numbers[0] == "A500" and numbers[99] == "A599" and numbers[100] == "A500"
    assert reception.issue_offline(info, "burgerzaken", now=now + dt.timedelta(days=1)).number == "A500"
    bare = type(info)(info.code, info.name, tuple(s.__class__(s.code, s.name, s.prefix, s.first, s.last,
                                                                  s.default_minutes) for s in info.services),
                      info.desks)
    with pytest.raises(NoOfflineRange):
        reception.issue_offline(bare, "burgerzaken")


def test_the_case_store_refuses_an_offline_number_outside_the_range_or_a_stale_time(laptop: Any) -> None:
    shop = client_of(laptop)
    now = dt.datetime.now(dt.UTC)
    for seq, at in ((12, now), (500, now + dt.timedelta(hours=2)), (500, now - dt.timedelta(days=3))):
        pending = PendingTicket(uuid.uuid4().hex, SHOP, "burgerzaken", seq, f"A{seq:03d}", at.isoformat())
        with pytest.raises(ShopRefused) as e:
            shop.push_offline(pending)
        assert e.value.status == 400 and e.value.message
    assert shop.waiting(SHOP, "balie-1") == []


def test_a_shop_file_whose_offline_range_overlaps_its_range_is_refused(tmp_path: Path) -> None:
    text = (queue_service.DEFAULT_SHOP_DIR / "dienstencentrum-noord.yaml").read_text(encoding="utf-8")
    (tmp_path / "noord.yaml").write_text(text.replace("offline_range: [500, 599]", "offline_range: [150, 250]"),
                                        encoding="utf-8")
    with pytest.raises(queue_service.ShopConfigError, match="offline_range"):
        queue_service.load_shops(tmp_path)


def test_finish_links_only_what_this_clerk_created_since_the_call(laptop: Any) -> None:
    from desk_app.services.reception import created_during_visit

    loket = laptop.loket
    pid, _ = loket.create_person(surname="Peeters", given_names="An", street_and_number="Kerkstraat 1",
                                 postal_code="9999", municipality="Meerhoven")
    before, _ = loket.intake("civil_registry_extract", pid, {"record_type": "birth"})
    since = dt.datetime.now(dt.UTC)
    mine, _ = loket.intake("civil_registry_extract", pid, {"record_type": "birth"})
    loket.settings.staff_user = "someone-else"  # a colleague's case, e.g. brought by a sync meanwhile
    theirs, _ = loket.intake("civil_registry_extract", pid, {"record_type": "death"})
    loket.settings.staff_user = "clerk"
    cases, contacts = created_during_visit(loket.store, "clerk", since,
                                           [before.case.id, mine.case.id, theirs.case.id], ["no-such-contact"])
    assert cases == [mine.case.id] and contacts == []
