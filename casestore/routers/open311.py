"""Open311 GeoReport v2 (``/open311/v2/…``, JSON): the services (the report sub-categories), posting a
service request (form-encoded, or multipart with a ``media`` photo), listing and reading requests.
Every error is a GeoReport error body, ``[{"code": 400, "description": "…"}]``. Posting and reading
requests need a system's ``api_key`` (``casestore.services.open311``); the service list does not."""

from __future__ import annotations

import email.parser
import email.policy
from typing import Annotated, Any
from urllib.parse import parse_qsl

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from casestore.api_models import ErrorBody
from casestore.deps import Tx
from casestore.services import open311
from casestore.services.open311 import Open311Error

router = APIRouter(prefix="/open311/v2", tags=["open311"])


class GeoReportError(BaseModel):
    code: int
    description: str


class Service(BaseModel):
    service_code: str
    service_name: str
    description: str | None
    metadata: bool
    type: str
    keywords: str | None
    group: str | None


class ServiceDefinition(BaseModel):
    service_code: str
    attributes: list[dict[str, Any]]


class ServiceRequest(BaseModel):
    service_request_id: str
    status: str
    status_notes: str | None
    service_name: str | None
    service_code: str
    description: str | None
    agency_responsible: str | None
    service_notice: str | None
    requested_datetime: str
    updated_datetime: str | None
    expected_datetime: str | None
    address: str | None
    address_id: str | None
    zipcode: str | None
    lat: float | None
    long: float | None
    media_url: str | None


class PostedRequest(BaseModel):
    service_request_id: str
    service_notice: str | None


_GEO_ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": list[GeoReportError], "description": "GeoReport error: bad arguments"},
    403: {"model": list[GeoReportError], "description": "GeoReport error: api_key missing or not valid"},
    404: {"model": list[GeoReportError], "description": "GeoReport error: no such service or request"},
    413: {"model": ErrorBody, "description": "`too_large`: the request body is over its cap"},
    422: {"model": ErrorBody, "description": "`bad_request`: the request does not match this schema"},
    500: {"model": ErrorBody},
}

_FIELDS: dict[str, Any] = {
    "api_key": {"type": "string", "description": "the system's API key"},
    "service_code": {"type": "string", "description": "a service_code of GET services"},
    "lat": {"type": "number", "minimum": -90, "maximum": 90, "description": "WGS84 latitude"},
    "long": {"type": "number", "minimum": -180, "maximum": 180, "description": "WGS84 longitude"},
    "address_string": {"type": "string", "maxLength": 500},
    "description": {"type": "string", "maxLength": 4000},
    "email": {"type": "string", "format": "email"},
    "first_name": {"type": "string", "maxLength": 200},
    "last_name": {"type": "string", "maxLength": 200},
    "phone": {"type": "string", "pattern": r"^\+?[0-9 ./-]{6,30}$"},
    "media_url": {"type": "string", "format": "uri"},
}
_POST_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "application/x-www-form-urlencoded": {
                "schema": {"type": "object", "properties": _FIELDS, "required": ["api_key", "service_code"]}
            },
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "properties": {**_FIELDS, "media": {"type": "string", "format": "binary",
                                                        "description": "a photo (JPEG, PNG, GIF, WebP, HEIC)"}},
                    "required": ["api_key", "service_code"],
                }
            },
        },
    }
}


def _error(e: Open311Error) -> JSONResponse:
    return JSONResponse([{"code": e.status, "description": e.description}], status_code=e.status)


def _form(content_type: str, body: bytes) -> tuple[dict[str, str], bytes | None]:
    """The fields of a form-encoded or multipart body (the first value of each), and a ``media`` file."""
    kind = content_type.split(";", 1)[0].strip().lower()
    if kind == "application/x-www-form-urlencoded":
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            raise Open311Error(400, "the form is not UTF-8") from None
        fields: dict[str, str] = {}
        for k, v in parse_qsl(text, keep_blank_values=True):
            fields.setdefault(k, v)
        return fields, None
    if kind == "multipart/form-data":
        head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode("latin-1", "replace")
        msg = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + body)
        if not msg.is_multipart():
            raise Open311Error(400, "the multipart form could not be read")
        fields, media = {}, None
        for part in msg.iter_parts():
            name = part.get_param("name", header="content-disposition")
            if not isinstance(name, str):
                continue
            data = part.get_payload(decode=True)
            raw = data if isinstance(data, bytes) else b""
            if name == "media":
                media = media if media is not None else raw
            else:
                try:
                    fields.setdefault(name, raw.decode("utf-8"))
                except UnicodeDecodeError:
                    raise Open311Error(400, f"{name} is not UTF-8 text") from None
        return fields, media or None
    raise Open311Error(400, "send the request as application/x-www-form-urlencoded or multipart/form-data")


@router.get("/services.json", response_model=list[Service], responses=_GEO_ERRORS)
def services() -> list[dict[str, Any]]:
    """The services: every report sub-category, grouped by its main category."""
    return open311.services()


@router.get("/services/{service_code}.json", response_model=ServiceDefinition, responses=_GEO_ERRORS)
def service_definition(service_code: str) -> Any:
    try:
        return open311.service_definition(service_code)
    except Open311Error as e:
        return _error(e)


@router.post("/requests.json", response_model=list[PostedRequest], status_code=201, responses=_GEO_ERRORS,
             openapi_extra=_POST_BODY)
async def post_request(request: Request, store: Tx) -> Any:
    """A citizen report from an app or partner system, into the coordinator's queue (status `gemeld`)."""
    body = await request.body()
    try:
        form, media = _form(request.headers.get("content-type", ""), body)
        key = form.get("api_key") or request.query_params.get("api_key")

        def work(s: Session) -> list[dict[str, Any]]:
            sys = open311.system(s, key)
            return open311.create_request(s, sys, form, media, store.settings.max_photo_bytes)

        return await run_in_threadpool(store.run_tx, work)
    except Open311Error as e:
        return _error(e)


@router.get("/requests.json", response_model=list[ServiceRequest], responses=_GEO_ERRORS)
def list_requests(
    store: Tx,
    api_key: Annotated[str | None, Query()] = None,
    service_request_id: Annotated[str | None, Query(description="ids, comma-separated")] = None,
    service_code: Annotated[str | None, Query(description="service codes, comma-separated")] = None,
    status: Annotated[str | None, Query(json_schema_extra={"enum": ["open", "closed"]})] = None,
    start_date: Annotated[str | None, Query(json_schema_extra={"format": "date-time"})] = None,
    end_date: Annotated[str | None, Query(json_schema_extra={"format": "date-time"})] = None,
) -> Any:
    """Requests by ids, else by service, status and date (default: the last 90 days), newest first."""

    def work(s: Session) -> list[dict[str, Any]]:
        open311.system(s, api_key)
        return open311.list_requests(s, service_request_id=service_request_id, service_code=service_code,
                                     status=status, start_date=start_date, end_date=end_date)

    try:
        return store.run_tx(work)
    except Open311Error as e:
        return _error(e)


@router.get("/requests/{service_request_id}.json", response_model=list[ServiceRequest], responses=_GEO_ERRORS)
def get_request(service_request_id: str, store: Tx, api_key: Annotated[str | None, Query()] = None) -> Any:
    def work(s: Session) -> list[dict[str, Any]]:
        open311.system(s, api_key)
        return open311.get_request(s, service_request_id)

    try:
        return store.run_tx(work)
    except Open311Error as e:
        return _error(e)
