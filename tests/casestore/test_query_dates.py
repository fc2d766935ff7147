"""A day in a query is written YYYY-MM-DD, as the OpenAPI document's ``format: date`` says: a number such as
``0`` (which pydantic's lax mode reads as seconds since 1970) is refused with the field named, not read as
1 January 1970 (found by schemathesis on the reports' dashboard)."""

from __future__ import annotations

import pytest

from casestore.embedded import RunningServer
from tests.casestore.test_service import Api


@pytest.mark.parametrize("path", [
    "/v1/reports/dashboard/summary?to={d}",
    "/v1/reports/dashboard/channels?from={d}",
    "/v1/reports/dashboard/engaged?to={d}",
    "/v1/appointments?from={d}&to=2026-01-31",
    "/v1/queue/stadswinkel/measures?from={d}&to=2026-12-01",
])
def test_a_day_must_be_written_as_a_day(path: str, sqlite_server: RunningServer) -> None:
    api = Api(sqlite_server.url, "coordinator")
    try:
        for bad in ("0", "1700000000", "2026-1-5", "2026-01-05T00:00:00", "٢٠٢٦-٠١-٠٥"):
            r = api.http.get(path.format(d=bad))
            assert r.status_code == 422, (bad, r.text)
            assert r.json()["fields"][0]["field"] in ("to", "from")
        assert api.http.get(path.format(d="2026-01-05")).status_code == 200
    finally:
        api.http.close()
