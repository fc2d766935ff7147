"""Schemathesis against the real case store over HTTP: the served OpenAPI document and the server agree.

Runs schemathesis' engine (the same phases as ``st run``: examples, coverage, fuzzing, stateful) over every
operation, signed in (a coordinator for the sync operations, an administrator for ``/v1/admin``, a clerk's
own session for ``/v1/auth/logout``), with all its checks: no server error, status codes, content types,
response bodies and headers as documented, schema-valid requests accepted, schema-violating ones
rejected, 405 with ``Allow`` for undeclared methods, authentication enforced. Any finding fails the test,
listed with a ``curl`` line to reproduce it. On SQLite and PostgreSQL (there without the coverage phase).

Budget: ``LOKET_SCHEMATHESIS_EXAMPLES`` examples per operation and phase (default 5: the CI run, well
under a minute on two cores) and a fixed seed, ``LOKET_SCHEMATHESIS_SEED`` (default 20251202), so a run is
repeatable. A developer's long run, e.g.::

    LOKET_SCHEMATHESIS_EXAMPLES=500 LOKET_SCHEMATHESIS_SEED=$RANDOM \\
        .venv/bin/python -m pytest tests/casestore/test_schemathesis.py -q -p no:timeout
"""

from __future__ import annotations

import os
from typing import Any

import httpx
import pytest
import schemathesis  # in the dev extra and the lock file: a missing one fails, never skips
from schemathesis.engine import Status, events
from schemathesis.engine import from_schema as engine_for

from casestore.embedded import DEMO_PASSWORD

pytestmark = pytest.mark.slow

EXAMPLES = int(os.environ.get("LOKET_SCHEMATHESIS_EXAMPLES", "5"))
SEED = int(os.environ.get("LOKET_SCHEMATHESIS_SEED", "20251202"))


def _token(url: str, username: str) -> str:
    r = httpx.post(f"{url}/v1/auth/login", json={"username": username, "password": DEMO_PASSWORD,
                                                  "device_name": f"schemathesis-{username}"})
    r.raise_for_status()
    return str(r.json()["access_token"])


def _config(url: str, *, coverage: bool) -> Any:
    bearer = {u: {"Authorization": f"Bearer {_token(url, u)}"} for u in ("coordinator", "admin", "clerk")}
    return schemathesis.Config.from_dict({
        "seed": SEED,
        "workers": 1,
        "headers": bearer["coordinator"],
        # A fixed seed and no example database (nothing replayed from earlier runs): the same requests on
        # every machine.
        "generation": {"max-examples": EXAMPLES, "mode": "all", "database": "none"},
        "phases": {"coverage": {"enabled": coverage}},
        "checks": {"enabled": True},
        "operations": [
            {"include-path-regex": "^/v1/admin/", "headers": bearer["admin"]},
            # Signing out ends the session it is sent with: a session of its own.
            {"include-path": "/v1/auth/logout", "headers": bearer["clerk"]},
            # The schema cannot say that the bytes must hash to the path's SHA-256 or fit Upload-Length:
            # schema-valid uploads are refused (409 offset_mismatch, 400 too_long, 422 hash_mismatch) by
            # design; every other check runs here too.
            {"include-path": "/v1/blobs/{sha256}", "include-method": "PATCH",
             "checks": {"positive_data_acceptance": {"enabled": False}}},
            # The queue's event stream never ends by itself: read each answer for one second.
            {"include-path": "/v1/queue/events", "request-timeout": 1},
            # A citizen report's rules across fields (reported_at not in the future; an anonymous reporter
            # cannot consent or be told; contact by mail needs an e-mail address) are answered 400 by design.
            {"include-path-regex": "^/v1/reports(/\\{report_id\\}/reporters)?$", "include-method": "POST",
             "checks": {"positive_data_acceptance": {"enabled": False}}},
            # The shop's measures: a period that ends before it begins, or longer than 366 days, is answered
            # 400 by design (the schema cannot relate from and to).
            {"include-path-regex": "^/v1/queue/\\{shop\\}/measures",
             "checks": {"positive_data_acceptance": {"enabled": False}}},
            # Appointments: a booking's rules (a time in the future, on the grid, within the opening and working
            # hours, not on a closing day; a person who exists; check-in on its day) and a listed period that ends
            # before it begins or spans more than 92 days are answered 422 by design.
            {"include-path-regex": "^/v1/appointments(/\\{appointment_id\\}/(move|check-in))?$",
             "checks": {"positive_data_acceptance": {"enabled": False}}},
            # The reports' dashboard and its people: a period that ends before it begins or spans more than five
            # years (one for the people) is answered 422 by design (the schema cannot relate from and to).
            {"include-path-regex": "^/v1/reports/dashboard/",
             "checks": {"positive_data_acceptance": {"enabled": False}}},
        ],
    })


def _findings(stream: Any) -> tuple[list[str], set[str]]:
    found: list[str] = []
    exercised: set[str] = set()
    for event in stream:
        if isinstance(event, events.ScenarioFinished):
            if event.status != Status.SKIP and event.recorder.cases:
                exercised.add(event.recorder.label)
            for checks in event.recorder.checks.values():
                for check in checks:
                    if check.status == Status.FAILURE and check.failure_info is not None:
                        info = check.failure_info
                        found.append(f"{event.recorder.label}: {check.name}: {info.failure.title}\n"
                                     f"    {info.failure.message[:600]}\n    {info.code_sample[:1500]}")
        elif isinstance(event, events.NonFatalError):
            found.append(f"{event.label}: error: {event.info.title}: {str(event.value)[:600]}")
        elif isinstance(event, events.FatalError):
            found.append(f"fatal: {event.exception!r}")
    return found, exercised


@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def test_server_and_schema_agree(backend: str, request: pytest.FixtureRequest) -> None:
    """On SQLite all phases; on PostgreSQL (where NUL characters and 64-bit overflows used to fail) the
    phases whose data reaches the database: the coverage phase's boundary requests are refused by the
    request models before any database is involved, and run on SQLite."""
    url = request.getfixturevalue(f"{backend}_server").url
    schema = schemathesis.openapi.from_url(f"{url}/openapi.json", config=_config(url, coverage=backend == "sqlite"))
    loaded = list(schema.get_all_operations())
    bad = [r for r in loaded if not hasattr(r, "ok")]
    assert not bad, bad  # every operation of the document loads (an Err names what is wrong)
    operations = {f"{op.method.upper()} {op.path}" for op in (r.ok() for r in loaded)}  # type: ignore[union-attr]
    assert {"POST /v1/push", "GET /v1/changes", "PATCH /v1/blobs/{sha256}", "POST /v1/audit",
            "POST /v1/admin/users"} <= operations

    found, exercised = _findings(engine_for(schema).execute())

    assert not found, f"{len(found)} schemathesis finding(s) (seed {SEED}):\n" + "\n".join(found)
    assert operations <= exercised, f"not exercised: {sorted(operations - exercised)}"
