"""Wire models (pydantic) of the citizen-report endpoints: staff (``/v1/reports``) and what they answer.
The category and status codes are declared as enums from ``resources/reports/categories.json``."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any, Literal, get_args

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field
from pydantic_core import PydanticCustomError

from casestore import validation
from casestore.services import reports
from wire import geo
from wire import reports as catalogue

_CATS = catalogue.default()
CATEGORY_CODES = sorted(_CATS.subs)
MAIN_CATEGORY_CODES = sorted(m.code for m in _CATS.mains)
DEPARTMENT_CODES = sorted(_CATS.departments)
ZONE_PATTERN = "^(?:" + "|".join(re.escape(z.code) for z in geo.default().sectors) + r"|G-?\d{1,9}_-?\d{1,9})$"
"""A zone: one of the city's sectors (``resources/reports/zones.geojson``) or a grid cell ``G<row>_<col>``."""
STATUS_CODES = list(_CATS.statuses)

Id = Annotated[str, Field(pattern=validation.ID_PATTERN, description="1-64 letters, digits or . _ : -")]
Text = Annotated[str, Field(pattern=validation.TEXT_PATTERN, description="no control characters but tab and newlines")]
Category = Annotated[str, Field(json_schema_extra={"enum": CATEGORY_CODES}, description="a sub-category code")]
StatusCode = Annotated[str, Field(json_schema_extra={"enum": STATUS_CODES})]
Language = Literal["nl", "fr", "de", "en"]
Channel = Literal["counter", "phone", "outreach", "app", "partner"]
ContactChannel = Literal["mail", "sms", "letter", "phone"]
Latitude = Annotated[float, Field(ge=-90, le=90, description="WGS84 latitude")]
Longitude = Annotated[float, Field(ge=-180, le=180, description="WGS84 longitude")]


def _date_time_text(v: Any) -> Any:
    """A date-time as JSON carries it: an ISO 8601 string (not a number of seconds)."""
    if not isinstance(v, str):
        raise PydanticCustomError("datetime_type", "must be a date and time such as 2026-03-01T08:00:00+01:00")
    return v


DateTimeText = Annotated[dt.datetime, Field(strict=False), BeforeValidator(_date_time_text)]
assert get_args(Language) == _CATS.languages
assert get_args(Channel) == catalogue.CHANNELS
assert get_args(ContactChannel) == reports.CONTACT_CHANNELS


class ReporterIn(BaseModel):
    """A known person (``person_id``), a contact, or nobody (anonymous: never told, never contacted)."""

    model_config = ConfigDict(extra="forbid", strict=True)
    person_id: Id | None = None
    email: Annotated[str, Field(pattern=r"^[^@\s\x00-\x1f]{1,100}@[^@\s\x00-\x1f]{1,99}$")] | None = None
    phone: Annotated[str, Field(pattern=r"^\+?[0-9 ./-]{6,30}$")] | None = None
    first_name: Annotated[Text, Field(max_length=200)] | None = None
    last_name: Annotated[Text, Field(max_length=200)] | None = None
    language: Language = "nl"
    contact_channel: ContactChannel | None = Field(default=None, description="how to tell this reporter")
    consent: bool = Field(default=False, description="may be contacted again about this topic")

    def domain(self) -> reports.ReporterIn:
        return reports.ReporterIn(**self.model_dump())


class ReportCreate(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)
    category: Category
    description: Annotated[Text, Field(min_length=1, max_length=10000)]
    lat: Latitude
    lon: Longitude
    address: Annotated[Text, Field(max_length=500)] | None = None
    channel: Channel
    reporters: list[ReporterIn] = Field(default_factory=list, max_length=20)
    reported_at: DateTimeText | None = Field(default=None, description="when the citizen reported it; "
                                                                      "not in the future; default now")


class StatusChangeIn(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)
    status: StatusCode
    note: Annotated[Text, Field(max_length=2000)] | None = None
    request_id: Id | None = Field(default=None, description="the client's id of this change: sent again, the "
                                                           "change is made once (the same answer); used for "
                                                           "another change: 409")


class CategoryChangeIn(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)
    category: Category


class SubtaskIn(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)
    category: Category
    description: Annotated[Text, Field(min_length=1, max_length=10000)]


class ReporterOut(BaseModel):
    person_id: str | None
    email: str | None
    phone: str | None
    first_name: str | None
    last_name: str | None
    language: str
    contact_channel: str | None
    consent: bool
    me_too: bool
    anonymous: bool
    added_at: str


class HistoryOut(BaseModel):
    previous: str | None
    status: str
    note: str | None
    tell_citizen: bool
    by: str
    at: str


class ReportView(BaseModel):
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
    deadline: str = Field(description="the term's last day (ISO date)")
    deadline_3x: str = Field(description="the last day of three times the term (ISO date)")
    media_sha256: str | None = Field(description="a photo, stored as an attachment (GET /v1/blobs/…)")
    media_url: str | None = Field(description="a photo elsewhere (Open311 media_url)")
    created_by: str
    created_at: str
    updated_at: str
    closed_at: str | None
    zone: str | None = Field(description="the zone (wire.geo: a sector code or a grid cell); none without a point")
    assigned_to: str | None = Field(description="the person it is assigned to (by a routing rule or by hand)")
    external_party: str | None = Field(description="the external party it was forwarded to")
    route_pinned: bool = Field(description="a coordinator chose the route: the routing rules leave it alone")
    reopened: int = Field(description="times reopened")
    deadline_10wd: str | None = Field(description="ten working days after it was reported (ISO date)")
    closed_on: str | None = Field(description="the Belgian local date it was closed")
    lead_seconds: float | None = Field(description="reported → closed, in seconds")
    reporters: list[ReporterOut]
    history: list[HistoryOut]


class NearbyReport(BaseModel):
    distance_m: float
    report: ReportView


def nearby_view(found: list[tuple[Any, float]], view: Any) -> list[dict[str, Any]]:
    return [{"distance_m": round(d, 1), "report": view(r)} for r, d in found]


# ------------------------------------------------------------------------------------- dispatch (part A)


class LocationIn(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)
    lat: Latitude
    lon: Longitude
    address: Annotated[Text, Field(max_length=500)] | None = None


class RouteIn(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)
    department: Annotated[str, Field(json_schema_extra={"enum": sorted(_CATS.departments)},
                                     description="a department of categories.json")]
    assigned_to: Annotated[str, Field(pattern=r"^[A-Za-z0-9._@-]{1,100}$", description="a username")] | None = None


class ForwardIn(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)
    party: Annotated[Text, Field(min_length=1, max_length=200, description="who it is forwarded to")]
    note: Annotated[Text, Field(max_length=2000)] | None = None


class ReportSummary(BaseModel):
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
    created_at: str
    deadline: str
    deadline_3x: str
    reopened: int
    reporters: int = Field(description="how many citizens reported it")
    channel: str
    parent_id: str | None
    description: str


class ReportListOut(BaseModel):
    items: list[ReportSummary]
    next: str | None = Field(description="ask again with after=<this> for the next page; null: the last page")
    total: int = Field(description="the whole list with its filters")


class RoutingRuleOut(BaseModel):
    category: str | None = None
    main_category: str | None = None
    zones: list[str] | None = None
    department: str
    assigned_to: str | None = None
    note: str | None = None


class RoutingOut(BaseModel):
    rules: list[RoutingRuleOut]
