"""The case store's configuration: every ``LOKET_CASESTORE_*`` environment variable, read in one place.

``Settings.from_env()`` reads them once; ``casestore.app.create_app`` does so when it builds the app (a
server process reads its environment at start), the CLI for ``--db``. Sizes are in bytes, times in
seconds; an empty variable means its default; a value that is not a number stops the start with a
message naming the variable.

``LOKET_CASESTORE_DB``
    The database URL (``postgresql+psycopg://…`` or ``sqlite:///…``) when ``--db`` is not given; also how
    ``--workers N`` hands the URL to its worker processes.
``LOKET_CASESTORE_CONCURRENCY`` (default 4)
    Transactions run at once per server process, on worker threads: beyond that, threads only fight over
    the GIL and the database locks, and every request in a burst finishes late instead of most early.
``LOKET_CASESTORE_INLINE_PUSH_OPS`` (default 20: a desk's everyday push)
    Pushes of up to this many operations run on the event loop thread, which saves them the hand-over to
    a worker thread; 0: none.
``LOKET_CASESTORE_MAX_PUSH_BYTES`` (default 32 MiB; a desk sends at most 200 operations per push)
    The largest body of ``POST /v1/push`` (``413 too_large`` beyond it, see ``casestore.limits``).
``LOKET_CASESTORE_MAX_CHUNK_BYTES`` (default 8 MiB; a desk uploads 1 MiB chunks)
    The largest attachment chunk (``PATCH /v1/blobs/…``).
``LOKET_CASESTORE_MAX_BODY_BYTES`` (default 8 MiB)
    The largest body of every other request.
``LOKET_CASESTORE_LOGIN_FAILURES`` (default 5)
    Failed sign-ins in a row for one account before its sign-ins are locked out (``429``).
``LOKET_CASESTORE_LOGIN_ADDRESS_FAILURES`` (default 20; an office may sit behind one address)
    The same, from one client address.
``LOKET_CASESTORE_LOGIN_LOCKOUT`` (default 30)
    The first lockout, in seconds; doubled with every further failure ...
``LOKET_CASESTORE_LOGIN_LOCKOUT_MAX`` (default 3600)
    ... up to this.
``LOKET_CASESTORE_LOGIN_WINDOW`` (default 900)
    Failures are forgotten this many seconds after the last one (or after the lockout ended).
``LOKET_CASESTORE_OUTBOX``
    The folder the e-mails and SMS for citizens are written to (``casestore.gateway``); default
    ``outbox/`` beside a SQLite database file, else the user data folder.
``LOKET_CASESTORE_SENDER`` (default ``Loket <noreply@loket.invalid>``)
    The ``From`` of those e-mails.
``LOKET_CASESTORE_SHOP_DIR`` (default ``resources/shop``)
    The folder with the city shops' services and desks, one YAML file per shop (``casestore.services.queue``).
    Its ``appointments.yaml`` holds the theme-desk appointments' services, advisors, hours and rooms
    (``casestore.services.appointments``).
``LOKET_CASESTORE_QUEUE_POLL`` (default 1)
    Seconds an idle queue event stream (``GET /v1/queue/events``) waits before it looks in the database
    anyway: a change made in this process or announced by PostgreSQL's ``NOTIFY`` wakes it at once; the
    look is for server processes that cannot announce (several processes on one SQLite file).
``LOKET_CASESTORE_QUEUE_HEARTBEAT`` (default 15)
    Seconds of silence after which a queue event stream sends a comment line, so that proxies keep it
    open and a vanished client is noticed.
``LOKET_CASESTORE_QUEUE_STREAM_MAX`` (default 900)
    Seconds after which a queue event stream ends; the client reconnects with ``Last-Event-ID`` (which
    signs it in again) and misses nothing.
``LOKET_CASESTORE_REMINDER_INTERVAL`` (default 600)
    Seconds between two runs of the appointment reminders inside a running case store (tomorrow's
    appointments get their reminder in the citizen's channel, once each, whichever process or
    ``python -m casestore.cli appointments remind`` sends it); a run starts after an answer, never more
    often than this, in its own thread. 0 turns it off (then run the command daily, e.g. from a timer).
``LOKET_CASESTORE_MAX_PHOTO_BYTES`` (default 5 MiB)
    The largest photo sent with a citizen report through Open311 (``POST /open311/v2/requests.json``,
    ``media``); a larger one is refused with a GeoReport error, nothing stored. It must also fit
    ``LOKET_CASESTORE_MAX_BODY_BYTES``.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

PREFIX = "LOKET_CASESTORE_"
DB_ENV = PREFIX + "DB"
DEFAULT_SENDER = "Loket <noreply@loket.invalid>"
MiB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class LoginPolicy:
    """Sign-in throttling (``casestore.limits``): ``LOKET_CASESTORE_LOGIN_*``."""

    account_failures: int = 5
    address_failures: int = 20
    window: float = 900.0  # seconds
    lockout: float = 30.0  # seconds, the first lockout
    max_lockout: float = 3600.0


@dataclass(frozen=True, slots=True)
class BodyCaps:
    """Request body caps in bytes (``casestore.limits.BodyLimit``): ``LOKET_CASESTORE_MAX_*_BYTES``."""

    push: int = 32 * MiB
    chunk: int = 8 * MiB
    other: int = 8 * MiB

    def for_request(self, method: str, path: str) -> int:
        if path == "/v1/push":
            return self.push
        if method == "PATCH" and path.startswith("/v1/blobs/"):
            return self.chunk
        return self.other


@dataclass(frozen=True, slots=True)
class Settings:
    """The case store's configuration (see the module's description for each variable)."""

    db: str | None = None
    concurrency: int = 4
    inline_push_ops: int = 20
    body_caps: BodyCaps = field(default_factory=BodyCaps)
    login: LoginPolicy = field(default_factory=LoginPolicy)
    outbox: Path | None = None
    sender: str = DEFAULT_SENDER
    shop_dir: Path | None = None
    queue_poll: float = 1.0
    queue_heartbeat: float = 15.0
    queue_stream_max: float = 900.0
    max_photo_bytes: int = 5 * MiB
    reminder_interval: float = 600.0

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        env = _Env(os.environ if environ is None else environ)
        d, caps, login = cls(), BodyCaps(), LoginPolicy()
        return cls(
            db=env.text("DB"),
            concurrency=max(1, env.integer("CONCURRENCY", d.concurrency)),
            inline_push_ops=max(0, env.integer("INLINE_PUSH_OPS", d.inline_push_ops)),
            body_caps=BodyCaps(
                push=int(env.number("MAX_PUSH_BYTES", caps.push)),
                chunk=int(env.number("MAX_CHUNK_BYTES", caps.chunk)),
                other=int(env.number("MAX_BODY_BYTES", caps.other)),
            ),
            login=LoginPolicy(
                account_failures=max(1, int(env.number("LOGIN_FAILURES", login.account_failures))),
                address_failures=max(1, int(env.number("LOGIN_ADDRESS_FAILURES", login.address_failures))),
                window=env.number("LOGIN_WINDOW", login.window),
                lockout=env.number("LOGIN_LOCKOUT", login.lockout),
                max_lockout=env.number("LOGIN_LOCKOUT_MAX", login.max_lockout),
            ),
            outbox=Path(outbox) if (outbox := env.text("OUTBOX")) else None,
            sender=env.text("SENDER") or d.sender,
            shop_dir=Path(shop_dir) if (shop_dir := env.text("SHOP_DIR")) else None,
            queue_poll=max(0.05, env.number("QUEUE_POLL", d.queue_poll)),
            queue_heartbeat=max(0.05, env.number("QUEUE_HEARTBEAT", d.queue_heartbeat)),
            queue_stream_max=max(1.0, env.number("QUEUE_STREAM_MAX", d.queue_stream_max)),
            max_photo_bytes=int(env.number("MAX_PHOTO_BYTES", d.max_photo_bytes)),
            reminder_interval=env.number("REMINDER_INTERVAL", d.reminder_interval),
        )


class _Env:
    def __init__(self, environ: Mapping[str, str]) -> None:
        self.environ = environ

    def text(self, name: str) -> str | None:
        return self.environ.get(PREFIX + name) or None

    def number(self, name: str, default: float) -> float:
        raw = self.environ.get(PREFIX + name)
        if raw is None or not raw.strip():
            return default
        try:
            value = float(raw)
        except ValueError as e:
            raise ValueError(f"{PREFIX + name} must be a number, not {raw!r}") from e
        if value < 0:
            raise ValueError(f"{PREFIX + name} must not be negative")
        return value

    def integer(self, name: str, default: int) -> int:
        raw = self.environ.get(PREFIX + name)
        if raw is None or not raw.strip():
            return default
        try:
            return int(raw)
        except ValueError as e:
            raise ValueError(f"{PREFIX + name} must be a whole number, not {raw!r}") from e
