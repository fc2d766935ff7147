"""The card side of the vsmartcard ``vpcd`` protocol.

The vpcd driver inside pcscd listens on TCP (``DEVICENAME /dev/null:0xPORT``); a card
"is inserted" while a card process is connected. Every message is a 2-byte big-endian
length + payload; a 1-byte payload is control (``00`` power off, ``01`` power on, ``02``
reset, ``04`` send ATR), anything else is a command APDU answered with a response APDU.

:class:`VirtualCard` keeps one slot: ``insert(image)`` connects (card present), ``remove()``
disconnects (card absent). It serves in a daemon thread, so the app's demo mode and tests can
drive it from the same process.
"""

from __future__ import annotations

import contextlib
import logging
import socket
import threading
import time

from eid.simulator.card import BelpicSimulator, CardImage, CardRemoved, SimOptions

__all__ = ["DEFAULT_VPCD_PORT", "VirtualCard"]

log = logging.getLogger(__name__)

DEFAULT_VPCD_PORT = 35963
_QUICKACK = getattr(socket, "TCP_QUICKACK", None)


def _recv_exact(sock: socket.socket, n: int) -> bytes | None:
    buf = bytearray()
    while len(buf) < n:
        if _QUICKACK is not None:
            with contextlib.suppress(OSError):
                sock.setsockopt(socket.IPPROTO_TCP, _QUICKACK, 1)
        chunk = sock.recv(n - len(buf))
        if not chunk:
            return None
        buf += chunk
    return bytes(buf)


class VirtualCard:
    """One virtual card slot attached to a vpcd reader port.

    >>> vc = VirtualCard(port=35963)
    >>> vc.insert(image)        # pcscd now reports a card in the reader
    >>> vc.remove()             # ... and now none
    """

    def __init__(self, host: str = "127.0.0.1", port: int = DEFAULT_VPCD_PORT) -> None:
        self.host = host
        self.port = port
        self._lock = threading.Lock()
        self._sock: socket.socket | None = None
        self._thread: threading.Thread | None = None
        self.simulator: BelpicSimulator | None = None
        self.image: CardImage | None = None
        self.options = SimOptions()
        self.removed_event = threading.Event()

    # -- public API -------------------------------------------------------------------------
    @property
    def inserted(self) -> bool:
        return self._sock is not None

    @property
    def apdu_count(self) -> int:
        return self.simulator.apdu_count if self.simulator else 0

    def insert(self, image: CardImage, options: SimOptions | None = None, *, timeout: float = 10.0) -> None:
        """Connect to the vpcd port with this card (removing any card first)."""
        self.remove()
        sim = BelpicSimulator(image, options)
        deadline = time.monotonic() + timeout
        last_error: OSError | None = None
        while True:
            try:
                sock = socket.create_connection((self.host, self.port), timeout=2.0)
                break
            except OSError as exc:  # the driver may not listen yet
                last_error = exc
                if time.monotonic() > deadline:
                    raise ConnectionError(
                        f"no vpcd reader listening on {self.host}:{self.port}: {last_error}"
                    ) from exc
                time.sleep(0.05)
        sock.settimeout(None)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        with self._lock:
            self._sock = sock
            self.simulator = sim
            self.image = image
            self.options = sim.options
            self.removed_event.clear()
        self._thread = threading.Thread(target=self._serve, args=(sock, sim), name="vpcd-card", daemon=True)
        self._thread.start()

    def remove(self) -> None:
        """Pull the card out (closes the vpcd connection)."""
        with self._lock:
            sock, self._sock = self._sock, None
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            with contextlib.suppress(OSError):
                sock.close()
        thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout=5)
        self._thread = None

    def close(self) -> None:
        self.remove()

    def __enter__(self) -> VirtualCard:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- protocol ----------------------------------------------------------------------------
    def _send(self, sock: socket.socket, payload: bytes) -> None:
        sock.sendall(len(payload).to_bytes(2, "big") + payload)

    def _serve(self, sock: socket.socket, sim: BelpicSimulator) -> None:
        try:
            while True:
                header = _recv_exact(sock, 2)
                if header is None:
                    break
                length = int.from_bytes(header, "big")
                payload = _recv_exact(sock, length) if length else b""
                if payload is None:
                    break
                if length == 1:
                    ctrl = payload[0]
                    if ctrl in (0x01, 0x02):  # power on, reset (0x00, power off, needs nothing)
                        sim.reset()
                    elif ctrl == 0x04:
                        self._send(sock, sim.atr)
                    continue
                try:
                    response = sim.process(payload)
                except CardRemoved:
                    log.debug("virtual card pulled out after %d APDUs", sim.apdu_count - 1)
                    break
                self._send(sock, response)
        except OSError:
            pass
        finally:
            with self._lock:
                if self._sock is sock:
                    self._sock = None
            with contextlib.suppress(OSError):
                sock.close()
            self.removed_event.set()
