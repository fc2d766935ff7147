"""A malformed or hostile server answer: a clear ProtocolError, and the laptop's data untouched."""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from sync.errors import ProtocolError
from sync.local import set_state
from sync.tokens import Credentials
from tests.casestore.fixtures import open_laptop
from tests.sync.helpers import new_intake

Answer = Callable[[str, dict[str, Any]], tuple[int, str, bytes]]
SHA = hashlib.sha256(b"real photo").hexdigest()


def _json(obj: Any) -> tuple[int, str, bytes]:
    return 200, "application/json", json.dumps(obj).encode()


def _push_echo(req: dict[str, Any], **override: Any) -> list[dict[str, Any]]:
    return [
        {"op_id": o["op_id"], "status": "applied", "entity": o["entity"], "entity_id": o["entity_id"],
         "records": [], "conflicts": [], "error": None, "duplicate": False, **override}
        for o in req.get("ops", [])
    ]


def _page(*changes: dict[str, Any], cursor: int | None = None) -> tuple[int, str, bytes]:
    last = changes[-1]["seq"] if changes else 0
    return _json({"changes": list(changes), "cursor": last if cursor is None else cursor, "has_more": False})


PERSON = {"seq": 11, "entity": "person", "id": "p-1", "revision": 1,
          "data": {"id": "p-1", "surname": "Peeters", "given_names": "An"}}
CASE = {"seq": 12, "entity": "case", "id": "c-1", "revision": 1,
        "data": {"id": "c-1", "person_id": "p-1", "case_type": "complaint", "status": "received",
                 "department": "klachten", "channel": "counter", "track_code": "ABCD-EFGH", "created_by": "x",
                 "case_number": "2026-000001"}}
LINK = {"seq": 13, "entity": "case_attachment", "id": "l-1", "revision": 1,
        "data": {"id": "l-1", "case_id": "c-1", "sha256": SHA, "attachment": {"filename": "a.jpg", "mime": "image/jpeg"}}}

PUSH_SCENARIOS: dict[str, Callable[[dict[str, Any]], tuple[int, str, bytes]]] = {
    "too few results": lambda req: _json({"results": _push_echo(req)[:-1]}),
    "results for other ops": lambda req: _json({"results": [dict(r, op_id="x") for r in _push_echo(req)]}),
    "unknown status": lambda req: _json({"results": _push_echo(req, status="ok!")}),
    "conflict without conflicts": lambda req: _json({"results": _push_echo(req, status="conflict")}),
    "html instead of json": lambda req: (200, "text/html", b"<html>proxy login</html>"),
    "json array": lambda req: _json([1, 2, 3]),
    "record with a foreign id": lambda req: _json(
        {"results": _push_echo(req, records=[{"entity": "case", "id": "../../etc", "revision": 1, "data": {}}])}
    ),
}
PULL_SCENARIOS: dict[str, tuple[int, str, bytes]] = {
    "not json": (200, "application/json", b"{\"changes\": [tru"),
    "cursor backwards": _page(cursor=0),
    "decreasing seq": _page(dict(PERSON, seq=15), dict(CASE, seq=14)),
    "wrong column type": _page(dict(PERSON, data={"id": "p-1", "surname": {"$gt": ""}})),
    "unknown entity": _page(dict(PERSON, entity="user")),
    "negative revision": _page(dict(PERSON, revision=-1)),
    "wrong attachment bytes": _page(PERSON, CASE, LINK),
    "has_more forever without changes": _json({"changes": [], "cursor": 5, "has_more": True}),
}


class FakeServer:
    def __init__(self) -> None:
        self.push: Callable[[dict[str, Any]], tuple[int, str, bytes]] = lambda req: _json({"results": _push_echo(req)})
        self.changes: tuple[int, str, bytes] = _page()
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *a: Any) -> None:
                pass

            def _answer(self, status: int, ctype: str, body: bytes) -> None:
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_POST(self) -> None:
                n = int(self.headers.get("Content-Length") or 0)
                req = json.loads(self.rfile.read(n) or b"{}")
                if self.path == "/v1/push":
                    self._answer(*fake.push(req))
                elif self.path == "/v1/audit":
                    entries = req.get("entries", [])
                    self._answer(*_json({"accepted": len(entries), "last_id": entries[-1]["id"] if entries else None}))
                else:
                    self._answer(*_json({"missing": []}))

            def do_GET(self) -> None:
                if self.path.startswith("/v1/changes"):
                    self._answer(*fake.changes)
                elif self.path.startswith("/v1/blobs/"):
                    self._answer(200, "application/octet-stream", b"not the real photo")
                else:
                    self._answer(404, "application/json", b"{}")

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def fake() -> Iterator[FakeServer]:
    f = FakeServer()
    yield f
    f.close()


def snapshot(loket: Any) -> dict[str, Any]:
    out = {}
    with loket.store.read() as s:
        for table in ("person", "case", "status_change", "outbox_operation", "sync_state", "conflict", "attachment"):
            rows = s.execute(text(f'SELECT * FROM "{table}" ORDER BY 1')).all()
            out[table] = [tuple(r) for r in rows]
    return out


def _laptop(tmp_path: Path, url: str) -> Any:
    lap = open_laptop(tmp_path / "laptop", url, "clerk", login=False, token_service="hostile")
    lap.client.tokens.save(url, Credentials("a", "r", "dev-1", "clerk"))
    return lap


@pytest.mark.parametrize("scenario", sorted(PUSH_SCENARIOS))
def test_hostile_push_answer(scenario: str, fake: FakeServer, tmp_path: Path) -> None:
    lap = _laptop(tmp_path, fake.url)
    try:
        new_intake(lap.loket, 1)
        before = snapshot(lap.loket)
        fake.push = PUSH_SCENARIOS[scenario]
        with pytest.raises(ProtocolError) as err:
            lap.client.sync_once()
        assert "case store" in str(err.value) or "JSON" in str(err.value)
        assert snapshot(lap.loket) == before
        assert lap.client.status().state == "error" and lap.client.status().pending > 0
    finally:
        lap.close()


@pytest.mark.parametrize("scenario", sorted(PULL_SCENARIOS))
def test_hostile_change_feed(scenario: str, fake: FakeServer, tmp_path: Path) -> None:
    lap = _laptop(tmp_path, fake.url)
    try:
        with lap.loket.store.write() as s:
            set_state(s, "pull_cursor", "3")
        before = snapshot(lap.loket)
        fake.changes = PULL_SCENARIOS[scenario]
        with pytest.raises(ProtocolError):
            lap.client.sync_once()
        assert snapshot(lap.loket) == before
    finally:
        lap.close()


def test_well_formed_feed_is_applied(fake: FakeServer, tmp_path: Path) -> None:
    """The same fake server with a sane answer: proves the scenarios above fail for the right reason."""
    lap = _laptop(tmp_path, fake.url)
    try:
        fake.changes = _page(PERSON, CASE)
        res = lap.client.sync_once()
        assert res.pulled == 2
        with lap.loket.store.read() as s:
            assert s.execute(text('SELECT case_number FROM "case"')).scalar() == "2026-000001"
    finally:
        lap.close()
