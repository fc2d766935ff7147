"""What every router of the case store shares: the transaction runner (``Tx``: one transaction per
request, retried on deadlocks, at most ``LOKET_CASESTORE_CONCURRENCY`` at once) and the caller (``Auth``:
the bearer token, read into a ``Principal`` inside the request's own transaction), both FastAPI
dependencies, and the path parameters.

The dependencies are ``async``: FastAPI runs them on the event loop, so the push path (run on the loop for
a small push) never hands over to a worker thread for them."""

from __future__ import annotations

import functools
import logging
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Annotated, TypeVar

from fastapi import Depends, Path, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from starlette.convertors import StringConvertor, register_url_convertor

from casestore import roles, validation
from casestore.gateway import Gateway
from casestore.services import auth, notifications
from casestore.services.common import Principal
from casestore.services.report_messages import AFTER_COMMIT
from casestore.settings import Settings

log = logging.getLogger(__name__)

T = TypeVar("T")


class _Sha256Convertor(StringConvertor):
    """``{sha256:sha256}`` in a route: only a SHA-256 selects it (``/v1/blobs/missing`` is another path)."""

    regex = "[0-9a-f]{64}"


register_url_convertor("sha256", _Sha256Convertor())

CaseRef = Annotated[str, Path(pattern=validation.ID_PATTERN, description="a case id or case number")]
BlobRef = Annotated[str, Path(pattern=validation.SHA256_PATTERN, description="SHA-256 of the content")]
DeviceRef = Annotated[str, Path(pattern=validation.ID_PATTERN)]


class Store:
    """One app's database access: transactions, their gate, and the hand-over of queued notifications."""

    def __init__(self, sessions: sessionmaker[Session], settings: Settings, gateway: Gateway) -> None:
        self.sessions = sessions
        self.settings = settings
        self.gateway = gateway
        # At most this many transactions run at once per process: beyond that, threads only fight over the
        # GIL and the database locks, and every request in a burst finishes late instead of most early.
        self.gate = threading.BoundedSemaphore(settings.concurrency)
        # Pushes of up to this many operations run on the event loop thread (see routers.sync); 0: none.
        self.inline_push_ops = settings.inline_push_ops
        self.swept = False  # queued notifications handed over since the start (see deliver)
        # notifications queued by a committed transaction for the gateway (e.g. messages to the reporters
        # of citizen reports: casestore.services.report_messages), handed over by deliver_pending
        self._pending: set[str] = set()
        self._pending_lock = threading.Lock()

    @contextmanager
    def tx(self) -> Iterator[Session]:
        with self.sessions.begin() as s:
            yield s

    def run_tx(self, fn: Callable[[Session], T], attempts: int = 4) -> T:
        """Run ``fn`` in a transaction; retry on deadlocks / serialisation failures. Then, outside the gate,
        hand to the gateway the messages a transaction queued for after its commit (``deliver_pending``)."""
        with self.gate:
            result = self.run_tx_ungated(fn, attempts)
        self.deliver_pending()
        return result

    def run_tx_ungated(self, fn: Callable[[Session], T], attempts: int) -> T:
        """Run ``fn`` in a transaction (no gate). The ids of notifications it named in
        ``Session.info[AFTER_COMMIT]`` wait in ``pending`` once it has committed."""
        for i in range(attempts):
            try:
                with self.tx() as s:
                    result = fn(s)
                    after = s.info.pop(AFTER_COMMIT, None)
                if after:  # committed
                    with self._pending_lock:
                        self._pending |= set(after)
                return result
            except OperationalError as e:
                msg = str(e.orig).lower() if e.orig is not None else ""
                transient = ("deadlock" in msg or "could not serialize" in msg or "locked" in msg
                             or e.connection_invalidated)  # the database restarted: a fresh connection
                if not transient or i == attempts - 1:
                    raise
                time.sleep(0.01 * (2**i))
            except IntegrityError:
                # A concurrent request stored the same op id / record first: run again, which now
                # answers from the stored results.
                if i == attempts - 1:
                    raise
                time.sleep(0.005 * (2**i))
        raise AssertionError("unreachable")

    def _deliver_one(self, s: Session, nid: str) -> bool:
        return notifications.deliver_notification(s, self.gateway, nid)

    def deliver(self, ids: set[str] | None) -> None:
        """After the commit: hand queued messages to the gateway (all of them on the first push after a
        start, to finish what a crash interrupted). A gateway failure leaves them queued for next time."""
        try:
            todo = self.run_tx(lambda s: notifications.queued_notifications(s, ids))
            for nid in todo:
                self.run_tx(functools.partial(self._deliver_one, nid=nid))
            if ids is None:  # all of them: what a crash interrupted is done
                self.swept = True
        except Exception:  # the push itself is committed and answered; delivery is retried later
            log.exception("handing notifications to the gateway failed; they stay queued")

    def has_pending(self) -> bool:
        with self._pending_lock:
            return bool(self._pending)

    def deliver_pending(self) -> None:
        """Hand over the notifications committed transactions queued (``AFTER_COMMIT``); a gateway failure
        leaves them queued in the database, for the next sweep."""
        with self._pending_lock:
            ids, self._pending = self._pending, set()
        if ids:
            self.deliver(ids)


async def _store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


_bearer = HTTPBearer(auto_error=False)


class Caller:
    """The bearer token of a request; ``principal(s)`` signs it in inside the request's transaction."""

    __slots__ = ("token",)

    def __init__(self, creds: HTTPAuthorizationCredentials | None) -> None:
        self.token = creds.credentials if creds else None

    def principal(self, s: Session) -> Principal:
        p = auth.authenticate(s, self.token)
        auth.mark_device_seen(s, p)
        return p

    def admin(self, s: Session) -> Principal:
        p = self.principal(s)
        auth.require_role(p, roles.ADMINISTRATOR)
        return p


async def _caller(creds: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]) -> Caller:
    return Caller(creds)


Tx = Annotated[Store, Depends(_store)]
Auth = Annotated[Caller, Depends(_caller)]
