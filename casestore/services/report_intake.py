"""A citizen report taken on a laptop (the synced ``report_intake`` record, issue 15) becomes a report here.

A laptop pushes the record like its other records (``casestore/services/push.py`` hands it to ``apply_intake``):

- without ``duplicate_of``: a new report (``casestore.services.reports.create_report``) with ``intake_id`` =
  the record's id, reported when the laptop took it, its channel, the citizen as its reporter (or nobody:
  anonymous) and its photos (``ReportMedia``; the first one is the report's ``media_sha256``);
- with ``duplicate_of``: the citizen becomes an extra reporter of that report ("me too",
  ``casestore.services.reports.add_reporter``) and its photos are added to it.

Exactly once: the record is kept (never in the change feed, as a notification), so the same intake pushed
again — another op id, another device — changes nothing; the report's ``intake_id`` is unique as well. A
photo whose content is not uploaded yet makes the operation wait (``PhotoMissing``: the push answers
``retry``). Refusals (``ServiceError``: an unknown category, a bad point, an unknown report to join) reject
the operation alone, with the reason the laptop shows. ``reference_of`` answers the laptop which report its
intakes became.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from casestore import validation
from casestore.models import utcnow
from casestore.models_reports import Report, ReportMedia
from casestore.services import reports
from casestore.services.common import Principal, ServiceError, outside_caseload
from casestore.services.records import _BLOB_EXISTS, FeedWriter, RecordState, _new_record, _state
from casestore.services.visibility import person_visible

ENTITY = "report_intake"
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
MAX_DESCRIPTION = 5_000
MAX_PHOTOS = 10
MAX_AGE = dt.timedelta(days=366)  # how long ago a laptop may say it took a report


class PhotoMissing(Exception):
    """A photo's content is not uploaded yet: the operation waits (``retry``)."""


def _text(data: dict[str, Any], key: str, max_len: int = 200) -> str | None:
    v = data.get(key)
    if v is None or v == "":
        return None
    if not isinstance(v, str):
        raise ServiceError(422, "bad_report_intake", f"{key} must be text")
    problem = validation.text_problem(v)
    if problem or len(v) > max_len or "\n" in v or "\r" in v:
        raise ServiceError(422, "bad_report_intake", f"{key} is not a one-line text of at most {max_len} characters")
    return v.strip() or None


def _float(data: dict[str, Any], key: str) -> float | None:
    v = data.get(key)
    if v is None:
        return None
    if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(float(v)):
        raise ServiceError(400, "bad_location", f"{key} must be a number")
    return float(v)


def _bool(data: dict[str, Any], key: str) -> bool:
    v = data.get(key, False)
    if v is None:
        return False
    if not isinstance(v, bool):
        raise ServiceError(422, "bad_report_intake", f"{key} is true or false")
    return v


def _photos(s: Session, data: dict[str, Any]) -> list[dict[str, Any]]:
    raw = data.get("photos") or []
    if not isinstance(raw, list) or len(raw) > MAX_PHOTOS:
        raise ServiceError(422, "bad_report_intake", f"photos must be a list of at most {MAX_PHOTOS}")
    photos = []
    for i, ph in enumerate(raw):
        if not isinstance(ph, dict) or not _SHA256.match(str(ph.get("sha256"))):
            raise ServiceError(422, "bad_report_intake", f"photos[{i}] needs the sha256 of its content")
        lat, lon = _float(ph, "taken_lat"), _float(ph, "taken_lon")
        if lat is not None and lon is not None and not (-90 <= lat <= 90 and -180 <= lon <= 180):
            lat = lon = None
        photos.append({"sha256": ph["sha256"], "name": (_text(ph, "name") or "photo")[:200],
                       "content_type": _text(ph, "content_type", 100) or "image/jpeg", "taken_lat": lat,
                       "taken_lon": lon})
    conn = s.connection()
    for ph in photos:
        if conn.execute(_BLOB_EXISTS, {"sha": ph["sha256"]}).first() is None:
            raise PhotoMissing(f"photo {ph['sha256']} not uploaded")
    return photos


def _reported_at(data: dict[str, Any]) -> dt.datetime | None:
    v = data.get("created_at")
    if not isinstance(v, str):
        return None
    try:
        t = dt.datetime.fromisoformat(v)
    except ValueError:
        return None
    if t.tzinfo is None:
        return None
    now = utcnow()
    # a laptop's clock ahead of ours: now; an intake older than a year (a clock far behind): now as well
    return now if t > now or t < now - MAX_AGE else t


