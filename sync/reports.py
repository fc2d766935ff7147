"""The case store's citizen-report API for the coordinator and the dashboard (issue 15) over the sync transport:
the lists, a report, its status (with ``request_id``), category, location, routing, forwarding, sub-tasks, the
messages to its reporters, the dashboard's figures, the engaged citizens, the residents of a zone and the zones.

    client = ReportsClient(sync_client.transport)
    page = client.list_reports("overdue", department="netheid")
    report = client.change_status(page.items[0].id, "ingepland", note="Thursday", request_id=new_request_id())
    summary = client.summary(dt.date(2026, 1, 1), dt.date(2026, 3, 31), category="sluikstort")

Every answer is read strictly before anything is used: a malformed one raises ``ProtocolError`` naming the
field (never a ``KeyError``). An unreachable or busy case store raises ``ReportsOffline`` (an ``Offline``); a
refusal (a step the status flow does not allow, a report that does not exist, a role that may not) raises
``ReportsRefused`` with the case store's code and message; sign-in problems are the sync package's errors.
Qt-free: the desk's pages call these in their worker pool.
"""

from __future__ import annotations

import datetime as dt
import math
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, TypeVar

from sync.answers import StrictCaller
from sync.answers import integer as _int
from sync.answers import malformed as _malformed
from sync.answers import obj as _obj
from sync.answers import text as _text
from sync.answers import when as _when
from sync.errors import Offline, ServerError
from sync.transport import Transport

MAX_ANSWER = 32 * 1024 * 1024
LISTS = ("new", "overdue", "past_3x", "reopened", "waiting", "open", "mine")
OUTCOMES = ("printed", "called", "unreachable")
CHANNEL_GROUPS = ("digital", "phone", "counter", "outreach")
T = TypeVar("T")


class ReportsOffline(Offline):
    """The case store could not be reached or was too busy; try again later."""


class ReportsRefused(ServerError):
    """The case store refused (``code``: not_found, forbidden, conflict, bad_request, …; ``str(e)`` its words)."""


# ------------------------------------------------------------------------------------------ strict readers


def _float(d: dict[str, Any], key: str, *, optional: bool = False) -> Any:
    v = d.get(key)
    if v is None and optional:
        return None
    if isinstance(v, bool) or not isinstance(v, int | float) or not math.isfinite(v) or abs(v) > 1e15:
        raise _malformed(f"{key} is not a number")
    return float(v)


def _flag(d: dict[str, Any], key: str, *, default: bool | None = None) -> bool:
    v = d.get(key, default)
    if not isinstance(v, bool):
        raise _malformed(f"{key} is not true or false")
    return v


def _day(d: dict[str, Any], key: str, *, optional: bool = False) -> Any:
    raw = _text(d, key, optional=optional, limit=32)
    if raw is None:
        return None
    try:
        return dt.date.fromisoformat(raw[:10]) if len(raw) >= 10 else dt.date.fromisoformat(raw)
    except ValueError:
        raise _malformed(f"{key} is not a date") from None


def _list(v: object, what: str, read: Callable[[object], T], *, limit: int = 100_000) -> list[T]:
    if not isinstance(v, list):
        raise _malformed(f"{what} is not a list")
    if len(v) > limit:
        raise _malformed(f"{what} has implausibly many items")
    return [read(x) for x in v]


def _texts(v: object, what: str, *, limit: int = 1000) -> list[str]:
    if not isinstance(v, list) or not all(isinstance(x, str) and len(x) <= limit for x in v):
        raise _malformed(f"{what} is not a list of texts")
    return list(v)


def _coord(d: dict[str, Any], key: str, bound: float, *, optional: bool = True) -> float | None:
    v = _float(d, key, optional=optional)
    if v is not None and abs(v) > bound:
        raise _malformed(f"{key} is out of range")
    return v


# ------------------------------------------------------------------------------------------ report views


