"""Sign-in throttling and request body caps (``casestore.limits``), over HTTP against the real server."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
import select
import socket
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest

from casestore import embedded, limits
from casestore.db import make_engine, make_sessionmaker
from casestore.embedded import DEMO_PASSWORD, RunningServer
from casestore.settings import Settings

MiB = 1024 * 1024
SHA = "ab" * 32


def _login(url: str, username: str, password: str, address: str) -> httpx.Response:
    # The server trusts X-Forwarded-For from loopback (a reverse proxy on the same host), so a test can
    # sign in "from" several addresses.
    return httpx.post(f"{url}/v1/auth/login", json={"username": username, "password": password},
                      headers={"X-Forwarded-For": address}, timeout=30)


# ------------------------------------------------------------------------------------ sign-in throttle


@pytest.fixture
def throttled(monkeypatch: pytest.MonkeyPatch, casestore_db: str) -> Iterator[tuple[RunningServer, RunningServer]]:
    monkeypatch.setenv("LOKET_CASESTORE_LOGIN_FAILURES", "3")
    monkeypatch.setenv("LOKET_CASESTORE_LOGIN_ADDRESS_FAILURES", "5")
    monkeypatch.setenv("LOKET_CASESTORE_LOGIN_LOCKOUT", "600")
    # Two servers on one database: the counts are shared as between the processes of `--workers N`.
    with embedded.start(casestore_db, demo=True) as a, embedded.start(casestore_db) as b:
        yield a, b


def test_wrong_passwords_lock_the_account_even_for_the_right_one(
        throttled: tuple[RunningServer, RunningServer], caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="casestore")
    a, b = throttled
    wrong = "not-the-password-123"
    answers = [_login(server.url, "clerk", wrong, f"10.0.0.{i}").status_code
               for i, server in enumerate((a, b, a), start=1)]
    assert answers == [401, 401, 401]
    locked = _login(b.url, "clerk", DEMO_PASSWORD, "10.0.0.9")
    assert locked.status_code == 429
    assert locked.json()["error"] == "too_many_attempts"
    assert 590 <= int(locked.headers["Retry-After"]) <= 600
    assert _login(a.url, "clerk", DEMO_PASSWORD, "10.0.0.1").status_code == 429
    # Other accounts, from the same addresses, are not affected.
    assert _login(a.url, "outreach", DEMO_PASSWORD, "10.0.0.1").status_code == 200
    messages = [r.getMessage() for r in caplog.records]
    assert any("sign-in locked for account 'clerk'" in m for m in messages)
    assert any("sign-in as 'clerk' from 10.0.0.9 refused" in m for m in messages)
    assert not any(wrong in m or DEMO_PASSWORD in m for m in messages)


def test_one_address_guessing_many_accounts_is_locked_out(throttled: tuple[RunningServer, RunningServer]) -> None:
    a, b = throttled
    for i in range(5):
        assert _login((a, b)[i % 2].url, f"guess{i}", "password-guess", "192.0.2.7").status_code == 401
    assert _login(a.url, "coordinator", DEMO_PASSWORD, "192.0.2.7").status_code == 429
    assert _login(b.url, "coordinator", DEMO_PASSWORD, "192.0.2.8").status_code == 200


def test_lockouts_back_off_expire_and_a_sign_in_forgets_them(casestore_db: str) -> None:
    policy = limits.LoginPolicy(account_failures=2, address_failures=100, window=100, lockout=10, max_lockout=40)
    t0 = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)
    engine = make_engine(casestore_db)
    sessions = make_sessionmaker(engine)

    def fail(seconds: float) -> None:
        with sessions.begin() as s:
            limits.login_failed(s, policy, "clerk", "10.1.1.1", t0 + dt.timedelta(seconds=seconds))

    def wait(seconds: float) -> int:
        """Seconds the account is still locked at t0 + seconds (0: free)."""
        with sessions.begin() as s:
            try:
                limits.check_login(s, "clerk", "10.1.1.1", t0 + dt.timedelta(seconds=seconds))
            except limits.TooManyAttempts as e:
                return e.retry_after
            return 0

    try:
        fail(0)
        assert wait(1) == 0
        fail(1)  # the second in a row: 10 s
        assert (wait(1), wait(6), wait(11.5)) == (10, 5, 0)
        fail(12)  # the next failure doubles it, up to the cap
        assert wait(12) == 20
        fail(33)
        assert wait(33) == 40
        fail(74)
        assert wait(74) == 40
        # Quiet for longer than the window after the lockout: forgotten.
        fail(74 + 40 + 101)
        assert wait(74 + 40 + 101) == 0
        fail(216)
        assert wait(216) == 10
        # A successful sign-in forgets the account's failures.
        with sessions.begin() as s:
            limits.login_succeeded(s, "clerk")
        assert wait(217) == 0
        fail(218)
        assert wait(218) == 0
    finally:
        engine.dispose()


# ---------------------------------------------------------------------------------------- body caps


def _rss(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    raise AssertionError("no VmRSS")


def _connect(url: str) -> socket.socket:
    u = urlsplit(url)
    return socket.create_connection((u.hostname, u.port), timeout=60)


def _status(sock: socket.socket) -> int | None:
    """The status of the answer on ``sock``; None if the connection was reset before one arrived."""
    data = b""
    try:
        while b"\r\n" not in data:
            got = sock.recv(65536)
            if not got:
                break
            data += got
    except ConnectionResetError:
        pass
    m = re.match(rb"HTTP/1\.1 (\d{3}) ", data)
    return int(m.group(1)) if m else None


def _head(method: str, path: str, length: int | None, token: str | None = None) -> bytes:
    lines = [f"{method} {path} HTTP/1.1", "Host: casestore", "Content-Type: application/octet-stream",
             "Upload-Offset: 0", f"Upload-Length: {MiB}"]
    lines.append(f"Content-Length: {length}" if length is not None else "Transfer-Encoding: chunked")
    if token:
        lines.append(f"Authorization: Bearer {token}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def _stream(url: str, head: bytes, total: int) -> tuple[int | None, int]:
    """Send ``head``, then up to ``total`` bytes of chunked body until the server answers; returns the
    status and how many body bytes were sent."""
    sock = _connect(url)
    sent = 0
    piece = b"\0" * (256 * 1024)
    frame = f"{len(piece):x}\r\n".encode() + piece + b"\r\n"
    try:
        sock.sendall(head)
        while sent < total:
            readable, _, _ = select.select([sock], [], [], 0)
            if readable:  # the server answered (and stops reading)
                break
            sock.sendall(frame)
            sent += len(piece)
    except (BrokenPipeError, ConnectionResetError):
        pass
    try:
        return _status(sock), sent
    finally:
        sock.close()


@pytest.fixture
def process_server(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[RunningServer]:
    monkeypatch.setenv("LOKET_CASESTORE_MAX_CHUNK_BYTES", str(4 * MiB))
    monkeypatch.setenv("LOKET_CASESTORE_MAX_PUSH_BYTES", str(4 * MiB))
    db = f"sqlite:///{tmp_path / 'cs.db'}"
    server = embedded.start(db, mode="process", demo=True)  # its own process: its memory is its own
    try:
        yield server
    finally:
        server.stop()


def test_large_bodies_are_refused_before_they_are_read(process_server: RunningServer) -> None:
    url = process_server.url
    assert process_server.pid is not None
    # Announced sizes: answered at once, without a byte of the body sent.
    for head, expected in ((_head("PATCH", f"/v1/blobs/{SHA}", 200 * MiB), 401),
                           (_head("PATCH", f"/v1/blobs/{SHA}", 200 * MiB, token="guessed"), 413),
                           (_head("POST", "/v1/push", 200 * MiB, token="guessed"), 413),
                           (_head("POST", "/v1/auth/login", 200 * MiB), 413)):
        sock = _connect(url)
        try:
            sock.sendall(head)
            assert _status(sock) == expected, head
        finally:
            sock.close()
    # Streamed without a length: 200 MiB offered, the server stops at its cap and its memory stays flat.
    before = _rss(process_server.pid)
    status, sent = _stream(url, _head("PATCH", f"/v1/blobs/{SHA}", None), 200 * MiB)
    assert status in (401, None) and sent < 200 * MiB
    for path in (f"/v1/blobs/{SHA}", "/v1/push"):
        method = "PATCH" if path != "/v1/push" else "POST"
        status, sent = _stream(url, _head(method, path, None, token="guessed"), 200 * MiB)
        assert status in (413, None) and sent < 200 * MiB
    grown = _rss(process_server.pid) - before
    assert grown < 50 * MiB, f"the server grew by {grown / MiB:.0f} MiB"
    # The server is fine, and ordinary requests pass.
    r = httpx.post(f"{url}/v1/auth/login", json={"username": "clerk", "password": DEMO_PASSWORD}, timeout=30)
    assert r.status_code == 200
    token = r.json()["access_token"]
    data = b"x" * MiB
    sha = hashlib.sha256(data).hexdigest()
    up = httpx.patch(f"{url}/v1/blobs/{sha}", content=data, timeout=30,
                     headers={"Authorization": f"Bearer {token}", "Upload-Offset": "0",
                              "Upload-Length": str(len(data))})
    assert up.status_code == 200 and up.json()["complete"] is True


def test_a_body_over_its_cap_is_answered_413_with_the_error_body(sqlite_server: RunningServer) -> None:
    # The defaults: a desk's push and a desk's 1 MiB chunk pass; more than the caps does not.
    caps = Settings.from_env().body_caps
    assert caps.push >= 16 * MiB and caps.chunk >= 2 * MiB
    r = httpx.post(f"{sqlite_server.url}/v1/push", content=b"x" * (caps.push + 1), timeout=60,
                   headers={"Authorization": "Bearer guessed", "Content-Type": "application/json"})
    assert r.status_code == 413 and r.json()["error"] == "too_large" and r.json()["message"]
    r = httpx.post(f"{sqlite_server.url}/v1/push", content=b"{}", timeout=60)
    assert r.status_code == 401 and r.json()["error"] == "token_invalid" and r.json()["message"]
