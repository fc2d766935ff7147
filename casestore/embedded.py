"""Run the case store embedded: uvicorn on a free loopback port, in a background thread or subprocess.

    server = casestore.embedded.start("sqlite:///demo.db", demo=True)
    ... server.url ...
    server.stop()

The demo mode of the app uses this as its built-in case store (``demo=True`` seeds the accounts in
``DEMO_ACCOUNTS``). ``mode="process"`` runs it in a child process (its own interpreter, so its own GIL).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from sqlalchemy import select

from casestore import schema
from casestore.db import make_engine, make_sessionmaker
from casestore.models import User
from casestore.services import auth
from casestore.settings import DB_ENV, Settings
from wire.demo import DEMO_ACCOUNTS, DEMO_PASSWORD  # one list for the case store and the desk


def seed_demo(db_url: str, password: str = DEMO_PASSWORD, *, reports: bool = False) -> list[str]:
    """Create the schema and the demo accounts that do not exist yet; returns the user names added.
    ``reports``: also a year of synthetic citizen reports for the dashboard (``casestore.demo_reports``; once:
    nothing when demo reports exist) — the app's demo asks for them, tests' servers do not."""
    schema.upgrade(db_url)
    engine = make_engine(db_url)
    added = []
    try:
        with make_sessionmaker(engine).begin() as s:
            for username, role, dept, name in DEMO_ACCOUNTS:
                if s.scalar(select(User).where(User.username == username)) is None:
                    auth.create_user(s, username, password, role, display_name=name, department=dept)
                    added.append(username)
            _seed_addresses(s)
        if reports:
            from casestore.demo_reports import seed_demo_reports

            seed_demo_reports(make_sessionmaker(engine))
    finally:
        engine.dispose()
    return added


def _seed_addresses(s: Any) -> None:
    """The demo city's synthetic address register (``resources/reports/demo_addresses.csv``), when the
    register is empty (issue 15: the places of residents)."""
    from casestore.services import address_register
    from resources import RESOURCES_DIR

    path = RESOURCES_DIR / "reports" / "demo_addresses.csv"
    if path.exists() and address_register.register_size(s) == 0:
        address_register.import_demo(s, path)


@dataclass
class RunningServer:
    url: str
    _stop: Callable[[], None] = field(repr=False)
    pid: int | None = None
    _stopped: bool = field(default=False, repr=False)

    def stop(self) -> None:
        if not self._stopped:
            self._stopped = True
            self._stop()

    def __enter__(self) -> RunningServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _bind(host: str, port: int) -> socket.socket:
    # proto=IPPROTO_TCP matters: asyncio only sets TCP_NODELAY on accepted sockets whose proto says TCP;
    # without it every answer waits ~40 ms for a delayed ACK (Nagle).
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(512)
    sock.set_inheritable(True)
    return sock


def _url(host: str, port: int) -> str:
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


def start(
    db_url: str,
    host: str = "127.0.0.1",
    port: int = 0,
    *,
    mode: Literal["thread", "process"] = "thread",
    demo: bool = False,
    demo_reports: bool = False,
    upgrade: bool = True,
    log_level: str = "warning",
    workers: int = 1,
    tls: tuple[str, str] | None = None,
) -> RunningServer:
    """Start a case store on ``db_url``; ``port=0`` picks a free port. Returns once it accepts requests.
    ``workers > 1`` (process mode only) runs several server processes on the one socket; ``tls`` =
    (certificate PEM, key PEM) serves HTTPS (thread mode)."""
    if demo:
        seed_demo(db_url, reports=demo_reports)
    elif upgrade:
        schema.upgrade(db_url)
    if mode == "process":
        return _start_process(db_url, host, port, log_level, workers)
    return _start_thread(db_url, host, port, log_level, tls)


def _start_thread(
    db_url: str, host: str, port: int, log_level: str, tls: tuple[str, str] | None = None
) -> RunningServer:
    import uvicorn

    from casestore.app import create_app

    sock = _bind(host, port)
    app = create_app(db_url)
    config = uvicorn.Config(
        app, log_level=log_level, access_log=False, lifespan="off", timeout_keep_alive=30,
        ssl_certfile=tls[0] if tls else None, ssl_keyfile=tls[1] if tls else None,
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name="casestore", daemon=True)
    thread.start()
    while not server.started:
        if not thread.is_alive():
            sock.close()
            raise RuntimeError("case store failed to start")
        time.sleep(0.01)
    real_port = sock.getsockname()[1]

    def stop() -> None:
        server.should_exit = True
        thread.join(timeout=30)
        sock.close()
        app.state.engine.dispose()

    url = _url(host, real_port)
    return RunningServer(url=url.replace("http://", "https://") if tls else url, _stop=stop)


def _start_process(db_url: str, host: str, port: int, log_level: str, workers: int = 1) -> RunningServer:
    cmd = [sys.executable, "-m", "casestore.embedded", "--db", db_url, "--host", host, "--port", str(port)]
    cmd += ["--log-level", log_level, "--workers", str(workers)]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if not line.startswith("LISTENING "):
        proc.kill()
        proc.wait()
        raise RuntimeError(f"case store failed to start: {line!r}")
    url = line.split()[1]

    def stop() -> None:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        if proc.stdout:
            proc.stdout.close()

    return RunningServer(url=url, _stop=stop, pid=proc.pid)


def app_from_env() -> object:
    """ASGI app factory for worker processes (database URL in ``LOKET_CASESTORE_DB``: casestore.settings)."""
    from casestore.app import create_app

    settings = Settings.from_env()
    if settings.db is None:
        raise SystemExit(f"{DB_ENV} is not set")
    return create_app(settings.db, settings=settings)


def serve_forever(
    db_url: str, host: str, port: int, log_level: str = "info", announce: bool = False, workers: int = 1
) -> None:
    """Serve in the foreground (``desk-app casestore serve`` and the subprocess mode); ``workers > 1``
    runs that many uvicorn processes on the one listening socket."""
    import uvicorn

    from casestore.app import create_app

    if workers > 1 and hasattr(socket, "SO_REUSEPORT"):
        _serve_workers(db_url, host, port, log_level, announce, workers)
        return
    sock = _bind(host, port)
    url = _url(host, sock.getsockname()[1])
    if workers > 1:
        from uvicorn.supervisors import Multiprocess

        os.environ[DB_ENV] = db_url  # for app_from_env in the worker processes
        config = uvicorn.Config(
            "casestore.embedded:app_from_env", factory=True, workers=workers, log_level=log_level,
            access_log=False, lifespan="off", timeout_keep_alive=30,
        )
        if announce:
            print(f"LISTENING {url}", flush=True)
        else:
            print(f"case store listening on {url} ({workers} workers)", file=sys.stderr, flush=True)
        try:
            Multiprocess(config, sockets=[sock]).run()
        finally:
            with contextlib.suppress(OSError):
                sock.close()
        return
    app = create_app(db_url)
    config = uvicorn.Config(app, log_level=log_level, access_log=False, lifespan="off", timeout_keep_alive=30)
    server = uvicorn.Server(config)
    if announce:
        # The socket listens already: connections made from now on wait in its backlog.
        print(f"LISTENING {url}", flush=True)
    else:
        print(f"case store listening on {url}", file=sys.stderr, flush=True)
    try:
        server.run(sockets=[sock])
    finally:
        with contextlib.suppress(OSError):
            sock.close()
        app.state.engine.dispose()


def _reuseport_socket(host: str, port: int) -> socket.socket:
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind((host, port))
    return sock


def _worker(db_url: str, host: str, port: int, log_level: str, ready: Any) -> None:
    import uvicorn

    from casestore.app import create_app

    if sys.platform.startswith("linux"):  # stop with the supervisor, even when it is killed outright
        import ctypes

        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    sock = _reuseport_socket(host, port)
    sock.listen(512)
    app = create_app(db_url)
    server = uvicorn.Server(uvicorn.Config(app, log_level=log_level, access_log=False, lifespan="off",
                                           timeout_keep_alive=30))
    ready.put(os.getpid())  # listening: connections from now on wait in this worker's backlog
    try:
        server.run(sockets=[sock])
    finally:
        sock.close()
        app.state.engine.dispose()


def _serve_workers(db_url: str, host: str, port: int, log_level: str, announce: bool, workers: int) -> None:
    """Several server processes, each with its own listening socket on the one port (``SO_REUSEPORT``):
    the kernel spreads connections evenly over them. On one shared socket, whichever process is quickest
    to accept takes most of a burst of laptops (docs/STATUS.md, Benchmark history), and each laptop keeps
    its connection. A worker that dies is started again."""
    import multiprocessing as mp

    reserve = _reuseport_socket(host, port)  # bound, not listening: holds the port, gets no connections
    real_port = reserve.getsockname()[1]
    url = _url(host, real_port)
    ctx = mp.get_context("spawn")
    ready = ctx.Queue()
    stopping = threading.Event()

    def spawn() -> Any:
        proc = ctx.Process(target=_worker, args=(db_url, host, real_port, log_level, ready), daemon=True)
        proc.start()
        return proc

    procs = [spawn() for _ in range(workers)]
    for _ in procs:
        ready.get(timeout=120)
    if announce:
        print(f"LISTENING {url}", flush=True)
    else:
        print(f"case store listening on {url} ({workers} workers)", file=sys.stderr, flush=True)

    def stop(_sig: int, _frame: object) -> None:
        stopping.set()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    try:
        while not stopping.wait(0.5):
            for i, proc in enumerate(procs):
                if not proc.is_alive() and not stopping.is_set():
                    print(f"case store worker {proc.pid} ended ({proc.exitcode}); starting another",
                          file=sys.stderr, flush=True)
                    procs[i] = spawn()
    finally:
        for proc in procs:
            if proc.is_alive() and proc.pid:
                os.kill(proc.pid, signal.SIGTERM)
        for proc in procs:
            proc.join(timeout=20)
            if proc.is_alive():
                proc.kill()
                proc.join()
        reserve.close()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m casestore.embedded")
    ap.add_argument("--db", required=True)
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, default=0)
    ap.add_argument("--log-level", default="warning")
    ap.add_argument("--workers", type=int, default=1)
    args = ap.parse_args(argv)
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    serve_forever(args.db, args.host, args.port, args.log_level, announce=True, workers=args.workers)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