@dataclass(frozen=True)
class ReportSummary:
    """One report in a list (``GET /v1/reports/lists/{name}``)."""

    id: str
    category: str
    main_category: str
    department: str
    assigned_to: str | None
    external_party: str | None
    priority: str
    status: str
    open: bool
    zone: str | None
    address: str | None
    lat: float | None
    lon: float | None
    created_at: dt.datetime
    deadline: dt.date
    deadline_3x: dt.date
    reopened: int
    reporters: int
    channel: str
    parent_id: str | None
    description: str


def summary_of(v: object) -> ReportSummary:
    d = _obj(v, "report")
    reopened = d.get("reopened", 0)
    if isinstance(reopened, bool):  # an older case store said true/false
        reopened = int(reopened)
    if not isinstance(reopened, int) or not 0 <= reopened < 2**31:
        raise _malformed("reopened is not a number")
    return ReportSummary(
        id=_text(d, "id", limit=64), category=_text(d, "category", limit=64),
        main_category=_text(d, "main_category", limit=64), department=_text(d, "department", limit=100),
        assigned_to=_text(d, "assigned_to", optional=True, limit=200),
        external_party=_text(d, "external_party", optional=True, limit=500),
        priority=_text(d, "priority", limit=32), status=_text(d, "status", limit=32), open=_flag(d, "open"),
        zone=_text(d, "zone", optional=True, limit=100), address=_text(d, "address", optional=True, limit=500),
        lat=_coord(d, "lat", 90), lon=_coord(d, "lon", 180), created_at=_when(d, "created_at"),
        deadline=_day(d, "deadline"), deadline_3x=_day(d, "deadline_3x"), reopened=reopened,
        reporters=_int(d, "reporters"), channel=_text(d, "channel", limit=32),
        parent_id=_text(d, "parent_id", optional=True, limit=64), description=_text(d, "description", limit=10_000),
    )


@dataclass(frozen=True)
class ReportList:
    items: list[ReportSummary]
    next: str | None
    total: int


@dataclass(frozen=True)
class Reporter:
    person_id: str | None
    first_name: str | None
    last_name: str | None
    email: str | None
    phone: str | None
    language: str
    contact_channel: str | None
    consent: bool
    me_too: bool
    anonymous: bool

    @property
    def name(self) -> str:
        return " ".join(p for p in (self.first_name, self.last_name) if p)


def reporter_of(v: object) -> Reporter:
    d = _obj(v, "reporter")
    return Reporter(
        person_id=_text(d, "person_id", optional=True, limit=64), first_name=_text(d, "first_name", optional=True,
                                                                                   limit=200),
        last_name=_text(d, "last_name", optional=True, limit=200), email=_text(d, "email", optional=True, limit=200),
        phone=_text(d, "phone", optional=True, limit=40), language=_text(d, "language", limit=8),
        contact_channel=_text(d, "contact_channel", optional=True, limit=16), consent=_flag(d, "consent", default=False),
        me_too=_flag(d, "me_too", default=False), anonymous=_flag(d, "anonymous", default=False),
    )


@dataclass(frozen=True)
class HistoryEntry:
    previous: str | None
    status: str
    note: str | None
    tell_citizen: bool
    by: str
    at: dt.datetime


def history_of(v: object) -> HistoryEntry:
    d = _obj(v, "history entry")
    return HistoryEntry(_text(d, "previous", optional=True, limit=32), _text(d, "status", limit=32),
                        _text(d, "note", optional=True, limit=10_000), _flag(d, "tell_citizen", default=False),
                        _text(d, "by", limit=200), _when(d, "at"))


@dataclass(frozen=True)
class Report:
    """A report as ``GET /v1/reports/{id}`` (and every change) answers it."""

    id: str
    category: str
    main_category: str
    department: str
    priority: str
    description: str
    lat: float | None
    lon: float | None
    address: str | None
    channel: str
    status: str
    open: bool
    parent_id: str | None
    children: list[str]
    deadline: dt.date
    deadline_3x: dt.date
    media: list[str]  # the photos' sha256 (GET /v1/blobs/…)
    media_url: str | None
    created_by: str
    created_at: dt.datetime
    closed_at: dt.datetime | None
    reporters: list[Reporter]
    history: list[HistoryEntry]
    zone: str | None
    assigned_to: str | None
    external_party: str | None
    route_pinned: bool
    reopened: int


