"""Routes of the city's dashboard of citizen reports: figures, hotspots, heat map, channel mix (issue 15), over
``casestore.services.report_dashboard`` (which defines every figure). Coordinators and management only
(``wire.roles.REPORT_DASHBOARD``); a bad period or filter: 422 with the reason."""

from __future__ import annotations

from enum import Enum
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query
from sqlalchemy.orm import Session

from casestore.api_models import ERRORS, IsoDate
from casestore.deps import Auth, Tx
from casestore.report_dashboard_api import (
    DashboardChannels,
    DashboardHeat,
    DashboardHotspots,
    DashboardSummary,
)
from casestore.reports_api import CATEGORY_CODES, DEPARTMENT_CODES, MAIN_CATEGORY_CODES, ZONE_PATTERN
from casestore.services import report_dashboard as board

router = APIRouter()
T: list[str | Enum] = ["reports"]
_CODE = r"^[A-Za-z0-9_.-]{1,64}$"


def _question(
    start: Annotated[IsoDate | None, Query(alias="from", description="first day YYYY-MM-DD (Belgian local); "
                                                                     "default: 364 days before `to`")] = None,
    to: Annotated[IsoDate | None, Query(description="last day, included; default today; at most 5 years")] = None,
    category: Annotated[str | None, Query(pattern=_CODE, json_schema_extra={"enum": CATEGORY_CODES})] = None,
    main_category: Annotated[str | None, Query(pattern=_CODE, json_schema_extra={"enum": MAIN_CATEGORY_CODES})] = None,
    department: Annotated[str | None, Query(pattern=_CODE, json_schema_extra={"enum": DEPARTMENT_CODES})] = None,
    zone: Annotated[str | None, Query(pattern=ZONE_PATTERN, description="a sector's code or a grid cell")] = None,
    lang: Annotated[str, Query(pattern=r"^(nl|fr|de|en)$", description="language of the names")] = "nl",
) -> board.Query:
    return board.make_query(start, to, category=category, main_category=main_category, department=department,
                            zone=zone, lang=lang)


Question = Annotated[board.Query, Depends(_question)]


@router.get("/v1/reports/dashboard/summary", response_model=DashboardSummary, response_model_by_alias=True,
            responses=ERRORS, tags=T)
def summary(q: Question, caller: Auth, store: Tx) -> dict[str, Any]:
    """Reports, solved within term and within ten working days (both definitions, with their text), median and
    p90 lead time, per category, department and zone."""

    def work(s: Session) -> dict[str, Any]:
        return board.summary(s, caller.principal(s), q)

    return store.run_tx(work)


@router.get("/v1/reports/dashboard/hotspots", response_model=DashboardHotspots, response_model_by_alias=True,
            responses=ERRORS, tags=T)
def hotspots(q: Question, caller: Auth, store: Tx,
             by: Literal["zone", "category", "main_category", "department"] = "zone") -> dict[str, Any]:
    """Reports per zone (or category) against the period of equal length just before."""

    def work(s: Session) -> dict[str, Any]:
        return board.hotspots(s, caller.principal(s), q, by)

    return store.run_tx(work)


@router.get("/v1/reports/dashboard/heat", response_model=DashboardHeat, response_model_by_alias=True,
            responses=ERRORS, tags=T)
def heat(q: Question, caller: Auth, store: Tx,
         cell_m: Annotated[int, Query(ge=board.CELL_MIN, le=board.CELL_MAX, description="cell size, metres")] = 250,
         ) -> dict[str, Any]:
    """Reports per square cell of `cell_m` metres, with each cell's centre."""

    def work(s: Session) -> dict[str, Any]:
        return board.heat(s, caller.principal(s), q, cell_m)

    return store.run_tx(work)


@router.get("/v1/reports/dashboard/channels", response_model=DashboardChannels, response_model_by_alias=True,
            responses=ERRORS, tags=T)
def channels(q: Question, caller: Auth, store: Tx) -> dict[str, Any]:
    """Reports per month and channel group (digital, phone, counter, outreach) against the city's target."""

    def work(s: Session) -> dict[str, Any]:
        return board.channels(s, caller.principal(s), q)

    return store.run_tx(work)
