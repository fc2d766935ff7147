"""The protocol is documented as OpenAPI: the committed spec must equal the one the service serves."""

from __future__ import annotations

import json

import httpx

from casestore.embedded import RunningServer
from casestore.openapi import SPEC_PATH, spec_json


def test_served_spec_equals_committed(sqlite_server: RunningServer) -> None:
    served = httpx.get(f"{sqlite_server.url}/openapi.json").json()
    committed = json.loads(SPEC_PATH.read_text(encoding="utf-8"))
    assert served == committed, "regenerate with: python -m casestore.openapi"
    assert spec_json(served) == SPEC_PATH.read_text(encoding="utf-8")


def test_spec_documents_the_sync_endpoints() -> None:
    paths = json.loads(SPEC_PATH.read_text(encoding="utf-8"))["paths"]
    for p in ("/v1/auth/login", "/v1/auth/refresh", "/v1/push", "/v1/changes", "/v1/blobs/{sha256}",
              "/v1/blobs/missing", "/v1/audit", "/v1/admin/devices/{device_id}/revoke"):
        assert p in paths