def report_of(v: object) -> Report:
    d = _obj(v, "report")
    media: list[str] = []
    if d.get("media") is not None:
        for m in _list(d.get("media"), "media", lambda x: x):
            sha = m.get("sha256") if isinstance(m, dict) else m
            if not isinstance(sha, str) or len(sha) > 128:
                raise _malformed("a photo without its sha256")
            media.append(sha)
    one = _text(d, "media_sha256", optional=True, limit=128)
    if one is not None and one not in media:
        media.insert(0, one)
    return Report(
        id=_text(d, "id", limit=64), category=_text(d, "category", limit=64),
        main_category=_text(d, "main_category", limit=64), department=_text(d, "department", limit=100),
        priority=_text(d, "priority", limit=32), description=_text(d, "description", limit=10_000),
        lat=_coord(d, "lat", 90), lon=_coord(d, "lon", 180), address=_text(d, "address", optional=True, limit=500),
        channel=_text(d, "channel", limit=32), status=_text(d, "status", limit=32), open=_flag(d, "open"),
        parent_id=_text(d, "parent_id", optional=True, limit=64),
        children=_texts(d.get("children", []), "children", limit=64), deadline=_day(d, "deadline"),
        deadline_3x=_day(d, "deadline_3x"), media=media, media_url=_text(d, "media_url", optional=True, limit=2000),
        created_by=_text(d, "created_by", limit=200), created_at=_when(d, "created_at"),
        closed_at=_when(d, "closed_at", optional=True),
        reporters=_list(d.get("reporters"), "reporters", reporter_of, limit=10_000),
        history=_list(d.get("history"), "history", history_of, limit=10_000),
        zone=_text(d, "zone", optional=True, limit=100), assigned_to=_text(d, "assigned_to", optional=True, limit=200),
        external_party=_text(d, "external_party", optional=True, limit=500),
        route_pinned=_flag(d, "route_pinned", default=False), reopened=_int(d, "reopened", optional=True) or 0,
    )


@dataclass(frozen=True)
class Message:
    """A message to a reporter (mail, SMS, a letter to print, a call to make)."""

    id: str
    report_id: str | None
    reporter_id: str | None
    reporter_name: str | None
    status: str
    channel: str
    language: str
    subject: str | None
    body: str
    state: str
    created_at: dt.datetime | None
    done_at: dt.datetime | None
    done_by: str | None
    address: list[str] | None  # a letter's postal address, as lines
    note: str | None  # what is missing (no postal address, …)
    phone: str | None  # a call's number

    def letter_fields(self) -> dict[str, Any]:
        """The message as ``desk_app.documents.report_letter.build_report_letter`` takes it."""
        return {"report_id": self.report_id, "reporter_name": self.reporter_name, "address": self.address,
                "language": self.language, "subject": self.subject, "body": self.body, "status": self.status,
                "created_at": self.created_at.isoformat() if self.created_at else None}


def message_of(v: object) -> Message:
    d = _obj(v, "message")
    mid, rid = d.get("id"), d.get("reporter_id")
    if isinstance(mid, int) and not isinstance(mid, bool):
        d = {**d, "id": str(mid)}
    if isinstance(rid, int) and not isinstance(rid, bool):
        d = {**d, "reporter_id": str(rid)}
    return Message(
        id=_text(d, "id", limit=64), report_id=_text(d, "report_id", optional=True, limit=64),
        reporter_id=_text(d, "reporter_id", optional=True, limit=64),
        reporter_name=_text(d, "reporter_name", optional=True, limit=400), status=_text(d, "status", limit=32),
        channel=_text(d, "channel", limit=16), language=_text(d, "language", limit=8),
        subject=_text(d, "subject", optional=True, limit=1000), body=_text(d, "body", limit=100_000),
        state=_text(d, "state", limit=32), created_at=_when(d, "created_at", optional=True),
        done_at=_when(d, "done_at", optional=True), done_by=_text(d, "done_by", optional=True, limit=200),
        address=None if d.get("address") is None else _texts(d.get("address"), "address", limit=500)[:20],
        note=_text(d, "note", optional=True, limit=2000), phone=_text(d, "phone", optional=True, limit=40),
    )


