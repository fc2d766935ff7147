"""A citizen report taken offline on a laptop reaches the case store through the sync, on SQLite and PostgreSQL:
the ``report_intake`` record becomes one report with its photo (exactly once, however often it is pushed), or
an extra reporter ("me too"); a refusal is kept on the laptop with the case store's reason; the laptop learns
the report's reference and caches the open reports as points for its offline duplicate check."""

from __future__ import annotations

import io
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PIL import Image
from PIL.TiffImagePlugin import IFDRational
from sqlalchemy import select, update

from casestore.embedded import RunningServer
from desk_app.services import refusals
from desk_app.services.reports import Photo, ReportDraft, ReportIntakes
from desk_app.store.models import OutboxOperation, ReportPoint
from tests.casestore.fixtures import Laptop
from tests.casestore.test_service import Api

CENTRUM = (51.0250, 3.8560)  # Meerhoven, Centrum (resources/reports/zones.geojson)


@pytest.fixture
def coordinator(casestore_server: RunningServer) -> Iterator[Api]:
    a = Api(casestore_server.url, "coordinator")
    yield a
    a.http.close()


def jpeg_with_gps(lat: float, lon: float, size: tuple[int, int] = (320, 240)) -> bytes:
    exif = Image.Exif()
    def dms(v: float) -> tuple[IFDRational, IFDRational, IFDRational]:
        d = int(v)
        m = int((v - d) * 60)
        s = round(((v - d) * 60 - m) * 60 * 1000)
        return IFDRational(d, 1), IFDRational(m, 1), IFDRational(s, 1000)
    exif[0x8825] = {1: "N", 2: dms(lat), 3: "E", 4: dms(lon)}
    buf = io.BytesIO()
    Image.new("RGB", size, (90, 120, 60)).save(buf, "JPEG", exif=exif, quality=85)
    return buf.getvalue()


def photo(reports: ReportIntakes, at: tuple[float, float] = CENTRUM) -> Photo:
    return reports.photo_from_bytes(jpeg_with_gps(*at), "IMG_0001.jpg")


def report_of(api: Api, rid: str) -> dict[str, Any]:
    r = api.http.get(f"/v1/reports/{rid}")
    assert r.status_code == 200, r.text
    return dict(r.json())


def points(api: Api) -> list[dict[str, Any]]:
    r = api.http.get("/v1/reports/points", params={"limit": 5000})
    assert r.status_code == 200, r.text
    return list(r.json()["items"])


def test_an_offline_report_with_its_photo_becomes_one_report_however_often_it_is_pushed(
    make_laptop: Callable[..., Laptop], coordinator: Api
) -> None:
    lap = make_laptop("clerk-laptop", "clerk")
    reports = ReportIntakes(lap.loket)
    ph = photo(reports)
    assert ph.taken_lat == pytest.approx(CENTRUM[0], abs=1e-5) and ph.warning is None
    saved = reports.save(ReportDraft(category="sluikstort", description="Matras en zakken naast de glasbol",
                                     lat=ph.taken_lat, lon=ph.taken_lon, photos=[ph], first_name="Zeynep",
                                     last_name="Şahin", email="zeynep@example.org", contact_channel="mail",
                                     language="fr", consent=True))
    assert saved.state == "pending" and saved.reference is None  # offline: saved, waiting

    res = lap.client.sync_once()
    assert res.rejected == 0, res.problems
    (mine,) = reports.mine()
    assert mine.state == "done" and mine.reference is not None and mine.reference.startswith("M")
    rep = report_of(coordinator, mine.reference)
    assert (rep["category"], rep["channel"], rep["status"]) == ("sluikstort", "counter", "gemeld")
    assert rep["media_sha256"] == ph.sha256
    assert [(r["email"], r["language"], r["contact_channel"], r["consent"], r["me_too"]) for r in rep["reporters"]] \
        == [("zeynep@example.org", "fr", "mail", True, False)]
    blob = coordinator.http.get(f"/v1/blobs/{ph.sha256}")
    assert blob.status_code == 200 and blob.content == ph.data  # the photo as taken, byte for byte

    # the answer was lost: the laptop pushes the same operation again; and another device pushes the same record
    with lap.loket.store.write() as s:
        s.execute(update(OutboxOperation).where(OutboxOperation.entity == "report_intake").values(state="pending"))
        op = s.scalars(select(OutboxOperation).where(OutboxOperation.entity == "report_intake")).one()
        payload = dict(op.payload)
    again = lap.client.sync_once()
    assert again.rejected == 0 and again.duplicates == 1
    other = Api(coordinator.http.base_url.__str__(), "clerk")
    (answer,) = other.push({"op_id": str(uuid.uuid4()), "entity": "report_intake", "entity_id": saved.intake_id,
                            "action": "create", "payload": payload})
    other.http.close()
    assert answer["status"] == "applied"
    outreach = Api(coordinator.http.base_url.__str__(), "outreach")  # someone else's intake: not answered
    assert outreach.http.get("/v1/reports/intakes", params={"ids": saved.intake_id}).json() == {"items": []}
    outreach.http.close()
    mine_points = [p for p in points(coordinator) if p["category"] == "sluikstort"]
    assert [p["id"] for p in mine_points] == [mine.reference]  # one report
    assert "zeynep" not in str(mine_points).lower()  # points carry no personal data


