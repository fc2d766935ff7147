"""Strict reading of the case store's JSON answers for the shop's clients (queue, appointments): each helper
returns the value or raises ``ProtocolError`` naming the field, before anything is used; ``StrictCaller``: the
request and its answer, read strictly, with a refusal turned into the client's own error."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from typing import Any, ClassVar, NoReturn

import httpx

from sync.errors import Offline, ProtocolError, ServerError
from sync.transport import Transport


def malformed(what: str) -> ProtocolError:
    return ProtocolError(f"malformed answer from the case store: {what}")


def obj(v: object, what: str) -> dict[str, Any]:
    if not isinstance(v, dict):
        raise malformed(f"{what} is not an object")
    return v


def text(d: dict[str, Any], key: str, *, optional: bool = False, limit: int = 1000) -> Any:
    v = d.get(key)
    if v is None and optional:
        return None
    if not isinstance(v, str) or len(v) > limit:
        raise malformed(f"{key} is not a text")
    return v


def integer(d: dict[str, Any], key: str, *, optional: bool = False) -> Any:
    v = d.get(key)
    if v is None and optional:
        return None
    if not isinstance(v, int) or isinstance(v, bool) or abs(v) >= 2**62:
        raise malformed(f"{key} is not a number")
    return v


def when(d: dict[str, Any], key: str, *, optional: bool = False) -> Any:
    """A time with its UTC offset (ISO 8601; ``Z`` too)."""
    raw = text(d, key, optional=optional, limit=64)
    if raw is None:
        return None
    try:
        v = dt.datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        raise malformed(f"{key} is not a time") from None
    if v.tzinfo is None:
        raise malformed(f"{key} has no UTC offset")
    return v


class StrictCaller:
    """The request, its answer read strictly and a refusal turned into the client's own error, shared by the
    case store's clients (appointments, shop, reports). A client sets its policy in the class attributes:

    ``offline_error``      raised when the case store cannot be reached or is busy (an ``Offline``)
    ``busy``               the statuses that count as busy; ``any_5xx_busy``: every 5xx does too
    ``busy_words``         the words of that error ("busy", "busy or failing")
    ``answer_cap``         the largest answer read (bytes)
    ``refusal_statuses``   the statuses whose JSON object body is the case store's refusal…
    ``revoked_statuses``   …except, on these, ``error: device_revoked`` (left to the transport's check)
    ``default_codes``      the code of a refusal without one, per status ("invalid" otherwise)
    ``detail_words``       a refusal without ``message`` takes its words from ``detail``
    ``message_cap``        the refusal's words cut to this length (None: not cut)

    and ``_refused`` builds its refusal error (default: ``refused_error(words, status, code)``).
    """

    offline_error: type[Offline] = Offline
    refused_error: type[ServerError] = ServerError
    busy: tuple[int, ...] = (429, 502, 503, 504)
    any_5xx_busy = False
    busy_words = "busy"
    answer_cap = 16 * 1024 * 1024
    refusal_statuses: tuple[int, ...] = (400, 404, 409, 422)
    revoked_statuses: tuple[int, ...] = ()
    default_codes: ClassVar[Mapping[int, str]] = {404: "not_found"}
    detail_words = True
    message_cap: int | None = None

    transport: Transport

    def _request(self, method: str, path: str, *, json_body: object = None,
                 params: dict[str, Any] | None = None, via: Transport | None = None) -> object:
        try:
            resp = (via or self.transport)._send(method, path, json_body=json_body, params=params)
        except Offline as e:
            raise self.offline_error(str(e)) from e
        except ServerError as e:
            if e.status in self.busy or (self.any_5xx_busy and e.status >= 500):
                raise self.offline_error(f"the case store is {self.busy_words} ({e.status}): {e}") from e
            raise
        if resp.status_code >= 400:
            self._refusal(resp)
        if len(resp.content) > self.answer_cap:
            raise malformed("implausibly large")
        try:
            return json.loads(resp.content)
        except (ValueError, UnicodeDecodeError):
            raise malformed(f"{resp.status_code} without JSON") from None

    def _refusal(self, resp: httpx.Response) -> NoReturn:
        body: object = None
        try:
            body = json.loads(resp.content) if 0 < len(resp.content) <= 64 * 1024 else None
        except (ValueError, UnicodeDecodeError):
            body = None
        status = resp.status_code
        if (status in self.refusal_statuses and isinstance(body, dict)
                and not (status in self.revoked_statuses and body.get("error") == "device_revoked")):
            code = body.get("error") if isinstance(body.get("error"), str) else ""
            said = body.get("message")
            message = said if isinstance(said, str) else ""
            if not message and self.detail_words:
                detail = body.get("detail")
                message = detail if isinstance(detail, str) else json.dumps(detail)[:300] if detail else ""
            if not code:
                code = self.default_codes.get(status, "invalid")
            raise self._refused(message, status, str(code), body)
        self.transport._check(resp)  # sign-in, a revoked device, other refusals: the sync package's errors
        raise malformed(f"unexpected status {status}")

    def _refused(self, message: str, status: int, code: str, body: dict[str, Any]) -> Exception:
        """The refusal's error: ``message`` the case store's words ("" if none), ``code`` its code (uncut)."""
        words = str(message or code)
        return self.refused_error(words if self.message_cap is None else words[:self.message_cap], status,
                                  code[:100])
