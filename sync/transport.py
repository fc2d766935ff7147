"""HTTP to the case store: TLS verification on (custom CA bundle possible), timeouts, retries with
exponential backoff and full jitter, token refresh, and strict reading of answers.

Every request the client makes is safe to repeat (push is idempotent by op id, uploads carry their
offset), so any failure without a definite answer is retried.
"""

from __future__ import annotations

import json
import random
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx

from sync.errors import (
    AuthRequired,
    DeviceRevoked,
    InvalidCredentials,
    Offline,
    ProtocolError,
    ServerError,
    TLSError,
)
from sync.tokens import Credentials, TokenStore

MAX_ANSWER_BYTES = 64 * 1024 * 1024


@dataclass
class RetryPolicy:
    attempts: int = 5
    base_delay: float = 0.2
    max_delay: float = 10.0

    def delay(self, attempt: int, rng: random.Random) -> float:
        """Full jitter: uniform in [0, min(max, base·2^attempt)]."""
        return rng.uniform(0, min(self.max_delay, self.base_delay * (2**attempt)))


_TRANSIENT = (
    httpx.TransportError,  # connect/read/write errors, timeouts, protocol errors (reset, truncation)
    httpx.DecodingError,
)


class Transport:
    def __init__(
        self,
        server_url: str,
        tokens: TokenStore,
        *,
        ca_bundle: str | None = None,
        verify: bool = True,
        timeout: float = 30.0,
        connect_timeout: float = 5.0,
        retry: RetryPolicy | None = None,
        sleep: Callable[[float], None] = time.sleep,
        rng: random.Random | None = None,
        user_agent: str = "loket-sync/1",
    ) -> None:
        self.server_url = server_url.rstrip("/")
        self.tokens = tokens
        self.retry = retry or RetryPolicy()
        self.sleep = sleep
        self.rng = rng or random.Random()
        verify_opt: ssl.SSLContext | bool = ssl.create_default_context(cafile=ca_bundle) if ca_bundle else verify
        self.http = httpx.Client(
            base_url=self.server_url,
            verify=verify_opt,
            timeout=httpx.Timeout(timeout, connect=connect_timeout),
            headers={"User-Agent": user_agent},
            follow_redirects=False,
        )
        self.retries = 0  # how many times a request was repeated (for the status / benchmarks)

    def close(self) -> None:
        self.http.close()

    # ------------------------------------------------------------------------------------ core
    def _send(
        self,
        method: str,
        path: str,
        *,
        json_body: object = None,
        content: bytes | None = None,
        params: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
        auth: bool = True,
    ) -> httpx.Response:
        refreshed = False
        last_exc: Exception | None = None
        attempt = 0
        while attempt < self.retry.attempts:
            h = dict(headers or {})
            if auth:
                creds = self.tokens.load(self.server_url)
                if creds is None:
                    raise AuthRequired(f"not signed in to {self.server_url}: run `desk-app login`")
                h["Authorization"] = f"Bearer {creds.access_token}"
            try:
                resp = self.http.request(
                    method, path, json=json_body, content=content, params=params, headers=h
                )
                resp.read()
            except _TRANSIENT as e:
                if _is_cert_error(e):
                    raise TLSError(
                        f"the certificate of {self.server_url} is not trusted: {e} "
                        "(configure the city's CA bundle)"
                    ) from e
                last_exc = e
            else:
                if resp.status_code == 401 and auth and not refreshed:
                    refreshed = True
                    self.refresh()
                    continue  # does not count as an attempt
                if resp.status_code in (502, 503, 504, 429) or resp.status_code >= 500:
                    last_exc = ServerError(
                        f"server answered {resp.status_code}", resp.status_code, _error_code(resp)
                    )
                else:
                    return resp
            attempt += 1
            if attempt < self.retry.attempts:
                self.retries += 1
                self.sleep(self.retry.delay(attempt, self.rng))
        if isinstance(last_exc, ServerError):
            raise last_exc
        raise Offline(f"cannot reach {self.server_url}: {last_exc}") from last_exc

    def request(self, method: str, path: str, **kw: Any) -> dict[str, Any]:
        """Send with retries; return the JSON object answered; raise a ``SyncError`` otherwise."""
        resp = self._send(method, path, **kw)
        return self._check(resp)

    def request_bytes(self, method: str, path: str, **kw: Any) -> bytes:
        resp = self._send(method, path, **kw)
        if resp.status_code != 200:
            self._check(resp)
        return resp.content

    def _check(self, resp: httpx.Response) -> dict[str, Any]:
        if len(resp.content) > MAX_ANSWER_BYTES:
            raise ProtocolError("the server's answer is implausibly large")
        body: object = None
        if resp.content:
            try:
                body = json.loads(resp.content)
            except (ValueError, UnicodeDecodeError):
                body = None
        if resp.status_code >= 400:
            code = body.get("error", "") if isinstance(body, dict) else ""
            detail = body.get("detail", "") if isinstance(body, dict) else ""
            code = code if isinstance(code, str) else ""
            detail = detail if isinstance(detail, str) else str(detail)[:500]
            if resp.status_code == 403 and code == "device_revoked":
                raise DeviceRevoked("this laptop was revoked by an administrator")
            if resp.status_code == 401:
                if code == "invalid_credentials":
                    raise InvalidCredentials("unknown user or wrong password")
                raise AuthRequired(f"sign-in expired or invalid ({code or resp.status_code}): sign in again")
            raise ServerError(
                f"server refused the request ({resp.status_code} {code}): {detail[:300]}",
                resp.status_code,
                code,
            )
        if resp.status_code == 204 and not resp.content:
            return {}
        if not isinstance(body, dict):
            ctype = resp.headers.get("content-type", "?")
            raise ProtocolError(f"the server answered {resp.status_code} with {ctype} that is not a JSON object")
        return body

    # ------------------------------------------------------------------------------------ auth
    def refresh(self) -> None:
        creds = self.tokens.load(self.server_url)
        if creds is None:
            raise AuthRequired(f"not signed in to {self.server_url}: run `desk-app login`")
        resp = self._send(
            "POST", "/v1/auth/refresh", json_body={"refresh_token": creds.refresh_token}, auth=False
        )
        body = self._check(resp)
        self.save_tokens(body, creds.username)

    def save_tokens(self, body: dict[str, Any], username: str) -> Credentials:
        try:
            creds = Credentials(
                access_token=_str(body, "access_token"),
                refresh_token=_str(body, "refresh_token"),
                device_id=_str(body, "device_id"),
                username=username,
            )
        except KeyError as e:
            raise ProtocolError(f"token answer lacks {e}") from None
        self.tokens.save(self.server_url, creds)
        return creds


def _error_code(resp: httpx.Response) -> str:
    """The ``error`` code of a JSON error body (``""`` when there is none)."""
    try:
        body = json.loads(resp.content) if 0 < len(resp.content) <= 64 * 1024 else None
    except (ValueError, UnicodeDecodeError):
        return ""
    code = body.get("error") if isinstance(body, dict) else None
    return code[:100] if isinstance(code, str) else ""


def _is_cert_error(e: BaseException) -> bool:
    seen: set[int] = set()
    cur: BaseException | None = e
    while cur is not None and id(cur) not in seen:
        seen.add(id(cur))
        if isinstance(cur, ssl.SSLCertVerificationError) or "CERTIFICATE_VERIFY_FAILED" in str(cur):
            return True
        cur = cur.__cause__ or cur.__context__
    return False


def _str(d: dict[str, Any], key: str) -> str:
    v = d.get(key)
    if not isinstance(v, str) or not v or len(v) > 500:
        raise KeyError(key)
    return v
