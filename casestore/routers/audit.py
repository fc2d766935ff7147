"""``POST /v1/audit``: a laptop's audit entries."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from casestore.api_models import ERRORS, AuditRequest, AuditResponse
from casestore.deps import Auth, Tx
from casestore.services import audit as audit_service

router = APIRouter()


@router.post("/v1/audit", response_model=AuditResponse, responses=ERRORS, tags=["sync"])
def audit(body: AuditRequest, caller: Auth, store: Tx) -> dict[str, Any]:
    """Append the laptop's audit entries (idempotent per device and entry id)."""
    entries = [e.model_dump() for e in body.entries]
    return store.run_tx(lambda s: audit_service.audit_push(s, caller.principal(s), entries))