@dataclass(frozen=True)
class RoutingRule:
    category: str | None
    main_category: str | None
    zones: list[str]
    department: str
    assigned_to: str | None


def rule_of(v: object) -> RoutingRule:
    d = _obj(v, "routing rule")
    return RoutingRule(_text(d, "category", optional=True, limit=64), _text(d, "main_category", optional=True, limit=64),
                       _texts(d.get("zones") or [], "zones", limit=100), _text(d, "department", limit=100),
                       _text(d, "assigned_to", optional=True, limit=200))


# ------------------------------------------------------------------------------------------ dashboard views


@dataclass(frozen=True)
class Share:
    """A share of reports solved in time under one definition (``definition`` says how)."""

    share: float | None
    closed_in_time: int
    counted: int
    definition: str


def share_of(v: object, what: str) -> Share:
    d = _obj(v, what)
    s = _float(d, "share", optional=True)
    if s is not None and not 0 <= s <= 1:
        raise _malformed(f"{what}.share is not between 0 and 1")
    return Share(s, _int(d, "closed_in_time"), _int(d, "counted"), _text(d, "definition", limit=2000))


def _share_or_none(d: dict[str, Any], key: str) -> Share | None:
    return None if d.get(key) is None else share_of(d.get(key), key)


@dataclass(frozen=True)
class Breakdown:
    key: str
    name: str
    reports: int
    within_term_share: float | None
    median_days: float | None


def breakdown_of(v: object) -> Breakdown:
    d = _obj(v, "breakdown row")
    return Breakdown(_text(d, "key", limit=100), _text(d, "name", optional=True, limit=300) or str(d.get("key")),
                     _int(d, "reports"), _float(d, "within_term_share", optional=True),
                     _float(d, "median_days", optional=True))


@dataclass(frozen=True)
class Summary:
    start: dt.date
    end: dt.date
    reports: int
    closed: int
    open: int
    within_term: Share  # (a) of the reports solved in the period
    within_10_working_days: Share
    within_term_of_reported: Share | None  # (b) of the reports made in the period, as known today
    within_10_working_days_of_reported: Share | None
    median_days: float | None
    p90_days: float | None
    by: dict[str, list[Breakdown]]  # category, department, zone


def summary_answer(v: object) -> Summary:
    d = _obj(v, "summary")
    period = _obj(d.get("period"), "period")
    lead = _obj(d.get("lead_time_days"), "lead_time_days")
    by = _obj(d.get("by"), "by")
    return Summary(
        start=_day(period, "from"), end=_day(period, "to"), reports=_int(d, "reports"), closed=_int(d, "closed"),
        open=_int(d, "open"), within_term=share_of(d.get("within_term"), "within_term"),
        within_10_working_days=share_of(d.get("within_10_working_days"), "within_10_working_days"),
        within_term_of_reported=_share_or_none(d, "within_term_of_reported"),
        within_10_working_days_of_reported=_share_or_none(d, "within_10_working_days_of_reported"),
        median_days=_float(lead, "median", optional=True), p90_days=_float(lead, "p90", optional=True),
        by={k: _list(by.get(k), f"by.{k}", breakdown_of) for k in ("category", "department", "zone")},
    )


@dataclass(frozen=True)
class Hotspot:
    key: str
    name: str
    reports: int
    previous: int
    change: float | None  # reports - previous as a share of previous; None when previous is 0


def hotspot_of(v: object) -> Hotspot:
    d = _obj(v, "hotspot")
    return Hotspot(_text(d, "key", limit=100), _text(d, "name", optional=True, limit=300) or str(d.get("key")),
                   _int(d, "reports"), _int(d, "previous"), _float(d, "change", optional=True))


@dataclass(frozen=True)
class HeatCell:
    lat: float
    lon: float
    n: int


def heat_of(v: object) -> HeatCell:
    d = _obj(v, "heat cell")
    return HeatCell(_coord(d, "lat", 90, optional=False) or 0.0, _coord(d, "lon", 180, optional=False) or 0.0,
                    _int(d, "n"))