def test_me_too_adds_a_reporter_to_the_report_found_nearby(
    make_laptop: Callable[..., Laptop], coordinator: Api
) -> None:
    r = coordinator.http.post("/v1/reports", json={"category": "zwerfvuil", "description": "Blikjes in de berm",
                                                   "lat": CENTRUM[0], "lon": CENTRUM[1], "channel": "app"})
    assert r.status_code == 201, r.text
    first = r.json()["id"]
    lap = make_laptop("outreach-laptop", "outreach")
    reports = ReportIntakes(lap.loket)
    assert reports.duplicates("zwerfvuil", CENTRUM[0] + 0.0002, CENTRUM[1]) == []  # not pulled yet
    lap.client.sync_once()
    (dup,) = reports.duplicates("zwerfvuil", CENTRUM[0] + 0.0002, CENTRUM[1])  # about 22 m north
    assert dup.id == first and 20 < dup.distance_m < 25 and dup.status == "gemeld"
    assert reports.duplicates("sluikstort", *CENTRUM) == []  # another category
    reports.save(ReportDraft(category="zwerfvuil", lat=CENTRUM[0] + 0.0002, lon=CENTRUM[1], channel="outreach",
                             duplicate_of=dup.id, phone="+32 470 12 34 56", contact_channel="sms"))
    res = lap.client.sync_once()
    assert res.rejected == 0, res.problems
    (mine,) = reports.mine()
    assert mine.reference == first and mine.duplicate_of == first
    rep = report_of(coordinator, first)
    assert [(x["phone"], x["me_too"]) for x in rep["reporters"]] == [("+32 470 12 34 56", True)]

    # closed at the case store: the next sync drops it from the laptop's cache
    for st in ("in_behandeling", "afgehandeld"):
        assert coordinator.http.post(f"/v1/reports/{first}/status", json={"status": st}).status_code == 200
    lap.client.sync_once()
    assert reports.duplicates("zwerfvuil", *CENTRUM) == []
    with lap.loket.store.read() as s:
        assert s.get(ReportPoint, first) is None


def test_me_too_on_a_report_taken_on_the_same_laptop_offline(
    make_laptop: Callable[..., Laptop], coordinator: Api
) -> None:
    lap = make_laptop("clerk-laptop", "clerk")
    reports = ReportIntakes(lap.loket)
    first = reports.save(ReportDraft(category="volle_vuilnisbak", lat=CENTRUM[0], lon=CENTRUM[1],
                                     email="a@example.org", contact_channel="mail"))
    (dup,) = reports.duplicates("volle_vuilnisbak", *CENTRUM)
    assert dup.id == first.intake_id and dup.status == "pending"
    second = reports.save(ReportDraft(category="volle_vuilnisbak", lat=CENTRUM[0], lon=CENTRUM[1],
                                      duplicate_of=dup.id, email="b@example.org", contact_channel="mail"))
    res = lap.client.sync_once()
    assert res.rejected == 0, res.problems
    refs = {m.intake_id: m.reference for m in reports.mine()}
    assert refs[first.intake_id] is not None and refs[second.intake_id] == refs[first.intake_id]
    rep = report_of(coordinator, str(refs[first.intake_id]))
    assert [(r["email"], r["me_too"]) for r in rep["reporters"]] == [("a@example.org", False), ("b@example.org", True)]
    (cached,) = reports.duplicates("volle_vuilnisbak", *CENTRUM)  # now the case store's report, once
    assert cached.id == refs[first.intake_id]


