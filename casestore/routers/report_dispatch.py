"""Routes of the coordinator's dispatch of citizen reports: queue and lists, routing, forwarding, location (issue 15).

The lists (``casestore/services/report_lists.py``) are the coordinators', but for ``mine``, which every
front-line role that takes reports may read; the rest (location, route, forward, the routing rules) is the
coordinators' (``casestore/services/reports.py``, ``casestore/services/report_routing.py``). The routing file
is loaded when the case store starts: a broken file stops it with the key path of the problem.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query
from sqlalchemy.orm import Session

from casestore import validation
from casestore.api_models import ERRORS
from casestore.deps import Auth, Tx
from casestore.reports_api import (
    CATEGORY_CODES,
    DEPARTMENT_CODES,
    MAIN_CATEGORY_CODES,
    ZONE_PATTERN,
    ForwardIn,
    LocationIn,
    ReportListOut,
    ReportView,
    RouteIn,
    RoutingOut,
)
from casestore.services import report_lists, report_routing, reports

router = APIRouter()
report_routing.default()  # checked at start: a broken routing file stops the case store with its key path

ReportRef = Annotated[str, Path(pattern=validation.ID_PATTERN, description="a report's reference")]
ListName = Annotated[str, Path(pattern=r"^[a-z0-9_]{1,20}$",
                               description=f"one of {', '.join(report_lists.LISTS)}",
                               json_schema_extra={"enum": list(report_lists.LISTS)})]


@router.get("/v1/reports/lists/{name}", response_model=ReportListOut, responses=ERRORS, tags=["reports"])
def report_list(
    name: ListName,
    caller: Auth,
    store: Tx,
    department: Annotated[str | None, Query(pattern=r"^[a-z0-9_]{1,64}$",
                                            json_schema_extra={"enum": DEPARTMENT_CODES})] = None,
    category: Annotated[str | None, Query(pattern=r"^[a-z0-9_]{1,64}$",
                                          json_schema_extra={"enum": CATEGORY_CODES})] = None,
    main_category: Annotated[str | None, Query(pattern=r"^[a-z0-9_]{1,64}$",
                                               json_schema_extra={"enum": MAIN_CATEGORY_CODES})] = None,
    zone: Annotated[str | None, Query(pattern=ZONE_PATTERN, description="a sector's code or a grid cell")] = None,
    limit: Annotated[int, Query(ge=1, le=report_lists.MAX_LIMIT)] = report_lists.DEFAULT_LIMIT,
    after: Annotated[str | None, Query(pattern=validation.ID_PATTERN,
                                       description="the last reference of the previous page")] = None,
) -> dict[str, Any]:
    """A list of reports, ordered by reference, paged by keyset: new | overdue (past the deadline, open) |
    past_3x | reopened | waiting (on a third party) | open | mine (taken by or assigned to the caller).
    Coordinators read every list; front-line staff only `mine`."""

    def work(s: Session) -> dict[str, Any]:
        return report_lists.report_list(s, caller.principal(s), name, department=department, category=category,
                                        main_category=main_category, zone=zone, limit=limit, after=after)

    return store.run_tx(work)


@router.get("/v1/reports/routing", response_model=RoutingOut, response_model_exclude_none=True, responses=ERRORS,
            tags=["reports"])
def routing(caller: Auth, store: Tx) -> dict[str, Any]:
    """The routing rules in their order (the first that matches a report decides; none: the category's
    department)."""

    def work(s: Session) -> dict[str, Any]:
        reports.may_dispatch(caller.principal(s))
        return report_routing.default().view()

    return store.run_tx(work)


@router.post("/v1/reports/{report_id}/location", response_model=ReportView, responses=ERRORS, tags=["reports"])
def change_location(report_id: ReportRef, body: LocationIn, caller: Auth, store: Tx) -> dict[str, Any]:
    """Another point (and address): the zone is recomputed and the routing rules apply again, unless the
    route was chosen by hand."""

    def work(s: Session) -> dict[str, Any]:
        p = caller.principal(s)
        reports.may_dispatch(p)
        rep = reports.change_location(s, p.username, report_id, body.lat, body.lon, body.address)
        return reports.report_view(s, rep)

    return store.run_tx(work)


@router.post("/v1/reports/{report_id}/route", response_model=ReportView, responses=ERRORS, tags=["reports"])
def route(report_id: ReportRef, body: RouteIn, caller: Auth, store: Tx) -> dict[str, Any]:
    """Route by hand: this department (and person); the rules leave the report alone until the route is
    deleted."""

    def work(s: Session) -> dict[str, Any]:
        p = caller.principal(s)
        reports.may_dispatch(p)
        rep = reports.route_by_hand(s, p.username, report_id, body.department, body.assigned_to)
        return reports.report_view(s, rep)

    return store.run_tx(work)


@router.delete("/v1/reports/{report_id}/route", response_model=ReportView, responses=ERRORS, tags=["reports"])
def unroute(report_id: ReportRef, caller: Auth, store: Tx) -> dict[str, Any]:
    """Undo a route chosen by hand: the routing rules decide again."""

    def work(s: Session) -> dict[str, Any]:
        p = caller.principal(s)
        reports.may_dispatch(p)
        return reports.report_view(s, reports.unroute(s, p.username, report_id))

    return store.run_tx(work)


@router.post("/v1/reports/{report_id}/forward", response_model=ReportView, responses=ERRORS, tags=["reports"])
def forward(report_id: ReportRef, body: ForwardIn, caller: Auth, store: Tx) -> dict[str, Any]:
    """Forward to an external party: the report waits on it (`wacht_op_derde`); refused (409) when the
    status flow does not allow that step."""

    def work(s: Session) -> dict[str, Any]:
        p = caller.principal(s)
        reports.may_dispatch(p)
        return reports.report_view(s, reports.forward(s, p.username, report_id, body.party, body.note))

    return store.run_tx(work)
