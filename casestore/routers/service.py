"""``GET /v1/health``."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from casestore.api_models import API_VERSION, PROTOCOL_VERSION, Health

router = APIRouter()


@router.get("/v1/health", response_model=Health, tags=["service"])
def health() -> dict[str, Any]:
    return {"status": "ok", "protocol": PROTOCOL_VERSION, "version": API_VERSION}