@pytest.mark.parametrize(
    ("change", "code", "words"),
    [
        ({"category": "verdwenen_categorie"}, "unknown_category", "not a report category"),
        ({"lat": 95.0}, "bad_location", "latitude"),
        ({"duplicate_of": "M2020-999999"}, "not_found", "no report M2020-999999"),
    ],
)
def test_a_refused_intake_is_kept_with_the_reason_and_shown(
    make_laptop: Callable[..., Laptop], change: dict[str, Any], code: str, words: str
) -> None:
    lap = make_laptop("clerk-laptop", "clerk")
    reports = ReportIntakes(lap.loket)
    saved = reports.save(ReportDraft(category="graffiti", description="Tags op de brug", lat=CENTRUM[0],
                                     lon=CENTRUM[1], anonymous=True))
    # as a laptop whose categories or data the case store no longer takes would have written it
    with lap.loket.store.write() as s:
        op = s.scalars(select(OutboxOperation).where(OutboxOperation.entity_id == saved.intake_id)).one()
        op.payload = {**op.payload, **change}
    res = lap.client.sync_once()
    assert res.rejected == 1
    (mine,) = reports.mine()
    assert mine.state == "rejected" and mine.reference is None
    assert mine.error is not None and words in mine.error
    (shown,) = refusals.refused(lap.loket)
    assert shown["code"] == code and shown["entity"] == "report_intake"
    assert shown["label"].startswith("Citizen report")


def test_a_photo_not_uploaded_waits_and_the_report_follows_it(
    make_laptop: Callable[..., Laptop], coordinator: Api
) -> None:
    lap = make_laptop("clerk-laptop", "clerk")
    reports = ReportIntakes(lap.loket)
    ph = photo(reports)
    saved = reports.save(ReportDraft(category="graffiti", lat=CENTRUM[0], lon=CENTRUM[1], photos=[ph]))
    with lap.loket.store.read() as s:
        op = s.scalars(select(OutboxOperation).where(OutboxOperation.entity_id == saved.intake_id)).one()
        wire_op = {"op_id": op.op_id, "entity": op.entity, "entity_id": op.entity_id, "action": "create",
                   "payload": dict(op.payload)}
    clerk = Api(coordinator.http.base_url.__str__(), "clerk")
    (answer,) = clerk.push(wire_op)  # before the photo's content is there
    clerk.http.close()
    assert answer["status"] == "retry" and "not uploaded" in str(answer["error"])
    res = lap.client.sync_once()  # uploads the photo first, then the operation goes through
    assert res.rejected == 0 and res.blobs_uploaded == 1
    (mine,) = reports.mine()
    assert mine.reference is not None
    assert report_of(coordinator, mine.reference)["media_sha256"] == ph.sha256


def test_points_need_a_role_that_takes_reports_and_a_since_with_its_offset(casestore_server: RunningServer) -> None:
    clerk = Api(casestore_server.url, "clerk")
    manager = Api(casestore_server.url, "manager")
    try:
        assert manager.http.get("/v1/reports/points").status_code == 403
        assert clerk.http.get("/v1/reports/points", params={"since": "2026-01-01T00:00:00"}).status_code == 422
        for bad in ("", "0.5", "yesterday", "2026-13-01T00:00:00Z"):
            assert clerk.http.get("/v1/reports/points", params={"since": bad}).status_code == 422, bad
        ok = clerk.http.get("/v1/reports/points", params={"since": "2026-01-01T00:00:60Z"})  # a leap second
        assert ok.status_code == 200 and ok.json()["items"] == [] and ok.json()["next"] is None
        assert clerk.http.get("/v1/reports/points", params={"after": "../etc"}).status_code == 422
        assert clerk.http.get("/v1/reports/points", params={"limit": 0}).status_code == 422
        assert clerk.http.get("/v1/reports/intakes", params={"ids": "a,../b"}).status_code == 422
        assert clerk.http.get("/v1/reports/intakes", params={"ids": "nobody"}).json() == {"items": []}
    finally:
        clerk.http.close()
        manager.http.close()


