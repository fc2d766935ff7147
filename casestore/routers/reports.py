"""Citizen reports for staff (``/v1/reports``): take a report and read it (front line and coordinators),
look up open reports nearby (duplicates), and the coordinator's dispatch: status, category, sub-tasks.
A "me too" reporter may be added by anyone who takes reports."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query
from sqlalchemy.orm import Session

from casestore import validation
from casestore.api_models import ERRORS
from casestore.deps import Auth, Tx
from casestore.reports_api import (
    CATEGORY_CODES,
    CategoryChangeIn,
    NearbyReport,
    ReportCreate,
    ReporterIn,
    ReportView,
    StatusChangeIn,
    SubtaskIn,
    nearby_view,
)
from casestore.services import reports

router = APIRouter()
ReportRef = Annotated[str, Path(pattern=validation.ID_PATTERN, description="a report's reference")]


@router.post("/v1/reports", response_model=ReportView, status_code=201, responses=ERRORS, tags=["reports"])
def create(body: ReportCreate, caller: Auth, store: Tx) -> dict[str, Any]:
    """Take a citizen report (status `gemeld`; deadlines from its category's term)."""

    def work(s: Session) -> dict[str, Any]:
        p = caller.principal(s)
        reports.may_create(p)
        rep = reports.create_report(
            s, p.username, category=body.category, description=body.description, lat=body.lat, lon=body.lon,
            channel=body.channel, address=body.address, reporters=[r.domain() for r in body.reporters],
            reported_at=body.reported_at,
        )
        return reports.report_view(s, rep)

    return store.run_tx(work)


@router.get("/v1/reports/nearby", response_model=list[NearbyReport], responses=ERRORS, tags=["reports"])
def nearby(
    caller: Auth,
    store: Tx,
    category: Annotated[str, Query(json_schema_extra={"enum": CATEGORY_CODES})],
    lat: Annotated[float, Query(ge=-90, le=90)],
    lon: Annotated[float, Query(ge=-180, le=180)],
) -> list[dict[str, Any]]:
    """Possible duplicates: open reports of the same category within 50 m, reported in the last 12 weeks,
    nearest first."""

    def work(s: Session) -> list[dict[str, Any]]:
        reports.may_create(caller.principal(s))
        found = reports.nearby_open(s, category, lat, lon)
        views = {v["id"]: v for v in reports.report_views(s, [r for r, _d in found])}  # three queries in all
        return nearby_view(found, lambda r: views[r.id])

    return store.run_tx(work)


@router.get("/v1/reports/{report_id}", response_model=ReportView, responses=ERRORS, tags=["reports"])
def get(report_id: ReportRef, caller: Auth, store: Tx) -> dict[str, Any]:
    def work(s: Session) -> dict[str, Any]:
        reports.may_create(caller.principal(s))
        return reports.report_view(s, reports.get_report(s, report_id))

    return store.run_tx(work)


@router.post("/v1/reports/{report_id}/status", response_model=ReportView, responses=ERRORS, tags=["reports"])
def change_status(report_id: ReportRef, body: StatusChangeIn, caller: Auth, store: Tx) -> dict[str, Any]:
    """Move the report along the status flow (coordinators); a step the flow does not allow: 409."""

    def work(s: Session) -> dict[str, Any]:
        p = caller.principal(s)
        reports.may_dispatch(p)
        return reports.report_view(s, reports.change_status(s, p.username, report_id, body.status, body.note,
                                                            body.request_id))

    return store.run_tx(work)


@router.post("/v1/reports/{report_id}/category", response_model=ReportView, responses=ERRORS, tags=["reports"])
def change_category(report_id: ReportRef, body: CategoryChangeIn, caller: Auth, store: Tx) -> dict[str, Any]:
    """Another category (coordinators): department, priority and deadlines follow it."""

    def work(s: Session) -> dict[str, Any]:
        p = caller.principal(s)
        reports.may_dispatch(p)
        return reports.report_view(s, reports.change_category(s, p.username, report_id, body.category))

    return store.run_tx(work)


@router.post("/v1/reports/{report_id}/reporters", response_model=ReportView, responses=ERRORS, tags=["reports"])
def add_reporter(report_id: ReportRef, body: ReporterIn, caller: Auth, store: Tx) -> dict[str, Any]:
    """Another citizen reports the same ("me too")."""

    def work(s: Session) -> dict[str, Any]:
        p = caller.principal(s)
        reports.may_create(p)
        return reports.report_view(s, reports.add_reporter(s, p.username, report_id, body.domain()))

    return store.run_tx(work)


@router.post("/v1/reports/{report_id}/subtasks", response_model=ReportView, status_code=201, responses=ERRORS,
             tags=["reports"])
def split(report_id: ReportRef, body: SubtaskIn, caller: Auth, store: Tx) -> dict[str, Any]:
    """A sub-task for another department (coordinators); a sub-task never has sub-tasks: 409."""

    def work(s: Session) -> dict[str, Any]:
        p = caller.principal(s)
        reports.may_dispatch(p)
        return reports.report_view(s, reports.split(s, p.username, report_id, body.category, body.description))

    return store.run_tx(work)
