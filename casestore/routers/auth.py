"""Sign-in, token refresh, sign-out and who am I (``/v1/auth/…``, ``/v1/me``)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request, Response
from sqlalchemy.orm import Session

from casestore.api_models import (
    ERRORS,
    TOO_MANY_ATTEMPTS,
    LoginRequest,
    MeResponse,
    RefreshRequest,
    TokenResponse,
)
from casestore.deps import Auth, Tx
from casestore.models import User
from casestore.services import auth
from casestore.services.common import ServiceError

router = APIRouter()


@router.post("/v1/auth/login", response_model=TokenResponse, responses={**ERRORS, **TOO_MANY_ATTEMPTS},
             tags=["auth"])
def login(body: LoginRequest, request: Request, store: Tx) -> dict[str, Any]:
    """Sign a user in on a device; registers the device when it is new. Too many failed sign-ins for
    an account or from an address: 429 with `Retry-After` (casestore/limits.py)."""
    address = request.client.host if request.client else None
    policy = store.settings.login
    answer = store.run_tx(lambda s: auth.login_attempt(
        s, body.username, body.password, body.device_id, body.device_name, address=address, policy=policy))
    if isinstance(answer, ServiceError):
        raise answer  # a wrong password: its count is committed
    return answer


@router.post("/v1/auth/refresh", response_model=TokenResponse, responses=ERRORS, tags=["auth"])
def refresh(body: RefreshRequest, store: Tx) -> dict[str, Any]:
    """Trade a refresh token (usable once) for a new pair."""
    return store.run_tx(lambda s: auth.refresh(s, body.refresh_token))


@router.post("/v1/auth/logout", status_code=204, responses=ERRORS, tags=["auth"])
def logout(caller: Auth, store: Tx) -> Response:
    store.run_tx(lambda s: auth.logout(s, caller.principal(s)))
    return Response(status_code=204)


@router.get("/v1/me", response_model=MeResponse, responses=ERRORS, tags=["auth"])
def me(caller: Auth, store: Tx) -> dict[str, Any]:
    def work(s: Session) -> dict[str, Any]:
        p = caller.principal(s)
        return {"user": auth.user_info(s.get_one(User, p.user_id)), "device_id": p.device_id}

    return store.run_tx(work)
