"""The case store's HTTP API (FastAPI). The protocol is documented by the OpenAPI spec it serves,
committed as ``casestore/openapi.json``; see also ``docs/protocol.md``.

``create_app`` assembles it: the routers per domain (``casestore.routers``, over ``casestore.services``),
their shared dependencies (``casestore.deps``: the transaction runner and the caller), the error answers
(``casestore.http_errors``) and the configuration (``casestore.settings``)."""

from __future__ import annotations

import datetime as dt
import gc
import logging
import threading
import time
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Receive, Scope, Send

from casestore import limits, routers
from casestore.api_models import API_TITLE, API_VERSION, PROTOCOL_VERSION
from casestore.db import make_engine, make_sessionmaker
from casestore.deps import Store
from casestore.gateway import Gateway, OutboxFolderGateway, default_folder
from casestore.http_errors import CaseStoreAPI, _bad_request, _http_error, _internal_error, error_response
from casestore.routers import appointments as appointment_routes
from casestore.routers import open311 as open311_routes
from casestore.routers import queue as queue_routes
from casestore.routers import report_dashboard, report_dispatch, report_messages, report_people, report_points
from casestore.routers import reports as report_routes
from casestore.routers import shop_measures as measure_routes
from casestore.services.common import ServiceError
from casestore.settings import Settings

__all__ = ["API_TITLE", "API_VERSION", "PROTOCOL_VERSION", "ReminderSchedule", "create_app"]

log = logging.getLogger(__name__)


class ReminderSchedule:
    """The appointment reminders, sent by the running case store itself: after an answer, at most every
    ``settings.reminder_interval`` seconds per process, in a thread of their own (never on a request's time),
    one run at a time. Each reminder goes once whichever process sends it (``appointments.due_reminders``)."""

    def __init__(self, store: Store, settings: Settings) -> None:
        self.store = store
        self.interval = settings.reminder_interval
        self.folder = settings.shop_dir
        self.next_at = 0.0  # the first answer after the start runs them
        self.runs = 0
        self._lock = threading.Lock()
        self._running = False

    def maybe_start(self) -> None:
        if self.interval <= 0:
            return
        now = time.monotonic()
        with self._lock:
            if self._running or now < self.next_at:
                return
            self._running, self.next_at = True, now + self.interval
        threading.Thread(target=self._run, name="appointment-reminders", daemon=True).start()

    def _run(self) -> None:
        from casestore.services import appointments, queue

        try:
            try:
                cfg = appointments.load_config(Path(self.folder or queue.DEFAULT_SHOP_DIR))
            except appointments.AppointmentConfigError as e:  # a shop without appointments: nothing to remind
                if self.runs == 0:
                    log.warning("no appointment reminders: %s", e)
                return
            queued, handed = appointments.send_reminders(self.store.sessions, cfg, self.store.gateway,
                                                         dt.datetime.now(dt.UTC))
            if queued:
                log.info("appointment reminders: %d queued, %d handed to the gateway", queued, handed)
        except Exception:
            log.exception("the appointment reminders could not be sent (next try in %.0f s)", self.interval)
        finally:
            with self._lock:
                self._running = False
                self.runs += 1


class _AfterAnswers:
    """ASGI middleware: after each HTTP answer, the reminders may start (a plain ASGI wrapper, so streamed
    answers such as the queue's events pass through untouched)."""

    def __init__(self, app: ASGIApp, schedule: ReminderSchedule) -> None:
        self.app = app
        self.schedule = schedule

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self.app(scope, receive, send)
        if scope["type"] == "http":
            self.schedule.maybe_start()


def create_app(
    db_url: str | None = None,
    *,
    engine: Engine | None = None,
    gateway: Gateway | None = None,
    settings: Settings | None = None,
) -> FastAPI:
    """Build the ASGI app on ``db_url`` (the schema must exist: see ``casestore.schema.upgrade``).

    ``gateway`` receives the e-mails and SMS queued by laptops; by default they are written to an outbox
    folder (``casestore.gateway.default_folder``). ``settings``: by default read from the environment
    (``casestore.settings``), once, here."""
    if settings is None:
        settings = Settings.from_env()
    if engine is None:
        if db_url is None:
            raise ValueError("create_app needs db_url or engine")
        engine = make_engine(db_url)
    if gateway is None:
        gateway = OutboxFolderGateway(
            default_folder(db_url or engine.url.render_as_string(hide_password=True), settings.outbox),
            settings.sender,
        )
    sessions: sessionmaker[Session] = make_sessionmaker(engine)
    app = CaseStoreAPI(
        title=API_TITLE,
        version=API_VERSION,
        description=(
            "Central case store for Loket desk laptops: sign-in per device, push of outbox operations "
            "(exactly once by op_id), a change feed pulled from a cursor, content-addressed attachments "
            "and the audit log. See docs/protocol.md."
        ),
    )
    app.state.engine = engine
    app.state.store = Store(sessions, settings, gateway)
    app.add_middleware(limits.BodyLimit, caps=settings.body_caps)  # before authentication runs
    app.state.reminders = ReminderSchedule(app.state.store, settings)
    app.add_middleware(_AfterAnswers, schedule=app.state.reminders)

    # Every error answer has the documented body (ErrorBody): service errors, schema mismatches (422),
    # routing and parsing errors (404, 405, 400), and anything unforeseen (500).
    @app.exception_handler(ServiceError)
    async def _service_error(_req: Request, exc: ServiceError) -> JSONResponse:
        return error_response(exc.status, exc.code, exc.detail, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _validation_error(_req: Request, exc: RequestValidationError) -> JSONResponse:
        return _bad_request(exc)

    @app.exception_handler(StarletteHTTPException)
    async def _starlette_error(req: Request, exc: StarletteHTTPException) -> JSONResponse:
        return _http_error(app, req, exc)

    @app.exception_handler(Exception)
    async def _unhandled(_req: Request, _exc: Exception) -> JSONResponse:
        return _internal_error()  # logged by _KeepConnection, which receives the exception next

    for router in routers.ALL:
        app.include_router(router)
    app.include_router(queue_routes.router)  # the shop's walk-in queue (issue 16)
    app.include_router(measure_routes.router)  # the shop's measures (issue 16)
    # citizen reports for staff (issue 15): the fixed paths before /v1/reports/{report_id}
    for module in (report_dispatch, report_messages, report_dashboard, report_people, report_points):
        app.include_router(module.router)
    app.include_router(report_routes.router)
    app.include_router(open311_routes.router)  # citizen reports from apps and partners: Open311 GeoReport v2
    app.include_router(appointment_routes.router)  # theme-desk appointments (issue 16)
    # What exists now (the imported libraries, the app, its routes and models) lives as long as the process:
    # moved out of the collector's reach, a full collection no longer walks it — before, one came every
    # few requests that allocate much (a free-slot search: thousands of tuples) and tripled their time
    # (docs/STATUS.md, benchmark history).
    gc.freeze()
    return app