@dataclass(frozen=True)
class ChannelMonth:
    month: str  # YYYY-MM
    counts: dict[str, int]
    shares: dict[str, float | None]


def month_of(v: object) -> ChannelMonth:
    d = _obj(v, "month")
    month = _text(d, "month", limit=7)
    if len(month) != 7 or month[4] != "-" or not (month[:4] + month[5:]).isdigit():
        raise _malformed("month is not YYYY-MM")
    counts = _obj(d.get("counts"), "counts")
    shares = _obj(d.get("shares") or {}, "shares")
    return ChannelMonth(month, {g: _int(counts, g, optional=True) or 0 for g in CHANNEL_GROUPS},
                        {g: _float(shares, g, optional=True) for g in CHANNEL_GROUPS})


@dataclass(frozen=True)
class Channels:
    target: dict[str, float]
    months: list[ChannelMonth]


@dataclass(frozen=True)
class Engaged:
    person_id: str | None
    name: str
    email: str | None
    phone: str | None
    language: str | None
    topic_kind: str  # category | zone
    topic_key: str
    topic_name: str
    reports: list[tuple[str, str, dt.datetime, str]]  # id, category, created_at, status


def engaged_of(v: object) -> Engaged:
    d = _obj(v, "engaged citizen")
    who = _obj(d.get("reporter"), "reporter")
    topic = _obj(d.get("topic"), "topic")

    def rep(x: object) -> tuple[str, str, dt.datetime, str]:
        r = _obj(x, "report")
        return (_text(r, "id", limit=64), _text(r, "category", limit=64), _when(r, "created_at"),
                _text(r, "status", limit=32))

    return Engaged(
        _text(who, "person_id", optional=True, limit=64), _text(who, "name", optional=True, limit=400) or "",
        _text(who, "email", optional=True, limit=200), _text(who, "phone", optional=True, limit=40),
        _text(who, "language", optional=True, limit=8), _text(topic, "kind", limit=16), _text(topic, "key", limit=100),
        _text(topic, "name", optional=True, limit=300) or str(topic.get("key")),
        _list(d.get("reports"), "reports", rep),
    )


@dataclass(frozen=True)
class Resident:
    person_id: str
    name: str
    address: str | None
    lat: float | None
    lon: float | None


def resident_of(v: object) -> Resident:
    d = _obj(v, "resident")
    return Resident(_text(d, "person_id", limit=64), _text(d, "name", optional=True, limit=400) or "",
                    _text(d, "address", optional=True, limit=1000), _coord(d, "lat", 90), _coord(d, "lon", 180))


@dataclass(frozen=True)
class Zone:
    code: str
    name: str
    polygons: list[list[tuple[float, float]]]


def zone_of(v: object) -> Zone:
    d = _obj(v, "zone")

    def point(p: object) -> tuple[float, float]:
        if (not isinstance(p, list) or len(p) != 2
                or not all(isinstance(c, int | float) and not isinstance(c, bool) and math.isfinite(c) for c in p)
                or abs(p[0]) > 90 or abs(p[1]) > 180):
            raise _malformed("a zone's point is not [lat, lon]")
        return float(p[0]), float(p[1])

    polygons = _list(d.get("polygons"), "polygons", lambda ring: _list(ring, "polygon", point, limit=1_000_000))
    return Zone(_text(d, "code", limit=100), _text(d, "name", optional=True, limit=300) or str(d.get("code")),
                polygons)


# ------------------------------------------------------------------------------------------ the client


def new_request_id() -> str:
    """An id for a status change, sent again unchanged when the change is repeated (exactly once)."""
    return uuid.uuid4().hex


def _filters(**kw: object) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in kw.items():
        if v is None or v == "":
            continue
        out[{"start": "from", "end": "to"}.get(k, k)] = v.isoformat() if isinstance(v, dt.date) else v
    return out


