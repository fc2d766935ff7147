"""The request and answer models of the theme-desk appointments (``/v1/appointments…``, issue 16)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from casestore import validation
from casestore.api_models import ERRORS, ErrorBody
from casestore.services import appointments

Id = Annotated[str, Field(pattern=validation.ID_PATTERN, description="1-64 letters, digits or . _ : -")]
Code = Annotated[str, Field(pattern=r"^[A-Za-z0-9._:-]{1,40}$")]
Text = Annotated[str, Field(max_length=appointments.MAX_REASON, pattern=validation.TEXT_PATTERN)]
Status = Literal["booked", "cancelled", "checked_in", "done", "no_show"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ServiceNames(BaseModel):
    nl: str
    fr: str
    de: str
    en: str


class AppointmentService(BaseModel):
    code: str
    names: ServiceNames
    minutes: int = Field(description="the appointment's length for one person")
    extra_minutes_per_person: int = Field(description="added for every further person")
    department: str
    home_visit: bool = Field(description="at the citizen's address (place), on the outreach worker's calendar")


class Slot(BaseModel):
    start: dt.datetime = Field(description="ISO 8601 with the offset of Europe/Brussels")
    end: dt.datetime
    advisor: str
    room: str | None = Field(description="null for a home visit")


class Slots(BaseModel):
    slots: list[Slot]


class NewAppointment(_Strict):
    request_id: Id = Field(description="idempotency key: the same request again gets the same appointment")
    service: Code
    start: AwareDatetime = Field(description="a free slot's start (with its offset)")
    persons: int = Field(default=1, ge=1, le=appointments.MAX_PERSONS)
    person_id: Id | None = None
    advisor: Id | None = Field(default=None, description="null: any advisor of the service who is free")
    reason: Text = ""
    place: Annotated[str, Field(max_length=appointments.MAX_PLACE, pattern=validation.TEXT_PATTERN)] | None = Field(
        default=None, description="a home visit: the citizen's address")


class MoveBody(_Strict):
    start: AwareDatetime
    advisor: Id | None = Field(default=None, description="null: the same advisor if free, else any")


class CancelBody(_Strict):
    reason: Text | None = None


class CancelByReference(_Strict):
    cancellation_ref: Annotated[str, Field(min_length=1, max_length=20, pattern=r"^[A-Za-z0-9 -]+$")]


class CheckInBody(_Strict):
    shop: Code | None = Field(default=None, description="the shop the citizen arrived at (default: the city shop)")


class Appointment(BaseModel):
    id: str
    service: str
    start: dt.datetime
    end: dt.datetime
    advisor: str
    room: str | None
    place: str | None
    person_id: str | None
    case_id: str | None
    persons: int
    reason: str
    status: Status
    cancellation_ref: str = Field(description="for the citizen: cancels the appointment (8 characters)")
    revision: int


class SlotTakenBody(ErrorBody):
    next_free: Slot | None = Field(description="the first free slot after the requested time, or null")


BOOKING_ERRORS: dict[int | str, dict[str, Any]] = {
    **ERRORS,
    409: {"model": SlotTakenBody, "description": "`slot_taken`: booked meanwhile; `next_free` is the next slot "
                                                 "(or `conflict`: the appointment is no longer booked)"},
    422: {"model": ErrorBody, "description": "`in_the_past`, `outside_opening_hours`, `outside_working_hours`, "
                                             "`closed_day`, `off_grid`, `too_far_ahead`, `place_required`, "
                                             "`place_not_expected`, `not_today`, `unknown_reference` (the person), "
                                             "`bad_request`"},
    404: {"model": ErrorBody, "description": "`not_found`, `unknown_service`, `unknown_advisor`"},
}
