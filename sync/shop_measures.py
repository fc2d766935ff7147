"""The shop's measures from the case store (``GET /v1/queue/{shop}/measures`` and ``…/measures.csv``, issue 16)
over the sync transport (tokens, TLS, retries). Qt-free; the desk's *Shop measures* page calls these in its
worker pool. The figures are defined in ``casestore.services.shop_measures``.

    m = fetch_measures(sync_client.transport, "stadswinkel", dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    m.total["waiting_median_s"], [r["service"] for r in m.by_service]

A refusal (a period the case store does not accept, a role that may not see the measures, an unknown shop)
raises ``MeasuresRefused`` with the case store's own message; an unreachable case store the sync package's
``Offline``; a malformed answer ``ProtocolError``.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

import httpx

from sync.errors import AuthRequired, DeviceRevoked, ProtocolError, ServerError
from sync.transport import Transport

MAX_ANSWER = 32 * 1024 * 1024
FIGURES = ("visits", "walk_ins", "appointments", "appointment_share", "served", "no_shows", "no_show_rate",
           "open", "waiting_median_s", "waiting_p90_s", "service_median_s", "service_p90_s")


class MeasuresRefused(ServerError):
    """The case store refused the request; the message is its own (``code``: forbidden, bad_request, …)."""


@dataclass(frozen=True)
class ShopMeasures:
    shop: str
    start: dt.date
    end: dt.date
    total: dict[str, Any]
    by_service: list[dict[str, Any]]
    by_hour: list[dict[str, Any]]
    by_day: list[dict[str, Any]]
    by_month: list[dict[str, Any]]
    visits_per_day: float | None
    counter_visits_per_month: list[dict[str, Any]]


def _malformed(what: str) -> ProtocolError:
    return ProtocolError(f"malformed measures from the case store: {what}")


def _number(v: object, what: str, *, optional: bool = True) -> None:
    if v is None and optional:
        return
    if isinstance(v, bool) or not isinstance(v, int | float):
        raise _malformed(f"{what} is not a number")


def _row(v: object, what: str, key: str | None = None) -> dict[str, Any]:
    if not isinstance(v, dict):
        raise _malformed(f"{what} is not an object")
    for f in FIGURES:
        _number(v.get(f), f"{what}.{f}", optional=f.endswith(("_s", "_share", "_rate")))
    if key is not None and key not in v:
        raise _malformed(f"{what} lacks {key}")
    return v


def _rows(body: dict[str, Any], name: str, key: str) -> list[dict[str, Any]]:
    rows = body.get(name)
    if not isinstance(rows, list):
        raise _malformed(f"{name} is not a list")
    return [_row(r, name, key) for r in rows]


def _refuse(resp: httpx.Response, transport: Transport) -> None:
    body: object = None
    try:
        body = json.loads(resp.content) if 0 < len(resp.content) <= 64 * 1024 else None
    except (ValueError, UnicodeDecodeError):
        body = None
    if resp.status_code in (400, 403, 404, 422) and isinstance(body, dict) and body.get("error") != "device_revoked":
        code = body.get("error") if isinstance(body.get("error"), str) else ""
        message = body.get("message") if isinstance(body.get("message"), str) else ""
        raise MeasuresRefused(str(message or code or resp.status_code)[:500], resp.status_code, str(code)[:100])
    transport._check(resp)  # sign-in, a revoked laptop, other refusals: the sync package's errors
    raise _malformed(f"unexpected status {resp.status_code}")


def _get(transport: Transport, shop: str, suffix: str, start: dt.date, end: dt.date) -> httpx.Response:
    resp = transport._send("GET", f"/v1/queue/{shop}/{suffix}",
                           params={"from": start.isoformat(), "to": end.isoformat()})
    if resp.status_code != 200:
        _refuse(resp, transport)
    if len(resp.content) > MAX_ANSWER:
        raise _malformed("implausibly large")
    return resp


def fetch_measures(transport: Transport, shop: str, start: dt.date, end: dt.date) -> ShopMeasures:
    """The shop's measures over the days ``start`` … ``end`` (both included)."""
    resp = _get(transport, shop, "measures", start, end)
    try:
        body = json.loads(resp.content)
    except (ValueError, UnicodeDecodeError):
        raise _malformed("not JSON") from None
    if not isinstance(body, dict):
        raise _malformed("not an object")
    per_day = body.get("visits_per_day")
    _number(per_day, "visits_per_day")
    months = body.get("counter_visits_per_month")
    if not isinstance(months, list) or not all(
            isinstance(m, dict) and isinstance(m.get("month"), str) and isinstance(m.get("visits"), int)
            and isinstance(m.get("complete"), bool) for m in months):
        raise _malformed("counter_visits_per_month")
    try:
        first, last = dt.date.fromisoformat(str(body.get("from"))), dt.date.fromisoformat(str(body.get("to")))
    except ValueError:
        raise _malformed("from or to is not a date") from None
    return ShopMeasures(
        shop=str(body.get("shop", shop)), start=first, end=last, total=_row(body.get("total"), "total"),
        by_service=_rows(body, "by_service", "service"), by_hour=_rows(body, "by_hour", "hour"),
        by_day=_rows(body, "by_day", "day"), by_month=_rows(body, "by_month", "month"),
        visits_per_day=float(per_day) if per_day is not None else None, counter_visits_per_month=months,
    )


def fetch_measures_csv(transport: Transport, shop: str, start: dt.date, end: dt.date) -> bytes:
    """The same measures as CSV (UTF-8), as the case store writes them."""
    return _get(transport, shop, "measures.csv", start, end).content


def shops(transport: Transport) -> list[tuple[str, dict[str, str]]]:
    """The shops (code and names per language), for the page's shop selector."""
    resp = transport._send("GET", "/v1/queue/measures/shops")
    if resp.status_code != 200:
        _refuse(resp, transport)
    try:
        body = json.loads(resp.content)
    except (ValueError, UnicodeDecodeError):
        raise _malformed("shops is not JSON") from None
    if not isinstance(body, list):
        raise _malformed("shops is not a list")
    out = []
    for x in body:
        if not isinstance(x, dict) or not isinstance(x.get("code"), str):
            raise _malformed("a shop without a code")
        names = x.get("name")
        out.append((x["code"], {str(k): str(v) for k, v in names.items()} if isinstance(names, dict) else {}))
    return out


__all__ = ["AuthRequired", "DeviceRevoked", "MeasuresRefused", "ShopMeasures", "fetch_measures",
           "fetch_measures_csv", "shops"]
