"""Users, sign-in and tokens, devices (registration, last seen, revocation) and role checks."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any, cast

from sqlalchemy import Table, bindparam, select, update
from sqlalchemy.orm import Session

from casestore import limits, roles
from casestore.models import Device, Token, User, utcnow
from casestore.security import (
    ACCESS_TTL_SECONDS,
    REFRESH_TTL_SECONDS,
    hash_password,
    new_token,
    token_hash,
    verify_password,
)
from casestore.services.common import Principal, ServiceError, _aware
from casestore.settings import Settings


def create_user(
    s: Session,
    username: str,
    password: str,
    role: str,
    *,
    display_name: str = "",
    department: str | None = None,
) -> User:
    if role not in roles.ROLES:
        raise ServiceError(400, "bad_role", f"unknown role {role!r}; one of {', '.join(roles.ROLES)}")
    if not username or len(username) > 100:
        raise ServiceError(400, "bad_username", "user name must be 1..100 characters")
    if len(password) < 8:
        raise ServiceError(400, "weak_password", "password must be at least 8 characters")
    if s.scalar(select(User).where(User.username == username)) is not None:
        raise ServiceError(409, "user_exists", f"user {username!r} already exists")
    user = User(
        username=username,
        password_hash=hash_password(password),
        role=role,
        display_name=display_name or username,
        department=department,
        active=True,
    )
    s.add(user)
    s.flush()
    return user


def set_password(s: Session, username: str, password: str) -> None:
    user = s.scalar(select(User).where(User.username == username))
    if user is None:
        raise ServiceError(404, "not_found", f"no user {username!r}")
    user.password_hash = hash_password(password)


def _issue_tokens(s: Session, user: User, device: Device) -> dict[str, Any]:
    now = utcnow()
    access, refresh = new_token(), new_token()
    s.add(
        Token(
            token_hash=token_hash(access),
            kind="access",
            user_id=user.id,
            device_id=device.id,
            expires_at=now + dt.timedelta(seconds=ACCESS_TTL_SECONDS),
        )
    )
    s.add(
        Token(
            token_hash=token_hash(refresh),
            kind="refresh",
            user_id=user.id,
            device_id=device.id,
            expires_at=now + dt.timedelta(seconds=REFRESH_TTL_SECONDS),
        )
    )
    return {
        "access_token": access,
        "refresh_token": refresh,
        "token_type": "bearer",
        "expires_in": ACCESS_TTL_SECONDS,
        "device_id": device.id,
        "user": user_info(user),
    }


def user_info(user: User) -> dict[str, Any]:
    return {
        "username": user.username,
        "display_name": user.display_name,
        "role": user.role,
        "department": user.department,
    }


def login(
    s: Session, username: str, password: str, device_id: str | None, device_name: str, *,
    address: str | None = None, policy: limits.LoginPolicy | None = None,
) -> dict[str, Any]:
    """Sign in; raises ``ServiceError``. (The HTTP API uses ``login_attempt``, which lets the caller
    commit a failure's count before answering.)"""
    answer = login_attempt(s, username, password, device_id, device_name, address=address, policy=policy)
    if isinstance(answer, ServiceError):
        raise answer
    return answer


def login_attempt(
    s: Session, username: str, password: str, device_id: str | None, device_name: str, *,
    address: str | None = None, policy: limits.LoginPolicy | None = None,
) -> dict[str, Any] | ServiceError:
    """Sign in: the tokens, or the refusal for wrong credentials, which the caller commits (the failure is
    counted in this transaction: ``casestore.limits``) and then raises. Refused with 429 while the account
    or the client ``address`` is locked out after too many failures, even with the right password."""
    try:
        limits.check_login(s, username, address)
    except limits.TooManyAttempts as e:
        raise ServiceError(
            429, "too_many_attempts",
            f"too many failed sign-ins; try again in {e.retry_after} seconds",
            headers={"Retry-After": str(e.retry_after)},
        ) from None
    user = s.scalar(select(User).where(User.username == username))
    ok = verify_password(user.password_hash if user else None, password)
    if user is None or not ok or not user.active:
        limits.login_failed(s, policy or Settings.from_env().login, username, address)
        return ServiceError(401, "invalid_credentials", "unknown user or wrong password")
    limits.login_succeeded(s, username)
    device = s.get(Device, device_id) if device_id else None
    if device is not None:
        if device.revoked_at is not None:
            raise ServiceError(403, "device_revoked", "this device was revoked by an administrator")
        if device.user_id != user.id:
            # A laptop changes hands: register it anew, so revocation stays per (user, device).
            device = None
    if device is None:
        device = Device(id=str(uuid.uuid4()), user_id=user.id, name=device_name[:200])
        s.add(device)
        s.flush()
    device.last_seen_at = utcnow()
    return _issue_tokens(s, user, device)


def refresh(s: Session, refresh_token: str) -> dict[str, Any]:
    tok = s.get(Token, token_hash(refresh_token), with_for_update=True)
    if tok is None or tok.kind != "refresh":
        raise ServiceError(401, "token_invalid", "refresh token unknown")
    device = s.get(Device, tok.device_id)
    user = s.get(User, tok.user_id)
    assert device is not None and user is not None
    if device.revoked_at is not None:
        raise ServiceError(403, "device_revoked", "this device was revoked by an administrator")
    if tok.revoked:
        raise ServiceError(401, "token_invalid", "refresh token already used")
    if _aware(tok.expires_at) < utcnow():
        raise ServiceError(401, "token_expired", "refresh token expired; sign in again")
    if not user.active:
        raise ServiceError(401, "token_invalid", "user disabled")
    tok.revoked = True  # rotation: a refresh token works once
    return _issue_tokens(s, user, device)


def logout(s: Session, p: Principal) -> None:
    s.execute(update(Token).where(Token.device_id == p.device_id).values(revoked=True))


_TOKEN = cast(Table, Token.__table__)
_DEVICE = cast(Table, Device.__table__)
_USER = cast(Table, User.__table__)
# Built once: the sign-in check runs on every request.
_AUTHENTICATE = (
    select(
        _TOKEN.c.kind, _TOKEN.c.revoked, _TOKEN.c.expires_at, _DEVICE.c.id, _DEVICE.c.revoked_at,
        _DEVICE.c.last_seen_at, _USER.c.id, _USER.c.username, _USER.c.role, _USER.c.department, _USER.c.active,
    )
    .select_from(_TOKEN.join(_DEVICE, _DEVICE.c.id == _TOKEN.c.device_id).join(_USER, _USER.c.id == _TOKEN.c.user_id))
    .where(_TOKEN.c.token_hash == bindparam("token_hash"))
)


def authenticate(s: Session, access_token: str | None) -> Principal:
    if not access_token:
        raise ServiceError(401, "token_invalid", "missing bearer token")
    row = s.connection().execute(_AUTHENTICATE, {"token_hash": token_hash(access_token)}).first()
    if row is None or row[0] != "access":
        raise ServiceError(401, "token_invalid", "unknown access token")
    revoked, expires_at, device_id, device_revoked_at, last_seen, user_id, username, role, department, active = row[1:]
    if device_revoked_at is not None:
        raise ServiceError(403, "device_revoked", "this device was revoked by an administrator")
    if revoked:
        raise ServiceError(401, "token_invalid", "access token was revoked")
    if _aware(expires_at) < utcnow():
        raise ServiceError(401, "token_expired", "access token expired")
    if not active:
        raise ServiceError(401, "token_invalid", "user disabled")
    return Principal(user_id=user_id, username=username, role=role, department=department, device_id=device_id,
                     device_last_seen_at=last_seen)


def mark_device_seen(s: Session, p: Principal) -> None:
    """Note when a device was last heard from (at most once a minute: it costs a row write)."""
    now = utcnow()
    last = p.device_last_seen_at
    if last is None or _aware(last) < now - dt.timedelta(minutes=1):
        s.connection().execute(update(_DEVICE).where(_DEVICE.c.id == p.device_id).values(last_seen_at=now))


def revoke_device(s: Session, device_id: str, by: str) -> Device:
    device = s.get(Device, device_id)
    if device is None:
        raise ServiceError(404, "not_found", f"no device {device_id!r}")
    if device.revoked_at is None:
        device.revoked_at = utcnow()
        device.revoked_by = by
    s.execute(update(Token).where(Token.device_id == device_id).values(revoked=True))
    return device


def list_devices(s: Session) -> list[dict[str, Any]]:
    rows = s.execute(select(Device, User.username).join(User, User.id == Device.user_id)).all()
    return [
        {
            "id": d.id,
            "username": username,
            "name": d.name,
            "registered_at": _aware(d.registered_at).isoformat(),
            "last_seen_at": _aware(d.last_seen_at).isoformat() if d.last_seen_at else None,
            "revoked_at": _aware(d.revoked_at).isoformat() if d.revoked_at else None,
        }
        for d, username in rows
    ]


def require_role(p: Principal, *allowed: str) -> None:
    if p.role not in allowed:
        raise ServiceError(403, "forbidden", f"role {p.role} may not do this")
