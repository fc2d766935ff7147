"""Routes of people in the reports' dashboard: engaged citizens and residents of a zone, coordinators only
(``wire.roles.REPORT_PEOPLE``), every view audited; and the city's zones for any signed-in user (issue 15).
Over ``casestore.services.report_people`` (which defines who counts)."""

from __future__ import annotations

from enum import Enum
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query
from pydantic import BaseModel, ConfigDict, Field, model_validator
from sqlalchemy.orm import Session

from casestore.api_models import ERRORS, IsoDate
from casestore.deps import Auth, Tx
from casestore.reports_api import CATEGORY_CODES, ZONE_PATTERN
from casestore.services import report_people as people

router = APIRouter()
T: list[str | Enum] = ["reports"]
_CODE = r"^[A-Za-z0-9_.-]{1,64}$"


class _Out(BaseModel):
    model_config = ConfigDict(extra="forbid")


class EngagedReporter(_Out):
    person_id: str | None
    name: str
    email: str | None
    phone: str | None
    language: str


class EngagedTopic(_Out):
    kind: Literal["category", "zone"]
    key: str
    name: str


class EngagedReport(_Out):
    id: str
    category: str
    created_at: str | None
    status: str


class EngagedItem(_Out):
    reporter: EngagedReporter
    topic: EngagedTopic
    reports: list[EngagedReport]


class Period(_Out):
    start: str = Field(alias="from")
    to: str
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class Engaged(_Out):
    items: list[EngagedItem]
    total: int = Field(description="reporter × topic pairs found (items shows at most `limit`)")
    period: Period = Field(description="the period counted (at most one year)")


class ResidentsIn(BaseModel):
    """A zone's code, or a drawn polygon of WGS84 [lat, lon] points (3 to 500; a simple ring)."""

    model_config = ConfigDict(extra="forbid")
    zone: str | None = Field(default=None, pattern=_CODE, description="a sector's code or a grid cell")
    polygon: list[Annotated[list[Annotated[float, Field(allow_inf_nan=False)]],
                            Field(min_length=2, max_length=2)]] | None = Field(
        default=None, min_length=3, max_length=people.MAX_VERTICES + 1,
        description="[[lat, lon], …]; the closing point may repeat the first")
    limit: int = Field(default=1000, ge=1, le=people.MAX_LIMIT)

    @model_validator(mode="after")
    def _one(self) -> ResidentsIn:
        if (self.zone is None) == (self.polygon is None):
            raise ValueError("give either a zone or a polygon")
        return self


class Resident(_Out):
    person_id: str
    name: str
    address: str
    lat: float
    lon: float


class Residents(_Out):
    items: list[Resident]
    total: int


class Zone(_Out):
    code: str
    name: str
    polygons: list[list[list[float]]] = Field(description="outer rings of [lat, lon] points")


class ZonesOut(_Out):
    zones: list[Zone]
    boundary: list[list[list[float]]] = Field(description="the city's edge: rings of [lat, lon] points")
    grid_m: int = Field(description="outside the sectors: grid cells of this many metres")


@router.get("/v1/reports/dashboard/engaged", response_model=Engaged, response_model_by_alias=True,
            responses=ERRORS, tags=T)
def engaged(
    caller: Auth,
    store: Tx,
    start: Annotated[IsoDate | None, Query(alias="from", description="first day YYYY-MM-DD (Belgian local)")] = None,
    to: Annotated[IsoDate | None, Query(description="last day, included; default today")] = None,
    category: Annotated[str | None, Query(pattern=_CODE, json_schema_extra={"enum": CATEGORY_CODES})] = None,
    zone: Annotated[str | None, Query(pattern=ZONE_PATTERN, description="a sector's code or a grid cell")] = None,
    min_reports: Annotated[int, Query(ge=2, le=1000)] = 2,
    limit: Annotated[int, Query(ge=1, le=people.MAX_LIMIT)] = 1000,
    lang: Annotated[str, Query(pattern=r"^(nl|fr|de|en)$", description="language of the names")] = "nl",
) -> dict[str, Any]:
    """Reporters with `min_reports` or more consenting reports on one category or in one zone within the
    period (at most one year; default the last 365 days), with those reports. Coordinators; audited."""

    def work(s: Session) -> dict[str, Any]:
        p = caller.principal(s)
        people.may_see_people(p)
        q = people.engaged_query(start, to, category=category, zone=zone, min_reports=min_reports, limit=limit,
                                 lang=lang)
        return people.engaged(s, p, q)

    return store.run_tx(work)


@router.post("/v1/reports/dashboard/residents", response_model=Residents, responses=ERRORS, tags=T)
def residents(body: ResidentsIn, caller: Auth, store: Tx) -> dict[str, Any]:
    """Persons whose address lies in a zone or a drawn polygon (their place from the address register),
    in address order; `total` counts them all, `items` holds at most `limit`. Coordinators; audited."""

    def work(s: Session) -> dict[str, Any]:
        return people.residents(s, caller.principal(s), zone=body.zone, polygon=body.polygon, limit=body.limit)

    return store.run_tx(work)


@router.get("/v1/reports/zones", response_model=ZonesOut, responses=ERRORS, tags=T)
def zones(caller: Auth, store: Tx) -> dict[str, Any]:
    """The city's zones (sectors as polygons, the city's edge and the grid outside them)."""

    def work(s: Session) -> dict[str, Any]:
        caller.principal(s)
        return people.zones_view()

    return store.run_tx(work)
