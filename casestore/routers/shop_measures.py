"""The city shop's measures (``GET /v1/queue/{shop}/measures`` and ``…/measures.csv``, issue 16; the shops
to choose from: ``GET /v1/queue/measures/shops``) over
``casestore.services.shop_measures``, which defines every figure. Coordinators and administrators only
(``wire.roles.SHOP_MEASURES``)."""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Annotated, Any

from fastapi import APIRouter, Query
from fastapi import Path as PathParam
from fastapi.responses import Response
from pydantic import BaseModel, Field

from casestore.api_models import ERRORS, IsoDate
from casestore.deps import Auth, Tx
from casestore.routers.queue import _shops
from casestore.services import queue, shop_measures

router = APIRouter()

_CODE = r"^[A-Za-z0-9._:-]{1,40}$"
ShopRef = Annotated[str, PathParam(pattern=_CODE, description="a shop's code (resources/shop/*.yaml)")]
From = Annotated[IsoDate, Query(alias="from", description="the period's first day (the shop's local days)")]
To = Annotated[IsoDate, Query(description=f"its last day, included (at most {shop_measures.MAX_DAYS} days)")]


class Figures(BaseModel):
    visits: int = Field(description="tickets issued")
    walk_ins: int
    appointments: int = Field(description="tickets checked in for an appointment")
    appointment_share: float | None = Field(description="appointments / visits")
    served: int = Field(description="tickets finished at a desk")
    no_shows: int
    no_show_rate: float | None = Field(description="no_shows / (served + no_shows)")
    open: int = Field(description="neither served nor no-show (yet)")
    waiting_median_s: float | None = Field(description="seconds from arrival (or appointment time) to first call")
    waiting_p90_s: float | None
    service_median_s: float | None = Field(description="seconds from the last call to the finish")
    service_p90_s: float | None


class ServiceFigures(Figures):
    service: str
    name: dict[str, str]


class HourFigures(Figures):
    hour: int = Field(description="the shop's local hour the wait began, 0-23")


class DayFigures(Figures):
    day: dt.date


class MonthFigures(Figures):
    month: str = Field(description="YYYY-MM")


class CounterVisits(BaseModel):
    month: str = Field(description="YYYY-MM")
    visits: int = Field(description="visits served at the counter in the month (within the period)")
    complete: bool = Field(description="false: the period covers only part of the month")


class Measures(BaseModel):
    shop: str
    from_: dt.date = Field(alias="from")
    to: dt.date
    timezone: str
    total: Figures
    by_service: list[ServiceFigures]
    by_hour: list[HourFigures]
    by_day: list[DayFigures]
    by_month: list[MonthFigures]
    visits_per_day: float | None = Field(description="mean visits over the days with visits")
    counter_visits_per_month: list[CounterVisits] = Field(description="for the channel mix")


class ShopName(BaseModel):
    code: str
    name: dict[str, str]


Q: list[str | Enum] = ["queue"]


@router.get("/v1/queue/measures/shops", response_model=list[ShopName], responses=ERRORS, tags=Q)
def measure_shops(caller: Auth, store: Tx) -> list[dict[str, Any]]:
    """The shops whose measures may be asked for (coordinators and administrators; the queue's own list of
    shops is for the staff who work in the queue)."""
    all_shops = _shops(store)
    store.run_tx(lambda s: shop_measures.require_coordinator(caller.principal(s)))
    return [{"code": sh.code, "name": sh.name} for sh in all_shops.values()]


def _measures(caller: Auth, store: Tx, shop: str, start: dt.date, end: dt.date) -> dict[str, Any]:
    sh = queue.shop_of(_shops(store), shop)
    return store.run_tx(lambda s: shop_measures.measures(s, caller.principal(s), sh, start, end))


@router.get("/v1/queue/{shop}/measures", response_model=Measures, response_model_by_alias=True,
            responses=ERRORS, tags=Q)
def measures(shop: ShopRef, start: From, to: To, caller: Auth, store: Tx) -> dict[str, Any]:
    """The shop's waiting and service times (median, 90th percentile), no-shows, walk-ins against
    appointments and visits over a period: in all, per service, per hour of the day, per day and per month,
    with the counter visits per month for the channel mix (definitions: ``casestore.services.shop_measures``).
    Coordinators and administrators only."""
    return _measures(caller, store, shop, start, to)


@router.get(
    "/v1/queue/{shop}/measures.csv",
    response_class=Response,
    responses={**ERRORS, 200: {"description": "the measures as CSV: breakdown, key, then the figures",
                               "content": {"text/csv": {"schema": {"type": "string"}}}}},
    tags=Q,
)
def measures_csv(shop: ShopRef, start: From, to: To, caller: Auth, store: Tx) -> Response:
    """The same measures as CSV, one row per breakdown row (total, service, hour, day, month)."""
    m = _measures(caller, store, shop, start, to)
    return Response(
        shop_measures.to_csv(m), media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="measures-{shop}-{start}-{to}.csv"'})
