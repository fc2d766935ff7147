"""The case store's limits on what a caller may send: sign-in throttling and request body caps.

**Sign-in throttling.** Failed sign-ins in a row are counted per account and per client address, in the
database (``cs_login_throttle``), so that every server process (``--workers N``) sees the same counts.
After ``LOKET_CASESTORE_LOGIN_FAILURES`` failures (default 5) for an account, or
``LOKET_CASESTORE_LOGIN_ADDRESS_FAILURES`` (default 20, an office may sit behind one address) from one
address, sign-ins for it are refused with ``429 too_many_attempts`` and a ``Retry-After`` header for
``LOKET_CASESTORE_LOGIN_LOCKOUT`` seconds (default 30), doubled with every further failure up to
``LOKET_CASESTORE_LOGIN_LOCKOUT_MAX`` (default 3600). A correct password during the lockout is refused
too. Failures are forgotten ``LOKET_CASESTORE_LOGIN_WINDOW`` seconds (default 900) after the last one (or
after the lockout ended); a successful sign-in forgets the account's failures.

**Body caps** (:class:`BodyLimit`, ASGI middleware): a request to the API without a bearer token (except
sign-in, refresh and health) is answered ``401`` before its body is read; a body larger than its cap is
answered ``413 too_large``: at once when ``Content-Length`` says so, else as soon as the streamed bytes
pass the cap. Caps: ``LOKET_CASESTORE_MAX_PUSH_BYTES`` (``POST /v1/push``, default 32 MiB; a desk sends
at most 200 operations per push), ``LOKET_CASESTORE_MAX_CHUNK_BYTES`` (``PATCH /v1/blobs/…``, default
8 MiB; a desk uploads 1 MiB chunks), ``LOKET_CASESTORE_MAX_BODY_BYTES`` (everything else, default 8 MiB).

The variables are read by ``casestore.settings`` (``Settings.login``, ``Settings.body_caps``).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import math
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any, cast

from sqlalchemy import Table, bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from casestore.models import LoginThrottle, utcnow
from casestore.settings import BodyCaps, LoginPolicy

log = logging.getLogger(__name__)



# ------------------------------------------------------------------------------------ sign-in throttle



class TooManyAttempts(Exception):
    """Sign-ins for this account or from this address are refused for ``retry_after`` seconds."""

    def __init__(self, retry_after: int, what: str) -> None:
        super().__init__(f"too many failed sign-ins for {what}")
        self.retry_after = retry_after
        self.what = what


_THROTTLE = cast(Table, LoginThrottle.__table__)
_THROTTLE_ROWS = (
    select(_THROTTLE.c.key, _THROTTLE.c.failures, _THROTTLE.c.last_failure_at, _THROTTLE.c.locked_until)
    .where(_THROTTLE.c.key.in_(bindparam("keys", expanding=True)))
    .order_by(_THROTTLE.c.key)
    .with_for_update()  # PostgreSQL: attempts on one account or address count one after the other
)


def _aware(t: dt.datetime | None) -> dt.datetime | None:
    return t if t is None or t.tzinfo is not None else t.replace(tzinfo=dt.UTC)


def _keys(username: str, address: str | None) -> dict[str, str]:
    keys = {"account": f"user:{username}"[:160]}
    if address:
        keys["address"] = f"addr:{address}"[:160]
    return keys


def check_login(s: Session, username: str, address: str | None, now: dt.datetime | None = None) -> None:
    """Raise ``TooManyAttempts`` while the account or the address is locked out (before the password is
    even looked at: a right one is refused too). Locks the rows until commit."""
    now = now or utcnow()
    keys = _keys(username, address)
    rows = {r.key: r for r in s.connection().execute(_THROTTLE_ROWS, {"keys": sorted(keys.values())})}
    wait = 0.0
    what = ""
    for kind, key in keys.items():
        row = rows.get(key)
        until = _aware(row.locked_until) if row is not None else None
        if until is not None and until > now and (until - now).total_seconds() > wait:
            wait = (until - now).total_seconds()
            what = f"account {username!r}" if kind == "account" else f"address {address}"
    if wait > 0:
        retry_after = max(1, math.ceil(wait))
        log.warning("sign-in as %r from %s refused: too many failed sign-ins for %s; retry after %d s",
                    username, address or "?", what, retry_after)
        raise TooManyAttempts(retry_after, what)


def login_failed(
    s: Session, policy: LoginPolicy, username: str, address: str | None, now: dt.datetime | None = None
) -> None:
    """Count a failed sign-in for the account and the address; lock them out past their limit."""
    now = now or utcnow()
    keys = _keys(username, address)
    conn = s.connection()
    rows = {r.key: r for r in conn.execute(_THROTTLE_ROWS, {"keys": sorted(keys.values())})}
    for kind, key in sorted(keys.items(), key=lambda kv: kv[1]):
        limit = policy.account_failures if kind == "account" else policy.address_failures
        row = rows.get(key)
        failures = 0
        if row is not None:  # failures count while the last one (or the lockout it caused) is recent
            since = _aware(row.last_failure_at) or now
            until = _aware(row.locked_until)
            if until is not None and until > since:
                since = until
            failures = 0 if (now - since).total_seconds() > policy.window else int(row.failures)
        failures += 1
        locked_until = None
        if failures >= limit:
            seconds = min(policy.lockout * 2 ** min(failures - limit, 30), policy.max_lockout)
            locked_until = now + dt.timedelta(seconds=seconds)
            log.warning("sign-in locked for %s for %d s after %d failed sign-ins in a row",
                        f"account {username!r}" if kind == "account" else f"address {address}",
                        math.ceil(seconds), failures)
        values = {"failures": failures, "last_failure_at": now, "locked_until": locked_until}
        if row is None:
            conn.execute(insert(_THROTTLE).values(key=key, **values))  # a concurrent first: run_tx retries
        else:
            conn.execute(update(_THROTTLE).where(_THROTTLE.c.key == key).values(**values))
    log.warning("failed sign-in as %r from %s", username, address or "?")
    # Forget what is long over (names tried once, addresses gone quiet).
    stale = now - dt.timedelta(seconds=policy.window + policy.max_lockout)
    conn.execute(delete(_THROTTLE).where(_THROTTLE.c.last_failure_at < stale))


def login_succeeded(s: Session, username: str) -> None:
    """The account's failures are forgotten (the address's stay: it may be guessing other accounts)."""
    s.connection().execute(delete(_THROTTLE).where(_THROTTLE.c.key == _keys(username, None)["account"]))


# ---------------------------------------------------------------------------------------- body caps

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

PUBLIC_PATHS = frozenset({"/v1/health", "/v1/auth/login", "/v1/auth/refresh"})



class _TooLarge(Exception):
    pass


async def _reply(send: Send, status: int, code: str, detail: str, *, close: bool) -> None:
    body = json.dumps({"error": code, "message": detail, "detail": detail}).encode()  # app.ErrorBody
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    if status == 401:
        headers.append((b"www-authenticate", b"Bearer"))
    if close:  # the rest of the body is not read: the connection cannot carry another request
        headers.append((b"connection", b"close"))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


class BodyLimit:
    """ASGI middleware: refuses unauthenticated API requests before reading their body and caps the
    size of every request body (see the module's description)."""

    def __init__(self, app: ASGIApp, caps: BodyCaps) -> None:
        self.app = app
        self.caps = caps

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        method, path = scope["method"], scope["path"]
        headers = dict(scope.get("headers") or [])
        length_header = headers.get(b"content-length")
        has_body = length_header not in (None, b"0") or b"transfer-encoding" in headers
        if path.startswith("/v1/") and path not in PUBLIC_PATHS:
            scheme, _, token = headers.get(b"authorization", b"").partition(b" ")
            if scheme.lower() != b"bearer" or not token.strip():
                await _reply(send, 401, "token_invalid", "missing bearer token", close=has_body)
                return
        cap = self.caps.for_request(method, path)
        if length_header is not None and length_header.isdigit() and int(length_header) > cap:
            await _reply(send, 413, "too_large", f"the request body is larger than {cap} bytes", close=True)
            return
        received = 0
        over = False
        started = False

        async def limited_receive() -> Message:
            nonlocal received, over
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > cap:
                    over = True
                    raise _TooLarge
            return message

        async def checked_send(message: Message) -> None:
            nonlocal started
            if over:
                return  # whatever the app makes of the interrupted body: the answer is 413
            started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, checked_send)
        except _TooLarge:
            pass
        except Exception:
            if not over:
                raise
        if over and not started:
            await _reply(send, 413, "too_large", f"the request body is larger than {cap} bytes", close=True)
