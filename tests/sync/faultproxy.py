"""A fault-injecting TCP proxy for tests and benchmarks.

Between a client and a server it resets connections before anything is forwarded, drops answers after
the server has processed (and committed) the request, truncates answers half-way, and delays them.
Decisions come from a seeded RNG; ``counts`` says what was injected.
"""

from __future__ import annotations

import contextlib
import random
import socket
import struct
import threading
import time
from collections import Counter
from dataclasses import dataclass, field


@dataclass
class FaultPlan:
    reset: float = 0.05  # reset a new connection before forwarding anything
    drop_answer: float = 0.10  # per answer chunk: close instead of forwarding (request was processed)
    truncate: float = 0.05  # per answer chunk: forward half, then reset
    delay: float = 0.10  # per answer chunk: wait up to max_delay before forwarding
    max_delay: float = 0.05


def _rst(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    with contextlib.suppress(OSError):
        # shutdown wakes the other pump thread blocked in recv() on this socket; close alone would not.
        sock.shutdown(socket.SHUT_RDWR)
    with contextlib.suppress(OSError):
        sock.close()


@dataclass
class FaultProxy:
    target_host: str
    target_port: int
    plan: FaultPlan = field(default_factory=FaultPlan)
    seed: int = 1
    enabled: bool = True
    counts: Counter[str] = field(default_factory=Counter)

    def __post_init__(self) -> None:
        self._rng = random.Random(self.seed)
        self._lock = threading.Lock()
        self._listener = socket.socket()
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(256)
        self.port = self._listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, name="faultproxy", daemon=True)
        self._thread.start()

    @classmethod
    def to_url(cls, url: str, **kw: object) -> FaultProxy:
        hostport = url.split("://", 1)[1].rstrip("/")
        host, port = hostport.rsplit(":", 1)
        return cls(host, int(port), **kw)  # type: ignore[arg-type]

    @property
    def faults(self) -> int:
        return sum(v for k, v in self.counts.items() if k != "connections")

    def _roll(self, p: float) -> bool:
        with self._lock:
            return self.enabled and self._rng.random() < p

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            client.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            with self._lock:
                self.counts["connections"] += 1
            if self._roll(self.plan.reset):
                with self._lock:
                    self.counts["reset"] += 1
                _rst(client)
                continue
            try:
                upstream = socket.create_connection((self.target_host, self.target_port), timeout=10)
                upstream.settimeout(None)
                upstream.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            except OSError:
                _rst(client)
                continue
            threading.Thread(target=self._pump_up, args=(client, upstream), daemon=True).start()
            threading.Thread(target=self._pump_down, args=(upstream, client), daemon=True).start()

    def _pump_up(self, client: socket.socket, upstream: socket.socket) -> None:
        try:
            while True:
                data = client.recv(65536)
                if not data:
                    break
                upstream.sendall(data)
        except OSError:
            pass
        finally:
            with contextlib.suppress(OSError):
                upstream.shutdown(socket.SHUT_WR)

    def _pump_down(self, upstream: socket.socket, client: socket.socket) -> None:
        try:
            while True:
                data = upstream.recv(65536)
                if not data:
                    break
                if self._roll(self.plan.drop_answer):
                    with self._lock:
                        self.counts["drop_answer"] += 1
                    break
                if self._roll(self.plan.truncate):
                    with self._lock:
                        self.counts["truncate"] += 1
                    client.sendall(data[: max(1, len(data) // 2)])
                    break
                if self._roll(self.plan.delay):
                    with self._lock:
                        self.counts["delay"] += 1
                        d = self._rng.uniform(0, self.plan.max_delay)
                    time.sleep(d)
                client.sendall(data)
        except OSError:
            pass
        finally:
            _rst(client)
            _rst(upstream)

    def close(self) -> None:
        self._stop.set()
        with contextlib.suppress(OSError):
            self._listener.close()
