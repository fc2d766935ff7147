"""Engaged citizens read from the reporters' own rows (migration 0011): who each reporter is and copies of its
report's category, zone, reporting time and sub-task flag, and whether the same identity already consented on
that report. The copies follow a change of category or location; a report counts once however often one
identity is on it; a sub-task's reporters never count; existing rows are filled by the migration (SQLite and
PostgreSQL)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from alembic import command
from sqlalchemy import text

from casestore.db import make_engine
from casestore.embedded import RunningServer
from casestore.schema import alembic_config, upgrade
from tests.casestore.test_report_people import MH01_SPOT, MH11_SPOT, MH22_SPOT, report
from tests.casestore.test_service import Api


@pytest.fixture
def co(casestore_server: RunningServer) -> Iterator[Api]:
    api = Api(casestore_server.url, "coordinator")
    yield api
    api.http.close()


def engaged(api: Api, **params: Any) -> dict[tuple[str, str], list[str]]:
    r = api.http.get("/v1/reports/dashboard/engaged", params=params)
    assert r.status_code == 200, r.text
    return {(i["topic"]["kind"], i["topic"]["key"]): [x["id"] for x in i["reports"]] for i in r.json()["items"]}


def test_copies_follow_category_and_location_and_a_report_counts_once(co: Api) -> None:
    an = {"email": "an@example.org", "consent": True}
    a1 = report(co, "zwerfvuil", MH11_SPOT, an, days_ago=30)
    a2 = report(co, "zwerfvuil", MH11_SPOT, an, days_ago=20)
    assert engaged(co) == {("category", "zwerfvuil"): [a1, a2], ("zone", "MH11"): [a1, a2]}

    # The same citizen says "me too" on their own report (in capitals, consenting): still two reports.
    r = co.http.post(f"/v1/reports/{a2}/reporters", json={"email": "AN@example.org", "consent": True})
    assert r.status_code == 200, r.text
    assert engaged(co) == {("category", "zwerfvuil"): [a1, a2], ("zone", "MH11"): [a1, a2]}
    assert engaged(co, min_reports=3) == {}

    # Another category: the category pair is gone, the zone stays; filters read the copies too.
    r = co.http.post(f"/v1/reports/{a2}/category", json={"category": "wegdek"})
    assert r.status_code == 200, r.text
    assert engaged(co) == {("zone", "MH11"): [a1, a2]}
    assert engaged(co, category="zwerfvuil") == {}
    assert engaged(co, zone="MH11") == {("zone", "MH11"): [a1, a2]}

    # Another place: the zone pair is gone too; back in the category, the category pair returns.
    r = co.http.post(f"/v1/reports/{a2}/location", json={"lat": MH22_SPOT[0], "lon": MH22_SPOT[1]})
    assert r.status_code == 200, r.text
    assert engaged(co) == {}
    r = co.http.post(f"/v1/reports/{a2}/category", json={"category": "zwerfvuil"})
    assert r.status_code == 200, r.text
    assert engaged(co) == {("category", "zwerfvuil"): [a1, a2]}
    assert engaged(co, zone="MH22") == {}


def test_a_subtasks_reporters_never_count(co: Api) -> None:
    b1 = report(co, "graffiti", MH01_SPOT, {"phone": "+32 470 99 88 77", "consent": True})
    r = co.http.post(f"/v1/reports/{b1}/subtasks", json={"category": "graffiti", "description": "clean"})
    assert r.status_code == 201, r.text
    sub = r.json()["id"]
    r = co.http.post(f"/v1/reports/{sub}/reporters", json={"phone": "+32470998877", "consent": True})
    assert r.status_code == 200, r.text
    assert engaged(co) == {}
    b2 = report(co, "graffiti", MH01_SPOT, {"phone": "+32470 998877", "consent": True}, days_ago=5)
    assert engaged(co) == {("category", "graffiti"): [b1, b2], ("zone", "MH01"): [b1, b2]}


def _migrate(url: str, target: str, *, down: bool = False) -> None:
    cfg = alembic_config(url)
    engine = make_engine(url)
    try:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            (command.downgrade if down else command.upgrade)(cfg, target)
    finally:
        engine.dispose()


REPORT = ("INSERT INTO cs_report (id, category, main_category, department, priority, description, channel, status, "
          "is_open, parent_id, deadline, deadline_3x, created_by, created_at, updated_at, zone, route_pinned, "
          "reopened) VALUES (:id, :category, 'afval', 'netheid', 'normaal', '', 'counter', 'gemeld', :t, :parent, "
          ":d, :d, 'test', :at, :at, :zone, :f, 0)")
REPORTER = ("INSERT INTO cs_report_reporter (report_id, person_id, email, phone, language, consent, me_too, added_by, "
            "added_at) VALUES (:report, :person, :email, :phone, 'nl', :consent, :f, 'test', :at)")


def test_the_migration_fills_existing_reporters(casestore_db: str) -> None:
    upgrade(casestore_db)
    _migrate(casestore_db, "0010", down=True)
    at = dt.datetime(2026, 3, 4, 10, 0, tzinfo=dt.UTC)
    engine = make_engine(casestore_db)
    try:
        with engine.begin() as conn:
            for rid, category, zone, parent in (("M2026-000001", "zwerfvuil", "MH11", None),
                                                ("M2026-000002", "graffiti", None, "M2026-000001")):
                conn.execute(text(REPORT), {"id": rid, "category": category, "t": True, "parent": parent,
                                            "d": at.date(), "at": at, "zone": zone, "f": False})
            for report_id, person, email, phone, consent in (
                    ("M2026-000001", "p-1", "X@Y.org", None, True),       # the person wins
                    ("M2026-000001", None, "An@Example.ORG", "+32 1", True),  # the e-mail, lower-cased
                    ("M2026-000001", None, "an@example.org", None, True),  # the same again: a duplicate
                    ("M2026-000001", None, "an@example.org", None, False),  # not consenting: no duplicate
                    ("M2026-000001", None, None, "+32 470 12 34 56", False),  # the phone without spaces
                    ("M2026-000001", None, None, None, False),            # anonymous
                    ("M2026-000002", "p-1", None, None, True)):           # on a sub-task
                conn.execute(text(REPORTER), {"report": report_id, "person": person, "email": email,
                                              "phone": phone, "consent": consent, "f": False, "at": at})
        _migrate(casestore_db, "head")
        with engine.connect() as conn:
            rows = [tuple(r) for r in conn.execute(text(
                "SELECT ident, report_category, report_zone, on_subtask, duplicate FROM cs_report_reporter "
                "ORDER BY id"))]
            times = {r[0] for r in conn.execute(text("SELECT reported_at FROM cs_report_reporter"))}
        assert rows == [
            ("p:p-1", "zwerfvuil", "MH11", False, False),
            ("e:an@example.org", "zwerfvuil", "MH11", False, False),
            ("e:an@example.org", "zwerfvuil", "MH11", False, True),
            ("e:an@example.org", "zwerfvuil", "MH11", False, False),
            ("t:+32470123456", "zwerfvuil", "MH11", False, False),
            (None, "zwerfvuil", "MH11", False, False),
            ("p:p-1", "graffiti", None, True, False),
        ]
        assert len(times) == 1 and all(t is not None for t in times)
        # and down and up again
        _migrate(casestore_db, "0010", down=True)
        _migrate(casestore_db, "head")
    finally:
        engine.dispose()
