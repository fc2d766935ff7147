"""A private virtual reader stack: ``pcscd`` + vsmartcard ``vpcd`` + the BELPIC simulator.

Usage (tests, the app's demo mode)::

    from eid.simulator.harness import VirtualReaderStack
    from eid.simulator.synthetic import synthetic_card

    with VirtualReaderStack() as stack:
        stack.card().insert(synthetic_card("v18-ec"))
        result = EidReader(stack.reader_name).read()

How the private pcscd works
---------------------------
pcsc-lite 1.9 has the daemon socket path ``/run/pcscd/pcscd.comm`` compiled in (the daemon
ignores ``PCSCLITE_CSOCK_NAME``), and refuses to start while another pcscd runs. So the
stack starts ``pcscd -f -c <own reader.conf.d>`` inside a private mount namespace
(``unshare --mount``; as non-root ``unshare --user --map-root-user --mount``) where a temp
directory is bind-mounted over ``/run/pcscd`` (root) or ``/run`` (non-root). The socket then
appears as ``<tmp>/pcscd/pcscd.comm`` on the real file system, and clients reach it through
``PCSCLITE_CSOCK_NAME``, which libpcsclite (used by pyscard) honours.

libpcsclite reads ``PCSCLITE_CSOCK_NAME`` ONCE, at the first PC/SC call of the process, and
caches it. So the variable must be set before the process makes any PC/SC call:
:func:`prepare_client_environment` does that (the tests' ``conftest.py`` calls it at import);
the socket directory is chosen once per process and reused by every stack. A subprocess (CLI
tests) gets it through :attr:`VirtualReaderStack.env`.

If the private daemon cannot start (no ``unshare``, namespaces forbidden), the stack falls back
to the system pcscd with ``/etc/reader.conf.d/vpcd`` on port 35963: it uses a running one, or
starts ``pcscd -f`` itself. Either way it stops exactly the processes it started, by pid.
Set ``LOKET_EID_HARNESS_MODE=system`` to force the fallback.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
from pathlib import Path

from eid.simulator.card import CardImage, SimOptions
from eid.simulator.vpcd import DEFAULT_VPCD_PORT, VirtualCard

__all__ = [
    "VPCD_DRIVER",
    "HarnessError",
    "VirtualReaderStack",
    "pcsc_available",
    "prepare_client_environment",
]

log = logging.getLogger(__name__)

VPCD_DRIVER_CANDIDATES = (
    "/usr/lib/pcsc/drivers/serial/libifdvpcd.so",
    "/usr/local/lib/pcsc/drivers/serial/libifdvpcd.so",
    "/usr/lib64/pcsc/drivers/serial/libifdvpcd.so",
)
VPCD_DRIVER = next((p for p in VPCD_DRIVER_CANDIDATES if os.path.exists(p)), VPCD_DRIVER_CANDIDATES[0])
SYSTEM_SOCKET = "/run/pcscd/pcscd.comm"
FRIENDLY_NAME = "Loket Virtual PCD"
MODE_ENV = "LOKET_EID_HARNESS_MODE"  # "system" forces the system-pcscd fallback (e.g. to test it)
_ENV = "PCSCLITE_CSOCK_NAME"

_lock = threading.Lock()
_socket_dir: Path | None = None
_decided = False


class HarnessError(RuntimeError):
    pass


_running: set[VirtualReaderStack] = set()


@atexit.register
def _stop_all() -> None:
    """Interpreter exit: stop every stack still running (their pcscd must not outlive us)."""
    for stack in list(_running):
        with contextlib.suppress(Exception):
            stack.stop()


def pcscd_binary() -> str | None:
    return shutil.which("pcscd") or next(
        (p for p in ("/usr/sbin/pcscd", "/usr/local/sbin/pcscd") if os.path.exists(p)), None
    )


def pcsc_available() -> tuple[bool, str]:
    """(True, "") when pcscd and the vpcd driver are installed; else (False, reason)."""
    if pcscd_binary() is None:
        return False, "pcscd is not installed (apt-get install pcscd)"
    if not os.path.exists(VPCD_DRIVER):
        return False, f"vsmartcard-vpcd driver not found ({VPCD_DRIVER}; apt-get install vsmartcard-vpcd)"
    return True, ""


def _namespace_cmd(sock_dir: Path, command: list[str]) -> list[str]:
    """Run ``command`` in a private mount namespace where ``/run/pcscd`` is ``sock_dir``."""
    if os.geteuid() == 0:
        # bind our dir over /run/pcscd (created if missing: it is pcscd's own directory)
        script = 'd="$1"; shift; mkdir -p /run/pcscd && mount --bind "$d" /run/pcscd && exec "$@"'
        return ["unshare", "--mount", "--propagation", "private", "sh", "-c", script, "sh", str(sock_dir), *command]
    # non-root: user namespace; bind the parent of our dir (named "pcscd") over /run
    script = 'd="$1"; shift; mount --bind "$d" /run && exec "$@"'
    return ["unshare", "--user", "--map-root-user", "--mount", "--propagation", "private",
            "sh", "-c", script, "sh", str(sock_dir.parent), *command]


_private_supported: bool | None = None


def private_pcscd_supported() -> bool:
    """Can this process start a pcscd in a private mount namespace? (probed once)"""
    global _private_supported
    if _private_supported is None:
        ok = False
        if os.environ.get(MODE_ENV, "auto") == "system":
            log.info("%s=system: private pcscd disabled", MODE_ENV)
        elif shutil.which("unshare") is not None:
            probe = Path(tempfile.mkdtemp(prefix="loket-pcsc-probe-")) / "pcscd"
            probe.mkdir()
            try:
                proc = subprocess.run(_namespace_cmd(probe, ["true"]), stdin=subprocess.DEVNULL,
                                      capture_output=True, timeout=10)
                ok = proc.returncode == 0
                if not ok:
                    log.info("private pcscd unavailable: %s", proc.stderr.decode(errors="replace").strip())
            except (OSError, subprocess.SubprocessError) as exc:
                log.info("private pcscd unavailable: %s", exc)
            finally:
                shutil.rmtree(probe.parent, ignore_errors=True)
        _private_supported = ok
    return _private_supported


def prepare_client_environment() -> Path | None:
    """Choose this process's private pcscd socket directory and export ``PCSCLITE_CSOCK_NAME``.

    Call before the first PC/SC call of the process (libpcsclite caches the variable).
    Idempotent; an existing ``PCSCLITE_CSOCK_NAME`` pointing at ``<dir>/pcscd.comm`` is kept.
    Returns None (and leaves the environment alone) when no private pcscd can run here
    (no ``unshare``, namespaces forbidden): stacks then use the system pcscd.
    """
    global _socket_dir, _decided
    with _lock:
        if not _decided:
            _decided = True
            existing = os.environ.get(_ENV)
            if existing and existing != SYSTEM_SOCKET and Path(existing).name == "pcscd.comm":
                _socket_dir = Path(existing).parent
                _socket_dir.mkdir(parents=True, exist_ok=True)
            elif private_pcscd_supported():
                base = Path(tempfile.mkdtemp(prefix="loket-pcsc-"))
                _socket_dir = base / "pcscd"
                _socket_dir.mkdir()
                atexit.register(shutil.rmtree, base, True)
            if _socket_dir is not None:
                os.environ[_ENV] = str(_socket_dir / "pcscd.comm")
        return _socket_dir


def _port_free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        try:
            s.bind(("0.0.0.0", port))
        except OSError:
            return False
    return True


def _free_port_pair() -> int:
    for _ in range(200):
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
            s.bind(("127.0.0.1", 0))
            port = int(s.getsockname()[1])
        if port < 65000 and _port_free(port) and _port_free(port + 1):
            return port
    raise HarnessError("no free TCP port pair for the vpcd reader")


def _socket_alive(path: str) -> bool:
    if not os.path.exists(path):
        return False
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
        s.settimeout(1.0)
        try:
            s.connect(path)
        except OSError:
            return False
    return True


class VirtualReaderStack:
    """Private pcscd + vpcd reader(s) + virtual card slots. Context manager.

    ``slots``: 1 or 2 readers (vpcd's two slots on port and port+1).
    ``mode``: ``"auto"`` (private, else system), ``"private"`` or ``"system"``.
    """

    def __init__(self, *, slots: int = 1, mode: str = "auto", startup_timeout: float = 15.0) -> None:
        if slots not in (0, 1, 2):
            raise ValueError("slots must be 0, 1 or 2 (0 = pcscd without readers)")
        if mode not in ("auto", "private", "system"):
            raise ValueError("mode must be auto, private or system")
        self.slots = slots
        self.requested_mode = mode
        self.startup_timeout = startup_timeout
        self.mode: str | None = None
        self.port: int = DEFAULT_VPCD_PORT
        self.socket_path: str = SYSTEM_SOCKET
        self.reader_names: list[str] = []
        self._proc: subprocess.Popen[bytes] | None = None
        self._tmp: Path | None = None
        self._cards: list[VirtualCard] = []
        self._log_file: Path | None = None

    # -- public --------------------------------------------------------------------------
    @property
    def reader_name(self) -> str:
        return self.reader_names[0]

    @property
    def pcscd_pid(self) -> int | None:
        return self._proc.pid if self._proc is not None else None

    @property
    def env(self) -> dict[str, str]:
        """Environment for a subprocess that should talk to this stack's pcscd."""
        env = dict(os.environ)
        env[_ENV] = self.socket_path
        return env

    def card(self, slot: int = 0) -> VirtualCard:
        return self._cards[slot]

    def insert(
        self, image: CardImage, options: SimOptions | None = None, *, slot: int = 0, wait: bool = True
    ) -> VirtualCard:
        """Insert a card in a slot; with ``wait`` return once pcscd reports it present."""
        card = self._cards[slot]
        if card.inserted:
            self.remove(slot=slot, wait=True)
        card.insert(image, options)
        if wait:
            self.wait_card(slot, present=True)
        return card

    def remove(self, *, slot: int = 0, wait: bool = True) -> None:
        self._cards[slot].remove()
        if wait:
            self.wait_card(slot, present=False)

    def wait_card(self, slot: int = 0, *, present: bool = True, timeout: float = 10.0) -> None:
        """Block until pcscd reports the card in ``slot`` present (or absent)."""
        from smartcard import scard

        name = self.reader_names[slot]
        hr, ctx = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
        if hr != scard.SCARD_S_SUCCESS:
            raise HarnessError(f"cannot reach pcscd: {scard.SCardGetErrorMessage(hr)}")
        try:
            deadline = time.monotonic() + timeout
            state = scard.SCARD_STATE_UNAWARE
            while True:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise HarnessError(f"card {'insertion' if present else 'removal'} not seen on {name}")
                hr, states = scard.SCardGetStatusChange(ctx, int(min(remaining, 1.0) * 1000), [(name, state)])
                if hr == scard.SCARD_S_SUCCESS:
                    _, event, _atr = states[0]
                    if bool(event & scard.SCARD_STATE_PRESENT) == present and not (
                        present and event & scard.SCARD_STATE_MUTE
                    ):
                        return
                    state = event & ~scard.SCARD_STATE_CHANGED
                elif hr != scard.SCARD_E_TIMEOUT:
                    raise HarnessError(f"reader status failed: {scard.SCardGetErrorMessage(hr)}")
        finally:
            scard.SCardReleaseContext(ctx)

    def __enter__(self) -> VirtualReaderStack:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- one stack at a time per process (one client socket per process) ---------------------
    _active: VirtualReaderStack | None = None
    _shared: VirtualReaderStack | None = None

    @classmethod
    def shared(cls) -> VirtualReaderStack:
        """The process-wide stack with two readers, started on first use and stopped at exit.

        Use it from tests and demo code that only need readers and cards. Starting any other
        stack stops the shared one (it restarts on the next ``shared()`` call).
        """
        with _lock:
            stack = cls._shared
        if stack is not None and stack.running:
            return stack
        stack = cls(slots=2).start()
        with _lock:
            cls._shared = stack
        return stack

    @property
    def running(self) -> bool:
        return self.mode is not None and (self.mode == "system" or self._proc is not None)

    def start(self) -> VirtualReaderStack:
        ok, reason = pcsc_available()
        if not ok:
            raise HarnessError(reason)
        with _lock:
            active = VirtualReaderStack._active
            shared = VirtualReaderStack._shared
        if active is not None and active is not self and active.running:
            if active is shared:
                active.stop()
            else:
                raise HarnessError(
                    "another VirtualReaderStack is running in this process (one private pcscd per "
                    "process: PC/SC clients share one socket); stop it first or use VirtualReaderStack.shared()"
                )
        errors: list[str] = []
        if self.requested_mode in ("auto", "private"):
            try:
                self._start_private()
                self.mode = "private"
            except HarnessError as exc:
                errors.append(str(exc))
                self._stop_pcscd()
                if self.requested_mode == "private":
                    raise
        if self.mode is None and self.slots == 0:
            raise HarnessError("a pcscd without readers needs the private mode: " + "; ".join(errors))
        if self.mode is None:
            try:
                self._start_system()
                self.mode = "system"
            except HarnessError as exc:
                errors.append(str(exc))
                self._stop_pcscd()
                raise HarnessError("; ".join(errors)) from exc
        self._cards = [VirtualCard("127.0.0.1", self.port + i) for i in range(self.slots)]
        with _lock:
            VirtualReaderStack._active = self
            _running.add(self)
        return self

    def stop(self) -> None:
        with _lock:
            if VirtualReaderStack._active is self:
                VirtualReaderStack._active = None
            _running.discard(self)
        for card in self._cards:
            with contextlib.suppress(Exception):
                card.close()
        self._cards = []
        self._stop_pcscd()
        self.mode = None
        if self._tmp is not None:
            shutil.rmtree(self._tmp, ignore_errors=True)
            self._tmp = None

    def stop_pcscd(self) -> None:
        """Stop the daemon this stack started (to test "pcscd not running"); cards are removed."""
        for card in self._cards:
            with contextlib.suppress(Exception):
                card.remove()
        self._stop_pcscd()

    # -- internals -----------------------------------------------------------------------
    def _start_private(self) -> None:
        sock_dir = prepare_client_environment()
        if sock_dir is None:
            raise HarnessError("private pcscd not possible here (unshare/mount namespaces unavailable)")
        if os.environ.get(_ENV) != str(sock_dir / "pcscd.comm"):
            raise HarnessError("PCSCLITE_CSOCK_NAME was changed after the first PC/SC use")
        for stale in ("pcscd.comm", "pcscd.pid"):
            sp = sock_dir / stale
            if sp.exists() and not _socket_alive(str(sock_dir / "pcscd.comm")):
                with contextlib.suppress(OSError):
                    sp.unlink()
        if _socket_alive(str(sock_dir / "pcscd.comm")):
            raise HarnessError(f"a pcscd already serves {sock_dir}; stop the other stack first")
        self._tmp = Path(tempfile.mkdtemp(prefix="loket-vpcd-"))
        conf = self._tmp / "reader.conf.d"
        conf.mkdir()
        self.port = _free_port_pair()
        if self.slots > 0:
            (conf / "vpcd").write_text(
                f'FRIENDLYNAME "{FRIENDLY_NAME}"\n'
                f"DEVICENAME   /dev/null:0x{self.port:04X}\n"
                f"LIBPATH      {VPCD_DRIVER}\n"
                f"CHANNELID    0x{self.port:04X}\n",
                "utf-8",
            )
        pcscd = pcscd_binary()
        assert pcscd is not None
        cmd = _namespace_cmd(sock_dir, [pcscd, "-f", "-c", str(conf)])
        self.socket_path = str(sock_dir / "pcscd.comm")
        self._spawn(cmd)
        self._wait_ready(expect_prefix=FRIENDLY_NAME)

    def _start_system(self) -> None:
        if os.environ.get(_ENV, SYSTEM_SOCKET) != SYSTEM_SOCKET:
            raise HarnessError(
                "system pcscd fallback impossible: this process already uses a private "
                f"{_ENV}={os.environ.get(_ENV)}"
            )
        conf = Path("/etc/reader.conf.d/vpcd")
        if not conf.exists():
            raise HarnessError("no /etc/reader.conf.d/vpcd for the system pcscd fallback")
        self.port = DEFAULT_VPCD_PORT
        self.socket_path = SYSTEM_SOCKET
        if not _socket_alive(SYSTEM_SOCKET):
            pcscd = pcscd_binary()
            assert pcscd is not None
            self._tmp = Path(tempfile.mkdtemp(prefix="loket-vpcd-"))
            self._spawn([pcscd, "-f"])
        self._wait_ready(expect_prefix="Virtual PCD")

    def _spawn(self, cmd: list[str]) -> None:
        assert self._tmp is not None
        self._log_file = self._tmp / "pcscd.log"
        with open(self._log_file, "wb") as out:
            self._proc = subprocess.Popen(
                cmd, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
            )

    def _log_tail(self) -> str:
        if self._log_file and self._log_file.exists():
            return self._log_file.read_text("utf-8", errors="replace")[-1500:]
        return ""

    def _wait_ready(self, expect_prefix: str) -> None:
        from smartcard import scard

        deadline = time.monotonic() + self.startup_timeout
        last = ""
        while time.monotonic() < deadline:
            if self._proc is not None and self._proc.poll() is not None:
                raise HarnessError(f"pcscd exited with {self._proc.returncode}: {self._log_tail()}")
            if os.environ.get(_ENV, SYSTEM_SOCKET) == self.socket_path and _socket_alive(self.socket_path):
                hr, ctx = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
                if hr == scard.SCARD_S_SUCCESS:
                    try:
                        hr, readers = scard.SCardListReaders(ctx, [])
                    finally:
                        scard.SCardReleaseContext(ctx)
                    if self.slots == 0 and (hr & 0xFFFFFFFF) == scard.SCARD_E_NO_READERS_AVAILABLE:
                        self.reader_names = []
                        return
                    if hr == scard.SCARD_S_SUCCESS:
                        names = [r for r in readers if r.startswith(expect_prefix)]
                        if len(names) >= self.slots:
                            self.reader_names = sorted(names)[: self.slots]
                            return
                        last = f"readers: {readers}"
                    else:
                        last = scard.SCardGetErrorMessage(hr)
                else:
                    last = scard.SCardGetErrorMessage(hr)
            elif os.environ.get(_ENV, SYSTEM_SOCKET) != self.socket_path:
                raise HarnessError(f"{_ENV} does not point at {self.socket_path}")
            time.sleep(0.05)
        raise HarnessError(f"virtual reader did not appear ({last}); pcscd log: {self._log_tail()}")

    def _stop_pcscd(self) -> None:
        proc, self._proc = self._proc, None
        if proc is None:
            return
        if proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(proc.pid, signal.SIGKILL)
                proc.wait(timeout=5)
