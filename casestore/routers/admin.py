"""Administration (``/v1/admin/…``): accounts, devices and their revocation, the audit log. Every route
requires the administrator role (``Caller.admin``)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query
from sqlalchemy.orm import Session

from casestore.api_models import ERRORS, AuditOut, DeviceInfo, NewUser, UserInfo
from casestore.deps import Auth, DeviceRef, Tx
from casestore.services import audit, auth

router = APIRouter()


@router.post("/v1/admin/users", response_model=UserInfo, status_code=201, responses=ERRORS, tags=["admin"])
def add_user(body: NewUser, caller: Auth, store: Tx) -> dict[str, Any]:
    def work(s: Session) -> dict[str, Any]:
        caller.admin(s)
        u = auth.create_user(
            s,
            body.username,
            body.password,
            body.role,
            display_name=body.display_name,
            department=body.department,
        )
        return auth.user_info(u)

    return store.run_tx(work)


@router.get("/v1/admin/devices", response_model=list[DeviceInfo], responses=ERRORS, tags=["admin"])
def devices(caller: Auth, store: Tx) -> list[dict[str, Any]]:
    def work(s: Session) -> list[dict[str, Any]]:
        caller.admin(s)
        return auth.list_devices(s)

    return store.run_tx(work)


@router.post(
    "/v1/admin/devices/{device_id}/revoke", response_model=DeviceInfo, responses=ERRORS, tags=["admin"]
)
def revoke(device_id: DeviceRef, caller: Auth, store: Tx) -> dict[str, Any]:
    """Revoke a laptop: its tokens stop working and its next sync wipes its local store."""

    def work(s: Session) -> dict[str, Any]:
        p = caller.admin(s)
        auth.revoke_device(s, device_id, p.username)
        return next(d for d in auth.list_devices(s) if d["id"] == device_id)

    return store.run_tx(work)


@router.get("/v1/admin/audit", response_model=list[AuditOut], responses=ERRORS, tags=["admin"])
def audit_log(caller: Auth, store: Tx, limit: Annotated[int, Query(ge=1, le=10000)] = 1000) -> list[dict[str, Any]]:
    def work(s: Session) -> list[dict[str, Any]]:
        caller.admin(s)
        return audit.audit_list(s, limit)

    return store.run_tx(work)
