"""Wire models (pydantic) of the citizen-report endpoints: staff (``/v1/reports``) and what they answer.
The category and status codes are declared as enums from ``resources/reports/categories.json``."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal, get_args

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field
from pydantic_core import PydanticCustomError

from casestore import validation
from casestore.services import reports
from wire import reports as catalogue

_CATS = catalogue.default()
CATEGORY_CODES = sorted(_CATS.subs)
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
    reporters: list[ReporterOut]
    history: list[HistoryOut]


class NearbyReport(BaseModel):
    distance_m: float
    report: ReportView


def nearby_view(found: list[tuple[Any, float]], view: Any) -> list[dict[str, Any]]:
    return [{"distance_m": round(d, 1), "report": view(r)} for r, d in found]