class ReportsClient(StrictCaller):
    offline_error = ReportsOffline
    refused_error = ReportsRefused
    any_5xx_busy = True
    busy_words = "busy or failing"
    answer_cap = MAX_ANSWER
    refusal_statuses = (400, 403, 404, 409, 413, 422)
    revoked_statuses = refusal_statuses  # a revoked laptop is the transport's error, not a refusal
    default_codes: ClassVar[Mapping[int, str]] = {404: "not_found", 403: "forbidden", 409: "conflict"}
    detail_words = False
    message_cap = 500

    def __init__(self, transport: Transport) -> None:
        self.transport = transport

    def _call(self, method: str, path: str, *, json_body: object = None,
              params: dict[str, Any] | None = None) -> object:
        return self._request(method, path, json_body=json_body, params=params)

    # ----------------------------------------------------------------------------------- reports

    def list_reports(self, name: str, *, department: str | None = None, category: str | None = None,
             zone: str | None = None, limit: int = 100, after: str | None = None) -> ReportList:
        if name not in LISTS:
            raise ValueError(f"no list {name!r} (one of {', '.join(LISTS)})")
        body = _obj(self._call("GET", f"/v1/reports/lists/{name}", params=_filters(
            department=department, category=category, zone=zone, limit=limit, after=after)), "list")
        return ReportList(_list(body.get("items"), "items", summary_of), _text(body, "next", optional=True, limit=64),
                          _int(body, "total"))

    def report(self, report_id: str) -> Report:
        return report_of(self._call("GET", f"/v1/reports/{report_id}"))

    def change_status(self, report_id: str, status: str, note: str | None = None,
                      request_id: str | None = None) -> Report:
        body: dict[str, Any] = {"status": status, "note": note or None}
        if request_id:
            body["request_id"] = request_id
        return report_of(self._call("POST", f"/v1/reports/{report_id}/status", json_body=body))

    def change_category(self, report_id: str, category: str) -> Report:
        return report_of(self._call("POST", f"/v1/reports/{report_id}/category", json_body={"category": category}))

    def move(self, report_id: str, lat: float, lon: float, address: str | None = None) -> Report:
        body: dict[str, Any] = {"lat": lat, "lon": lon}
        if address:
            body["address"] = address
        return report_of(self._call("POST", f"/v1/reports/{report_id}/location", json_body=body))

    def route(self, report_id: str, department: str, assigned_to: str | None = None) -> Report:
        body: dict[str, Any] = {"department": department}
        if assigned_to:
            body["assigned_to"] = assigned_to
        return report_of(self._call("POST", f"/v1/reports/{report_id}/route", json_body=body))

    def unroute(self, report_id: str) -> Report:
        """Back to the routing rules (the manual override is dropped)."""
        return report_of(self._call("DELETE", f"/v1/reports/{report_id}/route"))

    def forward(self, report_id: str, party: str, note: str | None = None) -> Report:
        body: dict[str, Any] = {"party": party}
        if note:
            body["note"] = note
        return report_of(self._call("POST", f"/v1/reports/{report_id}/forward", json_body=body))

    def split(self, report_id: str, category: str, description: str) -> Report:
        """A sub-task for another department; answers the sub-task."""
        return report_of(self._call("POST", f"/v1/reports/{report_id}/subtasks",
                                    json_body={"category": category, "description": description}))

    def routing(self) -> list[RoutingRule]:
        body = _obj(self._call("GET", "/v1/reports/routing"), "routing")
        return _list(body.get("rules"), "rules", rule_of)

    def photo(self, sha256: str, limit: int = 20 * 1024 * 1024) -> bytes:
        """A report's photo (``GET /v1/blobs/{sha256}``), at most ``limit`` bytes."""
        if not (len(sha256) == 64 and all(c in "0123456789abcdef" for c in sha256)):
            raise _malformed("a photo's sha256 is not 64 hexadecimal digits")
        try:
            resp = self.transport._send("GET", f"/v1/blobs/{sha256}")
        except Offline as e:
            raise ReportsOffline(str(e)) from e
        if resp.status_code != 200:
            self._refusal(resp)
        if len(resp.content) > limit:
            raise _malformed("the photo is implausibly large")
        return resp.content

    # ----------------------------------------------------------------------------------- messages

    def messages(self, report_id: str) -> list[Message]:
        return _list(self._call("GET", f"/v1/reports/{report_id}/messages"), "messages", message_of)

    def waiting_messages(self, state: str, limit: int = 200) -> list[Message]:
        """The letters to print (``to_print``) or the calls to make (``to_call``) across reports."""
        if state not in ("to_print", "to_call"):
            raise ValueError("state is to_print or to_call")
        body = self._call("GET", "/v1/reports/messages", params={"state": state, "limit": limit})
        if isinstance(body, dict):
            body = body.get("items")
        return _list(body, "messages", message_of)

    def message_done(self, message_id: str, outcome: str) -> Message:
        if outcome not in OUTCOMES:
            raise ValueError(f"outcome is one of {', '.join(OUTCOMES)}")
        return message_of(self._call("POST", f"/v1/reports/messages/{message_id}/done", json_body={"outcome": outcome}))

    # ----------------------------------------------------------------------------------- dashboard

    def summary(self, start: dt.date | None = None, end: dt.date | None = None, **filters: str | None) -> Summary:
        return summary_answer(self._call("GET", "/v1/reports/dashboard/summary",
                                         params=_filters(start=start, end=end, **filters)))

    def hotspots(self, by: str, start: dt.date | None = None, end: dt.date | None = None,
                 **filters: str | None) -> list[Hotspot]:
        if by not in ("zone", "category"):
            raise ValueError("by is zone or category")
        body = _obj(self._call("GET", "/v1/reports/dashboard/hotspots",
                               params=_filters(by=by, start=start, end=end, **filters)), "hotspots")
        return _list(body.get("items"), "items", hotspot_of)

    def heat(self, start: dt.date | None = None, end: dt.date | None = None, cell_m: int = 250,
             **filters: str | None) -> list[HeatCell]:
        body = _obj(self._call("GET", "/v1/reports/dashboard/heat",
                               params=_filters(start=start, end=end, cell_m=cell_m, **filters)), "heat")
        return _list(body.get("cells"), "cells", heat_of, limit=1_000_000)

    def channels(self, start: dt.date | None = None, end: dt.date | None = None,
                 **filters: str | None) -> Channels:
        body = _obj(self._call("GET", "/v1/reports/dashboard/channels",
                               params=_filters(start=start, end=end, **filters)), "channels")
        target = _obj(body.get("target"), "target")
        return Channels({g: _float(target, g) for g in CHANNEL_GROUPS}, _list(body.get("months"), "months", month_of))

    # ----------------------------------------------------------------------------------- people (audited)

    def engaged(self, start: dt.date | None = None, end: dt.date | None = None, *, category: str | None = None,
                zone: str | None = None, min_reports: int = 2) -> list[Engaged]:
        body = _obj(self._call("GET", "/v1/reports/dashboard/engaged", params=_filters(
            start=start, end=end, category=category, zone=zone, min_reports=min_reports)), "engaged")
        return _list(body.get("items"), "items", engaged_of)

    def residents(self, *, zone: str | None = None, polygon: Sequence[tuple[float, float]] | None = None,
                  limit: int = 1000) -> tuple[list[Resident], int]:
        if (zone is None) == (polygon is None):
            raise ValueError("give a zone or a polygon")
        body: dict[str, Any] = {"limit": limit}
        if zone is not None:
            body["zone"] = zone
        else:
            body["polygon"] = [[float(a), float(b)] for a, b in polygon or ()]
        answer = _obj(self._call("POST", "/v1/reports/dashboard/residents", json_body=body), "residents")
        return _list(answer.get("items"), "items", resident_of), _int(answer, "total")

    def zones(self) -> tuple[list[Zone], int | None]:
        body = _obj(self._call("GET", "/v1/reports/zones"), "zones")
        return _list(body.get("zones"), "zones", zone_of), _int(body, "grid_m", optional=True)


__all__ = ["LISTS", "Breakdown", "ChannelMonth", "Channels", "Engaged", "HeatCell", "HistoryEntry", "Hotspot",
           "Message", "Report", "ReportList", "ReportSummary", "Reporter", "ReportsClient", "ReportsOffline",
           "ReportsRefused", "Resident", "RoutingRule", "Share", "Summary", "Zone", "new_request_id"]