def _intake(**extra: Any) -> dict[str, Any]:
    payload = {"category": "graffiti", "description": "Tags", "lat": CENTRUM[0], "lon": CENTRUM[1],
               "channel": "counter", "language": "nl", "photos": [], "anonymous": True, **extra}
    return {"op_id": str(uuid.uuid4()), "entity": "report_intake", "entity_id": str(uuid.uuid4()),
            "action": "create", "payload": payload}


def test_when_it_was_reported_comes_from_the_laptop_within_a_year(casestore_server: RunningServer) -> None:
    import datetime as dt

    clerk = Api(casestore_server.url, "clerk")
    try:
        now = dt.datetime.now(dt.UTC)
        yesterday = _intake(created_at=(now - dt.timedelta(days=1)).isoformat())
        long_ago = _intake(created_at="2019-01-01T10:00:00+00:00")
        ahead = _intake(created_at=(now + dt.timedelta(days=30)).isoformat())
        assert [r["status"] for r in clerk.push(yesterday, long_ago, ahead)] == ["applied"] * 3
        body = clerk.http.get("/v1/reports/intakes",
                              params={"ids": ",".join(o["entity_id"] for o in (yesterday, long_ago, ahead))}).json()
        refs = [i["id"] for i in body["items"]]
        created = [dt.datetime.fromisoformat(report_of(clerk, r)["created_at"]) for r in refs]
        assert abs((created[0] - (now - dt.timedelta(days=1))).total_seconds()) < 1
        assert all(abs((c - now).total_seconds()) < 120 for c in created[1:])  # not 2019, not the future
    finally:
        clerk.http.close()


@pytest.mark.parametrize(
    ("payload", "code"),
    [
        ({"photos": "IMG_1.jpg"}, "bad_report_intake"),
        ({"photos": [{"sha256": "../../etc/passwd"}]}, "bad_report_intake"),
        ({"photos": [{"sha256": "a" * 64}] * 11}, "bad_report_intake"),
        ({"description": "x" * 5001}, "bad_report_intake"),
        ({"description": "Tags\u0000"}, "invalid"),
        ({"lat": "51.0"}, "bad_location"),
        ({"lat": None}, "bad_location"),
        ({"channel": "pigeon"}, "bad_channel"),
        ({"anonymous": "yes"}, "bad_report_intake"),
        ({"anonymous": False, "contact_channel": "mail"}, "bad_reporter"),  # mail without an address
        ({"language": "tlh"}, "bad_reporter"),
        ({"person_id": "someone-else"}, "unknown_reference"),
        ({"duplicate_of": "../M1"}, "bad_report_intake"),
        ({"email": "a@b.be\r\nBcc: x@y.z", "anonymous": False}, "bad_report_intake"),  # a header injection
    ],
)
def test_hostile_intakes_are_refused_alone_and_store_nothing(
    casestore_server: RunningServer, payload: dict[str, Any], code: str
) -> None:
    clerk = Api(casestore_server.url, "clerk")
    try:
        bad, good = _intake(**payload), _intake()
        first, second = clerk.push(bad, good)
        assert first["status"] == "rejected" and str(first["error"]).startswith(code), first
        assert second["status"] == "applied"  # the next one is not held up
        body = clerk.http.get("/v1/reports/intakes", params={"ids": f"{bad['entity_id']},{good['entity_id']}"}).json()
        assert [i["intake_id"] for i in body["items"]] == [good["entity_id"]]
    finally:
        clerk.http.close()