def apply_intake(
    s: Session, p: Principal, feed: FeedWriter, op: dict[str, Any]
) -> tuple[str, list[RecordState], list[dict[str, Any]]]:
    """Make the report (or the extra reporter) of one pushed ``report_intake``; see the module's docstring."""
    rid = op["entity_id"]
    reports.may_create(p)
    if _state(s, feed, ENTITY, rid) is not None:  # the same intake again: the first answer stands
        return "applied", [], []
    existing = s.scalar(select(Report.id).where(Report.intake_id == rid))
    data = {k: v for k, v in op["payload"].items() if k not in ("revision", "reference")}
    data["id"] = rid
    category = data.get("category")
    if not isinstance(category, str) or reports.categories().sub(category) is None:
        raise ServiceError(400, "unknown_category", f"{str(category)[:64]!r} is not a report category")
    description = data.get("description") or ""
    if not isinstance(description, str) or len(description) > MAX_DESCRIPTION or validation.text_problem(description):
        raise ServiceError(422, "bad_report_intake",
                           f"the description must be text of at most {MAX_DESCRIPTION} characters")
    lat, lon = _float(data, "lat"), _float(data, "lon")
    if lat is None or lon is None:
        raise ServiceError(400, "bad_location", "a report taken at the desk needs its point (latitude and longitude)")
    channel = data.get("channel")
    if not isinstance(channel, str):
        raise ServiceError(400, "bad_channel", "channel must be text")
    language = data.get("language") or "nl"
    person_id = data.get("person_id")
    if person_id is not None:
        if not validation.is_id(person_id):
            raise ServiceError(422, "bad_report_intake", "person_id is not an id")
        if _state(s, feed, "person", person_id) is None:
            raise ServiceError(422, "unknown_reference", f"person {person_id} does not exist")
        if not person_visible(s, p, person_id, feed):
            raise outside_caseload()
    anonymous = _bool(data, "anonymous")
    reporter = reports.ReporterIn(
        person_id=None if anonymous else person_id,
        email=None if anonymous else _text(data, "email"),
        phone=None if anonymous else _text(data, "phone", 40),
        first_name=None if anonymous else _text(data, "first_name"),
        last_name=None if anonymous else _text(data, "last_name"),
        language=language if isinstance(language, str) else "nl",
        contact_channel=_text(data, "contact_channel", 10),
        consent=_bool(data, "consent"),
    )
    photos = _photos(s, data)
    address = _text(data, "address", 300)
    duplicate_of = data.get("duplicate_of")
    if existing is not None:
        report_id = existing
    elif duplicate_of is not None:
        if not validation.is_id(duplicate_of):
            raise ServiceError(422, "bad_report_intake", "duplicate_of is not a report reference")
        reports._check_point(lat, lon)
        if s.get(Report, duplicate_of) is None:  # a laptop's own intake not synced when it was joined
            taken = s.scalar(select(Report.id).where(Report.intake_id == duplicate_of))
            duplicate_of = taken or duplicate_of
        rep = reports.add_reporter(s, p.username, duplicate_of, reporter)
        report_id = rep.id
    else:
        rep = reports.create_report(
            s, p.username, category=category, description=description, lat=lat, lon=lon, channel=channel,
            address=address, reporters=[reporter], reported_at=_reported_at(data),
            media_sha256=photos[0]["sha256"] if photos else None,
        )
        rep.intake_id = rid
        report_id = rep.id
    if existing is None:
        now = utcnow()
        for ph in photos:
            s.add(ReportMedia(report_id=report_id, sha256=ph["sha256"], name=ph["name"],
                              content_type=ph["content_type"], taken_lat=ph["taken_lat"], taken_lon=ph["taken_lon"],
                              added_by=p.username, added_at=now))
        s.flush()
    data["report_id"] = report_id
    data["created_by"] = p.username
    # kept beside the report (exactly once, ``reference_of``); no person or case column: never in a feed
    _new_record(feed, p, ENTITY, rid, data, {"case_id": None, "person_id": None, "department": None,
                                             "assignee": None})
    return "applied", [], []


def reference_of(s: Session, p: Principal, intake_ids: list[str]) -> list[dict[str, Any]]:
    """Which report each of these intakes (taken by the caller) became: [{"intake_id", "id", "status",
    "open"}]; intakes not (yet) known here, or taken by someone else, are left out."""
    from casestore.models import Record

    reports.may_create(p)
    ids = [i for i in intake_ids if validation.is_id(i)][:500]
    if not ids:
        return []
    rows = s.execute(select(Record.id, Record.data).where(Record.entity == ENTITY, Record.id.in_(ids),
                                                          Record.created_by == p.username)).all()
    found = {rid: str(data.get("report_id")) for rid, data in rows if isinstance(data, dict) and data.get("report_id")}
    status = {r.id: r for r in s.scalars(select(Report).where(Report.id.in_(sorted(set(found.values())))))}
    out = []
    for rid in ids:
        rep_id = found.get(rid)
        if rep_id is None:
            continue
        rep = status.get(rep_id)
        out.append({"intake_id": rid, "id": rep_id, "status": rep.status if rep else None,
                    "open": rep.is_open if rep else None})
    return out
