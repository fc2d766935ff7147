"""An HTTP proxy in front of the real case store that fails chosen pushes as a whole, the way a server bug
does: ``500`` for every ``POST /v1/push`` whose body contains ``marker`` (or every non-empty push with
``fail_every_push``). Everything else is forwarded unchanged. ``pushes`` lists the ops of each push seen."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx

_FORWARDED = ("Authorization", "Content-Type", "Upload-Offset", "Upload-Length", "User-Agent")


class FailingPushProxy:
    def __init__(self, target: str, marker: bytes = b"", *, status: int = 500) -> None:
        self.marker = marker
        self.status = status
        self.fail_every_push = False
        self.pushes: list[list[str]] = []  # op ids of each push received
        self.failed = 0
        self._lock = threading.Lock()
        upstream = httpx.Client(base_url=target, timeout=60)
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *a: Any) -> None:
                pass

            def _forward(self) -> None:
                n = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(n) if n else b""
                if self.command == "POST" and self.path == "/v1/push":
                    ops = json.loads(body or b"{}").get("ops", [])
                    with proxy._lock:
                        proxy.pushes.append([str(o.get("op_id")) for o in ops])
                    if ops and (proxy.fail_every_push or (proxy.marker and proxy.marker in body)):
                        with proxy._lock:
                            proxy.failed += 1
                        self._answer(proxy.status, b'{"error": "internal", "detail": "server bug"}',
                                     "application/json")
                        return
                headers = {k: v for k in _FORWARDED if (v := self.headers.get(k)) is not None}
                resp = upstream.request(self.command, self.path, content=body, headers=headers)
                self._answer(resp.status_code, resp.content, resp.headers.get("content-type", ""))

            def _answer(self, status: int, body: bytes, ctype: str) -> None:
                self.send_response(status)
                if ctype:
                    self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = do_PATCH = do_DELETE = _forward

        self._upstream = upstream
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self._thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self._upstream.close()
