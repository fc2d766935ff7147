"""Attachment contents (``/v1/blobs/…``): which are missing, resumable upload, download."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Header, Request, Response
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from casestore.api_models import ERRORS, BlobsMissingRequest, BlobsMissingResponse, BlobUploadResponse
from casestore.deps import Auth, BlobRef, Tx
from casestore.services import blobs

router = APIRouter()

# Built here, at import (the annotations below are only names: they are read when a route is first used).
UploadSize = Annotated[int, Header(ge=0, le=blobs.MAX_BLOB_SIZE)]


@router.post("/v1/blobs/missing", response_model=BlobsMissingResponse, responses=ERRORS, tags=["blobs"])
def blobs_missing(body: BlobsMissingRequest, caller: Auth, store: Tx) -> dict[str, Any]:
    """Which of these attachment contents the server lacks, and how far an upload got."""

    def work(s: Session) -> dict[str, Any]:
        caller.principal(s)
        return blobs.blobs_missing(s, body.sha256)

    return store.run_tx(work)


@router.patch(
    "/v1/blobs/{sha256:sha256}",
    response_model=BlobUploadResponse,
    responses=ERRORS,
    tags=["blobs"],
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}},
        }
    },
)
async def blob_upload(
    sha256: BlobRef,
    request: Request,
    caller: Auth,
    store: Tx,
    upload_offset: UploadSize,
    upload_length: UploadSize,
) -> dict[str, Any]:
    """Append bytes at `Upload-Offset` of a `Upload-Length`-byte upload (resumable; the server
    verifies the SHA-256 when the last byte arrives)."""
    chunk = await request.body()
    return await run_in_threadpool(
        store.run_tx,
        lambda s: blobs.blob_upload(s, caller.principal(s), sha256, upload_offset, upload_length, chunk),
    )


@router.get(
    "/v1/blobs/{sha256:sha256}",
    responses={
        **ERRORS,
        200: {
            "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}
        },
    },
    response_class=Response,
    tags=["blobs"],
)
def blob_get(sha256: BlobRef, caller: Auth, store: Tx) -> Response:
    data = store.run_tx(lambda s: blobs.blob_get(s, caller.principal(s), sha256))
    return Response(content=data, media_type="application/octet-stream")
